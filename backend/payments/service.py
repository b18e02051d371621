"""Payments received (收款) and cash application (核销): record, allocate (explicit or oldest due
first), unallocate, reverse, refund, match to a customer.

The entry points for payment-provider webhooks and bank/CSV imports are `record_payment` (idempotent
on (organization, provider, provider_reference)), `allocate_payment`, `refund_payment` (idempotent on
the refund's provider reference), `reverse_payment`, `assign_customer`, `find_payment` and
`find_open_invoice`.

Allocation is set-based whatever the number of invoices: the payment row is locked, then the
invoices in id order (one SELECT … FOR UPDATE), the allocations are inserted with one INSERT …
SELECT FROM unnest(…), and the invoices' running sums and statuses change in one UPDATE … FROM
unnest(…). One audit entry per call lists every allocation.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..invoices import repository
from ..invoices import validation as v
from ..invoices.balances import Part, fill_parts, invoice_parts, parts_by_invoice
from ..invoices.ledger import (
    OPEN_STATUSES,
    Delta,
    LockedInvoice,
    apply_deltas,
    dated_open_caps,
    dated_open_errors,
    lock_invoices,
    lock_open_invoices,
    reduction_errors,
)
from ..invoices.models import Invoice
from ..kit.errors import DomainError, FieldError
from ..kit.time import local_today, utcnow
from ..kit.uow import unit_of_work
from .errors import PaymentErrorCode as Code
from .models import Allocation, Payment, PaymentMethod, PaymentStatus, Refund
from .repository import payments

OLDEST_DUE_FIRST = "oldest_due_first"
MAX_ALLOCATIONS = 5000
ZERO = Decimal("0.00")

AllocationPlan = Sequence[tuple[uuid.UUID | None, Decimal]] | Literal["oldest_due_first"] | None
PAYMENT_FIELDS = ("customer_id", "method", "received_on", "currency", "exchange_rate", "amount", "reference", "payer_name", "provider", "provider_reference")


def unapplied(payment: Payment) -> Decimal:
    """What is left of a payment to allocate or refund; nothing once the payment is reversed."""
    if payment.status is PaymentStatus.REVERSED:
        return ZERO
    return payment.amount - payment.allocated - payment.refunded


@dataclass(frozen=True)
class Applied:
    invoice_id: uuid.UUID
    number: str | None
    amount: Decimal
    applied_on: date


async def _org(actor: Actor) -> Organization:
    return await Organization.get(id=actor.org_id)


def _plan_errors(plan: AllocationPlan) -> list[FieldError]:
    if plan is None or plan == OLDEST_DUE_FIRST:
        return []
    if isinstance(plan, str):
        return [FieldError(Code.INVALID, f"Allocate a list of (invoice, amount) or {OLDEST_DUE_FIRST!r}.", "allocations")]
    return v.applications_errors(list(plan), "allocations", MAX_ALLOCATIONS)


def oldest_due_first(
    invoices: Sequence[LockedInvoice],
    installments: dict[uuid.UUID, list[Any]],
    available: Decimal,
    caps: dict[uuid.UUID, tuple[Decimal, date]],
) -> list[tuple[uuid.UUID, Decimal]]:
    """Spread `available` over the open parts of the invoices by due date (then issue date, number),
    skipping disputed invoices, never more to an invoice than its dated cap (`dated_open_caps`);
    one (invoice, amount) per invoice touched, in that order."""
    room = {invoice_id: cap for invoice_id, (cap, _) in caps.items()}
    parts: list[tuple[date, date, str, uuid.UUID, Decimal]] = []
    for invoice in invoices:
        if invoice.disputed:
            continue
        assert invoice.issue_date is not None and invoice.number is not None
        ordered: list[Part] = invoice_parts(invoice, installments.get(invoice.id, []))  # type: ignore[arg-type]
        reduced = invoice.allocated + invoice.credited + invoice.written_off
        for part, open_amount in zip(ordered, fill_parts(ordered, reduced), strict=True):
            if open_amount > 0:
                parts.append((part.due_date, invoice.issue_date, invoice.number, invoice.id, open_amount))
    plan: dict[uuid.UUID, Decimal] = {}
    for _, _, _, invoice_id, open_amount in sorted(parts):
        if available <= 0:
            break
        amount = min(open_amount, available, room.get(invoice_id, open_amount))
        if amount <= 0:
            continue
        plan[invoice_id] = plan.get(invoice_id, ZERO) + amount
        available -= amount
        if invoice_id in room:
            room[invoice_id] -= amount
    return list(plan.items())


# ON CONFLICT: a payment with the same (organization, provider, provider reference) is not
# recorded twice, even when two deliveries race; manual payments have no provider reference.
_INSERT_PAYMENT_SQL = """
INSERT INTO payments (id, organization_id, customer_id, method, status, received_on, currency, exchange_rate, amount, allocated,
                      refunded, reference, payer_name, provider, provider_reference, notes, created_by_id, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, now(), now())
