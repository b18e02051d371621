"""The daily snapshot and the trend series read from it (docs/analytics.md "Trends").

A snapshot holds an organization's figures for one of its local days, from the dated ledger as of
that day (so a snapshot taken late, or by the backfill, gives what the day gave): AR, current and
overdue AR, the aging buckets, standard DSO over the 90 days ending on the day, CEI of the month to
date, the day's cash collected and credit sales, the month's cash, sales and write-offs to the day
(a month-end's: the whole month's), the money received in the month to the day with its amount ×
days to pay and days late (as the KPIs count them), the aging report in the organization's buckets
of the day, and how many invoices were open and overdue. One
row per organization and day: taking it again replaces it (the unique key), so the job is
idempotent per day.

The database marks a snapshot `stale` when a ledger row dated on or before its day is written
after it was taken (migration 0023). One that is not stale is exact, so positions as of its day
are read from it (service.position); the daily job takes stale ones again, month-ends first.
Taking one holds the organization's SNAPSHOT_LOCK exclusively, which every marking trigger takes
shared: a posting in flight is committed before the snapshot reads the ledger, or marks it after.
"""

from __future__ import annotations

import enum
import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..invoices.aging import aging, bucket_settings
from ..kit.errors import AccessDenied, AccessErrorCode, DomainError
from ..kit.money import ZERO
from ..kit.time import local_today
from ..kit.uow import unit_of_work
from . import kpis
from .errors import AnalyticsErrorCode as Code
from .period import check_period
from .cuts import Scope
from .service import DSO_WINDOW_DAYS, _month_start, paid_sums, period_flows, position

MAX_POINTS = 400
# How many stale snapshots one run of the daily job takes again (month-ends first, then the latest).
RETAKES_PER_RUN = 40

# The first key of the advisory lock of migration 0023 (the second: hashtext of the organization's id).
SNAPSHOT_LOCK = 7_240_013
_LOCK_SQL = f"SELECT pg_advisory_xact_lock({SNAPSHOT_LOCK}, hashtext($1::uuid::text))"

_UPSERT_SQL = """
INSERT INTO analytics_snapshots (id, organization_id, day, ar_total, current_ar, overdue_ar, buckets, dso,
                                 cei_month_to_date, cash_collected, credit_sales, open_invoices, overdue_invoices,
                                 cash_month_to_date, sales_month_to_date, write_offs_month_to_date,
                                 paid_month_to_date, pay_days_month_to_date, late_days_month_to_date, aging_report, stale, taken_at)
VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20::jsonb, false, now())
ON CONFLICT (organization_id, day) DO UPDATE SET
  ar_total = EXCLUDED.ar_total, current_ar = EXCLUDED.current_ar, overdue_ar = EXCLUDED.overdue_ar,
  buckets = EXCLUDED.buckets, dso = EXCLUDED.dso, cei_month_to_date = EXCLUDED.cei_month_to_date,
  cash_collected = EXCLUDED.cash_collected, credit_sales = EXCLUDED.credit_sales,
  open_invoices = EXCLUDED.open_invoices, overdue_invoices = EXCLUDED.overdue_invoices,
  cash_month_to_date = EXCLUDED.cash_month_to_date, sales_month_to_date = EXCLUDED.sales_month_to_date,
  write_offs_month_to_date = EXCLUDED.write_offs_month_to_date, paid_month_to_date = EXCLUDED.paid_month_to_date,
  pay_days_month_to_date = EXCLUDED.pay_days_month_to_date, late_days_month_to_date = EXCLUDED.late_days_month_to_date,
  aging_report = EXCLUDED.aging_report, stale = false, taken_at = now()
"""

# The snapshots to take again, stale ones and those taken before they kept their month's flows
# (migration 0026): month-ends first (the positions and flows the dashboard's trend and the KPIs
# read), then the latest days.
_STALE_SQL = """
SELECT day FROM analytics_snapshots
WHERE organization_id = $1 AND (stale OR paid_month_to_date IS NULL)
ORDER BY day = (date_trunc('month', day) + interval '1 month - 1 day')::date DESC, day DESC
LIMIT $2
"""


async def take_snapshot(organization_id: uuid.UUID, day: date) -> None:
    """Store (or replace) the organization's snapshot of `day`, computed from the ledger in one
    transaction that holds the organization's SNAPSHOT_LOCK (see the module's docstring)."""
    actor = Actor.system(organization_id)
    async with unit_of_work() as connection:
        await connection.execute_query(_LOCK_SQL, [organization_id])
        now = await position(actor, day, from_snapshot=False)
        month_start = _month_start(day)
        month_beginning = await position(actor, month_start - timedelta(days=1))
        # The DSO window (90 days) holds the month to date, which holds the day: one pass.
        periods = await period_flows(actor, sorted({day - timedelta(days=DSO_WINDOW_DAYS - 1), month_start, day}), day)
        window_sales = sum((p.credit_sales for p in periods), ZERO)
        month = [p for p in periods if p.start >= month_start]
        month_sales = sum((p.credit_sales for p in month), ZERO)
        today = periods[-1]
        paid = await paid_sums(actor, day, Scope(None), month_start, day)
        bounds, basis, _ = await bucket_settings(organization_id)
        report = await aging(organization_id, day, bounds, basis=basis)
        buckets = [{"label": b.label, "amount": str(b.amount)} for b in report.buckets]
        kept_report = {
            "bounds": list(bounds), "basis": basis.value, "invoice_count": report.invoice_count, "customer_count": report.customer_count,
            "buckets": [{"amount": str(b.amount), "invoices": b.invoice_count} for b in report.buckets],
        }
        await connection.execute_query(
            _UPSERT_SQL,
            [
                uuid.uuid4(), organization_id, day, now.total, now.current, now.overdue, json.dumps(buckets),
                kpis.standard_dso(now.total, window_sales, DSO_WINDOW_DAYS),
                kpis.cei(month_beginning.total, month_sales, now.total, now.current),
                today.cash_collected, today.credit_sales, now.open_invoices, now.overdue_invoices,
                sum((p.cash_collected for p in month), ZERO), month_sales, sum((p.write_offs for p in month), ZERO),
                paid.paid, paid.pay_days, paid.late_days, json.dumps(kept_report),
            ],
        )


