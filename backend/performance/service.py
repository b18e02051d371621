"""Staff performance per collector and period (domain.md, staff performance).

A collector's portfolio over [start, end] = the customers they held on any day of it
(`collector_assignments`). Over the portfolio, from the ledger (balances.py, one home):
beginning and ending AR, ending current AR, overdue AR the day before the period and on its last
day, credit sales in the period → CEI, standard and best possible DSO, the change in overdue AR.
Credited to whoever held the customer on the day:
- cash collected: allocations applied in the period less allocations reversed in it (as the KPIs),
  in the base currency at each invoice's rate, on the allocation's (reversal's) date;
- actions logged: collection actions recorded by a person (not the reminder worker's sends),
  on their local day;
- promises fallen due: promises settled kept or broken whose promised date is in the period;
- disputes resolved in the period (local day of resolution), days from opening to resolution.
Targets are set per collector and calendar month; a period's target is Σ over the months it
touches of the month's target × days of the month in the period ÷ days of the month, and exists
only when every such month has one."""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Membership, Organization, Role
from ..accounts.permissions import Permission
from ..analytics import kpis
from ..analytics.period import check_order, check_period
from ..audit import service as audit
from ..invoices.balances import customer_balances
from ..kit.clean import InputRejected, parse_amount
from ..kit.errors import AccessDenied, AccessErrorCode, DomainError, FieldError
from ..kit.money import ZERO
from ..kit.uow import unit_of_work
from . import scoring
from .errors import PerformanceErrorCode as Code
from .models import PerformanceSettings, PerformanceTarget
from .scoring import ComponentKey

MAX_ACTIONS_TARGET = 1_000_000
MAX_TARGET_DAYS = 365
WEIGHT_FIELDS = {
    ComponentKey.CASH: "weight_cash",
    ComponentKey.CEI: "weight_cei",
    ComponentKey.DSO: "weight_dso",
    ComponentKey.OVERDUE_CHANGE: "weight_overdue_change",
    ComponentKey.ACTIONS: "weight_actions",
    ComponentKey.PROMISES: "weight_promises",
    ComponentKey.DISPUTES: "weight_disputes",
}
SETTINGS_FIELDS = (*WEIGHT_FIELDS.values(), "dispute_target_days")
TARGET_FIELDS = ("collector_id", "month", "cash_target", "actions_target")

# $1 organization, $2 start, $3 end, $4 collector ids (or null for all).
_PORTFOLIO_SQL = """
SELECT DISTINCT collector_id, customer_id FROM collector_assignments
WHERE organization_id = $1 AND started_on <= $3 AND (ended_on IS NULL OR ended_on > $2)
  AND ($4::uuid[] IS NULL OR collector_id = ANY($4::uuid[]))
"""

# $1 organization, $2 start, $3 end, $4 customer ids.
_SALES_SQL = """
SELECT COALESCE(SUM(ROUND(total * exchange_rate, 2)), 0) AS credit_sales, customer_id FROM invoices
WHERE organization_id = $1 AND status NOT IN ('draft', 'void') AND issue_date BETWEEN $2 AND $3
  AND customer_id = ANY($4::uuid[])
GROUP BY customer_id
"""

