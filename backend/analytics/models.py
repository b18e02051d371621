"""The daily snapshot behind the trend series (docs/analytics.md "Trends")."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from ..invoices.models import money


class AnalyticsSnapshot(Model):
    """An organization's figures for one of its local days, in the base currency, from the dated
    ledger as of that day: one row per organization and day (the unique key makes the job idempotent)."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="analytics_snapshots", on_delete=fields.CASCADE)
    day = fields.DateField()
    ar_total = money()
    current_ar = money()
    overdue_ar = money()
    buckets = fields.JSONField(description="the aging buckets of that day: [{label, amount}] (amounts as strings)")
    dso = fields.DecimalField(max_digits=12, decimal_places=1, null=True, description="standard DSO over the 90 days ending on the day")
    cei_month_to_date = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    cash_collected = money(description="cash collected on the day (allocations less reversals)")
    credit_sales = money(description="invoices issued on the day")
    cash_month_to_date = money(null=True, description="cash collected from the first of the day's month to the day (null: taken before it was kept)")
    sales_month_to_date = money(null=True, description="credit sales from the first of the day's month to the day")
    write_offs_month_to_date = money(null=True, description="approved write-offs from the first of the day's month to the day")
    paid_month_to_date = money(null=True, description="money received from the first of the day's month to the day, as of the day (as the KPIs' days to pay count it)")
    pay_days_month_to_date = fields.DecimalField(
        max_digits=24, decimal_places=2, null=True, description="of that money, the sum of amount × days to pay",
    )
    late_days_month_to_date = fields.DecimalField(
        max_digits=24, decimal_places=2, null=True, description="of that money, the sum of amount × days late",
    )
    aging_report = fields.JSONField(
        null=True,
        description="the organization's aging report of the day in its buckets of then: {bounds, basis, invoice_count, customer_count, buckets: [{amount, invoices}]}",
    )
    open_invoices = fields.BigIntField(null=True, description="invoices with something open at the end of the day (null: taken before they were kept)")
    overdue_invoices = fields.BigIntField(null=True, description="of which overdue")
    stale = fields.BooleanField(
        default=False, db_default=False,
        description="a ledger row dated on or before the day was written after the snapshot was taken (set by the database's triggers, migration 0023)",
    )
    taken_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "analytics_snapshots"
        unique_together = (("organization", "day"),)