async def retake_stale(organization_id: uuid.UUID, limit: int = RETAKES_PER_RUN) -> list[date]:
    """Take again up to `limit` of the organization's stale snapshots, or ones without their
    month's flows (month-ends first); the days."""
    rows = await connections.get("default").execute_query_dict(_STALE_SQL, [organization_id, limit])
    days = [row["day"] for row in rows]
    for day in days:
        await take_snapshot(organization_id, day)
    return days


async def snapshot_yesterday(organization_id: uuid.UUID) -> date:
    """The daily job's work for one organization: its local yesterday (a complete day), then the
    stale snapshots (retake_stale)."""
    org = await Organization.get(id=organization_id)
    day = local_today(org.timezone) - timedelta(days=1)
    await take_snapshot(organization_id, day)
    await retake_stale(organization_id)
    return day


async def backfill(organization_id: uuid.UUID, start: date, end: date) -> int:
    """Snapshots of every day from `start` to `end` (replacing those already taken); the count."""
    day, count = start, 0
    while day <= end:
        await take_snapshot(organization_id, day)
        day += timedelta(days=1)
        count += 1
    return count


class Granularity(enum.Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class TrendPoint:
    """A day, ISO week (Monday to Sunday) or calendar month: positions as of its last snapshot day
    (null when no day of it was snapshotted), flows summed over its snapshotted days."""

    start: date
    end: date
    snapshot_days: int
    ar_total: Decimal | None
    current_ar: Decimal | None
    overdue_ar: Decimal | None
    buckets: list[tuple[str, Decimal]]
    dso: Decimal | None
    cei_month_to_date: Decimal | None
    cash_collected: Decimal
    credit_sales: Decimal


_TRENDS_SQL = """
WITH s AS (
    SELECT *, date_trunc($4::text, day)::date AS period FROM analytics_snapshots
    WHERE organization_id = $1 AND day BETWEEN $2 AND $3
)
SELECT l.*, f.days, f.cash, f.sales
FROM (SELECT DISTINCT ON (period) period, ar_total, current_ar, overdue_ar, buckets, dso, cei_month_to_date
      FROM s ORDER BY period, day DESC) l
JOIN (SELECT period, COUNT(*) AS days, SUM(cash_collected) AS cash, SUM(credit_sales) AS sales FROM s GROUP BY period) f
  USING (period)
"""


def _period_start(day: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day


def _period_end(start: date, granularity: Granularity) -> date:
    if granularity is Granularity.WEEK:
        return start + timedelta(days=6)
    if granularity is Granularity.MONTH:
        return _month_start(start, -1) - timedelta(days=1)
    return start


async def trends(actor: Actor, granularity: Granularity, start: date, end: date) -> list[TrendPoint]:
    """One point per day, week or month from `start` to `end` (the first and last cut at them),
    for the whole organization: members who see only their own customers are refused."""
    actor.require(Permission.CUSTOMERS_READ)
    if not actor.sees_all_customers:
        raise AccessDenied(AccessErrorCode.FORBIDDEN, "Trends cover the whole organization.")
    await check_period(await Organization.get(id=actor.org_id), start, end, end_field="to")
    periods = []
    at = _period_start(start, granularity)
    while at <= end:
        periods.append(at)
        at = _period_end(at, granularity) + timedelta(days=1)
    if len(periods) > MAX_POINTS:
        raise DomainError.single(Code.PERIOD_TOO_LONG, f"At most {MAX_POINTS} points: choose a coarser granularity.", "to")
    rows = await connections.get("default").execute_query_dict(_TRENDS_SQL, [actor.org_id, start, end, granularity.value])
    found = {row["period"]: row for row in rows}
    points = []
    for period in periods:
        row = found.get(period)
        first, last = max(period, start), min(_period_end(period, granularity), end)
        if row is None:
            points.append(TrendPoint(first, last, 0, None, None, None, [], None, None, Decimal("0.00"), Decimal("0.00")))
            continue
        buckets = row["buckets"] if isinstance(row["buckets"], list) else json.loads(row["buckets"])
        points.append(TrendPoint(
            first, last, row["days"], row["ar_total"], row["current_ar"], row["overdue_ar"],
            [(b["label"], Decimal(b["amount"])) for b in buckets], row["dso"], row["cei_month_to_date"], row["cash"], row["sales"],
        ))
    return points