# $1 organization, $2 start, $3 end, $4 collector ids (or null), $5 the organization's timezone.
# Each dated event of the period, credited to the collector who held its customer that day.
_ACTIVITY_SQL = """
SELECT h.collector_id, x.kind, COALESCE(SUM(x.amount), 0) AS amount, COUNT(*) AS events, COALESCE(SUM(x.flag), 0) AS flagged
FROM (
    SELECT 'cash' AS kind, i.customer_id, a.applied_on AS day, ROUND(a.amount * i.exchange_rate, 2) AS amount, 0 AS flag
    FROM allocations a JOIN invoices i ON i.id = a.invoice_id
    WHERE a.organization_id = $1 AND a.applied_on BETWEEN $2 AND $3
    UNION ALL
    SELECT 'cash', i.customer_id, a.reversed_on, -ROUND(a.amount * i.exchange_rate, 2), 0
    FROM allocations a JOIN invoices i ON i.id = a.invoice_id
    WHERE a.organization_id = $1 AND a.reversed_on BETWEEN $2 AND $3
    UNION ALL
    SELECT 'action', c.customer_id, (c.occurred_at AT TIME ZONE $5)::date, 0, 0
    FROM collection_actions c
    WHERE c.organization_id = $1 AND c.claim_id IS NULL
      AND c.occurred_at >= ($2::date::timestamp AT TIME ZONE $5) AND c.occurred_at < (($3::date + 1)::timestamp AT TIME ZONE $5)
    UNION ALL
    SELECT 'promise', p.customer_id, p.promised_on, 0, CASE WHEN p.status = 'kept' THEN 1 ELSE 0 END
    FROM promises_to_pay p
    WHERE p.organization_id = $1 AND p.status IN ('kept', 'broken') AND p.promised_on BETWEEN $2 AND $3
    UNION ALL
    SELECT 'dispute', d.customer_id, (d.resolved_at AT TIME ZONE $5)::date, EXTRACT(EPOCH FROM d.resolved_at - d.opened_at) / 86400, 0
    FROM disputes d
    WHERE d.organization_id = $1 AND d.status = 'resolved'
      AND d.resolved_at >= ($2::date::timestamp AT TIME ZONE $5) AND d.resolved_at < (($3::date + 1)::timestamp AT TIME ZONE $5)
) x
JOIN collector_assignments h ON h.customer_id = x.customer_id AND h.started_on <= x.day AND (h.ended_on IS NULL OR h.ended_on > x.day)
WHERE $4::uuid[] IS NULL OR h.collector_id = ANY($4::uuid[])
GROUP BY h.collector_id, x.kind
"""

# The collectors: members with the collector role, and whoever held customers in the period.
# $1 organization, $2 start, $3 end, $4 collector ids (or null).
_COLLECTORS_SQL = """
SELECT m.id, m.role, u.full_name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
WHERE m.organization_id = $1 AND ($4::uuid[] IS NULL OR m.id = ANY($4::uuid[]))
  AND (m.role = 'collector' OR EXISTS (
        SELECT 1 FROM collector_assignments h WHERE h.collector_id = m.id AND h.started_on <= $3
          AND (h.ended_on IS NULL OR h.ended_on > $2)))
"""


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class CollectorScore:
    collector_id: uuid.UUID
    name: str
    email: str
    role: Role
    period: Period
    customers: int
    beginning_ar: Decimal
    ending_ar: Decimal
    ending_current_ar: Decimal
    credit_sales: Decimal
    figures: scoring.Figures
    score: Decimal | None
    components: list[scoring.Component]
    rank: int | None = None


@dataclass(frozen=True)
class Leaderboard:
    period: Period
    currency: str
    rows: list[CollectorScore]


def _round(value: Decimal, step: str) -> Decimal:
    return value.quantize(Decimal(step), rounding=ROUND_HALF_UP)


async def get_settings(organization_id: uuid.UUID) -> PerformanceSettings:
    """The organization's settings (the defaults of domain.md until a manager changes them)."""
    row = await PerformanceSettings.filter(organization_id=organization_id).first()
    return row or PerformanceSettings(organization_id=organization_id)


def weights_of(settings: PerformanceSettings) -> dict[ComponentKey, int]:
    return {key: getattr(settings, name) for key, name in WEIGHT_FIELDS.items()}


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _months(period: Period) -> list[date]:
    months, month = [], _month_start(period.start)
    while month <= period.end:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def prorated(period: Period, by_month: dict[date, Decimal | None]) -> Decimal | None:
    """A period's target from monthly ones (see the module's docstring), rounded to cents."""
    total = Decimal(0)
    for month in _months(period):
        target = by_month.get(month)
        if target is None:
            return None
        month_days = calendar.monthrange(month.year, month.month)[1]
        month_end = month.replace(day=month_days)
        overlap = (min(period.end, month_end) - max(period.start, month)).days + 1
        total += target * overlap / month_days
    return _round(total, "0.01")


