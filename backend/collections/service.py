"""Collections work done by people: the action log, promises to pay (and their automatic
settlement), disputes and dunning pauses. Every write is scoped to the caller's organization and
to the customers the caller sees (collectors and sales: those assigned to them), role-checked
and audit-logged, in one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..alerts.service import evaluate_customers
from ..audit import service as audit
from ..customers import repository as customers_repo
from ..customers.models import Customer
from ..invoices.balances import invoice_open_amount
from ..invoices.ledger import OPEN_STATUSES
from ..invoices.models import Invoice, InvoiceStatus
from ..kit.clean import InputRejected, check_business_date, clean_text, parse_amount
from ..kit.errors import DomainError
from ..kit.time import local_today, utcnow
from ..kit.uow import enqueue, unit_of_work
from .errors import CollectionsErrorCode as Code
from .models import (
    ActionChannel,
    CollectionAction,
    CollectionActionInvoice,
    Direction,
    Dispute,
    DisputeInvoice,
    DisputeReason,
    DisputeResolution,
    DisputeStatus,
    DunningPause,
    Outcome,
    PromiseInvoice,
    PromiseStatus,
    PromiseToPay,
)

# An action can be corrected by its author for this long; after that the log is append-only.
EDIT_WINDOW = timedelta(hours=24)
NOTE_MAX = 5000
MAX_INVOICES = 200
PROMISE_HORIZON_DAYS = 365
ACTION_FIELDS = ("channel", "direction", "outcome", "note", "next_follow_up_on")


async def _today(organization_id: uuid.UUID) -> date:
    org = await Organization.get(id=organization_id)
    return local_today(org.timezone)


def _note(value: str, field_name: str = "note", limit: int = NOTE_MAX) -> str:
    try:
        return clean_text(value, max_length=limit).strip()
    except InputRejected as exc:
        raise DomainError.single(Code.TOO_LONG if exc.code.value == "TOO_LONG" else Code.INVALID_VALUE, exc.message, field_name) from None


def _date(value: date, field_name: str) -> date:
    try:
        return check_business_date(value)
    except InputRejected as exc:
        raise DomainError.single(Code.INVALID_DATE, exc.message, field_name) from None


def _amount(value: object, field_name: str = "amount") -> Decimal:
    try:
        amount = parse_amount(value)
    except InputRejected as exc:
        raise DomainError.single(Code.INVALID_AMOUNT, exc.message, field_name) from None
    if amount <= 0:
        raise DomainError.single(Code.INVALID_AMOUNT, "Enter an amount above zero.", field_name)
    return amount


async def assigned_customer(actor: Actor, customer_id: uuid.UUID | None) -> Customer:
    """The customer, if the caller may work it: the customer-visibility rule of
    backend/customers/repository.py (collectors and sales: the customers they collect or own)."""
    customer = await customers_repo.get_visible(actor, customer_id)
    if customer is not None:
        return customer
    if customer_id is not None and await Customer.filter(id=customer_id, organization_id=actor.org_id).exists():
        raise DomainError.single(Code.NOT_ASSIGNED, "This customer is not assigned to you.", "customerId")
    raise DomainError.single(Code.NOT_FOUND, "No such customer.", "customerId")


async def _invoices(
    actor: Actor, customer: Customer, invoice_ids: Sequence[uuid.UUID], *, required: bool, open_only: bool
) -> list[Invoice]:
    ids = list(dict.fromkeys(invoice_ids))
    if required and not ids:
        raise DomainError.single(Code.REQUIRED, "Choose at least one invoice.", "invoiceIds")
    if len(ids) > MAX_INVOICES:
        raise DomainError.single(Code.INVALID_VALUE, f"At most {MAX_INVOICES} invoices.", "invoiceIds")
    rows = list(await Invoice.filter(id__in=ids, organization_id=actor.org_id, customer_id=customer.id))
    if len(rows) != len(ids):
        raise DomainError.single(Code.NOT_FOUND, "Some invoices are not this customer's.", "invoiceIds")
    allowed = OPEN_STATUSES if open_only else OPEN_STATUSES | {InvoiceStatus.PAID}
    bad = [r.number or str(r.id) for r in rows if r.status not in allowed]
    if bad:
        raise DomainError.single(Code.INVOICE_NOT_OPEN, f"Not open: {', '.join(sorted(bad))}.", "invoiceIds")
    return rows


def _one_currency(invoices: Sequence[Invoice]) -> str:
    currencies = {i.currency for i in invoices}
    if len(currencies) > 1:
        raise DomainError.single(Code.MIXED_CURRENCIES, "Choose invoices in one currency.", "invoiceIds")
    return currencies.pop()


# --- the action log ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionData:
    channel: ActionChannel
    outcome: Outcome
    direction: Direction = Direction.OUTBOUND
    note: str = ""
    next_follow_up_on: date | None = None
    invoice_ids: Sequence[uuid.UUID] = ()


async def log_action(actor: Actor, customer_id: uuid.UUID | None, data: ActionData) -> CollectionAction:
    """A contact made by a person (call, visit, letter…), credited to the caller's membership."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    note = _note(data.note)
    today = await _today(actor.org_id)
    if data.next_follow_up_on is not None and _date(data.next_follow_up_on, "nextFollowUpOn") < today:
        raise DomainError.single(Code.INVALID_DATE, "A follow-up is today or later.", "nextFollowUpOn")
    async with unit_of_work():
        customer = await assigned_customer(actor, customer_id)
        invoices = await _invoices(actor, customer, data.invoice_ids, required=False, open_only=False)
        action = await CollectionAction.create(
            organization_id=actor.org_id, customer_id=customer.id, channel=data.channel, direction=data.direction,
            outcome=data.outcome, note=note, next_follow_up_on=data.next_follow_up_on, collector_id=actor.membership_id,
            author_id=actor.user_id, occurred_at=utcnow(),
        )
        await CollectionActionInvoice.bulk_create([CollectionActionInvoice(action_id=action.id, invoice_id=i.id) for i in invoices])
        await audit.record(
            actor, "collection_action.create", "collection_action", action.id, after=audit.snapshot(action, ACTION_FIELDS),
            extra={"customer_id": customer.id, "invoice_ids": [i.id for i in invoices]},
        )
    return action


