"""Analytics: the daily snapshots behind the trend series (analytics_snapshots, one row per organization and day)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('huikuan', '0014_collections2')]

    initial = False

    operations = [
        ops.CreateModel(
            name='AnalyticsSnapshot',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('organization', fields.ForeignKeyField('huikuan.Organization', source_field='organization_id', db_constraint=True, to_field='id', related_name='analytics_snapshots', on_delete=OnDelete.CASCADE)),
                ('day', fields.DateField()),
                ('ar_total', fields.DecimalField(max_digits=18, decimal_places=2)),
                ('current_ar', fields.DecimalField(max_digits=18, decimal_places=2)),
                ('overdue_ar', fields.DecimalField(max_digits=18, decimal_places=2)),
                ('buckets', fields.JSONField(description='the aging buckets of that day: [{label, amount}] (amounts as strings)', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('dso', fields.DecimalField(null=True, description='standard DSO over the 90 days ending on the day', max_digits=12, decimal_places=1)),
                ('cei_month_to_date', fields.DecimalField(null=True, max_digits=12, decimal_places=2)),
                ('cash_collected', fields.DecimalField(description='cash collected on the day (allocations less reversals)', max_digits=18, decimal_places=2)),
                ('credit_sales', fields.DecimalField(description='invoices issued on the day', max_digits=18, decimal_places=2)),
                ('taken_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'analytics_snapshots', 'app': 'huikuan', 'unique_together': (('organization', 'day'),), 'pk_attr': 'id', 'table_description': "An organization's figures for one of its local days, in the base currency, from the dated"},
            bases=['Model'],
        ),
    ]
