"""Amounts typed the way finance staff type them, in Chinese and in English: "100,000.00" in the
payment form, "12,000,000" and "500万" in the financial statement and the registered capital are
read as amounts (never sent as a malformed Decimal), shown grouped once the field is left; a text
that is no amount is refused next to its field in the page's language; Enter in the payment date
does not send the payment; a credit code pasted with a leading space is kept whole."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role
from backend.credit.models import FinancialStatement
from backend.customers.models import Customer
from backend.invoices import service as invoices_service
from backend.invoices.service import LineInput
from tests.invoices.factories import create_customer, staff

from .conftest import choose_in_menu, organization, person, screenshot, sign_in

pytestmark = pytest.mark.browser

TEXT = {
    "zh-CN": {
        "record": "登记收款", "yuan": "¥", "profile": "基本资料", "statements": "财务报表", "add_statement": "添加财务报表", "save": "保 存",
        "edit": "编辑资料", "not_amount": "请输入金额，例如 100,000.00 或 500万", "places": "最多 2 位小数", "paid": "已收款",
    },
    "en": {
        "record": "Record payment", "yuan": "CN¥", "profile": "Profile", "statements": "Financial statements", "add_statement": "Add financial statement",
        "save": "Save", "edit": "Edit", "not_amount": "Enter an amount, e.g. 100,000.00 or 500万", "places": "At most 2 decimal places", "paid": "Paid",
    },
}


async def _english(page) -> None:  # type: ignore[no-untyped-def]
    await choose_in_menu(page, "language-switch", "English")


@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_amounts_as_finance_staff_type_them(page, language):
    text = TEXT[language]
    org = await organization("华东机电设备有限公司")
    customer = await create_customer(org, code="HD-001", legal_name="上海华东精密仪器有限公司", credit_limit=Decimal("500000.00"), payment_terms_days=30)
    owner = (await staff(org)).actor
    draft = await invoices_service.create_draft(
        owner, customer_id=customer.id, currency="CNY", exchange_rate=None,
        lines=[LineInput(description="数控机床", quantity=Decimal(1), unit_price=Decimal("100000.00"), tax_rate=Decimal(0))], installments=[],
    )
    invoice = await invoices_service.issue_invoice(owner, draft.id, issue_date=date.today(), due_date=date.today())
    lin = await person("林会计", [(org, Role.OWNER)])
    await page.goto("/sign-in")
    if language == "en":
        await _english(page)
    await sign_in(page, lin, open_page=False)
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible()

    # 登记收款 "100,000.00": Enter in the date picker confirms the date and sends nothing.
    await page.goto(f"/invoices/{invoice.id}")
    await page.get_by_role("button", name=text["record"]).click()
    dialog = page.get_by_role("dialog")
    amount = page.locator("#payment_amount")
    await amount.fill("abc")
    await page.locator("#payment_receivedOn").click()
    await page.locator("#payment_receivedOn").press("Enter")
    await expect(dialog).to_be_visible()
    await dialog.get_by_role("button", name=text["record"]).click()
    amount_item = dialog.locator(".ant-form-item").filter(has=amount)
    await expect(amount_item.get_by_text(text["not_amount"])).to_be_visible()
    await amount.fill("100,000.005")
    await expect(amount_item.get_by_text(text["places"])).to_be_visible()
    await amount.fill("100,000.00")
    await amount.blur()
    await expect(amount).to_have_value("100,000.00")
    await expect(amount_item.locator(".ant-form-item-explain-error")).to_have_count(0)  # after the leave animation
    await screenshot(page, f"{language}-30-payment-amount")
    await dialog.get_by_role("button", name=text["record"]).click()
    await expect(page.get_by_test_id("invoice-open")).to_have_text(f"{text['yuan']}0.00")

    # 财务报表: "12,000,000", "500万", a loss in brackets; a year picked as a year.
    await page.goto(f"/customers/{customer.id}")
    await page.get_by_role("tab", name=text["statements"]).click()
    await page.get_by_role("button", name=text["add_statement"]).click()
    figures = {
        "totalAssets": "12,000,000", "totalLiabilities": "500万", "currentAssets": "¥3,000,000.00", "currentLiabilities": "120万元",
        "inventory": "800,000", "cash": "1,000,000", "revenue": "2,000万", "netProfit": "(150,000.00)", "operatingCashFlow": "-20万",
    }
    for field, typed in figures.items():
        await page.locator(f"#statement_{field}").fill(typed)
    await page.locator("#statement_revenue").blur()
    await expect(page.locator("#statement_totalLiabilities")).to_have_value("5,000,000.00")
    await expect(page.locator("#statement_netProfit")).to_have_value("-150,000.00")
    await screenshot(page, f"{language}-31-statement-amounts")
    await page.get_by_role("dialog").get_by_role("button", name=text["save"]).click()
    table = page.get_by_test_id("statements-table")
    await expect(table).to_contain_text(f"{text['yuan']}12,000,000.00")
    statement = await FinancialStatement.get(customer_id=customer.id)
    last_year = date.today().year - 1
    assert (statement.period_start, statement.period_end) == (date(last_year, 1, 1), date(last_year, 12, 31))
    assert (statement.total_assets, statement.total_liabilities, statement.current_liabilities) == (Decimal("12000000"), Decimal("5000000"), Decimal("1200000"))
    assert (statement.revenue, statement.net_profit, statement.operating_cash_flow) == (Decimal("20000000"), Decimal("-150000"), Decimal("-200000"))

    # 注册资本 "500万", and a credit code pasted with a leading space.
    await page.get_by_role("button", name=text["edit"]).click()
    await page.locator("#customer_registeredCapital").fill("500万")
    await page.locator("#customer_creditCode").focus()
    await page.keyboard.insert_text(" 91350100M000100Y43")
    await expect(page.locator("#customer_creditCode")).to_have_value("91350100M000100Y43")
    await page.get_by_role("dialog").get_by_role("button", name=text["save"]).click()
    await expect(page.get_by_role("dialog")).to_have_count(0)
    await page.get_by_role("tab", name=text["profile"]).click()
    await expect(page.get_by_text(f"{text['yuan']}5,000,000.00")).to_be_visible()
    saved = await Customer.get(id=customer.id)
    assert (saved.registered_capital, saved.credit_code) == (Decimal("5000000.00"), "91350100M000100Y43")
    assert re.search(r"·", await page.title())
