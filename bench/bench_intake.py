"""Intake benchmarks (issue 4), against a real uvicorn server and PostgreSQL on this machine.

1. Webhook ingest: UNIQUE_EVENTS signed payment events (generic provider, each paying one invoice)
   plus 20 % duplicate deliveries (each sent right after its original, so they are in flight
   together), CONCURRENCY at a time, against `uvicorn backend.app:create_app` on 127.0.0.1. Then
   the database is checked: every event applied once, no payment or allocation twice. The floor
   is the same writes done directly with asyncpg (event row, payment, invoice lock, allocation,
   invoice and payment sums, audit entry, delivery row; duplicates: event conflict + delivery).
2. Import of IMPORT_ROWS open invoices from CSV (and XLSX), the way the imports.run job does it,
   against a floor of COPYing the same rows straight into the tables.

Runs on its own embedded database (`huikuan_bench`, or BENCH_DATABASE_URL), reset each run; the
counts are fixed, so it stops by itself. `make bench` or `python -m bench bench_intake`.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import hmac
import io
import json
import os
import random
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import uvloop
from openpyxl import Workbook

from bench import Row, size

ROOT = Path(__file__).resolve().parent.parent
UNIQUE_EVENTS = size(3000, 60)
DUPLICATE_SHARE = 0.20  # of all deliveries
CONCURRENCY = 32
SERVER_WORKERS = 2
IMPORT_ROWS = size(100_000, 500)
IMPORT_CUSTOMERS = size(1_000, 20)
TARGET_EVENTS_PER_SECOND = 300
TARGET_IMPORT_SECONDS = 60
SIGNING_SECRET = "whsec_bench_" + uuid.uuid4().hex


# --- database -------------------------------------------------------------------------------


def bench_database_url() -> str:
    from backend.config import get_settings
    from backend.db import start_embedded_postgres

    return os.environ.get("BENCH_DATABASE_URL") or start_embedded_postgres(get_settings().data_dir, "huikuan_bench")


async def connect(url: str) -> asyncpg.Connection:
    from backend.db import credentials_from_url

    c = credentials_from_url(url)
    return await asyncpg.connect(host=c["host"], port=c["port"], user=c["user"], password=c["password"], database=c["database"], server_settings=c["server_settings"])


async def pool(url: str, size: int) -> asyncpg.Pool:
    from backend.db import credentials_from_url

    c = credentials_from_url(url)
    return await asyncpg.create_pool(
        host=c["host"], port=c["port"], user=c["user"], password=c["password"], database=c["database"],
        server_settings=c["server_settings"], min_size=size, max_size=size
    )


async def fresh_database(url: str) -> None:
    from backend.db import run_migrations

    conn = await connect(url)
    try:
        await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()
    await run_migrations(url)


# --- fixtures: organizations, customers, invoices --------------------------------------------


@dataclass
class Ledger:
    organization_id: uuid.UUID
    customer_codes: list[str]
    invoices: list[tuple[str, Decimal]]  # (number, total)


async def make_ledger(name: str, customers: int, invoices: int) -> Ledger:
    from backend.accounts.models import Organization
    from backend.imports import repository
    from backend.kit.time import utcnow
    from backend.kit.uow import unit_of_work

    org = await Organization.create(name=name)
    codes = [f"B{i:05d}" for i in range(customers)]
    rows = [
        {
            "number": f"{name[:3].upper()}-{i:07d}", "customer_code": codes[i % customers], "issue_date": date(2026, 1, 1),
            "due_date": date(2026, 2, 1), "total": Decimal(100 + i % 900) + Decimal("0.50"), "currency": "CNY",
            "exchange_rate": Decimal(1), "paid": Decimal("0.00"), "paid_on": None, "contract_ref": "", "notes": "",
        }
        for i in range(invoices)
    ]
    async with unit_of_work() as conn:
        ids = await repository.insert_customers(conn, org.id, [{"code": c, "legal_name": f"客户{c}有限公司"} for c in codes], utcnow())
        await repository.insert_invoices(conn, org.id, rows, ids, None, utcnow())
    return Ledger(org.id, codes, [(r["number"], r["total"]) for r in rows])


# --- 1. webhook ingest ----------------------------------------------------------------------


@dataclass
class Delivery:
    event_id: str
    payment_id: str
    number: str
    amount: Decimal
    body: bytes
    headers: dict[str, str]


def signed_deliveries(ledger: Ledger) -> list[Delivery]:
    """Every unique event once, and DUPLICATE_SHARE of the deliveries duplicates placed right after
    their original (so both are in flight at once)."""
    run = uuid.uuid4().hex[:8]
    unique = []
    for i, (number, total) in enumerate(ledger.invoices[:UNIQUE_EVENTS]):
        event = {
            "id": f"evt-{run}-{i}", "type": "payment.succeeded",
            "data": {"payment_id": f"pay-{run}-{i}", "amount": str(total), "currency": "CNY", "invoice_number": number, "payer_name": "付款人"},
        }
        body = json.dumps(event).encode()
        t = int(time.time())
        signature = hmac.new(SIGNING_SECRET.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
        headers = {"content-type": "application/json", "x-huikuan-signature": f"t={t},v1={signature}"}
        unique.append(Delivery(event["id"], event["data"]["payment_id"], number, total, body, headers))
    duplicates = round(UNIQUE_EVENTS * DUPLICATE_SHARE / (1 - DUPLICATE_SHARE))
    repeated = set(random.Random(7).sample(range(UNIQUE_EVENTS), duplicates))
    ordered: list[Delivery] = []
    for i, delivery in enumerate(unique):
        ordered.append(delivery)
        if i in repeated:
            ordered.append(delivery)
    return ordered


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": url, "DB_POOL_MAX": str(CONCURRENCY // SERVER_WORKERS + 2), "LOG_LEVEL": "WARNING"}
    process = subprocess.Popen(
        [
            sys.executable, "-m", "uvicorn", "backend.app:create_app", "--factory", "--host", "127.0.0.1", "--port", str(port),
            "--workers", str(SERVER_WORKERS), "--log-level", "warning", "--no-access-log",
        ],
        cwd=ROOT, env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("uvicorn did not start")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


async def _connection(port: int, queue: asyncio.Queue[bytes], statuses: list[int]) -> None:
    """One keep-alive HTTP/1.1 connection sending requests one after another (a plain client, so
    the load generator spends its CPU on little more than the socket)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while not queue.empty():
            writer.write(queue.get_nowait())
            status = int((await reader.readline()).split()[1])
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            statuses.append(status)
    finally:
        writer.close()


