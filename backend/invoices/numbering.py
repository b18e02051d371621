"""Gap-free document numbers per organization and series.

One statement takes the next value and increments the counter: the series row stays locked until
the issuing transaction ends, so numbers are handed out one transaction at a time, and a rollback
(a refused credit check, any error) gives the number back. A series row is created on first use.
"""

from __future__ import annotations

import uuid
from typing import Any

INVOICE_SERIES = "invoice"
CREDIT_NOTE_SERIES = "credit_note"
DEFAULT_PREFIXES = {INVOICE_SERIES: "INV-", CREDIT_NOTE_SERIES: "CN-"}
DEFAULT_PADDING = 6

_NEXT_SQL = """
INSERT INTO number_series (id, organization_id, name, prefix, padding, next_value)
VALUES ($1, $2, $3, $4, $5, 1 + $6)
ON CONFLICT (organization_id, name) DO UPDATE SET next_value = number_series.next_value + $6
RETURNING next_value - $6 AS value, prefix, padding
"""


def format_number(prefix: str, padding: int, value: int) -> str:
    return f"{prefix}{value:0{padding}d}"


async def next_numbers(conn: Any, organization_id: uuid.UUID, series: str, count: int) -> list[str]:
    """The next `count` numbers of the series, taken in one statement (a batch of documents)."""
    if count <= 0:
        return []
    rows = await conn.execute_query_dict(
        _NEXT_SQL, [uuid.uuid4(), organization_id, series, DEFAULT_PREFIXES.get(series, ""), DEFAULT_PADDING, count]
    )
    row = rows[0]
    return [format_number(row["prefix"], row["padding"], row["value"] + k) for k in range(count)]


async def next_number(conn: Any, organization_id: uuid.UUID, series: str) -> str:
    return (await next_numbers(conn, organization_id, series, 1))[0]
