"""The invoice side of the ledger, shared by payments, credit notes and write-offs: row locks in a
stable order, the checks before an amount reduces an invoice, and one set-based UPDATE of the
running sums (allocated, credited, written_off) with the status they imply.

Lock order everywhere: first the document that gives the money (payment, credit note, write-off),
then the invoices it touches in id order, so two operations never wait on each other in a cycle.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..alerts.tasks import ledger_changed
from ..kit.errors import FieldError
from .balances import lowest_open_since
from .errors import InvoiceErrorCode as Code
from .models import InvoiceStatus

OPEN_STATUSES = frozenset({InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID})


def status_for(total: Decimal, allocated: Decimal, credited: Decimal, written_off: Decimal) -> InvoiceStatus:
    """The status of an issued invoice implied by its balances (the SQL below says the same)."""
    reduced = allocated + credited + written_off
    if reduced == 0:
        return InvoiceStatus.ISSUED
    if reduced < total:
        return InvoiceStatus.PARTIALLY_PAID
    return InvoiceStatus.WRITTEN_OFF if written_off > 0 else InvoiceStatus.PAID


@dataclass(frozen=True)
class LockedInvoice:
    id: uuid.UUID
    customer_id: uuid.UUID
    number: str | None
    currency: str
    status: InvoiceStatus
    disputed: bool
    issue_date: date | None
    due_date: date | None
    total: Decimal
    allocated: Decimal
    credited: Decimal
    written_off: Decimal

    @property
    def open(self) -> Decimal:
        return self.total - self.allocated - self.credited - self.written_off


_LOCK_SQL = """
SELECT id, customer_id, number, currency, status, disputed, issue_date, due_date, total, allocated, credited, written_off
FROM invoices
WHERE organization_id = $1 AND {where}
ORDER BY id
FOR UPDATE
"""


def _locked(row: dict[str, Any]) -> LockedInvoice:
    return LockedInvoice(**{**row, "status": InvoiceStatus(row["status"])})


async def lock_invoices(conn: Any, organization_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, LockedInvoice]:
    """Lock the named invoices of the organization (in id order); unknown ids are simply absent."""
    rows = await conn.execute_query_dict(_LOCK_SQL.format(where="id = ANY($2::uuid[])"), [organization_id, list(ids)])
    return {row["id"]: _locked(row) for row in rows}


async def lock_open_invoices(
    conn: Any, organization_id: uuid.UUID, customer_id: uuid.UUID, currency: str
) -> list[LockedInvoice]:
    """Lock every open invoice of a customer in a currency (in id order)."""
    rows = await conn.execute_query_dict(
        _LOCK_SQL.format(where="customer_id = $2 AND currency = $3 AND status IN ('issued', 'partially_paid')"),
        [organization_id, customer_id, currency],
    )
    return [_locked(row) for row in rows]


def reduction_error(
    invoice: LockedInvoice | None, amount: Decimal, *, currency: str, customer_id: uuid.UUID | None, on: date | None
) -> tuple[Code, str, str] | None:
    """Why `amount` may not reduce `invoice`: (code, message, "invoiceId" or "amount"), or None."""
    if invoice is None:
        return Code.NOT_FOUND, "No such invoice.", "invoiceId"
    if invoice.status not in OPEN_STATUSES:
        return Code.INVOICE_NOT_OPEN, f"Invoice {invoice.number or '(draft)'} is {invoice.status.value}.", "invoiceId"
    if invoice.currency != currency:
        return Code.CURRENCY_MISMATCH, f"Invoice {invoice.number} is in {invoice.currency}, not {currency}.", "invoiceId"
    if customer_id is not None and invoice.customer_id != customer_id:
        return Code.CUSTOMER_MISMATCH, f"Invoice {invoice.number} belongs to another customer.", "invoiceId"
    if amount > invoice.open:
        return Code.EXCEEDS_OPEN_AMOUNT, f"Invoice {invoice.number} has {invoice.open} open.", "amount"
    if on is not None and invoice.issue_date is not None and on < invoice.issue_date:
        return Code.DATE_BEFORE_DOCUMENT, f"Invoice {invoice.number} was issued on {invoice.issue_date}.", "invoiceId"
    return None


def reduction_errors(
    items: Sequence[tuple[uuid.UUID | None, Decimal]],
    invoices: dict[uuid.UUID, LockedInvoice],
    *,
    currency: str,
    customer_id: uuid.UUID | None,
    on: date | None,
    field: str,
) -> list[FieldError]:
    """The errors of a list of (invoice, amount), as fields `<field>.<index>.invoiceId|amount`."""
    errors: list[FieldError] = []
    for i, (invoice_id, amount) in enumerate(items):
        invoice = invoices.get(invoice_id) if invoice_id is not None else None
        found = reduction_error(invoice, amount, currency=currency, customer_id=customer_id, on=on)
        if found is not None:
            code, message, which = found
            errors.append(FieldError(code, message, f"{field}.{i}.{which}"))
    return errors


async def dated_open_caps(
    conn: Any, organization_id: uuid.UUID, items: Sequence[tuple[uuid.UUID, date]]
) -> dict[uuid.UUID, tuple[Decimal, date]]:
    """How much a reduction dated `on` may take from each (invoice, on), where that is less than
    the invoice has open today, with the date that limits it. An invoice whose allocation was taken
    back after `on` had less open between `on` and that reversal than it has today: a payment,
    credit or write-off dated before the reversal must fit under the open amount of those days,
    or the invoice would be negative as of them (domain.md: "never negative")."""
    return await lowest_open_since(conn, organization_id, items)


def dated_open_errors(
    items: Sequence[tuple[uuid.UUID | None, Decimal]], caps: dict[uuid.UUID, tuple[Decimal, date]], fields: Sequence[str]
) -> list[FieldError]:
    """EXCEEDS_OPEN_AMOUNT for each (invoice, amount) above its cap from `dated_open_caps`."""
    errors: list[FieldError] = []
    for (invoice_id, amount), field in zip(items, fields, strict=True):
        cap = caps.get(invoice_id) if invoice_id is not None else None
        if cap is not None and amount > cap[0]:
            errors.append(
                FieldError(
                    Code.EXCEEDS_OPEN_AMOUNT,
                    f"As of {cap[1]} the invoice had {cap[0]} open: money taken back later is not open before then.",
                    field,
                )
            )
    return errors


_NEW_REDUCED = "i.allocated + v.allocated + i.credited + v.credited + i.written_off + v.written_off"
_DELTAS_SQL = f"""
UPDATE invoices AS i
SET allocated = i.allocated + v.allocated,
    credited = i.credited + v.credited,
    written_off = i.written_off + v.written_off,
    status = CASE
        WHEN {_NEW_REDUCED} = 0 THEN 'issued'
        WHEN {_NEW_REDUCED} < i.total THEN 'partially_paid'
        WHEN i.written_off + v.written_off > 0 THEN 'written_off'
        ELSE 'paid'
    END,
    version = i.version + 1,
    updated_at = now()
FROM unnest($2::uuid[], $3::numeric[], $4::numeric[], $5::numeric[]) AS v(id, allocated, credited, written_off)
WHERE i.organization_id = $1 AND i.id = v.id
RETURNING i.customer_id
"""


@dataclass(frozen=True)
class Delta:
    invoice_id: uuid.UUID
    allocated: Decimal = Decimal(0)
    credited: Decimal = Decimal(0)
    written_off: Decimal = Decimal(0)


async def apply_deltas(conn: Any, organization_id: uuid.UUID, deltas: Sequence[Delta]) -> None:
    """Add to the running sums of locked invoices and set their status, in one statement, and
    have their customers' alert rules re-evaluated after the commit.
    The CHECK constraints of migration 0004 refuse any result below zero or above the total."""
    if not deltas:
        return
    rows = await conn.execute_query_dict(
        _DELTAS_SQL,
        [
            organization_id,
            [d.invoice_id for d in deltas],
            [d.allocated for d in deltas],
            [d.credited for d in deltas],
            [d.written_off for d in deltas],
        ],
    )
    await ledger_changed(organization_id, (r["customer_id"] for r in rows))
