"""Credit benchmark: 10,000 customers with 1,000,000 invoices (and their payments and allocations),
generated with SQL in a database of its own.

Figures:
- reassessment of every customer by the risk worker (first run: every customer gets an assessment;
  second run on unchanged data: none), against a raw-SQL floor: two statements computing the same
  behavioural aggregates for all customers;
- customer search, median of 200 queries (Chinese name fragments, codes, contact names and phones),
  through the repository (count + first page) and through a full GraphQL request, against a raw-SQL
  floor sending the same two statements with asyncpg.

Targets (issue 3): reassessment ≤ 20 s, search median ≤ 50 ms.

The dataset is loaded once and cached: it lives in a database of its own (BENCH_DATABASE_URL's name
with `_1m` appended, on the same server; by default an embedded PostgreSQL database
`huikuan_bench_1m` under var/bench, which has no pg_trgm: searches scan), which the other modules,
resetting theirs, never touch. A marker table records the generator's fingerprint (a hash of its
SQL, sizes and seed) and the organization; `_prepare` regenerates only when the fingerprint
differs, so bench_lists (and any module built on this dataset) share one load. The benchmark's own
writes (assessments, runs, alerts, standings) are undone before it measures.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import statistics
import time
from pathlib import Path

import asyncpg

from bench import Row, sibling_url, size

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "var" / "bench"

CUSTOMERS = size(10_000, 200)
INVOICES_PER_CUSTOMER = size(100, 10)
SEARCHES = size(200, 10)
SEED = 0.13
PASSWORD = "bench-password-123"

CITIES = ["上海", "杭州", "深圳", "北京", "苏州", "宁波", "成都", "武汉", "厦门", "青岛", "天津", "广州", "南京", "合肥",
          "长沙", "郑州", "西安", "东莞", "温州", "昆明"]
WORDS = ["澄远", "云栖", "智联", "博睿", "恒通", "港城", "锦程", "光谷", "鹭岛", "海润", "滨海", "白云", "金陵", "皖江", "湘江",
         "中原", "秦川", "虎门", "瓯江", "滇池", "华信", "永盛", "瑞丰", "宏达", "新锐", "天成", "德隆", "鼎盛", "安泰", "嘉禾",
         "顺发", "汇通", "远航", "东方", "明辉", "兴业", "福源", "长青", "和泰", "启明", "星海", "同创", "立信", "聚力", "卓越",
         "晨光", "正邦", "国泰", "宝丰", "润泽"]
TRADES = ["精密机械", "数据科技", "电子", "软件", "物流", "化工贸易", "食品", "新材料", "进出口贸易", "水产", "重工装备",
          "医疗器械", "建材"]
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"]
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平"]

GENERATE = [
    # Customers: fictional names from city + word + trade, unique codes, one contact each.
    """
    INSERT INTO customers (id, organization_id, code, legal_name, short_name, tax_number, industry, address, region, website,
                           status, tags, notes, version, search_text, created_at, updated_at)
    SELECT gen_random_uuid(), $1, 'B' || lpad(i::text, 6, '0'),
           (($2::text[])[1 + i % 20]) || (($3::text[])[1 + (i / 20) % 50]) || (($4::text[])[1 + i % 13]) || '有限公司',
           (($3::text[])[1 + (i / 20) % 50]) || (($4::text[])[1 + i % 13]),
           '', (($4::text[])[1 + i % 13]), '', ($2::text[])[1 + i % 20], '',
           'active', '[]'::jsonb, '', 1, '', now(), now()
    FROM generate_series(1, $5::int) AS i
    """,
    """
    INSERT INTO customer_contacts (id, organization_id, customer_id, name, title, phone, email, preferred_channel, language,
                                   is_billing_contact, search_text, created_at, updated_at)
    SELECT gen_random_uuid(), $1, c.id,
           ($2::text[])[1 + (row_number() OVER (ORDER BY c.code))::int % 20] || ($3::text[])[1 + (row_number() OVER (ORDER BY c.code))::int / 20 % 20],
           '财务', '138' || lpad(((row_number() OVER (ORDER BY c.code)) * 7919 % 100000000)::text, 8, '0'),
           lower(c.code) || '@example.cn', 'email', 'zh-CN', true, '', now(), now()
    FROM customers c WHERE c.organization_id = $1
    """,
    # Invoices: 100 per customer over two years; 70 % paid, 10 % half paid, 20 % open.
    """
    INSERT INTO invoices (id, organization_id, customer_id, number, status, disputed, issue_date, due_date, currency, exchange_rate,
                          subtotal, tax_total, total, allocated, credited, written_off, e_invoice_number, e_invoice_code,
                          contract_ref, notes, void_reason, late_fee_grace_days, version, issued_at, created_at, updated_at)
    SELECT gen_random_uuid(), $1, c.id, c.code || '-' || n, s.status, false, s.issue_date, s.issue_date + s.terms, 'CNY', 1,
           s.total, 0, s.total,
           CASE s.status WHEN 'paid' THEN s.total WHEN 'partially_paid' THEN round(s.total / 2, 2) ELSE 0 END,
           0, 0, '', '', '', '', '', 0, 1, s.issue_date::timestamptz, now(), now()
    FROM customers c
    CROSS JOIN generate_series(1, $2::int) AS n
    CROSS JOIN LATERAL (
        SELECT ($3::date - (random() * 720 + length(c.code) * 0)::int) AS issue_date,
               (ARRAY[30, 60, 90])[1 + floor(random() * 3)::int] AS terms,
               round((1000 + random() * 99000 + n * 0 + length(c.code) * 0)::numeric, 2) AS total,
               CASE WHEN r < 0.7 THEN 'paid' WHEN r < 0.8 THEN 'partially_paid' ELSE 'issued' END AS status
        FROM (SELECT random() + n * 0 + length(c.code) * 0 AS r) x
    ) s
    WHERE c.organization_id = $1
    """,
    # Fully paid invoices whose due date is still ahead are open instead (the ledger stays consistent).
    """
    UPDATE invoices SET status = 'issued', allocated = 0
    WHERE organization_id = $1 AND status <> 'issued' AND due_date > $2::date
    """,
    # One payment and one allocation per paid or half-paid invoice, dated around its due date.
    """
    CREATE TEMP TABLE bench_alloc AS
    SELECT gen_random_uuid() AS payment_id, i.id AS invoice_id, i.customer_id, i.allocated AS amount,
           LEAST(i.due_date + (random() * 50 - 10)::int, $2::date) AS applied_on
    FROM invoices i WHERE i.organization_id = $1 AND i.allocated > 0
    """,
    """
    INSERT INTO payments (id, organization_id, customer_id, method, status, received_on, currency, exchange_rate, amount, allocated,
                          refunded, reference, payer_name, notes, created_at, updated_at)
    SELECT payment_id, $1, customer_id, 'bank_transfer', 'received', applied_on, 'CNY', 1, amount, amount, 0, '', '', '', now(), now()
    FROM bench_alloc
    """,
    """
    INSERT INTO allocations (id, organization_id, payment_id, invoice_id, amount, applied_on, created_at)
    SELECT gen_random_uuid(), $1, payment_id, invoice_id, amount, applied_on, now() FROM bench_alloc
    """,
    "DROP TABLE bench_alloc",
]

# The floor: the behavioural aggregates of every customer, two statements, nothing else.
FLOOR_REASSESS_SQL = [
    """
    SELECT customer_id,
           SUM(total - allocated - credited - written_off) FILTER (WHERE status IN ('issued', 'partially_paid')) AS open_balance,
           SUM(total - allocated - credited - written_off)
               FILTER (WHERE status IN ('issued', 'partially_paid') AND due_date < $2::date) AS overdue_balance,
           MAX($2::date - due_date) FILTER (WHERE status IN ('issued', 'partially_paid') AND due_date < $2::date) AS worst,
           SUM(total) FILTER (WHERE issue_date > $2::date - 365) AS sales_12m,
           MIN(issue_date) AS first_issue
    FROM invoices WHERE organization_id = $1 AND status NOT IN ('draft', 'void')
    GROUP BY customer_id
    """,
    """
    SELECT i.customer_id, SUM(a.amount * GREATEST(a.applied_on - i.due_date, 0)) AS late, SUM(a.amount) AS paid
    FROM allocations a JOIN invoices i ON i.id = a.invoice_id
    WHERE a.organization_id = $1 AND a.applied_on > $2::date - 365
    GROUP BY i.customer_id
    """,
]

FLOOR_SEARCH_COUNT = """
SELECT count(*) FROM customers c
WHERE c.organization_id = $1 AND (c.search_text LIKE $2
      OR c.id IN (SELECT customer_id FROM customer_contacts WHERE organization_id = $1 AND search_text LIKE $2))
