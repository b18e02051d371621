"""Every server message in the page's language (issue 10, defect 4): a credit refusal, an import
error and audit entries, read in one language, then again after switching to the other. Amounts
are formatted for the language (¥1,017,000.00 / CN¥1,017,000.00), never as 1017000.00; no code is
shown raw. Screenshots at 1366 and 390 px in both languages under var/test/screenshots/."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.async_api import expect

from backend.accounts.models import Locale, Role
from backend.customers.models import Customer
from tests.invoices.factories import create_customer, issued_invoice, staff

from .conftest import VIEWPORT, choose_in_menu, organization, person, screenshot, sign_in

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
OTHER = {"zh-CN": "en", "en": "zh-CN"}
LOCALE = {"zh-CN": Locale.ZH_CN, "en": Locale.EN}
TEXT = {
    "zh-CN": {
        "language": "简体中文",
        "save_and_issue": "保存并开具",
        "refusal_title": "信用检查未通过：超出客户信用额度",
        "refusal": "开出此发票后，客户 MSG-1 的敞口将达 ¥1,017,000.00，超出信用额度 ¥800,000.00（超出 ¥217,000.00）。",
        "start": "开始导入",
        "nothing_imported": "未导入任何数据",
        "row_error": "「C100」与第 2 行重复",
        "report_header": "行,列,错误代码,说明",
        "report_row": "「C100」与第 2 行重复",
        "invoice_created": "新建发票",
        "import_failed": "导入失败",
    },
    "en": {
        "language": "English",
        "save_and_issue": "Save and issue",
        "refusal_title": "Credit check failed: over the customer’s credit limit",
        "refusal": "Issuing this invoice takes MSG-1’s exposure to CN¥1,017,000.00, over its credit limit of CN¥800,000.00 (by CN¥217,000.00).",
        "start": "Start import",
        "nothing_imported": "nothing was imported",
        "row_error": "“C100” is also on row 2",
        "report_header": "Row,Column,Error code,Message",
        "report_row": "“C100” is also on row 2",
        "invoice_created": "Invoice created",
        "import_failed": "Import failed",
    },
}
DUPLICATE_CSV = "客户编码,客户名称\nC100,上海甲公司\nC100,上海乙公司\n".encode()
RAW = re.compile(r"CREDIT_LIMIT_EXCEEDED|DUPLICATE_IN_FILE|invoice\.create|import\.fail|1017000\.00")


async def switch_language(page, language: str) -> None:  # type: ignore[no-untyped-def]
    await choose_in_menu(page, "language-switch", TEXT[language]["language"])
    await expect(page.get_by_test_id("language-switch")).to_contain_text(TEXT[language]["language"])


async def both_widths(page, name: str) -> None:  # type: ignore[no-untyped-def]
    await screenshot(page, name)
    await page.set_viewport_size(PHONE)
    await screenshot(page, f"{name}-390")
    await page.set_viewport_size(VIEWPORT)


@pytest.mark.parametrize("first", ["zh-CN", "en"])
async def test_server_messages_follow_the_page_language(page, worker_process, first):
    second = OTHER[first]
    org = await organization("消息公司")
    owner = await person("韩财务", [(org, Role.OWNER)], locale=LOCALE[first])
    customer = await create_customer(org, code="MSG-1", legal_name="消息测试有限公司")
    await issued_invoice((await staff(org)).actor, customer, "900000.00", issue_date=date.today())
    await Customer.filter(id=customer.id).update(credit_limit=Decimal("800000.00"))
    await sign_in(page, owner)
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible(timeout=20_000)

    # A credit refusal: 900,000.00 open + 117,000.00 against an 800,000.00 limit
    # (103,539.82 + 13 % VAT 13,460.18 = 117,000.00).
    await page.goto(f"/invoices/new?customer={customer.id}")
    await page.locator("#invoice_lines_0_description").fill("设备")
    await page.locator("#invoice_lines_0_quantity").fill("1")
    await page.locator("#invoice_lines_0_unitPrice").fill("103539.82")
    await page.get_by_role("button", name=TEXT[first]["save_and_issue"]).click()
    answer = page.get_by_test_id("credit-answer")
    for language in (first, second):
        if language == second:
            await switch_language(page, second)
        await expect(answer).to_contain_text(TEXT[language]["refusal_title"])
        await expect(answer.get_by_test_id("credit-answer-detail")).to_have_text(TEXT[language]["refusal"])
        await expect(answer).not_to_contain_text(RAW)
        await both_widths(page, f"{language}-60-messages-credit-refusal-from-{first}")
    await switch_language(page, first)

    # An import error, on the page and in the report file (written in the uploader's language).
    await page.goto("/imports")
    await page.locator("input[type=file]").set_input_files({"name": "customers.csv", "mimeType": "text/csv", "buffer": DUPLICATE_CSV})
    await page.get_by_role("button", name=TEXT[first]["start"]).click()
    progress = page.get_by_test_id("import-progress")
    await expect(progress).to_contain_text(TEXT[first]["nothing_imported"], timeout=30_000)
    errors = page.get_by_test_id("import-errors")
    async with page.expect_download() as download_info:
        await progress.get_by_role("button", name=re.compile("错误报告|error report")).click()
    report = Path(await (await download_info.value).path()).read_bytes().decode("utf-8-sig").splitlines()
    assert report[0] == TEXT[first]["report_header"] and TEXT[first]["report_row"] in report[1], report
    for language in (first, second):
        if language == second:
            await switch_language(page, second)
        await expect(errors.get_by_role("row").filter(has_text=TEXT[language]["row_error"])).to_contain_text("3")
        await expect(errors).not_to_contain_text(RAW)
        await both_widths(page, f"{language}-61-messages-import-error-from-{first}")

    # The audit log: actions by name, objects by name, never a code or an id.
    await page.goto("/audit")
    actions = page.get_by_test_id("audit-action")
    for language in (second, first):
        if language == first:
            await switch_language(page, first)
        await expect(actions.filter(has_text=TEXT[language]["invoice_created"])).to_have_count(2)
        await expect(actions.filter(has_text=TEXT[language]["import_failed"])).to_have_count(1)
        await expect(page.get_by_test_id("audit-target").filter(has_text="消息测试有限公司")).not_to_have_count(0)
        await expect(page.get_by_test_id("audit-target").filter(has_text="customers.csv")).to_have_count(2)
        await expect(page.locator(".ant-table")).not_to_contain_text(RAW)
        await both_widths(page, f"{language}-62-messages-audit-from-{first}")
