"""Issue 10 defect 10: the qualitative scorecard factors (industry risk, management, guarantee) and
the public credit record get a form on the customer's credit tab, and the invoice form gets the
late-fee terms; in Chinese and English, at 1366 and 390 px. Screenshots under
var/test/screenshots/credit-profile-*.png and late-fees-*.png."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role
from backend.credit.models import CreditProfile
from backend.invoices.models import Invoice
from tests.credit.factories import customer

from .conftest import click_option, eventually, organization, person, screenshot, sign_in_at

pytestmark = pytest.mark.browser

TEXTS = {
    "zh-CN": {"tab": "信用档案", "industry": "行业风险", "management": "管理水平", "guarantee": "担保", "record": "公共信用记录",
              "high": "高", "weak": "较弱", "full": "全额担保", "dishonest": "失信被执行人", "save": "保存定性因素",
              "save_record": "登记信用记录", "saved": "定性因素已保存", "record_saved": "公共信用记录已登记"},
    "en": {"tab": "Credit file", "industry": "Industry risk", "management": "Management", "guarantee": "Guarantee",
           "record": "Public credit record", "high": "High", "weak": "Weak", "full": "Full", "dishonest": "Listed as dishonest",
           "save": "Save qualitative factors", "save_record": "Record the credit record", "saved": "Qualitative factors saved",
           "record_saved": "Public credit record recorded"},
}


async def _choose(page, label: str, option: str) -> None:  # type: ignore[no-untyped-def]
    await page.get_by_test_id("credit-profile").get_by_label(label, exact=True).click()
    target = page.locator(".ant-select-dropdown:visible").get_by_title(option, exact=True)
    await click_option(page, target)


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_qualitative_factors_and_public_record_form(new_page, language, width):
    text = TEXTS[language]
    org = await organization("华东机电定性")
    target = await customer(org, code="QF-1", legal_name="苏州恒远精密机械有限公司")
    owner = await person("林会计", [(org, Role.OWNER)])
    page = await new_page()
    await sign_in_at(page, owner, language, width)
    await page.goto(f"/customers/{target.id}")
    await page.get_by_role("tab", name=text["tab"]).click()
    card = page.get_by_test_id("credit-profile")
    await expect(card).to_be_visible()

    await _choose(page, text["industry"], text["high"])
    await _choose(page, text["management"], text["weak"])
    await _choose(page, text["guarantee"], text["full"])
    await card.get_by_role("button", name=text["save"]).click()
    await expect(page.get_by_text(text["saved"])).to_be_visible()

    async def profile():  # type: ignore[no-untyped-def]
        row = await CreditProfile.get_or_none(customer_id=target.id)
        return row and (row.industry_risk.value, row.management.value, row.guarantee.value, row.public_record and row.public_record.value)

    await eventually(profile, ("high", "weak", "full", None))

    # The saved profile re-renders both forms: wait until that is over before choosing again.
    await expect(page.locator(".ant-message-notice")).to_have_count(0, timeout=10_000)
    await _choose(page, text["record"], text["dishonest"])
    await card.get_by_role("textbox").first.fill("（2026）苏05执123号")
    await card.get_by_role("button", name=text["save_record"]).click()
    await expect(page.get_by_text(text["record_saved"])).to_be_visible()
    await eventually(profile, ("high", "weak", "full", "dishonest"))
    assert (await CreditProfile.get(customer_id=target.id)).public_record_note == "（2026）苏05执123号"
    await screenshot(page, f"credit-profile-{language}-{width}")


LATE_FEE_TEXTS = {
    "zh-CN": {"rate": "滞纳金日利率", "grace": "宽限天数", "save": "保存草稿"},
    "en": {"rate": "Late fee per day", "grace": "Grace days", "save": "Save draft"},
}


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_late_fee_terms_on_the_invoice_form(new_page, language, width):
    text = LATE_FEE_TEXTS[language]
    org = await organization("华东机电滞纳金")
    buyer = await customer(org, code="LF-1", legal_name="无锡华光电子有限公司")
    owner = await person("林会计", [(org, Role.OWNER)])
    page = await new_page()
    await sign_in_at(page, owner, language, width)

    await page.goto(f"/invoices/new?customer={buyer.id}")
    await page.locator("#invoice_lines_0_description").fill("电子元件")
    await page.locator("#invoice_lines_0_quantity").fill("2")
    await page.locator("#invoice_lines_0_unitPrice").fill("5000")
    await page.get_by_label(text["rate"]).fill("0.05")
    await page.get_by_label(text["grace"]).fill("10")
    await screenshot(page, f"late-fees-{language}-{width}")
    await page.get_by_role("button", name=text["save"]).click()
    await expect(page).to_have_url(re.compile(r"/invoices/[0-9a-f-]{36}$"))

    # 0.05 % a day is a daily rate of 0.0005.
    saved = await Invoice.filter(customer_id=buyer.id).first()
    assert saved is not None and saved.late_fee_daily_rate == Decimal("0.000500") and saved.late_fee_grace_days == 10
