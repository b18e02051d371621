"""Balances from the ledger rows (domain.md "Balances"): the open amount of an invoice as of a
date D, and how that open amount falls on the invoice's installment parts.

Open as of D = total − Σ allocations applied on or before D and not reversed by D − Σ credit-note
applications dated on or before D − Σ approved write-offs dated on or before D, for invoices
issued on or before D and not voided. The running sums on the invoice row are the same figure
for the end of time; the property tests check that the two agree.

Installments: whatever reduces an invoice fills its parts in due-date order (then by sequence),
so the open amount of a part is min(amount, max(0, cumulative amount through the part − reduced)).
An invoice without installments has one part: its total, due on its due date.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tortoise import connections

from ..accounts.actor import Actor
from .models import Invoice, InvoiceInstallment

ZERO = Decimal("0.00")
END_OF_TIME = date(9999, 12, 31)

# $1 organization, $2 as-of date, $3 invoice ids (or null), $4 customer (or null),
# $5 membership whose customers only (or null for every customer).
OPEN_AS_OF_SQL = """
SELECT i.id, i.customer_id, i.number, i.currency, i.exchange_rate, i.issue_date, i.due_date, i.total,
       i.total - COALESCE(a.amount, 0) - COALESCE(c.amount, 0) - COALESCE(w.amount, 0) AS open
FROM invoices i
LEFT JOIN (SELECT invoice_id, SUM(amount) AS amount FROM allocations
           WHERE organization_id = $1 AND applied_on <= $2 AND (reversed_on IS NULL OR reversed_on > $2)
             AND ($3::uuid[] IS NULL OR invoice_id = ANY($3::uuid[]))
           GROUP BY invoice_id) a ON a.invoice_id = i.id
LEFT JOIN (SELECT invoice_id, SUM(amount) AS amount FROM credit_note_applications
           WHERE organization_id = $1 AND applied_on <= $2
             AND ($3::uuid[] IS NULL OR invoice_id = ANY($3::uuid[]))
           GROUP BY invoice_id) c ON c.invoice_id = i.id
LEFT JOIN (SELECT invoice_id, SUM(amount) AS amount FROM write_offs
           WHERE organization_id = $1 AND status = 'approved' AND written_off_on <= $2
             AND ($3::uuid[] IS NULL OR invoice_id = ANY($3::uuid[]))
           GROUP BY invoice_id) w ON w.invoice_id = i.id
WHERE i.organization_id = $1 AND i.status NOT IN ('draft', 'void') AND i.issue_date <= $2
  AND ($3::uuid[] IS NULL OR i.id = ANY($3::uuid[]))
  AND ($4::uuid IS NULL OR i.customer_id = $4)
  AND ($5::uuid IS NULL OR EXISTS (
        SELECT 1 FROM customers s WHERE s.id = i.customer_id AND (s.collector_id = $5 OR s.owner_id = $5)))
"""


@dataclass(frozen=True)
class OpenItem:
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str
    currency: str
    exchange_rate: Decimal
    issue_date: date
    due_date: date
    total: Decimal
    open: Decimal


async def open_items(
    organization_id: uuid.UUID,
    as_of: date,
    *,
    invoice_ids: Sequence[uuid.UUID] | None = None,
    customer_id: uuid.UUID | None = None,
    membership_id: uuid.UUID | None = None,
) -> list[OpenItem]:
    """Every invoice counted as of `as_of` with its open amount then (zero when settled by then)."""
    rows = await connections.get("default").execute_query_dict(
        OPEN_AS_OF_SQL,
        [organization_id, as_of, list(invoice_ids) if invoice_ids is not None else None, customer_id, membership_id],
    )
    return [
        OpenItem(
            invoice_id=r["id"], customer_id=r["customer_id"], number=r["number"], currency=r["currency"],
            exchange_rate=r["exchange_rate"], issue_date=r["issue_date"], due_date=r["due_date"],
            total=r["total"], open=r["open"],
        )
        for r in rows
    ]


async def open_balance(actor: Actor, invoice_id: uuid.UUID, as_of: date = END_OF_TIME) -> Decimal:
    """The open amount of one invoice as of `as_of`, from the ledger rows; zero for an invoice
    not yet issued by then, a draft or a voided one."""
    items = await open_items(actor.org_id, as_of, invoice_ids=[invoice_id])
    return items[0].open if items else ZERO


async def installment_open_amounts(
    actor: Actor, invoice_id: uuid.UUID, as_of: date = END_OF_TIME
) -> list[tuple["Part", Decimal]]:
    """Each part of an issued invoice (in fill order) with its open amount as of `as_of`."""
    invoice = await Invoice.get(id=invoice_id, organization_id=actor.org_id)
    items = await open_items(actor.org_id, as_of, invoice_ids=[invoice_id])
    reduced = invoice.total - items[0].open if items else Decimal(0)
    parts = invoice_parts(invoice, await InvoiceInstallment.filter(invoice_id=invoice_id))
    opens = fill_parts(parts, reduced) if items else [ZERO for _ in parts]
    return list(zip(parts, opens, strict=True))


@dataclass(frozen=True)
class Part:
    sequence: int
    due_date: date
    amount: Decimal


def invoice_parts(invoice: Invoice, installments: Sequence[InvoiceInstallment]) -> list[Part]:
    """The parts of an issued invoice in the order they are filled (due date, then sequence)."""
    if not installments:
        assert invoice.due_date is not None
        return [Part(1, invoice.due_date, invoice.total)]
    return sorted((Part(p.sequence, p.due_date, p.amount) for p in installments), key=lambda p: (p.due_date, p.sequence))


def fill_parts(parts: Sequence[Part], reduced: Decimal) -> list[Decimal]:
    """The open amount of each part (in fill order) when `reduced` has been paid, credited or written off."""
    result: list[Decimal] = []
    cumulative = Decimal(0)
    for part in parts:
        cumulative += part.amount
        result.append(min(part.amount, max(ZERO, cumulative - reduced)))
    return result


def overdue_amount(parts: Sequence[Part], open_amounts: Sequence[Decimal], on: date, grace_days: int = 0) -> Decimal:
    """The open amount of the parts past due on `on` (due date + grace days before `on`)."""
    return sum(
        (amount for part, amount in zip(parts, open_amounts, strict=True) if (on - part.due_date).days > grace_days),
        ZERO,
    )


async def parts_by_invoice(invoice_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[InvoiceInstallment]]:
    found: dict[uuid.UUID, list[InvoiceInstallment]] = {}
    for row in await InvoiceInstallment.filter(invoice_id__in=list(invoice_ids)).order_by("due_date", "sequence"):
        found.setdefault(row.invoice_id, []).append(row)
    return found
