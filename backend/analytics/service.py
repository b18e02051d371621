"""The receivables position and flows behind the KPIs and the dashboard.

All figures are in the organization's base currency at the rate stored on each document, each
document's figure rounded to cents before summing (as the aging report does). Positions are
as of a date from the dated ledger rows, so a past date always gives the figures it gave then.

Flows in a period [start, end] (both org-local calendar dates, inclusive):
- credit sales: totals of invoices issued in it (drafts and voided invoices never count);
- cash collected: allocations applied in it, less allocations reversed in it (a reversed payment
  takes its cash back on the day it is reversed), so beginning AR + sales − cash − credits −
  write-offs = ending AR;
- write-offs: approved write-offs dated in it.
Collectors and sales without `sees_all_customers` get the figures of their own customers.
"""

from __future__ import annotations

import asyncio
import calendar
import json
import uuid
from collections.abc import Awaitable, Callable, Sequence
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..invoices.aging import AgingBasis, AgingReport, Bucket, aging, bucket_ranges, bucket_settings
from ..invoices.aging import currency_condition
from ..invoices.balances import DUE_BALANCES_AS_OF_SQL, PAID_PARTS_SQL
from ..kit.clean import MIN_BUSINESS_DATE
from ..kit.money import ZERO
from ..kit.time import local_today
from . import kpis
from .cuts import Cut, Scope, membership_scope, resolve
from .limits import analytics_slot
from .period import check_as_of, check_period

DSO_WINDOW_DAYS = 90
TREND_MONTHS = 6
FORECAST_WEEKS = 8
TOP_CUSTOMERS = 5

T = TypeVar("T")

# The invoices `i` of a scope: $4 membership (or null), $5 customer ids (or null), $6 currency (or null).
_SCOPE = (
    "($4::uuid IS NULL OR EXISTS (SELECT 1 FROM customers s WHERE s.id = i.customer_id AND (s.collector_id = $4 OR s.owner_id = $4)))"
    " AND ($5::uuid[] IS NULL OR i.customer_id = ANY($5::uuid[])) AND ($6::text IS NULL OR i.currency = $6::text)"
)

# The credit sales of a period: the invoices `i` issued in [$2, $3] (drafts and voided ones never
# count), of the scope ($4–$6).
_SOLD = f"i.organization_id = $1 AND i.status NOT IN ('draft', 'void') AND i.issue_date BETWEEN $2 AND $3 AND {_SCOPE}"

# The flows of consecutive periods in one pass: $1 organization, $2 the first period's start, $3
# the last period's end, $4–$6 the scope, $7 the periods' starts in ascending order ($7[1] = $2);
# `period` is the 1-based index of the period of each row (width_bucket).
_FLOWS_SQL = f"""
SELECT width_bucket(f.day, $7::date[]) AS period, SUM(f.sales) AS credit_sales, SUM(f.cash) AS cash_collected,
       SUM(f.written) AS write_offs
FROM (
  SELECT i.issue_date AS day, ROUND(i.total * i.exchange_rate, 2) AS sales, 0::numeric AS cash, 0::numeric AS written
  FROM invoices i
  WHERE {_SOLD}
  UNION ALL
  SELECT a.applied_on, 0, ROUND(a.amount * i.exchange_rate, 2), 0 FROM allocations a JOIN invoices i ON i.id = a.invoice_id
  WHERE a.organization_id = $1 AND a.applied_on BETWEEN $2 AND $3 AND {_SCOPE}
  UNION ALL
  SELECT a.reversed_on, 0, -ROUND(a.amount * i.exchange_rate, 2), 0 FROM allocations a JOIN invoices i ON i.id = a.invoice_id
  WHERE a.organization_id = $1 AND a.reversed_on BETWEEN $2 AND $3 AND {_SCOPE}
  UNION ALL
  SELECT w.written_off_on, 0, 0, ROUND(w.amount * i.exchange_rate, 2) FROM write_offs w JOIN invoices i ON i.id = w.invoice_id
  WHERE w.organization_id = $1 AND w.status = 'approved' AND w.written_off_on BETWEEN $2 AND $3 AND {_SCOPE}
) f
GROUP BY 1
"""

# Credit sales alone (the standard DSO's window): $1 organization, $2 start, $3 end, $4–$6 the scope.
_SALES_SQL = f"""
SELECT COALESCE(SUM(ROUND(i.total * i.exchange_rate, 2)), 0) AS credit_sales FROM invoices i
WHERE {_SOLD}
"""