async def _scores(org: Organization, period: Period, collector_ids: list[uuid.UUID] | None) -> list[CollectorScore]:
    connection = connections.get("default")
    ids = None if collector_ids is None else list(collector_ids)
    collectors = await connection.execute_query_dict(_COLLECTORS_SQL, [org.id, period.start, period.end, ids])
    if not collectors:
        return []
    ids = [row["id"] for row in collectors]
    portfolio: dict[uuid.UUID, set[uuid.UUID]] = {i: set() for i in ids}
    for row in await connection.execute_query_dict(_PORTFOLIO_SQL, [org.id, period.start, period.end, ids]):
        portfolio[row["collector_id"]].add(row["customer_id"])
    customers = sorted(set().union(*portfolio.values()))
    before = period.start - timedelta(days=1)
    beginning = await customer_balances(org.id, customers, before)
    ending = await customer_balances(org.id, customers, period.end)
    sales = {
        row["customer_id"]: row["credit_sales"]
        for row in (await connection.execute_query_dict(_SALES_SQL, [org.id, period.start, period.end, customers]) if customers else [])
    }
    activity: dict[tuple[uuid.UUID, str], dict[str, Any]] = {
        (row["collector_id"], row["kind"]): row
        for row in await connection.execute_query_dict(_ACTIVITY_SQL, [org.id, period.start, period.end, ids, org.timezone])
    }
    targets: dict[uuid.UUID, dict[date, PerformanceTarget]] = {i: {} for i in ids}
    for target in await PerformanceTarget.filter(
        organization_id=org.id, collector_id__in=ids, month__gte=_month_start(period.start), month__lte=period.end
    ):
        targets[target.collector_id][target.month] = target
    settings = await get_settings(org.id)
    weights = weights_of(settings)
    results = []
    for row in collectors:
        cid = row["id"]
        held = portfolio[cid]
        begin_ar = sum((beginning[c].open_balance for c in held if c in beginning), ZERO)
        begin_overdue = sum((beginning[c].overdue_balance for c in held if c in beginning), ZERO)
        end_ar = sum((ending[c].open_balance for c in held if c in ending), ZERO)
        end_overdue = sum((ending[c].overdue_balance for c in held if c in ending), ZERO)
        end_current = end_ar - end_overdue
        credit_sales = sum((sales.get(c, ZERO) for c in held), ZERO)

        def of(kind: str, key: str, default: Any = 0, cid: uuid.UUID = cid) -> Any:
            found = activity.get((cid, kind))
            return default if found is None else found[key]

        promises_due, promises_kept = int(of("promise", "events")), int(of("promise", "flagged"))
        disputes = int(of("dispute", "events"))
        mine = targets[cid]
        figures = scoring.Figures(
            cash_collected=Decimal(of("cash", "amount", ZERO)),
            cash_target=prorated(period, {m: t.cash_target for m, t in mine.items()}),
            cei=kpis.cei(begin_ar, credit_sales, end_ar, end_current),
            standard_dso=kpis.standard_dso(end_ar, credit_sales, period.days),
            best_possible_dso=kpis.best_possible_dso(end_current, credit_sales, period.days),
            overdue_start=begin_overdue,
            overdue_end=end_overdue,
            actions_logged=int(of("action", "events")),
            actions_target=prorated(
                period, {m: None if t.actions_target is None else Decimal(t.actions_target) for m, t in mine.items()}
            ),
            promises_due=promises_due,
            promises_kept=promises_kept,
            promise_kept_rate=None if promises_due == 0 else _round(Decimal(promises_kept) / promises_due, "0.0001"),
            disputes_resolved=disputes,
            average_days_to_resolve=None if disputes == 0 else _round(Decimal(of("dispute", "amount")) / disputes, "0.1"),
            dispute_target_days=settings.dispute_target_days,
        )
        result = scoring.score(figures, weights)
        results.append(CollectorScore(
            collector_id=cid, name=row["full_name"], email=row["email"], role=Role(row["role"]), period=period,
            customers=len(held), beginning_ar=begin_ar, ending_ar=end_ar, ending_current_ar=end_current,
            credit_sales=credit_sales, figures=figures, score=result.score, components=result.components,
        ))
    return results


