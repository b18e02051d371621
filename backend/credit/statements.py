"""Financial statement figures: their checks and the ratios derived from them."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..kit.errors import FieldError
from ..kit.money import MAX_AMOUNT, to_decimal
from .errors import CreditErrorCode as Code

AMOUNTS = (
    "total_assets", "total_liabilities", "current_assets", "current_liabilities", "inventory", "cash",
    "revenue", "net_profit", "operating_cash_flow",
)
NON_NEGATIVE = AMOUNTS[:7]
MAX_PERIOD_MONTHS = 12
# Liabilities above ten times the assets are a typing error, not a company.
MAX_DEBT_MULTIPLE = 10


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def period_errors(start: date, end: date, today: date) -> list[FieldError]:
    errors = []
    if start.day != 1:
        errors.append(FieldError(Code.INVALID_PERIOD, "A period starts on the first day of a month.", "periodStart"))
    if end.day != calendar.monthrange(end.year, end.month)[1]:
        errors.append(FieldError(Code.INVALID_PERIOD, "A period ends on the last day of a month.", "periodEnd"))
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if end < start or months > MAX_PERIOD_MONTHS:
        errors.append(FieldError(Code.INVALID_PERIOD, "A period covers 1 to 12 whole months.", "periodEnd"))
    elif end > today:
        errors.append(FieldError(Code.INVALID_PERIOD, "The period has not ended yet.", "periodEnd"))
    return errors


def figure_errors(raw: dict[str, Any]) -> tuple[dict[str, Decimal], list[FieldError]]:
    """Parse and check the nine amounts; the cross-checks run only when each amount parsed."""
    values: dict[str, Decimal] = {}
    errors: list[FieldError] = []
    for name in AMOUNTS:
        amount = to_decimal(raw.get(name))
        if amount is None or abs(amount) > MAX_AMOUNT or amount != amount.quantize(Decimal("0.01")):
            errors.append(FieldError(Code.INVALID_AMOUNT, "Enter an amount with at most 2 decimals.", _camel(name)))
        elif name in NON_NEGATIVE and amount < 0:
            errors.append(FieldError(Code.NEGATIVE_AMOUNT, "This figure cannot be negative.", _camel(name)))
        else:
            values[name] = amount.quantize(Decimal("0.01"))
    if errors:
        return values, errors
    v = values
    if v["current_assets"] > v["total_assets"]:
        errors.append(FieldError(Code.INCONSISTENT_FIGURES, "Current assets cannot exceed total assets.", "currentAssets"))
    if v["current_liabilities"] > v["total_liabilities"]:
        errors.append(
            FieldError(Code.INCONSISTENT_FIGURES, "Current liabilities cannot exceed total liabilities.", "currentLiabilities")
        )
    if v["inventory"] + v["cash"] > v["current_assets"]:
        errors.append(
            FieldError(Code.INCONSISTENT_FIGURES, "Inventory and cash are parts of current assets: together not more.", "inventory")
        )
    if v["total_assets"] == 0 and v["total_liabilities"] > 0:
        errors.append(FieldError(Code.ABSURD_FIGURES, "Liabilities with zero assets: check the balance sheet.", "totalLiabilities"))
    elif v["total_liabilities"] > v["total_assets"] * MAX_DEBT_MULTIPLE:
        errors.append(
            FieldError(Code.ABSURD_FIGURES, "Liabilities above ten times the assets: check the figures.", "totalLiabilities")
        )
    if v["net_profit"] > v["revenue"]:
        errors.append(FieldError(Code.ABSURD_FIGURES, "Net profit cannot exceed revenue.", "netProfit"))
    if all(v[name] == 0 for name in AMOUNTS):
        errors.append(FieldError(Code.ABSURD_FIGURES, "Every figure is zero.", "totalAssets"))
    return values, errors


def _ratio(numerator: Decimal, denominator: Decimal, unit: str = "0.0001") -> Decimal | None:
    if denominator == 0:
        return None
    return (numerator / denominator).quantize(Decimal(unit), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Ratios:
    debt_to_asset: Decimal | None
    current_ratio: Decimal | None
    quick_ratio: Decimal | None
    cash_ratio: Decimal | None
    net_margin: Decimal | None
    ocf_to_current_liabilities: Decimal | None
    equity: Decimal


def ratios(s: Any) -> Ratios:
    """Ratios of one statement's own figures (a ratio with a zero denominator is null).
    debt_to_asset and net_margin are fractions here (0.4 = 40 %)."""
    return Ratios(
        debt_to_asset=_ratio(s.total_liabilities, s.total_assets),
        current_ratio=_ratio(s.current_assets, s.current_liabilities),
        quick_ratio=_ratio(s.current_assets - s.inventory, s.current_liabilities),
        cash_ratio=_ratio(s.cash, s.current_liabilities),
        net_margin=_ratio(s.net_profit, s.revenue),
        ocf_to_current_liabilities=_ratio(s.operating_cash_flow, s.current_liabilities),
        equity=s.total_assets - s.total_liabilities,
    )