"""
FLOOR_SEARCH_PAGE = """
SELECT c.* FROM customers c
WHERE c.organization_id = $1 AND (c.search_text LIKE $2
      OR c.id IN (SELECT customer_id FROM customer_contacts WHERE organization_id = $1 AND search_text LIKE $2))
ORDER BY c.code, c.id LIMIT 21
"""

SEARCH_QUERY = """
query($search: String) { customers(search: $search, first: 20) { totalCount nodes { id code legalName grade } } }
"""


FINGERPRINT = hashlib.sha256(json.dumps([GENERATE, CUSTOMERS, INVOICES_PER_CUSTOMER, SEED]).encode()).hexdigest()

MARKER_SQL = "CREATE TABLE bench_dataset (fingerprint text NOT NULL, organization_id uuid NOT NULL, loaded_at timestamptz NOT NULL)"

# What this benchmark writes, undone before it measures so that every run starts from the generated data.
RESET_SQL = [
    "DELETE FROM alerts WHERE organization_id = $1",
    "DELETE FROM credit_assessments WHERE organization_id = $1",
    "DELETE FROM credit_reassessment_runs WHERE organization_id = $1",
    "UPDATE customers SET grade = NULL, score = NULL, credit_limit = NULL, payment_terms_days = NULL "
    "WHERE organization_id = $1 AND (grade IS NOT NULL OR score IS NOT NULL OR credit_limit IS NOT NULL OR payment_terms_days IS NOT NULL)",
]


def _url() -> str:
    """The dataset's database: BENCH_DATABASE_URL's with `_1m` appended (created when absent), or
    an embedded one."""
    from backend.db import start_embedded_postgres

    base = os.environ.get("BENCH_DATABASE_URL")
    if not base:
        return start_embedded_postgres(DATA_DIR, "huikuan_bench_1m")
    url = sibling_url(base, "_1m")
    asyncio.run(create_database(base, url))
    return url


async def create_database(server_url: str, url: str) -> None:
    """Creates `url`'s database (through a connection to `server_url`'s) unless it exists."""
    from backend.db import credentials_from_url

    name = credentials_from_url(url)["database"]
    conn = await _connect(server_url)
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _connect(url: str) -> asyncpg.Connection:
    from backend.db import credentials_from_url

    c = credentials_from_url(url)
    return await asyncpg.connect(host=c["host"], port=c["port"], user=c["user"], password=c["password"], database=c["database"], server_settings=c["server_settings"])


async def _cached(url: str) -> object | None:
    """The organization of the dataset already in the database, if it was generated by this very
    generator; the database is brought to the latest migration either way."""
    from backend.accounts.models import Organization
    from backend.db import init_orm, run_migrations

    conn = await _connect(url)
    try:
        found = await conn.fetchrow("SELECT fingerprint, organization_id FROM bench_dataset") if await conn.fetchval(
            "SELECT to_regclass('public.bench_dataset') IS NOT NULL") else None
    finally:
        await conn.close()
    if found is None or found["fingerprint"] != FINGERPRINT:
        return None
    await run_migrations(url)
    await init_orm(url, pool_max=10)
    org = await Organization.get(id=found["organization_id"])
    conn = await _connect(url)
    for sql in RESET_SQL:
        await conn.execute(sql, org.id)
    await conn.close()
    print(f"data: cached dataset (fingerprint {FINGERPRINT[:12]}), reset", flush=True)
    return org


async def _prepare(url: str) -> tuple[object, str]:
    """Load the dataset into `url`'s database unless it is there already (see the module's
    docstring); returns its organization and the owner's e-mail, with the ORM initialized."""
    from backend.accounts.models import Membership, Organization, Role, User
    from backend.accounts.security import hash_password
    from backend.db import init_orm, run_migrations
    from backend.kit.time import local_today

    cached = await _cached(url)
    if cached is not None:
        return cached, "bench@huikuan.local"
    conn = await _connect(url)
    await conn.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;")
    await conn.close()
    await run_migrations(url)
    await init_orm(url, pool_max=10)
    org = await Organization.create(name="基准测试公司")
    user = await User.create(email="bench@huikuan.local", password_hash=hash_password(PASSWORD), full_name="基准")
    await Membership.create(organization=org, user=user, role=Role.OWNER)
    today = local_today(org.timezone)
    conn = await _connect(url)
    started = time.perf_counter()
    params = [
        [org.id, CITIES, WORDS, TRADES, CUSTOMERS],
        [org.id, SURNAMES, GIVEN],
        [org.id, INVOICES_PER_CUSTOMER, today],
        [org.id, today],
        [org.id, today],
        [org.id],
        [org.id],
        [],
    ]
    await conn.execute("SELECT setseed($1)", SEED)
    for sql, args in zip(GENERATE, params, strict=True):
        await conn.execute(sql, *args)
    await conn.execute("VACUUM ANALYZE")
    await conn.execute(MARKER_SQL)
    await conn.execute("INSERT INTO bench_dataset VALUES ($1, $2, now())", FINGERPRINT, org.id)
    counts = await conn.fetchrow(
        "SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM invoices) AS invoices, "
        "(SELECT count(*) FROM allocations) AS allocations, "
        "(SELECT count(*) > 0 FROM pg_extension WHERE extname = 'pg_trgm') AS trigram"
    )
    await conn.close()
    print(
        f"data: {counts['customers']:,} customers, {counts['invoices']:,} invoices, {counts['allocations']:,} allocations "
        f"generated in {time.perf_counter() - started:.1f} s; pg_trgm {'on' if counts['trigram'] else 'absent (LIKE scans)'}",
        flush=True,
    )
    return org, "bench@huikuan.local"


