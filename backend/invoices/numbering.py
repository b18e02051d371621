"""Gap-free document numbers per organization and series.

One statement takes the next value and increments the counter: the series row stays locked until
the issuing transaction ends, so numbers are handed out one transaction at a time, and a rollback
(a refused credit check, any error) gives the number back. A series row is created on first use.

Documents imported from an earlier system keep their own numbers, which may fall inside a series
(an imported `INV-000002`). The series skips a number already taken, so it never collides with
an imported document and, taken together with them, still has no gap.
"""

from __future__ import annotations

import uuid
from typing import Any

INVOICE_SERIES = "invoice"
CREDIT_NOTE_SERIES = "credit_note"
ACCOUNT_STATEMENT_SERIES = "account_statement"
DEFAULT_PREFIXES = {INVOICE_SERIES: "INV-", CREDIT_NOTE_SERIES: "CN-", ACCOUNT_STATEMENT_SERIES: "ST-"}
DEFAULT_PADDING = 6
_TABLES = {INVOICE_SERIES: "invoices", CREDIT_NOTE_SERIES: "credit_notes", ACCOUNT_STATEMENT_SERIES: "account_statements"}

_NEXT_SQL = """
INSERT INTO number_series (id, organization_id, name, prefix, padding, next_value)
VALUES ($1, $2, $3, $4, $5, 1 + $6)
ON CONFLICT (organization_id, name) DO UPDATE SET next_value = number_series.next_value + $6
RETURNING next_value - $6 AS value, prefix, padding
"""


def format_number(prefix: str, padding: int, value: int) -> str:
    return f"{prefix}{value:0{padding}d}"


async def next_numbers(conn: Any, organization_id: uuid.UUID, series: str, count: int) -> list[str]:
    """The next `count` numbers of the series that no document of the organization has yet, taken
    in one statement per round (a batch of documents); numbers already taken are skipped."""
    taken_sql = f"SELECT number FROM {_TABLES[series]} WHERE organization_id = $1 AND number = ANY($2::text[])"
    numbers: list[str] = []
    while len(numbers) < count:
        wanted = count - len(numbers)
        rows = await conn.execute_query_dict(
            _NEXT_SQL, [uuid.uuid4(), organization_id, series, DEFAULT_PREFIXES.get(series, ""), DEFAULT_PADDING, wanted]
        )
        row = rows[0]
        candidates = [format_number(row["prefix"], row["padding"], row["value"] + k) for k in range(wanted)]
        taken = {r["number"] for r in await conn.execute_query_dict(taken_sql, [organization_id, candidates])}
        numbers.extend(number for number in candidates if number not in taken)
    return numbers


async def next_number(conn: Any, organization_id: uuid.UUID, series: str) -> str:
    """The next number of the series that no document of the organization has yet."""
    return (await next_numbers(conn, organization_id, series, 1))[0]
