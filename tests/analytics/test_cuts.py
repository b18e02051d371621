"""KPI and aging cuts (customer, collector, grade, currency), the promise-kept rate, average days
to pay and days late, and the refusals of bad periods, cuts and bucket bounds; every figure is
computed by hand in the comments (the ledger of test_kpis_ledger.py, March 2026, base CNY)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from backend.accounts.models import Role, User
from backend.analytics import service
from backend.analytics.cuts import Cut
from backend.collections.models import PromiseStatus, PromiseToPay
from backend.invoices import service as invoices
from backend.invoices.aging import aging
from backend.kit.errors import DomainError
from tests.analytics.test_kpis_ledger import march_ledger
from tests.fixtures.api import login
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received, staff

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def codes(exc: pytest.ExceptionInfo[DomainError]) -> list[tuple[str | None, str]]:
    return [(e.field, e.code.value) for e in exc.value.errors]


async def test_kpis_cut_by_customer_collector_grade_and_currency(db):
    org, owner, a, b = await march_ledger()
    collector = await staff(org, Role.COLLECTOR)
    a.collector_id = collector.membership.id
    await a.save()
    b.grade = "AA"
    await b.save()

    # Customer B: nothing before March; sales I2 700 + I3 1,500 = 2,200; cash 700 − 700 reversed = 0;
    # ending AR I2 700 (overdue) + I3 1,200 (current) = 1,900.
    # DSO = 1,900 / 2,200 × 31 = 26.77 → 26.8; CEI = (0 + 2,200 − 1,900) / (2,200 − 1,200) = 30.00 %
    for cut in (Cut(customer_id=b.id), Cut(grade="AA")):
        report = await service.kpi_report(owner, *MARCH, cut)
        assert (report.beginning_ar, report.credit_sales, report.cash_collected, report.ending_ar, report.ending_current_ar) == (
            D("0.00"), D("2200.00"), D("0.00"), D("1900.00"), D("1200.00"))
        assert (report.standard_dso, report.cei, report.collection_rate) == (D("26.8"), D("30.00"), D("0.0000"))

    # Collector of A: beginning 1,400 (I1 900 + I4 500); no sales; cash 300; write-off 200; ending
    # 600 + 300 = 900, of which current 300 (I1's 04-15 part).
    # CEI = (1,400 − 900) / (1,400 − 300) = 45.45 %; collection rate 300 / 1,400 = 0.2143; DSO null (no sales)
    report = await service.kpi_report(owner, *MARCH, Cut(collector_id=collector.membership.id))
    assert (report.beginning_ar, report.cash_collected, report.write_offs, report.ending_ar, report.ending_current_ar) == (
        D("1400.00"), D("300.00"), D("200.00"), D("900.00"), D("300.00"))
    assert (report.cei, report.collection_rate, report.standard_dso, report.bad_debt_ratio) == (D("45.45"), D("0.2143"), None, None)

    # USD documents only: I2 700 sold, paid and reversed, overdue at the end.
    # DSO = 700 / 700 × 31 = 31.0; CEI = (0 + 700 − 700) / (700 − 0) = 0.00; overdue ratio 1
    report = await service.kpi_report(owner, *MARCH, Cut(currency="USD"))
    assert (report.credit_sales, report.ending_ar, report.standard_dso, report.cei, report.overdue_ratio) == (
        D("700.00"), D("700.00"), D("31.0"), D("0.00"), D("1.0000"))
    # A grade nobody has and a currency nobody uses give zeros, and null ratios.
    empty = await service.kpi_report(owner, *MARCH, Cut(grade="C"))
    assert (empty.ending_ar, empty.cei, empty.standard_dso) == (D("0"), None, None)


async def test_aging_cut_by_customer_collector_and_currency_in_document_and_base_currency(db):
    org, owner, a, b = await march_ledger()
    as_of = date(2026, 3, 31)
    # A as of 03-31: I1's 04-15 part current 300, its 03-15 part 16 days late 300, I4 50 days late 300.
    report = await aging(org, as_of, customer_ids=[a.id])
    assert {x.label: x.amount for x in report.buckets if x.amount} == {"current": D("300.00"), "1-30": D("300.00"), "31-60": D("300.00")}
    assert all(x.document_amount is None for x in report.buckets)
    # EUR documents: I3 EUR 160.00 open = 1,200.00 at 7.5, not due until 04-30.
    eur = await aging(org, as_of, currency="EUR")
    assert [(x.label, x.amount, x.document_amount) for x in eur.buckets][:2] == [
        ("current", D("1200.00"), D("160.00")), ("1-30", D("0.00"), D("0.00"))]
    assert eur.total == D("1200.00")


AGING_CUT = """
query($cut: AnalyticsCut) {
  aging(asOf: "2026-03-31", cut: $cut) { total currency documentTotal buckets { label amount documentAmount } }
  kpis(start: "2026-03-01", end: "2026-03-31", cut: $cut) { endingAr promiseKeptRate averageDaysLate }
}
"""


async def test_cuts_through_graphql_and_their_refusals(gql):
    org, owner, a, b = await march_ledger()
    collector = await staff(org, Role.COLLECTOR)
    token = (await login(gql, await User.get(id=owner.user_id)))["accessToken"]

    usd = await gql(AGING_CUT, {"cut": {"currency": "USD"}}, token=token, org=org.id)
    # I2 USD 100.00 = 700.00, 11 days late on 03-31.
    assert usd["data"]["aging"]["total"] == "700.00" and usd["data"]["aging"]["documentTotal"] == "100.00"
    assert usd["data"]["aging"]["buckets"][1] == {"label": "1-30", "amount": "700.00", "documentAmount": "100.00"}
    assert usd["data"]["kpis"]["endingAr"] == "700.00"

    for cut, field, code in (
        ({"grade": "Z"}, "cut.grade", "UNKNOWN_GRADE"),
        ({"currency": "ABC"}, "cut.currency", "UNKNOWN_CURRENCY"),
        ({"collectorId": str(owner.org_id)}, "cut.collectorId", "UNKNOWN_COLLECTOR"),
        ({"customerId": str(collector.membership.id)}, "cut.customerId", "UNKNOWN_CUSTOMER"),
    ):
        refused = await gql(AGING_CUT, {"cut": cut}, token=token, org=org.id)
        assert refused["data"] is None
        assert {(e["extensions"]["code"], e["extensions"]["field"]) for e in refused["errors"]} == {(code, field)}


async def test_a_collector_cannot_cut_by_a_customer_they_do_not_see(db):
    org, owner, a, b = await march_ledger()
    collector = await staff(org, Role.COLLECTOR)
    with pytest.raises(DomainError) as refused:
        await service.kpi_report(collector.actor, *MARCH, Cut(customer_id=a.id))
    assert codes(refused) == [("cut.customerId", "UNKNOWN_CUSTOMER")]


async def test_bad_periods_are_refused_with_their_own_codes(db):
    org, owner, a, b = await march_ledger()
    cases = (
        ((date(2026, 3, 31), date(2026, 3, 1)), ("end", "PERIOD_REVERSED")),
        ((date(2026, 3, 1), date(2099, 3, 31)), ("end", "PERIOD_IN_FUTURE")),
        ((date(2010, 1, 1), date(2026, 3, 31)), ("end", "PERIOD_TOO_LONG")),
        # The first invoice (I4) is dated 2026-01-10: the organization has no figures before.
        ((date(2025, 12, 1), date(2026, 1, 9)), ("end", "BEFORE_ORGANIZATION")),
    )
    for (start, end), expected in cases:
        with pytest.raises(DomainError) as refused:
            await service.kpi_report(owner, start, end)
        assert codes(refused) == [expected]
    # A period that starts before and ends after counts from zero.
    assert (await service.kpi_report(owner, date(2025, 12, 1), date(2026, 1, 31))).credit_sales == D("500.00")
    with pytest.raises(DomainError) as refused:
        await service.dashboard(owner, date(2025, 12, 31))
    assert codes(refused) == [("asOf", "BEFORE_ORGANIZATION")]


async def test_aging_bounds_are_refused_with_clear_codes(db):
    org, owner = await ledger_org()
    for bounds, code in (
        ([60, 30], "AGING_BOUNDS_UNSORTED"), ([30, 30, 60], "AGING_BOUNDS_OVERLAP"),
        ([0, 30], "AGING_BOUND_OUT_OF_RANGE"), ([30, 40000], "AGING_BOUND_OUT_OF_RANGE"), (list(range(1, 23)), "TOO_MANY"),
    ):
        with pytest.raises(DomainError) as refused:
            await invoices.update_settings(owner, aging_bounds=bounds)
        assert codes(refused) == [("agingBounds", code)]


async def _promise(org, customer, promised_on: date, status: PromiseStatus, ratio: str | None, currency: str = "CNY") -> None:
    await PromiseToPay.create(
        organization=org, customer=customer, amount=D("100.00"), currency=currency, made_on=date(2026, 2, 20),
        promised_on=promised_on, status=status, kept_ratio=D(ratio) if ratio is not None else None,
        paid_amount=D(ratio or "0") * 100, settled_on=promised_on if status is not PromiseStatus.OPEN else None,
    )


async def test_promise_kept_rate_counts_part_kept_promises_by_their_ratio(db):
    org, owner, a, b = await march_ledger()
    await _promise(org, a, date(2026, 3, 5), PromiseStatus.KEPT, "1")
    await _promise(org, a, date(2026, 3, 20), PromiseStatus.BROKEN, "0.4")
    await _promise(org, b, date(2026, 3, 25), PromiseStatus.BROKEN, "0", currency="USD")
    await _promise(org, b, date(2026, 3, 30), PromiseStatus.OPEN, None)  # not settled: not fallen due yet
    await _promise(org, b, date(2026, 4, 2), PromiseStatus.KEPT, "1")  # falls due after the period
    # Fallen due in March: 3; kept 1 + 0.4 + 0 = 1.4 → 1.4 / 3 = 0.4667
    report = await service.kpi_report(owner, *MARCH)
    assert (report.promises_fallen_due, report.promise_kept_rate) == (3, D("0.4667"))
    # Customer A: 1.4 / 2 = 0.7000; USD: 0 / 1; customer B in February: nothing fell due → null
    assert (await service.kpi_report(owner, *MARCH, Cut(customer_id=a.id))).promise_kept_rate == D("0.7000")
    assert (await service.kpi_report(owner, *MARCH, Cut(currency="USD"))).promise_kept_rate == D("0.0000")
    february = await service.kpi_report(owner, date(2026, 2, 1), date(2026, 2, 28), Cut(customer_id=b.id))
    assert (february.promises_fallen_due, february.promise_kept_rate) == (0, None)


async def test_average_days_to_pay_and_days_late_are_amount_weighted_per_installment_part(db):
    org, owner = await ledger_org()
    c = await create_customer(org, code="C")
    d = await create_customer(org, code="D")
    # C: CNY 600.00 issued 01-01 in two parts of 300 due 01-31 and 02-28.
    x = await issued_invoice(owner, c, "600.00", issue_date=date(2026, 1, 1),
                             installments=[(date(2026, 1, 31), "300.00"), (date(2026, 2, 28), "300.00")])
    # 400 on 02-10 fills part 1 (300, 10 days late) and 100 of part 2 (not yet due: 0 days late);
    # 200 on 03-10 fills the rest of part 2 (10 days late). Days to pay: 40 for 400, 68 for 200.
    await received(owner, c, "400.00", received_on=date(2026, 2, 10), allocate=[(x.id, D("400.00"))])
    await received(owner, c, "200.00", received_on=date(2026, 3, 10), allocate=[(x.id, D("200.00"))])
    # D: USD 100.00 at 7 (700.00) issued 03-01 due 03-11, paid 03-21: 20 days to pay, 10 late.
    y = await issued_invoice(owner, d, "100.00", issue_date=date(2026, 3, 1), due_date=date(2026, 3, 11),
                             currency="USD", exchange_rate=D("7.000000"))
    await received(owner, d, "100.00", currency="USD", exchange_rate=D("7.000000"), received_on=date(2026, 3, 21),
                   allocate=[(y.id, D("100.00"))])

    # C: to pay (400 × 40 + 200 × 68) / 600 = 29,600 / 600 = 49.33 → 49.3;
    #    late (300 × 10 + 100 × 0 + 200 × 10) / 600 = 5,000 / 600 = 8.33 → 8.3
    only_c = await service.kpi_report(owner, *MARCH, Cut(customer_id=c.id))
    assert (only_c.average_days_to_pay, only_c.average_days_late) == (D("49.3"), D("8.3"))
    # All, in CNY: to pay (29,600 + 700 × 20) / 1,300 = 43,600 / 1,300 = 33.54 → 33.5;
    #    late (5,000 + 700 × 10) / 1,300 = 12,000 / 1,300 = 9.23 → 9.2
    everyone = await service.kpi_report(owner, *MARCH)
    assert (everyone.average_days_to_pay, everyone.average_days_late) == (D("33.5"), D("9.2"))
    usd = await service.kpi_report(owner, *MARCH, Cut(currency="USD"))
    assert (usd.average_days_to_pay, usd.average_days_late) == (D("20.0"), D("10.0"))
    # As of 02-28 only the first payment counts: to pay 40.0; late 300 × 10 / 400 = 7.5
    february = await service.kpi_report(owner, date(2026, 2, 1), date(2026, 2, 28))
    assert (february.average_days_to_pay, february.average_days_late) == (D("40.0"), D("7.5"))
