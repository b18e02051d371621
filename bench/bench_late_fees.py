"""Late fees at scale: the monthly run over 100,000 open invoices with daily rates (issue 9).

Two organizations get the same generated ledger, COPYed in: 1,000 customers, 100,000 open invoices
due 31 January 2026 with daily rates of 0.02–0.1 % and 0–7 grace days, a third of them part-paid
on a February day. As of 1 March each invoice owes one charge for February.

- Huikuan: `late_fees.assess_late_fees` on the first organization: batches of 500 invoices, each
  one transaction (lock, accrue day by day, bill with set-based inserts, audit, cursor).
- Raw-SQL floor on the second: the same charges computed in SQL (day series × allocations) and
  inserted as charges, bill invoices and lines, with one audit row, in one transaction.

Both results are compared charge by charge (days, average balance, amount). Uses
BENCH_DATABASE_URL, else an embedded PostgreSQL database `huikuan_bench` under var/.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import asyncpg

from bench import Row, size

CUSTOMERS = size(1_000, 20)
INVOICES = size(100_000, 1_000)
AS_OF = date(2026, 3, 1)
PERIOD = (date(2026, 2, 1), date(2026, 2, 28))
RATES = [Decimal("0.0002"), Decimal("0.0005"), Decimal("0.0008"), Decimal("0.001")]

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
ALLOCATION_COLUMNS = ("id", "organization_id", "payment_id", "invoice_id", "amount", "applied_on", "created_at")

# The floor: every day of the period on which the invoice is past due + grace, its open amount
# that day (allocations applied on or before it and not reversed by it), summed per invoice.
FLOOR_ACCRUE_SQL = """
CREATE TEMP TABLE floor_charges ON COMMIT DROP AS
WITH days AS (SELECT d::date AS d FROM generate_series($2::date, $3::date, interval '1 day') AS d),
daily AS (
  SELECT i.id, days.d,
         i.total - COALESCE(sum(a.amount) FILTER (WHERE a.applied_on <= days.d AND (a.reversed_on IS NULL OR days.d < a.reversed_on)), 0)
           AS overdue
  FROM invoices i
  JOIN days ON days.d > i.due_date + i.late_fee_grace_days
  LEFT JOIN allocations a ON a.invoice_id = i.id
  WHERE i.organization_id = $1 AND i.late_fee_daily_rate > 0 AND i.status IN ('issued', 'partially_paid')
  GROUP BY i.id, days.d
)
SELECT gen_random_uuid() AS charge_id, gen_random_uuid() AS bill_id, i.id AS invoice_id, i.customer_id, i.currency,
       i.exchange_rate, i.contract_ref, i.number AS source_number, i.late_fee_daily_rate AS rate,
       count(*) FILTER (WHERE x.overdue > 0) AS days,
       round(sum(x.overdue) / count(*) FILTER (WHERE x.overdue > 0), 2) AS base_amount,
       round(sum(x.overdue) * i.late_fee_daily_rate, 2) AS amount,
       row_number() OVER (ORDER BY i.id) AS position
FROM daily x JOIN invoices i ON i.id = x.id
GROUP BY i.id
HAVING count(*) FILTER (WHERE x.overdue > 0) > 0
"""
FLOOR_NUMBERS_SQL = """
INSERT INTO number_series (id, organization_id, name, prefix, padding, next_value)
VALUES (gen_random_uuid(), $1, 'invoice', 'INV-', 6, 1 + $2)
ON CONFLICT (organization_id, name) DO UPDATE SET next_value = number_series.next_value + $2
RETURNING next_value - $2 AS first
"""
FLOOR_BILLS_SQL = """
INSERT INTO invoices (id, organization_id, customer_id, number, status, disputed, issue_date, due_date, currency, exchange_rate,
                      subtotal, tax_total, total, allocated, credited, written_off, e_invoice_number, e_invoice_code,
                      contract_ref, notes, late_fee_grace_days, issued_at, void_reason, version, created_at, updated_at)
SELECT bill_id, $1, customer_id, 'INV-' || lpad(($2 + position - 1)::text, 6, '0'), 'issued', false, $3, $3, currency,
       exchange_rate, amount, 0, amount, 0, 0, 0, '', '', contract_ref, '', 0, now(), '', 1, now(), now()
