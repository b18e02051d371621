"""Collections, second part: payment plans (分期) and their installments, legal cases with costs,
collector assignment rules; checks that keep amounts positive and states complete."""

from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.collections.models import LegalOutcome, LegalStage, LegalStatus, PlanStatus
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

SQL = [
    "ALTER TABLE payment_plans ADD CONSTRAINT payment_plans_amount CHECK (amount > 0 AND paid_amount >= 0 AND default_after_days >= 0);",
    "ALTER TABLE payment_plans ADD CONSTRAINT payment_plans_ended CHECK ((status = 'active') = (ended_on IS NULL));",
    "ALTER TABLE payment_plan_installments ADD CONSTRAINT payment_plan_installments_amount CHECK (amount > 0);",
    "ALTER TABLE legal_costs ADD CONSTRAINT legal_costs_amount CHECK (amount > 0);",
    "ALTER TABLE legal_cases ADD CONSTRAINT legal_cases_closed CHECK ((status = 'closed') = (outcome IS NOT NULL AND closed_at IS NOT NULL));",
    "ALTER TABLE collection_assignment_rules ADD CONSTRAINT collection_assignment_rules_band CHECK ("
    "min_amount IS NULL OR max_amount IS NULL OR min_amount < max_amount);",
]
REVERSE_SQL = [
    "ALTER TABLE payment_plans DROP CONSTRAINT payment_plans_amount;",
    "ALTER TABLE payment_plans DROP CONSTRAINT payment_plans_ended;",
    "ALTER TABLE payment_plan_installments DROP CONSTRAINT payment_plan_installments_amount;",
    "ALTER TABLE legal_costs DROP CONSTRAINT legal_costs_amount;",
    "ALTER TABLE legal_cases DROP CONSTRAINT legal_cases_closed;",
    "ALTER TABLE collection_assignment_rules DROP CONSTRAINT collection_assignment_rules_band;",
]