def raw_request(path: str, d: Delivery) -> bytes:
    head = f"POST {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: {len(d.body)}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in d.headers.items())
    return (head + "\r\n").encode() + d.body


async def send_all(port: int, path: str, deliveries: list[Delivery]) -> tuple[float, list[int]]:
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for d in deliveries:
        queue.put_nowait(raw_request(path, d))
    statuses: list[int] = []
    started = time.perf_counter()
    await asyncio.gather(*(_connection(port, queue, statuses) for _ in range(CONCURRENCY)))
    return time.perf_counter() - started, statuses


_CHECKS = {
    "payments": "SELECT count(*) FROM payments WHERE organization_id = $1",
    "payments recorded twice": """SELECT count(*) FROM (SELECT provider_reference FROM payments WHERE organization_id = $1
                                  GROUP BY provider_reference HAVING count(*) > 1) d""",
    "invoices allocated twice": """SELECT count(*) FROM (SELECT invoice_id FROM allocations WHERE organization_id = $1
                                   GROUP BY invoice_id HAVING count(*) > 1) d""",
    "paid invoices": "SELECT count(*) FROM invoices WHERE organization_id = $1 AND status = 'paid'",
    "events": "SELECT count(*) FROM webhook_events WHERE organization_id = $1",
    "processed deliveries": "SELECT count(*) FROM webhook_deliveries WHERE organization_id = $1 AND status = 'processed'",
    "duplicate deliveries": "SELECT count(*) FROM webhook_deliveries WHERE organization_id = $1 AND status = 'duplicate'",
}


async def verify(url: str, organization_id: uuid.UUID) -> dict[str, int]:
    conn = await connect(url)
    try:
        return {name: await conn.fetchval(sql, organization_id) for name, sql in _CHECKS.items()}
    finally:
        await conn.close()