# Monthly credit sales for the countback: $1 organization, $2 first month start, $3 end, $4–$6 the scope.
_MONTHLY_SALES_SQL = f"""
SELECT date_trunc('month', i.issue_date)::date AS month, SUM(ROUND(i.total * i.exchange_rate, 2)) AS credit_sales
FROM invoices i
WHERE {_SOLD}
GROUP BY 1
"""

# Parameters of PARTS_AS_OF_SQL: $1 organization, $2 as of, $3 invoice ids, $4 customer ids, $5
# membership; $6 a currency (or null).
_POSITION_SQL = f"""
SELECT COALESCE(SUM(base), 0) AS total,
       COALESCE(SUM(base) FILTER (WHERE NOT overdue), 0) AS current,
       COALESCE(SUM(firsts), 0)::bigint AS open_invoices,
       COALESCE(SUM(firsts) FILTER (WHERE overdue), 0)::bigint AS overdue_invoices
FROM ({DUE_BALANCES_AS_OF_SQL}) p
WHERE {currency_condition(6)}
"""

# The same figures from the organization's snapshot of $2, when it is exact (analytics.snapshots).
_SNAPSHOT_POSITION_SQL = """
SELECT ar_total AS total, current_ar AS current, open_invoices, overdue_invoices
FROM analytics_snapshots
WHERE organization_id = $1 AND day = $2 AND NOT stale AND open_invoices IS NOT NULL
"""

# The aging report kept by the organization's snapshot of $2, when it is exact (analytics.snapshots).
_SNAPSHOT_AGING_SQL = """
SELECT aging_report FROM analytics_snapshots
WHERE organization_id = $1 AND day = $2 AND NOT stale AND aging_report IS NOT NULL
"""

# Promises to pay that fell due in the period: settled (kept or broken) with a promised date in
# it; a part-kept promise counts by its kept ratio (docs/collections.md). $1 organization, $2
# start, $3 end, $4–$5 membership and customer ids of the scope, $6 currency.
_PROMISES_SQL = """
SELECT COUNT(*) AS fallen_due, COALESCE(SUM(pr.kept_ratio), 0) AS kept
FROM promises_to_pay pr
WHERE pr.organization_id = $1 AND pr.status <> 'open' AND pr.promised_on BETWEEN $2 AND $3
  AND ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM customers s WHERE s.id = pr.customer_id AND (s.collector_id = $4 OR s.owner_id = $4)))
  AND ($5::uuid[] IS NULL OR pr.customer_id = ANY($5::uuid[])) AND ($6::text IS NULL OR pr.currency = $6::text)
"""

# The days to pay and days late of the money received in the 12 months up to $3 as of $3
# (balances.PAID_PARTS_SQL: per installment part), summed in the base currency and weighted by
# amount: of the rows applied from $6 to $7, of the invoices $8 (or all); $2 customer ids, $4
# membership, $5 currency.
_PAYMENT_DAYS_SQL = f"""
SELECT COALESCE(SUM(ROUND(filled * exchange_rate, 2)), 0) AS paid,
       COALESCE(SUM(ROUND(filled * exchange_rate, 2) * days_to_pay), 0) AS pay_days,
       COALESCE(SUM(ROUND(filled * exchange_rate, 2) * days_late), 0) AS late_days
FROM ({PAID_PARTS_SQL}) p
WHERE ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM customers s WHERE s.id = p.customer_id AND (s.collector_id = $4 OR s.owner_id = $4)))
  AND ($5::text IS NULL OR p.currency = $5::text) AND p.applied_on BETWEEN $6::date AND $7::date
  AND ($8::uuid[] IS NULL OR p.invoice_id = ANY($8::uuid[]))
"""

# The month-to-date figures of the snapshots from $2 to $3 that are exact (not stale) and keep
# them (migration 0026).
_KEPT_DAYS_SQL = """
SELECT day, sales_month_to_date AS credit_sales, cash_month_to_date AS cash_collected, write_offs_month_to_date AS write_offs,
       paid_month_to_date AS paid, pay_days_month_to_date AS pay_days, late_days_month_to_date AS late_days
FROM analytics_snapshots
WHERE organization_id = $1 AND day BETWEEN $2 AND $3 AND NOT stale AND paid_month_to_date IS NOT NULL
"""

