from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.imports.models import BankLineState, FileFormat, ImportKind, ImportState
from backend.webhooks.models import DeliveryStatus, EventKind, EventStatus, Provider, SecretKind, TaskKind, TaskState
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [("huikuan", "0005_customers_credit_alerts")]

    initial = False

    operations = [
        ops.CreateModel(
            name='ImportJob',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='import_jobs', on_delete=OnDelete.RESTRICT)),
                ('kind', fields.CharEnumField(description='CUSTOMERS: customers\nINVOICES: invoices\nBANK_STATEMENT: bank_statement', enum_type=ImportKind, max_length=16)),
                ('file_name', fields.CharField(max_length=255)),
                ('file_format', fields.CharEnumField(description='CSV: csv\nXLSX: xlsx', enum_type=FileFormat, max_length=8)),
                ('content', fields.BinaryField()),
                ('bank_account', fields.CharField(default='', description='statements: the account the lines belong to', max_length=64)),
                ('state', fields.CharEnumField(default=ImportState.PENDING, description='PENDING: pending\nVALIDATING: validating\nIMPORTING: importing\nSUCCEEDED: succeeded\nFAILED: failed', enum_type=ImportState, max_length=16)),
                ('rows_total', fields.IntField(default=0)),
                ('rows_validated', fields.IntField(default=0)),
                ('rows_imported', fields.IntField(default=0)),
                ('rows_skipped', fields.IntField(default=0, description='statement lines already imported, outgoing amounts')),
                ('error_count', fields.IntField(default=0)),
                ('error_sample', fields.JSONField(default=list, description='the first row errors, for display', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('error_report', fields.BinaryField(null=True, description='CSV: row, column, code, message')),
                ('message', fields.TextField(default='', unique=False)),
                ('created_by', fields.ForeignKeyField('huikuan.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='import_jobs', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('started_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('finished_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'import_jobs', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'created_at'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='BankStatementLine',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='bank_statement_lines', on_delete=OnDelete.RESTRICT)),
                ('account', fields.CharField(max_length=64)),
                ('transaction_id', fields.CharField(description="the bank's own id of the transaction", max_length=128)),
                ('booked_on', fields.DateField()),
                ('amount', fields.DecimalField(max_digits=18, decimal_places=2)),
                ('currency', fields.CharField(max_length=3)),
                ('payer_name', fields.CharField(default='', max_length=200)),
                ('reference', fields.CharField(default='', max_length=300)),
                ('state', fields.CharEnumField(default=BankLineState.OPEN, description='OPEN: open\nCONFIRMED: confirmed\nIGNORED: ignored', enum_type=BankLineState, max_length=16)),
                ('import_job', fields.ForeignKeyField('huikuan.ImportJob', source_field='import_job_id', null=True, db_constraint=True, to_field='id', related_name='bank_lines', on_delete=OnDelete.SET_NULL)),
                ('payment', fields.ForeignKeyField('huikuan.Payment', source_field='payment_id', null=True, db_constraint=True, to_field='id', related_name='bank_lines', on_delete=OnDelete.RESTRICT)),
                ('decided_by', fields.ForeignKeyField('huikuan.User', source_field='decided_by_id', null=True, db_constraint=True, to_field='id', related_name='bank_lines_decided', on_delete=OnDelete.SET_NULL)),
                ('decided_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'bank_statement_lines', 'app': 'huikuan', 'unique_together': (('organization', 'account', 'transaction_id'),), 'indexes': [Index(fields=['organization_id', 'state', 'booked_on'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Task',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='tasks', on_delete=OnDelete.RESTRICT)),
                ('kind', fields.CharEnumField(description='UNAPPLIED_CASH: unapplied_cash\nDISPUTE: dispute', enum_type=TaskKind, max_length=24)),
                ('title', fields.CharField(max_length=300)),
                ('target_type', fields.CharField(max_length=32)),
                ('target_id', fields.CharField(max_length=64)),
                ('state', fields.CharEnumField(default=TaskState.OPEN, description='OPEN: open\nDONE: done', enum_type=TaskState, max_length=8)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('done_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('done_by', fields.ForeignKeyField('huikuan.User', source_field='done_by_id', null=True, db_constraint=True, to_field='id', related_name='tasks_done', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'tasks', 'app': 'huikuan', 'unique_together': (('organization', 'kind', 'target_type', 'target_id'),), 'indexes': [Index(fields=['organization_id', 'state', 'created_at'])], 'pk_attr': 'id', 'table_description': 'Something finance must look at: money nobody could match, a chargeback opened.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WebhookEndpoint',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='webhook_endpoints', on_delete=OnDelete.RESTRICT)),
                ('provider', fields.CharEnumField(description='STRIPE: stripe\nALIPAY: alipay\nWECHATPAY: wechatpay\nGENERIC: generic', enum_type=Provider, max_length=16)),
                ('token', fields.CharField(unique=True, description='names the organization in the URL', max_length=64)),
                ('account_id', fields.CharField(default='', description='alipay app_id / wechatpay mchid, checked', max_length=64)),
                ('is_active', fields.BooleanField(default=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'webhook_endpoints', 'app': 'huikuan', 'unique_together': (('organization', 'provider'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WebhookEvent',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='webhook_events', on_delete=OnDelete.RESTRICT)),
                ('provider', fields.CharEnumField(description='STRIPE: stripe\nALIPAY: alipay\nWECHATPAY: wechatpay\nGENERIC: generic', enum_type=Provider, max_length=16)),
                ('event_id', fields.CharField(max_length=128)),
                ('event_type', fields.CharField(max_length=64)),
                ('kind', fields.CharEnumField(description='PAYMENT: payment\nREFUND: refund\nDISPUTE: dispute\nIGNORED: ignored', enum_type=EventKind, max_length=16)),
                ('status', fields.CharEnumField(description='PROCESSED: processed\nHELD: held\nIGNORED: ignored', enum_type=EventStatus, max_length=16)),
                ('payment_reference', fields.CharField(null=True, description="the provider's payment id", max_length=128)),
                ('data', fields.JSONField(default=dict, description='the normalized event', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('payment', fields.ForeignKeyField('huikuan.Payment', source_field='payment_id', null=True, db_constraint=True, to_field='id', related_name='webhook_events', on_delete=OnDelete.RESTRICT)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('processed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'webhook_events', 'app': 'huikuan', 'unique_together': (('organization', 'provider', 'event_id'),), 'indexes': [Index(fields=['organization_id', 'provider', 'payment_reference', 'status'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WebhookDelivery',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', null=True, description='null when the URL names no endpoint', db_constraint=True, to_field='id', related_name='webhook_deliveries', on_delete=OnDelete.RESTRICT)),
                ('provider', fields.CharField(max_length=16)),
                ('endpoint_token', fields.CharField(max_length=64)),
                ('headers', fields.JSONField(default=dict, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('body', fields.BinaryField()),
                ('received_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('status', fields.CharEnumField(description='ACCEPTED: accepted\nREJECTED: rejected\nDUPLICATE: duplicate\nHELD: held\nPROCESSED: processed\nFAILED: failed', enum_type=DeliveryStatus, max_length=16)),
                ('error_code', fields.CharField(null=True, max_length=32)),
                ('error', fields.TextField(null=True, unique=False)),
                ('event', fields.ForeignKeyField('huikuan.WebhookEvent', source_field='event_id', null=True, db_constraint=True, to_field='id', related_name='deliveries', on_delete=OnDelete.RESTRICT)),
                ('provider_event_id', fields.CharField(null=True, max_length=128)),
            ],
            options={'table': 'webhook_deliveries', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'received_at']), Index(fields=['organization_id', 'status', 'received_at'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WebhookSecret',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='webhook_secrets', on_delete=OnDelete.RESTRICT)),
                ('endpoint', fields.ForeignKeyField('huikuan.WebhookEndpoint', source_field='endpoint_id', db_constraint=True, to_field='id', related_name='secrets', on_delete=OnDelete.CASCADE)),
                ('kind', fields.CharEnumField(description='SIGNING_SECRET: signing_secret\nALIPAY_PUBLIC_KEY: alipay_public_key\nPLATFORM_PUBLIC_KEY: platform_public_key\nAPI_V3_KEY: api_v3_key', enum_type=SecretKind, max_length=24)),
                ('key_id', fields.CharField(default='', description='wechatpay platform serial number', max_length=128)),
                ('sealed_value', fields.TextField(unique=False)),
                ('fingerprint', fields.CharField(description='first hex digits of SHA-256 of the value', max_length=16)),
                ('expires_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_by', fields.ForeignKeyField('huikuan.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='webhook_secrets', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'webhook_secrets', 'app': 'huikuan', 'indexes': [Index(fields=['endpoint_id', 'kind'])], 'pk_attr': 'id', 'table_description': 'A secret is valid while `expires_at` is null or in the future; rotating gives the previous'},
            bases=['Model'],
        ),
    ]
