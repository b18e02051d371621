"""A snapshot keeps its month's flows to date (cash collected, credit sales, write-offs) and the
money received in it with its amount × days to pay and days late, so the snapshot of a month's
last day holds the whole month's: the dashboard's trend, the KPIs of whole past months and the
days to pay of the twelve months read them instead of every invoice and allocation of those months
(analytics.service.period_flows, payment_days). It also keeps the organization's aging report of
the day with the buckets it was computed in, so aging as of a past day is read from it
(analytics.service.organization_aging). Snapshots taken before have none (null) and are read as missing
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
        ops.AddField(
            model_name="AnalyticsSnapshot",
            name="paid_month_to_date",
            field=fields.DecimalField(
                null=True, max_digits=18, decimal_places=2,
                description="money received from the first of the day's month to the day, as of the day (as the KPIs' days to pay count it)",
            ),
        ),
        ops.AddField(
            model_name="AnalyticsSnapshot",
            name="pay_days_month_to_date",
            field=fields.DecimalField(null=True, max_digits=24, decimal_places=2, description="of that money, the sum of amount × days to pay"),
        ),
        ops.AddField(
            model_name="AnalyticsSnapshot",
            name="late_days_month_to_date",
            field=fields.DecimalField(null=True, max_digits=24, decimal_places=2, description="of that money, the sum of amount × days late"),
        ),
        ops.AddField(
            model_name="AnalyticsSnapshot",
            name="aging_report",
            field=fields.JSONField(
                null=True,
                description="the organization's aging report of the day in its buckets of then: {bounds, basis, invoice_count, customer_count, buckets: [{amount, invoices}]}",
            ),
        ),
    ]
