"""The 13-week cash forecast, every week computed by hand.

As of Monday 2026-03-02 (base CNY):
Customer A (history): H1 CNY 1,000.00 issued 2025-11-20 due 2025-11-30, paid 2026-01-21: 52 days
  late on all of it → A's amount-weighted days late = 52.
  I1 CNY 500.00 due 03-05 → expected 03-05 + 52 = 04-26: 55 days → week 7 (04-20..04-26)
  I2 CNY 300.00 due 02-04 (overdue) → 02-04 + 52 = 03-28: 26 days → week 3 (03-23..03-29)
Customer B (no payments: 0 days late):
  I3 USD 100.00 at 7 = 700.00 due 03-20: 18 days → week 2 (03-16..03-22)
  I4 CNY 1,000.00 due 06-30: 120 days → later than 13 weeks
  I5 CNY 400.00 due 03-03 under a promise of 250.00 made 02-28 for 04-01: 250 in week 4
  (04-01 is 30 days on: 03-30..04-05); the other 150 on its due date → week 0
Total 150 + 700 + 300 + 250 + 500 + 1,000 = 2,900.00 = AR as of 03-02.

The 13 weeks before (from 2025-12-01): the forecast made then saw H1 open, overdue, A without
history (0 days late) → 1,000 in week 0 (12-01..12-07); it actually came in on 01-21 (the week
of 01-19).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from backend.accounts.models import User
from backend.analytics.forecast import cash_forecast
from backend.collections.models import (
    PaymentPlan, PaymentPlanInstallment, PaymentPlanInvoice, PlanStatus, PromiseInvoice, PromiseStatus, PromiseToPay,
)
from tests.fixtures.api import login
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received

AS_OF = date(2026, 3, 2)

FORECAST = """
query($asOf: Date) { cashForecast(asOf: $asOf) { total later weeks { start expected promised } pastWeeks { start forecast actual } } }
"""


async def test_cash_forecast_by_week_with_days_late_and_promises_against_actuals(gql):
    org, owner = await ledger_org()
    a = await create_customer(org, code="A")
    b = await create_customer(org, code="B")
    h1 = await issued_invoice(owner, a, "1000.00", issue_date=date(2025, 11, 20), due_date=date(2025, 11, 30))
    await received(owner, a, "1000.00", received_on=date(2026, 1, 21), allocate=[(h1.id, D("1000.00"))])
    await issued_invoice(owner, a, "500.00", issue_date=date(2026, 2, 20), due_date=date(2026, 3, 5))
    await issued_invoice(owner, a, "300.00", issue_date=date(2026, 1, 5), due_date=date(2026, 2, 4))
    await issued_invoice(owner, b, "100.00", issue_date=date(2026, 2, 18), due_date=date(2026, 3, 20),
                         currency="USD", exchange_rate=D("7.000000"))
    await issued_invoice(owner, b, "1000.00", issue_date=date(2026, 2, 25), due_date=date(2026, 6, 30))
    i5 = await issued_invoice(owner, b, "400.00", issue_date=date(2026, 2, 1), due_date=date(2026, 3, 3))
    promise = await PromiseToPay.create(
        organization=org, customer=b, amount=D("250.00"), currency="CNY", made_on=date(2026, 2, 28),
        promised_on=date(2026, 4, 1), status=PromiseStatus.OPEN,
    )
    await PromiseInvoice.create(promise=promise, invoice=i5)

    report = await cash_forecast(owner, AS_OF)
    expected = {0: D("150.00"), 2: D("700.00"), 3: D("300.00"), 4: D("250.00"), 7: D("500.00")}
    assert [w.expected for w in report.weeks] == [expected.get(k, D("0.00")) for k in range(13)]
    assert [w.promised for w in report.weeks][4] == D("250.00") and sum(w.promised for w in report.weeks) == D("250.00")
    assert (report.weeks[4].start, report.weeks[4].end) == (date(2026, 3, 30), date(2026, 4, 5))
    assert (report.later, report.total) == (D("1000.00"), D("2900.00"))

    assert report.past_weeks[0].start == date(2025, 12, 1) and report.past_weeks[-1].end == date(2026, 3, 1)
    assert [w.forecast for w in report.past_weeks] == [D("1000.00")] + [D("0.00")] * 12
    # 2025-12-01 + 7 × 7 = 2026-01-19: the eighth week
    assert [w.actual for w in report.past_weeks] == [D("0.00")] * 7 + [D("1000.00")] + [D("0.00")] * 5

    # Once the promise is broken (settled after 03-02), the forecast as of 03-02 still counts it:
    promise.status, promise.settled_on, promise.kept_ratio = PromiseStatus.BROKEN, date(2026, 4, 2), D("0")
    await promise.save()
    assert (await cash_forecast(owner, AS_OF)).weeks[4].promised == D("250.00")

    token = (await login(gql, await User.get(id=owner.user_id)))["accessToken"]
    result = (await gql(FORECAST, {"asOf": "2026-03-02"}, token=token, org=org.id))["data"]["cashForecast"]
    assert (result["total"], result["later"], result["weeks"][2]) == ("2900.00", "1000.00", {
        "start": "2026-03-16", "expected": "700.00", "promised": "0.00"})
    assert result["pastWeeks"][7] == {"start": "2026-01-19", "forecast": "0.00", "actual": "1000.00"}
    before = await gql(FORECAST, {"asOf": "2025-01-01"}, token=token, org=org.id)
    assert before["errors"][0]["extensions"]["code"] == "BEFORE_ORGANIZATION"


async def test_plan_installments_then_promises_take_precedence():
    """As of Monday 2026-03-02 (base CNY), customer P:
    J1 CNY 1,000.00 issued 2025-12-01 due 2025-12-31; 300.00 paid 2026-02-14 (45 days late, P's
       only payment → P's amount-weighted days late = 45) → open 700.00
    J2 CNY   600.00 issued 2026-01-10 due 2026-02-09 → open 600.00
    A plan made 2026-02-01 over J1 and J2 for 1,200.00: 02-15 400.00, 03-15 400.00, 04-15 400.00.
    Paid toward it by 03-02: 300.00 (from 02-01), filling the installments in date order, so short:
      02-15: 400 − 300 = 100.00 → passed → week 0 (03-02..03-08)
      03-15: 400.00, 13 days → week 1 (03-09..03-15)
      04-15: 400.00, 44 days → week 6 (04-13..04-19)
    900.00 of the invoices' 1,300.00 is planned; each keeps 400 ÷ 1,300 of its open amount:
      J1 700 × 4/13 = 215.38 due 12-31 + 45 = 02-14 → passed → week 0
      J2 600 × 4/13 = 184.615… of which a promise made 03-01 of 300.00 for 03-20 covers all
         (184.62, 18 days → week 2); nothing left on J2's own date (03-26, week 3).
    Weeks: 0: 100 + 215.38 = 315.38, 1: 400.00, 2: 184.62, 6: 400.00; total 1,300.00;
    promised (plans and promises): 100 + 400 + 184.62 + 400 = 1,084.62.
    With the plan cancelled on 03-01 (not active on 03-02): J1 700.00 on 02-14 → week 0; J2's promise
    takes 300.00 in week 2 and its other 300.00 goes to 03-26 → week 3."""
    org, owner = await ledger_org()
    p = await create_customer(org, code="P")
    j1 = await issued_invoice(owner, p, "1000.00", issue_date=date(2025, 12, 1), due_date=date(2025, 12, 31))
    j2 = await issued_invoice(owner, p, "600.00", issue_date=date(2026, 1, 10), due_date=date(2026, 2, 9))
    await received(owner, p, "300.00", received_on=date(2026, 2, 14), allocate=[(j1.id, D("300.00"))])
    plan = await PaymentPlan.create(organization=org, customer=p, amount=D("1200.00"), currency="CNY", made_on=date(2026, 2, 1),
                                    status=PlanStatus.ACTIVE)
    for n, (day, amount) in enumerate([(date(2026, 2, 15), "400.00"), (date(2026, 3, 15), "400.00"), (date(2026, 4, 15), "400.00")]):
        await PaymentPlanInstallment.create(plan=plan, sequence=n + 1, due_date=day, amount=D(amount))
    for invoice in (j1, j2):
        await PaymentPlanInvoice.create(plan=plan, invoice=invoice)
    promise = await PromiseToPay.create(
        organization=org, customer=p, amount=D("300.00"), currency="CNY", made_on=date(2026, 3, 1),
        promised_on=date(2026, 3, 20), status=PromiseStatus.OPEN,
    )
    await PromiseInvoice.create(promise=promise, invoice=j2)

    report = await cash_forecast(owner, AS_OF)
    expected = {0: D("315.38"), 1: D("400.00"), 2: D("184.62"), 6: D("400.00")}
    assert [w.expected for w in report.weeks] == [expected.get(k, D("0.00")) for k in range(13)]
    promised = {0: D("100.00"), 1: D("400.00"), 2: D("184.62"), 6: D("400.00")}
    assert [w.promised for w in report.weeks] == [promised.get(k, D("0.00")) for k in range(13)]
    assert (report.later, report.total) == (D("0.00"), D("1300.00"))

    plan.status, plan.ended_on = PlanStatus.CANCELLED, date(2026, 3, 1)
    await plan.save()
    report = await cash_forecast(owner, AS_OF)
    expected = {0: D("700.00"), 2: D("300.00"), 3: D("300.00")}
    assert [w.expected for w in report.weeks] == [expected.get(k, D("0.00")) for k in range(13)]
    assert sum(w.promised for w in report.weeks) == D("300.00")
