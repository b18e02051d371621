from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.collections.models import ActionChannel, ClaimStatus, Direction, DisputeReason, DisputeResolution, DisputeStatus, DunningChannel, Outcome, PromiseStatus
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

# Rules the database keeps whatever the code does.
SQL = [
    "CREATE UNIQUE INDEX dunning_policies_one_default ON dunning_policies (organization_id) WHERE is_default;",
    "ALTER TABLE dunning_policies ADD CONSTRAINT dunning_policies_quiet_hours CHECK ("
    "(quiet_hours_start IS NULL) = (quiet_hours_end IS NULL) AND quiet_hours_start BETWEEN 0 AND 23 AND quiet_hours_end BETWEEN 0 AND 23);",
    "ALTER TABLE dunning_policies ADD CONSTRAINT dunning_policies_min_amount CHECK (min_amount >= 0);",
    "ALTER TABLE promises_to_pay ADD CONSTRAINT promises_to_pay_amount CHECK (amount > 0 AND paid_amount >= 0);",
    "ALTER TABLE promises_to_pay ADD CONSTRAINT promises_to_pay_settled CHECK ("
    "(status = 'open') = (settled_on IS NULL) AND (kept_ratio IS NULL OR kept_ratio BETWEEN 0 AND 1));",
    "ALTER TABLE disputes ADD CONSTRAINT disputes_amount CHECK (amount > 0);",
    "ALTER TABLE disputes ADD CONSTRAINT disputes_resolved CHECK ((status = 'resolved') = (resolution IS NOT NULL));",
    # The reminder scan looks installment parts up by due date (invoices have their own index).
    "CREATE INDEX invoice_installments_due ON invoice_installments (organization_id, due_date);",
]
REVERSE_SQL = [
    "DROP INDEX dunning_policies_one_default;",
    "ALTER TABLE dunning_policies DROP CONSTRAINT dunning_policies_quiet_hours;",
    "ALTER TABLE dunning_policies DROP CONSTRAINT dunning_policies_min_amount;",
    "ALTER TABLE promises_to_pay DROP CONSTRAINT promises_to_pay_amount;",
    "ALTER TABLE promises_to_pay DROP CONSTRAINT promises_to_pay_settled;",
    "ALTER TABLE disputes DROP CONSTRAINT disputes_amount;",
    "ALTER TABLE disputes DROP CONSTRAINT disputes_resolved;",
    "DROP INDEX invoice_installments_due;",
]


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0009_workers")]

    initial = False

    operations = [
        ops.CreateModel(
            name='Dispute',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='disputes', on_delete=OnDelete.RESTRICT)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='disputes', on_delete=OnDelete.RESTRICT)),
                ('reason', fields.CharEnumField(description='PRICING: pricing\nQUANTITY: quantity\nQUALITY: quality\nNOT_RECEIVED: not_received\nDUPLICATE: duplicate\nALREADY_PAID: already_paid\nTERMS: terms\nOTHER: other', enum_type=DisputeReason, max_length=16)),
                ('amount', fields.DecimalField(max_digits=18, decimal_places=2)),
                ('currency', fields.CharField(max_length=3)),
                ('description', fields.TextField(default='', unique=False)),
                ('status', fields.CharEnumField(default=DisputeStatus.OPEN, description='OPEN: open\nRESOLVED: resolved', enum_type=DisputeStatus, max_length=16)),
                ('owner', fields.ForeignKeyField('huikuan.Membership', source_field='owner_id', null=True, db_constraint=True, to_field='id', related_name='disputes_owned', on_delete=OnDelete.SET_NULL)),
                ('resolution', fields.CharEnumField(null=True, description='CREDIT_NOTE: credit_note\nADJUSTMENT: adjustment\nNO_CHANGE: no_change\nWITHDRAWN: withdrawn', enum_type=DisputeResolution, max_length=16)),
                ('resolution_note', fields.TextField(default='', unique=False)),
                ('opened_by', fields.ForeignKeyField('huikuan.User', source_field='opened_by_id', null=True, db_constraint=True, to_field='id', related_name='disputes_opened', on_delete=OnDelete.SET_NULL)),
                ('opened_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('resolved_by', fields.ForeignKeyField('huikuan.User', source_field='resolved_by_id', null=True, db_constraint=True, to_field='id', related_name='disputes_resolved', on_delete=OnDelete.SET_NULL)),
                ('resolved_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('version', fields.IntField(default=1)),
            ],
            options={'table': 'disputes', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'status']), Index(fields=['organization_id', 'customer_id', 'status'])], 'pk_attr': 'id', 'table_description': '争议: while open, the invoices it covers get no reminders.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DisputeInvoice',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('dispute', fields.ForeignKeyField('huikuan.Dispute', source_field='dispute_id', db_constraint=True, to_field='id', related_name='invoice_links', on_delete=OnDelete.CASCADE)),
                ('invoice', fields.ForeignKeyField('huikuan.Invoice', source_field='invoice_id', db_constraint=True, to_field='id', related_name='dispute_links', on_delete=OnDelete.RESTRICT)),
            ],
            options={'table': 'dispute_invoices', 'app': 'huikuan', 'unique_together': (('dispute', 'invoice'),), 'indexes': [Index(fields=['invoice_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DunningPause',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='dunning_pauses', on_delete=OnDelete.RESTRICT)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='dunning_pauses', on_delete=OnDelete.RESTRICT)),
                ('until', fields.DateField(null=True, description='last local day of the pause; null = until lifted')),
                ('reason', fields.CharField(max_length=500)),
                ('created_by', fields.ForeignKeyField('huikuan.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='dunning_pauses', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('lifted_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('lifted_by', fields.ForeignKeyField('huikuan.User', source_field='lifted_by_id', null=True, db_constraint=True, to_field='id', related_name='dunning_pauses_lifted', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'dunning_pauses', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'customer_id'])], 'pk_attr': 'id', 'table_description': 'A customer taken out of dunning by a person, until a date or until lifted.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DunningPolicy',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='dunning_policies', on_delete=OnDelete.CASCADE)),
                ('name', fields.CharField(max_length=100)),
                ('is_default', fields.BooleanField(default=False, description='followed by customers whose grade names no policy')),
                ('enabled', fields.BooleanField(default=True)),
                ('consolidate', fields.BooleanField(default=True, description='one message per customer and stage, not one per invoice')),
                ('min_amount', fields.DecimalField(default=0, description='in the base currency: a message covering less is not sent', max_digits=18, decimal_places=2)),
                ('quiet_hours_start', fields.IntField(null=True, description='local hour from which nothing is sent (0-23)')),
                ('quiet_hours_end', fields.IntField(null=True, description='local hour from which sending resumes (0-23)')),
                ('allowed_weekdays', fields.JSONField(default=list, description='ISO weekdays (1 = Monday) on which reminders go out', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('pay_link', fields.CharField(default='', description='where customers pay; the {pay_link} variable', max_length=500)),
                ('updated_by', fields.ForeignKeyField('huikuan.User', source_field='updated_by_id', null=True, db_constraint=True, to_field='id', related_name='dunning_policies_updated', on_delete=OnDelete.SET_NULL)),
                ('version', fields.IntField(default=1)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'dunning_policies', 'app': 'huikuan', 'unique_together': (('organization', 'name'),), 'pk_attr': 'id', 'table_description': "An organization's cadence of reminders. A grade's credit policy may name one; customers of"},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DunningStage',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='dunning_stages', on_delete=OnDelete.CASCADE)),
                ('policy', fields.ForeignKeyField('huikuan.DunningPolicy', source_field='policy_id', db_constraint=True, to_field='id', related_name='stages', on_delete=OnDelete.CASCADE)),
                ('offset_days', fields.IntField()),
                ('channel', fields.CharEnumField(description='EMAIL: email\nSMS: sms\nPHONE_TASK: phone_task\nLETTER: letter\nVISIT_TASK: visit_task\nLEGAL_REFERRAL: legal_referral', enum_type=DunningChannel, max_length=16)),
                ('templates', fields.JSONField(default=dict, description='{"zh-CN": {"subject": …, "body": …}, "en": {…}}', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
            ],
            options={'table': 'dunning_stages', 'app': 'huikuan', 'unique_together': (('policy', 'offset_days'),), 'pk_attr': 'id', 'table_description': 'One step of a policy: `offset_days` from the due date (negative = before it).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PromiseToPay',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='promises_to_pay', on_delete=OnDelete.RESTRICT)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='promises_to_pay', on_delete=OnDelete.RESTRICT)),
                ('amount', fields.DecimalField(max_digits=18, decimal_places=2)),
                ('currency', fields.CharField(max_length=3)),
                ('made_on', fields.DateField(description='the local day it was made: payments from then on count')),
                ('promised_on', fields.DateField()),
                ('status', fields.CharEnumField(default=PromiseStatus.OPEN, description='OPEN: open\nKEPT: kept\nBROKEN: broken', enum_type=PromiseStatus, max_length=16)),
                ('paid_amount', fields.DecimalField(default=0, description='allocations to its invoices dated made_on..promised_on, when settled', max_digits=18, decimal_places=2)),
                ('kept_ratio', fields.DecimalField(null=True, description='min(paid ÷ amount, 1), when settled', max_digits=5, decimal_places=4)),
                ('settled_on', fields.DateField(null=True)),
                ('note', fields.TextField(default='', unique=False)),
                ('collector', fields.ForeignKeyField('huikuan.Membership', source_field='collector_id', null=True, db_constraint=True, to_field='id', related_name='promises_to_pay', on_delete=OnDelete.SET_NULL)),
                ('created_by', fields.ForeignKeyField('huikuan.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='promises_to_pay', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'promises_to_pay', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'status', 'promised_on']), Index(fields=['organization_id', 'customer_id', 'status'])], 'pk_attr': 'id', 'table_description': '承诺付款: settled automatically from the allocations to its invoices (docs/collections.md).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='PromiseInvoice',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('promise', fields.ForeignKeyField('huikuan.PromiseToPay', source_field='promise_id', db_constraint=True, to_field='id', related_name='invoice_links', on_delete=OnDelete.CASCADE)),
                ('invoice', fields.ForeignKeyField('huikuan.Invoice', source_field='invoice_id', db_constraint=True, to_field='id', related_name='promise_links', on_delete=OnDelete.RESTRICT)),
            ],
            options={'table': 'promise_invoices', 'app': 'huikuan', 'unique_together': (('promise', 'invoice'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ReminderClaim',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='reminder_claims', on_delete=OnDelete.RESTRICT)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='reminder_claims', on_delete=OnDelete.RESTRICT)),
                ('policy', fields.ForeignKeyField('huikuan.DunningPolicy', source_field='policy_id', db_constraint=True, to_field='id', related_name='claims', on_delete=OnDelete.RESTRICT)),
                ('offset_days', fields.IntField()),
                ('channel', fields.CharEnumField(description='EMAIL: email\nSMS: sms\nPHONE_TASK: phone_task\nLETTER: letter\nVISIT_TASK: visit_task\nLEGAL_REFERRAL: legal_referral', enum_type=DunningChannel, max_length=16)),
                ('local_day', fields.DateField(description="the organization's local day it goes out")),
                ('group_key', fields.CharField(default='', description="'' when consolidated, else the invoice id", max_length=36)),
                ('status', fields.CharEnumField(default=ClaimStatus.CLAIMED, description='CLAIMED: claimed\nSENDING: sending\nSENT: sent\nRETRY: retry\nFAILED: failed\nUNCONFIRMED: unconfirmed\nNO_RECIPIENT: no_recipient\nTASK_CREATED: task_created', enum_type=ClaimStatus, max_length=16)),
                ('recipient', fields.CharField(default='', max_length=254)),
                ('language', fields.CharField(max_length=8)),
                ('subject', fields.CharField(default='', max_length=300)),
                ('body', fields.TextField(default='', unique=False)),
                ('message_id', fields.CharField(description='deterministic, derived from the claim: every attempt carries it', max_length=200)),
                ('attempts', fields.IntField(default=0)),
                ('last_error', fields.TextField(default='', unique=False)),
                ('next_attempt_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('attempt_started_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('sent_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'reminder_claims', 'app': 'huikuan', 'unique_together': (('customer', 'policy', 'offset_days', 'local_day', 'group_key'),), 'indexes': [Index(fields=['organization_id', 'status'])], 'pk_attr': 'id', 'table_description': 'One reminder message (or task), claimed before anything leaves the building.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='CollectionAction',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='collection_actions', on_delete=OnDelete.RESTRICT)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='collection_actions', on_delete=OnDelete.RESTRICT)),
                ('channel', fields.CharEnumField(description='CALL: call\nEMAIL: email\nSMS: sms\nLETTER: letter\nVISIT: visit\nLEGAL: legal\nOTHER: other', enum_type=ActionChannel, max_length=16)),
                ('direction', fields.CharEnumField(default=Direction.OUTBOUND, description='OUTBOUND: outbound\nINBOUND: inbound', enum_type=Direction, max_length=16)),
                ('outcome', fields.CharEnumField(description='SENT: sent\nSCHEDULED: scheduled\nREACHED: reached\nNO_ANSWER: no_answer\nLEFT_MESSAGE: left_message\nPROMISED: promised\nDISPUTED: disputed\nREFUSED: refused\nWRONG_CONTACT: wrong_contact\nPAID: paid\nOTHER: other', enum_type=Outcome, max_length=16)),
                ('note', fields.TextField(default='', unique=False)),
                ('next_follow_up_on', fields.DateField(null=True)),
                ('collector', fields.ForeignKeyField('huikuan.Membership', source_field='collector_id', null=True, db_constraint=True, to_field='id', related_name='collection_actions', on_delete=OnDelete.SET_NULL)),
                ('author', fields.ForeignKeyField('huikuan.User', source_field='author_id', null=True, description='null: recorded by the reminder worker, or through an API key', db_constraint=True, to_field='id', related_name='collection_actions', on_delete=OnDelete.SET_NULL)),
                ('claim', fields.OneToOneField('huikuan.ReminderClaim', source_field='claim_id', null=True, db_constraint=True, to_field='id', related_name='action', on_delete=OnDelete.RESTRICT)),
                ('occurred_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('version', fields.IntField(default=1)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'collection_actions', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'customer_id', 'occurred_at']), Index(fields=['organization_id', 'next_follow_up_on'])], 'pk_attr': 'id', 'table_description': 'The collection log (催收记录): every reminder sent and every contact made by a person.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='CollectionActionInvoice',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('action', fields.ForeignKeyField('huikuan.CollectionAction', source_field='action_id', db_constraint=True, to_field='id', related_name='invoice_links', on_delete=OnDelete.CASCADE)),
                ('invoice', fields.ForeignKeyField('huikuan.Invoice', source_field='invoice_id', db_constraint=True, to_field='id', related_name='collection_action_links', on_delete=OnDelete.RESTRICT)),
            ],
            options={'table': 'collection_action_invoices', 'app': 'huikuan', 'unique_together': (('action', 'invoice'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ReminderItem',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='reminder_items', on_delete=OnDelete.RESTRICT)),
                ('claim', fields.ForeignKeyField('huikuan.ReminderClaim', source_field='claim_id', db_constraint=True, to_field='id', related_name='items', on_delete=OnDelete.CASCADE)),
                ('invoice', fields.ForeignKeyField('huikuan.Invoice', source_field='invoice_id', db_constraint=True, to_field='id', related_name='reminder_items', on_delete=OnDelete.RESTRICT)),
                ('part_sequence', fields.IntField()),
                ('policy_id', fields.UUIDField()),
                ('offset_days', fields.IntField()),
                ('due_date', fields.DateField()),
                ('open_amount', fields.DecimalField(max_digits=18, decimal_places=2)),
            ],
            options={'table': 'reminder_items', 'app': 'huikuan', 'unique_together': (('invoice', 'part_sequence', 'policy_id', 'offset_days'),), 'pk_attr': 'id', 'table_description': 'An installment part covered by a claim: each (part, stage) is reminded once.'},
            bases=['Model'],
        ),
        ops.RunSQL(SQL, reverse_sql=REVERSE_SQL),
    ]
