"""Early-warning rules and alerts. An alert is never raised twice for the same open cause: a unique
partial index on (organization, kind, customer, cause key) WHERE state <> 'resolved'."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class RuleKind(str, Enum):
    OVERDUE_DAYS = "overdue_days"
    OVERDUE_AMOUNT = "overdue_amount"
    LIMIT_UTILIZATION = "limit_utilization"
    GRADE_DOWNGRADE = "grade_downgrade"
    BROKEN_PROMISE = "broken_promise"
    PUBLIC_RECORD = "public_record"


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class AlertState(str, Enum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class AlertRule(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="alert_rules", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(RuleKind, max_length=24)
    name = fields.CharField(max_length=100)
    threshold = fields.DecimalField(
        max_digits=18, decimal_places=2, null=True,
        description="days (overdue_days), amount (overdue_amount), % (limit_utilization), grade steps (grade_downgrade)",
    )
    severity = fields.CharEnumField(Severity, max_length=16, default=Severity.WARNING)
    enabled = fields.BooleanField(default=True)
    updated_by = fields.ForeignKeyField("huikuan.User", related_name="alert_rules_updated", null=True, on_delete=fields.SET_NULL)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "alert_rules"
        indexes = (("organization_id", "kind"),)


class Alert(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="alerts", on_delete=fields.RESTRICT)
    rule = fields.ForeignKeyField("huikuan.AlertRule", related_name="alerts", null=True, on_delete=fields.SET_NULL)
    kind = fields.CharEnumField(RuleKind, max_length=24)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="alerts", on_delete=fields.CASCADE)
    cause_key = fields.CharField(max_length=100, description="what raised it; one open alert per cause")
    severity = fields.CharEnumField(Severity, max_length=16)
    state = fields.CharEnumField(AlertState, max_length=16, default=AlertState.OPEN)
    title = fields.CharField(max_length=200)
    details = fields.JSONField(default=dict)
    owner = fields.ForeignKeyField("huikuan.Membership", related_name="alerts_owned", null=True, on_delete=fields.SET_NULL)
    raised_at = fields.DatetimeField(auto_now_add=True)
    acknowledged_by = fields.ForeignKeyField("huikuan.User", related_name="alerts_acknowledged", null=True, on_delete=fields.SET_NULL)
    acknowledged_at = fields.DatetimeField(null=True)
    resolved_by = fields.ForeignKeyField("huikuan.User", related_name="alerts_resolved", null=True, on_delete=fields.SET_NULL)
    resolved_at = fields.DatetimeField(null=True)
    resolution_note = fields.TextField(default="")

    class Meta:
        table = "alerts"
        indexes = (("organization_id", "state", "severity"), ("organization_id", "customer_id", "state"))