ON CONFLICT (organization_id, provider, provider_reference) DO NOTHING
RETURNING created_at
"""

_INSERT_ALLOCATIONS_SQL = """
INSERT INTO allocations (id, organization_id, payment_id, invoice_id, amount, applied_on, created_by_id, created_at)
SELECT gen_random_uuid(), $1, $2, v.invoice_id, v.amount, v.applied_on, $3, now()
FROM unnest($4::uuid[], $5::numeric[], $6::date[]) AS v(invoice_id, amount, applied_on)
"""


async def _plan(conn: Any, payment: Payment, plan: AllocationPlan, *, required: bool) -> list[Applied]:
    """Lock the invoices `plan` touches and check it against the payment; raises field errors and
    writes nothing when any line is refused. Gives an unmatched payment its invoices' customer.
    Oldest-due-first with nothing to allocate is an error only when `required`."""
    if plan is None:
        return []
    if payment.status is PaymentStatus.REVERSED:
        raise DomainError.single(Code.PAYMENT_REVERSED, "The payment was reversed.", "id")
    available = unapplied(payment)
    if plan == OLDEST_DUE_FIRST:
        if payment.customer_id is None:
            raise DomainError.single(Code.CUSTOMER_REQUIRED, "Match the payment to a customer first.", "customerId")
        candidates = await lock_open_invoices(conn, payment.organization_id, payment.customer_id, payment.currency)
        installments = await parts_by_invoice([i.id for i in candidates])
        caps = await dated_open_caps(conn, payment.organization_id, [(i.id, _applied_on(payment, i)) for i in candidates])
        items: Sequence[tuple[uuid.UUID | None, Decimal]] = oldest_due_first(candidates, installments, available, caps)
        invoices = {i.id: i for i in candidates}
        if not items and not required:
            return []
        if not items:
            raise DomainError.single(
                Code.NO_OPEN_INVOICES if available > 0 else Code.EXCEEDS_AVAILABLE,
                "Nothing to allocate: no open undisputed invoice in this currency." if available > 0 else "Nothing is left of the payment.",
                "allocations",
            )
    else:
        assert not isinstance(plan, str)
        items = list(plan)
        invoices = await lock_invoices(conn, payment.organization_id, [i for i, _ in items if i is not None])
        if payment.customer_id is None and invoices:
            payment.customer_id = invoices[next(i for i, _ in items if i in invoices)].customer_id
        total = sum((amount for _, amount in items), ZERO)
        v.raise_if(
            [
                FieldError(Code.EXCEEDS_AVAILABLE, f"The payment has {available} unapplied.", "allocations") if total > available else None,
                *reduction_errors(items, invoices, currency=payment.currency, customer_id=payment.customer_id, on=None, field="allocations"),
            ]
        )
        caps = await dated_open_caps(conn, payment.organization_id, [(i, _applied_on(payment, invoices[i])) for i, _ in items if i is not None])
        v.raise_if(dated_open_errors(items, caps, [f"allocations.{i}.amount" for i in range(len(items))]))
    return [
        Applied(invoice_id, invoices[invoice_id].number, amount, _applied_on(payment, invoices[invoice_id]))
        for invoice_id, amount in items
        if invoice_id is not None
    ]


def _applied_on(payment: Payment, invoice: LockedInvoice) -> date:
    """An allocation counts from its payment's date, or from the invoice's issue date when the
    money came in before the invoice (a prepayment)."""
    return max(payment.received_on, invoice.issue_date or payment.received_on)


async def _write_allocations(conn: Any, actor: Actor, payment: Payment, applied: Sequence[Applied]) -> None:
    """The allocation rows and the invoices' running sums, in two set-based statements."""
    if not applied:
        return
    await conn.execute_query(
        _INSERT_ALLOCATIONS_SQL,
        [
            payment.organization_id, payment.id, actor.user_id,
            [a.invoice_id for a in applied], [a.amount for a in applied], [a.applied_on for a in applied],
        ],
    )
    await apply_deltas(conn, payment.organization_id, [Delta(a.invoice_id, allocated=a.amount) for a in applied])