async def edit_action(actor: Actor, action_id: uuid.UUID | None, version: int, changes: dict[str, Any]) -> CollectionAction:
    """Only the author, within EDIT_WINDOW of logging it; reminders logged by the worker never."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    async with unit_of_work():
        action = await CollectionAction.filter(id=action_id, organization_id=actor.org_id).select_for_update().first() if action_id else None
        if action is None:
            raise DomainError.single(Code.NOT_FOUND, "No such action.", "id")
        await assigned_customer(actor, action.customer_id)
        if action.author_id is None or action.author_id != actor.user_id:
            raise DomainError.single(Code.NOT_AUTHOR, "Only the person who logged an action may correct it; log a new one instead.", "id")
        if utcnow() - action.created_at > EDIT_WINDOW:
            raise DomainError.single(Code.EDIT_WINDOW_CLOSED, "Actions can be corrected for 24 hours; log a new one instead.", "id")
        if action.version != version:
            raise DomainError.single(Code.STALE_VERSION, "This action changed meanwhile; reload it.", "version")
        before = audit.snapshot(action, ACTION_FIELDS)
        if "note" in changes:
            action.note = _note(changes["note"] or "")
        if "next_follow_up_on" in changes:
            day = changes["next_follow_up_on"]
            if day is not None and _date(day, "nextFollowUpOn") < await _today(actor.org_id):
                raise DomainError.single(Code.INVALID_DATE, "A follow-up is today or later.", "nextFollowUpOn")
            action.next_follow_up_on = day
        for name, kind in (("channel", ActionChannel), ("direction", Direction), ("outcome", Outcome)):
            if changes.get(name) is not None:
                setattr(action, name, kind(changes[name]))
        action.version += 1
        await action.save()
        await audit.record(actor, "collection_action.update", "collection_action", action.id, before=before,
                           after=audit.snapshot(action, ACTION_FIELDS))
    return action


# --- promises to pay --------------------------------------------------------------------------


async def promise_to_pay(
    actor: Actor, customer_id: uuid.UUID | None, *, amount: object, promised_on: date, invoice_ids: Sequence[uuid.UUID], note: str = ""
) -> PromiseToPay:
    """A promise covers open invoices of one currency, for at most their open amount, on a date
    from today to a year ahead. While it is open the customer gets no reminders."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    value = _amount(amount)
    text = _note(note)
    today = await _today(actor.org_id)
    day = _date(promised_on, "promisedOn")
    if day < today:
        raise DomainError.single(Code.PROMISE_IN_PAST, f"A promise is for today ({today.isoformat()}) or later.", "promisedOn")
    if day > today + timedelta(days=PROMISE_HORIZON_DAYS):
        raise DomainError.single(Code.INVALID_DATE, "A promise is for the coming year at most.", "promisedOn")
    async with unit_of_work():
        customer = await assigned_customer(actor, customer_id)
        invoices = await _invoices(actor, customer, invoice_ids, required=True, open_only=True)
        currency = _one_currency(invoices)
        open_total = sum((invoice_open_amount(i) for i in invoices), Decimal(0))
        if value > open_total:
            raise DomainError.single(Code.INVALID_AMOUNT, f"More than the invoices' open amount ({currency} {open_total}).", "amount")
        promise = await PromiseToPay.create(
            organization_id=actor.org_id, customer_id=customer.id, amount=value, currency=currency, made_on=today,
            promised_on=day, note=text, collector_id=actor.membership_id, created_by_id=actor.user_id,
        )
        await PromiseInvoice.bulk_create([PromiseInvoice(promise_id=promise.id, invoice_id=i.id) for i in invoices])
        await audit.record(
            actor, "promise_to_pay.create", "promise_to_pay", promise.id,
            after={"amount": str(value), "currency": currency, "promised_on": day.isoformat(), "invoice_ids": [str(i.id) for i in invoices]},
        )
    return promise


