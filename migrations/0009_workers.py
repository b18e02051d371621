from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.invoices.models import LateFeeRunStatus
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

# Raw SQL that Tortoise's operations do not express: partial indexes, and leases for the jobs that
# were running when this migration ran (they get the old 15-minute allowance from their start).
SQL = [
    "CREATE UNIQUE INDEX late_fee_runs_one_running ON late_fee_runs (organization_id) WHERE status = 'running';",
    "CREATE INDEX invoices_late_fee_keyset ON invoices (organization_id, id) WHERE late_fee_daily_rate > 0;",
    "CREATE INDEX import_jobs_unfinished ON import_jobs (lease_expires_at) WHERE state IN ('pending', 'validating', 'importing');",
    "UPDATE import_jobs SET attempts = 1, lease_expires_at = started_at + interval '15 minutes' WHERE state IN ('validating', 'importing');",
]
REVERSE_SQL = [
    "DROP INDEX import_jobs_unfinished;",
    "DROP INDEX invoices_late_fee_keyset;",
    "DROP INDEX late_fee_runs_one_running;",
]


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0008_webhooks")]

    initial = False

    operations = [
        ops.CreateModel(
            name='LateFeeRun',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='late_fee_runs', on_delete=OnDelete.CASCADE)),
                ('as_of', fields.DateField()),
                ('status', fields.CharEnumField(default=LateFeeRunStatus.RUNNING, description='RUNNING: running\nCOMPLETED: completed\nABANDONED: abandoned', enum_type=LateFeeRunStatus, max_length=16)),
                ('cursor', fields.UUIDField(null=True)),
                ('batches', fields.IntField(default=0)),
                ('invoices_seen', fields.IntField(default=0)),
                ('charges_written', fields.IntField(default=0)),
                ('started_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('last_batch_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('finished_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'late_fee_runs', 'app': 'huikuan', 'indexes': [Index(fields=['organization_id', 'as_of'])], 'pk_attr': 'id', 'table_description': "One pass of the late-fee assessment over an organization's invoices with a daily rate."},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='ImportJob',
            name='attempts',
            field=fields.IntField(default=0, description='runs started (claims); a job lost this many times fails'),
        ),
        ops.AddField(
            model_name='ImportJob',
            name='heartbeat_at',
            field=fields.DatetimeField(null=True, description='last time the running worker renewed its lease', auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='ImportJob',
            name='lease_expires_at',
            field=fields.DatetimeField(null=True, description='a running job whose lease is past is re-queued', auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='ImportJob',
            name='lease_token',
            field=fields.UUIDField(null=True, description='the claim of the run holding the job; its writes check it'),
        ),
        ops.RunSQL(SQL, reverse_sql=REVERSE_SQL),
    ]
