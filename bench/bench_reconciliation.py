"""A statement of account for a customer with 10,000 documents in the period: the GraphQL data of
the statement (its 10,000 lines with the running balance, as `lines` and as the compact `linesTable`)
end to end over HTTP (target ≤ 1 s), the request the SPA's statement page makes (its own
`AccountStatementDetail` document, read from the generated frontend/src/gql/gql.ts), the snapshot
taken when it is created, and its PDF (target ≤ 10 s); the raw-SQL floor reads the same lines on
one asyncpg connection.

Uses BENCH_DATABASE_URL, else an embedded PostgreSQL database `huikuan_bench` under var/.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import statistics
import time
import uuid
from datetime import date
from pathlib import Path

from bench import Row, size

INVOICES = size(6000, 60)
PAYMENTS = size(4000, 40)
ROUNDS = size(5, 2)
START, END = date(2026, 1, 1), date(2026, 12, 31)
PASSWORD = "bench-password-0123"

# Invoices spread over the year; each payment pays one invoice in full (an allocation on its date).
_SEED_SQL = """
WITH inv AS (
  INSERT INTO invoices (id, organization_id, customer_id, number, status, disputed, issue_date, due_date, currency,
                        exchange_rate, subtotal, tax_total, total, allocated, credited, written_off, e_invoice_number,
                        e_invoice_code, contract_ref, notes, late_fee_grace_days, version, void_reason, created_at, updated_at)
  SELECT gen_random_uuid(), $1, $2, 'B-' || g, CASE WHEN g <= $4 THEN 'paid' ELSE 'issued' END, false,
         DATE '2026-01-01' + (g % 330), DATE '2026-01-31' + (g % 330), 'CNY', 1, 100.00 + g, 0, 100.00 + g,
         CASE WHEN g <= $4 THEN 100.00 + g ELSE 0 END, 0, 0, '', '', '', '', 0, 1, '', now(), now()
  FROM generate_series(1, $3) AS g
  RETURNING id, total, issue_date, number
), pay AS (
  INSERT INTO payments (id, organization_id, customer_id, method, status, received_on, currency, exchange_rate, amount,
                        allocated, refunded, reference, payer_name, notes, created_at, updated_at)
  SELECT gen_random_uuid(), $1, $2, 'bank_transfer', 'received', inv.issue_date + 20, 'CNY', 1, inv.total, inv.total, 0,
         'P-' || inv.number, '', '', now(), now()
  FROM inv WHERE substring(inv.number from 3)::int <= $4
  RETURNING id, amount, received_on, reference
)
INSERT INTO allocations (id, organization_id, payment_id, invoice_id, amount, applied_on, created_at)
SELECT gen_random_uuid(), $1, pay.id, inv.id, pay.amount, pay.received_on, now()
FROM pay JOIN inv ON 'P-' || inv.number = pay.reference
"""

_TABLE_QUERY = """
query($id: ID!) { accountStatement(id: $id) {
  number status openingBalance totalDebits totalCredits closingBalance aging linesTable
} }
"""
_QUERY = """
query($id: ID!) { accountStatement(id: $id) {
  number status openingBalance totalDebits totalCredits closingBalance aging
  lines { id position kind documentNumber documentDate dueDate debit credit balance baseAmount }
} }
"""

_SPA_DOCUMENTS = Path(__file__).resolve().parent.parent / "frontend" / "src" / "gql" / "gql.ts"


def _spa_page_query() -> str:
    """The statement page's query and the fragment it spreads, as the SPA sends them."""
    sources = {json.loads(m.group(0)) for m in re.finditer(r'"\\n  (?:query|fragment) (?:[^"\\]|\\.)*"', _SPA_DOCUMENTS.read_text())}
    page = next(s for s in sources if s.startswith("\n  query AccountStatementDetail("))
    fragment = next(s for s in sources if s.startswith("\n  fragment DiscrepancyRow "))
    return page + fragment


