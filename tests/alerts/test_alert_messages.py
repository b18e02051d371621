"""Issue 10, messages: every alert carries a stable code and typed parameters (amounts with their
currency, grades, the assessment as a link target), and its text is rendered from them in the
reader's language: never the stored Chinese title."""

from __future__ import annotations

from decimal import Decimal

from backend.accounts.models import Role
from backend.alerts import service
from backend.alerts.messages import AlertCode, alert_message, render_title
from backend.alerts.models import Alert, RuleKind
from backend.credit import reassess
from backend.credit import service as credit
from backend.credit.models import PublicRecord
from backend.kit.errors import MessageParam, ParamKind
from tests.credit.factories import customer, days, invoice, org_and_owner, profile
from tests.fixtures.api import member

ALERTS_QUERY = """
query { alerts(filter: {states: [OPEN, ACKNOWLEDGED, RESOLVED]}) { nodes { kind code assessmentId params { name kind value currency } } } }
"""


def _params(alert: Alert) -> dict[str, tuple[str, str, str | None]]:
    return {p.name: (p.kind.value, p.value, p.currency) for p in alert_message(alert.kind, alert.details)[1]}


async def test_condition_alerts_carry_codes_and_amounts_with_the_base_currency():
    org, _ = await org_and_owner()
    org.base_currency = "USD"
    await org.save()
    late = await customer(org, credit_limit=Decimal("1000000"))
    # 120,000.50 open, due 45 days ago: over the 30-day rule (not the 90-day one) and the 100,000 amount rule.
    await invoice(org, late, total="120000.50", issued=-75, due=-45)
    near = await customer(org, credit_limit=Decimal("8000"))
    await invoice(org, near, total="7600", issued=-5, due=25)  # 7,600 of 8,000 = 95 % > 90 %
    zero = await customer(org, credit_limit=Decimal("0"))
    await invoice(org, zero, total="250", issued=-5, due=25)  # owes something with a zero limit
    assert await service.evaluate_customers(org.id, [late.id, near.id, zero.id], days(0)) == 4
    alerts = {(a.customer_id, a.kind): a for a in await Alert.filter(organization_id=org.id)}

    days_alert = alerts[(late.id, RuleKind.OVERDUE_DAYS)]
    assert alert_message(days_alert.kind, days_alert.details)[0] is AlertCode.OVERDUE_DAYS
    assert _params(days_alert) == {
        "days": ("NUMBER", "45", None), "threshold": ("NUMBER", "30", None), "overdueBalance": ("AMOUNT", "120000.50", "USD"),
    }
    amount_alert = alerts[(late.id, RuleKind.OVERDUE_AMOUNT)]
    assert _params(amount_alert) == {"overdueBalance": ("AMOUNT", "120000.50", "USD"), "threshold": ("AMOUNT", "100000.00", "USD")}
    used = alerts[(near.id, RuleKind.LIMIT_UTILIZATION)]
    assert alert_message(used.kind, used.details)[0] is AlertCode.LIMIT_UTILIZATION
    assert _params(used) == {
        "utilization": ("PERCENT", "95", None), "exposure": ("AMOUNT", "7600.00", "USD"), "creditLimit": ("AMOUNT", "8000.00", "USD"),
        "threshold": ("PERCENT", "90", None),
    }
    over_zero = alerts[(zero.id, RuleKind.LIMIT_UTILIZATION)]
    assert alert_message(over_zero.kind, over_zero.details)[0] is AlertCode.LIMIT_EXCEEDED_ZERO_LIMIT

    # Rendered by hand in both languages (babel, as the SPA does with Intl).
    assert render_title(*alert_message(days_alert.kind, days_alert.details), "en") == "Oldest debt 45 days overdue (threshold 30 days)"
    assert render_title(*alert_message(amount_alert.kind, amount_alert.details), "en") == (
        "Overdue balance $120,000.50 (threshold $100,000.00)"
    )
    assert render_title(*alert_message(amount_alert.kind, amount_alert.details), "zh-CN") == "逾期金额 US$120,000.50（阈值 US$100,000.00）"
    assert render_title(*alert_message(used.kind, used.details), "en") == "Credit limit 95% used (threshold 90%)"
    assert render_title(*alert_message(over_zero.kind, over_zero.details), "zh-CN") == "信用额度为零，仍有欠款 US$250.00"
    assert days_alert.title == "最长逾期 45 天（阈值 30 天）"  # the column, for readers of the table itself


async def test_downgrade_public_record_and_broken_promise_codes_through_the_api(gql):
    org, owner = await org_and_owner()
    reader = await member(gql, Role.AUDITOR, org=org)
    c = await customer(org)
    await profile(org, c, guarantee="none")  # as unknown (50 points), but enough to be scored
    await credit.assess_customer(owner, c.id)  # B, nothing owed
    await invoice(org, c, total="50000", issued=-200, due=-170)
    await reassess.run_reassessment(org.id)  # C: one grade down
    await service.flag_public_record(owner, c.id, record=PublicRecord.DISHONEST, note="信用中国：失信被执行人", checked_on=None)
    other = await customer(org)
    await service.flag_public_record(owner, other.id, record=PublicRecord.MINOR, note="行政处罚一次", checked_on=None)

    downgrade = await Alert.get(organization_id=org.id, kind=RuleKind.GRADE_DOWNGRADE)
    assessment_id = downgrade.cause_key.removeprefix("assessment:")
    assert alert_message(downgrade.kind, downgrade.details) == (
        AlertCode.GRADE_DOWNGRADE, (MessageParam("from", ParamKind.TEXT, "B"), MessageParam("to", ParamKind.TEXT, "C")),
    )
    assert render_title(*alert_message(downgrade.kind, downgrade.details), "en") == "Credit grade down from B to C"
    promise = alert_message(RuleKind.BROKEN_PROMISE, {"promise_id": "p"})
    assert render_title(*promise, "en") == "Promise to pay broken" and promise[0] is AlertCode.BROKEN_PROMISE

    data = (await gql(ALERTS_QUERY, token=reader.token, org=org.id))["data"]
    by_code = {n["code"]: n for n in data["alerts"]["nodes"]}
    assert by_code["GRADE_DOWNGRADE"]["assessmentId"] == assessment_id
    assert by_code["PUBLIC_RECORD_DISHONEST"]["params"] == [{"name": "note", "kind": "TEXT", "value": "信用中国：失信被执行人", "currency": None}]
    assert by_code["PUBLIC_RECORD_MINOR"]["assessmentId"] is None
    assert {n["code"] for n in data["alerts"]["nodes"]} >= {"GRADE_DOWNGRADE", "PUBLIC_RECORD_DISHONEST", "PUBLIC_RECORD_MINOR"}
