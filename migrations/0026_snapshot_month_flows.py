"""A snapshot keeps its month's flows to date (cash collected, credit sales, write-offs), so the
snapshot of a month's last day holds the whole month's: the dashboard's trend and the KPIs of
whole past months read them instead of every invoice and allocation of those months
(analytics.service.period_flows). Snapshots taken before have none (null) and are read as missing
until the daily job takes them again."""

from tortoise import fields, migrations
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [("huikuan", "0025_sales_index")]

    initial = False

    operations = [
        ops.AddField(
            model_name="AnalyticsSnapshot",
            name="cash_month_to_date",
            field=fields.DecimalField(
                null=True, max_digits=18, decimal_places=2,
                description="cash collected from the first of the day's month to the day (null: taken before it was kept)",
            ),
        ),
        ops.AddField(
            model_name="AnalyticsSnapshot",
            name="sales_month_to_date",
            field=fields.DecimalField(null=True, max_digits=18, decimal_places=2, description="credit sales from the first of the day's month to the day"),
        ),
        ops.AddField(
            model_name="AnalyticsSnapshot",
            name="write_offs_month_to_date",
            field=fields.DecimalField(
                null=True, max_digits=18, decimal_places=2, description="approved write-offs from the first of the day's month to the day",
            ),
        ),
    ]