SETTLE_SQL = """
WITH paid AS (
    SELECT pr.id, COALESCE(SUM(a.amount), 0) AS paid
    FROM promises_to_pay pr
    LEFT JOIN promise_invoices pi ON pi.promise_id = pr.id
    LEFT JOIN allocations a ON a.invoice_id = pi.invoice_id AND a.applied_on BETWEEN pr.made_on AND pr.promised_on
                           AND (a.reversed_on IS NULL OR a.reversed_on > $2)
    WHERE pr.organization_id = $1 AND pr.status = 'open'
    GROUP BY pr.id
)
UPDATE promises_to_pay pr
SET status = CASE WHEN paid.paid >= pr.amount THEN 'kept' ELSE 'broken' END,
    paid_amount = paid.paid,
    kept_ratio = ROUND(LEAST(paid.paid / pr.amount, 1), 4),
    settled_on = $2
FROM paid
WHERE paid.id = pr.id AND (paid.paid >= pr.amount OR pr.promised_on < $2)
RETURNING pr.id, pr.customer_id, pr.status
"""


async def settle_promises(organization_id: uuid.UUID, now: datetime) -> list[uuid.UUID]:
    """Kept as soon as the allocations to its invoices dated from the day it was made to its date
    reach the amount; broken the day after its date otherwise, with the share paid kept as
    `kept_ratio` (the promise-kept rate counts it proportionally). A broken promise raises the
    broken-promise alert and a reassessment of the customer, and dunning resumes. Returns the
    customers with a promise broken now."""
    org = await Organization.get(id=organization_id)
    today = local_today(org.timezone, now)
    async with unit_of_work():
        rows = await connections.get("default").execute_query_dict(SETTLE_SQL, [organization_id, today])
        broken = sorted({r["customer_id"] for r in rows if r["status"] == PromiseStatus.BROKEN.value})
        if broken:
            await evaluate_customers(organization_id, broken, today)
            from ..credit.tasks import reassess_customer_set

            await enqueue(reassess_customer_set, str(organization_id), [str(c) for c in broken])
    return broken


# --- disputes ---------------------------------------------------------------------------------


async def open_dispute(
    actor: Actor, customer_id: uuid.UUID | None, *, reason: DisputeReason, amount: object, invoice_ids: Sequence[uuid.UUID],
    description: str = "", owner_id: uuid.UUID | None = None,
) -> Dispute:
    """While open, the invoices it covers get no reminders."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    value = _amount(amount)
    text = _note(description, "description")
    async with unit_of_work():
        customer = await assigned_customer(actor, customer_id)
        invoices = await _invoices(actor, customer, invoice_ids, required=True, open_only=False)
        currency = _one_currency(invoices)
        total = sum((i.total for i in invoices), Decimal(0))
        if value > total:
            raise DomainError.single(Code.INVALID_AMOUNT, f"More than the invoices' total ({currency} {total}).", "amount")
        owner = await customers_repo.membership_in_org(actor.org_id, owner_id) if owner_id else None
        if owner_id and owner is None:
            raise DomainError.single(Code.NOT_FOUND, "No such member.", "ownerId")
        dispute = await Dispute.create(
            organization_id=actor.org_id, customer_id=customer.id, reason=reason, amount=value, currency=currency,
            description=text, owner_id=owner.id if owner else actor.membership_id, opened_by_id=actor.user_id, opened_at=utcnow(),
        )
        await DisputeInvoice.bulk_create([DisputeInvoice(dispute_id=dispute.id, invoice_id=i.id) for i in invoices])
        await audit.record(
            actor, "dispute.open", "dispute", dispute.id,
            after={"reason": reason.value, "amount": str(value), "invoice_ids": [str(i.id) for i in invoices]},
        )
    return dispute


async def resolve_dispute(actor: Actor, dispute_id: uuid.UUID | None, resolution: DisputeResolution, note: str = "") -> Dispute:
    """Dunning resumes on the invoices it covered (if still open and not covered by another dispute)."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    text = _note(note)
    async with unit_of_work():
        dispute = await Dispute.filter(id=dispute_id, organization_id=actor.org_id).select_for_update().first() if dispute_id else None
        if dispute is None:
            raise DomainError.single(Code.NOT_FOUND, "No such dispute.", "id")
        await assigned_customer(actor, dispute.customer_id)
        if dispute.status is not DisputeStatus.OPEN:
            raise DomainError.single(Code.INVALID_STATE, "This dispute is already resolved.", "id")
        dispute.status = DisputeStatus.RESOLVED
        dispute.resolution = resolution
        dispute.resolution_note = text
        dispute.resolved_by_id = actor.user_id
        dispute.resolved_at = utcnow()
        dispute.version += 1
        await dispute.save()
        await audit.record(actor, "dispute.resolve", "dispute", dispute.id, before={"status": "open"},
                           after={"status": "resolved", "resolution": resolution.value})
    return dispute


