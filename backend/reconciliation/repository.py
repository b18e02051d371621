"""Ledger reads of reconciliation, scoped to one organization and one customer.

The open amount of invoices as of a date comes from the ledger's own function
(`backend.invoices.balances.open_items`), called in exactly one place: `invoice_open_items` below.
What the ledger does not define (cash and credit not yet applied, as of a date; the dated
movements of a period) is read here, with the same dating rules: an allocation counts from its
`applied_on` until its `reversed_on`, a credit-note application from its `applied_on`, an approved
write-off from its `written_off_on`; a reversed payment stops counting on the local day of its
reversal.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise import connections

from ..invoices.balances import open_items
from .models import LineKind

# The organization-local day a payment was reversed on; $tz is the organization's timezone.
_REVERSAL_DAY = "(p.reversed_at AT TIME ZONE {tz})::date"


@dataclass(frozen=True)
class LedgerItem:
    kind: str
    document_id: uuid.UUID
    document_number: str
    document_date: date
    due_date: date | None
    reference: str
    debit: Decimal
    credit: Decimal
    exchange_rate: Decimal


async def invoice_open_items(organization_id: uuid.UUID, customer_id: uuid.UUID, currency: str, as_of: date) -> list[LedgerItem]:
    """Every invoice of the customer in `currency` with an open amount as of `as_of`, as a debit of
    that open amount (the ledger's definition of Balances)."""
    return [
        LedgerItem("invoice", i.invoice_id, i.number, i.issue_date, i.due_date, "", i.open, Decimal("0.00"), i.exchange_rate)
        for i in await open_items(organization_id, as_of, customer_id=customer_id)
        if i.currency == currency and i.open > 0
    ]


_UNAPPLIED_SQL = f"""
SELECT * FROM (
  SELECT 'payment' AS kind, p.id, p.reference AS number, p.received_on AS document_date, p.method AS reference,
         p.amount
         - COALESCE((SELECT SUM(a.amount) FROM allocations a WHERE a.payment_id = p.id AND a.applied_on <= $4
                       AND (a.reversed_on IS NULL OR a.reversed_on > $4)), 0)
         - COALESCE((SELECT SUM(r.amount) FROM refunds r WHERE r.payment_id = p.id AND r.refunded_on <= $4), 0) AS amount,
         p.exchange_rate
  FROM payments p
  WHERE p.organization_id = $1 AND p.customer_id = $2 AND p.currency = $3 AND p.received_on <= $4
    AND NOT (p.status = 'reversed' AND {_REVERSAL_DAY.format(tz="$5")} <= $4)
  UNION ALL
  SELECT 'credit_note', c.id, c.number, c.issue_date, c.reason,
         c.amount - COALESCE((SELECT SUM(x.amount) FROM credit_note_applications x
                              WHERE x.credit_note_id = c.id AND x.applied_on <= $4), 0),
         c.exchange_rate
  FROM credit_notes c
  WHERE c.organization_id = $1 AND c.customer_id = $2 AND c.currency = $3 AND c.status <> 'void' AND c.issue_date <= $4
) u
WHERE amount > 0
"""


async def unapplied_items(
    organization_id: uuid.UUID, customer_id: uuid.UUID, currency: str, as_of: date, timezone: str
) -> list[LedgerItem]:
    """Payments and credit notes of the customer in `currency` with something not yet applied as of
    `as_of`, each as a credit of that amount."""
    rows = await connections.get("default").execute_query_dict(
        _UNAPPLIED_SQL, [organization_id, customer_id, currency, as_of, timezone]
    )
    return [
        LedgerItem(r["kind"], r["id"], r["number"] or "", r["document_date"], None, r["reference"] or "",
                   Decimal("0.00"), r["amount"], r["exchange_rate"])
        for r in rows
    ]


# The order of lines on a day: what the customer owes first, then what reduces it.
_MOVEMENTS_SQL = f"""
SELECT * FROM (
  SELECT 'invoice' AS kind, i.id, i.number, i.issue_date AS document_date, i.due_date, i.contract_ref AS reference,
         i.total AS debit, 0::numeric AS credit, i.exchange_rate, 1 AS sort
  FROM invoices i
  WHERE i.organization_id = $1 AND i.customer_id = $2 AND i.currency = $3 AND i.status NOT IN ('draft', 'void')
    AND i.issue_date BETWEEN $4 AND $5
  UNION ALL
  SELECT 'payment_reversal', p.id, p.reference, {_REVERSAL_DAY.format(tz="$6")}, NULL, p.method, p.amount, 0, p.exchange_rate, 2
  FROM payments p
  WHERE p.organization_id = $1 AND p.customer_id = $2 AND p.currency = $3 AND p.status = 'reversed'
    AND {_REVERSAL_DAY.format(tz="$6")} BETWEEN $4 AND $5
  UNION ALL
  SELECT 'refund', r.id, COALESCE(r.provider_reference, p.reference), r.refunded_on, NULL, r.reason, r.amount, 0, p.exchange_rate, 3
  FROM refunds r JOIN payments p ON p.id = r.payment_id
  WHERE r.organization_id = $1 AND p.customer_id = $2 AND p.currency = $3 AND r.refunded_on BETWEEN $4 AND $5
  UNION ALL
  SELECT 'payment', p.id, p.reference, p.received_on, NULL, p.method, 0, p.amount, p.exchange_rate, 4
  FROM payments p
  WHERE p.organization_id = $1 AND p.customer_id = $2 AND p.currency = $3 AND p.received_on BETWEEN $4 AND $5
  UNION ALL
  SELECT 'credit_note', c.id, c.number, c.issue_date, NULL, c.reason, 0, c.amount, c.exchange_rate, 5
  FROM credit_notes c
  WHERE c.organization_id = $1 AND c.customer_id = $2 AND c.currency = $3 AND c.status <> 'void'
    AND c.issue_date BETWEEN $4 AND $5
  UNION ALL
  SELECT 'write_off', w.id, i.number, w.written_off_on, NULL, w.reason, 0, w.amount, i.exchange_rate, 6
  FROM write_offs w JOIN invoices i ON i.id = w.invoice_id
  WHERE w.organization_id = $1 AND i.customer_id = $2 AND i.currency = $3 AND w.status = 'approved'
    AND w.written_off_on BETWEEN $4 AND $5
) m
ORDER BY document_date, sort, number, id
"""


async def movements(
    organization_id: uuid.UUID, customer_id: uuid.UUID, currency: str, start: date, end: date, timezone: str
) -> list[LedgerItem]:
    """Every dated document of the customer in `currency` from `start` to `end`, in date order:
    invoices (debit), payments received (credit), reversals of payments and refunds (debit), credit
    notes (credit) and approved write-offs (credit). Drafts and voided documents never appear."""
    rows = await connections.get("default").execute_query_dict(
        _MOVEMENTS_SQL, [organization_id, customer_id, currency, start, end, timezone]
    )
    return [
        LedgerItem(r["kind"], r["id"], r["number"] or "", r["document_date"], r["due_date"], r["reference"] or "",
                   r["debit"], r["credit"], r["exchange_rate"])
        for r in rows
    ]


# --- the stored lines of statements: read and written set-based (10,000 lines in one statement) ---


@dataclass(frozen=True)
class StoredLine:
    id: uuid.UUID
    statement_id: uuid.UUID
    revision: int
    position: int
    kind: LineKind
    document_id: uuid.UUID
    document_number: str
    document_date: date
    due_date: date | None
    reference: str
    debit: Decimal
    credit: Decimal
    open_amount: Decimal | None
    balance: Decimal
    exchange_rate: Decimal
    base_amount: Decimal


_LINE_COLUMNS = ", ".join(StoredLine.__dataclass_fields__)
_LINES_SQL = f"""
SELECT {_LINE_COLUMNS} FROM account_statement_lines
WHERE organization_id = $1 AND statement_id = ANY($2::uuid[]) AND ($3::int IS NULL OR revision = $3)
ORDER BY statement_id, revision, position
"""


async def stored_lines(organization_id: uuid.UUID, statement_ids: list[uuid.UUID], revision: int | None = None) -> list[StoredLine]:
    rows = await connections.get("default").execute_query_dict(_LINES_SQL, [organization_id, statement_ids, revision])
    return [StoredLine(**{**r, "kind": LineKind(r["kind"])}) for r in rows]


_INSERT_LINES_SQL = """
INSERT INTO account_statement_lines (id, organization_id, statement_id, revision, position, kind, document_id, document_number,
                                     document_date, due_date, reference, debit, credit, open_amount, balance, exchange_rate,
                                     base_amount)
SELECT gen_random_uuid(), $1, $2, $3, v.*
FROM unnest($4::int[], $5::text[], $6::uuid[], $7::text[], $8::date[], $9::date[], $10::text[], $11::numeric[], $12::numeric[],
            $13::numeric[], $14::numeric[], $15::numeric[], $16::numeric[])
     AS v(position, kind, document_id, document_number, document_date, due_date, reference, debit, credit, open_amount, balance,
          exchange_rate, base_amount)
"""

_DELETE_LINES_SQL = "DELETE FROM account_statement_lines WHERE organization_id = $1 AND statement_id = $2 AND revision = $3"


async def replace_lines(
    conn: Any, organization_id: uuid.UUID, statement_id: uuid.UUID, revision: int, columns: dict[str, list[Any]]
) -> None:
    """Store the lines of a statement's revision (replacing any), one statement for all of them;
    `columns` has one list per column of the INSERT above, position to base_amount."""
    await conn.execute_query(_DELETE_LINES_SQL, [organization_id, statement_id, revision])
    await conn.execute_query(_INSERT_LINES_SQL, [organization_id, statement_id, revision, *columns.values()])
