"""Load benchmark (issue 14): a realistic mix against 2 `huikuan serve` replicas on one PostgreSQL.

VIRTUAL_USERS asyncio clients (httpx, keep-alive), each signed in as the organization's finance
user, send one request after another for LOAD_SECONDS (default 300), alternating between the two
replicas, with no think time. Each request is drawn from MIX:

- 90 % reads: the dashboard, a customer list page (by code, or a search), a customer's detail
  with its balances and open invoices, an invoice list page (overdue, or all), an invoice's detail.
- 10 % writes: an invoice created and issued, a payment recorded with its allocation, a payment
  recorded unallocated and then allocated, a signed webhook payment event. Every write takes an
  invoice (or a customer) no other write touches, so a refusal is an error, not contention.

Afterwards it checks 0 errors (any non-200, GraphQL error or payload error) and the ledger
invariants (each invoice's and payment's running sums equal their allocation rows, nothing open
below zero, every webhook event paid once), and prints throughput and p50/p95/p99 per operation
for docs/benchmarks.md. Runs on its own database (`huikuan_bench_load`, or BENCH_DATABASE_URL),
reset each run, and the embedded Redis broker (jobs the writes enqueue wait there; no worker runs,
so the two replicas and PostgreSQL have the cores). `python -m bench bench_load`, LOAD_SECONDS=60
for a short run.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from bench import Row, size
from bench.bench_intake import bench_database_url, connect, free_port, make_ledger

ROOT = Path(__file__).resolve().parent.parent
LOAD_SECONDS = float(os.environ.get("LOAD_SECONDS") or size(300, 5))
VIRTUAL_USERS = int(os.environ.get("LOAD_USERS") or size(16, 4))
REPLICAS = 2
CUSTOMERS = size(300, 30)
INVOICES = size(12_000, 600)
EMAIL = "load-bench@huikuan.local"
PASSWORD = "load-bench-password-2026"
SIGNING_SECRET = "whsec_load_" + uuid.uuid4().hex
TODAY = date.today()

DASHBOARD = """query { dashboard { asOf arTotal currentAr overdueAr openInvoiceCount overdueInvoiceCount dso
  aging { total invoiceCount } trend { ar overdueAr cashCollected } } }"""
CUSTOMERS_PAGE = """query($search: String, $after: String) { customers(search: $search, first: 20, after: $after) {
  totalCount pageInfo { endCursor } nodes { id code legalName grade balances { openBalance overdueBalance } } } }"""
CUSTOMER = """query($id: ID!, $filter: InvoiceFilter) { customer(id: $id) { code legalName status creditLimit paymentTermsDays
  balances { openBalance overdueBalance worstDaysOverdue } overLimit contacts { name } openAlerts { id } }
  invoices(filter: $filter, first: 20) { totalCount nodes { id number total openAmount dueDate status } } }"""
INVOICES_PAGE = """query($filter: InvoiceFilter) { invoices(filter: $filter, first: 50) {
  totalCount nodes { id number total openAmount dueDate status customer { code legalName } } } }"""
INVOICE = """query($id: ID!) { invoice(id: $id) { number status total openAmount allocated dueDate
  lines { description amount taxAmount } installments { dueDate amount openAmount } allocations { amount appliedOn } } }"""
INVOICE_CREATE = """mutation($input: InvoiceCreateInput!) { invoiceCreate(input: $input) { invoice { id } errors { field code } } }"""
INVOICE_ISSUE = """mutation($id: ID!) { invoiceIssue(id: $id) { invoice { number status } errors { field code } } }"""
PAYMENT_RECORD = """mutation($input: PaymentRecordInput!) { paymentRecord(input: $input) {
  payment { id allocated unapplied } errors { field code } } }"""
PAYMENT_ALLOCATE = """mutation($id: ID!, $allocations: [InvoiceAmountInput!]) { paymentAllocate(id: $id, allocations: $allocations) {
  payment { unapplied } errors { field code } } }"""

# (operation, weight in %): 90 reads, 10 writes.
MIX: list[tuple[str, int]] = [
    ("dashboard", 15), ("customer list", 20), ("customer detail", 20), ("invoice list", 20), ("invoice detail", 15),
    ("invoice create+issue", 3), ("payment record+allocate", 3), ("payment then allocate", 2), ("webhook payment", 2),
]


@dataclass
class World:
    organization_id: uuid.UUID
    customer_ids: list[str]
    invoice_ids: list[str]
    # Invoices no write has touched yet, handed to one write each: (id, number, customer id, total).
    spare: list[tuple[str, str, str, Decimal]]
    webhook_token: str
    token: str = ""


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    webhook_events: int = 0


class LoadError(Exception):
    pass


async def seed(url: str) -> World:
    from backend.accounts.actor import Actor
    from backend.accounts.models import Role
    from backend.accounts.service import create_user_with_membership
    from backend.db import close_orm, init_orm
    from backend.webhooks import service
    from backend.webhooks.models import Provider, SecretKind

    await init_orm(url, pool_max=4)
    try:
        ledger = await make_ledger("load-bench", CUSTOMERS, INVOICES)
        await create_user_with_membership(email=EMAIL, password=PASSWORD, organization_name="load-bench", role=Role.FINANCE)
        actor = Actor.system(ledger.organization_id)
        endpoint = await service.create_endpoint(actor, provider=Provider.GENERIC)
        await service.rotate_secret(actor, endpoint.id, kind=SecretKind.SIGNING_SECRET, value=SIGNING_SECRET)
        token = endpoint.token
    finally:
        await close_orm()
    conn = await connect(url)
    try:
        customers = [str(r["id"]) for r in await conn.fetch("SELECT id FROM customers WHERE organization_id = $1", ledger.organization_id)]
        rows = await conn.fetch(
            "SELECT id, number, customer_id, total FROM invoices WHERE organization_id = $1 ORDER BY number", ledger.organization_id
        )
    finally:
        await conn.close()
    invoices = [(str(r["id"]), r["number"], str(r["customer_id"]), r["total"]) for r in rows]
    random.Random(14).shuffle(invoices)
    # The first half is read (and paid by nobody); writes take invoices from the second half.
    half = len(invoices) // 2
    return World(ledger.organization_id, customers, [i[0] for i in invoices[:half]], invoices[half:], token)


def start_replica(url: str, broker: str, port: int) -> subprocess.Popen:
    env = {
        **os.environ, "DATABASE_URL": url, "BROKER_URL": broker, "DB_POOL_MAX": str(VIRTUAL_USERS // REPLICAS + 4),
        "LOG_LEVEL": "WARNING", "HUIKUAN_ENV": "development", "GRAPHQL_IDE": "false",
    }
    return subprocess.Popen([sys.executable, "-m", "backend.cli", "serve", "--port", str(port)], cwd=ROOT, env=env)


def wait_healthy(port: int) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"the replica on port {port} did not become ready")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


async def graphql(http: httpx.AsyncClient, base: str, world: World, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    response = await http.post(
        f"{base}/graphql", json={"query": query, "variables": variables},
        headers={"Authorization": f"Bearer {world.token}", "X-Organization": str(world.organization_id)},
    )
    if response.status_code != 200:
        raise LoadError(f"HTTP {response.status_code}: {response.text[:200]}")
    body = response.json()
    if body.get("errors"):
        raise LoadError(json.dumps(body["errors"], ensure_ascii=False)[:300])
    for payload in (body.get("data") or {}).values():
        if isinstance(payload, dict) and payload.get("errors"):
            raise LoadError(json.dumps(payload["errors"], ensure_ascii=False)[:300])
    return body["data"]


def webhook_body(number: str, amount: Decimal) -> tuple[bytes, dict[str, str]]:
    event = {
        "id": f"evt-{uuid.uuid4().hex}", "type": "payment.succeeded",
        "data": {"payment_id": f"pay-{uuid.uuid4().hex}", "amount": str(amount), "currency": "CNY", "invoice_number": number,
                 "payer_name": "付款人"},
    }
    body = json.dumps(event).encode()
    stamp = int(time.time())
    signature = hmac.new(SIGNING_SECRET.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return body, {"content-type": "application/json", "x-huikuan-signature": f"t={stamp},v1={signature}"}


async def operation(name: str, http: httpx.AsyncClient, base: str, world: World, rng: random.Random, results: Results) -> None:
    if name == "dashboard":
        await graphql(http, base, world, DASHBOARD, {})
    elif name == "customer list":
        await graphql(http, base, world, CUSTOMERS_PAGE, {"search": rng.choice([None, None, "B00", "客户B001"])})
    elif name == "customer detail":
        customer = rng.choice(world.customer_ids)
        await graphql(http, base, world, CUSTOMER, {"id": customer, "filter": {"customerId": customer}})
    elif name == "invoice list":
        await graphql(http, base, world, INVOICES_PAGE, {"filter": rng.choice([{"overdue": True}, {}, {"search": "LOA-00001"}])})
    elif name == "invoice detail":
        await graphql(http, base, world, INVOICE, {"id": rng.choice(world.invoice_ids)})
    elif name == "invoice create+issue":
        created = await graphql(http, base, world, INVOICE_CREATE, {"input": {
            "customerId": rng.choice(world.customer_ids), "currency": "CNY",
            "lines": [{"description": "服务费", "quantity": "2", "unitPrice": "150.00", "taxRate": "0.06"}],
        }})
        await graphql(http, base, world, INVOICE_ISSUE, {"id": created["invoiceCreate"]["invoice"]["id"]})
    elif name == "payment record+allocate":
        invoice_id, _, customer_id, _ = world.spare.pop()
        await graphql(http, base, world, PAYMENT_RECORD, {"input": {
            "customerId": customer_id, "amount": "50.00", "currency": "CNY", "method": "BANK_TRANSFER",
            "receivedOn": TODAY.isoformat(), "reference": "负载测试", "allocations": [{"invoiceId": invoice_id, "amount": "50.00"}],
        }})
    elif name == "payment then allocate":
        invoice_id, _, customer_id, _ = world.spare.pop()
        recorded = await graphql(http, base, world, PAYMENT_RECORD, {"input": {
            "customerId": customer_id, "amount": "30.00", "currency": "CNY", "method": "BANK_TRANSFER",
            "receivedOn": TODAY.isoformat(), "reference": "负载测试",
        }})
        await graphql(http, base, world, PAYMENT_ALLOCATE, {
            "id": recorded["paymentRecord"]["payment"]["id"], "allocations": [{"invoiceId": invoice_id, "amount": "30.00"}],
        })
    elif name == "webhook payment":
        _, number, _, total = world.spare.pop()
        body, headers = webhook_body(number, total)
        response = await http.post(f"{base}/webhooks/generic/{world.webhook_token}", content=body, headers=headers)
        if response.status_code != 200:
            raise LoadError(f"webhook HTTP {response.status_code}: {response.text[:200]}")
        results.webhook_events += 1
    else:
        raise ValueError(name)


async def virtual_user(number: int, bases: list[str], world: World, deadline: float, results: Results) -> None:
    rng = random.Random(number)
    names = [name for name, _ in MIX]
    weights = [weight for _, weight in MIX]
    replicas = itertools.cycle(bases[number % len(bases):] + bases[: number % len(bases)])
    # uvicorn closes a connection idle for 5 s; a user alternating replicas leaves one idle while
    # the other answers, so the client drops idle connections first (no reuse racing the close).
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(keepalive_expiry=2)) as http:
        while time.monotonic() < deadline:
            name = rng.choices(names, weights)[0]
            started = time.perf_counter()
            try:
                await operation(name, http, next(replicas), world, rng, results)
            except (LoadError, httpx.HTTPError) as exc:
                results.errors[name].append(f"{type(exc).__name__}: {exc}")
                continue
            results.latencies[name].append(time.perf_counter() - started)


async def sign_in(base: str, world: World) -> None:
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.post(f"{base}/graphql", json={
            "query": "mutation($e: String!, $p: String!) { tokenCreate(email: $e, password: $p) { accessToken errors { code } } }",
            "variables": {"e": EMAIL, "p": PASSWORD},
        })
    world.token = response.json()["data"]["tokenCreate"]["accessToken"]


_DRIFT = """
SELECT 'invoice ' || i.number FROM invoices i
WHERE i.organization_id = $1 AND (
  i.allocated <> (SELECT COALESCE(SUM(amount), 0) FROM allocations a WHERE a.invoice_id = i.id AND a.reversed_on IS NULL)
  OR i.total - i.allocated - i.credited - i.written_off < 0)
