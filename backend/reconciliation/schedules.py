"""Scheduled statements: each organization's default schedule (monthly or quarterly) and per-customer
overrides; a run makes and sends the last period's statement to every customer that is due. Staff
can do the same for one chosen month at once ("send a month", `send_month`).

A run can be repeated safely: a customer whose scheduled statement for the period exists is counted as
already sent (a unique index on scheduled statements guards against two runs at once, and the run
holds an advisory lock on its organization). A customer that cannot be sent (no billing email, any
refusal) is listed in the run's report with the reason and tried again on the next run; customers
with nothing to reconcile (no balance at either end and no movement) are counted, not sent.
See docs/reconciliation.md.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from tortoise import connections
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..customers import repository as customers_repo
from ..customers.models import Customer, CustomerStatus
from ..kit.clean import InputRejected, check_business_date
from ..kit.errors import DomainError, FieldError
from ..kit.time import local_today, utcnow
from ..kit.uow import savepoint, unit_of_work
from . import service
from .errors import ReconciliationErrorCode as Code
from .models import AccountStatement, Frequency, StatementLine, StatementRun, StatementSchedule, StatementStatus

SCHEDULE_FIELDS = ("frequency", "send_day", "open_items_only", "link_days")


class _NothingToReconcile(Exception):
    pass


def due_period(frequency: Frequency, today: date) -> tuple[date, date] | None:
    """The last complete month or quarter before `today`, or None when the schedule is off."""
    if frequency is Frequency.OFF:
        return None
    if frequency is Frequency.MONTHLY:
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    current_quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    end = current_quarter - timedelta(days=1)
    return date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end


def schedules(actor: Actor) -> QuerySet[StatementSchedule]:
    return StatementSchedule.filter(organization_id=actor.org_id)


async def set_schedule(
    actor: Actor,
    *,
    customer_id: uuid.UUID | None,
    frequency: Frequency,
    send_day: int = 1,
    open_items_only: bool = False,
    link_days: int = service.DEFAULT_LINK_DAYS,
) -> StatementSchedule:
    """Set the organization's default schedule (no customer) or one customer's override."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    errors: list[FieldError] = []
    if not 1 <= send_day <= 28:
        errors.append(FieldError(Code.INVALID, "A day of the month from 1 to 28.", "sendDay"))
    if not 1 <= link_days <= service.MAX_LINK_DAYS:
        errors.append(FieldError(Code.INVALID, f"A link works for 1 to {service.MAX_LINK_DAYS} days.", "linkDays"))
    if errors:
        raise DomainError(*errors)
    if customer_id is not None and await customers_repo.get_visible(actor, customer_id) is None:
        raise DomainError.single(Code.NOT_FOUND, "No such customer.", "customerId")
    async with unit_of_work():
        await connections.get("default").execute_query(
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [f"statement_schedule:{actor.org_id}:{customer_id}"]
        )
        row = await StatementSchedule.filter(organization_id=actor.org_id, customer_id=customer_id).select_for_update().first()
        before = audit.snapshot(row, SCHEDULE_FIELDS) if row else {}
        if row is None:
            row = StatementSchedule(organization_id=actor.org_id, customer_id=customer_id, frequency=frequency)
        row.frequency, row.send_day, row.open_items_only, row.link_days = frequency, send_day, open_items_only, link_days
        row.updated_by_id = actor.user_id
        await row.save()
        await audit.record(actor, "statement_schedule.set", "statement_schedule", row.id, before=before,
                           after=audit.snapshot(row, SCHEDULE_FIELDS), extra={"customer": customer_id})
    return row


@dataclass(frozen=True)
class _Due:
    customer: Customer
    schedule: StatementSchedule
    start: date
    end: date


async def _due(organization: Organization, today: date) -> list[_Due]:
    rows = await StatementSchedule.filter(organization_id=organization.id)
    default = next((r for r in rows if r.customer_id is None), None)
    overrides = {r.customer_id: r for r in rows if r.customer_id is not None}
    customers = await Customer.filter(organization_id=organization.id).exclude(status=CustomerStatus.ARCHIVED).order_by("code")
    due: list[_Due] = []
    for customer in customers:
        schedule = overrides.get(customer.id, default)
        if schedule is None or today.day < schedule.send_day:
            continue
        period = due_period(schedule.frequency, today)
        if period is not None:
            due.append(_Due(customer, schedule, *period))
    return due


async def _create_and_send(
    actor: Actor, customer_id: uuid.UUID, start: date, end: date, *, currency: str | None, open_items_only: bool, link_days: int
) -> AccountStatement:
    """Make the period's statement (one per customer, period and currency) and send it; a customer
    with nothing to reconcile (no balance at either end, no line) raises `_NothingToReconcile`."""
    statement = await service.create_statement(
        actor, customer_id=customer_id, period_start=start, period_end=end, currency=currency,
        open_items_only=open_items_only, scheduled=True,
    )
    empty = statement.opening_balance == 0 and statement.closing_balance == 0
    if empty and not await StatementLine.filter(statement_id=statement.id).exists():
        raise _NothingToReconcile
    return (await service.send_statement(actor, statement.id, link_days=link_days)).statement


def _skipped(customer: Customer, start: date, end: date, exc: DomainError) -> dict:
    first = exc.errors[0]
    return {
        "customerId": str(customer.id), "code": customer.code, "name": customer.legal_name,
        "periodStart": start.isoformat(), "periodEnd": end.isoformat(), "reason": first.code.value, "message": first.message,
    }