async def _allocate(conn: Any, actor: Actor, payment: Payment, plan: AllocationPlan, *, required: bool) -> list[Applied]:
    """Allocate a locked, stored payment (see `_plan`) and keep its running sum."""
    applied = await _plan(conn, payment, plan, required=required)
    if not applied:
        return []
    await _write_allocations(conn, actor, payment, applied)
    payment.allocated += sum((a.amount for a in applied), ZERO)
    await payment.save(update_fields=["allocated", "customer_id", "updated_at"])
    return applied


def _applied_json(applied: Sequence[Applied]) -> list[dict[str, Any]]:
    return [{"invoice": a.invoice_id, "number": a.number, "amount": a.amount, "applied_on": a.applied_on} for a in applied]


async def find_payment(actor: Actor, provider: str, provider_reference: str) -> Payment | None:
    """The payment recorded earlier from this provider with this reference, if any."""
    return await Payment.get_or_none(organization_id=actor.org_id, provider=provider, provider_reference=provider_reference)


async def record_payment(
    actor: Actor,
    *,
    customer_id: uuid.UUID | None,
    amount: Decimal,
    currency: str,
    method: PaymentMethod | str,
    received_on: date,
    reference: str = "",
    payer_name: str = "",
    provider: str | None = None,
    provider_reference: str | None = None,
    exchange_rate: Decimal | None = None,
    notes: str = "",
    allocate: AllocationPlan = None,
) -> Payment:
    """Record money received, optionally allocating it at once (`allocate`: a list of
    (invoice id, amount), OLDEST_DUE_FIRST, or None to leave it unapplied on the customer).

    With a provider reference the call is idempotent: when (organization, provider, reference)
    was recorded before, that payment is returned and nothing is recorded or applied again, even
    when two deliveries race. `customer_id` may be None for money not yet matched to a customer;
    an explicit allocation then matches it to the invoices' customer.

    Refusals (DomainError) are raised before anything is written, so a caller inside a larger
    unit of work may catch one and go on (e.g. record the money unapplied instead)."""
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    org = await _org(actor)
    rate, currency_errors = v.currency_and_rate(currency, org.base_currency, exchange_rate)
    try:
        method = PaymentMethod(method)
    except ValueError:
        method_error: FieldError | None = FieldError(Code.INVALID, "Unknown payment method.", "method")
    else:
        method_error = None
    _, date_errors = v.posting_date(received_on, local_today(org.timezone), "receivedOn")
    v.raise_if(
        [
            v.amount_error(amount, "amount"), *currency_errors, method_error, *date_errors,
            v.text_error(reference, "reference", 128, required=False), v.text_error(payer_name, "payerName", 200, required=False),
            v.text_error(notes, "notes", 5000, required=False),
            None if provider is None else v.text_error(provider, "provider", 16),
            None if provider_reference is None else v.text_error(provider_reference, "providerReference", 128),
            FieldError(Code.REQUIRED, "A provider reference needs its provider.", "provider") if provider_reference and not provider else None,
            *_plan_errors(allocate),
        ]
    )
    customer = None
    if customer_id is not None:
        customer = await repository.customers(actor).filter(id=customer_id).first()
        if customer is None:
            raise DomainError.single(Code.NOT_FOUND, "No such customer.", "customerId")
    payment = Payment(
        organization_id=org.id, customer_id=customer.id if customer else None, method=method, status=PaymentStatus.RECEIVED,
        received_on=received_on, currency=currency, exchange_rate=rate, amount=amount, allocated=ZERO, refunded=ZERO,
        reference=reference.strip(), payer_name=payer_name.strip(), provider=provider, provider_reference=provider_reference,
        notes=notes, created_by_id=actor.user_id,
    )
    async with unit_of_work() as conn:
        try:
            applied = await _plan(conn, payment, allocate, required=False)
        except DomainError:
            # A repeated delivery whose allocation the first one already made: answer with that payment.
            if provider_reference and (existing := await find_payment(actor, provider or "", provider_reference)):
                return existing
            raise
        payment.allocated = sum((a.amount for a in applied), ZERO)
        stored = await conn.execute_query_dict(
            _INSERT_PAYMENT_SQL,
            [
                payment.id, payment.organization_id, payment.customer_id, payment.method.value, payment.status.value,
                payment.received_on, payment.currency, payment.exchange_rate, payment.amount, payment.allocated,
                payment.refunded, payment.reference, payment.payer_name, payment.provider, payment.provider_reference,
                payment.notes, payment.created_by_id,
            ],
        )
        if not stored:
            # A concurrent delivery of the same provider reference committed first: nothing was written.
            return await Payment.get(organization_id=org.id, provider=provider, provider_reference=provider_reference)
        payment.created_at = payment.updated_at = stored[0]["created_at"]
        payment._saved_in_db = True
        await _write_allocations(conn, actor, payment, applied)
        await audit.record(
            actor, "payment.record", "payment", payment.id, after=audit.snapshot(payment, PAYMENT_FIELDS),
            extra={"allocations": _applied_json(applied)} if applied else None,
        )
    return payment