# The invoices with an allocation reversed from $2 to $3, and their customers.
_REVERSED_SQL = """
SELECT DISTINCT a.invoice_id, i.customer_id FROM allocations a JOIN invoices i ON i.id = a.invoice_id
WHERE a.organization_id = $1 AND a.reversed_on BETWEEN $2 AND $3
"""

_FORECAST_SQL = f"""
SELECT CASE WHEN overdue THEN -1 WHEN -days_past_due >= {7 * FORECAST_WEEKS} THEN {FORECAST_WEEKS}
            ELSE -days_past_due / 7 END AS week,
       SUM(base) AS amount
FROM ({DUE_BALANCES_AS_OF_SQL}) p
GROUP BY 1
"""

_TOP_OVERDUE_SQL = f"""
SELECT p.customer_id, c.code, c.legal_name, SUM(p.base) AS overdue, MAX(p.days_past_due) AS days,
       SUM(p.firsts)::bigint AS invoices
FROM ({DUE_BALANCES_AS_OF_SQL}) p JOIN customers c ON c.id = p.customer_id
WHERE p.overdue
GROUP BY p.customer_id, c.code, c.legal_name
ORDER BY overdue DESC, c.code
LIMIT {TOP_CUSTOMERS}
"""


@dataclass(frozen=True)
class Position:
    as_of: date
    total: Decimal
    current: Decimal
    open_invoices: int
    overdue_invoices: int

    @property
    def overdue(self) -> Decimal:
        return self.total - self.current

    @property
    def overdue_ratio(self) -> Decimal | None:
        return kpis.overdue_ratio(self.overdue, self.total)


@dataclass(frozen=True)
class Flows:
    start: date
    end: date
    credit_sales: Decimal
    cash_collected: Decimal
    write_offs: Decimal

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _everything(actor: Actor) -> Scope:
    return Scope(membership_scope(actor))


def _scope_params(scope: Scope) -> list[Any]:
    return [scope.membership_id, scope.customer_ids, scope.currency]


async def position(actor: Actor, as_of: date, scope: Scope | None = None, *, from_snapshot: bool = True) -> Position:
    """The position as of the end of `as_of`: for the whole organization, from its snapshot of
    that day when it has one that is not stale (analytics.snapshots), else from the ledger."""
    scope = scope or _everything(actor)
    connection = connections.get("default")
    if from_snapshot and scope == Scope(None):
        kept = await connection.execute_query_dict(_SNAPSHOT_POSITION_SQL, [actor.org_id, as_of])
        if kept:
            row = kept[0]
            return Position(as_of, row["total"], row["current"], row["open_invoices"], row["overdue_invoices"])
    rows = await connection.execute_query_dict(
        _POSITION_SQL, [actor.org_id, as_of, None, scope.customer_ids, scope.membership_id, scope.currency]
    )
    row = rows[0]
    return Position(as_of, row["total"], row["current"], row["open_invoices"], row["overdue_invoices"])


async def organization_aging(
    organization_id: uuid.UUID, as_of: date, *, customer_ids: list[uuid.UUID] | None = None, currency: str | None = None,
    membership_id: uuid.UUID | None = None,
) -> AgingReport:
    """invoices.aging.aging in the organization's buckets: for the whole organization, from its
    snapshot of `as_of` when that is exact and was computed in the buckets the organization has now."""
    bounds: Sequence[int] | None = None
    basis: AgingBasis | None = None
    if customer_ids is None and currency is None and membership_id is None:
        rows = await connections.get("default").execute_query_dict(_SNAPSHOT_AGING_SQL, [organization_id, as_of])
        if rows:
            kept = rows[0]["aging_report"]
            kept = kept if isinstance(kept, dict) else json.loads(kept)
            bounds, basis, _ = await bucket_settings(organization_id)
            if kept["bounds"] == list(bounds) and kept["basis"] == basis.value:
                buckets = [Bucket(label, low, high, Decimal(b["amount"]), b["invoices"])
                           for (label, low, high), b in zip(bucket_ranges(bounds), kept["buckets"], strict=True)]
                return AgingReport(as_of, AgingBasis(kept["basis"]), buckets, kept["invoice_count"], kept["customer_count"])
    return await aging(organization_id, as_of, bounds, basis=basis, customer_ids=customer_ids, currency=currency, membership_id=membership_id)


async def flows(actor: Actor, start: date, end: date, scope: Scope | None = None) -> Flows:
    """The flows of [start, end] (period_flows)."""
    return (await period_flows(actor, [start], end, scope))[0]


