"""Late-fee (interest) arithmetic, kept apart from the database so it can be checked by hand.

For one invoice and one period (a calendar month), each day d of the period is charged on the
overdue open amount at the end of that day: the open amounts of the parts whose due date plus
the grace days is before d, with every ledger row dated on or before d counted (a payment on day
d stops the interest for day d). Then

    balance days = Σ_d overdue(d)          days = #{d : overdue(d) > 0}
    amount       = round(balance days × daily rate)        (the organization's rounding)
    base amount  = round(balance days ÷ days)              (the average daily overdue balance)

so amount ≈ base amount × days × daily rate, exact when the overdue amount did not change.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ..kit.money import Rounding, quantize
from .balances import ZERO, Part, fill_parts, overdue_amount


@dataclass(frozen=True)
class Reduction:
    """A ledger row that reduces the invoice from `start` on, until `end` (a reversal) if any."""

    start: date
    amount: Decimal
    end: date | None = None

    def counts_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Accrual:
    period_start: date
    period_end: date
    days: int
    base_amount: Decimal
    amount: Decimal


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def complete_months(first_day: date, as_of: date) -> Iterator[tuple[date, date]]:
    """(start, end) of each calendar month from the one holding `first_day` that ended before `as_of`."""
    start = month_start(first_day)
    while (end := month_end(start)) < as_of:
        yield start, end
        start = end + timedelta(days=1)


def first_chargeable_day(parts: Sequence[Part], grace_days: int) -> date:
    return min(p.due_date for p in parts) + timedelta(days=grace_days + 1)


def accrue(
    parts: Sequence[Part],
    reductions: Sequence[Reduction],
    period_start: date,
    period_end: date,
    daily_rate: Decimal,
    grace_days: int,
    rounding: Rounding,
) -> Accrual | None:
    """The interest of one period, or None when nothing was overdue on any of its days."""
    days = 0
    balance_days = ZERO
    day = period_start
    while day <= period_end:
        reduced = sum((r.amount for r in reductions if r.counts_on(day)), ZERO)
        overdue = overdue_amount(parts, fill_parts(parts, reduced), day, grace_days)
        if overdue > 0:
            days += 1
            balance_days += overdue
        day += timedelta(days=1)
    if days == 0:
        return None
    return Accrual(
        period_start=period_start,
        period_end=period_end,
        days=days,
        base_amount=quantize(balance_days / days, rounding),
        amount=quantize(balance_days * daily_rate, rounding),
    )
