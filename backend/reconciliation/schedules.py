"""Scheduled statements: each organization's default schedule (monthly or quarterly) and per-customer
overrides; a run makes and sends the last period's statement to every customer that is due.

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
from ..kit.errors import DomainError, FieldError
from ..kit.time import local_today, utcnow
from ..kit.uow import savepoint, unit_of_work
from . import service
from .errors import ReconciliationErrorCode as Code
from .models import AccountStatement, Frequency, StatementLine, StatementRun, StatementSchedule

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


async def _send_one(actor: Actor, item: _Due) -> None:
    statement = await service.create_statement(
        actor, customer_id=item.customer.id, period_start=item.start, period_end=item.end,
        open_items_only=item.schedule.open_items_only, scheduled=True,
    )
    empty = statement.opening_balance == 0 and statement.closing_balance == 0
    if empty and not await StatementLine.filter(statement_id=statement.id).exists():
        raise _NothingToReconcile
    await service.send_statement(actor, statement.id, link_days=item.schedule.link_days)


async def run_organization(organization_id: uuid.UUID, today: date | None = None) -> StatementRun:
    """Make and send every due scheduled statement of the organization, once; report the rest."""
    organization = await Organization.get(id=organization_id)
    today = today or local_today(organization.timezone)
    actor = Actor.system(organization_id)
    async with unit_of_work():
        await connections.get("default").execute_query(
            "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [f"statement_run:{organization_id}"]
        )
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
                    await _send_one(actor, item)
            except _NothingToReconcile:
                run.nothing_to_reconcile += 1
                continue
            except DomainError as exc:
                first = exc.errors[0]
                skipped.append({
                    "customerId": str(item.customer.id), "code": item.customer.code, "name": item.customer.legal_name,
                    "periodStart": item.start.isoformat(), "periodEnd": item.end.isoformat(),
                    "reason": first.code.value, "message": first.message,
                })
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