async def _main() -> list[Row]:
    import httpx

    from backend.accounts.actor import Actor
    from backend.accounts.models import Membership, Organization, Role, User
    from backend.accounts.permissions import ROLE_PERMISSIONS
    from backend.accounts.security import hash_password
    from backend.app import create_app
    from backend.audit.models import ActorType
    from backend.config import get_settings
    from backend.customers.models import Customer
    from backend.db import close_orm, init_orm
    from backend.reconciliation import service
    from backend.reconciliation.exports import load_document, render_pdf
    from bench.bench_ledger import _connect, _database
    from tortoise import connections

    url = await _database()
    await init_orm(url, pool_max=4)
    try:
        org = await Organization.create(name="基准测试有限公司")
        user = await User.create(email=f"bench-{uuid.uuid4().hex[:8]}@huikuan.local", password_hash=hash_password(PASSWORD))
        membership = await Membership.create(organization=org, user=user, role=Role.OWNER)
        actor = Actor(
            actor_type=ActorType.USER, organization_id=org.id, user_id=user.id, membership_id=membership.id,
            role=Role.OWNER, permissions=ROLE_PERMISSIONS[Role.OWNER],
        )
        customer = await Customer.create(organization=org, code="BENCH-1", legal_name="基准客户有限公司")
        await connections.get("default").execute_query(_SEED_SQL, [org.id, customer.id, INVOICES, PAYMENTS])
        await connections.get("default").execute_script("ANALYZE")

        started = time.perf_counter()
        statement = await service.create_statement(actor, customer_id=customer.id, period_start=START, period_end=END)
        snapshot_seconds = time.perf_counter() - started
        lines = await statement.lines.all().count()
        assert lines == INVOICES + PAYMENTS, lines

        app = create_app(get_settings())
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as http:
            login = await http.post("/graphql", json={"query": "mutation($e: String!, $p: String!) { tokenCreate(email: $e, password: $p)"
                                                                " { accessToken } }", "variables": {"e": user.email, "p": PASSWORD}})
            headers = {"Authorization": f"Bearer {login.json()['data']['tokenCreate']['accessToken']}", "X-Organization": str(org.id)}
            graphql, table, spa = [], [], []
            page_query = _spa_page_query()
            for _ in range(ROUNDS + 1):
                started = time.perf_counter()
                response = await http.post("/graphql", json={"query": page_query, "variables": {"id": str(statement.id)}}, headers=headers)
                spa.append(time.perf_counter() - started)
                assert len(response.json()["data"]["accountStatement"]["linesTable"]["rows"]) == lines, response.text[:500]
                started = time.perf_counter()
                response = await http.post("/graphql", json={"query": _QUERY, "variables": {"id": str(statement.id)}}, headers=headers)
                graphql.append(time.perf_counter() - started)
                assert len(response.json()["data"]["accountStatement"]["lines"]) == lines
                started = time.perf_counter()
                response = await http.post("/graphql", json={"query": _TABLE_QUERY, "variables": {"id": str(statement.id)}}, headers=headers)
                table.append(time.perf_counter() - started)
                assert len(response.json()["data"]["accountStatement"]["linesTable"]["rows"]) == lines
        conn = await _connect(url)
        try:
            raw = []
            for _ in range(ROUNDS + 1):
                started = time.perf_counter()
                await conn.fetch("SELECT * FROM account_statement_lines WHERE statement_id = $1 AND revision = 1 ORDER BY position",
                                 statement.id)
                raw.append(time.perf_counter() - started)
        finally:
            await conn.close()
        started = time.perf_counter()
        pdf = render_pdf(await load_document(statement))
        pdf_seconds = time.perf_counter() - started
    finally:
        await close_orm()
    query, compact, floor = statistics.median(graphql[1:]), statistics.median(table[1:]), statistics.median(raw[1:])
    page = statistics.median(spa[1:])
    print(f"statement of account with {lines} documents in the period (load average {os.getloadavg()[0]:.2f}):")
    print(f"  GraphQL data over HTTP, median of {ROUNDS}   {query * 1000:8.1f} ms   (target ≤ 1 s; ×{query / floor:.1f} the floor)")
    print(f"  GraphQL data as linesTable, median      {compact * 1000:8.1f} ms   (target ≤ 1 s; ×{compact / floor:.1f} the floor)")
    print(f"  the SPA statement page's query, median  {page * 1000:8.1f} ms   (target ≤ 1 s; ×{page / floor:.1f} the floor)")
    print(f"  raw SQL floor (the stored lines)        {floor * 1000:8.1f} ms")
    print(f"  snapshot when created (once)            {snapshot_seconds * 1000:8.1f} ms")
    print(f"  PDF ({len(pdf) // 1024} KiB)                       {pdf_seconds * 1000:8.1f} ms   (target ≤ 10 s)")
    return [
        (f"statement of {lines:,} documents, GraphQL lines", query, floor),
        ("statement, GraphQL linesTable", compact, floor),
        ("statement, the SPA page's request", page, floor),
        ("statement snapshot when created", snapshot_seconds, None),
        ("statement PDF", pdf_seconds, None),
    ]


def main() -> list[Row]:
    return asyncio.run(_main())
