"""Reconciliation with customers (对账): statements of account, sending them with a link, the
customer's answer through the link, discrepancies worked to a resolution. See docs/reconciliation.md.

Workflow: draft → sent → confirmed, or sent → disputed → resolved → sent (re-sent, a new revision)
→ confirmed; sent → expired when the link lapses unanswered (expired → sent again). Each send takes a
fresh snapshot of the ledger unless the statement is re-sent while still `sent` (same lines, new
link); every earlier link is revoked by a send.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from tortoise import connections
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..audit.models import ActorType
from ..config import Settings
from ..customers import repository as customers_repo
from ..customers.models import Contact, Customer
from ..invoices.models import CreditNote, CreditNoteStatus, Invoice, InvoiceStatus
from ..invoices.numbering import ACCOUNT_STATEMENT_SERIES, next_number
from ..kit.clean import InputRejected, check_business_date
from ..kit.errors import DomainError, FieldError
from ..kit.ids import new_token, token_hash
from ..kit.signing import link_query, link_valid
from ..kit.time import utcnow
from ..kit.uow import enqueue, unit_of_work
from . import repository, snapshot
from .errors import PublicErrorCode as P
from .errors import ReconciliationErrorCode as Code
from .models import (
    AccessAction,
    AccountStatement,
    Discrepancy,
    DiscrepancyStatus,
    Resolution,
    StatementAccess,
    StatementLine,
    StatementLink,
    StatementStatus,
)

MAX_PERIOD_DAYS = 3 * 366
DEFAULT_LINK_DAYS = 30
MAX_LINK_DAYS = 90
EXPORT_LINK_SECONDS = 15 * 60
STATEMENT_FIELDS = ("status", "revision", "sent_at", "send_count", "confirmed_at", "disputed_at", "resolved_at", "expired_at")
# A send takes a new snapshot from these statuses; from `sent` it only renews the link.
RESNAPSHOT_FROM = (StatementStatus.DRAFT, StatementStatus.RESOLVED, StatementStatus.EXPIRED)
SENDABLE_FROM = (*RESNAPSHOT_FROM, StatementStatus.SENT)


def _raise_if(errors: Sequence[FieldError | None]) -> None:
    found = [e for e in errors if e is not None]
    if found:
        raise DomainError(*found)


def _date_error(value: date | None, field: str) -> FieldError | None:
    if value is None:
        return FieldError(Code.REQUIRED, "Give a date.", field)
    try:
        check_business_date(value)
    except InputRejected as exc:
        return FieldError(Code.INVALID_PERIOD, exc.message, field)
    return None


async def _org(actor: Actor) -> Organization:
    return await Organization.get(id=actor.org_id)


def visible_statements(actor: Actor) -> QuerySet[AccountStatement]:
    """The statements of the customers `actor` sees."""
    return AccountStatement.filter(organization_id=actor.org_id, customer_id__in=customers_repo.visible_customer_ids(actor))


async def get_statement(actor: Actor, statement_id: uuid.UUID | None) -> AccountStatement | None:
    actor.require(Permission.CUSTOMERS_READ)
    return await visible_statements(actor).filter(id=statement_id).first() if statement_id else None


async def _locked_statement(actor: Actor, statement_id: uuid.UUID | None) -> AccountStatement:
    if statement_id is None or not await visible_statements(actor).filter(id=statement_id).exists():
        raise DomainError.single(Code.NOT_FOUND, "No such statement.", "id")
    return await AccountStatement.filter(id=statement_id).select_for_update().get()


async def _write_snapshot(statement: AccountStatement, timezone: str) -> None:
    """Take the ledger's figures for the statement's current revision and store them with its lines."""
    try:
        taken = await snapshot.take(
            statement.organization_id, statement.customer_id, statement.currency, statement.period_start, statement.period_end,
            timezone, open_items_only=statement.open_items_only,
        )
    except snapshot.LedgerMoved:
        raise DomainError.single(
            Code.LEDGER_MOVED, "The customer's ledger kept changing while the statement was taken; try again.", "id"
        ) from None
    lines = taken.lines
    await repository.replace_lines(connections.get("default"), statement.organization_id, statement.id, statement.revision, {
        "position": list(range(1, len(lines) + 1)),
        "kind": [line.item.kind for line in lines],
        "document_id": [line.item.document_id for line in lines],
        "document_number": [line.item.document_number[:128] for line in lines],
        "document_date": [line.item.document_date for line in lines],
        "due_date": [line.item.due_date for line in lines],
        "reference": [line.item.reference[:128] for line in lines],
        "debit": [line.item.debit for line in lines],
        "credit": [line.item.credit for line in lines],
        "open_amount": [line.open_amount for line in lines],
        "balance": [line.balance for line in lines],
        "exchange_rate": [line.item.exchange_rate for line in lines],
        "base_amount": [line.base_amount for line in lines],
    })
    statement.opening_balance, statement.closing_balance = taken.opening_balance, taken.closing_balance
    statement.opening_balance_base, statement.closing_balance_base = taken.opening_balance_base, taken.closing_balance_base
    statement.total_debits, statement.total_credits = taken.total_debits, taken.total_credits
    statement.aging, statement.snapshot_at = taken.aging, utcnow()


# --- creating and sending -------------------------------------------------------------------


async def create_statement(
    actor: Actor,
    *,
    customer_id: uuid.UUID | None,
    period_start: date | None,
    period_end: date | None,
    currency: str | None = None,
    open_items_only: bool = False,
    scheduled: bool = False,
) -> AccountStatement:
    """A draft statement of account for one customer and period, with its figures taken now
    (`scheduled`: made by the schedule, at most one per customer, period and currency)."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    org = await _org(actor)
    currency = (currency or org.base_currency).strip().upper()
    errors = [_date_error(period_start, "periodStart"), _date_error(period_end, "periodEnd")]
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        errors.append(FieldError(Code.INVALID_CURRENCY, "Give a three-letter ISO 4217 currency code.", "currency"))
    _raise_if(errors)
    assert period_start is not None and period_end is not None
    if period_end < period_start:
        raise DomainError.single(Code.INVALID_PERIOD, "The period ends before it starts.", "periodEnd")
    if (period_end - period_start).days >= MAX_PERIOD_DAYS:
        raise DomainError.single(Code.INVALID_PERIOD, "A statement covers at most three years.", "periodEnd")
    customer = await customers_repo.get_visible(actor, customer_id)
    if customer is None:
        raise DomainError.single(Code.NOT_FOUND, "No such customer.", "customerId")
    async with unit_of_work() as conn:
        statement = AccountStatement(
            organization_id=org.id, customer_id=customer.id, number=await next_number(conn, org.id, ACCOUNT_STATEMENT_SERIES),
            period_start=period_start, period_end=period_end, currency=currency, base_currency=org.base_currency,
            open_items_only=open_items_only, scheduled=scheduled, created_by_id=actor.user_id, opening_balance=0, closing_balance=0,
            snapshot_at=utcnow(),
        )
        await statement.save()
        await _write_snapshot(statement, org.timezone)
        await statement.save()
        await audit.record(
            actor, "account_statement.create", "account_statement", statement.id,
            after=audit.snapshot(statement, ("number", "customer_id", "period_start", "period_end", "currency", "open_items_only",
                                             "opening_balance", "closing_balance")),
        )
    return statement


