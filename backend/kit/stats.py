"""Planner statistics after bulk writes. PostgreSQL plans from the statistics of its last ANALYZE;
right after thousands of rows were loaded, before autovacuum's analyze comes round (a minute or
more), it still plans for the tables as they were (empty, or much smaller) and picks nested loops
that turn a 50 ms figure into seconds. So every bulk write (imports, demo seeding, the late-fee
run) ends, once its transaction committed, with ANALYZE of the tables it filled."""

from __future__ import annotations

import re

from tortoise import connections

_TABLE = re.compile(r"^[a-z_][a-z0-9_]*$")


async def analyze(*tables: str) -> None:
    """ANALYZE `tables` (every table of the database when none is named), outside any transaction
    of the caller's: run it after the bulk write committed, so that it samples the new rows."""
    for table in tables:
        if not _TABLE.match(table):
            raise ValueError(f"not a table name: {table!r}")
    await connections.get("default").execute_script(f"ANALYZE {', '.join(tables)}" if tables else "ANALYZE")
