"""Acceptance 4 (the PDF has the Chinese customer name, the XLSX opens with the right totals) and the
staff's GraphQL: roles, visibility, filters, pagination, audit."""

from __future__ import annotations

import io
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import openpyxl
import pypdf

from backend.accounts.models import Role
from backend.audit.models import AuditEntry
from backend.config import get_settings
from backend.reconciliation import service
from tests.credit.querycount import count_queries
from tests.fixtures.api import login
from tests.invoices.factories import create_customer, staff
from tests.reconciliation import gql as q
from tests.reconciliation.factories import FEB_END, FEB_START, february_ledger

D = Decimal
NAME = "深圳市某某科技股份有限公司"


async def test_pdf_and_xlsx_carry_names_totals_and_the_confirmation_block(client, gql):
    ledger = await february_ledger(legal_name=NAME)
    token = await q.owner_token(gql, ledger)
    created = await q.call(gql, token, ledger, q.CREATE, {"input": {
        "customerId": str(ledger.customer.id), "periodStart": FEB_START.isoformat(), "periodEnd": FEB_END.isoformat(),
    }})
    statement = created["accountStatementCreate"]["statement"]

    pdf = await client.get(statement["pdfUrl"])
    assert (pdf.status_code, pdf.headers["content-type"]) == (200, "application/pdf")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf.content)).pages)
    for expected in (NAME, ledger.org.name, "2026-02-01", "2026-02-28", "期初余额", "550.00", "期末余额", "500.00", "签章", "信息证明无误"):
        assert expected in text, expected

    xlsx = await client.get(statement["xlsxUrl"])
    assert xlsx.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    by_label = {row[0]: row[1] for row in rows if row and isinstance(row[0], str)}
    assert NAME in by_label["客户 Customer"] and by_label["发函单位 From"] == ledger.org.name
    assert by_label["期间 Period"] == "2026-02-01 — 2026-02-28"
    totals = {label: D(str(by_label[label])).quantize(D("0.01")) for label in (
        "期初余额 Opening balance", "本期借方合计 Total debits", "本期贷方合计 Total credits", "期末余额 Closing balance")}
    assert list(totals.values()) == [D("550.00"), D("1000.00"), D("1050.00"), D("500.00")]
    header = rows.index(["日期 Date", "类型 Type", "单号 Document", "到期日 Due", "借方 Debit", "贷方 Credit", "余额 Balance"])
    lines = rows[header + 1: header + 7]
    assert [D(str(r[6])).quantize(D("0.01")) for r in lines] == [D(x) for x in ("1350.00", "1050.00", "950.00", "800.00", "1000.00", "500.00")]
    assert any(r and r[0] == "信息证明无误 Balance confirmed" for r in rows)


async def test_export_links_are_signed_per_statement_and_format(client, gql):
    ledger = await february_ledger()
    mine = await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END)
    other = await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_START)
    path = service.export_path(get_settings(), mine.id, "pdf")
    query = parse_qs(urlsplit(path).query)
    expires, signature = query["expires"][0], query["signature"][0]
    refused = [
        f"/statements/{other.id}/export.pdf?expires={expires}&signature={signature}",
        f"/statements/{mine.id}/export.xlsx?expires={expires}&signature={signature}",
        f"/statements/{mine.id}/export.pdf?expires={int(expires) + 60}&signature={signature}",
        f"/statements/{mine.id}/export.pdf?expires={expires}&signature={'0' * 64}",
        f"/statements/{mine.id}/export.pdf",
        service.export_path(get_settings(), mine.id, "pdf", now=1_000_000),
    ]
    for url in refused:
        assert (await client.get(url)).status_code == 404, url
    assert (await client.get(path)).status_code == 200