async def refresh_draft(actor: Actor, statement_id: uuid.UUID | None) -> AccountStatement:
    """Take the figures of a draft again (a draft follows the ledger until it is sent)."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    org = await _org(actor)
    async with unit_of_work():
        statement = await _locked_statement(actor, statement_id)
        if statement.status is not StatementStatus.DRAFT:
            raise DomainError.single(Code.INVALID_STATE, "Only a draft follows the ledger; a sent statement is a snapshot.", "id")
        before = audit.snapshot(statement, ("opening_balance", "closing_balance"))
        await _write_snapshot(statement, org.timezone)
        statement.version += 1
        await statement.save()
        await audit.record(actor, "account_statement.refresh", "account_statement", statement.id,
                           before=before, after=audit.snapshot(statement, ("opening_balance", "closing_balance")))
    return statement


async def billing_recipients(customer_id: uuid.UUID) -> list[Contact]:
    """The billing contacts with an email address: the people a statement is sent to."""
    return list(
        await Contact.filter(customer_id=customer_id, is_billing_contact=True).exclude(email="").order_by("name", "id")
    )


@dataclass(frozen=True)
class SentStatement:
    statement: AccountStatement
    link: StatementLink
    token: str


async def send_statement(actor: Actor, statement_id: uuid.UUID | None, *, link_days: int = DEFAULT_LINK_DAYS) -> SentStatement:
    """Send (or re-send) a statement to the customer's billing contacts with a new link; earlier
    links stop working. Drafts, resolved and expired statements get a fresh snapshot first."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    if not 1 <= link_days <= MAX_LINK_DAYS:
        raise DomainError.single(Code.INVALID, f"A link works for 1 to {MAX_LINK_DAYS} days.", "linkDays")
    org = await _org(actor)
    from .tasks import send_statement_email

    async with unit_of_work():
        statement = await _locked_statement(actor, statement_id)
        if statement.status is StatementStatus.DISPUTED or await _open_discrepancies(statement).exists():
            raise DomainError.single(Code.OPEN_DISCREPANCIES, "Resolve every discrepancy before sending again.", "id")
        if statement.status not in SENDABLE_FROM:
            raise DomainError.single(Code.INVALID_STATE, f"A {statement.status.value} statement cannot be sent.", "id")
        recipients = await billing_recipients(statement.customer_id)
        if not recipients:
            raise DomainError.single(
                Code.NO_BILLING_CONTACT, "The customer has no billing contact with an email address.", "id"
            )
        before = audit.snapshot(statement, STATEMENT_FIELDS)
        if statement.status in (StatementStatus.RESOLVED, StatementStatus.EXPIRED):
            statement.revision += 1
        if statement.status in RESNAPSHOT_FROM:
            await _write_snapshot(statement, org.timezone)
        now = utcnow()
        await StatementLink.filter(statement_id=statement.id, revoked_at__isnull=True).update(revoked_at=now)
        token = new_token()
        link = await StatementLink.create(
            organization_id=org.id, statement_id=statement.id, revision=statement.revision, token_hash=token_hash(token),
            expires_at=now + timedelta(days=link_days), recipients=[c.email for c in recipients],
        )
        statement.status, statement.sent_at, statement.answered_at = StatementStatus.SENT, now, None
        statement.send_count += 1
        statement.version += 1
        await statement.save()
        await audit.record(
            actor, "account_statement.send", "account_statement", statement.id, before=before,
            after=audit.snapshot(statement, STATEMENT_FIELDS),
            extra={"link": link.id, "expires_at": link.expires_at, "recipients": link.recipients},
        )
        await enqueue(send_statement_email, str(link.id), token)
    return SentStatement(statement, link, token)


