"""Issue 10 defect 6 in a real browser, in Chinese and English, at 1366 and 390 px: the customer
list sorted by overdue amount (riskiest first) with its credit-hold and over-limit markers, and the
aging table by customer with its totals and a drill-down to a customer's open invoices.
Screenshots under var/test/screenshots/risk-<language>-<width>-*.png."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role
from tests.credit.factories import customer, invoice

from .conftest import organization, person, screenshot, sign_in_at

pytestmark = pytest.mark.browser

TEXTS = {
    "zh-CN": {"overdue": "逾期余额", "hold": "信用冻结", "over_limit": "超额度", "by_customer": "客户账龄表", "total": "合计"},
    "en": {"overdue": "Overdue", "hold": "Credit hold", "over_limit": "Over limit", "by_customer": "Aging by customer", "total": "Total"},
}


async def _seed(org):  # type: ignore[no-untyped-def]
    # RK-2: B grade, 300,000 overdue 144 days: on hold by its grade's policy (B: after 45 days).
    rk2 = await customer(org, code="RK-2", legal_name="苏州恒通精密机械有限公司", grade="B", credit_limit="500000")
    overdue_invoice = await invoice(org, rk2, total="300000", issued=-174, due=-144)
    rk1 = await customer(org, code="RK-1", legal_name="杭州青禾食品贸易有限公司", grade="A", credit_limit="200000")
    await invoice(org, rk1, total="50000", issued=-40, due=-10)
    # RK-3: 1,017,000 open, nothing due yet, against a limit of 800,000: over its limit.
    rk3 = await customer(org, code="RK-3", legal_name="南京金陵建设工程有限公司", grade="AA", credit_limit="800000")
    await invoice(org, rk3, total="1017000", issued=-5, due=25)
    rk4 = await customer(org, code="RK-4", legal_name="宁波港湾物流有限公司", grade="AA", credit_limit="100000")
    await invoice(org, rk4, total="12000", issued=-91, due=-61)
    return rk2, overdue_invoice


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_sorting_by_overdue_and_the_aging_table_by_customer(new_page, language, width):
    texts = TEXTS[language]
    org = await organization("华东机电风险客户")
    rk2, overdue_invoice = await _seed(org)
    owner = await person("林会计", [(org, Role.OWNER)])
    page = await new_page()
    name = lambda n: f"risk-{language}-{width}-{n}"  # noqa: E731
    await sign_in_at(page, owner, language, width)

    await page.goto("/customers")
    table = page.get_by_test_id("customers-table")
    rows = table.locator("tbody tr.ant-table-row")
    await expect(rows).to_have_count(4)
    header = table.get_by_role("columnheader", name=texts["overdue"], exact=True)
    await header.click()  # ascending: least overdue first
    await expect(rows.first).to_contain_text("RK-3")
    await header.click()  # descending: the riskiest first
    await expect(rows.nth(0)).to_contain_text("RK-2")
    await expect(rows.nth(1)).to_contain_text("RK-1")
    await expect(rows.nth(2)).to_contain_text("RK-4")
    await expect(rows.nth(3)).to_contain_text("RK-3")
    await expect(rows.nth(0)).to_contain_text(texts["hold"])
    await expect(rows.nth(3)).to_contain_text(texts["over_limit"])
    await expect(rows.nth(1)).not_to_contain_text(texts["hold"])
    await page.mouse.move(0, 0)  # no sorter tooltip in the picture
    await screenshot(page, name("customers-by-overdue"))

    await page.goto("/analytics")
    aging = page.get_by_test_id("aging-by-customer")
    await expect(page.get_by_text(texts["by_customer"])).to_be_visible()
    body_rows = aging.locator("tbody tr.ant-table-row")
    await expect(body_rows).to_have_count(4)
    # Largest total first: RK-3 (1,017,000), RK-2 (300,000), RK-1 (50,000), RK-4 (12,000).
    await expect(body_rows.nth(0)).to_contain_text("南京金陵建设工程有限公司")
    await expect(body_rows.nth(1)).to_contain_text("苏州恒通精密机械有限公司")
    summary = aging.locator(".ant-table-summary")
    await expect(summary).to_contain_text(texts["total"])
    await expect(summary).to_contain_text("1,379,000.00")
    await body_rows.nth(1).locator(".ant-table-row-expand-icon").click()
    drill = page.get_by_test_id(f"aging-invoices-{rk2.id}")
    await expect(drill).to_contain_text(overdue_invoice.number)
    await expect(drill).to_contain_text("300,000.00")
    await page.mouse.move(0, 0)
    await screenshot(page, name("aging-by-customer"))