async def _locked_payment(actor: Actor, payment_id: uuid.UUID | None) -> Payment:
    found = await payments(actor).filter(id=payment_id).select_for_update().first() if payment_id else None
    if found is None:
        raise DomainError.single(Code.NOT_FOUND, "No such payment.", "id")
    return found


async def allocate_payment(actor: Actor, payment_id: uuid.UUID | None, allocations: AllocationPlan) -> Payment:
    """Allocate what is unapplied of a payment: a list of (invoice id, amount), or OLDEST_DUE_FIRST.
    Each invoice must be open, of the payment's customer and currency; no amount above an invoice's
    open amount, the total not above the payment's unapplied amount. All or nothing."""
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    v.raise_if([FieldError(Code.REQUIRED, "Say what to allocate.", "allocations")] if allocations is None else _plan_errors(allocations))
    async with unit_of_work() as conn:
        payment = await _locked_payment(actor, payment_id)
        before = audit.snapshot(payment, ("allocated", "customer_id"))
        applied = await _allocate(conn, actor, payment, allocations, required=True)
        await audit.record(
            actor, "payment.allocate", "payment", payment.id, before=before, after=audit.snapshot(payment, ("allocated", "customer_id")),
            extra={"mode": OLDEST_DUE_FIRST if allocations == OLDEST_DUE_FIRST else "explicit", "allocations": _applied_json(applied)},
        )
    return payment