async def revoke_links(actor: Actor, statement_id: uuid.UUID | None) -> AccountStatement:
    """Stop every link of the statement from working (e.g. sent to the wrong person)."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    async with unit_of_work():
        statement = await _locked_statement(actor, statement_id)
        revoked = await StatementLink.filter(statement_id=statement.id, revoked_at__isnull=True).update(revoked_at=utcnow())
        await audit.record(actor, "account_statement.revoke_links", "account_statement", statement.id, extra={"links": revoked})
    return statement


# Sent statements whose link lapsed (one expired, none working); a link revoked by staff is not a lapse.
_LAPSED_SQL = """
SELECT s.id, s.organization_id FROM account_statements s
WHERE s.status = 'sent' AND ($1::uuid IS NULL OR s.organization_id = $1)
  AND EXISTS (SELECT 1 FROM account_statement_links l WHERE l.statement_id = s.id AND l.revision = s.revision
              AND l.revoked_at IS NULL AND l.expires_at <= now())
  AND NOT EXISTS (SELECT 1 FROM account_statement_links l WHERE l.statement_id = s.id
                  AND l.revoked_at IS NULL AND l.expires_at > now())
"""


async def expire_lapsed(organization_id: uuid.UUID | None = None) -> int:
    """Mark `expired` the sent statements whose current link lapsed unanswered; idempotent."""
    now = utcnow()
    rows = await connections.get("default").execute_query_dict(_LAPSED_SQL, [organization_id])
    lapsed = [(r["id"], r["organization_id"]) for r in rows]
    for statement_id, org_id in lapsed:
        async with unit_of_work():
            statement = await AccountStatement.filter(id=statement_id, status=StatementStatus.SENT).select_for_update().first()
            if statement is None or await StatementLink.filter(
                statement_id=statement_id, revoked_at__isnull=True, expires_at__gt=now
            ).exists():
                continue
            statement.status, statement.expired_at = StatementStatus.EXPIRED, now
            statement.version += 1
            await statement.save(update_fields=["status", "expired_at", "version", "updated_at"])
            await audit.record(Actor.system(org_id), "account_statement.expire", "account_statement", statement_id,
                               before={"status": "sent"}, after={"status": "expired"})
    return len(lapsed)


# --- the customer's answer through the link --------------------------------------------------


@dataclass(frozen=True)
class Visitor:
    ip: str
    user_agent: str
    request_id: str | None = None


def _public_actor(link: StatementLink, visitor: Visitor) -> Actor:
    return Actor(actor_type=ActorType.PUBLIC_LINK, organization_id=link.organization_id, request_id=visitor.request_id, ip=visitor.ip)


async def link_by_token(token: str) -> StatementLink | None:
    """The link a token opens, if it still works: known, not revoked, not expired, for the
    statement's current revision. Anything else is None and nothing is said about why."""
    if not token or len(token) > 128:
        return None
    link = await StatementLink.get_or_none(token_hash=token_hash(token)).select_related("statement")
    if link is None or link.revoked_at is not None or link.expires_at <= utcnow():
        return None
    if link.statement.revision != link.revision or link.statement.status is StatementStatus.DRAFT:
        return None
    return link


