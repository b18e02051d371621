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
from backend.collections.models import PromiseInvoice, PromiseStatus, PromiseToPay
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
