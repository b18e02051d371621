"""Server-side exports: the file has the rows and totals of the list for the same filters, formula
injection is neutralized, organizations and collectors see only their own, and a large export
streams page by page."""

from __future__ import annotations

import csv
import io
import tracemalloc

from tortoise import connections

from backend.accounts.models import Membership, Role
from backend.audit.models import AuditEntry
from backend.exports.service import start_export
from backend.exports.writers import neutralize
from tests.exports.helpers import download as _download, ledger as _ledger, sheet as _sheet
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, staff

CUSTOMERS = """
query($filter: CustomerFilterInput) { customers(filter: $filter, first: 100) { nodes { code } } }
"""


async def test_customers_xlsx_has_the_list_rows_and_totals(client, gql):
    m = await member(gql, Role.OWNER)
    await _ledger(m)
    other = await member(gql, Role.OWNER)
    await create_customer(other.org, code="X-999", legal_name="别家公司")

    response = await _download(client, m, "/exports/customers.xlsx", lang="zh-CN")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    rows = _sheet(response.content)
    header, body, totals = rows[0], rows[1:-1], rows[-1]
    assert header[:2] == ("客户编号", "客户名称") and "应收余额（本位币）" in header
    assert [r[0] for r in body] == ["A-001", "B-002", "C-003"]
    # Formula-looking names stay text: prefixed with ' (and never a formula cell).
    assert body[0][1] == "'=HYPERLINK(\"http://x\",\"甲\")" and body[2][1] == "'@丙科技"
    balance, overdue = header.index("应收余额（本位币）"), header.index("逾期金额（本位币）")
    assert [r[balance] for r in body] == [1000, 250.5, 0]
    assert [r[overdue] for r in body] == [400, 0, 0]
    # 1,000.00 + 250.50 + 0 = 1,250.50; overdue 400.00.
    assert totals[0] == "合计" and totals[balance] == 1250.5 and totals[overdue] == 400
    assert body[0][4] == "正常"

    # The same filter as the list: overdue customers only, as GraphQL lists them.
    listed = await gql(CUSTOMERS, {"filter": {"overdue": True}}, token=m.token, org=m.org.id)
    codes = [n["code"] for n in listed["data"]["customers"]["nodes"]]
    overdue_only = _sheet((await _download(client, m, "/exports/customers.xlsx", overdue="true", lang="en")).content)
    assert overdue_only[0][0] == "Code" and [r[0] for r in overdue_only[1:-1]] == codes == ["A-001"]
    assert overdue_only[-1][0] == "Total" and overdue_only[-1][balance] == 1000

    entry = await AuditEntry.filter(organization_id=m.org.id, action="export.download").order_by("-id").first()
    assert entry is not None and entry.target_id == "customers" and entry.changes["extra"]["filters"] == {"overdue": "true"}


async def test_invoices_csv_has_bom_rows_totals_and_neutralized_cells(client, gql):
    m = await member(gql, Role.FINANCE)
    await _ledger(m)
    response = await _download(client, m, "/exports/invoices.csv", lang="en", sort="total", descending="true")
    assert response.status_code == 200
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, body, totals = rows[0], rows[1:-1], rows[-1]
    assert header[0] == "Number" and header.index("Open (base currency)")
    total_base, open_base = header.index("Total (base currency)"), header.index("Open (base currency)")
    assert [r[total_base] for r in body] == ["600.00", "400.00", "250.50", "80.00"]
    assert [r[open_base] for r in body] == ["600.00", "400.00", "250.50", "0.00"]
    # 600 + 400 + 250.50 + 80 = 1,330.50 invoiced; 1,330.50 − 80 paid = 1,250.50 open.
    assert totals[0] == "Total" and totals[total_base] == "1330.50" and totals[open_base] == "1250.50"
    assert "'+86 合同" in [r[header.index("Contract")] for r in body]
    assert "'=HYPERLINK(\"http://x\",\"甲\")" in [r[header.index("Customer")] for r in body]

    overdue = list(csv.reader(io.StringIO((await _download(client, m, "/exports/invoices.csv", overdue="true")).content.decode("utf-8-sig"))))
    assert overdue[0][0] == "发票号" and len(overdue) == 3 and overdue[-1][0] == "合计"


def test_neutralize_every_formula_start():
    for text in ("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralize(text) == "'" + text
    assert neutralize("甲公司 = 乙") == "甲公司 = 乙" and neutralize("") == ""


async def test_collector_exports_only_their_customers(client, gql):
    m = await member(gql, Role.OWNER)
    collector = await member(gql, Role.COLLECTOR, org=m.org)
    membership = await Membership.get(organization_id=m.org.id, user_id=collector.user.id)
    await create_customer(m.org, code="MINE-1", collector_id=membership.id)
    await create_customer(m.org, code="THEIRS-1")
    rows = _sheet((await _download(client, collector, "/exports/customers.xlsx")).content)
    assert [r[0] for r in rows[1:-1]] == ["MINE-1"]
    owner_rows = _sheet((await _download(client, m, "/exports/customers.xlsx")).content)
    assert sorted(r[0] for r in owner_rows[1:-1]) == ["MINE-1", "THEIRS-1"]


async def test_refusals(client, gql):
    m = await member(gql, Role.COLLECTOR)
    assert (await client.get("/exports/customers.xlsx")).status_code == 401
    bad = await _download(client, m, "/exports/customers.xlsx", overdue="maybe")
    assert bad.status_code == 400 and bad.json()["errors"][0]["field"] == "overdue"
    bad_date = await _download(client, m, "/exports/invoices.csv", dueFrom="2026-13-01")
    assert bad_date.status_code == 400 and bad_date.json()["errors"][0] == {
        "field": "dueFrom", "code": "INVALID_DATE", "message": "Expected a date (YYYY-MM-DD)."
    }
    assert (await _download(client, m, "/exports/nothing.csv")).json()["errors"][0]["code"] == "UNKNOWN_KIND"
    assert (await _download(client, m, "/exports/customers.pdf")).json()["errors"][0]["code"] == "UNKNOWN_FORMAT"


async def test_a_large_export_streams_with_flat_memory(gql):
    """50,000 customers: the CSV comes page by page (a chunk per page of 1,000 rows) and the
    memory the export allocates stays far below what the list would take whole."""
    m = await member(gql, Role.OWNER)
    await connections.get("default").execute_query(
        "INSERT INTO customers (id, organization_id, code, legal_name, short_name, tax_number, industry, address, region, website,"
        " status, tags, notes, version, search_text, created_at, updated_at)"
        " SELECT gen_random_uuid(), $1, 'BULK-' || lpad(n::text, 6, '0'), '批量客户有限公司' || n, '', '', '', '', '', '', 'active',"
        " '[]'::jsonb, '', 1, 'bulk-' || n, now(), now() FROM generate_series(1, 50000) n",
        [m.org.id],
    )
    owner = (await staff(m.org, Role.OWNER)).actor
    download = await start_export(owner, "customers", "csv", {}, "en")
    tracemalloc.start()
    chunks = rows = 0
    try:
        async for chunk in download.body:
            chunks += 1
            rows += chunk.count(b"\r\n")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rows == 1 + 50_000 + 1  # header, rows, totals
    assert chunks >= 50
    assert peak < 20 * 1024 * 1024, peak
