"""Staff performance: who held each customer when, the organization's weights, the collectors' targets.

`collector_assignments` is written by a trigger on `customers` (migration 0017_staff): whatever
path sets a customer's collector (the customers service, imports, assignment rules), the history
follows. A row covers the organization's local days [started_on, ended_on); the holder of a
customer on day D is the row with started_on <= D < ended_on (open-ended while ended_on is null).
A change made on a day gives that whole day to the new collector."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class CollectorAssignment(Model):
    id = fields.BigIntField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="collector_assignments", on_delete=fields.CASCADE)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="collector_assignments", on_delete=fields.CASCADE)
    collector = fields.ForeignKeyField("huikuan.Membership", related_name="collector_assignments", on_delete=fields.CASCADE)
    started_on = fields.DateField(description="first local day the collector held the customer")
    ended_on = fields.DateField(null=True, description="first local day they no longer did; null while they still do")

    class Meta:
        table = "collector_assignments"
        indexes = (("organization_id", "collector_id"), ("customer_id", "started_on"))


class PerformanceSettings(Model):
    """Weights of the score's components (whole numbers summing to 100) and the dispute target."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.OneToOneField("huikuan.Organization", related_name="performance_settings", on_delete=fields.CASCADE)
    weight_cash = fields.IntField(default=30)
    weight_cei = fields.IntField(default=20)
    weight_dso = fields.IntField(default=10)
    weight_overdue_change = fields.IntField(default=15)
    weight_actions = fields.IntField(default=10)
    weight_promises = fields.IntField(default=10)
    weight_disputes = fields.IntField(default=5)
    dispute_target_days = fields.IntField(default=30, description="days to resolve a dispute that earn full points")
    version = fields.IntField(default=1)
    updated_by = fields.ForeignKeyField("huikuan.User", related_name="performance_settings_updated", null=True, on_delete=fields.SET_NULL)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "performance_settings"


class PerformanceTarget(Model):
    """A collector's targets for one calendar month: cash collected (base currency) and actions logged."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="performance_targets", on_delete=fields.CASCADE)
    collector = fields.ForeignKeyField("huikuan.Membership", related_name="performance_targets", on_delete=fields.CASCADE)
    month = fields.DateField(description="the first day of the month")
    cash_target = fields.DecimalField(max_digits=18, decimal_places=2, null=True)
    actions_target = fields.IntField(null=True)
    updated_by = fields.ForeignKeyField("huikuan.User", related_name="performance_targets_updated", null=True, on_delete=fields.SET_NULL)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "performance_targets"
        unique_together = (("collector", "month"),)