class Migration(migrations.Migration):
    dependencies = [('huikuan', '0011_reconciliation')]

    initial = False

    operations = [
        ops.CreateModel(
            name='AssignmentRule',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='assignment_rules', on_delete=OnDelete.CASCADE)),
                ('position', fields.IntField()),
                ('region', fields.CharField(null=True, description='null: any region', max_length=64)),
                ('grade', fields.CharField(null=True, description='null: any grade', max_length=8)),
                ('min_amount', fields.DecimalField(null=True, max_digits=18, decimal_places=2)),
                ('max_amount', fields.DecimalField(null=True, max_digits=18, decimal_places=2)),
                ('collector', fields.ForeignKeyField('huikuan.Membership', source_field='collector_id', db_constraint=True, to_field='id', related_name='assignment_rules', on_delete=OnDelete.CASCADE)),
                ('enabled', fields.BooleanField(default=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'collection_assignment_rules', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'position'])], 'pk_attr': 'id', 'table_description': 'Assigns customers to a collector: the first enabled rule (by position) matching the'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='LegalCase',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='legal_cases', on_delete=OnDelete.RESTRICT)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='legal_cases', on_delete=OnDelete.RESTRICT)),
                ('stage', fields.CharEnumField(default=LegalStage.LAWYER_LETTER, description='LAWYER_LETTER: lawyer_letter\nLITIGATION: litigation\nJUDGMENT: judgment\nENFORCEMENT: enforcement', enum_type=LegalStage, max_length=16)),
                ('status', fields.CharEnumField(default=LegalStatus.OPEN, description='OPEN: open\nCLOSED: closed', enum_type=LegalStatus, max_length=16)),
                ('outcome', fields.CharEnumField(null=True, description='RECOVERED: recovered\nPARTIALLY_RECOVERED: partially_recovered\nSETTLED: settled\nUNRECOVERABLE: unrecoverable\nWITHDRAWN: withdrawn', enum_type=LegalOutcome, max_length=24)),
                ('outcome_note', fields.TextField(default='', unique=False)),
                ('recovered_amount', fields.DecimalField(null=True, max_digits=18, decimal_places=2)),
                ('currency', fields.CharField(max_length=3)),
                ('law_firm', fields.CharField(default='', max_length=200)),
                ('reference', fields.CharField(default='', description="the court's or the firm's case number", max_length=100)),
                ('documents', fields.JSONField(default=list, description='[{"name", "kind", "date", "reference"}]: metadata, not the files', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('opened_by', fields.ForeignKeyField('huikuan.User', source_field='opened_by_id', null=True, db_constraint=True, to_field='id', related_name='legal_cases_opened', on_delete=OnDelete.SET_NULL)),
                ('opened_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('stage_changed_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('closed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('version', fields.IntField(default=1)),
            ],
            options={'table': 'legal_cases', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'status']), Index(fields=['organization_id', 'customer_id', 'status'])], 'pk_attr': 'id', 'table_description': '法律催收: while open, the invoices it covers get no normal reminders.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='LegalCaseInvoice',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('case', fields.ForeignKeyField('huikuan.LegalCase', source_field='case_id', db_constraint=True, to_field='id', related_name='invoice_links', on_delete=OnDelete.CASCADE)),
                ('invoice', fields.ForeignKeyField('huikuan.Invoice', source_field='invoice_id', db_constraint=True, to_field='id', related_name='legal_case_links', on_delete=OnDelete.RESTRICT)),
            ],
            options={'table': 'legal_case_invoices', 'app': 'huikuan', 'unique_together': (('case', 'invoice'),), 'indexes': [Index(fields=['invoice_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='LegalCost',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('case', fields.ForeignKeyField('huikuan.LegalCase', source_field='case_id', db_constraint=True, to_field='id', related_name='costs', on_delete=OnDelete.CASCADE)),
                ('amount', fields.DecimalField(max_digits=18, decimal_places=2)),
                ('description', fields.CharField(max_length=200)),
                ('incurred_on', fields.DateField()),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'legal_costs', 'app': 'huikuan', 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PaymentPlan',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='payment_plans', on_delete=OnDelete.RESTRICT)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='payment_plans', on_delete=OnDelete.RESTRICT)),
                ('amount', fields.DecimalField(max_digits=18, decimal_places=2)),
                ('currency', fields.CharField(max_length=3)),
                ('made_on', fields.DateField(description='the local day it was agreed: payments from then on count')),
                ('default_after_days', fields.IntField(default=7)),
                ('status', fields.CharEnumField(default=PlanStatus.ACTIVE, description='ACTIVE: active\nCOMPLETED: completed\nDEFAULTED: defaulted\nCANCELLED: cancelled', enum_type=PlanStatus, max_length=16)),
                ('paid_amount', fields.DecimalField(default=0, description='allocations to its invoices from made_on, at the last settlement', max_digits=18, decimal_places=2)),
                ('ended_on', fields.DateField(null=True, description='completed, defaulted or cancelled on this local day')),
                ('note', fields.TextField(default='', unique=False)),
                ('collector', fields.ForeignKeyField('huikuan.Membership', source_field='collector_id', null=True, db_constraint=True, to_field='id', related_name='payment_plans', on_delete=OnDelete.SET_NULL)),
                ('created_by', fields.ForeignKeyField('huikuan.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='payment_plans', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('version', fields.IntField(default=1)),
            ],
            options={'table': 'payment_plans', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'status']), Index(fields=['organization_id', 'customer_id', 'status'])], 'pk_attr': 'id', 'table_description': "分期还款计划: installments replacing the covered invoices' due dates for dunning while active."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PaymentPlanInstallment',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('plan', fields.ForeignKeyField('huikuan.PaymentPlan', source_field='plan_id', db_constraint=True, to_field='id', related_name='installments', on_delete=OnDelete.CASCADE)),
                ('sequence', fields.IntField()),
                ('due_date', fields.DateField()),
                ('amount', fields.DecimalField(max_digits=18, decimal_places=2)),
            ],
            options={'table': 'payment_plan_installments', 'app': 'huikuan', 'unique_together': (('plan', 'sequence'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PaymentPlanInvoice',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('plan', fields.ForeignKeyField('huikuan.PaymentPlan', source_field='plan_id', db_constraint=True, to_field='id', related_name='invoice_links', on_delete=OnDelete.CASCADE)),
                ('invoice', fields.ForeignKeyField('huikuan.Invoice', source_field='invoice_id', db_constraint=True, to_field='id', related_name='payment_plan_links', on_delete=OnDelete.RESTRICT)),
            ],
            options={'table': 'payment_plan_invoices', 'app': 'huikuan', 'unique_together': (('plan', 'invoice'),), 'indexes': [Index(fields=['invoice_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.RunSQL(SQL, reverse_sql=REVERSE_SQL),
    ]
