"""The KPI formulas of domain.md, exactly, on figures already in the base currency.

A ratio whose denominator is zero is None (shown as "—"), never zero and never an error.
Day-based results are rounded to one decimal, percentages to two, plain ratios to four.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

ONE_DECIMAL = Decimal("0.1")
TWO_DECIMALS = Decimal("0.01")
FOUR_DECIMALS = Decimal("0.0001")


def _ratio(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    return None if denominator == 0 else numerator / denominator


def _round(value: Decimal | None, step: Decimal) -> Decimal | None:
    return None if value is None else value.quantize(step, rounding=ROUND_HALF_UP)


def standard_dso(ending_ar: Decimal, credit_sales: Decimal, days: int) -> Decimal | None:
    """Ending AR ÷ credit sales in the period × days in the period."""
    ratio = _ratio(ending_ar, credit_sales)
    return _round(None if ratio is None else ratio * days, ONE_DECIMAL)


@dataclass(frozen=True)
class MonthSales:
    days: int
    credit_sales: Decimal


def countback_dso(ending_ar: Decimal, months_latest_first: Sequence[MonthSales]) -> Decimal | None:
    """From the last month backwards, take each month's sales off the ending AR while AR remains:
    the days of each fully consumed month, plus the remainder ÷ that month's sales × its days.
    None when AR is left after every month given (the organization's whole history: its sales never
    consume the ending AR). A month without sales in the way counts its full days."""
    remaining = ending_ar
    days = Decimal(0)
    for month in months_latest_first:
        if remaining <= 0:
            break
        if remaining >= month.credit_sales:
            remaining -= month.credit_sales
            days += month.days
        else:
            days += remaining / month.credit_sales * month.days
            remaining = Decimal(0)
    if remaining > 0:
        return None
    return _round(days, ONE_DECIMAL)


def best_possible_dso(current_ar: Decimal, credit_sales: Decimal, days: int) -> Decimal | None:
    """Current (not yet due) AR ÷ credit sales × days."""
    ratio = _ratio(current_ar, credit_sales)
    return _round(None if ratio is None else ratio * days, ONE_DECIMAL)


def average_days_delinquent(ending_ar: Decimal, current_ar: Decimal, credit_sales: Decimal, days: int) -> Decimal | None:
    """ADD = DSO − best possible DSO = overdue AR ÷ credit sales × days (computed unrounded)."""
    ratio = _ratio(ending_ar - current_ar, credit_sales)
    return _round(None if ratio is None else ratio * days, ONE_DECIMAL)


def cei(beginning_ar: Decimal, credit_sales: Decimal, ending_ar: Decimal, ending_current_ar: Decimal) -> Decimal | None:
    """(Beginning AR + sales − ending total AR) ÷ (beginning AR + sales − ending current AR) × 100."""
    ratio = _ratio(beginning_ar + credit_sales - ending_ar, beginning_ar + credit_sales - ending_current_ar)
    return _round(None if ratio is None else ratio * 100, TWO_DECIMALS)


def collection_rate(cash_collected: Decimal, beginning_ar: Decimal, credit_sales: Decimal) -> Decimal | None:
    """Cash collected ÷ (beginning AR + credit sales)."""
    return _round(_ratio(cash_collected, beginning_ar + credit_sales), FOUR_DECIMALS)


def overdue_ratio(overdue_ar: Decimal, total_ar: Decimal) -> Decimal | None:
    return _round(_ratio(overdue_ar, total_ar), FOUR_DECIMALS)


def bad_debt_ratio(write_offs: Decimal, credit_sales: Decimal) -> Decimal | None:
    return _round(_ratio(write_offs, credit_sales), FOUR_DECIMALS)


def ar_turnover(credit_sales: Decimal, beginning_ar: Decimal, ending_ar: Decimal) -> Decimal | None:
    """Credit sales ÷ average AR (the mean of beginning and ending AR)."""
    return _round(_ratio(credit_sales, (beginning_ar + ending_ar) / 2), FOUR_DECIMALS)


def turnover_days(days: int, credit_sales: Decimal, beginning_ar: Decimal, ending_ar: Decimal) -> Decimal | None:
    """Days ÷ turnover = days × average AR ÷ credit sales (computed unrounded); None whenever the
    turnover itself is None (no credit sales, or an average AR of zero)."""
    average_ar = (beginning_ar + ending_ar) / 2
    if average_ar == 0:
        return None
    ratio = _ratio(average_ar, credit_sales)
    return _round(None if ratio is None else ratio * days, ONE_DECIMAL)


def promise_kept_rate(kept: Decimal, fallen_due: int) -> Decimal | None:
    """Σ kept ratios ÷ promises fallen due (a promise kept in part counts its kept ratio)."""
    return _round(_ratio(kept, Decimal(fallen_due)), FOUR_DECIMALS)


def weighted_days(amount_days: Decimal, amount: Decimal) -> Decimal | None:
    """Σ amount × days ÷ Σ amount: days weighted by the money they concern."""
    return _round(_ratio(amount_days, amount), ONE_DECIMAL)
