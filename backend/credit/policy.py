"""Grade policies: what each grade gets, the defaults, and the suggested credit limit formula."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from ..payments.models import PaymentMethod
from .models import GRADES, CreditPolicy, Grade

LIMIT_STEP = Decimal(1000)
ALL_METHODS = tuple(m.value for m in PaymentMethod)
# Worse grades do without the slow instruments (cheques, bank acceptance bills) that delay cash.
IMMEDIATE_METHODS = tuple(m.value for m in PaymentMethod if m not in (PaymentMethod.CHEQUE, PaymentMethod.BANK_ACCEPTANCE_BILL))


@dataclass(frozen=True)
class PolicyTerms:
    grade: Grade
    credit_limit_cap: Decimal | None
    revenue_limit_pct: Decimal | None
    payment_terms_days: int
    allowed_payment_methods: tuple[str, ...]
    prepayment_required: bool = False
    guarantee_required: bool = False
    credit_hold: bool = False
    hold_overdue_days: int | None = None
    dunning_policy_id: uuid.UUID | None = None
    version: int = 0

    @classmethod
    def from_model(cls, row: CreditPolicy) -> "PolicyTerms":
        return cls(
            grade=row.grade,
            credit_limit_cap=row.credit_limit_cap,
            revenue_limit_pct=row.revenue_limit_pct,
            payment_terms_days=row.payment_terms_days,
            allowed_payment_methods=tuple(row.allowed_payment_methods),
            prepayment_required=row.prepayment_required,
            guarantee_required=row.guarantee_required,
            credit_hold=row.credit_hold,
            hold_overdue_days=row.hold_overdue_days,
            dunning_policy_id=row.dunning_policy_id,
            version=row.version,
        )

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("grade", "version")}

    def with_changes(self, changes: Mapping[str, Any]) -> "PolicyTerms":
        return replace(self, **changes)


DEFAULT_POLICIES: dict[Grade, PolicyTerms] = {
    Grade.AAA: PolicyTerms(Grade.AAA, Decimal("5000000.00"), Decimal("15.00"), 90, ALL_METHODS, hold_overdue_days=120),
    Grade.AA: PolicyTerms(Grade.AA, Decimal("2000000.00"), Decimal("10.00"), 60, ALL_METHODS, hold_overdue_days=90),
    Grade.A: PolicyTerms(Grade.A, Decimal("1000000.00"), Decimal("8.00"), 45, ALL_METHODS, hold_overdue_days=60),
    Grade.B: PolicyTerms(
        Grade.B, Decimal("300000.00"), Decimal("5.00"), 30, IMMEDIATE_METHODS, guarantee_required=True, hold_overdue_days=45
    ),
    Grade.C: PolicyTerms(Grade.C, Decimal("0.00"), Decimal("0.00"), 0, IMMEDIATE_METHODS, prepayment_required=True, hold_overdue_days=30),
}


def merge_with_defaults(rows: list[CreditPolicy]) -> dict[Grade, PolicyTerms]:
    policies = dict(DEFAULT_POLICIES)
    for row in rows:
        policies[Grade(row.grade)] = PolicyTerms.from_model(row)
    return policies


def suggested_limit(policy: PolicyTerms, annual_revenue: Decimal | None, sales_12m: Decimal) -> tuple[Decimal, dict[str, Any]]:
    """min(cap, max(annualized revenue × revenue %, average monthly credit sales × (terms + 30) ÷ 30)),
    rounded down to a multiple of 1,000: what a customer of this size and trading volume needs,
    never above what its grade may have."""
    revenue_based = (
        annual_revenue * policy.revenue_limit_pct / 100
        if annual_revenue is not None and policy.revenue_limit_pct is not None
        else None
    )
    monthly_sales = sales_12m / 12
    history_based = monthly_sales * (policy.payment_terms_days + 30) / 30
    basis = max(revenue_based or Decimal(0), history_based)
    capped = policy.credit_limit_cap is not None and policy.credit_limit_cap < basis
    raw = policy.credit_limit_cap if capped and policy.credit_limit_cap is not None else basis
    limit = (raw / LIMIT_STEP).to_integral_value(rounding=ROUND_FLOOR) * LIMIT_STEP
    return limit.quantize(Decimal("0.01")), {
        "grade": policy.grade.value,
        "cap": policy.credit_limit_cap,
        "revenue_limit_pct": policy.revenue_limit_pct,
        "annualized_revenue": annual_revenue.quantize(Decimal("0.01")) if annual_revenue is not None else None,
        "revenue_based": revenue_based.quantize(Decimal("0.01")) if revenue_based is not None else None,
        "average_monthly_sales": monthly_sales.quantize(Decimal("0.01")),
        "payment_terms_days": policy.payment_terms_days,
        "history_based": history_based.quantize(Decimal("0.01")),
        "basis": "revenue" if revenue_based is not None and revenue_based >= history_based else "history",
        "capped": capped,
    }


def order_problem(policies: Mapping[Grade, PolicyTerms]) -> str | None:
    """A worse grade may not get a higher cap, revenue % or longer terms than a better one."""
    infinite = Decimal("Infinity")
    for better, worse in zip(GRADES, GRADES[1:]):
        b, w = policies[better], policies[worse]
        if (w.credit_limit_cap if w.credit_limit_cap is not None else infinite) > (
            b.credit_limit_cap if b.credit_limit_cap is not None else infinite
        ):
            return f"The {worse.value} cap is above the {better.value} cap."
        if (w.revenue_limit_pct or 0) > (b.revenue_limit_pct or 0):
            return f"The {worse.value} revenue percentage is above the {better.value} one."
        if w.payment_terms_days > b.payment_terms_days:
            return f"The {worse.value} payment terms are longer than the {better.value} ones."
    return None