async def _undo_allocations(conn: Any, payment: Payment, rows: Sequence[Allocation], on: date) -> None:
    """Stop counting allocations from `on`: mark them reversed, give the amounts back to the
    invoices (locked in id order) and to the payment."""
    await lock_invoices(conn, payment.organization_id, sorted({a.invoice_id for a in rows}))
    await Allocation.filter(id__in=[a.id for a in rows]).update(reversed_on=on, reversed_at=utcnow())
    by_invoice: dict[uuid.UUID, Decimal] = {}
    for a in rows:
        by_invoice[a.invoice_id] = by_invoice.get(a.invoice_id, ZERO) + a.amount
    await apply_deltas(conn, payment.organization_id, [Delta(i, allocated=-amount) for i, amount in by_invoice.items()])
    payment.allocated -= sum((a.amount for a in rows), ZERO)


async def unallocate(actor: Actor, allocation_id: uuid.UUID | None, *, reversed_on: date | None = None) -> Allocation:
    """Take back one allocation (misapplied cash): it stops counting from `reversed_on` (default
    today) and its amount is unapplied on the payment again."""
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    org = await _org(actor)
    found = await Allocation.get_or_none(id=allocation_id, organization_id=org.id) if allocation_id else None
    if found is None:
        raise DomainError.single(Code.NOT_FOUND, "No such allocation.", "id")
    async with unit_of_work() as conn:
        payment = await _locked_payment(actor, found.payment_id)
        allocation = await Allocation.filter(id=found.id).select_for_update().get()
        if allocation.reversed_on is not None:
            raise DomainError.single(Code.ALLOCATION_REVERSED, "This allocation was already taken back.", "id")
        on, errors = v.posting_date(
            reversed_on, local_today(org.timezone), "reversedOn",
            not_before=[(payment.received_on, "payment's date"), (allocation.applied_on, "allocation's date")],
        )
        v.raise_if(errors)
        await _undo_allocations(conn, payment, [allocation], on)
        await payment.save(update_fields=["allocated", "updated_at"])
        allocation.reversed_on = on
        await audit.record(
            actor, "payment.unallocate", "payment", payment.id,
            extra={"allocation": allocation.id, "invoice": allocation.invoice_id, "amount": allocation.amount, "reversed_on": on},
        )
    return allocation


async def reverse_payment(actor: Actor, payment_id: uuid.UUID | None, *, reason: str, reversed_on: date | None = None) -> Payment:
    """Reverse a payment that did not arrive after all (a bounced cheque, a charge-back): its
    allocations stop counting from `reversed_on` (default today) and nothing is left unapplied.
    A payment with refunds cannot be reversed."""
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    v.raise_if([v.text_error(reason, "reason", 500)])
    org = await _org(actor)
    async with unit_of_work() as conn:
        payment = await _locked_payment(actor, payment_id)
        if payment.status is PaymentStatus.REVERSED:
            raise DomainError.single(Code.PAYMENT_REVERSED, "The payment was already reversed.", "id")
        if payment.refunded > 0:
            raise DomainError.single(Code.PAYMENT_REFUNDED, "Part of this payment was refunded; it cannot be reversed.", "id")
        active = await Allocation.filter(payment_id=payment.id, reversed_on__isnull=True).select_for_update()
        on, errors = v.posting_date(
            reversed_on, local_today(org.timezone), "reversedOn",
            not_before=[(payment.received_on, "payment's date"), (max((a.applied_on for a in active), default=None), "latest allocation's date")],
        )
        v.raise_if(errors)
        if active:
            await _undo_allocations(conn, payment, active, on)
        payment.status, payment.reversed_at = PaymentStatus.REVERSED, utcnow()
        await payment.save(update_fields=["status", "reversed_at", "allocated", "updated_at"])
        await audit.record(
            actor, "payment.reverse", "payment", payment.id, before={"status": "received"}, after={"status": "reversed"},
            extra={"reason": reason, "reversed_on": on, "allocations": [{"invoice": a.invoice_id, "amount": a.amount} for a in active]},
        )
    return payment