async def log_access(link: StatementLink, visitor: Visitor, action: AccessAction, detail: dict[str, Any] | None = None) -> None:
    await StatementAccess.create(
        organization_id=link.organization_id, statement_id=link.statement_id, link_id=link.id, action=action,
        ip=visitor.ip[:64], user_agent=visitor.user_agent[:500], detail=detail or {},
    )


async def _locked_for_answer(link: StatementLink) -> AccountStatement:
    return await AccountStatement.filter(id=link.statement_id).select_for_update().get()


@dataclass(frozen=True)
class Answer:
    statement: AccountStatement
    repeated: bool = False


async def confirm(link: StatementLink, visitor: Visitor, *, name: str) -> Answer:
    """The customer agrees with the statement. Confirming again is answered as before, nothing changes."""
    async with unit_of_work():
        statement = await _locked_for_answer(link)
        if statement.status is StatementStatus.CONFIRMED and statement.revision == link.revision:
            await log_access(link, visitor, AccessAction.CONFIRM, {"repeated": True})
            return Answer(statement, repeated=True)
        if statement.status is not StatementStatus.SENT:
            raise DomainError.single(P.ALREADY_ANSWERED, "This statement was already answered.", None)
        now = utcnow()
        statement.status, statement.confirmed_at, statement.answered_at = StatementStatus.CONFIRMED, now, now
        statement.confirmed_by_name = name
        statement.version += 1
        await statement.save()
        await log_access(link, visitor, AccessAction.CONFIRM, {"name": name})
        await audit.record(
            _public_actor(link, visitor), "account_statement.confirm", "account_statement", statement.id,
            before={"status": "sent"}, after={"status": "confirmed"}, extra={"name": name, "user_agent": visitor.user_agent[:500]},
        )
    return Answer(statement)