async def _time(coro) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = await coro
    return time.perf_counter() - started, result


def _terms(rng: random.Random) -> list[str]:
    terms = []
    for _ in range(SEARCHES):
        kind = rng.randrange(5)
        if kind == 0:
            terms.append(rng.choice(WORDS))
        elif kind == 1:
            terms.append(rng.choice(CITIES) + rng.choice(WORDS)[0])
        elif kind == 2:
            terms.append(f"B{rng.randrange(1, CUSTOMERS):06d}"[: rng.choice((5, 7))])
        elif kind == 3:
            terms.append(rng.choice(SURNAMES) + rng.choice(GIVEN))
        else:
            terms.append(f"138{rng.randrange(100000):05d}"[:7])
    return terms


async def _bench(url: str) -> list[Row]:
    import httpx

    from backend.accounts.actor import Actor
    from backend.accounts.models import Role
    from backend.accounts.permissions import ROLE_PERMISSIONS
    from backend.accounts.service import create_tokens
    from backend.api.pagination import paginate
    from backend.app import create_app
    from backend.audit.models import ActorType
    from backend.config import get_settings
    from backend.credit.reassess import run_reassessment
    from backend.customers import repository as repo
    from backend.customers.models import Customer
    from backend.customers.service import org_today
    from backend.db import close_orm

    org, email = await _prepare(url)
    today = await org_today(org.id)

    conn = await _connect(url)

    async def floor() -> float:
        total = 0.0
        for sql in FLOOR_REASSESS_SQL:
            elapsed, _ = await _time(conn.fetch(sql, org.id, today))
            total += elapsed
        return total

    await floor()  # warm the cache for both contenders
    floor_reassess = await floor()
    first, run1 = await _time(run_reassessment(org.id))
    second, run2 = await _time(run_reassessment(org.id))
    print(f"reassessment, first run:  {first:6.2f} s ({run1.customers_seen:,} customers, {run1.assessments_written:,} assessments)")
    print(f"reassessment, second run: {second:6.2f} s ({run2.assessments_written:,} new assessments: unchanged data)")
    print(f"raw-SQL floor (the behavioural aggregates of all customers, 2 statements): {floor_reassess:.2f} s")
    print(f"  ratio first run / floor: {first / floor_reassess:.1f}×   target ≤ 20 s: {'met' if first <= 20 else 'MISSED'}")

    settings = get_settings()
    actor = Actor(actor_type=ActorType.USER, organization_id=org.id, role=Role.OWNER, permissions=ROLE_PERMISSIONS[Role.OWNER])
    terms = _terms(random.Random(3))
    repo_times, floor_times, http_times, hits = [], [], [], []
    for term in terms:
        pattern = f"%{repo.search_term(term)}%"
        t, _ = await _time(conn.fetchval(FLOOR_SEARCH_COUNT, org.id, pattern))
        t2, _ = await _time(conn.fetch(FLOOR_SEARCH_PAGE, org.id, pattern))
        floor_times.append(t + t2)
        t, page = await _time(
            paginate(repo.filtered(actor, repo.CustomerFilter(search=term), today), first=20, after=None,
                     max_page_size=100, order=("code", "id"), to_node=lambda c: c)
        )
        repo_times.append(t)
        hits.append(page.total_count)
    app = create_app(settings)
    pair = await create_tokens(settings, email, PASSWORD, ip="127.0.0.1", user_agent="bench", request_id=None)
    headers = {"Authorization": f"Bearer {pair.access_token}", "X-Organization": str(org.id)}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as http:
        for term in terms:
            started = time.perf_counter()
            response = await http.post("/graphql", json={"query": SEARCH_QUERY, "variables": {"search": term}}, headers=headers)
            http_times.append(time.perf_counter() - started)
            assert response.status_code == 200 and "errors" not in response.json(), response.text
    await conn.close()
    ms = lambda xs: statistics.median(xs) * 1000  # noqa: E731
    p95 = lambda xs: sorted(xs)[int(len(xs) * 0.95)] * 1000  # noqa: E731
    print(f"customer search over {await Customer.filter(organization_id=org.id).count():,} customers, {len(terms)} queries "
          f"(median {statistics.median(hits):.0f} matches):")
    print(f"  repository (count + first page): median {ms(repo_times):6.2f} ms, p95 {p95(repo_times):6.2f} ms")
    print(f"  GraphQL request end to end:      median {ms(http_times):6.2f} ms, p95 {p95(http_times):6.2f} ms")
    print(f"  raw-SQL floor (same 2 statements): median {ms(floor_times):6.2f} ms")
    print(f"  ratio repository / floor: {ms(repo_times) / ms(floor_times):.1f}×, GraphQL / floor: {ms(http_times) / ms(floor_times):.1f}×"
          f"   target ≤ 50 ms: {'met' if ms(http_times) <= 50 else 'MISSED'}")
    await close_orm()
    return [
        (f"reassess {CUSTOMERS:,} customers, {CUSTOMERS * INVOICES_PER_CUSTOMER:,} invoices, first run", first, floor_reassess),
        ("reassess, second run on unchanged data", second, floor_reassess),
        (f"customer search, GraphQL end to end, median of {len(terms)}", statistics.median(http_times), statistics.median(floor_times)),
        (f"customer search, repository, median of {len(terms)}", statistics.median(repo_times), statistics.median(floor_times)),
    ]


def main() -> list[Row]:
    return asyncio.run(_bench(_url()))
