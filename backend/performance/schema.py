"""GraphQL of staff performance: translation only, the rules are in service.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.errors import payload_errors
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import service
from .errors import PerformanceErrorCode
from .scoring import ComponentKey
from .types import CollectorPerformance, PerformanceError, PerformanceLeaderboard, PerformanceSettings, PerformanceTarget


def _errors(exc: DomainError) -> list[PerformanceError]:
    return payload_errors(exc, PerformanceError, PerformanceErrorCode)


@strawberry.input(description="A period of whole days in the organization's time, both ends included, not in the future.")
class PerformancePeriodInput:
    start: date
    end: date


@strawberry.input
class PerformanceWeightsInput:
    cash: int
    cei: int
    dso: int
    overdue_change: int
    actions: int
    promises: int
    disputes: int


@strawberry.input
class PerformanceSettingsInput:
    weights: PerformanceWeightsInput
    dispute_target_days: int
    version: int | None = strawberry.field(default=None, description="The version read; refused when someone changed them meanwhile.")


@strawberry.input
class PerformanceTargetInput:
    collector_id: strawberry.ID
    month: date = strawberry.field(description="Any day of the month.")
    cash_target: Decimal | None = None
    actions_target: int | None = None


@strawberry.type
class PerformanceSettingsPayload:
    settings: PerformanceSettings | None
    errors: list[PerformanceError]


@strawberry.type
class PerformanceTargetPayload:
    target: PerformanceTarget | None
    errors: list[PerformanceError]


@strawberry.type
class PerformanceQuery:
    @strawberry.field(description="Collectors' scores for a period, best first; a collector sees only their own row.")
    async def performance_leaderboard(self, info: strawberry.Info[Context], period: PerformancePeriodInput) -> PerformanceLeaderboard:
        board = await service.leaderboard(info.context.org_actor(), period.start, period.end)
        return PerformanceLeaderboard.from_data(board)

    @strawberry.field(description="One collector's score and its breakdown; a collector may read only their own.")
    async def collector_performance(
        self, info: strawberry.Info[Context], collector_id: strawberry.ID, period: PerformancePeriodInput
    ) -> CollectorPerformance:
        row = await service.collector_performance(info.context.org_actor(), parse_uuid(collector_id), period.start, period.end)
        return CollectorPerformance.from_data(row)

    @strawberry.field(description="The organization's score weights and dispute target.")
    async def performance_settings(self, info: strawberry.Info[Context]) -> PerformanceSettings:
        actor = info.context.org_actor()
        if not actor.can(Permission.PERFORMANCE_OWN):
            actor.require(Permission.PERFORMANCE_READ)
        return PerformanceSettings.from_model(await service.get_settings(actor.org_id))

    @strawberry.field(description="Collectors' monthly targets for the months of a period (managers).")
    async def performance_targets(self, info: strawberry.Info[Context], period: PerformancePeriodInput) -> list[PerformanceTarget]:
        actor = info.context.org_actor()
        return [PerformanceTarget.from_model(r) for r in await service.targets(actor, period.start, period.end)]


@strawberry.type
class PerformanceMutation:
    @strawberry.mutation(description="Sets the score weights (whole numbers summing to 100) and the dispute target days.")
    async def performance_settings_update(self, info: strawberry.Info[Context], input: PerformanceSettingsInput) -> PerformanceSettingsPayload:
        w = input.weights
        weights = {
            ComponentKey.CASH: w.cash, ComponentKey.CEI: w.cei, ComponentKey.DSO: w.dso,
            ComponentKey.OVERDUE_CHANGE: w.overdue_change, ComponentKey.ACTIONS: w.actions,
            ComponentKey.PROMISES: w.promises, ComponentKey.DISPUTES: w.disputes,
        }
        try:
            row = await service.update_settings(info.context.org_actor(), weights, input.dispute_target_days, input.version)
        except DomainError as exc:
            return PerformanceSettingsPayload(settings=None, errors=_errors(exc))
        return PerformanceSettingsPayload(settings=PerformanceSettings.from_model(row), errors=[])

    @strawberry.mutation(description="Sets a collector's cash and actions targets for a month (null: no target).")
    async def performance_target_set(self, info: strawberry.Info[Context], input: PerformanceTargetInput) -> PerformanceTargetPayload:
        try:
            row = await service.set_target(
                info.context.org_actor(), parse_uuid(input.collector_id), input.month, input.cash_target, input.actions_target
            )
        except DomainError as exc:
            return PerformanceTargetPayload(target=None, errors=_errors(exc))
        return PerformanceTargetPayload(target=PerformanceTarget.from_model(row), errors=[])
