"""GraphQL: alerts (list, counts, acknowledge, resolve), rules, public-record flags."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.errors import payload_errors
from ..api.pagination import Connection, paginate
from ..credit.models import PublicRecord
from ..credit.types import CreditProfile, PublicRecordEnum
from ..customers.schema import maybe_fields
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import service
from .errors import AlertErrorCode
from .models import RuleKind, Severity
from .types import Alert, AlertCounts, AlertError, AlertRule, AlertSeverityCounts, AlertStateEnum, RuleKindEnum, SeverityEnum


def _errors(exc: DomainError) -> list[AlertError]:
    return payload_errors(exc, AlertError, AlertErrorCode)


@strawberry.input
class AlertFilterInput:
    states: list[AlertStateEnum] | None = None
    severities: list[SeverityEnum] | None = None
    kinds: list[RuleKindEnum] | None = None
    customer_id: strawberry.ID | None = None


def _list_filter(filter: AlertFilterInput | None) -> service.AlertListFilter:
    f = filter or AlertFilterInput()
    return service.AlertListFilter(
        states=tuple(f.states or ()),
        severities=tuple(f.severities or ()),
        kinds=tuple(f.kinds or ()),
        customer_id=parse_uuid(f.customer_id) if f.customer_id else None,
        customer_given=bool(f.customer_id),
    )


@strawberry.input
class AlertRuleCreateInput:
    kind: RuleKindEnum
    name: str
    threshold: Decimal | None = None
    severity: SeverityEnum = Severity.WARNING
    enabled: bool = True


@strawberry.input
class AlertRuleUpdateInput:
    name: strawberry.Maybe[str]
    threshold: strawberry.Maybe[Decimal | None]
    severity: strawberry.Maybe[SeverityEnum]
    enabled: strawberry.Maybe[bool]


@strawberry.type
class AlertPayload:
    alert: Alert | None
    errors: list[AlertError]


@strawberry.type
class AlertRulePayload:
    rule: AlertRule | None
    errors: list[AlertError]


@strawberry.type
class PublicRecordPayload:
    profile: CreditProfile | None
    alert: Alert | None = strawberry.field(description="The alert raised, when the record got worse.")
    errors: list[AlertError]


@strawberry.type
class AlertEvaluationPayload:
    queued: bool = strawberry.field(description="True when the organization's evaluation was handed to the worker.")
    errors: list[AlertError]


@strawberry.type
class AlertsQuery:
    @strawberry.field(description="Alerts of the customers the caller sees, newest first; unresolved ones by default.")
    async def alerts(
        self,
        info: strawberry.Info[Context],
        filter: AlertFilterInput | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Alert]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = service.filtered_alerts(actor, _list_filter(filter))
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=("-raised_at", "-id"), to_node=Alert.from_model,
        )

    @strawberry.field(description="Unresolved alerts by state and severity, for the dashboard.")
    async def alert_counts(self, info: strawberry.Info[Context]) -> AlertCounts:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        return AlertCounts.from_data(await service.counts(actor))

    @strawberry.field(description="Alerts of each severity the list shows under `filter`'s other filters (states included; unresolved when none).")
    async def alert_severity_counts(self, info: strawberry.Info[Context], filter: AlertFilterInput | None = None) -> AlertSeverityCounts:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        return AlertSeverityCounts.from_data(await service.severity_counts(actor, _list_filter(filter)))

    @strawberry.field(description="The organization's early-warning rules.")
    async def alert_rules(self, info: strawberry.Info[Context]) -> list[AlertRule]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        return [AlertRule.from_model(r) for r in await service.list_rules(actor)]


@strawberry.type
class AlertsMutation:
    @strawberry.mutation
    async def alert_acknowledge(self, info: strawberry.Info[Context], id: strawberry.ID) -> AlertPayload:
        actor = info.context.org_actor()
        try:
            row = await service.acknowledge(actor, parse_uuid(id))
        except DomainError as exc:
            return AlertPayload(alert=None, errors=_errors(exc))
        return AlertPayload(alert=Alert.from_model(row), errors=[])

    @strawberry.mutation
    async def alert_resolve(self, info: strawberry.Info[Context], id: strawberry.ID, note: str = "") -> AlertPayload:
        actor = info.context.org_actor()
        try:
            row = await service.resolve(actor, parse_uuid(id), note)
        except DomainError as exc:
            return AlertPayload(alert=None, errors=_errors(exc))
        return AlertPayload(alert=Alert.from_model(row), errors=[])

    @strawberry.mutation
    async def alert_rule_create(self, info: strawberry.Info[Context], input: AlertRuleCreateInput) -> AlertRulePayload:
        actor = info.context.org_actor()
        try:
            row = await service.create_rule(
                actor, kind=RuleKind(input.kind), name=input.name, threshold=input.threshold,
                severity=Severity(input.severity), enabled=input.enabled,
            )
        except DomainError as exc:
            return AlertRulePayload(rule=None, errors=_errors(exc))
        return AlertRulePayload(rule=AlertRule.from_model(row), errors=[])

    @strawberry.mutation
    async def alert_rule_update(
        self, info: strawberry.Info[Context], id: strawberry.ID, version: int, input: AlertRuleUpdateInput
    ) -> AlertRulePayload:
        actor = info.context.org_actor()
        try:
            row = await service.update_rule(actor, parse_uuid(id), version, maybe_fields(input))
        except DomainError as exc:
            return AlertRulePayload(rule=None, errors=_errors(exc))
        return AlertRulePayload(rule=AlertRule.from_model(row), errors=[])

    @strawberry.mutation(description="Run every customer's alert rules now, in the worker (admins); the nightly sweep runs anyway.")
    async def alerts_evaluate_now(self, info: strawberry.Info[Context]) -> AlertEvaluationPayload:
        actor = info.context.org_actor()
        try:
            await service.request_evaluation(actor)
        except DomainError as exc:
            return AlertEvaluationPayload(queued=False, errors=_errors(exc))
        return AlertEvaluationPayload(queued=True, errors=[])

    @strawberry.mutation(description="Record a public credit check (e.g. the dishonest judgment debtor list); worse raises an alert.")
    async def customer_public_record_flag(
        self,
        info: strawberry.Info[Context],
        customer_id: strawberry.ID,
        record: PublicRecordEnum,
        note: str = "",
        checked_on: date | None = None,
    ) -> PublicRecordPayload:
        actor = info.context.org_actor()
        try:
            profile, alert = await service.flag_public_record(
                actor, parse_uuid(customer_id), record=PublicRecord(record), note=note, checked_on=checked_on
            )
        except DomainError as exc:
            return PublicRecordPayload(profile=None, alert=None, errors=_errors(exc))
        return PublicRecordPayload(
            profile=CreditProfile.from_model(profile), alert=Alert.from_model(alert) if alert else None, errors=[]
        )
