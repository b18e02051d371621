"""The daily snapshot (figures by hand on the ledger of test_kpis_ledger.py), its backfill, the trend
series by day, week and month, and the job run twice by a real worker storing one row."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from backend.accounts.models import Role, User
from backend.analytics.models import AnalyticsSnapshot
from backend.analytics import service
from backend.analytics.snapshots import Granularity, backfill, retake_stale, take_snapshot, trends
from backend.analytics.tasks import snapshot_organization
from backend.kit.errors import AccessDenied, DomainError
from backend.invoices import service as invoices_service
from backend.invoices.aging import aging
from backend.invoices.models import Invoice, InvoiceSettings
from backend.kit.time import local_today
from backend.kit.uow import unit_of_work
from backend.payments import service as payments
from tests.analytics.test_kpis_ledger import march_ledger
from tests.conftest import ROOT
from tests.exports.helpers import download, sheet
from tests.fixtures.api import login, member
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received, staff


async def test_a_snapshot_holds_the_figures_of_its_day(db):
    org, owner, a, b = await march_ledger()
    await take_snapshot(org.id, date(2026, 3, 31))
    await take_snapshot(org.id, date(2026, 3, 31))
    rows = await AnalyticsSnapshot.filter(organization_id=org.id)
    assert len(rows) == 1
    row = rows[0]
    # AR 2,800 = current 1,500 + overdue 1,300 (see test_kpis_ledger.py)
    assert (row.ar_total, row.current_ar, row.overdue_ar) == (D("2800.00"), D("1500.00"), D("1300.00"))
    # Buckets on 03-31: current 1,500; 1–30: I1's 03-15 part 300 (16 d) + I2 700 (11 d); 31–60: I4 300 (50 d)
    assert [(x["label"], x["amount"]) for x in row.buckets][:3] == [("current", "1500.00"), ("1-30", "1000.00"), ("31-60", "300.00")]
    # DSO over 01-01..03-31: sales I4 500 + I1 900 + I2 700 + I3 1,500 = 3,600 → 2,800 / 3,600 × 90 = 70.0
    # CEI of March to date = 38.10 (as the March KPIs); nothing was collected or sold on 03-31
    assert (row.dso, row.cei_month_to_date, row.cash_collected, row.credit_sales) == (D("70.0"), D("38.10"), D("0.00"), D("0.00"))


async def _stale(org) -> dict[date, bool]:  # type: ignore[no-untyped-def]
    return {row.day: row.stale for row in await AnalyticsSnapshot.filter(organization_id=org.id)}


async def test_positions_are_read_from_a_snapshot_until_a_posting_dated_on_or_before_its_day(db):
    org, owner, a, b = await march_ledger()
    i1 = await Invoice.get(customer_id=a.id, total=D("900.00"))
    await take_snapshot(org.id, date(2026, 3, 15))
    await take_snapshot(org.id, date(2026, 3, 31))
    row = await AnalyticsSnapshot.get(organization_id=org.id, day=date(2026, 3, 31))
    # 03-31: AR 2,800 of which 1,300 overdue; open I1, I4, I2, I3, overdue I1, I4, I2 (test_kpis_ledger.py)
    assert (row.ar_total, row.open_invoices, row.overdue_invoices, row.stale) == (D("2800.00"), 4, 3, False)

    # The whole organization's position as of a snapshot day is the row's (changed here by hand,
    # as no posting can, to see where it comes from); a cut and the ledger's computation are not.
    await AnalyticsSnapshot.filter(id=row.id).update(ar_total=D("9999.00"), current_ar=D("8699.00"))
    assert (await service.position(owner, date(2026, 3, 31))).total == D("9999.00")
    assert (await service.position(owner, date(2026, 3, 31), from_snapshot=False)).total == D("2800.00")
    # A: I1 900 − 300 received + I4 500 − 200 written off = 900
    assert (await service.position(owner, date(2026, 3, 31), service.Scope(None, [a.id]))).total == D("900.00")
    await take_snapshot(org.id, date(2026, 3, 31))

    # Dated after both days: nothing goes stale.
    await issued_invoice(owner, a, "50.00", issue_date=date(2026, 4, 1), due_date=date(2026, 5, 1))
    p4 = await received(owner, a, "120.00", received_on=date(2026, 4, 2), allocate=[(i1.id, D("120.00"))])
    await payments.reverse_payment(owner, p4.id, reason="退票", reversed_on=date(2026, 4, 3))
    assert await _stale(org) == {date(2026, 3, 15): False, date(2026, 3, 31): False}

    # P3's 150 unapplied (received 03-15) allocated now counts from 03-15: both stale, and the
    # positions come from the ledger: 03-31 AR 2,800 − 150 = 2,650.
    p3 = await payments.Payment.get(customer_id=a.id, amount=D("250.00"))
    await payments.allocate_payment(owner, p3.id, [(i1.id, D("150.00"))])
    assert await _stale(org) == {date(2026, 3, 15): True, date(2026, 3, 31): True}
    assert (await service.position(owner, date(2026, 3, 31))).total == D("2650.00")

    # The daily job's retake, month-ends first: fresh again, with the new figure.
    assert await retake_stale(org.id, limit=1) == [date(2026, 3, 31)]
    assert await _stale(org) == {date(2026, 3, 15): True, date(2026, 3, 31): False}
    assert (await AnalyticsSnapshot.get(organization_id=org.id, day=date(2026, 3, 31))).ar_total == D("2650.00")

    # A reversal dated 03-20 (P1, allocated 03-10) leaves 03-15 alone and marks 03-31; so does an
    # invoice issued on 03-31; a void, from its issue date (I2 issued 03-05) marks both.
    await retake_stale(org.id)
    p1 = await payments.Payment.get(customer_id=a.id, amount=D("300.00"))
    await payments.reverse_payment(owner, p1.id, reason="退票", reversed_on=date(2026, 3, 20))
    assert await _stale(org) == {date(2026, 3, 15): False, date(2026, 3, 31): True}
    await retake_stale(org.id)
    await issued_invoice(owner, b, "10.00", issue_date=date(2026, 3, 31), due_date=date(2026, 4, 30))
    assert await _stale(org) == {date(2026, 3, 15): False, date(2026, 3, 31): True}
    await retake_stale(org.id)
    i2 = await Invoice.get(customer_id=b.id, currency="USD")
    await invoices_service.void_invoice(owner, i2.id, reason="开错")
    assert await _stale(org) == {date(2026, 3, 15): True, date(2026, 3, 31): True}
    for day in (date(2026, 3, 15), date(2026, 3, 31)):
        await take_snapshot(org.id, day)
        assert await service.position(owner, day) == await service.position(owner, day, from_snapshot=False)


async def test_whole_months_flows_are_read_from_their_month_end_snapshot(db):
    org, owner, a, b = await march_ledger()
    i1 = await Invoice.get(customer_id=a.id, total=D("900.00"))
    await take_snapshot(org.id, date(2026, 3, 31))
    row = await AnalyticsSnapshot.get(organization_id=org.id, day=date(2026, 3, 31))
    # March: cash P1 300 + P2 700 − P2 700 reversed = 300; sales I2 700 + I3 1,500; write-off 200
    assert (row.cash_month_to_date, row.sales_month_to_date, row.write_offs_month_to_date) == (D("300.00"), D("2200.00"), D("200.00"))

    # 02-15..04-10: February's and April's days from the ledger (nothing), March from the row
    # (changed by hand, as no posting can, to see where it comes from); a cut reads the ledger.
    await AnalyticsSnapshot.filter(id=row.id).update(cash_month_to_date=D("999.00"), sales_month_to_date=D("2800.00"))
    flow = await service.flows(owner, date(2026, 2, 15), date(2026, 4, 10))
    assert (flow.start, flow.end, flow.credit_sales, flow.cash_collected, flow.write_offs) == (
        date(2026, 2, 15), date(2026, 4, 10), D("2800.00"), D("999.00"), D("200.00"))
    # A: P1 300 collected, I4's 200 written off, nothing sold in March
    cut = await service.flows(owner, date(2026, 2, 15), date(2026, 4, 10), service.Scope(None, [a.id]))
    assert (cut.credit_sales, cut.cash_collected, cut.write_offs) == (D("0.00"), D("300.00"), D("200.00"))
    # The countback as of 03-31 takes March's sales from the row: 2,800 consume the AR of 2,800 in
    # March's 31 days (from the ledger: 2,200 in 31 days, then 600 of February's 900 × 28 = 49.7).
    assert (await service.kpi_report(owner, date(2026, 3, 1), date(2026, 3, 31))).countback_dso == D("31.0")
    # Halves of March are no whole month: from the ledger (P2's 700 applied 03-12, reversed 03-25).
    assert await service.period_flows(owner, [date(2026, 3, 1), date(2026, 3, 16)], date(2026, 3, 31)) == [
        service.Flows(date(2026, 3, 1), date(2026, 3, 15), D("2200.00"), D("1000.00"), D("0.00")),
        service.Flows(date(2026, 3, 16), date(2026, 3, 31), D("0.00"), D("-700.00"), D("200.00")),
    ]

    # Taken again, the row is the ledger's; a posting dated in March makes it stale and the month
    # is read from the ledger again: P3's 150 allocated from 03-15 → cash 450.
    await take_snapshot(org.id, date(2026, 3, 31))
    assert (await service.kpi_report(owner, date(2026, 3, 1), date(2026, 3, 31))).countback_dso == D("49.7")
    p3 = await payments.Payment.get(customer_id=a.id, amount=D("250.00"))
    await payments.allocate_payment(owner, p3.id, [(i1.id, D("150.00"))])
    flow = await service.flows(owner, date(2026, 3, 1), date(2026, 3, 31))
    assert (flow.credit_sales, flow.cash_collected, flow.write_offs) == (D("2200.00"), D("450.00"), D("200.00"))

    # A snapshot taken before it kept its month's flows (migration 0026) is read as missing and
    # is taken again by the daily job.
    await take_snapshot(org.id, date(2026, 3, 31))
    await AnalyticsSnapshot.filter(id=row.id).update(cash_month_to_date=None, paid_month_to_date=None)
    assert (await service.flows(owner, date(2026, 3, 1), date(2026, 3, 31))).cash_collected == D("450.00")
    assert await retake_stale(org.id) == [date(2026, 3, 31)]
    assert (await AnalyticsSnapshot.get(id=row.id)).cash_month_to_date == D("450.00")


async def test_days_to_pay_of_whole_months_come_from_their_snapshot_corrected_for_later_reversals(db):
    org, owner, a, b = await march_ledger()
    i1 = await Invoice.get(customer_id=a.id, total=D("900.00"))
    await received(owner, a, "300.00", received_on=date(2026, 3, 20), allocate=[(i1.id, D("300.00"))])
    await take_snapshot(org.id, date(2026, 3, 31))
    row = await AnalyticsSnapshot.get(organization_id=org.id, day=date(2026, 3, 31))
    # P1 300 on 03-10 fills I1's first part (due 02-15): 37 days after the issue (02-01), 23 late;
    # P5 300 on 03-20 the second (due 03-15): 47 days, 5 late. P2 was reversed on 03-25.
    assert (row.paid_month_to_date, row.pay_days_month_to_date, row.late_days_month_to_date) == (
        D("600.00"), D("25200.00"), D("8400.00"))
    # As of 04-30: (300 × 37 + 300 × 47) / 600 = 42.0 days to pay, (300 × 23 + 300 × 5) / 600 = 14.0 late
    days = await service.payment_days(owner, date(2026, 4, 30))
    assert (days.paid, days.average_days_to_pay, days.average_days_late) == (D("600.00"), D("42.0"), D("14.0"))
    # March comes from the row (changed by hand to see it): 25,200 / 1,200 = 21.0
    await AnalyticsSnapshot.filter(id=row.id).update(paid_month_to_date=D("1200.00"))
    assert (await service.payment_days(owner, date(2026, 4, 30))).average_days_to_pay == D("21.0")
    await take_snapshot(org.id, date(2026, 3, 31))

    # P1 reversed on 04-05 leaves the snapshot fresh (dated after it), but as of 04-30 P1 no longer
    # counts and P5 fills the first part: 47 days to pay, 33 late. As of 04-04, not yet reversed.
    p1 = await payments.Payment.get(customer_id=a.id, amount=D("300.00"), received_on=date(2026, 3, 10))
    await payments.reverse_payment(owner, p1.id, reason="退票", reversed_on=date(2026, 4, 5))
    assert not (await AnalyticsSnapshot.get(id=row.id)).stale
    days = await service.payment_days(owner, date(2026, 4, 30))
    assert (days.paid, days.average_days_to_pay, days.average_days_late) == (D("300.00"), D("47.0"), D("33.0"))
    earlier = await service.payment_days(owner, date(2026, 4, 4))
    assert (earlier.paid, earlier.average_days_to_pay, earlier.average_days_late) == (D("600.00"), D("42.0"), D("14.0"))
    # The ledger's own computation (a cut of both customers reads no snapshot) agrees.
    both = service.Scope(None, [a.id, b.id])
    assert await service.payment_days(owner, date(2026, 4, 30), both) == days
    assert await service.payment_days(owner, date(2026, 4, 4), both) == earlier


async def test_aging_as_of_a_snapshot_day_is_read_from_it_in_the_organizations_buckets(db):
    org, owner, a, b = await march_ledger()
    await take_snapshot(org.id, date(2026, 3, 31))
    ledger = await aging(org.id, date(2026, 3, 31))
    assert await service.organization_aging(org.id, date(2026, 3, 31)) == ledger
    # 03-31: current 1,500; 1–30 1,000 (I1's 03-15 part, I2); 31–60 300 (I4); four invoices of A and B
    assert [(x.label, x.amount, x.invoice_count) for x in ledger.buckets][:3] == [
        ("current", D("1500.00"), 2), ("1-30", D("1000.00"), 2), ("31-60", D("300.00"), 1)]
    assert (ledger.invoice_count, ledger.customer_count) == (4, 2)

    # From the row (changed by hand to see it); a cut and another day come from the ledger.
    row = await AnalyticsSnapshot.get(organization_id=org.id, day=date(2026, 3, 31))
    report = dict(row.aging_report, customer_count=7)
    await AnalyticsSnapshot.filter(id=row.id).update(aging_report=report)
    assert (await service.organization_aging(org.id, date(2026, 3, 31))).customer_count == 7
    assert (await service.organization_aging(org.id, date(2026, 3, 31), customer_ids=[a.id])).customer_count == 1
    assert (await service.organization_aging(org.id, date(2026, 3, 30))).customer_count == 2

    # Buckets changed since the snapshot: computed again in the new ones (I2 11 days overdue, I1's
    # 03-15 part 16 days, I4 50 days).
    await InvoiceSettings.update_or_create(defaults={"aging_bounds": [15, 45]}, organization_id=org.id)
    regrouped = await service.organization_aging(org.id, date(2026, 3, 31))
    assert [(x.label, x.amount) for x in regrouped.buckets] == [
        ("current", D("1500.00")), ("1-15", D("700.00")), ("16-45", D("300.00")), ("over_45", D("300.00"))]
    assert regrouped.customer_count == 2


async def test_a_snapshot_waits_for_a_posting_in_flight(db):
    """A snapshot taken while a back-dated posting is not yet committed waits for it (the lock of
    migration 0023), so it neither misses it nor is left fresh without it."""
    org, owner, a, b = await march_ledger()
    i1 = await Invoice.get(customer_id=a.id, total=D("900.00"))
    inside, release = asyncio.Event(), asyncio.Event()

    async def posting() -> None:
        async with unit_of_work():
            await received(owner, a, "100.00", received_on=date(2026, 3, 20), allocate=[(i1.id, D("100.00"))])
            inside.set()
            await release.wait()

    in_flight = asyncio.create_task(posting())
    await inside.wait()
    taking = asyncio.create_task(take_snapshot(org.id, date(2026, 3, 31)))
    await asyncio.sleep(1)
    assert not taking.done(), "the snapshot did not wait for the posting in flight"
    release.set()
    await in_flight
    await taking
    row = await AnalyticsSnapshot.get(organization_id=org.id, day=date(2026, 3, 31))
    # 2,800 − 100 received 03-20
    assert (row.ar_total, row.stale) == (D("2700.00"), False)


async def test_trends_by_day_week_and_month_from_the_backfill(db):
    org, owner, a, b = await march_ledger()
    assert await backfill(org.id, date(2026, 3, 1), date(2026, 3, 31)) == 31

    (march,) = await trends(owner, Granularity.MONTH, date(2026, 3, 1), date(2026, 3, 31))
    # Cash of March: P1 300 + P2 700 − P2 reversed 700 = 300; sales 2,200; AR at 03-31 2,800
    assert (march.start, march.end, march.snapshot_days, march.ar_total, march.cash_collected, march.credit_sales) == (
        date(2026, 3, 1), date(2026, 3, 31), 31, D("2800.00"), D("300.00"), D("2200.00"))

    weeks = await trends(owner, Granularity.WEEK, date(2026, 3, 1), date(2026, 3, 31))
    # 2026-03-01 is a Sunday: the first ISO week is cut to that day; then Mondays 03-02 … 03-30 (cut at 03-31).
    assert [(w.start, w.end) for w in weeks] == [
        (date(2026, 3, 1), date(2026, 3, 1)), (date(2026, 3, 2), date(2026, 3, 8)), (date(2026, 3, 9), date(2026, 3, 15)),
        (date(2026, 3, 16), date(2026, 3, 22)), (date(2026, 3, 23), date(2026, 3, 29)), (date(2026, 3, 30), date(2026, 3, 31))]
    # 03-09..03-15: P1 300 (03-10) + P2 700 (03-12) = 1,000; 03-23..03-29: P2 reversed 03-25: −700
    assert [w.cash_collected for w in weeks] == [D("0.00"), D("0.00"), D("1000.00"), D("0.00"), D("-700.00"), D("0.00")]
    # AR on 03-15: I1 600 + I4 500 + I2 0 (paid) + I3 1,500 = 2,600
    assert weeks[2].ar_total == D("2600.00")

    days = await trends(owner, Granularity.DAY, date(2026, 2, 27), date(2026, 3, 2))
    # No snapshot of February: those days have no position (null), not zero. On 03-01 and 03-02:
    # I1 900 + I4 500 + I3 1,500 (issued 03-01) = 2,900.
    assert [(d.start, d.snapshot_days, d.ar_total) for d in days] == [
        (date(2026, 2, 27), 0, None), (date(2026, 2, 28), 0, None),
        (date(2026, 3, 1), 1, D("2900.00")), (date(2026, 3, 2), 1, D("2900.00"))]


TRENDS = """
query($g: TrendGranularity!, $from: Date!, $to: Date!) {
  trends(granularity: $g, from: $from, to: $to) { start end snapshotDays arTotal cashCollected buckets { label amount } }
}
"""


async def test_trends_over_graphql_and_their_refusals(gql):
    org, owner, a, b = await march_ledger()
    await backfill(org.id, date(2026, 3, 30), date(2026, 3, 31))
    token = (await login(gql, await User.get(id=owner.user_id)))["accessToken"]
    result = await gql(TRENDS, {"g": "MONTH", "from": "2026-03-01", "to": "2026-03-31"}, token=token, org=org.id)
    assert result["data"]["trends"][0]["snapshotDays"] == 2 and result["data"]["trends"][0]["arTotal"] == "2800.00"
    reversed_period = await gql(TRENDS, {"g": "DAY", "from": "2026-03-31", "to": "2026-03-01"}, token=token, org=org.id)
    assert reversed_period["errors"][0]["extensions"] == {"code": "PERIOD_REVERSED", "field": "to", "params": []}
    await issued_invoice(owner, a, "10.00", issue_date=date(2024, 1, 2), due_date=date(2024, 2, 1))
    too_many = await gql(TRENDS, {"g": "DAY", "from": "2024-01-02", "to": "2026-03-31"}, token=token, org=org.id)
    assert too_many["errors"][0]["extensions"]["code"] == "PERIOD_TOO_LONG"
    collector = await staff(org, Role.COLLECTOR)
    with pytest.raises(AccessDenied):
        await trends(collector.actor, Granularity.DAY, date(2026, 3, 1), date(2026, 3, 31))
    with pytest.raises(DomainError):
        await trends(owner, Granularity.DAY, date(2026, 3, 1), date(2099, 3, 31))


async def test_backfill_command(db):
    org, owner = await ledger_org()
    customer = await create_customer(org)
    await issued_invoice(owner, customer, "100.00", issue_date=date(2026, 3, 1), due_date=date(2026, 3, 31))

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "backend.cli", "snapshots-backfill", *args], cwd=ROOT, capture_output=True, text=True,
            timeout=120, env={**os.environ, "DATABASE_URL": db},
        )

    refused = await asyncio.to_thread(run, "--from", "2026-03-02", "--to", "2026-03-01")
    assert refused.returncode != 0 and "--to is before --from" in refused.stderr
    done = await asyncio.to_thread(run, "--from", "2026-03-01", "--to", "2026-03-03", "--organization", str(org.id))
    assert done.returncode == 0, done.stderr
    assert "3 daily snapshots" in done.stdout
    rows = await AnalyticsSnapshot.filter(organization_id=org.id).order_by("day")
    assert [(r.day, r.ar_total, r.credit_sales) for r in rows] == [
        (date(2026, 3, 1), D("100.00"), D("100.00")), (date(2026, 3, 2), D("100.00"), D("0.00")),
        (date(2026, 3, 3), D("100.00"), D("0.00"))]


@pytest.mark.worker
async def test_the_snapshot_job_run_twice_in_a_day_stores_one_snapshot(worker_process):
    org, owner = await ledger_org()
    customer = await create_customer(org)
    yesterday = local_today(org.timezone) - timedelta(days=1)
    await issued_invoice(owner, customer, "100.00", issue_date=yesterday - timedelta(days=40), due_date=yesterday - timedelta(days=10))

    snapshot_organization.send(str(org.id))
    deadline = time.monotonic() + 30
    while (first := await AnalyticsSnapshot.get_or_none(organization_id=org.id, day=yesterday)) is None:
        assert time.monotonic() < deadline, "the worker stored no snapshot"
        await asyncio.sleep(0.3)
    snapshot_organization.send(str(org.id))
    while (again := await AnalyticsSnapshot.get(organization_id=org.id, day=yesterday)).taken_at == first.taken_at:
        assert time.monotonic() < deadline, "the second run did not happen"
        await asyncio.sleep(0.3)
    assert await AnalyticsSnapshot.filter(organization_id=org.id).count() == 1
    assert (again.ar_total, again.overdue_ar) == (D("100.00"), D("100.00"))


async def test_trends_export(client, gql):
    m = await member(gql, Role.OWNER)
    owner = (await staff(m.org, Role.OWNER)).actor
    customer = await create_customer(m.org)
    await issued_invoice(owner, customer, "100.00", issue_date=date(2026, 3, 1), due_date=date(2026, 3, 31))
    await backfill(m.org.id, date(2026, 3, 1), date(2026, 3, 3))
    rows = sheet((await download(client, m, "/exports/trends.xlsx", lang="en", granularity="day",
                                 **{"from": "2026-03-01", "to": "2026-03-03"})).content)
    assert rows[0][:4] == ("Period start", "Period end", "Snapshot days", "AR")
    # Three days of AR 100.00; sales 100.00 on 03-01 only (the totals row sums them)
    assert [r[3] for r in rows[1:4]] == [100, 100, 100] and [r[9] for r in rows[1:4]] == [100, 0, 0]
    bad = await download(client, m, "/exports/trends.csv", granularity="day", **{"from": "2026-03-03", "to": "2026-03-01"})
    assert bad.status_code == 400 and bad.json()["errors"][0] == {
        "field": "to", "code": "PERIOD_REVERSED", "message": "The period ends before it starts."}
