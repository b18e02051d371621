"""The reminder scan at scale (issue 11): what is due decided over many open invoices.

One organization (Asia/Shanghai), its ledger COPYed in: BENCH_INVOICES open invoices (default
100,000; the issue's figure is 1,000,000) over one customer per 200 invoices, due on one of
BENCH_INVOICES / 1,000 consecutive days (1,000 invoices a day, each day's spread over 5
customers); every tenth invoice in two installment parts (half 30 days before its due date), a
third of them part-paid. A four-stage policy (−3, 0, 7, 30 days) fires on four due dates today:
4,000 parts due, 20 consolidated claims (the customers have no contact, so nothing is sent).

Times `claim_due` (scan, group, claim, write the parts claimed) on the day, then again the same
day (everything already claimed), and a raw-SQL floor of the scan: the candidate invoices by due
date and their open amount from the invoices' running sums alone (no ledger rows as of today, no
installment split, no exclusions) — the least any scan must read. Then the collector's worklist:
every customer given to one collector (so the collector's list spans every open item, the worst
case), the first page of 20 timed BENCH_REPEAT times (default 7), median reported, for the
collector and for a manager's "all collectors" view. Uses BENCH_DATABASE_URL, else an embedded PostgreSQL database
`huikuan_bench` under var/.
"""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from bench import Row, size

INVOICES = int(os.environ.get("BENCH_INVOICES") or size(100_000, 2_000))
CUSTOMERS = INVOICES // 200
DAYS = INVOICES // 1000
TODAY = date(2026, 11, 3)
NOW = datetime(2026, 11, 3, 1, 5, tzinfo=timezone.utc)  # 09:05 in Shanghai
OFFSETS = (-3, 0, 7, 30)

CUSTOMER_COLUMNS = (
    "id", "organization_id", "code", "legal_name", "short_name", "tax_number", "industry", "address", "region", "website",
    "status", "tags", "notes", "search_text", "version", "created_at", "updated_at",
)
INVOICE_COLUMNS = (
    "id", "organization_id", "customer_id", "number", "status", "disputed", "issue_date", "due_date", "currency",
    "exchange_rate", "subtotal", "tax_total", "total", "allocated", "credited", "written_off", "e_invoice_number",
    "e_invoice_code", "contract_ref", "notes", "late_fee_daily_rate", "late_fee_grace_days", "issued_at", "void_reason",
    "version", "created_at", "updated_at",
)
PART_COLUMNS = ("id", "organization_id", "invoice_id", "sequence", "due_date", "amount")
ALLOCATION_COLUMNS = ("id", "organization_id", "payment_id", "invoice_id", "amount", "applied_on", "created_at")


