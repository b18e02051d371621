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
from backend.analytics.snapshots import Granularity, backfill, take_snapshot, trends
from backend.analytics.tasks import snapshot_organization
from backend.kit.errors import AccessDenied, DomainError
from backend.kit.time import local_today
from tests.analytics.test_kpis_ledger import march_ledger
from tests.conftest import ROOT
from tests.exports.helpers import download, sheet
from tests.fixtures.api import login, member
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, staff


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