def _ranked(rows: list[CollectorScore]) -> list[CollectorScore]:
    """Highest score first (no score last, then by name); equal scores share a rank."""
    ordered = sorted(rows, key=lambda r: (r.score is None, -(r.score or 0), r.name, str(r.collector_id)))
    out = []
    for row in ordered:
        rank = None if row.score is None else 1 + sum(1 for o in rows if o.score is not None and o.score > row.score)
        out.append(CollectorScore(**{**row.__dict__, "rank": rank}))
    return out


async def _org_period(actor: Actor, start: date, end: date) -> tuple[Organization, Period]:
    """The organization and the period, refused by analytics' one period check (reversed, in the
    future, longer than ten years, before the organization existed)."""
    org = await Organization.get(id=actor.org_id)
    await check_period(org, start, end)
    return org, Period(start, end)


def _sees_everyone(actor: Actor) -> bool:
    if actor.can(Permission.PERFORMANCE_READ):
        return True
    if actor.can(Permission.PERFORMANCE_OWN):
        return False
    raise AccessDenied(AccessErrorCode.FORBIDDEN, f"Your role may not do this ({Permission.PERFORMANCE_READ.value}).")


async def leaderboard(actor: Actor, start: date, end: date) -> Leaderboard:
    """Every collector's score (a collector without `performance:read`: their own row only)."""
    everyone = _sees_everyone(actor)
    org, period = await _org_period(actor, start, end)
    if everyone:
        rows = await _scores(org, period, None)
    else:
        rows = await _scores(org, period, [actor.membership_id]) if actor.membership_id else []
    return Leaderboard(period, org.base_currency, _ranked(rows))


async def collector_performance(actor: Actor, collector_id: uuid.UUID | None, start: date, end: date) -> CollectorScore:
    """One collector's score and breakdown; a collector may read only their own."""
    if not _sees_everyone(actor) and (collector_id is None or collector_id != actor.membership_id):
        raise AccessDenied(AccessErrorCode.FORBIDDEN, "You may see only your own performance.")
    org, period = await _org_period(actor, start, end)
    if collector_id is None or not await Membership.exists(id=collector_id, organization_id=org.id):
        raise DomainError.single(Code.NOT_FOUND, "No such member.", "collectorId")
    found = await _scores(org, period, [collector_id])
    if found:
        return found[0]
    rows = await connections.get("default").execute_query_dict(
        "SELECT m.id, m.role, u.full_name, u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.id = $1",
        [collector_id],
    )
    return await _empty(org, period, rows[0])


async def _empty(org: Organization, period: Period, row: dict[str, Any]) -> CollectorScore:
    """A member who held no customer in the period and is not a collector: nothing to score."""
    settings = await get_settings(org.id)
    figures = scoring.Figures(
        cash_collected=ZERO, cash_target=None, cei=None, standard_dso=None, best_possible_dso=None, overdue_start=ZERO,
        overdue_end=ZERO, actions_logged=0, actions_target=None, promises_due=0, promises_kept=0, promise_kept_rate=None,
        disputes_resolved=0, average_days_to_resolve=None, dispute_target_days=settings.dispute_target_days,
    )
    result = scoring.score(figures, weights_of(settings))
    return CollectorScore(
        collector_id=row["id"], name=row["full_name"], email=row["email"], role=Role(row["role"]), period=period, customers=0,
        beginning_ar=ZERO, ending_ar=ZERO, ending_current_ar=ZERO, credit_sales=ZERO, figures=figures, score=result.score,
        components=result.components,
    )


