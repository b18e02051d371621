"""The credit scorecard: factors, their points tables, weights and grades — pure functions.

Each factor turns one figure into 0-100 points through its table (docs/credit.md shows every
table); the score is Σ points × weight ÷ 100 with integer weights summing to 100, so it has at
most two decimals and is exact. A factor whose figure cannot be known gets the points written
next to the reason (`SPECIAL`), never a guess.

Limit utilization is measured against the limit the assessment itself grants: an approved
override's limit, otherwise the suggested limit of the grade the customer ends with. Because
that grade depends on the factor, grades are tried from AAA downwards and the first grade g
whose score grades g is kept; policies give worse grades no more credit than better ones (the
policy service enforces it), so that grade exists and the assessment is a pure function of its
inputs — rerun on the same data, it gives the same result.

A customer with nothing to score — no statement, no invoice ever issued nor payment, no
qualitative answer — is not scored at all: the result says `INSUFFICIENT_DATA` and what is
missing, with no score, grade or suggested limit (docs/credit.md "Insufficient data").
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from typing import Any

from ..kit.serialize import to_json_value
from .models import GRADES, Grade
from .models import AssessmentStatus as Status
from .models import MissingData as Missing
from .policy import PolicyTerms, suggested_limit

RATIO = Decimal("0.0001")
PCT = Decimal("0.01")
HUNDRED = Decimal(100)
UTILIZATION_CAP = Decimal("999.99")


class Group(str, Enum):
    FINANCIAL = "financial"
    BEHAVIOURAL = "behavioural"
    QUALITATIVE = "qualitative"


@dataclass(frozen=True)
class Factor:
    key: str
    group: Group
    label: str
    unit: str
    # Numeric tables: ((bound, points), …) checked in order; `higher` factors match value ≥ bound,
    # lower ones value ≤ bound; `otherwise` when none matches.
    bands: tuple[tuple[Decimal, int], ...] = ()
    higher: bool = True
    otherwise: int = 0
    # Categorical tables.
    categories: Mapping[str, int] = field(default_factory=dict)
    # Points when the figure is unknown, by reason.
    special: Mapping[str, int] = field(default_factory=dict)
    default_weight: int = 0

    def points(self, value: Any) -> int:
        if self.categories:
            return self.categories[value]
        for bound, points in self.bands:
            if (value >= bound) if self.higher else (value <= bound):
                return points
        return self.otherwise


def _bands(*pairs: tuple[str, int]) -> tuple[tuple[Decimal, int], ...]:
    return tuple((Decimal(bound), points) for bound, points in pairs)


NO_STATEMENT = "no_statement"
NO_CURRENT_LIABILITIES = "no_current_liabilities"
NO_REVENUE = "no_revenue"
NO_TOTAL_ASSETS = "no_total_assets"
NO_PREVIOUS_STATEMENT = "no_previous_statement"
NO_PAYMENTS = "no_payments_in_12_months"
NOTHING_OWED = "nothing_owed"
UNKNOWN = "unknown"

FACTORS: tuple[Factor, ...] = (
    Factor("debt_to_asset", Group.FINANCIAL, "资产负债率", "%", _bands(("40", 100), ("55", 80), ("70", 55), ("85", 30)),
           higher=False, otherwise=0, special={NO_STATEMENT: 50, NO_TOTAL_ASSETS: 0}, default_weight=8),
    Factor("current_ratio", Group.FINANCIAL, "流动比率", "×", _bands(("2", 100), ("1.5", 80), ("1.2", 60), ("1", 40)),
           otherwise=10, special={NO_STATEMENT: 50, NO_CURRENT_LIABILITIES: 100}, default_weight=6),
    Factor("quick_ratio", Group.FINANCIAL, "速动比率", "×", _bands(("1.5", 100), ("1", 80), ("0.8", 60), ("0.5", 30)),
           otherwise=0, special={NO_STATEMENT: 50, NO_CURRENT_LIABILITIES: 100}, default_weight=5),
    Factor("net_margin", Group.FINANCIAL, "销售净利率", "%", _bands(("15", 100), ("8", 80), ("3", 60), ("0", 40)),
           otherwise=0, special={NO_STATEMENT: 50, NO_REVENUE: 0}, default_weight=6),
    Factor("ocf_to_current_liabilities", Group.FINANCIAL, "经营现金流/流动负债", "×",
           _bands(("0.4", 100), ("0.2", 75), ("0.1", 50), ("0", 25)),
           otherwise=0, special={NO_STATEMENT: 50, NO_CURRENT_LIABILITIES: 100}, default_weight=5),
    Factor("revenue_growth", Group.FINANCIAL, "营业收入增长率", "%", _bands(("20", 100), ("10", 80), ("0", 60), ("-10", 30)),
           otherwise=0, special={NO_STATEMENT: 50, NO_PREVIOUS_STATEMENT: 50}, default_weight=5),
    Factor("days_late", Group.BEHAVIOURAL, "加权平均逾期天数", "days",
           _bands(("0", 100), ("5", 90), ("15", 70), ("30", 50), ("60", 25)),
           higher=False, otherwise=0, special={NO_PAYMENTS: 50}, default_weight=10),
    Factor("worst_days_overdue", Group.BEHAVIOURAL, "当前最长逾期天数", "days",
           _bands(("0", 100), ("15", 80), ("30", 60), ("60", 35), ("90", 15)), higher=False, otherwise=0, default_weight=10),
    Factor("overdue_ratio", Group.BEHAVIOURAL, "逾期率", "%", _bands(("0", 100), ("10", 80), ("25", 60), ("50", 30)),
           higher=False, otherwise=0, special={NOTHING_OWED: 100}, default_weight=8),
    Factor("broken_promises", Group.BEHAVIOURAL, "违约承诺次数(12个月)", "count", _bands(("0", 100), ("1", 60), ("2", 30)),
           higher=False, otherwise=0, default_weight=5),
    Factor("open_disputes", Group.BEHAVIOURAL, "未决争议", "count", _bands(("0", 100), ("1", 60), ("2", 30)),
           higher=False, otherwise=0, default_weight=3),
    Factor("limit_utilization", Group.BEHAVIOURAL, "额度使用率", "%",
           _bands(("50", 100), ("75", 80), ("90", 60), ("100", 30)), higher=False, otherwise=0, default_weight=5),
    Factor("relationship_months", Group.BEHAVIOURAL, "合作时长(月)", "months",
           _bands(("36", 100), ("24", 80), ("12", 60), ("6", 40)), otherwise=20, default_weight=4),
    Factor("industry_risk", Group.QUALITATIVE, "行业风险", "category",
           categories={"low": 100, "medium": 60, "high": 20}, special={UNKNOWN: 50}, default_weight=4),
    Factor("years_in_business", Group.QUALITATIVE, "经营年限", "years",
           _bands(("10", 100), ("5", 80), ("3", 60), ("1", 40)), otherwise=20, special={UNKNOWN: 50}, default_weight=4),
    Factor("management", Group.QUALITATIVE, "管理水平", "category",
           categories={"strong": 100, "adequate": 60, "weak": 20}, special={UNKNOWN: 50}, default_weight=4),
    Factor("public_record", Group.QUALITATIVE, "公共信用记录", "category",
           categories={"clean": 100, "minor": 40, "dishonest": 0}, special={UNKNOWN: 50}, default_weight=5),
    Factor("guarantee", Group.QUALITATIVE, "担保/信用保险", "category",
           categories={"credit_insurance": 100, "full": 100, "partial": 75, "none": 50}, special={UNKNOWN: 50}, default_weight=3),
)
FACTOR_BY_KEY = {f.key: f for f in FACTORS}
DEFAULT_WEIGHTS: dict[str, int] = {f.key: f.default_weight for f in FACTORS}
DEFAULT_THRESHOLDS: dict[str, int] = {"AAA": 90, "AA": 80, "A": 70, "B": 60}


def grade_for(score: Decimal, thresholds: Mapping[str, Any]) -> Grade:
    for grade in GRADES[:-1]:
        if score >= thresholds[grade.value]:
            return grade
    return Grade.C


# --- inputs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Statement:
    id: str
    period_start: date
    period_end: date
    total_assets: Decimal
    total_liabilities: Decimal
    current_assets: Decimal
    current_liabilities: Decimal
    inventory: Decimal
    cash: Decimal
    revenue: Decimal
    net_profit: Decimal
    operating_cash_flow: Decimal

    @property
    def months(self) -> int:
        return (self.period_end.year - self.period_start.year) * 12 + self.period_end.month - self.period_start.month + 1

    def annualized(self, amount: Decimal) -> Decimal:
        return amount * 12 / self.months


@dataclass(frozen=True)
class Behaviour:
    """From this ledger, in base currency, as of the assessment date."""

    open_balance: Decimal = Decimal(0)
    overdue_balance: Decimal = Decimal(0)
    worst_days_overdue: int = 0
    late_amount_days: Decimal = Decimal(0)  # Σ paid amount × days late, payments of the last 12 months
    paid_amount: Decimal = Decimal(0)  # Σ paid amount, same payments
    sales_12m: Decimal = Decimal(0)  # Σ totals of invoices issued in the last 12 months
    first_issue_date: date | None = None
    broken_promises: int = 0
    open_disputes: int = 0


@dataclass(frozen=True)
class Qualitative:
    industry_risk: str | None = None
    management: str | None = None
    public_record: str | None = None
    guarantee: str | None = None
    founded_on: date | None = None


@dataclass(frozen=True)
class Config:
    weights: Mapping[str, int]
    thresholds: Mapping[str, Any]
    policies: Mapping[Grade, PolicyTerms]


@dataclass(frozen=True)
class Inputs:
    as_of: date
    statement: Statement | None
    previous_statement: Statement | None
    behaviour: Behaviour
    qualitative: Qualitative
    override_limit: Decimal | None = None


@dataclass(frozen=True)
class FactorResult:
    key: str
    group: Group
    value: Any
    points: int
    weight: int
    note: str | None

    @property
    def contribution(self) -> Decimal:
        return Decimal(self.points * self.weight) / HUNDRED

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "group": self.group.value,
            "value": to_json_value(self.value),
            "points": self.points,
            "weight": self.weight,
            "contribution": str(self.contribution),
            "note": self.note,
        }


@dataclass(frozen=True)
class Result:
    status: Status
    missing: tuple[Missing, ...]
    score: Decimal | None
    grade: Grade | None
    factors: tuple[FactorResult, ...]
    suggested_limit: Decimal | None
    limit_reasoning: dict[str, Any] | None
    inputs: dict[str, Any]
    fingerprint: str


def missing_data(inputs: Inputs) -> tuple[Missing, ...]:
    """The factor groups with no figure at all: no statement; no invoice ever issued and no money
    received in the last 12 months; no qualitative answer (founding date included)."""
    q = inputs.qualitative
    b = inputs.behaviour
    gaps = {
        Missing.FINANCIALS: inputs.statement is None,
        Missing.PAYMENT_HISTORY: b.first_issue_date is None and b.paid_amount == 0,
        Missing.QUALITATIVE_PROFILE: all(getattr(q, name) is None for name in Qualitative.__dataclass_fields__),
    }
    return tuple(group for group, gap in gaps.items() if gap)


# --- factor values --------------------------------------------------------------------------


def _q(value: Decimal, unit: Decimal) -> Decimal:
    return value.quantize(unit, rounding=ROUND_HALF_UP)


def _months_between(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(months, 0)


Evaluation = tuple[Any, str | None]  # (value, special reason)


def _financial(inputs: Inputs) -> dict[str, Evaluation]:
    s = inputs.statement
    if s is None:
        return {key: (None, NO_STATEMENT) for key in (
            "debt_to_asset", "current_ratio", "quick_ratio", "net_margin", "ocf_to_current_liabilities", "revenue_growth")}
    values: dict[str, Evaluation] = {}
    values["debt_to_asset"] = (
        (_q(s.total_liabilities / s.total_assets * HUNDRED, PCT), None) if s.total_assets > 0 else (None, NO_TOTAL_ASSETS)
    )
    if s.current_liabilities > 0:
        values["current_ratio"] = (_q(s.current_assets / s.current_liabilities, RATIO), None)
        values["quick_ratio"] = (_q((s.current_assets - s.inventory) / s.current_liabilities, RATIO), None)
        values["ocf_to_current_liabilities"] = (_q(s.annualized(s.operating_cash_flow) / s.current_liabilities, RATIO), None)
    else:
        for key in ("current_ratio", "quick_ratio", "ocf_to_current_liabilities"):
            values[key] = (None, NO_CURRENT_LIABILITIES)
    values["net_margin"] = (_q(s.net_profit / s.revenue * HUNDRED, PCT), None) if s.revenue > 0 else (None, NO_REVENUE)
    p = inputs.previous_statement
    if p is None or p.revenue <= 0:
        values["revenue_growth"] = (None, NO_PREVIOUS_STATEMENT)
    else:
        growth = (s.annualized(s.revenue) / p.annualized(p.revenue) - 1) * HUNDRED
        values["revenue_growth"] = (_q(growth, PCT), None)
    return values


def _utilization(exposure: Decimal, limit: Decimal) -> Evaluation:
    if limit == 0:
        return (Decimal("0.00") if exposure <= 0 else UTILIZATION_CAP), None
    return min(_q(exposure / limit * HUNDRED, PCT), UTILIZATION_CAP), None


def _behavioural(inputs: Inputs) -> dict[str, Evaluation]:
    b = inputs.behaviour
    values: dict[str, Evaluation] = {}
    values["days_late"] = (_q(b.late_amount_days / b.paid_amount, PCT), None) if b.paid_amount > 0 else (None, NO_PAYMENTS)
    values["worst_days_overdue"] = (b.worst_days_overdue, None)
    values["overdue_ratio"] = (
        (_q(b.overdue_balance / b.open_balance * HUNDRED, PCT), None) if b.open_balance > 0 else (None, NOTHING_OWED)
    )
    values["broken_promises"] = (b.broken_promises, None)
    values["open_disputes"] = (b.open_disputes, None)
    values["relationship_months"] = (_months_between(b.first_issue_date, inputs.as_of) if b.first_issue_date else 0, None)
    return values


def _qualitative(inputs: Inputs) -> dict[str, Evaluation]:
    q = inputs.qualitative
    values: dict[str, Evaluation] = {}
    for key in ("industry_risk", "management", "public_record", "guarantee"):
        value = getattr(q, key)
        values[key] = (value, None) if value is not None else (None, UNKNOWN)
    if q.founded_on is None:
        values["years_in_business"] = (None, UNKNOWN)
    else:
        values["years_in_business"] = (_months_between(q.founded_on, inputs.as_of) // 12, None)
    return values


def _result(key: str, evaluation: Evaluation, weights: Mapping[str, int]) -> FactorResult:
    factor = FACTOR_BY_KEY[key]
    value, reason = evaluation
    points = factor.special[reason] if reason is not None else factor.points(value)
    return FactorResult(key, factor.group, value, points, int(weights.get(key, 0)), reason)


def _fingerprint(factors: tuple[FactorResult, ...], score: Decimal, grade: Grade, limit: Decimal) -> str:
    material = [[f.key, f.points, f.weight] for f in factors] + [str(score), grade.value, to_json_value(limit)]
    return hashlib.sha256(json.dumps(material, separators=(",", ":")).encode()).hexdigest()


def assess(inputs: Inputs, config: Config) -> Result:
    missing = missing_data(inputs)
    if len(missing) == len(Missing):
        record = to_json_value(_inputs_record(inputs, inputs.behaviour.open_balance, None))
        material = [Status.INSUFFICIENT_DATA.value, [m.value for m in missing]]
        return Result(
            status=Status.INSUFFICIENT_DATA, missing=missing, score=None, grade=None, factors=(), suggested_limit=None,
            limit_reasoning=None, inputs=record,
            fingerprint=hashlib.sha256(json.dumps(material, separators=(",", ":")).encode()).hexdigest(),
        )
    evaluations = {**_financial(inputs), **_behavioural(inputs), **_qualitative(inputs)}
    fixed = {key: _result(key, ev, config.weights) for key, ev in evaluations.items()}
    base = sum(r.points * r.weight for r in fixed.values())
    annual_revenue = inputs.statement.annualized(inputs.statement.revenue) if inputs.statement else None
    exposure = inputs.behaviour.open_balance

    def attempt(limit: Decimal) -> tuple[FactorResult, Decimal]:
        util = _result("limit_utilization", _utilization(exposure, limit), config.weights)
        return util, Decimal(base + util.points * util.weight) / HUNDRED

    def limit_of(grade: Grade) -> tuple[Decimal, dict[str, Any]]:
        return suggested_limit(config.policies[grade], annual_revenue, inputs.behaviour.sales_12m)

    if inputs.override_limit is not None:
        util, score = attempt(inputs.override_limit)
        grade = grade_for(score, config.thresholds)
        limit, reasoning = limit_of(grade)
        reasoning = {**reasoning, "override_limit": inputs.override_limit, "utilization_measured_against": "override"}
    else:
        for candidate in GRADES:
            limit, reasoning = limit_of(candidate)
            util, score = attempt(limit)
            grade = grade_for(score, config.thresholds)
            if GRADES.index(grade) <= GRADES.index(candidate):
                break
        reasoning = {**reasoning, "utilization_measured_against": "suggested_limit"}
    factors = tuple(util if f.key == "limit_utilization" else fixed[f.key] for f in FACTORS)
    return Result(
        status=Status.SCORED,
        missing=missing,
        score=score,
        grade=grade,
        factors=factors,
        suggested_limit=limit,
        limit_reasoning=to_json_value(reasoning),
        inputs=to_json_value(_inputs_record(inputs, exposure, annual_revenue)),
        fingerprint=_fingerprint(factors, score, grade, limit),
    )


def _inputs_record(inputs: Inputs, exposure: Decimal, annual_revenue: Decimal | None) -> dict[str, Any]:
    def statement(s: Statement | None) -> dict[str, Any] | None:
        if s is None:
            return None
        return {name: getattr(s, name) for name in Statement.__dataclass_fields__} | {"months": s.months}

    return {
        "as_of": inputs.as_of,
        "statement": statement(inputs.statement),
        "previous_statement": statement(inputs.previous_statement),
        "annualized_revenue": _q(annual_revenue, PCT) if annual_revenue is not None else None,
        "behaviour": {name: getattr(inputs.behaviour, name) for name in Behaviour.__dataclass_fields__},
        "exposure": exposure,
        "qualitative": {name: getattr(inputs.qualitative, name) for name in Qualitative.__dataclass_fields__},
        "override_limit": inputs.override_limit,
    }
