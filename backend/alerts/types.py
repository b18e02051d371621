"""GraphQL types of early warnings."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON

from ..accounts.types import Member, User
from ..api.context import Context
from ..api.errors import MessageParamType, WithParams
from ..credit.types import load_customer, load_user
from ..customers import types as customer_types
from ..customers.types import MembershipByIdLoader
from . import models
from .errors import AlertErrorCode
from .messages import AlertCode, alert_message
from .service import AlertCounts as AlertCountsData
from .service import SeverityCounts

RuleKindEnum = strawberry.enum(models.RuleKind, name="AlertRuleKind")
SeverityEnum = strawberry.enum(models.Severity, name="AlertSeverity")
AlertStateEnum = strawberry.enum(models.AlertState, name="AlertState")
AlertErrorCodeEnum = strawberry.enum(AlertErrorCode, name="AlertErrorCode")
AlertCodeEnum = strawberry.enum(AlertCode, name="AlertCode", description="What an alert says; clients render its text in the reader's language from the code and `params`.")


@strawberry.type
class AlertError(WithParams):
    field: str | None
    code: AlertErrorCodeEnum
    message: str


class OpenAlertsByCustomerIdLoader(DataLoader[uuid.UUID, list[models.Alert]]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[list[models.Alert]]:
        grouped: dict[uuid.UUID, list[models.Alert]] = defaultdict(list)
        rows = await models.Alert.filter(customer_id__in=ids).exclude(state=models.AlertState.RESOLVED).order_by("-raised_at", "id")
        for row in rows:
            grouped[row.customer_id].append(row)
        return [grouped.get(i, []) for i in ids]


@strawberry.type
class Alert:
    id: strawberry.ID
    kind: RuleKindEnum
    rule_id: strawberry.ID | None
    cause_key: str = strawberry.field(description="What raised it; one unresolved alert per cause.")
    severity: SeverityEnum
    state: AlertStateEnum
    code: AlertCodeEnum
    params: list[MessageParamType] = strawberry.field(description="The figures the text for `code` is rendered with (amounts with their currency).")
    assessment_id: strawberry.ID | None = strawberry.field(description="The assessment that downgraded the grade (GRADE_DOWNGRADE), to link to.")
    title: str = strawberry.field(deprecation_reason="Chinese text kept for old clients; render `code` with `params` in the reader's language.")
    details: JSON
    raised_at: datetime
    acknowledged_at: datetime | None
    resolved_at: datetime | None
    resolution_note: str
    customer_row_id: strawberry.Private[uuid.UUID]
    owner_id: strawberry.Private[uuid.UUID | None]
    acknowledged_by_id: strawberry.Private[uuid.UUID | None]
    resolved_by_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def customer(self, info: strawberry.Info[Context]) -> customer_types.Customer | None:
        return await load_customer(info, self.customer_row_id)

    @strawberry.field(description="The member who should act: the customer's collector, else its owner.")
    async def owner(self, info: strawberry.Info[Context]) -> Member | None:
        if self.owner_id is None:
            return None
        row = await info.context.loader("MembershipByIdLoader", MembershipByIdLoader).load(self.owner_id)
        return Member.from_model(row) if row else None

    @strawberry.field
    async def acknowledged_by(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.acknowledged_by_id)

    @strawberry.field(description="Null when the alert resolved itself because its condition cleared.")
    async def resolved_by(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.resolved_by_id)

    @classmethod
    def from_model(cls, row: models.Alert) -> "Alert":
        code, params = alert_message(row.kind, row.details)
        assessment_id = row.details.get("assessment_id") if row.kind is models.RuleKind.GRADE_DOWNGRADE else None
        return cls(
            id=strawberry.ID(str(row.id)), kind=row.kind, rule_id=strawberry.ID(str(row.rule_id)) if row.rule_id else None,
            cause_key=row.cause_key, severity=row.severity, state=row.state, code=code,
            params=[MessageParamType.from_param(p) for p in params],
            assessment_id=strawberry.ID(assessment_id) if assessment_id else None, title=row.title, details=row.details,
            raised_at=row.raised_at, acknowledged_at=row.acknowledged_at, resolved_at=row.resolved_at,
            resolution_note=row.resolution_note, customer_row_id=row.customer_id, owner_id=row.owner_id,
            acknowledged_by_id=row.acknowledged_by_id, resolved_by_id=row.resolved_by_id,
        )


async def open_alerts_of(info: strawberry.Info[Context], customer_id: uuid.UUID) -> list[Alert]:
    rows = await info.context.loader("OpenAlertsByCustomerIdLoader", OpenAlertsByCustomerIdLoader).load(customer_id)
    return [Alert.from_model(r) for r in rows]


@strawberry.type
class AlertRule:
    id: strawberry.ID
    kind: RuleKindEnum
    name: str
    threshold: Decimal | None = strawberry.field(
        description="days (OVERDUE_DAYS), amount (OVERDUE_AMOUNT), % (LIMIT_UTILIZATION), grade steps (GRADE_DOWNGRADE)"
    )
    severity: SeverityEnum
    enabled: bool
    version: int
    updated_at: datetime

    @classmethod
    def from_model(cls, row: models.AlertRule) -> "AlertRule":
        return cls(
            id=strawberry.ID(str(row.id)), kind=row.kind, name=row.name, threshold=row.threshold, severity=row.severity,
            enabled=row.enabled, version=row.version, updated_at=row.updated_at,
        )


@strawberry.type
class AlertCounts:
    """Unresolved alerts of the customers the caller sees, for the dashboard."""

    open: int
    acknowledged: int
    open_critical: int
    open_warning: int
    open_info: int

    @classmethod
    def from_data(cls, data: AlertCountsData) -> "AlertCounts":
        return cls(
            open=data.open, acknowledged=data.acknowledged, open_critical=data.open_critical, open_warning=data.open_warning,
            open_info=data.open_info,
        )


@strawberry.type
class AlertSeverityCounts:
    """Alerts of each severity under the list's filters other than severity (states included)."""

    critical: int
    warning: int
    info: int

    @classmethod
    def from_data(cls, data: SeverityCounts) -> "AlertSeverityCounts":
        return cls(critical=data.critical, warning=data.warning, info=data.info)
