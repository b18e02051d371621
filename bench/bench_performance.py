"""The collector leaderboard (issue 13, staff performance) over a 100,000-invoice organization.

One organization (Asia/Shanghai): BENCH_INVOICES invoices (default 100,000) over 1,000 customers
held by 10 collectors (every seventh customer handed to the next collector mid-period), issued
over 2025-01 … 2026-10, 60 % paid with dated allocations; 20,000 collection actions, 2,000 settled
promises and 500 resolved disputes in 2026; monthly targets. All COPYed in.

Measures `performanceLeaderboard(period: October 2026)` through GraphQL (in-process ASGI, median of
5 after one warm-up) against the floor: the same SQL statements the service runs, sent directly
through asyncpg and JSON-encoded, in the same run. Uses BENCH_DATABASE_URL, else an embedded
PostgreSQL database `huikuan_bench` under var/.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from bench import Row, size

INVOICES = int(os.environ.get("BENCH_INVOICES") or size(100_000, 2_000))
CUSTOMERS = size(1000, 50)
COLLECTORS = 10
PASSWORD = "bench-password-123"
START, END = date(2026, 10, 1), date(2026, 10, 31)
HANDOVER = date(2026, 10, 16)
FIRST_ISSUE = date(2025, 1, 1)
ISSUE_DAYS = (date(2026, 10, 31) - FIRST_ISSUE).days

QUERY = """
query($period: PerformancePeriodInput!) {
  performanceLeaderboard(period: $period) { currency rows { collectorId name rank score customers cashCollected cei
    standardDso actionsLogged promiseKeptRate components { key value target points weight effectiveWeight contribution excluded } } }
}
"""

CUSTOMER_COLUMNS = (
    "id", "organization_id", "code", "legal_name", "short_name", "tax_number", "industry", "address", "region", "website",
    "status", "tags", "notes", "search_text", "version", "created_at", "updated_at", "collector_id",
)
INVOICE_COLUMNS = (
    "id", "organization_id", "customer_id", "number", "status", "disputed", "issue_date", "due_date", "currency",
    "exchange_rate", "subtotal", "tax_total", "total", "allocated", "credited", "written_off", "e_invoice_number",
    "e_invoice_code", "contract_ref", "notes", "late_fee_daily_rate", "late_fee_grace_days", "issued_at", "void_reason",
    "version", "created_at", "updated_at",
)
ALLOCATION_COLUMNS = ("id", "organization_id", "payment_id", "invoice_id", "amount", "applied_on", "created_at")
ASSIGNMENT_COLUMNS = ("organization_id", "customer_id", "collector_id", "started_on", "ended_on")
ACTION_COLUMNS = ("id", "organization_id", "customer_id", "channel", "direction", "outcome", "note", "note_code", "note_params",
                  "occurred_at", "version", "created_at", "updated_at")
PROMISE_COLUMNS = ("id", "organization_id", "customer_id", "amount", "currency", "made_on", "promised_on", "status",
                   "paid_amount", "kept_ratio", "settled_on", "note", "created_at")
DISPUTE_COLUMNS = ("id", "organization_id", "customer_id", "reason", "amount", "currency", "description", "status",
                   "resolution", "resolution_note", "opened_at", "resolved_at", "version")


async def _seed(conn, org_id: uuid.UUID, collectors: list[uuid.UUID]) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(13)
    now = datetime.now(timezone.utc)
    customers = [uuid.uuid4() for _ in range(CUSTOMERS)]
    holder = {c: collectors[k % COLLECTORS] for k, c in enumerate(customers)}
    await conn.execute("ALTER TABLE customers DISABLE TRIGGER customers_collector_history")
    await conn.copy_records_to_table("customers", columns=list(CUSTOMER_COLUMNS), records=[
        (cid, org_id, f"PF{k:05d}", f"绩效基准客户{k}有限公司", "", "", "", "", "", "", "active", "[]", "", "", 1, now, now, holder[cid])
        for k, cid in enumerate(customers)
    ])
    await conn.execute("ALTER TABLE customers ENABLE TRIGGER customers_collector_history")
    assignments = []
    for k, cid in enumerate(customers):
        if k % 7 == 0:
            after = collectors[(k + 1) % COLLECTORS]
            assignments.append((org_id, cid, holder[cid], date(2024, 1, 1), HANDOVER))
            assignments.append((org_id, cid, after, HANDOVER, None))
        else:
            assignments.append((org_id, cid, holder[cid], date(2024, 1, 1), None))
    await conn.copy_records_to_table("collector_assignments", columns=list(ASSIGNMENT_COLUMNS), records=assignments)
    payment_id = uuid.uuid4()
    invoices, allocations, paid_total = [], [], Decimal(0)
    for g in range(INVOICES):
        invoice_id = uuid.uuid4()
        issued = FIRST_ISSUE + timedelta(days=g * ISSUE_DAYS // INVOICES)
        due = issued + timedelta(days=30)
        total = Decimal(1000 + (g % 9000)) + Decimal(g % 100) / 100
        paid_on = due + timedelta(days=rnd.randint(-20, 40))
        paid = total if rnd.random() < 0.6 and paid_on <= END else Decimal(0)
        if paid:
            allocations.append((uuid.uuid4(), org_id, payment_id, invoice_id, paid, paid_on, now))
            paid_total += paid
        invoices.append((
            invoice_id, org_id, customers[g % CUSTOMERS], f"PF-{g:07d}", "paid" if paid else "issued", False,
            issued, due, "CNY", Decimal(1), total, Decimal(0), total, paid, Decimal(0), Decimal(0),
            "", "", "", "", Decimal(0), 0, now, "", 1, now, now,
        ))
    await conn.copy_records_to_table("invoices", columns=list(INVOICE_COLUMNS), records=invoices)
    await conn.execute(
        "INSERT INTO payments (id, organization_id, customer_id, method, status, received_on, currency, exchange_rate, amount,"
        " allocated, refunded, reference, payer_name, notes, created_at, updated_at)"
        " VALUES ($1, $2, NULL, 'bank_transfer', 'received', DATE '2024-01-01', 'CNY', 1, $3, $3, 0, '', '', '', now(), now())",
        payment_id, org_id, paid_total,
    )
    await conn.copy_records_to_table("allocations", columns=list(ALLOCATION_COLUMNS), records=allocations)
    year = datetime(2026, 1, 1, tzinfo=timezone.utc)
    await conn.copy_records_to_table("collection_actions", columns=list(ACTION_COLUMNS), records=[
        (uuid.uuid4(), org_id, customers[rnd.randrange(CUSTOMERS)], "call", "outbound", "reached", "", "", "{}",
         year + timedelta(minutes=rnd.randrange(330 * 24 * 60)), 1, now, now)
        for _ in range(20_000)
    ])
    promises = []
    for _ in range(2000):
        due = date(2026, 1, 1) + timedelta(days=rnd.randrange(330))
        kept = rnd.random() < 0.7
        promises.append((uuid.uuid4(), org_id, customers[rnd.randrange(CUSTOMERS)], Decimal(5000), "CNY", due - timedelta(days=10),
                         due, "kept" if kept else "broken", Decimal(5000) if kept else Decimal(0),
                         Decimal(1) if kept else Decimal(0), due, "", now))
    await conn.copy_records_to_table("promises_to_pay", columns=list(PROMISE_COLUMNS), records=promises)
    disputes = []
    for _ in range(500):
        opened = year + timedelta(minutes=rnd.randrange(300 * 24 * 60))
        disputes.append((uuid.uuid4(), org_id, customers[rnd.randrange(CUSTOMERS)], "pricing", Decimal(1000), "CNY", "", "resolved",
                         "no_change", "", opened, opened + timedelta(hours=rnd.randrange(1, 60 * 24)), 1))
    await conn.copy_records_to_table("disputes", columns=list(DISPUTE_COLUMNS), records=disputes)


async def _floor(conn, org_id: uuid.UUID, tz: str) -> float:  # type: ignore[no-untyped-def]
    """The statements the service sends, straight through asyncpg, JSON-encoded."""
    from backend.invoices.balances import CUSTOMER_BALANCES_SQL
    from backend.performance import service

    started = time.perf_counter()
    collectors = await conn.fetch(service._COLLECTORS_SQL, org_id, START, END, None)
    ids = [r["id"] for r in collectors]
    portfolio = await conn.fetch(service._PORTFOLIO_SQL, org_id, START, END, ids)
    customers = list({r["customer_id"] for r in portfolio})
    beginning = await conn.fetch(CUSTOMER_BALANCES_SQL, org_id, START - timedelta(days=1), None, customers, None)
    ending = await conn.fetch(CUSTOMER_BALANCES_SQL, org_id, END, None, customers, None)
    sales = await conn.fetch(service._SALES_SQL, org_id, START, END, customers)
    activity = await conn.fetch(service._ACTIVITY_SQL, org_id, START, END, ids, tz)
    targets = await conn.fetch("SELECT * FROM performance_targets WHERE organization_id = $1", org_id)
    settings = await conn.fetch("SELECT * FROM performance_settings WHERE organization_id = $1", org_id)
    json.dumps([[dict(r) for r in rows] for rows in (collectors, portfolio, beginning, ending, sales, activity, targets, settings)],
               default=str)
    return time.perf_counter() - started


async def _main() -> list[Row]:
    import httpx

    from backend.accounts.models import Membership, Organization, Role, User
    from backend.accounts.security import hash_password
    from backend.accounts.service import create_tokens
    from backend.app import create_app
    from backend.config import get_settings
    from backend.db import close_orm, init_orm
    from backend.performance.models import PerformanceTarget
    from bench.bench_late_fees import _connect, _database

    url = await _database()
    await init_orm(url, pool_max=4)
    try:
        org = await Organization.create(name="绩效基准", timezone="Asia/Shanghai")
        owner = await User.create(email="perf-bench@huikuan.local", password_hash=hash_password(PASSWORD), full_name="基准")
        await Membership.create(organization=org, user=owner, role=Role.OWNER)
        collectors = []
        for k in range(COLLECTORS):
            user = await User.create(email=f"collector{k}@huikuan.local", password_hash="-", full_name=f"催收员{k}")
            collectors.append((await Membership.create(organization=org, user=user, role=Role.COLLECTOR)).id)
        conn = await _connect(url)
        try:
            started = time.perf_counter()
            await _seed(conn, org.id, collectors)
            await conn.execute("VACUUM ANALYZE")
            seeded = time.perf_counter() - started
            for k, cid in enumerate(collectors):
                await PerformanceTarget.create(organization=org, collector_id=cid, month=START,
                                               cash_target=Decimal(400000 + 10000 * k), actions_target=150)
            print(f"data: {INVOICES:,} invoices, {CUSTOMERS:,} customers, {COLLECTORS} collectors, COPYed in {seeded:.1f} s; "
                  f"load average {os.getloadavg()[0]:.2f}", flush=True)
            settings = get_settings()
            app = create_app(settings)
            pair = await create_tokens(settings, owner.email, PASSWORD, ip="127.0.0.1", user_agent="bench", request_id=None)
            headers = {"Authorization": f"Bearer {pair.access_token}", "X-Organization": str(org.id)}
            variables = {"period": {"start": START.isoformat(), "end": END.isoformat()}}
            http_times, floor_times = [], []
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=120) as http:
                await _floor(conn, org.id, org.timezone)
                await http.post("/graphql", json={"query": QUERY, "variables": variables}, headers=headers)
                for _ in range(5):
                    floor_times.append(await _floor(conn, org.id, org.timezone))
                    started = time.perf_counter()
                    response = await http.post("/graphql", json={"query": QUERY, "variables": variables}, headers=headers)
                    http_times.append(time.perf_counter() - started)
                    body = response.json()
                    assert response.status_code == 200 and "errors" not in body, response.text
            rows = body["data"]["performanceLeaderboard"]["rows"]
        finally:
            await conn.close()
    finally:
        await close_orm()
    request, floor = statistics.median(http_times), statistics.median(floor_times)
    print(f"performanceLeaderboard, October 2026, {len(rows)} collectors (best {rows[0]['name']} {rows[0]['score']}): "
          f"median {request * 1000:.0f} ms GraphQL; floor (same SQL via asyncpg + JSON) {floor * 1000:.0f} ms; "
          f"ratio {request / floor:.2f}×; target ≤ 1.5× and < 1 s: {'met' if request <= 1.5 * floor and request < 1 else 'MISSED'}; "
          f"load average {os.getloadavg()[0]:.2f}")
    return [(f"performanceLeaderboard, {INVOICES:,} invoices, {COLLECTORS} collectors", request, floor)]


def main() -> list[Row]:
    return asyncio.run(_main())