@dataclass(frozen=True)
class Kept:
    """The month-to-date figures of the exact snapshots (not stale, keeping them: migration 0026)
    of an organization, by day, and those days in order."""

    rows: dict[date, dict[str, Any]]
    days: list[date]

    def between(self, first: date, last: date) -> list[date]:
        return self.days[bisect_left(self.days, first):bisect_right(self.days, last)]


async def _kept(actor: Actor, first: date, last: date, scope: Scope) -> Kept | None:
    """What the snapshots from the day before `first` to `last` keep; None for a cut (a snapshot
    has none)."""
    if scope != Scope(None):
        return None
    rows = await connections.get("default").execute_query_dict(_KEPT_DAYS_SQL, [actor.org_id, first - timedelta(days=1), last])
    return Kept({row["day"]: row for row in rows}, sorted(row["day"] for row in rows))


@dataclass(frozen=True)
class Cover:
    """How the days from `first` to `last` are read: from snapshots' month-to-date figures, each
    added or taken off (`pieces`: the snapshot's day, +1 or -1, its row), and the other runs of
    days from the ledger (`live`)."""

    first: date
    last: date
    pieces: list[tuple[date, int, dict[str, Any]]]
    live: list[tuple[date, date]]

    @property
    def covered(self) -> list[tuple[date, date]]:
        """The runs of days the pieces cover."""
        runs, at = [], self.first
        for since, until in self.live:
            if at < since:
                runs.append((at, since - timedelta(days=1)))
            at = until + timedelta(days=1)
        if at <= self.last:
            runs.append((at, self.last))
        return runs

    def sum(self, column: str) -> Decimal:
        return sum((sign * row[column] for _, sign, row in self.pieces), ZERO)


def _cover(first: date, last: date, kept: Kept | None) -> Cover:
    """Within each month, the days from p to q are the month-to-date figures of the latest kept
    snapshot by q less those of the day before p (none before the month's first day): a month-end's
    snapshot gives a whole month, yesterday's this month to yesterday. Days no kept snapshot
    covers, and every day without `kept` (a cut), are read from the ledger."""
    if kept is None:
        return Cover(first, last, [], [(first, last)])
    pieces: list[tuple[date, int, dict[str, Any]]] = []
    live: list[tuple[date, date]] = []
    month = _month_start(first)
    while month <= last:
        since, until = max(first, month), min(last, _month_end(month))
        before = since - timedelta(days=1)
        days = kept.between(max(before, month), until)
        low = before if since == month else days[0] if days else None
        if low is None:
            live.append((since, until))
        else:
            high = days[-1] if days and days[-1] > low else low
            if low >= since:
                live.append((since, low))
            if high > low:
                pieces.append((high, 1, kept.rows[high]))
                if low >= month:
                    pieces.append((low, -1, kept.rows[low]))
            if high < until:
                live.append((high + timedelta(days=1), until))
        month = _month_start(month, -1)
    return Cover(first, last, pieces, _joined(live))