async def refund_payment(
    actor: Actor,
    payment_id: uuid.UUID | None,
    amount: Decimal,
    provider_reference: str | None = None,
    *,
    refunded_on: date | None = None,
    reason: str = "",
) -> Refund:
    """Pay back part or all of a payment's unapplied amount. Idempotent on `provider_reference`:
    a refund already recorded with it on this payment is returned and nothing is refunded again."""
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    v.raise_if(
        [
            v.amount_error(amount, "amount"), v.text_error(reason, "reason", 500, required=False),
            None if provider_reference is None else v.text_error(provider_reference, "providerReference", 128),
        ]
    )
    org = await _org(actor)
    async with unit_of_work():
        payment = await _locked_payment(actor, payment_id)
        if provider_reference and (existing := await Refund.get_or_none(payment_id=payment.id, provider_reference=provider_reference)):
            return existing
        if payment.status is PaymentStatus.REVERSED:
            raise DomainError.single(Code.PAYMENT_REVERSED, "The payment was reversed.", "id")
        left = unapplied(payment)
        if amount > left:
            raise DomainError.single(Code.EXCEEDS_AVAILABLE, f"The payment has {left} unapplied.", "amount")
        on, errors = v.posting_date(refunded_on, local_today(org.timezone), "refundedOn", not_before=[(payment.received_on, "payment's date")])
        v.raise_if(errors)
        refund = await Refund.create(
            organization_id=org.id, payment_id=payment.id, amount=amount, refunded_on=on, reason=reason.strip(),
            provider_reference=provider_reference, created_by_id=actor.user_id,
        )
        payment.refunded += amount
        await payment.save(update_fields=["refunded", "updated_at"])
        await audit.record(
            actor, "payment.refund", "payment", payment.id,
            extra={"refund": refund.id, "amount": amount, "refunded_on": on, "provider_reference": provider_reference, "reason": reason},
        )
    return refund


async def assign_customer(actor: Actor, payment_id: uuid.UUID | None, customer_id: uuid.UUID | None) -> Payment:
    """Match an unmatched payment (or one not yet allocated) to a customer."""
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    customer = await repository.customers(actor).filter(id=customer_id).first() if customer_id else None
    if customer is None:
        raise DomainError.single(Code.NOT_FOUND, "No such customer.", "customerId")
    async with unit_of_work():
        payment = await _locked_payment(actor, payment_id)
        if payment.allocated > 0 and payment.customer_id != customer.id:
            raise DomainError.single(Code.HAS_ALLOCATIONS, "The payment is allocated to another customer's invoices.", "customerId")
        before = audit.snapshot(payment, ("customer_id",))
        payment.customer_id = customer.id
        await payment.save(update_fields=["customer_id", "updated_at"])
        await audit.record(actor, "payment.assign_customer", "payment", payment.id, before=before, after=audit.snapshot(payment, ("customer_id",)))
    return payment


async def find_open_invoice(actor: Actor, reference: str, *, currency: str | None = None) -> Invoice | None:
    """The one open invoice whose number or e-invoice number (发票号码) is `reference` (spaces and
    case ignored), for matching incoming money; None when there is none or more than one."""
    key = "".join(reference.split())
    if not key:
        return None
    query = repository.invoices(actor).filter(
        Q(number__iexact=key) | Q(e_invoice_number__iexact=key), status__in=list(OPEN_STATUSES)
    )
    if currency is not None:
        query = query.filter(currency=currency)
    found = await query.limit(2)
    return found[0] if len(found) == 1 else None


_UNAPPLIED_SQL = """
SELECT currency, SUM(amount - allocated - refunded) AS amount
FROM payments
WHERE organization_id = $1 AND customer_id = $2 AND status = 'received'
GROUP BY currency
HAVING SUM(amount - allocated - refunded) > 0
ORDER BY currency
"""


async def unapplied_cash(actor: Actor, customer_id: uuid.UUID) -> dict[str, Decimal]:
    """A customer's unapplied cash (received, not allocated nor refunded) per currency."""
    rows = await connections.get("default").execute_query_dict(_UNAPPLIED_SQL, [actor.org_id, customer_id])
    return {row["currency"]: row["amount"] for row in rows}