async def _seed(conn, org_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(timezone.utc)
    customers = [uuid.uuid4() for _ in range(CUSTOMERS)]
    await conn.copy_records_to_table("customers", columns=list(CUSTOMER_COLUMNS), records=[
        (cid, org_id, f"RS{k:06d}", f"催收基准客户{k}有限公司", "", "", "", "", "", "", "active", "[]", "", "", 1, now, now)
        for k, cid in enumerate(customers)
    ])
    payment_id = uuid.uuid4()
    invoices, parts, allocations, paid_total = [], [], [], Decimal(0)
    first_due = TODAY + timedelta(days=3 - (DAYS - 1))
    for g in range(INVOICES):
        invoice_id = uuid.uuid4()
        due = first_due + timedelta(days=g % DAYS)
        total = Decimal(1000 + (g % 9000)) + Decimal(g % 100) / 100
        paid = (total * Decimal("0.3")).quantize(Decimal("0.01")) if g % 3 == 0 else Decimal(0)
        if paid:
            allocations.append((uuid.uuid4(), org_id, payment_id, invoice_id, paid, due - timedelta(days=40), now))
            paid_total += paid
        if g % 10 == 0:
            half = (total / 2).quantize(Decimal("0.01"))
            parts.append((uuid.uuid4(), org_id, invoice_id, 1, due - timedelta(days=30), half))
            parts.append((uuid.uuid4(), org_id, invoice_id, 2, due, total - half))
        invoices.append((
            invoice_id, org_id, customers[g % CUSTOMERS], f"RS-{g:07d}", "partially_paid" if paid else "issued", False,
            due - timedelta(days=60), due, "CNY", Decimal(1), total, Decimal(0), total, paid, Decimal(0), Decimal(0),
            "", "", "", "", Decimal(0), 0, now, "", 1, now, now,
        ))
    await conn.copy_records_to_table("invoices", columns=list(INVOICE_COLUMNS), records=invoices)
    await conn.copy_records_to_table("invoice_installments", columns=list(PART_COLUMNS), records=parts)
    await conn.execute(
        "INSERT INTO payments (id, organization_id, customer_id, method, status, received_on, currency, exchange_rate, amount,"
        " allocated, refunded, reference, payer_name, notes, created_at, updated_at)"
        " VALUES ($1, $2, NULL, 'bank_transfer', 'received', DATE '2024-01-01', 'CNY', 1, $3, $3, 0, '', '', '', now(), now())",
        payment_id, org_id, paid_total,
    )
    await conn.copy_records_to_table("allocations", columns=list(ALLOCATION_COLUMNS), records=allocations)


FLOOR_SQL = """
SELECT i.id, i.customer_id, i.total - i.allocated - i.credited - i.written_off AS open
FROM invoices i
WHERE i.organization_id = $1 AND i.status IN ('issued', 'partially_paid') AND i.due_date = ANY($2::date[])
  AND i.total - i.allocated - i.credited - i.written_off > 0
UNION ALL
SELECT q.invoice_id, i.customer_id, q.amount
FROM invoice_installments q JOIN invoices i ON i.id = q.invoice_id
WHERE q.organization_id = $1 AND q.due_date = ANY($2::date[])
"""
REPEAT = int(os.environ.get("BENCH_REPEAT") or size(7, 2))


async def _median(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        await fn()
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


async def _floor(org_id: uuid.UUID) -> tuple[float, int]:
    from tortoise import connections

    dates = [TODAY - timedelta(days=o) for o in OFFSETS]
    db = connections.get("default")
    rows: list = []

    async def run() -> None:
        rows[:] = await db.execute_query_dict(FLOOR_SQL, [org_id, dates])

    return await _median(run), len(rows)


async def _worklist(org) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    from tortoise import connections

    from backend.accounts.actor import Actor
    from backend.accounts.models import Membership, Role, User
    from backend.accounts.permissions import ROLE_PERMISSIONS
    from backend.audit.models import ActorType
    from backend.collections.worklist import WorklistFilter, worklist

    user = await User.create(email=f"collector-{uuid.uuid4().hex[:8]}@bench.local", password_hash="-", full_name="基准催收员")
    membership = await Membership.create(organization=org, user=user, role=Role.COLLECTOR)
    await connections.get("default").execute_query("UPDATE customers SET collector_id = $1 WHERE organization_id = $2", [membership.id, org.id])
    await connections.get("default").execute_query("ANALYZE customers")
    collector = Actor(actor_type=ActorType.USER, organization_id=org.id, user_id=user.id, membership_id=membership.id, role=Role.COLLECTOR,
                      permissions=ROLE_PERMISSIONS[Role.COLLECTOR], read_only=False, sees_all_customers=False)
    manager = Actor(actor_type=ActorType.USER, organization_id=org.id, user_id=None, membership_id=None, role=Role.OWNER,
                    permissions=ROLE_PERMISSIONS[Role.OWNER], read_only=False, sees_all_customers=True)
    pages: list = []

    async def own() -> None:
        pages.append(await worklist(collector, WorklistFilter(), first=20, after=None))

    async def everyone() -> None:
        await worklist(manager, WorklistFilter(all_collectors=True), first=20, after=None)

    return await _median(own), await _median(everyone), pages[-1].total_count


async def _main() -> list[Row]:
    from backend.accounts.models import Organization
    from backend.collections.models import DunningChannel, DunningPolicy, DunningStage, ReminderClaim, ReminderItem
    from backend.collections.reminders import claim_due
    from backend.db import close_orm, init_orm
    from bench.bench_late_fees import _connect, _database

    url = await _database()
    await init_orm(url, pool_max=4)
    try:
        org = await Organization.create(name="催收基准", timezone="Asia/Shanghai")
        conn = await _connect(url)
        try:
            started = time.perf_counter()
            await _seed(conn, org.id)
            await conn.execute("VACUUM ANALYZE")
        finally:
            await conn.close()
        print(f"data: {INVOICES:,} open invoices over {CUSTOMERS:,} customers, COPYed in {time.perf_counter() - started:.1f} s; "
              f"load average {os.getloadavg()[0]:.2f}", flush=True)
        policy = await DunningPolicy.create(organization=org, name="基准", is_default=True, allowed_weekdays=[1, 2, 3, 4, 5, 6, 7])
        for offset in OFFSETS:
            await DunningStage.create(organization=org, policy=policy, offset_days=offset, channel=DunningChannel.EMAIL, templates={})
        started = time.perf_counter()
        await claim_due(org.id, NOW)
        first = time.perf_counter() - started
        started = time.perf_counter()
        await claim_due(org.id, NOW)
        again = time.perf_counter() - started
        claims = await ReminderClaim.filter(organization_id=org.id).count()
        items = await ReminderItem.filter(organization_id=org.id).count()
        floor, floor_rows = await _floor(org.id)
        own, everyone, listed = await _worklist(org)
    finally:
        await close_orm()
    print(f"reminder scan on {TODAY}: {claims:,} claims, {items:,} parts claimed in {first:.2f} s; "
          f"the next tick the same day, everything already claimed: {again:.2f} s; load average {os.getloadavg()[0]:.2f}")
    print(f"raw-SQL floor of the scan (candidates and open amounts from running sums, {floor_rows:,} rows): median {floor * 1000:.0f} ms")
    print(f"worklist first page (20 of {listed:,} customers over {INVOICES:,} open invoices), median of {REPEAT}: "
          f"collector's own {own * 1000:.0f} ms, manager's all collectors {everyone * 1000:.0f} ms; load average {os.getloadavg()[0]:.2f}")
    return [
        (f"reminder scan, {INVOICES:,} open invoices, first tick", first, floor),
        ("reminder scan, next tick the same day", again, floor),
        (f"worklist first page, collector's own, median of {REPEAT}", own, None),
        (f"worklist first page, all collectors, median of {REPEAT}", everyone, None),
    ]


def main() -> list[Row]:
    return asyncio.run(_main())