@dataclass(frozen=True)
class DisputedLine:
    line_id: uuid.UUID
    reason: Any
    customer_amount: Decimal | None
    note: str


@dataclass(frozen=True)
class Upload:
    file_name: str
    content_type: str
    content: bytes


async def dispute(
    link: StatementLink, visitor: Visitor, *, name: str, lines: Sequence[DisputedLine], upload: Upload | None
) -> Answer:
    """The customer disputes chosen lines of the statement: one discrepancy per line, assigned to the
    customer's collector (else its owner). Disputing the same lines again changes nothing; other lines
    after a dispute, or a dispute after a confirmation, are refused (ALREADY_ANSWERED)."""
    async with unit_of_work():
        statement = await _locked_for_answer(link)
        if statement.status is StatementStatus.DISPUTED and statement.revision == link.revision:
            disputed = await Discrepancy.filter(statement_id=statement.id, revision=statement.revision).values_list("line_id", flat=True)
            if set(disputed) != {d.line_id for d in lines}:
                raise DomainError.single(P.ALREADY_ANSWERED, "This statement was already disputed; we will contact you.", None)
            await log_access(link, visitor, AccessAction.DISPUTE, {"repeated": True})
            return Answer(statement, repeated=True)
        if statement.status is not StatementStatus.SENT:
            raise DomainError.single(P.ALREADY_ANSWERED, "This statement was already answered.", None)
        ids = [d.line_id for d in lines]
        known = set(
            await StatementLine.filter(statement_id=statement.id, revision=statement.revision, id__in=ids).values_list("id", flat=True)
        )
        errors = [
            FieldError(P.LINE_NOT_ON_STATEMENT, "This line is not on the statement.", f"lines.{i}.lineId")
            for i, line_id in enumerate(ids) if line_id not in known
        ]
        _raise_if(errors)
        customer = await Customer.get(id=statement.customer_id)
        assignee = customer.collector_id or customer.owner_id
        rows = [
            Discrepancy(
                organization_id=statement.organization_id, statement_id=statement.id, line_id=d.line_id, revision=statement.revision,
                reason=d.reason, customer_amount=d.customer_amount, customer_note=d.note, contact_name=name,
                attachment_name=upload.file_name if upload else None, attachment_type=upload.content_type if upload else None,
                attachment=upload.content if upload else None, assigned_to_id=assignee,
            )
            for d in lines
        ]
        await Discrepancy.bulk_create(rows)
        now = utcnow()
        statement.status, statement.disputed_at, statement.answered_at = StatementStatus.DISPUTED, now, now
        statement.version += 1
        await statement.save()
        detail = {
            "name": name,
            "lines": [{"line": str(d.line_id), "reason": d.reason.value, "amount": str(d.customer_amount) if d.customer_amount is not None else None}
                      for d in lines],
            "attachment": {"name": upload.file_name, "type": upload.content_type, "bytes": len(upload.content)} if upload else None,
        }
        await log_access(link, visitor, AccessAction.DISPUTE, detail)
        await audit.record(
            _public_actor(link, visitor), "account_statement.dispute", "account_statement", statement.id,
            before={"status": "sent"}, after={"status": "disputed"}, extra=detail,
        )
    return Answer(statement)


# --- discrepancies --------------------------------------------------------------------------


def _open_discrepancies(statement: AccountStatement) -> QuerySet[Discrepancy]:
    return Discrepancy.filter(statement_id=statement.id, status=DiscrepancyStatus.OPEN)