async def _lock_runs(organization_id: uuid.UUID) -> None:
    """Runs of the schedule and month sends of one organization take turns."""
    await connections.get("default").execute_query(
        "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [f"statement_run:{organization_id}"]
    )


async def run_organization(organization_id: uuid.UUID, today: date | None = None) -> StatementRun:
    """Make and send every due scheduled statement of the organization, once; report the rest."""
    organization = await Organization.get(id=organization_id)
    today = today or local_today(organization.timezone)
    actor = Actor.system(organization_id)
    async with unit_of_work():
        await _lock_runs(organization_id)
        run = await StatementRun.create(organization_id=organization_id, run_on=today)
        skipped: list[dict] = []
        for item in await _due(organization, today):
            done = await AccountStatement.filter(
                organization_id=organization_id, customer_id=item.customer.id, period_start=item.start, period_end=item.end,
                currency=organization.base_currency, scheduled=True,
            ).exists()
            if done:
                run.already_sent += 1
                continue
            try:
                async with savepoint():
                    await _create_and_send(
                        actor, item.customer.id, item.start, item.end, currency=None,
                        open_items_only=item.schedule.open_items_only, link_days=item.schedule.link_days,
                    )
            except _NothingToReconcile:
                run.nothing_to_reconcile += 1
                continue
            except DomainError as exc:
                skipped.append(_skipped(item.customer, item.start, item.end, exc))
                continue
            run.sent += 1
        run.skipped, run.finished_at = skipped, utcnow()
        await run.save()
        await audit.record(actor, "statement_run.finish", "statement_run", run.id,
                           extra={"sent": run.sent, "already_sent": run.already_sent, "skipped": len(skipped)})
    return run


async def organizations_with_schedules() -> list[uuid.UUID]:
    return list(
        await StatementSchedule.exclude(frequency=Frequency.OFF).distinct().values_list("organization_id", flat=True)
    )


@dataclass(frozen=True)
class MonthSent:
    period_start: date
    period_end: date
    currency: str
    sent: list[AccountStatement]
    already_sent: int
    nothing_to_reconcile: int
    skipped: list[dict]


def _month_period(year: int, month: int, today: date) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise DomainError.single(Code.INVALID_PERIOD, "A month from 1 to 12.", "month")
    try:
        start = date(year, month, 1)
        check_business_date(start)
    except (ValueError, InputRejected):
        raise DomainError.single(Code.INVALID_PERIOD, "Give a year within the business range.", "year") from None
    if start > today:
        raise DomainError.single(Code.INVALID_PERIOD, "The month has not started yet.", "month")
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return start, following - timedelta(days=1)


async def send_month(
    actor: Actor, *, year: int, month: int, currency: str | None = None, link_days: int = service.DEFAULT_LINK_DAYS
) -> MonthSent:
    """Send the month's statement to every customer the caller sees that has a balance or a movement
    in it: its draft if one exists, else a new one (one per customer, period and currency, as the
    schedule makes them). A customer whose statement for the month was already sent counts as such;
    one that cannot be sent (no billing email, …) is reported with the reason and nothing is kept for
    it, so sending the month again tries it again. Repeating the send sends nobody twice."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    if not 1 <= link_days <= service.MAX_LINK_DAYS:
        raise DomainError.single(Code.INVALID, f"A link works for 1 to {service.MAX_LINK_DAYS} days.", "linkDays")
    organization = await Organization.get(id=actor.org_id)
    start, end = _month_period(year, month, local_today(organization.timezone))
    currency = (currency or organization.base_currency).strip().upper()
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        raise DomainError.single(Code.INVALID_CURRENCY, "Give a three-letter ISO 4217 currency code.", "currency")
    sent: list[AccountStatement] = []
    skipped: list[dict] = []
    already_sent = nothing_to_reconcile = 0
    async with unit_of_work():
        await _lock_runs(organization.id)
        customers = await customers_repo.visible_customers(actor).exclude(status=CustomerStatus.ARCHIVED).order_by("code", "id")
        existing: dict[uuid.UUID, list[AccountStatement]] = {}
        for row in await AccountStatement.filter(
            organization_id=organization.id, customer_id__in=[c.id for c in customers],
            period_start=start, period_end=end, currency=currency,
        ).order_by("-created_at"):
            existing.setdefault(row.customer_id, []).append(row)
        for customer in customers:
            rows = existing.get(customer.id, [])
            if any(row.status is not StatementStatus.DRAFT for row in rows):
                already_sent += 1
                continue
            try:
                async with savepoint():
                    if rows:
                        statement = (await service.send_statement(actor, rows[0].id, link_days=link_days)).statement
                    else:
                        statement = await _create_and_send(
                            actor, customer.id, start, end, currency=currency, open_items_only=False, link_days=link_days
                        )
            except _NothingToReconcile:
                nothing_to_reconcile += 1
                continue
            except DomainError as exc:
                skipped.append(_skipped(customer, start, end, exc))
                continue
            sent.append(statement)
        await audit.record(
            actor, "account_statement.send_month", "organization", organization.id,
            extra={"period_start": start, "period_end": end, "currency": currency, "sent": len(sent),
                   "already_sent": already_sent, "skipped": [s["customerId"] for s in skipped]},
        )
    return MonthSent(start, end, currency, sent, already_sent, nothing_to_reconcile, skipped)