def _joined(ranges: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """`ranges` (ascending) with those that follow one another joined."""
    return [(run[0][0], run[-1][1]) for run in _runs([(since, until, 0) for since, until in ranges])]


def _month_end(month: date) -> date:
    return _month_start(month, -1) - timedelta(days=1)


def _runs(ranges: list[tuple[date, date, int]]) -> list[list[tuple[date, date, int]]]:
    """`ranges` (ascending, each tagged) in runs of ranges that follow one another."""
    runs: list[list[tuple[date, date, int]]] = []
    for since, until, tag in ranges:
        if runs and runs[-1][-1][1] + timedelta(days=1) == since:
            runs[-1].append((since, until, tag))
        else:
            runs.append([(since, until, tag)])
    return runs


async def period_flows(actor: Actor, starts: list[date], end: date, scope: Scope | None = None) -> list[Flows]:
    """The flows of consecutive periods: the period from each of `starts` (ascending) to the day
    before the next, the last one to `end`. For the whole organization, the days snapshots cover
    are read from their month-to-date figures (_cover); the others from the ledger, one query per
    run of days that follow one another."""
    scope = scope or _everything(actor)
    ends = [following - timedelta(days=1) for following in starts[1:]] + [end]
    kept = await _kept(actor, starts[0], end, scope)
    covers = [_cover(start, last, kept) for start, last in zip(starts, ends, strict=True)]
    figures = [[c.sum("credit_sales"), c.sum("cash_collected"), c.sum("write_offs")] for c in covers]
    for run in _runs([(since, until, k) for k, c in enumerate(covers) for since, until in c.live]):
        rows = await connections.get("default").execute_query_dict(
            _FLOWS_SQL, [actor.org_id, run[0][0], run[-1][1], *_scope_params(scope), [since for since, _, _ in run]]
        )
        for row in rows:
            period = figures[run[row["period"] - 1][2]]
            period[0], period[1], period[2] = period[0] + row["credit_sales"], period[1] + row["cash_collected"], period[2] + row["write_offs"]
    return [Flows(start, last, *figure) for start, last, figure in zip(starts, ends, figures, strict=True)]


async def credit_sales(actor: Actor, start: date, end: date, scope: Scope | None = None) -> Decimal:
    """The credit sales of [start, end] (as in Flows), without the cash and write-offs."""
    rows = await connections.get("default").execute_query_dict(
        _SALES_SQL, [actor.org_id, start, end, *_scope_params(scope or _everything(actor))]
    )
    return rows[0]["credit_sales"]


@dataclass(frozen=True)
class Promises:
    fallen_due: int
    kept: Decimal

    @property
    def kept_rate(self) -> Decimal | None:
        return kpis.promise_kept_rate(self.kept, self.fallen_due)


async def promises(actor: Actor, start: date, end: date, scope: Scope | None = None) -> Promises:
    """Promises to pay fallen due in [start, end] and how much of them was kept."""
    rows = await connections.get("default").execute_query_dict(
        _PROMISES_SQL, [actor.org_id, start, end, *_scope_params(scope or _everything(actor))]
    )
    return Promises(rows[0]["fallen_due"], rows[0]["kept"])


@dataclass(frozen=True)
class PaymentDays:
    paid: Decimal
    average_days_to_pay: Decimal | None
    average_days_late: Decimal | None


# The days to pay and days late are of the money received in this many days up to the as-of date.
PAYMENT_DAYS_WINDOW = 365


@dataclass(frozen=True)
class PaidSums:
    """Money received and its amount × days to pay and amount × days late, in the base currency."""

    paid: Decimal = ZERO
    pay_days: Decimal = ZERO
    late_days: Decimal = ZERO

    def __add__(self, other: "PaidSums") -> "PaidSums":
        return PaidSums(self.paid + other.paid, self.pay_days + other.pay_days, self.late_days + other.late_days)

    def __sub__(self, other: "PaidSums") -> "PaidSums":
        return PaidSums(self.paid - other.paid, self.pay_days - other.pay_days, self.late_days - other.late_days)


async def paid_sums(actor: Actor, as_of: date, scope: Scope, since: date, until: date,
                    invoice_ids: list[uuid.UUID] | None = None) -> PaidSums:
    """The sums as of `as_of` of the money applied from `since` to `until` (within the twelve
    months up to `as_of`), from the ledger."""
    rows = await connections.get("default").execute_query_dict(
        _PAYMENT_DAYS_SQL, [actor.org_id, scope.customer_ids, as_of, scope.membership_id, scope.currency, since, until, invoice_ids]
    )
    return PaidSums(rows[0]["paid"], rows[0]["pay_days"], rows[0]["late_days"])


async def payment_days(actor: Actor, as_of: date, scope: Scope | None = None) -> PaymentDays:
    """Amount-weighted average days to pay and days late of the money received in the twelve
    months up to `as_of`, per installment part (a customer's own figure with a customer cut).

    For the whole organization, the days that snapshots cover are read from their month-to-date
    sums (_cover), each as of its own day; the other days from the ledger. A snapshot's rows as of
    a later date differ only for invoices with an allocation reversed since (a reversal dated later
    takes the money out and refills the invoice's parts; anything else dated later comes after the
    snapshot's payments, and back-dated rows make the snapshot stale): for those invoices the
    snapshots' part is taken off and the ledger's as of `as_of` put in."""
    scope = scope or _everything(actor)
    first = as_of - timedelta(days=PAYMENT_DAYS_WINDOW - 1)
    cover = _cover(first, as_of, await _kept(actor, first, as_of, scope))
    total = PaidSums(cover.sum("paid"), cover.sum("pay_days"), cover.sum("late_days"))
    for since, until in cover.live:
        total += await paid_sums(actor, as_of, scope, since, until)
    if cover.pieces:
        earliest = _month_start(min(day for day, _, _ in cover.pieces))
        reversed_rows = await connections.get("default").execute_query_dict(_REVERSED_SQL, [actor.org_id, earliest, as_of])
        if reversed_rows:
            invoices = [row["invoice_id"] for row in reversed_rows]
            theirs = Scope(None, sorted({row["customer_id"] for row in reversed_rows}))
            for day, sign, _ in cover.pieces:
                counted = await paid_sums(actor, day, theirs, _month_start(day), day, invoices)
                total = total - counted if sign > 0 else total + counted
            for since, until in cover.covered:
                total += await paid_sums(actor, as_of, theirs, since, until, invoices)
    return PaymentDays(total.paid, kpis.weighted_days(total.pay_days, total.paid), kpis.weighted_days(total.late_days, total.paid))


def _month_start(day: date, months_back: int = 0) -> date:
    month_index = day.year * 12 + day.month - 1 - months_back
    return date(month_index // 12, month_index % 12 + 1, 1)


# The countback reads these many months back first (most AR is younger), and the whole history
# only when they do not consume the ending AR.
COUNTBACK_MONTHS = (3, 12)


async def _countback(actor: Actor, ending_ar: Decimal, end: date, scope: Scope) -> Decimal | None:
    """Walks back from the period's last month through every month since the first sale."""
    if ending_ar <= 0:
        return kpis.countback_dso(ending_ar, [])
    for months in COUNTBACK_MONTHS:
        recent = _month_start(end, months - 1)
        found = kpis.countback_dso(ending_ar, _months_back(end, recent, await _monthly_sales(actor, recent, end, scope)))
        if found is not None:
            return found
    sales = {month: amount for month, amount in (await _monthly_sales(actor, MIN_BUSINESS_DATE, end, scope)).items() if amount}
    if not sales:
        return None
    return kpis.countback_dso(ending_ar, _months_back(end, min(sales), sales))


async def _monthly_sales(actor: Actor, since: date, end: date, scope: Scope) -> dict[date, Decimal]:
    """The credit sales of each month from the one of `since` (a month start) to the one of
    `end` (cut at it): for the whole organization, the days snapshots cover from their
    month-to-date figures (_cover); the others from the invoices, one query per run of days that
    follow one another."""
    kept = await _kept(actor, since, end, scope)
    months = [since]
    while (following := _month_start(months[-1], -1)) <= end:
        months.append(following)
    covers = [_cover(month, min(end, _month_end(month)), kept) for month in months]
    sales = {month: cover.sum("credit_sales") for month, cover in zip(months, covers, strict=True)}
    for run in _runs([(first, last, 0) for cover in covers for first, last in cover.live]):
        rows = await connections.get("default").execute_query_dict(
            _MONTHLY_SALES_SQL, [actor.org_id, run[0][0], run[-1][1], *_scope_params(scope)]
        )
        for row in rows:
            sales[row["month"]] += row["credit_sales"]
    return sales


def _months_back(end: date, first: date, sales: dict[date, Decimal]) -> list[kpis.MonthSales]:
    """The months from the one of `end` back to the one starting on `first`, latest first (the
    last one cut at `end`), with their sales (zero for a month without)."""
    months = []
    back = 0
    while (start := _month_start(end, back)) >= first:
        back += 1
        last = min(end, date(start.year, start.month, calendar.monthrange(start.year, start.month)[1]))
        months.append(kpis.MonthSales(days=(last - start).days + 1, credit_sales=sales.get(start, ZERO)))
    return months


@dataclass(frozen=True)
class KpiFigures:
    """Every KPI of a period but the days to pay (the costliest, computed apart: KpiReport)."""

    start: date
    end: date
    days: int
    beginning_ar: Decimal
    ending_ar: Decimal
    ending_current_ar: Decimal
    ending_overdue_ar: Decimal
    credit_sales: Decimal
    cash_collected: Decimal
    write_offs: Decimal
    standard_dso: Decimal | None
    countback_dso: Decimal | None
    best_possible_dso: Decimal | None
    average_days_delinquent: Decimal | None
    cei: Decimal | None
    collection_rate: Decimal | None
    overdue_ratio: Decimal | None
    overdue_ratio_by_count: Decimal | None
    bad_debt_ratio: Decimal | None
    ar_turnover: Decimal | None
    turnover_days: Decimal | None
    promises_fallen_due: int
    promise_kept_rate: Decimal | None


@dataclass(frozen=True)
class KpiReport(KpiFigures):
    average_days_to_pay: Decimal | None
    average_days_late: Decimal | None


async def kpi_report(actor: Actor, start: date, end: date, cut: Cut | None = None) -> KpiReport:
    """Every KPI of domain.md for the period [start, end] (checked by period.check_period), of
    the customers and currency of `cut`."""
    actor.require(Permission.CUSTOMERS_READ)
    await check_period(await Organization.get(id=actor.org_id), start, end)
    scope = await resolve(actor, cut)
    async with analytics_slot():
        return await _kpi_report(actor, start, end, scope)


async def _kpi_report(actor: Actor, start: date, end: date, scope: Scope) -> KpiReport:
    figures = await _kpi_figures(actor, start, end, scope)
    paid = await payment_days(actor, end, scope)
    return KpiReport(**vars(figures), average_days_to_pay=paid.average_days_to_pay, average_days_late=paid.average_days_late)


async def _kpi_figures(actor: Actor, start: date, end: date, scope: Scope, ending: Position | None = None) -> KpiFigures:
    """The figures of [start, end]; `ending`: the position as of `end` when already known."""
    beginning = await position(actor, start - timedelta(days=1), scope)
    ending = ending or await position(actor, end, scope)
    flow = await flows(actor, start, end, scope)
    promised = await promises(actor, start, end, scope)
    days = flow.days
    return KpiFigures(
        start=start,
        end=end,
        days=days,
        beginning_ar=beginning.total,
        ending_ar=ending.total,
        ending_current_ar=ending.current,
        ending_overdue_ar=ending.overdue,
        credit_sales=flow.credit_sales,
        cash_collected=flow.cash_collected,
        write_offs=flow.write_offs,
        standard_dso=kpis.standard_dso(ending.total, flow.credit_sales, days),
        countback_dso=await _countback(actor, ending.total, end, scope),
        best_possible_dso=kpis.best_possible_dso(ending.current, flow.credit_sales, days),
        average_days_delinquent=kpis.average_days_delinquent(ending.total, ending.current, flow.credit_sales, days),
        cei=kpis.cei(beginning.total, flow.credit_sales, ending.total, ending.current),
        collection_rate=kpis.collection_rate(flow.cash_collected, beginning.total, flow.credit_sales),
        overdue_ratio=ending.overdue_ratio,
        overdue_ratio_by_count=kpis.overdue_ratio(Decimal(ending.overdue_invoices), Decimal(ending.open_invoices)),
        bad_debt_ratio=kpis.bad_debt_ratio(flow.write_offs, flow.credit_sales),
        ar_turnover=kpis.ar_turnover(flow.credit_sales, beginning.total, ending.total),
        turnover_days=kpis.turnover_days(days, flow.credit_sales, beginning.total, ending.total),
        promises_fallen_due=promised.fallen_due,
        promise_kept_rate=promised.kept_rate,
    )


@dataclass(frozen=True)
class TrendPoint:
    start: date
    end: date
    ar: Decimal
    overdue_ar: Decimal
    credit_sales: Decimal
    cash_collected: Decimal
    dso: Decimal | None


@dataclass(frozen=True)
class ForecastWeek:
    start: date | None
    end: date | None
    amount: Decimal


@dataclass(frozen=True)
class OverdueCustomer:
    customer_id: uuid.UUID
    code: str
    name: str
    overdue: Decimal
    days_overdue: int
    invoice_count: int


class Dashboard:
    """The dashboard as of a date, part by part: each part is computed the first time it is asked
    for (once, however many fields ask for it at the same time), so a request computes only what
    it selects. Parts: the position, standard DSO over the trailing 90 days, this month's KPIs to
    date, a six-month trend, the next eight weeks of expected receipts by due date (and what is
    already overdue), the customers most overdue and the aging buckets. Each part's own queries
    run in one of the process's analytics slots (limits.analytics_slot); a part that needs
    another awaits it first, outside its slot."""

    def __init__(self, actor: Actor, org: Organization, as_of: date) -> None:
        self.actor = actor
        self.organization_id = org.id
        self.as_of = as_of
        self.currency = org.base_currency
        self._membership = membership_scope(actor)
        self._parts: dict[str, asyncio.Future[Any]] = {}

    def _once(self, name: str, compute: Callable[[], Awaitable[T]]) -> Awaitable[T]:
        part = self._parts.get(name)
        if part is None:
            part = self._parts[name] = asyncio.ensure_future(compute())
        return part

    def position(self) -> Awaitable[Position]:
        return self._once("position", lambda: _in_slot(lambda: position(self.actor, self.as_of)))

    def month(self) -> Awaitable[KpiFigures]:
        async def compute() -> KpiFigures:
            now = await self.position()
            return await _in_slot(lambda: _kpi_figures(self.actor, _month_start(self.as_of), self.as_of, _everything(self.actor), now))

        return self._once("month", compute)

    def payment_days(self) -> Awaitable[PaymentDays]:
        """The month's days to pay and days late (of the twelve months to asOf), when asked for."""
        return self._once("payment_days", lambda: _in_slot(lambda: payment_days(self.actor, self.as_of)))

    def aging(self) -> Awaitable[AgingReport]:
        return self._once("aging", lambda: _in_slot(lambda: organization_aging(self.organization_id, self.as_of, membership_id=self._membership)))

    def dso(self) -> Awaitable[Decimal | None]:
        async def compute() -> Decimal | None:
            now = await self.position()
            sales = await _in_slot(lambda: credit_sales(self.actor, self.as_of - timedelta(days=DSO_WINDOW_DAYS - 1), self.as_of))
            return kpis.standard_dso(now.total, sales, DSO_WINDOW_DAYS)

        return self._once("dso", compute)

    def trend(self) -> Awaitable[list[TrendPoint]]:
        async def compute() -> list[TrendPoint]:
            now, month = await self.position(), await self.month()
            starts = [_month_start(self.as_of, back) for back in reversed(range(1, TREND_MONTHS))]
            async with analytics_slot():
                past: list[KpiFigures | Flows] = list(await period_flows(self.actor, starts, _month_start(self.as_of) - timedelta(days=1)))
                points = []
                for flow in [*past, month]:
                    at_end = now if flow.end == self.as_of else await position(self.actor, flow.end)
                    points.append(
                        TrendPoint(flow.start, flow.end, at_end.total, at_end.overdue, flow.credit_sales, flow.cash_collected,
                                   kpis.standard_dso(at_end.total, flow.credit_sales, (flow.end - flow.start).days + 1))
                    )
                return points

        return self._once("trend", compute)

    def _weeks(self) -> Awaitable[dict[int, Decimal]]:
        async def compute() -> dict[int, Decimal]:
            async with analytics_slot():
                rows = await connections.get("default").execute_query_dict(
                    _FORECAST_SQL, [self.organization_id, self.as_of, None, None, self._membership]
                )
            return {row["week"]: row["amount"] for row in rows}

        return self._once("weeks", compute)

    async def overdue(self) -> Decimal:
        """Open amounts already past due (not in the forecast's weeks)."""
        return (await self._weeks()).get(-1, ZERO)

    async def forecast(self) -> list[ForecastWeek]:
        weeks, as_of = await self._weeks(), self.as_of
        return [
            ForecastWeek(as_of + timedelta(days=7 * w), as_of + timedelta(days=7 * w + 6), weeks.get(w, ZERO))
            for w in range(FORECAST_WEEKS)
        ] + [ForecastWeek(as_of + timedelta(days=7 * FORECAST_WEEKS), None, weeks.get(FORECAST_WEEKS, ZERO))]

    def top_overdue(self) -> Awaitable[list[OverdueCustomer]]:
        async def compute() -> list[OverdueCustomer]:
            async with analytics_slot():
                rows = await connections.get("default").execute_query_dict(
                    _TOP_OVERDUE_SQL, [self.organization_id, self.as_of, None, None, self._membership]
                )
            return [OverdueCustomer(r["customer_id"], r["code"], r["legal_name"], r["overdue"], r["days"], r["invoices"]) for r in rows]

        return self._once("top_overdue", compute)


async def _in_slot(compute: Callable[[], Awaitable[T]]) -> T:
    async with analytics_slot():
        return await compute()


async def dashboard(actor: Actor, as_of: date | None = None) -> Dashboard:
    """The dashboard as of `as_of` (default: today in the organization's timezone), its parts
    computed when asked for (see Dashboard)."""
    actor.require(Permission.CUSTOMERS_READ)
    org = await Organization.get(id=actor.org_id)
    if as_of is not None:
        await check_as_of(org, as_of)
    return Dashboard(actor, org, as_of or local_today(org.timezone))
