"""Issue 13: a bulk import ends with ANALYZE of the tables it filled, so that the next figures are
planned for the rows just loaded, not for the tables as autovacuum last saw them."""

from __future__ import annotations

import pytest
from tortoise import connections

from backend.imports.models import ImportKind, ImportState
from backend.kit.stats import analyze
from tests.invoices.factories import ledger_org

from .files import csv_bytes
from .test_invoice_import import HEADER, run

FILLED = ("customers", "invoices", "payments", "allocations")


async def _analyze_counts(tables: tuple[str, ...]) -> dict[str, int]:
    rows = await connections.get("default").execute_query_dict(
        "SELECT relname, analyze_count FROM pg_stat_user_tables WHERE relname = ANY($1::text[])", [list(tables)]
    )
    return {row["relname"]: row["analyze_count"] for row in rows}


async def test_an_invoice_import_analyzes_the_tables_it_filled(db):
    org, actor = await ledger_org()
    rows = [HEADER] + [
        [f"AN-{n:04d}", f"C{n % 7}", f"分析客户{n % 7}有限公司", "2026-01-05", "2026-02-04", "100.00", "CNY", "40" if n % 2 else ""]
        for n in range(50)
    ]
    before = await _analyze_counts(FILLED)
    job = await run(actor, ImportKind.INVOICES, "发票.csv", csv_bytes(rows))
    assert job.state is ImportState.SUCCEEDED
    after = await _analyze_counts(FILLED)
    assert all(after[table] > before.get(table, 0) for table in FILLED), (before, after)


async def test_analyze_refuses_what_is_not_a_table_name(db):
    with pytest.raises(ValueError):
        await analyze("invoices; DROP TABLE invoices")