async def test_roles_visibility_filters_and_audit(gql):
    ledger = await february_ledger()
    owner = await q.owner_token(gql, ledger)
    mine = await create_customer(ledger.org, legal_name="收款员的客户")
    collector = await staff(ledger.org, Role.COLLECTOR)
    mine.collector_id = collector.membership.id
    await mine.save()
    auditor = await staff(ledger.org, Role.AUDITOR)
    for customer in (ledger.customer, mine):
        result = await q.call(gql, owner, ledger, q.CREATE, {"input": {
            "customerId": str(customer.id), "periodStart": FEB_START.isoformat(), "periodEnd": FEB_END.isoformat(),
        }})
        assert result["accountStatementCreate"]["errors"] == []
    entries = await AuditEntry.filter(organization_id=ledger.org.id, action="account_statement.create").count()
    assert entries == 2

    everything = (await q.call(gql, owner, ledger, q.LIST, {"first": 1}))["accountStatements"]
    assert (everything["totalCount"], len(everything["nodes"]), everything["pageInfo"]["hasNextPage"]) == (2, 1, True)
    rest = (await q.call(gql, owner, ledger, q.LIST, {"first": 1, "after": everything["pageInfo"]["endCursor"]}))["accountStatements"]
    assert (rest["pageInfo"]["hasNextPage"], len({everything["nodes"][0]["id"], rest["nodes"][0]["id"]})) == (False, 2)
    sent_only = (await q.call(gql, owner, ledger, q.LIST, {"f": {"statuses": ["SENT"]}}))["accountStatements"]
    assert sent_only["totalCount"] == 0
    by_customer = (await q.call(gql, owner, ledger, q.LIST, {"f": {"customerId": str(mine.id)}}))["accountStatements"]
    assert [n["customer"]["legalName"] for n in by_customer["nodes"]] == ["收款员的客户"]
    march = (await q.call(gql, owner, ledger, q.LIST, {"f": {"periodFrom": "2026-03-01"}}))["accountStatements"]
    assert march["totalCount"] == 0

    collector_token = (await login(gql, await collector.membership.user))["accessToken"]
    seen = (await q.call(gql, collector_token, ledger, q.LIST, {}))["accountStatements"]
    assert [n["customer"]["legalName"] for n in seen["nodes"]] == ["收款员的客户"]
    refused = await gql(q.CREATE, {"input": {
        "customerId": str(mine.id), "periodStart": FEB_START.isoformat(), "periodEnd": FEB_END.isoformat(),
    }}, token=collector_token, org=ledger.org.id)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    auditor_token = (await login(gql, await auditor.membership.user))["accessToken"]
    refused = await gql(q.SEND, {"id": everything["nodes"][0]["id"]}, token=auditor_token, org=ledger.org.id)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    elsewhere = await february_ledger()
    stranger = await q.owner_token(gql, elsewhere)
    hidden = await gql(q.DETAIL, {"id": everything["nodes"][0]["id"]}, token=stranger, org=elsewhere.org.id)
    assert hidden["data"]["accountStatement"] is None
    cross = await q.call(gql, stranger, elsewhere, q.CREATE, {"input": {
        "customerId": str(ledger.customer.id), "periodStart": FEB_START.isoformat(), "periodEnd": FEB_END.isoformat(),
    }})
    assert cross["accountStatementCreate"]["errors"] == [{"field": "customerId", "code": "NOT_FOUND", "message": "No such customer."}]


CUSTOMERS_WITH_STATUS = """
{ customers(first: 20) { nodes { code reconciliation { lastConfirmedPeriodEnd openDiscrepancies latestStatementStatus } } } }
"""
STATEMENTS_WITH_LINES = """
{ accountStatements(first: 20) { nodes { number customer { code } lines { balance } discrepancies { id } links { active } } } }
"""


async def test_lists_cost_the_same_queries_for_2_or_6_customers(gql, monkeypatch):
    costs = []
    for n in (2, 6):
        ledger = await february_ledger()
        owner = await q.owner_token(gql, ledger)
        customers = [ledger.customer] + [await create_customer(ledger.org) for _ in range(n - 1)]
        for customer in customers:
            await service.create_statement(ledger.owner, customer_id=customer.id, period_start=FEB_START, period_end=FEB_END)
        with count_queries(monkeypatch) as sent:
            listed = await q.call(gql, owner, ledger, CUSTOMERS_WITH_STATUS, {})
            statements = await q.call(gql, owner, ledger, STATEMENTS_WITH_LINES, {})
        assert len(listed["customers"]["nodes"]) == len(statements["accountStatements"]["nodes"]) == n
        assert {c["reconciliation"]["latestStatementStatus"] for c in listed["customers"]["nodes"]} == {"DRAFT"}
        costs.append(len(sent))
    assert costs[0] == costs[1], costs


async def test_lines_table_carries_the_same_lines_as_lines(gql):
    ledger = await february_ledger()
    owner = await q.owner_token(gql, ledger)
    statement = await service.create_statement(ledger.owner, customer_id=ledger.customer.id, period_start=FEB_START, period_end=FEB_END)
    columns = "id position kind documentId documentNumber documentDate dueDate reference debit credit openAmount balance exchangeRate baseAmount"
    result = await q.call(gql, owner, ledger, f"query($id: ID!) {{ accountStatement(id: $id) {{ linesTable lines {{ {columns} }} }} }}",
                          {"id": str(statement.id)})
    table, lines = result["accountStatement"]["linesTable"], result["accountStatement"]["lines"]
    assert table["columns"] == columns.split()
    assert [dict(zip(table["columns"], row, strict=True)) for row in table["rows"]] == lines