async def _locked_discrepancy(actor: Actor, discrepancy_id: uuid.UUID | None) -> Discrepancy:
    found = (
        await Discrepancy.filter(
            id=discrepancy_id, organization_id=actor.org_id,
            statement__customer_id__in=customers_repo.visible_customer_ids(actor),
        ).first()
        if discrepancy_id
        else None
    )
    if found is None:
        raise DomainError.single(Code.NOT_FOUND, "No such discrepancy.", "id")
    return await Discrepancy.filter(id=found.id).select_for_update().get()


async def assign_discrepancy(actor: Actor, discrepancy_id: uuid.UUID | None, membership_id: uuid.UUID | None) -> Discrepancy:
    actor.require_write().require(Permission.INVOICES_MANAGE)
    async with unit_of_work():
        row = await _locked_discrepancy(actor, discrepancy_id)
        membership = await customers_repo.membership_in_org(actor.org_id, membership_id)
        if membership is None:
            raise DomainError.single(Code.NOT_A_MEMBER, "Assign it to a member of this organization.", "membershipId")
        before = {"assigned_to": str(row.assigned_to_id) if row.assigned_to_id else None}
        row.assigned_to_id = membership.id
        row.version += 1
        await row.save(update_fields=["assigned_to_id", "version"])
        await audit.record(actor, "statement_discrepancy.assign", "statement_discrepancy", row.id,
                           before=before, after={"assigned_to": str(membership.id)})
    return row


async def _settling_document(
    statement: AccountStatement, resolution: Resolution, document_id: uuid.UUID | None
) -> FieldError | None:
    """Why `document_id` cannot be the document that settles a discrepancy with `resolution`, or None.
    A credit note issued: a credit note of the customer; an adjustment posted: an issued invoice or a
    credit note of the customer; no change: no document."""
    if resolution is Resolution.NO_CHANGE:
        return FieldError(Code.INVALID, "Nothing is posted when nothing changes.", "documentId") if document_id else None
    if document_id is None:
        return FieldError(Code.REQUIRED, "Name the invoice or credit note posted in the ledger.", "documentId")
    scope = {"id": document_id, "organization_id": statement.organization_id, "customer_id": statement.customer_id}
    if await CreditNote.filter(**scope).exclude(status=CreditNoteStatus.VOID).exists():
        return None
    if resolution is Resolution.ADJUSTMENT_POSTED and await Invoice.filter(**scope).exclude(
        status__in=[InvoiceStatus.DRAFT, InvoiceStatus.VOID]
    ).exists():
        return None
    kind = "credit note" if resolution is Resolution.CREDIT_NOTE_ISSUED else "issued invoice or credit note"
    return FieldError(Code.NOT_FOUND, f"No such {kind} of this customer.", "documentId")