async def update_settings(
    actor: Actor, weights: dict[ComponentKey, int], dispute_target_days: int, version: int | None = None
) -> PerformanceSettings:
    """Sets the weights (whole numbers 0–100 summing to 100) and the dispute target (1–365 days)."""
    actor.require_write().require(Permission.PERFORMANCE_MANAGE)
    errors = [
        FieldError(Code.WEIGHT_OUT_OF_RANGE, "A weight is a whole number from 0 to 100.", f"weights.{_camel(key.value)}")
        for key in ComponentKey if not 0 <= weights[key] <= 100
    ]
    if not errors and sum(weights.values()) != 100:
        errors.append(FieldError(Code.WEIGHTS_SUM, f"The weights add up to {sum(weights.values())}, not 100.", "weights"))
    if not 1 <= dispute_target_days <= MAX_TARGET_DAYS:
        errors.append(FieldError(Code.INVALID_TARGET_DAYS, f"Target days run from 1 to {MAX_TARGET_DAYS}.", "disputeTargetDays"))
    if errors:
        raise DomainError(*errors)
    async with unit_of_work():
        row = await PerformanceSettings.filter(organization_id=actor.org_id).select_for_update().first()
        if row is not None and version is not None and row.version != version:
            raise DomainError.single(Code.STALE_VERSION, "Someone changed these settings meanwhile; reload them.", "version")
        if row is None:
            row = PerformanceSettings(organization_id=actor.org_id, version=0)
        before = audit.snapshot(row, SETTINGS_FIELDS)
        for key, name in WEIGHT_FIELDS.items():
            setattr(row, name, weights[key])
        row.dispute_target_days = dispute_target_days
        row.version += 1
        row.updated_by_id = actor.user_id
        await row.save()
        await audit.record(actor, "performance_settings.update", "performance_settings", row.id, before=before,
                           after=audit.snapshot(row, SETTINGS_FIELDS))
    return row


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


async def set_target(
    actor: Actor, collector_id: uuid.UUID | None, month: date, cash_target: object, actions_target: int | None
) -> PerformanceTarget:
    """A collector's targets for the month of `month` (any day of it); null leaves that target unset."""
    actor.require_write().require(Permission.PERFORMANCE_MANAGE)
    errors = []
    if collector_id is None or not await Membership.exists(id=collector_id, organization_id=actor.org_id):
        errors.append(FieldError(Code.INVALID_MEMBER, "Choose a member of this organization.", "collectorId"))
    cash = None
    if cash_target is not None:
        try:
            cash = parse_amount(cash_target)
        except InputRejected as exc:
            errors.append(FieldError(Code.INVALID_TARGET, exc.message, "cashTarget"))
        else:
            if cash < 0:
                errors.append(FieldError(Code.INVALID_TARGET, "The cash target is an amount of zero or more.", "cashTarget"))
    if actions_target is not None and not 0 <= actions_target <= MAX_ACTIONS_TARGET:
        errors.append(FieldError(Code.INVALID_TARGET, f"The actions target runs from 0 to {MAX_ACTIONS_TARGET}.", "actionsTarget"))
    if errors:
        raise DomainError(*errors)
    first = _month_start(month)
    async with unit_of_work():
        row = await PerformanceTarget.filter(collector_id=collector_id, month=first).select_for_update().first()
        if row is None:
            row = PerformanceTarget(organization_id=actor.org_id, collector_id=collector_id, month=first)
            before: dict[str, Any] = {}
        else:
            before = audit.snapshot(row, TARGET_FIELDS)
        row.cash_target, row.actions_target, row.updated_by_id = cash, actions_target, actor.user_id
        await row.save()
        await audit.record(actor, "performance_target.set", "performance_target", row.id, before=before,
                           after=audit.snapshot(row, TARGET_FIELDS))
    return row


async def targets(actor: Actor, start: date, end: date) -> list[PerformanceTarget]:
    """The targets of the months [start, end] touches, for the managers' form."""
    actor.require(Permission.PERFORMANCE_MANAGE)
    check_order(start, end)
    return await PerformanceTarget.filter(
        organization_id=actor.org_id, month__gte=_month_start(start), month__lte=end
    ).order_by("month", "collector_id")
