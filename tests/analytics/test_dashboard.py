"""The dashboard and the KPI report on a small hand-built ledger, every figure computed by hand.

Ledger of organization O (base CNY), as of 2026-03-31:
  I1  customer A  issued 2026-01-10  due 2026-02-09  1,000.00 CNY; 400.00 paid 2026-02-20 → open 600.00 (50 days late)
  I4  customer A  issued 2026-02-01  due 2026-03-03    500.00 CNY; paid in full 2026-03-15
  I2  customer B  issued 2026-03-05  due 2026-04-04  2,000.00 CNY; open, not yet due
  I3  customer B  issued 2026-03-10  due 2026-03-20    100.00 USD at 7.000000 = 700.00 CNY; open, 11 days late
  plus a draft and a voided invoice, which never count, and another organization's invoice.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from backend.accounts.models import Role, User
from backend.analytics import service
from backend.invoices import service as invoices
from backend.payments.service import OLDEST_DUE_FIRST
from tests.fixtures.api import login
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, one_line, received, staff

AS_OF = date(2026, 3, 31)

DASHBOARD = """
query($asOf: Date) {
  dashboard(asOf: $asOf) {
    asOf currency arTotal currentAr overdueAr openInvoiceCount overdueInvoiceCount overdueRatio dso
    monthToDate { beginningAr endingAr creditSales cashCollected cei collectionRate standardDso countbackDso }
    trend { start end ar overdueAr creditSales cashCollected dso }
    aging { total buckets { label amount } }
    overdueReceivable forecast { start end amount }
    topOverdueCustomers { code overdueAmount daysOverdue invoiceCount }
  }
}
"""


async def _ledger():
    org, owner = await ledger_org()
    collector = await staff(org, Role.COLLECTOR)
    a = await create_customer(org, code="A", collector=collector.membership)
    b = await create_customer(org, code="B")
    i1 = await issued_invoice(owner, a, "1000.00", issue_date=date(2026, 1, 10), due_date=date(2026, 2, 9))
    i4 = await issued_invoice(owner, a, "500.00", issue_date=date(2026, 2, 1), due_date=date(2026, 3, 3))
    await issued_invoice(owner, b, "2000.00", issue_date=date(2026, 3, 5), due_date=date(2026, 4, 4))
    await issued_invoice(owner, b, "100.00", issue_date=date(2026, 3, 10), due_date=date(2026, 3, 20),
                         currency="USD", exchange_rate=D("7.000000"))
    await received(owner, a, "400.00", received_on=date(2026, 2, 20), allocate=[(i1.id, D("400.00"))])
    await received(owner, a, "500.00", received_on=date(2026, 3, 15), allocate=[(i4.id, D("500.00"))])
    await invoices.create_draft(owner, customer_id=b.id, currency="CNY", lines=one_line("9999.00"))
    voided = await issued_invoice(owner, b, "3000.00", issue_date=date(2026, 3, 1), due_date=date(2026, 3, 2))
    await invoices.void_invoice(owner, voided.id, reason="开错了")
    other_org, other_owner = await ledger_org()
    stranger = await create_customer(other_org, code="A")
    await issued_invoice(other_owner, stranger, "77777.00", issue_date=date(2026, 1, 5), due_date=date(2026, 1, 6))
    await received(other_owner, stranger, "1.00", received_on=date(2026, 3, 2), allocate=OLDEST_DUE_FIRST)
    return org, owner, collector


async def test_dashboard_figures(gql):
    org, owner, _ = await _ledger()
    data = await service.dashboard(owner, AS_OF)
    position, month, trend, aging = await data.position(), await data.month(), await data.trend(), await data.aging()
    # AR = 600 + 2,000 + 700 = 3,300; not yet due: I2 2,000; overdue 1,300 (I1 600 + I3 700)
    assert (position.total, position.current, position.overdue) == (D("3300.00"), D("2000.00"), D("1300.00"))
    assert (position.open_invoices, position.overdue_invoices) == (3, 2)
    # 90 days ending 3/31 = Jan 1 … Mar 31; credit sales 1,000 + 500 + 2,000 + 700 = 4,200
    # DSO = 3,300 / 4,200 × 90 = 70.714… → 70.7
    assert await data.dso() == D("70.7")
    # Beginning AR = AR(2/28) = I1 600 + I4 500 = 1,100; March sales 2,000 + 700 = 2,700; cash 500 (I4)
    assert (month.beginning_ar, month.credit_sales, month.cash_collected, month.write_offs) == (
        D("1100.00"), D("2700.00"), D("500.00"), D("0.00"))
    assert month.ending_ar == month.beginning_ar + month.credit_sales - month.cash_collected
    # CEI = (1,100 + 2,700 − 3,300) / (1,100 + 2,700 − 2,000) × 100 = 500 / 1,800 × 100 = 27.777… → 27.78
    assert month.cei == D("27.78")
    # Collection rate = 500 / (1,100 + 2,700) = 0.131578… → 0.1316
    assert month.collection_rate == D("0.1316")
    # Overdue ratio = 1,300 / 3,300 = 0.393939… → 0.3939; by count 2 of 3 = 0.6667
    assert (month.overdue_ratio, month.overdue_ratio_by_count) == (D("0.3939"), D("0.6667"))
    # Standard DSO (March) = 3,300 / 2,700 × 31 = 37.888… → 37.9; best = 2,000 / 2,700 × 31 = 22.96… → 23.0;
    # ADD = 1,300 / 2,700 × 31 = 14.925… → 14.9
    assert (month.standard_dso, month.best_possible_dso, month.average_days_delinquent) == (D("37.9"), D("23.0"), D("14.9"))
    # Countback: 3,300 − March 2,700 = 600 left (31 d); − February 500 = 100 left (59 d);
    # January: 100 / 1,000 × 31 = 3.1 → 62.1
    assert month.countback_dso == D("62.1")
    # Turnover = 2,700 / ((1,100 + 3,300) / 2) = 2,700 / 2,200 = 1.22727… → 1.2273; days = 31 × 2,200 / 2,700 = 25.259… → 25.3
    assert (month.ar_turnover, month.turnover_days, month.bad_debt_ratio) == (D("1.2273"), D("25.3"), D("0.0000"))
    # Trend: Oct–Dec nothing; January AR 1,000 (I1 not yet due), sales 1,000, DSO 1,000/1,000 × 31 = 31.0;
    # February AR 1,100 of which I1's 600 overdue, sales 500, cash 400, DSO 1,100 / 500 × 28 = 61.6; March as above.
    assert [(p.end, p.ar, p.overdue_ar, p.credit_sales, p.cash_collected, p.dso) for p in trend] == [
        (date(2025, 10, 31), D("0"), D("0"), D("0"), D("0"), None),
        (date(2025, 11, 30), D("0"), D("0"), D("0"), D("0"), None),
        (date(2025, 12, 31), D("0"), D("0"), D("0"), D("0"), None),
        (date(2026, 1, 31), D("1000.00"), D("0.00"), D("1000.00"), D("0"), D("31.0")),
        (date(2026, 2, 28), D("1100.00"), D("600.00"), D("500.00"), D("400.00"), D("61.6")),
        (date(2026, 3, 31), D("3300.00"), D("1300.00"), D("2700.00"), D("500.00"), D("37.9")),
    ]
    # Forecast: 1,300 already overdue; week 3/31–4/6 holds I2's 2,000; nothing later.
    assert await data.overdue() == D("1300.00")
    assert (await data.forecast())[0].start == AS_OF and (await data.forecast())[0].end == date(2026, 4, 6)
    assert [w.amount for w in await data.forecast()] == [D("2000.00")] + [D("0")] * 8
    # Most overdue: B 700 (11 days), then A 600 (50 days).
    assert [(c.code, c.overdue, c.days_overdue, c.invoice_count) for c in await data.top_overdue()] == [
        ("B", D("700.00"), 11, 1), ("A", D("600.00"), 50, 1)]
    assert aging.total == position.total


async def test_collector_sees_their_customers_only(gql):
    _, _, collector = await _ledger()
    data = await service.dashboard(collector.actor, AS_OF)
    position, month = await data.position(), await data.month()
    # Only customer A: I1's 600, overdue; March flows: sales 0, cash 500.
    assert (position.total, position.overdue) == (D("600.00"), D("600.00"))
    assert (month.credit_sales, month.cash_collected) == (D("0.00"), D("500.00"))
    assert [c.code for c in await data.top_overdue()] == ["A"]


async def test_dashboard_over_graphql_with_tenancy(gql):
    org, owner, _ = await _ledger()
    user = await User.get(id=owner.user_id)
    token = (await login(gql, user))["accessToken"]
    result = await gql(DASHBOARD, {"asOf": "2026-03-31"}, token=token, org=org.id)
    board = result["data"]["dashboard"]
    assert (board["currency"], board["arTotal"], board["overdueAr"], board["dso"]) == ("CNY", "3300.00", "1300.00", "70.7")
    assert board["monthToDate"]["cei"] == "27.78"
    # Aging as of 3/31: current 2,000 (I2); 1–30: 700 (I3, 11 days); 31–60: 600 (I1, 50 days).
    assert board["aging"]["total"] == "3300.00"
    assert [(b["label"], b["amount"]) for b in board["aging"]["buckets"]][:3] == [
        ("current", "2000.00"), ("1-30", "700.00"), ("31-60", "600.00")]
    assert board["topOverdueCustomers"][0] == {"code": "B", "overdueAmount": "700.00", "daysOverdue": 11, "invoiceCount": 1}
    other, _ = await ledger_org()
    refused = await gql(DASHBOARD, {"asOf": "2026-03-31"}, token=token, org=other.id)
    assert refused["data"] is None and refused["errors"][0]["extensions"]["code"] == "NOT_A_MEMBER"


async def test_kpis_refuse_a_period_that_ends_before_it_starts(gql):
    org, owner, _ = await _ledger()
    token = (await login(gql, await User.get(id=owner.user_id)))["accessToken"]
    result = await gql("{ kpis(start: \"2026-03-31\", end: \"2026-03-01\") { cei } }", token=token, org=org.id)
    assert result["errors"][0]["extensions"]["code"] == "PERIOD_REVERSED"


async def test_countback_walks_back_past_twelve_months():
    # I1 10,000.00 issued 2025-01-15 and I2 1,000.00 issued 2026-01-10, both unpaid. January 2026:
    # ending AR 11,000. Countback: January 2026 sales 1,000 → 10,000 left (31 d); February–December
    # 2025 have no sales: 28+31+30+31+30+31+31+30+31+30+31 = 334 d; January 2025: 10,000 / 10,000 × 31
    # = 31 d. DSO = 31 + 334 + 31 = 396.0 (a twelve-month window would leave AR over: null).
    org, owner = await ledger_org()
    customer = await create_customer(org, code="A")
    await issued_invoice(owner, customer, "10000.00", issue_date=date(2025, 1, 15), due_date=date(2025, 2, 14))
    await issued_invoice(owner, customer, "1000.00", issue_date=date(2026, 1, 10), due_date=date(2026, 2, 9))
    month = await (await service.dashboard(owner, date(2026, 1, 31))).month()
    assert month.ending_ar == D("11000.00")
    assert month.countback_dso == D("396.0")
    # Turnover = 1,000 / ((10,000 + 11,000) / 2) = 0.095238… → 0.0952; days = 31 × 10,500 / 1,000 = 325.5
    assert (month.ar_turnover, month.turnover_days) == (D("0.0952"), D("325.5"))