async def resolve_discrepancy(
    actor: Actor, discrepancy_id: uuid.UUID | None, *, resolution: Resolution, note: str = "", document_id: uuid.UUID | None = None
) -> Discrepancy:
    """Record how a discrepancy was settled, with the invoice or credit note posted through the ledger
    to settle it. When the last open discrepancy of a disputed statement is resolved, the statement is
    `resolved` and may be sent again."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    note = note.strip()
    if len(note) > 2000:
        raise DomainError.single(Code.TOO_LONG, "At most 2000 characters.", "note")
    async with unit_of_work():
        row = await _locked_discrepancy(actor, discrepancy_id)
        if row.status is DiscrepancyStatus.RESOLVED:
            raise DomainError.single(Code.INVALID_STATE, "This discrepancy is already resolved.", "id")
        statement = await AccountStatement.filter(id=row.statement_id).select_for_update().get()
        _raise_if([await _settling_document(statement, resolution, document_id)])
        row.status, row.resolution, row.resolution_note = DiscrepancyStatus.RESOLVED, resolution, note
        row.document_id = document_id
        row.resolved_by_id, row.resolved_at = actor.user_id, utcnow()
        row.version += 1
        await row.save()
        await audit.record(actor, "statement_discrepancy.resolve", "statement_discrepancy", row.id,
                           before={"status": "open"}, after={"status": "resolved", "resolution": resolution.value, "document_id": str(document_id) if document_id else None},
                           extra={"note": note})
        if statement.status is StatementStatus.DISPUTED and not await _open_discrepancies(statement).exists():
            statement.status, statement.resolved_at = StatementStatus.RESOLVED, utcnow()
            statement.version += 1
            await statement.save()
            await audit.record(actor, "account_statement.resolve", "account_statement", statement.id,
                               before={"status": "disputed"}, after={"status": "resolved"})
    return row


# --- status per customer --------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerStatus:
    last_confirmed_period_end: date | None
    last_confirmed_at: datetime | None
    open_discrepancies: int
    latest_status: StatementStatus | None


_STATUS_SQL = """
SELECT c.id AS customer_id,
       (SELECT MAX(s.period_end) FROM account_statements s WHERE s.customer_id = c.id AND s.status = 'confirmed') AS period_end,
       (SELECT MAX(s.confirmed_at) FROM account_statements s WHERE s.customer_id = c.id AND s.status = 'confirmed') AS confirmed_at,
       (SELECT COUNT(*) FROM statement_discrepancies d WHERE d.statement_id IN
            (SELECT s.id FROM account_statements s WHERE s.customer_id = c.id) AND d.status = 'open') AS open_discrepancies,
       (SELECT s.status FROM account_statements s WHERE s.customer_id = c.id ORDER BY s.period_end DESC, s.created_at DESC LIMIT 1)
           AS latest_status
FROM customers c
WHERE c.organization_id = $1 AND c.id = ANY($2::uuid[])
"""


async def customer_statuses(organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, CustomerStatus]:
    """Reconciliation status of many customers in one query (for a DataLoader)."""
    rows = await connections.get("default").execute_query_dict(_STATUS_SQL, [organization_id, list(customer_ids)])
    return {
        r["customer_id"]: CustomerStatus(
            r["period_end"], r["confirmed_at"], int(r["open_discrepancies"]),
            StatementStatus(r["latest_status"]) if r["latest_status"] else None,
        )
        for r in rows
    }


# --- exports behind signed links ------------------------------------------------------------

EXPORT_FORMATS = ("pdf", "xlsx")


def _query(settings: Settings, kind: str, object_id: uuid.UUID, now: float | None) -> str:
    return link_query(settings.signing_key(), ("account-statement", kind, object_id), EXPORT_LINK_SECONDS, now)


def _signed(settings: Settings, kind: str, object_id: uuid.UUID | None, expires: str, signature: str) -> bool:
    return object_id is not None and link_valid(settings.signing_key(), ("account-statement", kind, object_id), expires, signature)


def export_path(settings: Settings, statement_id: uuid.UUID, fmt: str, now: float | None = None) -> str:
    """A link to the statement's PDF or XLSX that works without signing in, for 15 minutes."""
    return f"/statements/{statement_id}/export.{fmt}?{_query(settings, fmt, statement_id, now)}"


async def statement_by_export_link(
    settings: Settings, statement_id: uuid.UUID | None, fmt: str, expires: str, signature: str
) -> AccountStatement | None:
    if fmt not in EXPORT_FORMATS or not _signed(settings, fmt, statement_id, expires, signature):
        return None
    return await AccountStatement.get_or_none(id=statement_id)


def attachment_path(settings: Settings, discrepancy_id: uuid.UUID, now: float | None = None) -> str:
    """A link to the file the customer attached to a discrepancy, for 15 minutes."""
    return f"/statements/discrepancies/{discrepancy_id}/attachment?{_query(settings, 'attachment', discrepancy_id, now)}"


async def attachment_by_link(settings: Settings, discrepancy_id: uuid.UUID | None, expires: str, signature: str) -> Discrepancy | None:
    if not _signed(settings, "attachment", discrepancy_id, expires, signature):
        return None
    return await Discrepancy.get_or_none(id=discrepancy_id, attachment__isnull=False)
