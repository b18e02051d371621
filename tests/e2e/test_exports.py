"""Issue 10 defect 7 in a real browser, in Chinese and English, at 1366 and 390 px: the customer
list's export menu downloads the server's XLSX for the list's filter (opened with openpyxl: the rows
and the totals of the list), and an invoice prints as a PDF with its Chinese text.
Screenshots under var/test/screenshots/exports-<language>-<width>-*.png."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from playwright.async_api import expect
from pypdf import PdfReader

from backend.accounts.models import Role
from tests.credit.factories import customer, invoice

from .conftest import click_option, organization, person, screenshot, sign_in_at

pytestmark = pytest.mark.browser

TEXTS = {
    "zh-CN": {"export": "导出", "xlsx": "Excel 表格 (.xlsx)", "overdue": "仅看有逾期", "code": "客户编号", "balance": "应收余额（本位币）",
              "total": "合计", "print": "打印 / PDF"},
    "en": {"export": "Export", "xlsx": "Excel workbook (.xlsx)", "overdue": "Overdue only", "code": "Code",
           "balance": "Open balance (base currency)", "total": "Total", "print": "Print / PDF"},
}


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_export_the_filtered_customer_list_and_print_an_invoice(new_page, language, width):
    texts = TEXTS[language]
    org = await organization("华东机电导出")
    # EX-1 owes 300,000 (144 days overdue) and EX-2 owes 50,000 (10 days overdue): 350,000 overdue.
    # EX-3 owes 120,000 not yet due; EX-4, named like a formula, owes nothing.
    ex1 = await customer(org, code="EX-1", legal_name="苏州恒通精密机械有限公司")
    printed = await invoice(org, ex1, total="300000", issued=-174, due=-144)
    ex2 = await customer(org, code="EX-2", legal_name="杭州青禾食品贸易有限公司")
    await invoice(org, ex2, total="50000", issued=-40, due=-10)
    ex3 = await customer(org, code="EX-3", legal_name="南京金陵建设工程有限公司")
    await invoice(org, ex3, total="120000", issued=-5, due=25)
    await customer(org, code="EX-4", legal_name="=1+2 宁波港湾物流")
    owner = await person("林会计", [(org, Role.OWNER)])
    page = await new_page()
    name = lambda n: f"exports-{language}-{width}-{n}"  # noqa: E731
    await sign_in_at(page, owner, language, width)

    await page.goto("/customers")
    rows = page.get_by_test_id("customers-table").locator("tbody tr.ant-table-row")
    await expect(rows).to_have_count(4)
    await page.get_by_role("switch", name=texts["overdue"]).click()
    await expect(rows).to_have_count(2)
    await page.get_by_test_id("export-customers").click()
    item = page.get_by_role("menuitem", name=texts["xlsx"])
    await expect(item).to_be_visible()
    await screenshot(page, name("customers-export-menu"))
    async with page.expect_download() as downloading:
        await click_option(page, item)
    download = await downloading.value
    assert download.suggested_filename.startswith("customers-") and download.suggested_filename.endswith(".xlsx")
    with open(await download.path(), "rb") as handle:
        book = load_workbook(io.BytesIO(handle.read()))
    sheet = [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    header = sheet[0]
    assert header[0] == texts["code"]
    balance = header.index(texts["balance"])
    # The list's rows (the overdue customers) and their totals: 300,000 + 50,000 = 350,000.
    assert [r[0] for r in sheet[1:-1]] == ["EX-1", "EX-2"]
    assert [r[balance] for r in sheet[1:-1]] == [300000, 50000]
    assert sheet[-1][0] == texts["total"] and sheet[-1][balance] == 350000

    await page.goto(f"/invoices/{printed.id}")
    print_button = page.get_by_role("button", name=texts["print"])
    await expect(print_button).to_be_visible()
    await screenshot(page, name("invoice-print"))
    async with page.expect_download() as downloading:
        await print_button.click()
    pdf = await downloading.value
    with open(await pdf.path(), "rb") as handle:
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(handle.read())).pages)
    assert "苏州恒通精密机械有限公司" in text and "300,000.00" in text