# The writes one ingest does, straight to the database (the floor).
_FLOOR_EVENT = """INSERT INTO webhook_events (id, organization_id, provider, event_id, event_type, kind, status, payment_reference, data, created_at)
VALUES ($1, $2, 'generic', $3, 'payment.succeeded', 'payment', 'processed', $4, $5::jsonb, now())
ON CONFLICT (organization_id, provider, event_id) DO NOTHING RETURNING id"""
_FLOOR_INVOICE = """SELECT id, customer_id, total - allocated - credited - written_off AS open FROM invoices
WHERE organization_id = $1 AND number = $2 AND status IN ('issued', 'partially_paid') FOR UPDATE"""
_FLOOR_PAYMENT = """INSERT INTO payments (id, organization_id, customer_id, method, status, received_on, currency, exchange_rate, amount,
allocated, refunded, reference, payer_name, provider, provider_reference, notes, created_at, updated_at)
VALUES ($1, $2, $3, 'bank_transfer', 'received', current_date, 'CNY', 1, $4, $4, 0, $5, '付款人', 'generic', $6, '', now(), now())"""
_FLOOR_ALLOCATION = """INSERT INTO allocations (id, organization_id, payment_id, invoice_id, amount, applied_on, created_at)
VALUES ($1, $2, $3, $4, $5, current_date, now())"""
_FLOOR_SUMS = """UPDATE invoices SET allocated = allocated + $2, status = CASE WHEN allocated + $2 >= total THEN 'paid' ELSE 'partially_paid' END,
version = version + 1, updated_at = now() WHERE id = $1"""
_FLOOR_AUDIT = """INSERT INTO audit_log (organization_id, actor_type, action, target_type, target_id, changes, created_at)
VALUES ($1, 'webhook', 'payment.record', 'payment', $2, $3::jsonb, now())"""
_FLOOR_DELIVERY = """INSERT INTO webhook_deliveries (id, organization_id, provider, endpoint_token, headers, body, received_at, status, event_id, provider_event_id)
VALUES ($1, $2, 'generic', 'floor', $3::jsonb, $4, now(), $5, $6, $7)"""


async def floor(url: str, organization_id: uuid.UUID, deliveries: list[Delivery]) -> float:
    db = await pool(url, CONCURRENCY)
    semaphore = asyncio.Semaphore(CONCURRENCY)

    async def one(d: Delivery) -> None:
        async with semaphore, db.acquire() as conn, conn.transaction():
            event_row = await conn.fetchval(_FLOOR_EVENT, uuid.uuid4(), organization_id, d.event_id, d.payment_id, json.dumps({"amount": str(d.amount)}))
            status = "duplicate"
            if event_row is not None:
                invoice = await conn.fetchrow(_FLOOR_INVOICE, organization_id, d.number)
                payment_id = uuid.uuid4()
                await conn.execute(_FLOOR_PAYMENT, payment_id, organization_id, invoice["customer_id"], d.amount, d.number, d.payment_id)
                await conn.execute(_FLOOR_ALLOCATION, uuid.uuid4(), organization_id, payment_id, invoice["id"], d.amount)
                await conn.execute(_FLOOR_SUMS, invoice["id"], d.amount)
                await conn.execute(_FLOOR_AUDIT, organization_id, str(payment_id), json.dumps({"amount": str(d.amount)}))
                status = "processed"
            await conn.execute(
                _FLOOR_DELIVERY, uuid.uuid4(), organization_id, json.dumps(d.headers), d.body, status, event_row, d.event_id
            )

    try:
        started = time.perf_counter()
        await asyncio.gather(*(one(d) for d in deliveries))
        return time.perf_counter() - started
    finally:
        await db.close()


async def webhook_bench(url: str) -> dict[str, Any]:
    from backend.accounts.actor import Actor
    from backend.webhooks import service
    from backend.webhooks.models import Provider, SecretKind

    ledger = await make_ledger("webhook-bench", 50, UNIQUE_EVENTS)
    actor = Actor.system(ledger.organization_id)
    endpoint = await service.create_endpoint(actor, provider=Provider.GENERIC)
    await service.rotate_secret(actor, endpoint.id, kind=SecretKind.SIGNING_SECRET, value=SIGNING_SECRET)
    deliveries = signed_deliveries(ledger)
    port = free_port()
    server = start_server(url, port)
    try:
        seconds, statuses = await send_all(port, f"/webhooks/generic/{endpoint.token}", deliveries)
    finally:
        stop_server(server)
    checks = await verify(url, ledger.organization_id)

    floor_ledger = await make_ledger("floor-bench", 50, UNIQUE_EVENTS)
    floor_deliveries = signed_deliveries(floor_ledger)
    floor_seconds = await floor(url, floor_ledger.organization_id, floor_deliveries)
    floor_checks = await verify(url, floor_ledger.organization_id)
    return {
        "deliveries": len(deliveries),
        "duplicates": len(deliveries) - UNIQUE_EVENTS,
        "seconds": seconds,
        "non_2xx": sum(1 for s in statuses if s != 200),
        "checks": checks,
        "floor_seconds": floor_seconds,
        "floor_payments": floor_checks["payments"],
    }