FROM floor_charges WHERE amount > 0
"""
FLOOR_LINES_SQL = """
INSERT INTO invoice_lines (id, organization_id, invoice_id, position, description, quantity, unit_price, tax_rate, amount, tax_amount)
SELECT gen_random_uuid(), $1, bill_id, 1,
       left('逾期利息 Late interest on ' || source_number || ', ' || $2 || '–' || $3 || ': ' || days || ' days × ' || rate
            || ' on an average ' || base_amount, 500),
       1, amount, 0, amount, 0
FROM floor_charges WHERE amount > 0
"""
FLOOR_CHARGES_SQL = """
INSERT INTO late_fee_charges (id, organization_id, invoice_id, period_start, period_end, days, base_amount, daily_rate, amount,
                              charge_invoice_id, created_at)
SELECT charge_id, $1, invoice_id, $2, $3, days, base_amount, rate, amount, CASE WHEN amount > 0 THEN bill_id END, now()
FROM floor_charges
"""
FLOOR_AUDIT_SQL = """
INSERT INTO audit_log (organization_id, actor_type, action, target_type, target_id, changes, created_at)
SELECT $1, 'system', 'late_fee.assess', 'organization', $4,
       jsonb_build_object('extra', jsonb_build_object('as_of', $2::text, 'charges', jsonb_agg(jsonb_build_object(
         'invoice', invoice_id, 'period_start', $3::text, 'days', days, 'amount', amount::text,
         'charge_invoice', CASE WHEN amount > 0 THEN bill_id END)))),
       now()
