"""Bank exports as Chinese banks write them: separate 借方/贷方 columns, both 交易日期 and 记账日期, and
合计/小计 rows at the end of a page; and the template files of every import kind."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from backend.accounts.models import Role
from backend.imports import service
from backend.imports.models import BankStatementLine, ImportKind, ImportState
from tests.fixtures.api import member
from tests.invoices.factories import staff

from .files import csv_bytes, run_to_end, xlsx_bytes

D = Decimal


async def _import(actor, content: bytes, name: str, account: str = "工商银行 1202 **** 0009"):
    job = await service.start_import(actor, kind=ImportKind.BANK_STATEMENT, file_name=name, content=content, bank_account=account)
    return await run_to_end(job.id)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
async def test_debit_and_credit_columns_two_dates_and_summary_rows(db, gql, fmt):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    rows = [
        ["交易日期", "记账日期", "交易流水号", "对方户名", "借方发生额", "贷方发生额", "余额", "摘要"],
        ["2026-03-01", "2026-03-02", "B001", "苏州恒通精密机械有限公司", "", "12,000.00", "112,000.00", "货款"],
        ["2026-03-02", "2026-03-02", "B002", "电费", "1,500.00", "", "110,500.00", "电费"],  # money out
        ["2026-03-03", "2026-03-04", "B003", "杭州青禾食品贸易有限公司", "0.00", "800.00", "111,300.00", "INV-7"],
        ["本页小计", "", "", "", "1,500.00", "12,800.00", "", ""],
        ["合计", "", "", "", "1,500.00", "12,800.00", "", ""],
    ]
    job = await _import(actor, csv_bytes(rows) if fmt == "csv" else xlsx_bytes(rows), f"bank.{fmt}")
    # Two credits imported; the debit and the two summary rows skipped.
    assert (job.state, job.rows_imported, job.rows_skipped, job.error_count) == (ImportState.SUCCEEDED, 2, 3, 0)
    lines = await BankStatementLine.filter(organization_id=owner.org.id).order_by("transaction_id")
    # The booking date (记账日期) is the line's date when the file has both.
    assert [(l.transaction_id, l.booked_on, l.amount, l.payer_name) for l in lines] == [
        ("B001", date(2026, 3, 2), D("12000.00"), "苏州恒通精密机械有限公司"),
        ("B003", date(2026, 3, 4), D("800.00"), "杭州青禾食品贸易有限公司"),
    ]


async def test_the_transaction_date_alone_and_required_columns(db, gql):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    only_transaction_date = [["交易日期", "流水号", "付款人", "借方", "贷方"], ["2026/3/5", "C1", "某公司", "", "66.00"]]
    job = await _import(actor, csv_bytes(only_transaction_date), "bank.csv")
    assert (job.state, job.rows_imported) == (ImportState.SUCCEEDED, 1)
    assert (await BankStatementLine.get(organization_id=owner.org.id)).booked_on == date(2026, 3, 5)

    no_amount = await _import(actor, csv_bytes([["交易日期", "流水号", "付款人"], ["2026-03-05", "C2", "某公司"]]), "bank.csv", "另一账户")
    assert no_amount.state is ImportState.FAILED
    assert [(e["row"], e["column"], e["code"]) for e in no_amount.error_sample] == [(1, "金额", "MISSING_COLUMN")]
    both_blank = await _import(actor, csv_bytes([["记账日期", "流水号", "借方", "贷方"], ["2026-03-05", "C3", "", ""]]), "bank.csv", "第三账户")
    assert [(e["row"], e["column"], e["code"]) for e in both_blank.error_sample] == [(2, "贷方", "REQUIRED")]


@pytest.mark.parametrize("kind", list(ImportKind))
async def test_each_kind_has_csv_and_xlsx_templates_with_chinese_headers(client, kind):
    csv_file = await client.get(f"/imports/templates/{kind.value}.csv")
    assert csv_file.status_code == 200 and csv_file.headers["content-type"].startswith("text/csv")
    assert csv_file.content.startswith(b"\xef\xbb\xbf")
    headers = csv_file.content.decode("utf-8-sig").strip().split(",")
    xlsx_file = await client.get(f"/imports/templates/{kind.value}.xlsx")
    assert xlsx_file.status_code == 200
    sheet = load_workbook(io.BytesIO(xlsx_file.content)).active
    assert [c.value for c in sheet[1]] == headers
    expected_first = {ImportKind.CUSTOMERS: "客户编码*", ImportKind.INVOICES: "发票号码*", ImportKind.BANK_STATEMENT: "交易日期"}
    assert headers[0] == expected_first[kind]
    assert (await client.get("/imports/templates/payroll.csv")).status_code == 404
    assert (await client.get(f"/imports/templates/{kind.value}.pdf")).status_code == 404


async def test_a_filled_in_bank_template_imports(db, gql, client):
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.FINANCE)).actor
    template = load_workbook(io.BytesIO((await client.get("/imports/templates/bank_statement.xlsx")).content))
    sheet = template.active
    sheet.append(["2026-03-01", "2026-03-02", "T1", "上海澄明机电", "500.00", None, "CNY", "货款"])
    sheet.append(["2026-03-01", "2026-03-02", "T2", "房东", None, "3000.00", "CNY", "房租"])
    out = io.BytesIO()
    template.save(out)
    job = await _import(actor, out.getvalue(), "template.xlsx")
    assert (job.state, job.rows_imported, job.rows_skipped) == (ImportState.SUCCEEDED, 1, 1)