# --- 2. invoice import ----------------------------------------------------------------------

HEADER = ["发票号码", "客户编码", "开票日期", "到期日", "金额", "币种", "已收金额", "收款日期"]


def import_rows(prefix: str, codes: list[str]) -> list[list[Any]]:
    rows = []
    for i in range(IMPORT_ROWS):
        issued = date(2025, 1, 1) + timedelta(days=i % 300)
        total = Decimal(500 + i % 5000) + Decimal("0.25")
        paid = Decimal(100) if i % 10 == 0 else Decimal(0)
        rows.append([
            f"{prefix}-{i:07d}", codes[i % len(codes)], issued.isoformat(), (issued + timedelta(days=30)).isoformat(), str(total), "CNY",
            str(paid) if paid else "", (issued + timedelta(days=5)).isoformat() if paid else "",
        ])
    return rows


def csv_file(rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8-sig")


def xlsx_file(rows: list[list[Any]]) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


async def run_import_job(organization_id: uuid.UUID, name: str, content: bytes) -> tuple[float, Any]:
    from backend.imports import service
    from backend.imports.models import FileFormat, ImportJob, ImportKind

    job = await ImportJob.create(
        organization_id=organization_id, kind=ImportKind.INVOICES, file_name=name,
        file_format=FileFormat.XLSX if name.endswith(".xlsx") else FileFormat.CSV, content=content,
    )
    started = time.perf_counter()
    await service.run_import(job.id)
    return time.perf_counter() - started, await ImportJob.get(id=job.id)


async def copy_floor(url: str, organization_id: uuid.UUID, codes: list[str], rows: list[list[Any]]) -> float:
    """The same invoices, opening payments and allocations COPYed straight in (no parsing, no checks)."""
    from backend.imports.repository import ALLOCATION_COLUMNS, INVOICE_COLUMNS, PAYMENT_COLUMNS

    conn = await connect(url)
    try:
        customer_ids = dict(await conn.fetch("SELECT code, id FROM customers WHERE organization_id = $1", organization_id))
        now = time.time()
        from datetime import datetime, timezone

        stamp = datetime.fromtimestamp(now, timezone.utc)
        invoices, payments, allocations = [], [], []
        for number, code, issued, due, total, currency, paid, paid_on in rows:
            invoice_id, total_d, paid_d = uuid.uuid4(), Decimal(total), Decimal(paid or 0)
            issue_d, due_d = date.fromisoformat(issued), date.fromisoformat(due)
            invoices.append((
                invoice_id, organization_id, customer_ids[code], number, "partially_paid" if paid_d else "issued", False, issue_d, due_d,
                currency, Decimal(1), total_d, Decimal(0), total_d, paid_d, Decimal(0), Decimal(0), "", "", "", "", 0, stamp, "", None, 1,
                stamp, stamp,
            ))
            if paid_d:
                payment_id = uuid.uuid4()
                payments.append((
                    payment_id, organization_id, customer_ids[code], "other", "received", date.fromisoformat(paid_on), currency, Decimal(1),
                    paid_d, paid_d, Decimal(0), number, "", "", None, stamp, stamp,
                ))
                allocations.append((uuid.uuid4(), organization_id, payment_id, invoice_id, paid_d, date.fromisoformat(paid_on), None, stamp))
        started = time.perf_counter()
        async with conn.transaction():
            await conn.copy_records_to_table("invoices", records=invoices, columns=list(INVOICE_COLUMNS))
            await conn.copy_records_to_table("payments", records=payments, columns=list(PAYMENT_COLUMNS))
            await conn.copy_records_to_table("allocations", records=allocations, columns=list(ALLOCATION_COLUMNS))
        return time.perf_counter() - started
    finally:
        await conn.close()


async def import_bench(url: str) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for fmt in ("csv", "xlsx"):
        ledger = await make_ledger(f"import-{fmt}", IMPORT_CUSTOMERS, 0)
        rows = import_rows(f"IMP{fmt.upper()}", ledger.customer_codes)
        content = csv_file(rows) if fmt == "csv" else xlsx_file(rows)
        seconds, job = await run_import_job(ledger.organization_id, f"invoices.{fmt}", content)
        results[fmt] = {"seconds": seconds, "state": job.state.value, "imported": job.rows_imported, "bytes": len(content), "errors": job.error_count}
    floor_ledger = await make_ledger("import-floor", IMPORT_CUSTOMERS, 0)
    results["floor_seconds"] = await copy_floor(url, floor_ledger.organization_id, floor_ledger.customer_codes, import_rows("FLR", floor_ledger.customer_codes))
    return results


# --- report ---------------------------------------------------------------------------------


async def run() -> list[Row]:
    from backend.db import close_orm, init_orm

    url = bench_database_url()
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start (other processes share the CPUs)")
    await fresh_database(url)
    await init_orm(url, pool_max=4)
    try:
        web = await webhook_bench(url)
        imports = await import_bench(url)
    finally:
        await close_orm()

    checks = web["checks"]
    rate = UNIQUE_EVENTS / web["seconds"]
    floor_rate = UNIQUE_EVENTS / web["floor_seconds"]
    double = checks["payments recorded twice"] + checks["invoices allocated twice"]
    print(f"webhook ingest: {web['deliveries']} deliveries ({UNIQUE_EVENTS} events + {web['duplicates']} duplicates, "
          f"{CONCURRENCY} concurrent, uvicorn --workers {SERVER_WORKERS}) in {web['seconds']:.2f} s")
    print(f"  {rate:.0f} valid payment events/s ({web['deliveries'] / web['seconds']:.0f} deliveries/s), target ≥ {TARGET_EVENTS_PER_SECOND}"
          f" → {'OK' if rate >= TARGET_EVENTS_PER_SECOND else 'BELOW TARGET'}")
    print(f"  raw-SQL floor: {floor_rate:.0f} events/s ({web['floor_seconds']:.2f} s); ingest/floor = {rate / floor_rate:.2f}")
    print(f"  database: {checks['payments']} payments, {checks['paid invoices']} paid invoices, {checks['events']} events, "
          f"{checks['processed deliveries']} processed + {checks['duplicate deliveries']} duplicate deliveries, "
          f"non-2xx answers {web['non_2xx']}, double applications {double}")
    ok = (checks["payments"] == checks["paid invoices"] == checks["events"] == checks["processed deliveries"] == UNIQUE_EVENTS
          and checks["duplicate deliveries"] == web["duplicates"] and double == 0 and web["non_2xx"] == 0)
    print(f"  exactly once: {'OK' if ok else 'FAILED'}")
    floor_seconds = imports["floor_seconds"]
    for fmt in ("csv", "xlsx"):
        r = imports[fmt]
        print(f"invoice import ({fmt.upper()}, {IMPORT_ROWS} rows, {r['bytes'] / 1e6:.1f} MB, 10 % partly paid): {r['seconds']:.1f} s, "
              f"{r['state']}, {r['imported']} imported, target ≤ {TARGET_IMPORT_SECONDS} s → "
              f"{'OK' if r['seconds'] <= TARGET_IMPORT_SECONDS and r['imported'] == IMPORT_ROWS else 'FAILED'}; "
              f"COPY floor {floor_seconds:.2f} s, import/floor = {r['seconds'] / floor_seconds:.1f}")
    print(f"machine: load average {os.getloadavg()[0]:.1f} at the end")
    return [
        (f"webhook ingest, {UNIQUE_EVENTS:,} events + {web['duplicates']:,} duplicates{'' if ok else ' (NOT exactly once)'}",
         web["seconds"], web["floor_seconds"]),
        *((f"invoice import, {IMPORT_ROWS:,} rows {fmt.upper()}", imports[fmt]["seconds"], floor_seconds) for fmt in ("csv", "xlsx")),
    ]


def main() -> list[Row]:
    return uvloop.run(run())
