"""Lists at scale (issue 13): the invoice, payment and customer lists of the SPA on the
1,000,000-invoice dataset of bench_credit (loaded once, cached), at 100 and at 1,000 rows.

Each list is the SPA's own document (InvoiceList, PaymentList, CustomerList, read from the
generated frontend/src/gql/gql.ts) sent through GraphQL in-process (ASGI), median of ROUNDS after
one warm-up, against a floor: the least SQL that answers it (the count and the page with its
customers, one statement each), sent through asyncpg and JSON-encoded in the same run. Every
statement the request sends to PostgreSQL is counted (asyncpg's connection methods are wrapped):
the count must not grow with the page size (no N+1). The 1,000-row pages need
GRAPHQL_MAX_PAGE_SIZE=1000 (the default cap is 100), which this module sets for its own app.

Targets: `invoices(first: 100)` with totalCount and customer < 50 ms; a 1,000-row list ≤ 3× its
floor; statements per request independent of the page size.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import asyncpg

from bench import Row, size
from bench.bench_credit import PASSWORD, _connect, _prepare, _url

ROUNDS = size(5, 2)
PAGE_SIZES = (100, 1000)
SPA_DOCUMENTS = Path(__file__).resolve().parent.parent / "frontend" / "src" / "gql" / "gql.ts"

FLOOR_INVOICES = [
    "SELECT count(*) FROM invoices WHERE organization_id = $1",
    """
    SELECT i.id, i.number, i.status, i.disputed, i.issue_date, i.due_date, i.currency, i.total,
           CASE WHEN i.status = 'void' THEN 0 ELSE i.total - i.allocated - i.credited - i.written_off END AS open_amount,
           c.id AS customer_id, c.code, c.legal_name
    FROM invoices i JOIN customers c ON c.id = i.customer_id
    WHERE i.organization_id = $1 ORDER BY i.created_at DESC, i.id DESC LIMIT $2
    """,
]
FLOOR_PAYMENTS = [
    "SELECT count(*) FROM payments WHERE organization_id = $1",
    """
    SELECT p.id, p.method, p.status, p.received_on, p.currency, p.amount, p.allocated, p.amount - p.allocated - p.refunded AS unapplied,
           p.reference, p.payer_name, c.id AS customer_id, c.code, c.legal_name
    FROM payments p LEFT JOIN customers c ON c.id = p.customer_id
    WHERE p.organization_id = $1 ORDER BY p.received_on DESC, p.id DESC LIMIT $2
    """,
]
FLOOR_CUSTOMERS = [
    "SELECT count(*) FROM customers WHERE organization_id = $1",
    """
    SELECT c.id, c.code, c.legal_name, c.short_name, c.status, c.grade, c.credit_limit, c.payment_terms_days, c.tags,
           b.open_balance, b.overdue_balance, b.worst_days_overdue
    FROM (SELECT * FROM customers WHERE organization_id = $1 ORDER BY code, id LIMIT $2) c
    LEFT JOIN LATERAL (
        SELECT SUM(i.total - i.allocated - i.credited - i.written_off) AS open_balance,
               SUM(i.total - i.allocated - i.credited - i.written_off) FILTER (WHERE i.due_date < CURRENT_DATE) AS overdue_balance,
               MAX(CURRENT_DATE - i.due_date) FILTER (WHERE i.due_date < CURRENT_DATE) AS worst_days_overdue
        FROM invoices i WHERE i.organization_id = $1 AND i.customer_id = c.id AND i.status IN ('issued', 'partially_paid')
    ) b ON true
    ORDER BY c.code, c.id
    """,
]

LISTS: list[tuple[str, str, dict, list[str]]] = [
    ("invoices", "InvoiceList", {}, FLOOR_INVOICES),
    ("payments", "PaymentList", {}, FLOOR_PAYMENTS),
    ("customers", "CustomerList", {"sort": "CODE", "descending": False}, FLOOR_CUSTOMERS),
]


def spa_query(name: str) -> str:
    """The SPA's document `name`, as the generated client sends it."""
    text = SPA_DOCUMENTS.read_text()
    sources = {json.loads(m.group(0)) for m in re.finditer(r'"\\n  (?:query|fragment) (?:[^"\\]|\\.)*"', text)}
    return next(s for s in sources if s.startswith(f"\n  query {name}("))


