"""Cash application at scale: one payment allocated across 1,000 invoices (target ≤ 1 s), through
the service (locks, checks, one INSERT and one UPDATE for all invoices, audit) and as a raw-SQL
floor doing the same locks, inserts and updates by hand on one asyncpg connection.

Uses BENCH_DATABASE_URL, else an embedded PostgreSQL database `huikuan_bench` under var/.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
import uuid
from datetime import date
from decimal import Decimal

import asyncpg

from bench import Row, size

INVOICES = size(1000, 50)
ROUNDS = size(7, 2)

_SEED_INVOICES = """
INSERT INTO invoices (id, organization_id, customer_id, number, status, disputed, issue_date, due_date, currency,
                      exchange_rate, subtotal, tax_total, total, allocated, credited, written_off, e_invoice_number,
                      e_invoice_code, contract_ref, notes, late_fee_grace_days, version, void_reason, created_at, updated_at)
SELECT gen_random_uuid(), $1, $2, $3 || g, 'issued', false, DATE '2026-01-01', DATE '2026-01-01' + g, 'CNY',
       1, 100.00 + g, 0, 100.00 + g, 0, 0, 0, '', '', '', '', 0, 1, '', now(), now()
FROM generate_series(1, $4) AS g
RETURNING id, total
"""


async def _connect(url: str) -> asyncpg.Connection:
    from backend.db import credentials_from_url

    creds = credentials_from_url(url)
    return await asyncpg.connect(
        host=creds["host"], port=creds["port"], user=creds["user"], password=creds["password"], database=creds["database"],
        server_settings=creds["server_settings"],
    )


async def _database() -> str:
    """A fresh, migrated benchmark database."""
    from backend.config import get_settings
    from backend.db import run_migrations, start_embedded_postgres

    url = os.environ.get("BENCH_DATABASE_URL") or start_embedded_postgres(get_settings().data_dir, "huikuan_bench")
    conn = await _connect(url)
    try:
        await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()
    await run_migrations(url)
    return url


async def _organization():  # type: ignore[no-untyped-def]
    """An organization, its owner's actor and a customer."""
    from backend.accounts.actor import Actor
    from backend.accounts.models import Membership, Organization, Role, User
    from backend.accounts.permissions import ROLE_PERMISSIONS
    from backend.audit.models import ActorType
    from backend.customers.models import Customer

    org = await Organization.create(name="基准测试有限公司")
    user = await User.create(email=f"bench-{uuid.uuid4().hex[:8]}@huikuan.local", password_hash="-")
    membership = await Membership.create(organization=org, user=user, role=Role.OWNER)
    actor = Actor(
        actor_type=ActorType.USER, organization_id=org.id, user_id=user.id, membership_id=membership.id,
        role=Role.OWNER, permissions=ROLE_PERMISSIONS[Role.OWNER],
    )
    customer = await Customer.create(organization=org, code="BENCH-1", legal_name="基准客户有限公司")
    return actor, customer


async def _seed(org_id: uuid.UUID, customer_id: uuid.UUID, tag: str) -> tuple[list[tuple[uuid.UUID, Decimal]], Decimal]:
    from tortoise import connections

    rows = await connections.get("default").execute_query_dict(_SEED_INVOICES, [org_id, customer_id, f"{tag}-", INVOICES])
    items = [(r["id"], r["total"]) for r in rows]
    return items, sum((t for _, t in items), Decimal(0))


async def _service_round(actor, customer, tag: str, oldest_first: bool) -> float:  # type: ignore[no-untyped-def]
    from backend.invoices.models import Invoice
    from backend.payments import service as payments
    from backend.payments.models import PaymentMethod

    items, total = await _seed(actor.org_id, customer.id, tag)
    payment = await payments.record_payment(
        actor, customer_id=customer.id, amount=total, currency="CNY", method=PaymentMethod.BANK_TRANSFER,
        received_on=date(2026, 3, 1),
    )
    started = time.perf_counter()
    await payments.allocate_payment(actor, payment.id, payments.OLDEST_DUE_FIRST if oldest_first else items)
    elapsed = time.perf_counter() - started
    assert await Invoice.filter(organization_id=actor.org_id, number__startswith=f"{tag}-", status="paid").count() == INVOICES
    return elapsed