FROM floor_charges
"""
RESULT_SQL = """
SELECT i.number, c.days, c.base_amount, c.amount, b.number IS NOT NULL AS billed
FROM late_fee_charges c JOIN invoices i ON i.id = c.invoice_id LEFT JOIN invoices b ON b.id = c.charge_invoice_id
WHERE c.organization_id = $1
"""


async def _connect(url: str) -> asyncpg.Connection:
    from backend.db import credentials_from_url

    c = credentials_from_url(url)
    return await asyncpg.connect(host=c["host"], port=c["port"], user=c["user"], password=c["password"], database=c["database"], server_settings=c["server_settings"])


async def _database() -> str:
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


async def _seed(conn: asyncpg.Connection, org_id: uuid.UUID) -> None:
    """The ledger of one organization, the same for both (a deterministic function of the row)."""
    now = datetime.now(timezone.utc)
    customers = [uuid.uuid4() for _ in range(CUSTOMERS)]
    await conn.copy_records_to_table("customers", columns=list(CUSTOMER_COLUMNS), records=[
        (cid, org_id, f"LF{k:06d}", f"滞纳金基准客户{k}有限公司", "", "", "", "", "", "", "active", "[]", "", "", 1, now, now)
        for k, cid in enumerate(customers)
    ])
    payment_id = uuid.uuid4()
    invoices, allocations, paid_total = [], [], Decimal(0)
    for g in range(INVOICES):
        invoice_id = uuid.uuid4()
        total = Decimal(1000 + (g % 9000)) + Decimal(g % 100) / 100
        paid = (total * Decimal("0.3")).quantize(Decimal("0.01")) if g % 3 == 0 else Decimal(0)
        if paid:
            allocations.append((uuid.uuid4(), org_id, payment_id, invoice_id, paid, date(2026, 2, 1) + timedelta(days=g % 27), now))
            paid_total += paid
        invoices.append((
            invoice_id, org_id, customers[g % CUSTOMERS], f"LF-{g:06d}", "partially_paid" if paid else "issued", False,
            date(2026, 1, 1), date(2026, 1, 31), "CNY", Decimal(1), total, Decimal(0), total, paid, Decimal(0), Decimal(0),
            "", "", f"HT-{g % 500}", "", RATES[g % len(RATES)], g % 8, now, "", 1, now, now,
        ))
    await conn.copy_records_to_table("invoices", columns=list(INVOICE_COLUMNS), records=invoices)
    await conn.execute(
        "INSERT INTO payments (id, organization_id, customer_id, method, status, received_on, currency, exchange_rate, amount,"
        " allocated, refunded, reference, payer_name, notes, created_at, updated_at)"
        " VALUES ($1, $2, NULL, 'bank_transfer', 'received', DATE '2026-02-01', 'CNY', 1, $3, $3, 0, '', '', '', now(), now())",
        payment_id, org_id, paid_total,
    )
    await conn.copy_records_to_table("allocations", columns=list(ALLOCATION_COLUMNS), records=allocations)


async def _floor(conn: asyncpg.Connection, org_id: uuid.UUID) -> float:
    started = time.perf_counter()
    async with conn.transaction():
        await conn.execute("SELECT id FROM invoices WHERE organization_id = $1 AND late_fee_daily_rate > 0 FOR UPDATE", org_id)
        await conn.execute(FLOOR_ACCRUE_SQL, org_id, *PERIOD)
        billed = await conn.fetchval("SELECT count(*) FROM floor_charges WHERE amount > 0")
        first = await conn.fetchval(FLOOR_NUMBERS_SQL, org_id, billed)
        await conn.execute(FLOOR_BILLS_SQL, org_id, first, AS_OF)
        await conn.execute(FLOOR_LINES_SQL, org_id, str(PERIOD[0]), str(PERIOD[1]))
        await conn.execute(FLOOR_CHARGES_SQL, org_id, *PERIOD)
        await conn.execute(FLOOR_AUDIT_SQL, org_id, str(AS_OF), str(PERIOD[0]), str(org_id))
    return time.perf_counter() - started


async def _main() -> list[Row]:
    from backend.accounts.actor import Actor
    from backend.accounts.models import Organization
    from backend.db import close_orm, init_orm
    from backend.invoices import late_fees

    url = await _database()
    await init_orm(url, pool_max=4)
    try:
        ours = await Organization.create(name="滞纳金基准 Huikuan")
        floor_org = await Organization.create(name="滞纳金基准 floor")
        conn = await _connect(url)
        try:
            started = time.perf_counter()
            for org in (ours, floor_org):
                await _seed(conn, org.id)
            await conn.execute("VACUUM ANALYZE")
            print(f"data: 2 × {INVOICES:,} open invoices with daily rates, {CUSTOMERS:,} customers each, "
                  f"COPYed in {time.perf_counter() - started:.1f} s; load average {os.getloadavg()[0]:.2f}", flush=True)

            batch_times: list[float] = []
            process_batch = late_fees._process_batch

            async def timed_batch(*args, **kwargs):  # type: ignore[no-untyped-def]
                began = time.perf_counter()
                try:
                    return await process_batch(*args, **kwargs)
                finally:
                    batch_times.append(time.perf_counter() - began)

            late_fees._process_batch = timed_batch  # type: ignore[assignment]
            started = time.perf_counter()
            charges = await late_fees.assess_late_fees(Actor.system(ours.id), as_of=AS_OF)
            huikuan = time.perf_counter() - started
            late_fees._process_batch = process_batch  # type: ignore[assignment]
            floor = await _floor(conn, floor_org.id)

            mine = {r["number"]: tuple(r.values())[1:] for r in await conn.fetch(RESULT_SQL, ours.id)}
            theirs = {r["number"]: tuple(r.values())[1:] for r in await conn.fetch(RESULT_SQL, floor_org.id)}
            total = sum((c.amount for c in charges), Decimal(0))
        finally:
            await conn.close()
    finally:
        await close_orm()
    print(f"late-fee run as of {AS_OF}, {len(charges):,} charges of {total:,} in all "
          f"({'identical' if mine == theirs else 'DIFFERENT'} to the floor's, charge by charge):")
    print(f"  Huikuan, {len(batch_times) - 1} batches of ≤ {late_fees.BATCH_SIZE}: {huikuan:7.2f} s "
          f"(longest batch transaction {max(batch_times) * 1000:.0f} ms, median {sorted(batch_times)[len(batch_times) // 2] * 1000:.0f} ms)")
    print(f"  raw-SQL floor, one transaction:   {floor:7.2f} s")
    print(f"  ratio: {huikuan / floor:.1f}×; load average {os.getloadavg()[0]:.2f}")
    if mine != theirs:
        diff = [n for n in sorted(set(mine) | set(theirs)) if mine.get(n) != theirs.get(n)][:5]
        print("  first differences:", json.dumps({n: [str(mine.get(n)), str(theirs.get(n))] for n in diff}, ensure_ascii=False))
    return [(f"late-fee run, {INVOICES:,} open invoices{'' if mine == theirs else ' (DIFFERENT from the floor)'}", huikuan, floor)]


def main() -> list[Row]:
    return asyncio.run(_main())