# --- pauses -----------------------------------------------------------------------------------


async def pause_dunning(actor: Actor, customer_id: uuid.UUID | None, *, reason: str, until: date | None = None) -> DunningPause:
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    text = _note(reason, "reason", 500)
    if not text:
        raise DomainError.single(Code.REQUIRED, "Say why dunning is paused.", "reason")
    if until is not None and _date(until, "until") < await _today(actor.org_id):
        raise DomainError.single(Code.INVALID_DATE, "A pause lasts until today or later.", "until")
    async with unit_of_work():
        customer = await assigned_customer(actor, customer_id)
        pause = await DunningPause.create(
            organization_id=actor.org_id, customer_id=customer.id, until=until, reason=text, created_by_id=actor.user_id
        )
        await audit.record(actor, "dunning.pause", "customer", customer.id,
                           after={"until": until.isoformat() if until else None, "reason": text})
    return pause


def pause_in_force_on(pause: DunningPause, day: date) -> bool:
    """A pause stops reminders from when it is made until it is lifted, or through its `until` day
    (inclusive): reminders resume by themselves the next local day. PAUSE_IN_FORCE_SQL states the
    same rule for SQL."""
    return pause.lifted_at is None and (pause.until is None or pause.until >= day)


# pause_in_force_on in SQL, for a dunning_pauses row aliased `dp`, on the day `{day}` (a query
# parameter such as "$2", filled in with str.format by each query that uses it).
PAUSE_IN_FORCE_SQL = "dp.lifted_at IS NULL AND (dp.until IS NULL OR dp.until >= {day})"


def _lasts_longer(pause: DunningPause, other: DunningPause) -> bool:
    if other.until is None:
        return False
    return pause.until is None or pause.until > other.until


async def pauses_in_force(organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID], today: date) -> dict[uuid.UUID, DunningPause]:
    """The pause in force on the organization's local day `today` (pause_in_force_on), per
    customer; of several, the one lasting longest. The reminder scan states the same rule in SQL
    (PAUSE_IN_FORCE_SQL, in reminders.SCAN_SQL and PLAN_SCAN_SQL)."""
    rows = await DunningPause.filter(organization_id=organization_id, customer_id__in=list(customer_ids), lifted_at=None)
    found: dict[uuid.UUID, DunningPause] = {}
    for row in rows:
        if not pause_in_force_on(row, today):
            continue
        held = found.get(row.customer_id)
        if held is None or _lasts_longer(row, held):
            found[row.customer_id] = row
    return found


async def pause_in_force(actor: Actor, customer_id: uuid.UUID | None) -> DunningPause | None:
    """The pause of a customer the caller sees in force today, if any."""
    actor.require(Permission.CUSTOMERS_READ)
    customer = await assigned_customer(actor, customer_id)
    return (await pauses_in_force(actor.org_id, [customer.id], await _today(actor.org_id))).get(customer.id)


async def resume_dunning(actor: Actor, customer_id: uuid.UUID | None) -> int:
    """Lift every pause of the customer; returns how many were lifted."""
    actor.require_write().require(Permission.COLLECTIONS_WORK)
    async with unit_of_work():
        customer = await assigned_customer(actor, customer_id)
        lifted = await DunningPause.filter(customer_id=customer.id, lifted_at=None).update(lifted_at=utcnow(), lifted_by_id=actor.user_id)
        await audit.record(actor, "dunning.resume", "customer", customer.id, extra={"pauses_lifted": lifted})
    return lifted