async def _raw_round(conn: asyncpg.Connection, org_id: uuid.UUID, customer_id: uuid.UUID, user_id: uuid.UUID, tag: str) -> float:
    """The same work by hand: lock payment and invoices, insert allocations, update invoices,
    payment and the audit log, in one transaction."""
    rows = await conn.fetch(_SEED_INVOICES, org_id, customer_id, f"{tag}-", INVOICES)
    ids, amounts = [r["id"] for r in rows], [r["total"] for r in rows]
    payment_id = uuid.uuid4()
    await conn.execute(
        "INSERT INTO payments (id, organization_id, customer_id, method, status, received_on, currency, exchange_rate, amount,"
        " allocated, refunded, reference, payer_name, notes, created_at, updated_at)"
        " VALUES ($1, $2, $3, 'bank_transfer', 'received', DATE '2026-03-01', 'CNY', 1, $4, 0, 0, '', '', '', now(), now())",
        payment_id, org_id, customer_id, sum(amounts, Decimal(0)),
    )
    started = time.perf_counter()
    async with conn.transaction():
        await conn.fetchrow("SELECT * FROM payments WHERE id = $1 FOR UPDATE", payment_id)
        await conn.fetch("SELECT id, total, allocated FROM invoices WHERE organization_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE", org_id, ids)
        await conn.execute(
            "INSERT INTO allocations (id, organization_id, payment_id, invoice_id, amount, applied_on, created_by_id, created_at)"
            " SELECT gen_random_uuid(), $1, $2, v.i, v.a, DATE '2026-03-01', $3, now() FROM unnest($4::uuid[], $5::numeric[]) AS v(i, a)",
            org_id, payment_id, user_id, ids, amounts,
        )
        await conn.execute(
            "UPDATE invoices AS i SET allocated = i.allocated + v.a, status = 'paid', updated_at = now()"
            " FROM unnest($2::uuid[], $3::numeric[]) AS v(i, a) WHERE i.organization_id = $1 AND i.id = v.i",
            org_id, ids, amounts,
        )
        await conn.execute("UPDATE payments SET allocated = amount, updated_at = now() WHERE id = $1", payment_id)
        await conn.execute(
            "INSERT INTO audit_log (organization_id, actor_type, actor_user_id, action, target_type, target_id, changes, created_at)"
            " VALUES ($1, 'user', $2, 'payment.allocate', 'payment', $3, $4, now())",
            org_id, user_id, str(payment_id),
            json.dumps({"extra": {"allocations": [{"invoice": str(i), "amount": str(a)} for i, a in zip(ids, amounts)]}}),
        )
    return time.perf_counter() - started


async def _main() -> list[Row]:
    from backend.db import close_orm, init_orm

    url = await _database()
    await init_orm(url, pool_max=4)
    try:
        actor, customer = await _organization()
        conn = await _connect(url)
        try:
            await _service_round(actor, customer, "warm", oldest_first=False)
            await _raw_round(conn, actor.org_id, customer.id, actor.user_id, "rawwarm")
            explicit, oldest, raw = [], [], []
            # Interleaved rounds, so a busy moment on the machine weighs on all three alike.
            for i in range(ROUNDS):
                explicit.append(await _service_round(actor, customer, f"e{i}", oldest_first=False))
                oldest.append(await _service_round(actor, customer, f"o{i}", oldest_first=True))
                raw.append(await _raw_round(conn, actor.org_id, customer.id, actor.user_id, f"r{i}"))
        finally:
            await conn.close()
    finally:
        await close_orm()
    floor = statistics.median(raw)
    print(f"one payment across {INVOICES} invoices, median of {ROUNDS} rounds (target ≤ 1 s):")
    for name, samples in (("service, explicit list", explicit), ("service, oldest due first", oldest), ("raw SQL floor", raw)):
        median = statistics.median(samples)
        print(f"  {name:<28} {median * 1000:8.1f} ms   (×{median / floor:.2f} the floor; min {min(samples) * 1000:.1f} ms)")
    return [
        (f"one payment across {INVOICES:,} invoices, explicit list", statistics.median(explicit), floor),
        (f"one payment across {INVOICES:,} invoices, oldest due first", statistics.median(oldest), floor),
    ]


def main() -> list[Row]:
    return asyncio.run(_main())