UNION ALL
SELECT 'payment ' || p.id::text FROM payments p
WHERE p.organization_id = $1 AND (
  p.allocated <> (SELECT COALESCE(SUM(amount), 0) FROM allocations a WHERE a.payment_id = p.id AND a.reversed_on IS NULL)
  OR p.amount - p.allocated - p.refunded < 0)
"""
_COUNTS = {
    "webhook payments": "SELECT count(*) FROM payments WHERE organization_id = $1 AND provider = 'generic'",
    "webhook references paid twice": """SELECT count(*) FROM (SELECT provider_reference FROM payments WHERE organization_id = $1
        AND provider IS NOT NULL GROUP BY provider_reference HAVING count(*) > 1) d""",
    "processed deliveries": "SELECT count(*) FROM webhook_deliveries WHERE organization_id = $1 AND status = 'processed'",
}


async def check_ledger(url: str, world: World, results: Results) -> list[str]:
    conn = await connect(url)
    try:
        drift = [row[0] for row in await conn.fetch(_DRIFT, world.organization_id)]
        counts = {name: await conn.fetchval(sql, world.organization_id) for name, sql in _COUNTS.items()}
    finally:
        await conn.close()
    problems = [f"cached sums differ from the ledger: {drift[:10]}"] if drift else []
    if counts["webhook payments"] != results.webhook_events or counts["processed deliveries"] != results.webhook_events:
        problems.append(f"{results.webhook_events} webhook events sent, ledger has {counts}")
    if counts["webhook references paid twice"]:
        problems.append(f"{counts['webhook references paid twice']} webhook payments recorded twice")
    return problems


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(results: Results, seconds: float) -> list[Row]:
    reads = {name for name, _ in MIX[:5]}
    total = sum(len(v) for v in results.latencies.values())
    writes = sum(len(v) for k, v in results.latencies.items() if k not in reads)
    print(f"{total} operations in {seconds:.0f} s: {total / seconds:.1f} ops/s ({writes / max(total, 1):.1%} writes), "
          f"{sum(len(v) for v in results.errors.values())} errors, {VIRTUAL_USERS} users, {REPLICAS} replicas, "
          f"load average {os.getloadavg()[0]:.1f}")
    print("| operation | count | per second | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---|---|---|---|")
    for name, _ in MIX:
        values = results.latencies.get(name, [])
        if not values:
            continue
        print(f"| {name} | {len(values)} | {len(values) / seconds:.1f} | {statistics.median(values) * 1000:.0f} | "
              f"{percentile(values, 0.95) * 1000:.0f} | {percentile(values, 0.99) * 1000:.0f} |")
    for name, messages in results.errors.items():
        print(f"errors in {name}: {len(messages)}, first: {messages[0]}")
    return [
        (f"load mix p50, {name} ({len(values)} in {seconds:.0f} s, {total / seconds:.1f} ops/s in all)", statistics.median(values), None)
        for name, _ in MIX if (values := results.latencies.get(name))
    ]


async def run() -> list[Row]:
    from backend.config import get_settings
    from backend.worker.broker import broker_url
    from backend.worker.embedded import start_embedded_redis

    from bench.bench_intake import fresh_database

    url = bench_database_url()
    settings = get_settings()
    if settings.broker_url is None:
        start_embedded_redis(settings)
    await fresh_database(url)
    world = await seed(url)
    ports = [free_port() for _ in range(REPLICAS)]
    replicas = [start_replica(url, broker_url(settings), port) for port in ports]
    try:
        for port in ports:
            await asyncio.to_thread(wait_healthy, port)
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        await sign_in(bases[0], world)
        results = Results()
        started = time.monotonic()
        await asyncio.gather(*(virtual_user(n, bases, world, started + LOAD_SECONDS, results) for n in range(VIRTUAL_USERS)))
        seconds = time.monotonic() - started
    finally:
        for process in replicas:
            stop(process)
    rows = report(results, seconds)
    problems = await check_ledger(url, world, results)
    print("ledger invariants: " + ("hold" if not problems else "; ".join(problems)))
    if problems or results.errors:
        raise SystemExit("bench_load: errors or broken invariants (see above)")
    return rows


def main() -> list[Row]:
    return asyncio.run(run())


if __name__ == "__main__":
    main()