@contextmanager
def counting_statements() -> Iterator[Callable[[], int]]:
    """Counts the statements sent through any asyncpg connection meanwhile (fetch, fetchrow,
    fetchval and execute with arguments go through `_execute`; execute without them is one
    simple query)."""
    count = 0
    real_execute, real_simple = asyncpg.Connection._execute, asyncpg.Connection.execute

    async def _execute(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal count
        count += 1
        return await real_execute(self, *args, **kwargs)

    async def execute(self, query, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal count
        if not args:
            count += 1
        return await real_simple(self, query, *args, **kwargs)

    asyncpg.Connection._execute, asyncpg.Connection.execute = _execute, execute  # type: ignore[method-assign]
    try:
        yield lambda: count
    finally:
        asyncpg.Connection._execute, asyncpg.Connection.execute = real_execute, real_simple  # type: ignore[method-assign]


def _default(value: object) -> str:
    return str(value)


async def _bench(url: str) -> list[Row]:
    import httpx

    from backend.accounts.service import create_tokens
    from backend.app import create_app
    from backend.config import get_settings
    from backend.db import close_orm

    org, email = await _prepare(url)
    settings = get_settings().model_copy(update={"max_page_size": max(PAGE_SIZES)})
    app = create_app(settings)
    pair = await create_tokens(settings, email, PASSWORD, ip="127.0.0.1", user_agent="bench", request_id=None)
    headers = {"Authorization": f"Bearer {pair.access_token}", "X-Organization": str(org.id)}
    conn = await _connect(url)
    rows: list[Row] = []
    print(f"lists of the SPA, median of {ROUNDS} (load average {os.getloadavg()[0]:.2f}):")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=120) as http:
        for field, document, variables, floor_sql in LISTS:
            query = spa_query(document)
            for first in PAGE_SIZES:
                body = {"query": query, "variables": {**variables, "first": first}}
                times, floor_times, statements, listed = [], [], set(), 0
                for round_ in range(ROUNDS + 1):
                    with counting_statements() as counted:
                        started = time.perf_counter()
                        response = await http.post("/graphql", json=body, headers=headers)
                        elapsed = time.perf_counter() - started
                        sent = counted()
                    payload = response.json()
                    assert response.status_code == 200 and "errors" not in payload, response.text[:500]
                    listed = len(payload["data"][field]["nodes"])
                    started = time.perf_counter()
                    total = await conn.fetchval(floor_sql[0], org.id)
                    page = await conn.fetch(floor_sql[1], org.id, first)
                    json.dumps({"total": total, "nodes": [dict(r) for r in page]}, default=_default)
                    floor_elapsed = time.perf_counter() - started
                    if round_:  # the first round warms both up
                        times.append(elapsed)
                        floor_times.append(floor_elapsed)
                        statements.add(sent)
                huikuan, floor = statistics.median(times), statistics.median(floor_times)
                print(f"  {field}(first: {first}) {listed:5,} rows of {payload['data'][field]['totalCount']:>9,}: "
                      f"{huikuan * 1000:8.1f} ms GraphQL, floor {floor * 1000:7.1f} ms ({huikuan / floor:.1f}×), "
                      f"statements per request {'/'.join(str(s) for s in sorted(statements))}")
                rows.append((f"{document} {field}(first: {first}), {' / '.join(str(s) for s in sorted(statements))} statements",
                             huikuan, floor))
    await conn.close()
    await close_orm()
    return rows


def main() -> list[Row]:
    return asyncio.run(_bench(_url()))
