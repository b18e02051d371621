"""Set-based reads and writes of the imports: one query per lookup, COPY for the bulk inserts
(asyncpg `copy_records_to_table` on the transaction's own connection), never the ORM per row."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..invoices.models import InvoiceStatus
from ..payments.models import PaymentMethod, PaymentStatus


async def _copy(conn: Any, table: str, columns: Sequence[str], records: list[tuple[Any, ...]]) -> None:
    if not records:
        return
    async with conn.acquire_connection() as raw:
        await raw.copy_records_to_table(table, records=records, columns=list(columns))


async def values_taken(conn: Any, table: str, column: str, organization_id: uuid.UUID, values: list[str]) -> set[str]:
    """Which of `values` the organization already uses in `table.column` (a unique key)."""
    if not values:
        return set()
    rows = await conn.execute_query_dict(
        f"SELECT {column} AS value FROM {table} WHERE organization_id = $1 AND {column} = ANY($2::text[])",
        [organization_id, values],
    )
    return {row["value"] for row in rows}


async def customers_by_code(conn: Any, organization_id: uuid.UUID, codes: list[str]) -> dict[str, uuid.UUID]:
    if not codes:
        return {}
    rows = await conn.execute_query_dict(
        "SELECT code, id FROM customers WHERE organization_id = $1 AND code = ANY($2::text[])", [organization_id, codes]
    )
    return {row["code"]: row["id"] for row in rows}


CUSTOMER_COLUMNS = (
    "id", "organization_id", "code", "legal_name", "short_name", "credit_code", "tax_number", "industry", "address",
    "region", "website", "status", "tags", "notes", "search_text", "version", "created_at", "updated_at",
)


async def insert_customers(conn: Any, organization_id: uuid.UUID, rows: list[dict[str, Any]], now: datetime) -> dict[str, uuid.UUID]:
    """Insert customers (dicts of the import's customer fields); their ids by code."""
    records = []
    ids: dict[str, uuid.UUID] = {}
    for row in rows:
        new_id = uuid.uuid4()
        ids[row["code"]] = new_id
        records.append((
            new_id, organization_id, row["code"], row["legal_name"], row.get("short_name", ""), row.get("credit_code"),
            row.get("tax_number", ""), row.get("industry", ""), row.get("address", ""), row.get("region", ""), "",
            "active", "[]", "", "", 1, now, now,
        ))
    await _copy(conn, "customers", CUSTOMER_COLUMNS, records)
    return ids


INVOICE_COLUMNS = (
    "id", "organization_id", "customer_id", "number", "status", "disputed", "issue_date", "due_date", "currency",
    "exchange_rate", "subtotal", "tax_total", "total", "allocated", "credited", "written_off", "e_invoice_number",
    "e_invoice_code", "contract_ref", "notes", "late_fee_grace_days", "issued_at", "void_reason", "created_by_id", "version",
    "created_at", "updated_at",
)
PAYMENT_COLUMNS = (
    "id", "organization_id", "customer_id", "method", "status", "received_on", "currency", "exchange_rate", "amount",
    "allocated", "refunded", "reference", "payer_name", "notes", "created_by_id", "created_at", "updated_at",
)
ALLOCATION_COLUMNS = ("id", "organization_id", "payment_id", "invoice_id", "amount", "applied_on", "created_by_id", "created_at")
OPENING_NOTE = "期初已收 opening balance: paid before the import"


async def insert_invoices(
    conn: Any,
    organization_id: uuid.UUID,
    rows: list[dict[str, Any]],
    customer_ids: dict[str, uuid.UUID],
    user_id: uuid.UUID | None,
    now: datetime,
) -> None:
    """Issued invoices under their source numbers; an amount already paid becomes an opening payment
    fully allocated to its invoice, dated when it was paid."""
    invoices, payments, allocations = [], [], []
    for row in rows:
        invoice_id = uuid.uuid4()
        customer_id = customer_ids[row["customer_code"]]
        total: Decimal = row["total"]
        paid: Decimal = row["paid"]
        status = InvoiceStatus.PARTIALLY_PAID if paid > 0 else InvoiceStatus.ISSUED
        invoices.append((
            invoice_id, organization_id, customer_id, row["number"], status.value, False, row["issue_date"], row["due_date"],
            row["currency"], row["exchange_rate"], total, Decimal("0.00"), total, paid, Decimal("0.00"), Decimal("0.00"),
            "", "", row["contract_ref"], row["notes"], 0, now, "", user_id, 1, now, now,
        ))
        if paid > 0:
            payment_id = uuid.uuid4()
            paid_on: date = row["paid_on"]
            payments.append((
                payment_id, organization_id, customer_id, PaymentMethod.OTHER.value, PaymentStatus.RECEIVED.value, paid_on,
                row["currency"], row["exchange_rate"], paid, paid, Decimal("0.00"), row["number"][:128], "", OPENING_NOTE,
                user_id, now, now,
            ))
            allocations.append((uuid.uuid4(), organization_id, payment_id, invoice_id, paid, paid_on, user_id, now))
    await _copy(conn, "invoices", INVOICE_COLUMNS, invoices)
    await _copy(conn, "payments", PAYMENT_COLUMNS, payments)
    await _copy(conn, "allocations", ALLOCATION_COLUMNS, allocations)


_INSERT_BANK_LINES = """
INSERT INTO bank_statement_lines
  (id, organization_id, account, transaction_id, booked_on, amount, currency, payer_name, reference, state, import_job_id, created_at)
SELECT l.id, $1, $2, l.transaction_id, l.booked_on, l.amount, l.currency, l.payer_name, l.reference, 'open', $3, $4
FROM unnest($5::uuid[], $6::text[], $7::date[], $8::numeric[], $9::text[], $10::text[], $11::text[])
  AS l(id, transaction_id, booked_on, amount, currency, payer_name, reference)
ON CONFLICT (organization_id, account, transaction_id) DO NOTHING
RETURNING id
"""


async def insert_bank_lines(
    conn: Any, organization_id: uuid.UUID, account: str, job_id: uuid.UUID | None, rows: list[dict[str, Any]], now: datetime
) -> int:
    """Insert statement lines; a transaction id the account already has is skipped. The count inserted."""
    if not rows:
        return 0
    inserted = await conn.execute_query_dict(
        _INSERT_BANK_LINES,
        [
            organization_id, account, job_id, now,
            [uuid.uuid4() for _ in rows],
            [r["transaction_id"] for r in rows],
            [r["booked_on"] for r in rows],
            [r["amount"] for r in rows],
            [r["currency"] for r in rows],
            [r["payer_name"] for r in rows],
            [r["reference"] for r in rows],
        ],
    )
    return len(inserted)
