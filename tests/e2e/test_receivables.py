"""The pages where money moves, in a real browser, in Chinese and in English: create a customer,
issue an invoice, record and allocate a payment, watch the dashboard's AR total follow; another
organization's customers and invoices never show; a screenshot of every receivables page."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from playwright.async_api import expect

from backend.accounts.models import Organization, Role
from backend.invoices import service as invoices_service
from backend.invoices.service import LineInput
from tests.invoices.factories import create_customer, issued_invoice, received, staff

from .conftest import choose_in_menu, click_option, organization, person, screenshot, sign_in, sign_in_page

pytestmark = pytest.mark.browser

TEXTS = {
    "zh-CN": {
        "pick": "选择组织",
        "customers": "客户",
        "invoices": "发票",
        "payments": "收款",
        "analytics": "应收分析",
        "dashboard": "概览",
        "new_customer": "新建客户",
        "save": "保 存",
        "bad_credit_code": "统一社会信用代码无效（18 位，校验位不符）",
        "duplicate_code": "该客户编码已被使用",
        "new_invoice": "新建发票",
        "save_and_issue": "保存并开具",
        "issued": "已开具",
        "partly_paid": "部分收款",
        "record": "登记收款",
        "fill": "按到期日自动填入",
        "too_much": "核销合计超过收款金额",
        "switched": "已切换到",
        "yuan": "¥",
        "other_language": "English",
        "other_heading": "Customers",
        "credit_tab": "信用档案",
    },
    "en": {
        "pick": "Choose an organization",
        "customers": "Customers",
        "invoices": "Invoices",
        "payments": "Payments",
        "analytics": "AR analytics",
        "dashboard": "Dashboard",
        "new_customer": "New customer",
        "save": "Save",
        "bad_credit_code": "Not a valid unified social credit code (18 characters, check digit)",
        "duplicate_code": "This customer code is already used",
        "new_invoice": "New invoice",
        "save_and_issue": "Save and issue",
        "issued": "Issued",
        "partly_paid": "Partly paid",
        "record": "Record payment",
        "fill": "Fill oldest due first",
        "too_much": "More is applied than the payment brings",
        "switched": "Switched to",
        "yuan": "CN¥",
        "other_language": "简体中文",
        "other_heading": "客户",
        "credit_tab": "Credit file",
    },
}


async def _switch(page, name: str) -> None:  # type: ignore[no-untyped-def]
    switcher = page.get_by_test_id("org-switcher")
    await switcher.click()
    await page.get_by_role("dialog").get_by_role("combobox").fill(name)
    await page.keyboard.press("Enter")
    await expect(switcher).to_contain_text(name)


async def _menu(page, name: str) -> None:  # type: ignore[no-untyped-def]
    await page.get_by_role("navigation").get_by_role("menuitem", name=re.compile(f"(^|\\s){re.escape(name)}$")).click()


async def _ar_total(page) -> str:  # type: ignore[no-untyped-def]
    value = page.get_by_test_id("kpi-ar-total").locator(".ant-statistic-content-value")
    await expect(value).to_be_visible()
    return (await value.inner_text()).strip()


@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_customer_invoice_payment_and_the_dashboard(new_page, language):
    a = await organization("华南五金")
    b = await organization("华北电子")
    owner = await person("周财务", [(a, Role.OWNER), (b, Role.OWNER)])
    # Org B already has a customer with the code we are about to use in A: codes are per organization.
    await create_customer(b, code="C-1001", legal_name="乙方独有客户有限公司")
    texts = TEXTS[language]
    yuan = texts["yuan"]
    page = await new_page()

    await sign_in_page(page, language)
    await sign_in(page, owner, open_page=False)
    await expect(page.get_by_role("heading", name=texts["pick"])).to_be_visible()
    await click_option(page, page.get_by_role("option", name=re.compile(b.name)))
    await _switch(page, a.name)

    # An empty organization: nothing receivable yet.
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible()
    assert await _ar_total(page) == f"{yuan}0.00"

    # A new customer: an invalid credit code is refused next to its field, then saved without it.
    await _menu(page, texts["customers"])
    await page.get_by_role("button", name=texts["new_customer"]).click()
    dialog = page.get_by_role("dialog")
    await page.locator("#customer_code").fill("C-1001")
    await page.locator("#customer_legalName").fill("深圳市南山精密机械有限公司")
    await page.locator("#customer_creditCode").fill("911100001234567890")
    await dialog.get_by_role("button", name=texts["save"]).click()
    credit_item = dialog.locator(".ant-form-item").filter(has=page.locator("#customer_creditCode"))
    await expect(credit_item.locator(".ant-form-item-explain-error")).to_have_text(texts["bad_credit_code"])
    await page.locator("#customer_creditCode").fill("")
    await page.locator("#customer_creditCode").press("Enter")
    await expect(page.get_by_role("heading", name=re.compile("深圳市南山精密机械有限公司"))).to_be_visible()

    # A second customer with the same code: the API's refusal under the code.
    await _menu(page, texts["customers"])
    await page.get_by_role("button", name=texts["new_customer"]).click()
    await page.locator("#customer_code").fill("C-1001")
    await page.locator("#customer_legalName").fill("重复编码测试")
    await page.locator("#customer_legalName").press("Enter")
    code_item = page.get_by_role("dialog").locator(".ant-form-item").filter(has=page.locator("#customer_code"))
    await expect(code_item.locator(".ant-form-item-explain-error")).to_have_text(texts["duplicate_code"])
    await page.keyboard.press("Escape")
    await expect(page.get_by_test_id("customers-table").get_by_text("深圳市南山精密机械有限公司")).to_be_visible()
    await expect(page.get_by_test_id("customers-table").get_by_text("乙方独有客户有限公司")).to_have_count(0)
    await page.get_by_test_id("customers-table").get_by_role("link", name="深圳市南山精密机械有限公司").click()

    # An invoice from the customer's page: 2 × 500.00 at 13 % = 1,000.00 + 130.00 = 1,130.00.
    await page.get_by_role("link", name=texts["new_invoice"]).click()
    await page.locator("#invoice_lines_0_description").fill("数控机床维护服务")
    await page.locator("#invoice_lines_0_quantity").fill("2")
    await page.locator("#invoice_lines_0_unitPrice").fill("500")
    await expect(page.get_by_test_id("preview-total")).to_have_text(f"{yuan}1,130.00")
    await page.get_by_role("button", name=texts["save_and_issue"]).click()
    await expect(page.get_by_role("heading").get_by_text(texts["issued"], exact=True)).to_be_visible()
    await expect(page.get_by_test_id("invoice-open")).to_have_text(f"{yuan}1,130.00")
    invoice_url = page.url

    # The dashboard follows: AR 0.00 → 1,130.00.
    await _menu(page, texts["dashboard"])
    await expect(page.get_by_test_id("kpi-ar-total").locator(".ant-statistic-content-value")).to_have_text(f"{yuan}1,130.00")

    # Record 800.00 from the invoice: the form first proposes the open 1,130.00 for it, which is
    # more than 800.00; "oldest due first" puts 800.00 on it. 1,130.00 − 800.00 = 330.00 open.
    await page.goto(invoice_url)
    await page.get_by_role("button", name=texts["record"]).click()
    await page.locator("#payment_amount").fill("800")
    editor = page.get_by_test_id("allocation-editor")
    await expect(editor.get_by_role("alert")).to_have_text(texts["too_much"])
    await editor.get_by_role("button", name=texts["fill"]).click()
    await expect(editor.get_by_role("alert")).to_have_count(0)
    await page.get_by_role("dialog").get_by_role("button", name=texts["record"]).click()
    await expect(page.get_by_test_id("invoice-open")).to_have_text(f"{yuan}330.00")
    await expect(page.get_by_role("heading").get_by_text(texts["partly_paid"], exact=True)).to_be_visible()

    # Dashboard again: AR 330.00, and 800.00 collected this month.
    await _menu(page, texts["dashboard"])
    await expect(page.get_by_test_id("kpi-ar-total").locator(".ant-statistic-content-value")).to_have_text(f"{yuan}330.00")
    await expect(page.get_by_test_id("kpi-cash").locator(".ant-statistic-content-value")).to_have_text(f"{yuan}800.00")

    # Switch language: the page's texts follow.
    await _menu(page, texts["customers"])
    await expect(page.get_by_test_id("customers-table").get_by_text("深圳市南山精密机械有限公司")).to_be_visible()
    await choose_in_menu(page, "language-switch", texts["other_language"])
    await expect(page.get_by_role("heading", name=texts["other_heading"], exact=True)).to_be_visible()


async def _seed(org: Organization) -> dict[str, str]:
    """A few customers with invoices over the last months, some overdue, some partly paid."""
    owner = (await staff(org)).actor
    today = date.today()
    rows = [
        ("HD-001", "上海华东精密仪器有限公司", ["重点"], [(120, 30, "86000.00", "86000.00"), (40, 30, "45200.00", None), (10, 30, "23800.00", None)]),
        ("HD-002", "杭州青禾食品贸易有限公司", ["快消"], [(95, 30, "32800.00", "12000.00"), (70, 30, "18600.00", None), (5, 45, "27400.00", None)]),
        ("HD-003", "苏州工业园区新材料科技有限公司", ["制造"], [(150, 60, "128000.00", "60000.00"), (30, 60, "54000.00", None)]),
        ("HD-004", "南京金陵建设工程有限公司", ["工程"], [(200, 90, "210000.00", None), (60, 30, "9800.00", "9800.00")]),
        ("HD-005", "宁波港湾物流有限公司", [], [(15, 30, "15600.00", None)]),
    ]
    ids: dict[str, str] = {}
    for code, name, tags, invoices in rows:
        customer = await create_customer(org, code=code, legal_name=name, tags=tags, credit_limit=Decimal("500000.00"), payment_terms_days=30)
        ids[code] = str(customer.id)
        for days_ago, terms, amount, paid in invoices:
            issued = today - timedelta(days=days_ago)
            draft = await invoices_service.create_draft(
                owner, customer_id=customer.id, currency="CNY", exchange_rate=None,
                lines=[
                    LineInput(description="货物", quantity=Decimal(2), unit_price=Decimal(amount) / 2, tax_rate=Decimal("0.13")),
                ],
                installments=[],
            )
            invoice = await invoices_service.issue_invoice(owner, draft.id, issue_date=issued, due_date=issued + timedelta(days=terms))
            ids.setdefault(f"invoice-{code}", str(invoice.id))
            if paid:
                payment = await received(
                    owner, customer, paid, received_on=issued + timedelta(days=min(terms, days_ago)),
                    reference=f"电汇 {code}", allocate=[(invoice.id, min(Decimal(paid), invoice.total))],
                )
                ids.setdefault("payment", str(payment.id))
    return ids


SHOTS = {
    "zh-CN": {"dashboard": "概览", "customers": "客户", "invoices": "发票", "payments": "收款", "analytics": "应收分析", "credit": "信用档案", "assess": "立即评估", "new_invoice": "新建发票"},
    "en": {"dashboard": "Dashboard", "customers": "Customers", "invoices": "Invoices", "payments": "Payments", "analytics": "AR analytics", "credit": "Credit file", "assess": "Assess now", "new_invoice": "New invoice"},
}


@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_screenshots_of_the_receivables_pages(new_page, language):
    org = await organization("华东机电设备有限公司")
    ids = await _seed(org)
    lin = await person("林会计", [(org, Role.OWNER)])
    texts = SHOTS[language]
    page = await new_page()
    shot = lambda name: screenshot(page, f"{language}-{name}")  # noqa: E731

    await sign_in_page(page, language)
    await sign_in(page, lin, open_page=False)
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible()
    await expect(page.locator(".chart svg")).to_have_count(4)
    await shot("10-ar-dashboard")

    await _menu(page, texts["customers"])
    await expect(page.get_by_test_id("customers-table").get_by_text("宁波港湾物流有限公司")).to_be_visible()
    await shot("11-customers")

    await page.get_by_test_id("customers-table").get_by_role("link", name="上海华东精密仪器有限公司").click()
    await expect(page.get_by_role("heading", name=re.compile("上海华东精密仪器有限公司"))).to_be_visible()
    await shot("12-customer-profile")
    await page.get_by_role("tab", name=texts["credit"]).click()
    await page.get_by_role("button", name=texts["assess"]).click()
    await expect(page.get_by_test_id("latest-assessment")).to_be_visible()
    await shot("12b-customer-credit")
    await page.get_by_role("tab", name=texts["invoices"]).click()
    await expect(page.get_by_test_id("invoices-table").locator("tr.ant-table-row")).to_have_count(3)
    await shot("13-customer-invoices")

    await _menu(page, texts["invoices"])
    await expect(page.get_by_test_id("invoices-table").locator("tr.ant-table-row")).to_have_count(11)
    await shot("14-invoices")

    await page.goto(f"/invoices/{ids['invoice-HD-002']}")
    await expect(page.get_by_test_id("invoice-summary")).to_be_visible()
    await shot("15-invoice-detail")

    await page.goto("/invoices/new")
    await page.locator("#invoice_lines_0_description").fill("年度维保服务")
    await page.locator("#invoice_lines_0_quantity").fill("12")
    await page.locator("#invoice_lines_0_unitPrice").fill("3500")
    await shot("16-new-invoice")

    await _menu(page, texts["payments"])
    await expect(page.get_by_test_id("payments-table").locator("tr.ant-table-row")).to_have_count(4)
    await shot("17-payments")
    await page.goto(f"/payments/{ids['payment']}")
    await expect(page.get_by_test_id("payment-unapplied")).to_be_visible()
    await shot("18-payment-detail")

    await _menu(page, texts["analytics"])
    await expect(page.get_by_test_id("aging-table")).to_be_visible()
    await expect(page.get_by_test_id("kpi-position")).to_be_visible()
    await shot("19-analytics")


async def test_customers_and_invoices_never_show_the_other_organization(page):
    a = await organization("甲方贸易")
    b = await organization("乙方制造")
    agent = await person("代账会计", [(a, Role.OWNER), (b, Role.OWNER)])
    for org, name in ((a, "甲方的客户有限公司"), (b, "乙方的客户有限公司")):
        owner = (await staff(org)).actor
        customer = await create_customer(org, legal_name=name)
        await issued_invoice(owner, customer, "100.00", issue_date=date.today())

    await sign_in(page, agent)
    await click_option(page, page.get_by_role("option", name=re.compile(a.name)))
    await page.goto("/customers")
    table = page.get_by_test_id("customers-table")
    await expect(table.get_by_text("甲方的客户有限公司")).to_be_visible()
    await expect(table.get_by_text("乙方的客户有限公司")).to_have_count(0)

    await _switch(page, b.name)
    await expect(page).to_have_url(re.compile(r"/customers$"))
    await expect(table.get_by_text("乙方的客户有限公司")).to_be_visible()
    await expect(table.get_by_text("甲方的客户有限公司")).to_have_count(0)

    await page.get_by_role("navigation").get_by_role("menuitem", name=re.compile(r"(^|\s)发票$")).click()
    invoices = page.get_by_test_id("invoices-table")
    await expect(invoices.get_by_text("乙方的客户有限公司")).to_be_visible()
    await expect(invoices.get_by_text("甲方的客户有限公司")).to_have_count(0)
    await _switch(page, a.name)
    await expect(page).to_have_url(re.compile(r"/invoices$"))
    await expect(invoices.get_by_text("甲方的客户有限公司")).to_be_visible()
    await expect(invoices.get_by_text("乙方的客户有限公司")).to_have_count(0)

    # The search box of a customer picker asks only the open organization too.
    await page.get_by_role("button", name="新建发票").click()
    await page.locator("#invoice_customerId").click()
    await expect(page.locator(".ant-select-dropdown:visible").get_by_text("甲方的客户有限公司", exact=False)).to_be_visible()
    await expect(page.locator(".ant-select-dropdown:visible").get_by_text("乙方的客户有限公司", exact=False)).to_have_count(0)


async def test_credit_check_answer_and_write_off_maker_checker(page):
    org = await organization("信用检查")
    owner = await person("吴经理", [(org, Role.OWNER)])
    customer = await create_customer(org, code="LIM-1", legal_name="额度有限公司", credit_limit=Decimal("1000.00"))
    await sign_in(page, owner)
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible()

    # 1,130.00 against a 1,000.00 limit: the credit check's answer, with the way to an exception.
    await page.goto(f"/invoices/new?customer={customer.id}")
    await page.locator("#invoice_lines_0_description").fill("设备")
    await page.locator("#invoice_lines_0_quantity").fill("1")
    await page.locator("#invoice_lines_0_unitPrice").fill("1000")
    await page.get_by_role("button", name="保存并开具").click()
    answer = page.get_by_test_id("credit-answer")
    await expect(answer).to_contain_text("信用检查未通过：超出客户信用额度")
    await expect(answer).to_contain_text("敞口将达 ¥1,130.00，超出信用额度 ¥1,000.00")
    await answer.get_by_role("button", name="申请信用例外").click()
    await page.get_by_role("dialog").get_by_label("原因").fill("老客户，合同已签")
    await page.get_by_role("dialog").get_by_role("button", name="提交申请").click()
    await expect(answer).to_contain_text("信用例外申请已提交")
    await expect(page.get_by_role("heading").locator(".ant-tag").get_by_text("草稿", exact=True)).to_be_visible()

    # A write-off requested and approved by the same person: the API's refusal, in words.
    invoice = await issued_invoice((await staff(org)).actor, await create_customer(org, legal_name="坏账客户"), "50.00", issue_date=date.today())
    await page.goto(f"/invoices/{invoice.id}")
    await page.get_by_role("button", name="申请坏账核销").click()
    await page.get_by_role("dialog").get_by_label("原因").fill("客户已注销")
    await page.get_by_role("dialog").get_by_role("button", name="提交审批").click()
    await expect(page.get_by_text("待审批")).to_be_visible()
    await page.get_by_role("button", name="批准").click()
    await expect(page.get_by_text("不能审批自己提交的申请，需由另一位有审批权限的同事处理")).to_be_visible()
