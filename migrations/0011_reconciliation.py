"""Reconciliation (对账): statements of account, their lines, links, the access log and discrepancies;
the statement schedules and their runs; checks that keep a resolved discrepancy complete, a statement's period in order, and the access
log free of updates (it records who saw and answered what); one organization-wide schedule and one
scheduled statement per customer, period and currency."""

from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from backend.reconciliation.models import AccessAction, DiscrepancyStatus, DisputeReason, Frequency, LineKind, Resolution, StatementStatus
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

CHECKS = [
    ("account_statements", "account_statements_period", "period_start <= period_end"),
    ("account_statement_lines", "account_statement_lines_one_side", "debit >= 0 AND credit >= 0 AND (debit = 0 OR credit = 0)"),
    ("statement_schedules", "statement_schedules_send_day", "send_day BETWEEN 1 AND 28 AND link_days BETWEEN 1 AND 90"),
    ("statement_discrepancies", "statement_discrepancies_resolved_complete",
     "(status = 'resolved') = (resolution IS NOT NULL AND resolved_at IS NOT NULL)"),
]


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0010_collections")]

    initial = False

    operations = [
        ops.CreateModel(
            name='AccountStatement',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='account_statements', on_delete=OnDelete.RESTRICT)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', db_constraint=True, to_field='id', related_name='account_statements', on_delete=OnDelete.RESTRICT)),
                ('number', fields.CharField(description='gap-free per organization (series account_statement)', max_length=40)),
                ('status', fields.CharEnumField(default=StatementStatus.DRAFT, description='DRAFT: draft\nSENT: sent\nCONFIRMED: confirmed\nDISPUTED: disputed\nRESOLVED: resolved\nEXPIRED: expired', enum_type=StatementStatus, max_length=16)),
                ('period_start', fields.DateField()),
                ('period_end', fields.DateField()),
                ('currency', fields.CharField(description='the documents in this currency, figures in it', max_length=3)),
                ('base_currency', fields.CharField(max_length=3)),
                ('open_items_only', fields.BooleanField(default=False)),
                ('revision', fields.IntField(default=1, description='bumped on each re-send; lines of older revisions are kept')),
                ('opening_balance', fields.DecimalField(description='balance as of the day before the period', max_digits=18, decimal_places=2)),
                ('total_debits', fields.DecimalField(default=0, max_digits=18, decimal_places=2)),
                ('total_credits', fields.DecimalField(default=0, max_digits=18, decimal_places=2)),
                ('closing_balance', fields.DecimalField(description="balance as of the period's last day", max_digits=18, decimal_places=2)),
                ('opening_balance_base', fields.DecimalField(default=0, max_digits=18, decimal_places=2)),
                ('closing_balance_base', fields.DecimalField(default=0, max_digits=18, decimal_places=2)),
                ('aging', fields.JSONField(default=dict, description='aging summary at the closing date (base currency)', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('snapshot_at', fields.DatetimeField(description='when the figures were taken from the ledger', auto_now=False, auto_now_add=False)),
                ('sent_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('send_count', fields.IntField(default=0)),
                ('answered_at', fields.DatetimeField(null=True, description='when the customer confirmed or disputed this revision', auto_now=False, auto_now_add=False)),
                ('confirmed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('confirmed_by_name', fields.CharField(default='', max_length=100)),
                ('disputed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('resolved_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('expired_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_by', fields.ForeignKeyField('huikuan.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='account_statements_created', on_delete=OnDelete.SET_NULL)),
                ('scheduled', fields.BooleanField(default=False, description='made by the schedule: one per customer, period and currency')),
                ('version', fields.IntField(default=1)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'account_statements', 'app': 'huikuan', 'unique_together': (('organization', 'number'),), 'indexes': [Index(fields=['organization_id', 'status']), Index(fields=['organization_id', 'customer_id', 'period_end'])], 'pk_attr': 'id', 'table_description': 'One customer, one period, in one currency. Its figures and lines are a snapshot taken when'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='StatementLine',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='account_statement_lines', on_delete=OnDelete.RESTRICT)),
                ('statement', fields.ForeignKeyField('huikuan.AccountStatement', source_field='statement_id', db_constraint=True, to_field='id', related_name='lines', on_delete=OnDelete.CASCADE)),
                ('revision', fields.IntField()),
                ('position', fields.IntField()),
                ('kind', fields.CharEnumField(description='INVOICE: invoice\nPAYMENT: payment\nPAYMENT_REVERSAL: payment_reversal\nREFUND: refund\nCREDIT_NOTE: credit_note\nWRITE_OFF: write_off', enum_type=LineKind, max_length=24)),
                ('document_id', fields.UUIDField()),
                ('document_number', fields.CharField(default='', max_length=128)),
                ('document_date', fields.DateField()),
                ('due_date', fields.DateField(null=True)),
                ('reference', fields.CharField(default='', max_length=128)),
                ('debit', fields.DecimalField(default=0, max_digits=18, decimal_places=2)),
                ('credit', fields.DecimalField(default=0, max_digits=18, decimal_places=2)),
                ('open_amount', fields.DecimalField(null=True, description='open items only: what is still open of the document at the closing date', max_digits=18, decimal_places=2)),
                ('balance', fields.DecimalField(description='running balance after this line', max_digits=18, decimal_places=2)),
                ('exchange_rate', fields.DecimalField(default=1, max_digits=9, decimal_places=6)),
                ('base_amount', fields.DecimalField(description="debit − credit in the base currency at the document's rate", max_digits=18, decimal_places=2)),
            ],
            options={'table': 'account_statement_lines', 'app': 'huikuan', 'unique_together': (('statement', 'revision', 'position'),), 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Discrepancy',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='statement_discrepancies', on_delete=OnDelete.RESTRICT)),
                ('statement', fields.ForeignKeyField('huikuan.AccountStatement', source_field='statement_id', db_constraint=True, to_field='id', related_name='discrepancies', on_delete=OnDelete.CASCADE)),
                ('line', fields.ForeignKeyField('huikuan.StatementLine', source_field='line_id', db_constraint=True, to_field='id', related_name='discrepancies', on_delete=OnDelete.RESTRICT)),
                ('revision', fields.IntField()),
                ('reason', fields.CharEnumField(description='MISSING_INVOICE: missing_invoice\nMISSING_PAYMENT: missing_payment\nAMOUNT_DIFFERS: amount_differs\nDUPLICATE: duplicate\nOTHER: other', enum_type=DisputeReason, max_length=24)),
                ('customer_amount', fields.DecimalField(null=True, description="the customer's figure for the line", max_digits=18, decimal_places=2)),
                ('customer_note', fields.TextField(default='', unique=False)),
                ('contact_name', fields.CharField(default='', max_length=100)),
                ('attachment_name', fields.CharField(null=True, max_length=255)),
                ('attachment_type', fields.CharField(null=True, max_length=100)),
                ('attachment', fields.BinaryField(null=True)),
                ('status', fields.CharEnumField(default=DiscrepancyStatus.OPEN, description='OPEN: open\nRESOLVED: resolved', enum_type=DiscrepancyStatus, max_length=16)),
                ('assigned_to', fields.ForeignKeyField('huikuan.Membership', source_field='assigned_to_id', null=True, db_constraint=True, to_field='id', related_name='statement_discrepancies', on_delete=OnDelete.SET_NULL)),
                ('resolution', fields.CharEnumField(null=True, description='ADJUSTMENT_POSTED: adjustment_posted\nCREDIT_NOTE_ISSUED: credit_note_issued\nNO_CHANGE: no_change', enum_type=Resolution, max_length=24)),
                ('resolution_note', fields.TextField(default='', unique=False)),
                ('document_id', fields.UUIDField(null=True, description='the invoice or credit note posted to settle it')),
                ('resolved_by', fields.ForeignKeyField('huikuan.User', source_field='resolved_by_id', null=True, db_constraint=True, to_field='id', related_name='statement_discrepancies_resolved', on_delete=OnDelete.SET_NULL)),
                ('resolved_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('version', fields.IntField(default=1)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'statement_discrepancies', 'app': 'huikuan', 'unique_together': (('line', 'revision'),), 'indexes': [Index(fields=['organization_id', 'status']), Index(fields=['organization_id', 'statement_id'])], 'pk_attr': 'id', 'table_description': 'One disputed line, worked by staff to a resolution.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='StatementLink',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='account_statement_links', on_delete=OnDelete.RESTRICT)),
                ('statement', fields.ForeignKeyField('huikuan.AccountStatement', source_field='statement_id', db_constraint=True, to_field='id', related_name='links', on_delete=OnDelete.CASCADE)),
                ('revision', fields.IntField()),
                ('token_hash', fields.CharField(unique=True, max_length=64)),
                ('expires_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('revoked_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('recipients', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'account_statement_links', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'statement_id'])], 'pk_attr': 'id', 'table_description': 'A link sent to the customer: the token itself is never stored, only its SHA-256.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='StatementAccess',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='account_statement_accesses', on_delete=OnDelete.RESTRICT)),
                ('statement', fields.ForeignKeyField('huikuan.AccountStatement', source_field='statement_id', db_constraint=True, to_field='id', related_name='accesses', on_delete=OnDelete.CASCADE)),
                ('link', fields.ForeignKeyField('huikuan.StatementLink', source_field='link_id', db_constraint=True, to_field='id', related_name='accesses', on_delete=OnDelete.CASCADE)),
                ('action', fields.CharEnumField(description='VIEW: view\nDOWNLOAD: download\nCONFIRM: confirm\nDISPUTE: dispute\nREFUSED: refused', enum_type=AccessAction, max_length=16)),
                ('ip', fields.CharField(default='', max_length=64)),
                ('user_agent', fields.CharField(default='', max_length=500)),
                ('detail', fields.JSONField(default=dict, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'account_statement_accesses', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'statement_id', 'at'])], 'pk_attr': 'id', 'table_description': 'Every visit and answer through a link: append-only.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='StatementRun',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='statement_runs', on_delete=OnDelete.CASCADE)),
                ('run_on', fields.DateField(description="the organization's local day of the run")),
                ('sent', fields.IntField(default=0)),
                ('already_sent', fields.IntField(default=0)),
                ('nothing_to_reconcile', fields.IntField(default=0)),
                ('skipped', fields.JSONField(default=list, description='[{customerId, code, name, periodStart, periodEnd, reason, message}]', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('started_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('finished_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'statement_runs', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'started_at'])], 'pk_attr': 'id', 'table_description': "One pass of the schedule over an organization's customers: what was sent, what was already"},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='StatementSchedule',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='statement_schedules', on_delete=OnDelete.CASCADE)),
                ('customer', fields.ForeignKeyField('huikuan.Customer', source_field='customer_id', null=True, db_constraint=True, to_field='id', related_name='statement_schedules', on_delete=OnDelete.CASCADE)),
                ('frequency', fields.CharEnumField(description='MONTHLY: monthly\nQUARTERLY: quarterly\nOFF: off', enum_type=Frequency, max_length=16)),
                ('send_day', fields.IntField(default=1, description="day of the month (1–28) from which the last period's statement is due")),
                ('open_items_only', fields.BooleanField(default=False)),
                ('link_days', fields.IntField(default=30)),
                ('updated_by', fields.ForeignKeyField('huikuan.User', source_field='updated_by_id', null=True, db_constraint=True, to_field='id', related_name='statement_schedules_updated', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'statement_schedules', 'app': 'huikuan', 'unique_together': (('organization', 'customer'),), 'pk_attr': 'id', 'table_description': "When statements are made and sent by themselves: the organization's default (no customer) and"},
            bases=['Model'],
        ),
            ops.RunSQL(
            [f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({check});" for table, name, check in CHECKS]
            + [
                """
                CREATE FUNCTION statement_access_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'account_statement_accesses is append-only (% refused)', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                """,
                """
                CREATE TRIGGER account_statement_accesses_no_update
                    BEFORE UPDATE ON account_statement_accesses
                    FOR EACH ROW EXECUTE FUNCTION statement_access_refuse_update();
                """,
                "CREATE UNIQUE INDEX statement_schedules_one_default ON statement_schedules (organization_id) WHERE customer_id IS NULL;",
                "CREATE UNIQUE INDEX account_statements_one_scheduled ON account_statements "
                "(organization_id, customer_id, period_start, period_end, currency) WHERE scheduled;",
            ],
            reverse_sql=[
                "DROP INDEX account_statements_one_scheduled;",
                "DROP INDEX statement_schedules_one_default;",
                "DROP TRIGGER account_statement_accesses_no_update ON account_statement_accesses;",
                "DROP FUNCTION statement_access_refuse_update();",
            ]
            + [f"ALTER TABLE {table} DROP CONSTRAINT {name};" for table, name, _ in CHECKS],
        ),
    ]
