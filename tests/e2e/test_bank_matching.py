"""Bank-line matching in the browser, in Chinese and in English: each suggestion shows its confidence
and, when the payer's name or the amount differs (苏州恒远精密机械 paying an invoice of 苏州恒通精密机械),
what differs; confirming such a line asks first and shows both names and amounts, while an exact match
(same name, same amount) is posted in one click. The import page's template download, and the bank
lines and import jobs tables, no wider than a 390 px or 360 px phone (screenshots under
var/test/screenshots/, each failing the test when the page is wider than the window)."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from openpyxl import load_workbook
from playwright.async_api import expect

from backend.accounts.models import Locale, Role
from backend.imports import service as imports
from backend.imports.models import BankLineState, BankStatementLine, ImportKind
from backend.payments.models import Payment
from tests.imports.files import csv_bytes, run_to_end
from tests.invoices.factories import create_customer, issued_invoice, staff

from .conftest import VIEWPORT, organization, person, screenshot, sign_in

pytestmark = pytest.mark.browser

TEXTS = {
    "zh-CN": {
        "menu": "数据导入", "bank_kind": "银行流水", "xlsx": "Excel 模板", "confirm": "确认收款", "ok": "确认无误，生成收款",
        "names_differ": "名称不同：付款人“苏州恒远精密机械有限公司”，客户“苏州恒通精密机械有限公司”", "confidence": "匹配度 43%",
        "exact": "名称与金额完全一致", "done": "已生成收款并核销", "title": "付款人或金额与发票不完全一致",
    },
    "en": {
        "menu": "Imports", "bank_kind": "Bank statement", "xlsx": "Excel template", "confirm": "Confirm payment", "ok": "Yes, record the payment",
        "names_differ": "Names differ: payer “苏州恒远精密机械有限公司”, customer “苏州恒通精密机械有限公司”", "confidence": "Match 43%",
        "exact": "Name and amount match exactly", "done": "Payment recorded and applied", "title": "does not match the invoices exactly",
    },
}


def _named(text: str) -> re.Pattern[str]:
    return re.compile(f"(^|\\s){re.escape(text)}$")


async def _both_phones(page, name: str) -> None:  # type: ignore[no-untyped-def]
    await screenshot(page, f"{name}-1366")
    for width, height in ((390, 844), (360, 780)):
        await page.set_viewport_size({"width": width, "height": height})
        await screenshot(page, f"{name}-{width}")
    await page.set_viewport_size(VIEWPORT)


@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_an_inexact_match_is_confirmed_after_seeing_the_differences(new_page, language):
    texts = TEXTS[language]
    org = await organization("银行对账")
    finance = (await staff(org, Role.FINANCE)).actor
    hengtong = await create_customer(org, code="HT", legal_name="苏州恒通精密机械有限公司")
    qinghe = await create_customer(org, code="QH", legal_name="杭州青禾食品贸易有限公司")
    await issued_invoice(finance, hengtong, "12000.00", issue_date=date(2026, 1, 5))
    await issued_invoice(finance, qinghe, "800.00", issue_date=date(2026, 1, 6))
    job = await imports.start_import(finance, kind=ImportKind.BANK_STATEMENT, file_name="工商银行2026年3月流水明细.csv", content=csv_bytes([
        ["交易日期", "记账日期", "交易流水号", "对方户名", "借方发生额", "贷方发生额", "摘要"],
        ["2026-03-01", "2026-03-02", "ICBC-20260302-000001", "苏州恒远精密机械有限公司", "", "12000.00", "3月设备款 苏州工业园区星湖街分公司代付"],
        ["2026-03-03", "2026-03-03", "ICBC-20260303-000002", "杭州青禾食品贸易有限公司", "", "800.00", "货款"],
        ["合计", "", "", "", "0.00", "12800.00", ""],
    ]), bank_account="工商银行 1202 0000 0000 0009")
    assert (await run_to_end(job.id)).rows_imported == 2
    owner = await person("孙财务", [(org, Role.OWNER)], locale=Locale.ZH_CN if language == "zh-CN" else Locale.EN)

    page = await new_page()
    await sign_in(page, owner)
    await page.get_by_role("navigation").get_by_role("menuitem", name=_named(texts["menu"])).click()
    await page.locator(".ant-radio-button-wrapper").filter(has_text=texts["bank_kind"]).click()
    async with page.expect_download() as template:
        await page.get_by_test_id("import-templates").get_by_role("button", name=_named(texts["xlsx"])).click()
    download = await template.value
    assert download.suggested_filename == "huikuan-bank_statement-template.xlsx"
    with open(await download.path(), "rb") as saved:
        headers = [c.value for c in load_workbook(io.BytesIO(saved.read())).active[1]]
    assert headers[:3] == ["交易日期", "记账日期", "交易流水号*"] and "贷方金额" in headers and "借方金额" in headers

    lines = page.get_by_test_id("bank-lines")
    inexact = lines.get_by_role("row").filter(has_text="苏州恒远精密机械有限公司")
    exact = lines.get_by_role("row").filter(has_text="杭州青禾食品贸易有限公司")
    await expect(inexact.get_by_test_id("match-differences")).to_contain_text(texts["names_differ"])
    await expect(inexact.get_by_test_id("match-differences")).to_contain_text(texts["confidence"])
    await expect(exact.get_by_test_id("match-differences")).to_contain_text(texts["exact"])
    await _both_phones(page, f"{language}-bank-1-lines")

    # The inexact line: a question first, with both names and both amounts; nothing posted before OK.
    await inexact.get_by_role("button", name=texts["confirm"]).click()
    question = page.locator(".ant-modal-confirm")
    await expect(question).to_contain_text(texts["title"])
    await expect(question.get_by_test_id("match-confirm")).to_contain_text("苏州恒远精密机械有限公司")
    await expect(question.get_by_test_id("match-confirm")).to_contain_text("苏州恒通精密机械有限公司")
    await _both_phones(page, f"{language}-bank-2-confirm-inexact")
    assert await Payment.filter(organization_id=org.id).count() == 0
    await question.get_by_role("button", name=texts["ok"]).click()
    await expect(page.get_by_text(texts["done"])).to_be_visible()
    await expect(inexact).to_have_count(0)

    # The exact line: one click, no question.
    await exact.get_by_role("button", name=texts["confirm"]).click()
    await expect(exact).to_have_count(0)
    await expect(page.locator(".ant-modal-confirm")).to_have_count(0)
    states = await BankStatementLine.filter(organization_id=org.id).values_list("state", flat=True)
    assert sorted(states) == [BankLineState.CONFIRMED, BankLineState.CONFIRMED]
    paid = {p.customer_id: p.allocated for p in await Payment.filter(organization_id=org.id)}
    assert {k: str(v) for k, v in paid.items()} == {hengtong.id: "12000.00", qinghe.id: "800.00"}
    await _both_phones(page, f"{language}-bank-3-done")
