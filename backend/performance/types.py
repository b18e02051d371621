"""GraphQL types of staff performance, mapped from the service's dataclasses and rows."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from ..api.errors import WithParams
from ..accounts.types import RoleEnum
from . import models, scoring, service
from .errors import PerformanceErrorCode

PerformanceErrorCodeEnum = strawberry.enum(PerformanceErrorCode, name="PerformanceErrorCode")
ComponentKeyEnum = strawberry.enum(scoring.ComponentKey, name="PerformanceComponentKey")
ExclusionEnum = strawberry.enum(
    scoring.Exclusion, name="PerformanceExclusion",
    description="Why a component is left out of the score (its weight goes to the others).",
)


@strawberry.type
class PerformanceError(WithParams):
    field: str | None
    code: PerformanceErrorCodeEnum
    message: str


@strawberry.type(description="One component of a score: value → 0–100 points × weight.")
class PerformanceComponent:
    key: ComponentKeyEnum
    value: Decimal | None = strawberry.field(
        description="cash: collected; cei: percent; dso: standard DSO; overdueChange: overdue AR at the end − at the start; "
        "actions: logged; promises: kept rate (0–1); disputes: average days to resolve."
    )
    target: Decimal | None = strawberry.field(
        description="cash and actions: the period's target; dso: best possible DSO; disputes: target days."
    )
    points: Decimal | None
    weight: int
    effective_weight: Decimal | None = strawberry.field(description="The weight scaled up over the components kept, in percent.")
    contribution: Decimal | None = strawberry.field(description="points × weight ÷ Σ weights kept.")
    excluded: ExclusionEnum | None

    @classmethod
    def from_data(cls, c: scoring.Component) -> "PerformanceComponent":
        return cls(key=c.key, value=c.value, target=c.target, points=c.points, weight=c.weight,
                   effective_weight=c.effective_weight, contribution=c.contribution, excluded=c.excluded)


@strawberry.type(description="A collector's score for a period, with the figures behind it (amounts in the base currency).")
class CollectorPerformance:
    collector_id: strawberry.ID
    name: str
    email: str
    role: RoleEnum
    start: date
    end: date
    rank: int | None
    score: Decimal | None = strawberry.field(description="0–100, rounded to 0.1; null when no component has a value.")
    customers: int = strawberry.field(description="Customers held on any day of the period.")
    beginning_ar: Decimal
    ending_ar: Decimal
    ending_current_ar: Decimal
    overdue_start: Decimal
    overdue_end: Decimal
    credit_sales: Decimal
    cash_collected: Decimal
    cash_target: Decimal | None
    cei: Decimal | None
    standard_dso: Decimal | None
    best_possible_dso: Decimal | None
    actions_logged: int
    actions_target: Decimal | None
    promises_due: int
    promises_kept: int
    promise_kept_rate: Decimal | None
    disputes_resolved: int
    average_days_to_resolve: Decimal | None
    components: list[PerformanceComponent]

    @classmethod
    def from_data(cls, row: service.CollectorScore) -> "CollectorPerformance":
        f = row.figures
        return cls(
            collector_id=strawberry.ID(str(row.collector_id)), name=row.name, email=row.email, role=row.role,
            start=row.period.start, end=row.period.end, rank=row.rank, score=row.score, customers=row.customers,
            beginning_ar=row.beginning_ar, ending_ar=row.ending_ar, ending_current_ar=row.ending_current_ar,
            overdue_start=f.overdue_start, overdue_end=f.overdue_end, credit_sales=row.credit_sales,
            cash_collected=f.cash_collected, cash_target=f.cash_target, cei=f.cei, standard_dso=f.standard_dso,
            best_possible_dso=f.best_possible_dso, actions_logged=f.actions_logged, actions_target=f.actions_target,
            promises_due=f.promises_due, promises_kept=f.promises_kept, promise_kept_rate=f.promise_kept_rate,
            disputes_resolved=f.disputes_resolved, average_days_to_resolve=f.average_days_to_resolve,
            components=[PerformanceComponent.from_data(c) for c in row.components],
        )


@strawberry.type
class PerformanceLeaderboard:
    start: date
    end: date
    currency: str
    rows: list[CollectorPerformance]

    @classmethod
    def from_data(cls, board: service.Leaderboard) -> "PerformanceLeaderboard":
        return cls(start=board.period.start, end=board.period.end, currency=board.currency,
                   rows=[CollectorPerformance.from_data(r) for r in board.rows])


@strawberry.type(description="The organization's score weights (whole numbers summing to 100) and dispute target.")
class PerformanceSettings:
    cash: int
    cei: int
    dso: int
    overdue_change: int
    actions: int
    promises: int
    disputes: int
    dispute_target_days: int
    version: int

    @classmethod
    def from_model(cls, row: models.PerformanceSettings) -> "PerformanceSettings":
        weights = service.weights_of(row)
        return cls(**{key.value: weights[key] for key in scoring.ComponentKey},
                   dispute_target_days=row.dispute_target_days, version=row.version)


@strawberry.type(description="A collector's targets for a calendar month.")
class PerformanceTarget:
    collector_id: strawberry.ID
    month: date
    cash_target: Decimal | None
    actions_target: int | None
    updated_at: datetime

    @classmethod
    def from_model(cls, row: models.PerformanceTarget) -> "PerformanceTarget":
        return cls(collector_id=strawberry.ID(str(row.collector_id)), month=row.month, cash_target=row.cash_target,
                   actions_target=row.actions_target, updated_at=row.updated_at)
