from tortoise import migrations
from tortoise.migrations import operations as ops
from backend.webhooks.models import TaskKind
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [("huikuan", "0007_job_outbox")]

    initial = False

    operations = [
        ops.CreateModel(
            name='WebhookRateLimit',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('source', fields.CharField(max_length=64)),
                ('window_start', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('hits', fields.IntField(default=0)),
            ],
            options={'table': 'webhook_rate_limits', 'app': 'huikuan', 'unique_together': (('source', 'window_start'),), 'pk_attr': 'id', 'table_description': 'Refused deliveries counted per source address and minute (shared by every API process).'},
            bases=['Model'],
        ),
        ops.AlterField(
            model_name='Task',
            name='kind',
            field=fields.CharEnumField(description='UNAPPLIED_CASH: unapplied_cash\nDISPUTE: dispute\nNEEDS_RATE: needs_rate\nREFUND_EXCESS: refund_excess', enum_type=TaskKind, max_length=24),
        ),
        ops.AddField(
            model_name='WebhookDelivery',
            name='source_address',
            field=fields.CharField(null=True, description="the sender's address", max_length=64),
        ),
        ops.AddIndex(
            model_name='WebhookDelivery',
            index=Index(fields=['received_at']),
        ),
    ]
