"""What an alert says, as a code and typed parameters: the SPA renders its title in the reader's
language from both (alertMessages.* texts), exports and SQL readers use `render` with the same
templates. Derived from the alert's kind and stored figures (`details`), so alerts raised before
codes existed read the same way."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from ..kit.errors import Amount, MessageParam, Percent, message_params
from ..kit.messages import render
from .models import RuleKind


class AlertCode(str, Enum):
    OVERDUE_DAYS = "OVERDUE_DAYS"
    OVERDUE_AMOUNT = "OVERDUE_AMOUNT"
    LIMIT_UTILIZATION = "LIMIT_UTILIZATION"
    LIMIT_EXCEEDED_ZERO_LIMIT = "LIMIT_EXCEEDED_ZERO_LIMIT"
    GRADE_DOWNGRADE = "GRADE_DOWNGRADE"
    BROKEN_PROMISE = "BROKEN_PROMISE"
    PROMISE_SHORT = "PROMISE_SHORT"
    PLAN_DEFAULTED = "PLAN_DEFAULTED"
    PUBLIC_RECORD_MINOR = "PUBLIC_RECORD_MINOR"
    PUBLIC_RECORD_DISHONEST = "PUBLIC_RECORD_DISHONEST"


# The same texts as the SPA's alertMessages.titles (frontend/src/i18n/alerts.*.ts).
TITLES: dict[str, dict[AlertCode, str]] = {
    "zh-CN": {
        AlertCode.OVERDUE_DAYS: "最长逾期 {{days}} 天（阈值 {{threshold}} 天）",
        AlertCode.OVERDUE_AMOUNT: "逾期金额 {{overdueBalance}}（阈值 {{threshold}}）",
        AlertCode.LIMIT_UTILIZATION: "额度使用率 {{utilization}}（阈值 {{threshold}}）",
        AlertCode.LIMIT_EXCEEDED_ZERO_LIMIT: "信用额度为零，仍有欠款 {{exposure}}",
        AlertCode.GRADE_DOWNGRADE: "信用等级由 {{from}} 下调至 {{to}}",
        AlertCode.BROKEN_PROMISE: "承诺付款违约",
        AlertCode.PROMISE_SHORT: "承诺于{{promisedOn}}前付款 {{amount}}，仅收到 {{paid}}",
        AlertCode.PLAN_DEFAULTED: "分期付款计划于{{endedOn}}违约：计划 {{amount}}，已收 {{paid}}",
        AlertCode.PUBLIC_RECORD_MINOR: "公共信用记录：有轻微不良记录",
        AlertCode.PUBLIC_RECORD_DISHONEST: "公共信用记录：列入失信被执行人",
    },
    "en": {
        AlertCode.OVERDUE_DAYS: "Oldest debt {{days}} days overdue (threshold {{threshold}} days)",
        AlertCode.OVERDUE_AMOUNT: "Overdue balance {{overdueBalance}} (threshold {{threshold}})",
        AlertCode.LIMIT_UTILIZATION: "Credit limit {{utilization}} used (threshold {{threshold}})",
        AlertCode.LIMIT_EXCEEDED_ZERO_LIMIT: "Owes {{exposure}} with a zero credit limit",
        AlertCode.GRADE_DOWNGRADE: "Credit grade down from {{from}} to {{to}}",
        AlertCode.BROKEN_PROMISE: "Promise to pay broken",
        AlertCode.PROMISE_SHORT: "Promised {{amount}} by {{promisedOn}}; {{paid}} received",
        AlertCode.PLAN_DEFAULTED: "Payment plan of {{amount}} defaulted on {{endedOn}}; {{paid}} received",
        AlertCode.PUBLIC_RECORD_MINOR: "Public credit record: minor adverse entries",
        AlertCode.PUBLIC_RECORD_DISHONEST: "Public credit record: listed as a dishonest judgment debtor",
    },
}


def _amount(value: Any, currency: str) -> Amount:
    return Amount(Decimal(str(value)), currency)


def _decimal(value: Any) -> Decimal:
    """A stored figure as a Decimal without needless trailing zeros (90.00 → 90, 12.50 → 12.5)."""
    number = Decimal(str(value))
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()


def alert_message(kind: RuleKind, details: Mapping[str, Any]) -> tuple[AlertCode, tuple[MessageParam, ...]]:
    """The code and parameters of an alert of `kind` with these stored figures. Amounts are in the
    organization's base currency, stored with the figures (`currency`); alerts raised before it was
    stored are read as CNY, the default base currency."""
    money = details.get("currency") or "CNY"
    if kind is RuleKind.OVERDUE_DAYS:
        return AlertCode.OVERDUE_DAYS, message_params({
            "days": int(details["worst_days_overdue"]),
            "threshold": _decimal(details["threshold"]),
            "overdueBalance": _amount(details["overdue_balance"], money),
        })
    if kind is RuleKind.OVERDUE_AMOUNT:
        return AlertCode.OVERDUE_AMOUNT, message_params({
            "overdueBalance": _amount(details["overdue_balance"], money),
            "threshold": _amount(details["threshold"], money),
        })
    if kind is RuleKind.LIMIT_UTILIZATION:
        figures = {
            "exposure": _amount(details["exposure"], money),
            "creditLimit": _amount(details["credit_limit"], money),
            "threshold": Percent(_decimal(details["threshold"])),
        }
        if details.get("utilization_pct") is None:
            return AlertCode.LIMIT_EXCEEDED_ZERO_LIMIT, message_params(figures)
        return AlertCode.LIMIT_UTILIZATION, message_params({"utilization": Percent(_decimal(details["utilization_pct"])), **figures})
    if kind is RuleKind.GRADE_DOWNGRADE:
        return AlertCode.GRADE_DOWNGRADE, message_params({"from": details["from"], "to": details["to"]})
    if kind is RuleKind.BROKEN_PROMISE:
        if "amount" not in details:  # raised before the figures were stored with it
            return AlertCode.BROKEN_PROMISE, ()
        figures = {"amount": _amount(details["amount"], money), "paid": _amount(details["paid"], money)}
        due_on = date.fromisoformat(str(details["due_on"]))
        if details.get("kind") == "plan":
            return AlertCode.PLAN_DEFAULTED, message_params({**figures, "endedOn": due_on})
        return AlertCode.PROMISE_SHORT, message_params({**figures, "promisedOn": due_on})
    code = AlertCode.PUBLIC_RECORD_DISHONEST if details.get("record") == "dishonest" else AlertCode.PUBLIC_RECORD_MINOR
    return code, message_params({"note": details.get("note", "")})


def render_title(code: AlertCode, params: tuple[MessageParam, ...], language: str) -> str:
    """The alert's title in `language` ("zh-CN" or "en"), numbers and dates formatted for it."""
    return render(TITLES[language][code], params, language)
