"""The score of domain.md (staff performance), on a collector's figures for a period.

Each component turns its value into 0–100 points; a component whose value is null (no target, a
zero denominator, nothing fell due) is left out with its reason, and the weights of the others are
scaled up to the same total. Points follow from the values as shown (rounded as reported) and are
rounded to 0.01; contribution = points × weight ÷ Σ weights of the components kept; the score is
Σ points × weight ÷ Σ weights kept, rounded to 0.1 (null when nothing is kept)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

HUNDRED = Decimal(100)
POINTS_STEP = Decimal("0.01")
SCORE_STEP = Decimal("0.1")


class ComponentKey(str, Enum):
    CASH = "cash"
    CEI = "cei"
    DSO = "dso"
    OVERDUE_CHANGE = "overdue_change"
    ACTIONS = "actions"
    PROMISES = "promises"
    DISPUTES = "disputes"


class Exclusion(str, Enum):
    NO_TARGET = "no_target"
    ZERO_DENOMINATOR = "zero_denominator"
    NOTHING_DUE = "nothing_due"


@dataclass(frozen=True)
class Figures:
    """A collector's figures for a period, in the base currency where they are amounts."""

    cash_collected: Decimal
    cash_target: Decimal | None
    cei: Decimal | None
    standard_dso: Decimal | None
    best_possible_dso: Decimal | None
    overdue_start: Decimal
    overdue_end: Decimal
    actions_logged: int
    actions_target: Decimal | None
    promises_due: int
    promises_kept: int
    promise_kept_rate: Decimal | None
    disputes_resolved: int
    average_days_to_resolve: Decimal | None
    dispute_target_days: int


@dataclass(frozen=True)
class Component:
    key: ComponentKey
    value: Decimal | None
    target: Decimal | None
    points: Decimal | None
    weight: int
    effective_weight: Decimal | None
    contribution: Decimal | None
    excluded: Exclusion | None


@dataclass(frozen=True)
class Score:
    score: Decimal | None
    components: list[Component]


def _clamp(value: Decimal) -> Decimal:
    return min(HUNDRED, max(Decimal(0), value))


def _points(value: Decimal) -> Decimal:
    return _clamp(value).quantize(POINTS_STEP, rounding=ROUND_HALF_UP)


def _of_target(value: Decimal, target: Decimal | None) -> tuple[Decimal | None, Exclusion | None]:
    if target is None or target == 0:
        return None, Exclusion.NO_TARGET
    return _points(min(value / target, Decimal(1)) * HUNDRED), None


def component_points(f: Figures) -> dict[ComponentKey, tuple[Decimal | None, Decimal | None, Decimal | None, Exclusion | None]]:
    """Each component's (value, target, points, exclusion)."""
    out: dict[ComponentKey, tuple[Decimal | None, Decimal | None, Decimal | None, Exclusion | None]] = {}
    out[ComponentKey.CASH] = (f.cash_collected, f.cash_target, *_of_target(f.cash_collected, f.cash_target))
    out[ComponentKey.CEI] = (f.cei, None, *((None, Exclusion.ZERO_DENOMINATOR) if f.cei is None else (_points(f.cei), None)))
    if f.standard_dso is None or f.best_possible_dso is None or f.standard_dso == 0:
        out[ComponentKey.DSO] = (f.standard_dso, f.best_possible_dso, None, Exclusion.ZERO_DENOMINATOR)
    else:
        out[ComponentKey.DSO] = (f.standard_dso, f.best_possible_dso, _points(HUNDRED * f.best_possible_dso / f.standard_dso), None)
    change = f.overdue_end - f.overdue_start
    if f.overdue_start == 0:
        out[ComponentKey.OVERDUE_CHANGE] = (change, None, None, Exclusion.ZERO_DENOMINATOR)
    else:
        r = (f.overdue_start - f.overdue_end) / f.overdue_start
        out[ComponentKey.OVERDUE_CHANGE] = (change, None, _points(50 + 50 * r), None)
    out[ComponentKey.ACTIONS] = (Decimal(f.actions_logged), f.actions_target, *_of_target(Decimal(f.actions_logged), f.actions_target))
    if f.promise_kept_rate is None:
        out[ComponentKey.PROMISES] = (None, None, None, Exclusion.NOTHING_DUE)
    else:
        out[ComponentKey.PROMISES] = (f.promise_kept_rate, None, _points(f.promise_kept_rate * HUNDRED), None)
    target_days = Decimal(f.dispute_target_days)
    if f.average_days_to_resolve is None:
        out[ComponentKey.DISPUTES] = (None, target_days, None, Exclusion.NOTHING_DUE)
    elif f.average_days_to_resolve == 0:
        out[ComponentKey.DISPUTES] = (f.average_days_to_resolve, target_days, None, Exclusion.ZERO_DENOMINATOR)
    else:
        out[ComponentKey.DISPUTES] = (f.average_days_to_resolve, target_days, _points(HUNDRED * target_days / f.average_days_to_resolve), None)
    return out


def score(f: Figures, weights: dict[ComponentKey, int]) -> Score:
    parts = component_points(f)
    kept = sum(weights[key] for key, (_, _, points, _) in parts.items() if points is not None)
    components = []
    total = Decimal(0)
    for key in ComponentKey:
        value, target, points, exclusion = parts[key]
        weight = weights[key]
        if points is None or kept == 0:
            components.append(Component(key, value, target, points, weight, None, None, exclusion))
            continue
        share = Decimal(weight) / Decimal(kept)
        total += points * share
        components.append(Component(
            key, value, target, points, weight, (share * HUNDRED).quantize(POINTS_STEP, rounding=ROUND_HALF_UP),
            (points * share).quantize(POINTS_STEP, rounding=ROUND_HALF_UP), None,
        ))
    return Score(None if kept == 0 else total.quantize(SCORE_STEP, rounding=ROUND_HALF_UP), components)
