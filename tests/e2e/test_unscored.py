"""Issue 10 defect 10 in a real browser, in Chinese and English, at 1366 and 390 px: a customer with
no data at all is not guessed a grade — the customer list and the credit tab say 资料不足 /
"Insufficient data" and what is missing. Screenshots under
var/test/screenshots/unscored-<language>-<width>-*.png."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role
from backend.credit import service
from tests.credit.factories import customer, invoice, staff

from .conftest import organization, person, screenshot, sign_in_at

pytestmark = pytest.mark.browser

TEXTS = {
    "zh-CN": {
        "tag": "资料不足", "missing": "缺少：财务报表、往来记录和定性资料", "credit": "信用档案", "ungraded": "未评级",
    },
    "en": {
        "tag": "Insufficient data", "missing": "Missing: financial statements, payment history, and qualitative profile",
        "credit": "Credit file", "ungraded": "Ungraded",
    },
}


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_a_customer_with_no_data_says_insufficient_data(new_page, language, width):
    texts = TEXTS[language]
    org = await organization("华东机电资料不足")
    owner, _ = await staff(org, Role.OWNER)
    empty = await customer(org, code="UN-1", legal_name="合肥新立商贸有限公司")
    await service.assess_customer(owner, empty.id)
    traded = await customer(org, code="UN-2", legal_name="无锡远航电子有限公司")
    await invoice(org, traded, total="10000", issued=-10, due=20)
    await service.assess_customer(owner, traded.id)  # one invoice: scored, 59.30 → C
    await customer(org, code="UN-3", legal_name="常州未评客户有限公司")  # never assessed
    lin = await person("林会计", [(org, Role.OWNER)])
    page = await new_page()
    name = lambda n: f"unscored-{language}-{width}-{n}"  # noqa: E731
    await sign_in_at(page, lin, language, width)

    await page.goto("/customers")
    table = page.get_by_test_id("customers-table")
    rows = table.locator("tbody tr.ant-table-row")
    await expect(rows).to_have_count(3)
    unscored = rows.filter(has_text="UN-1")
    await expect(unscored.get_by_test_id("insufficient-data")).to_have_text(texts["tag"])
    await expect(rows.filter(has_text="UN-2").get_by_text("C", exact=True)).to_be_visible()
    await expect(rows.filter(has_text="UN-2").get_by_test_id("insufficient-data")).to_have_count(0)
    await expect(rows.filter(has_text="UN-3")).to_contain_text(texts["ungraded"])
    await unscored.get_by_test_id("insufficient-data").hover()
    await expect(page.get_by_role("tooltip")).to_have_text(texts["missing"])
    await screenshot(page, name("customers"))

    await page.goto(f"/customers/{empty.id}?tab=credit")
    await expect(page.get_by_role("tab", name=texts["credit"], selected=True)).to_be_visible()
    latest = page.get_by_test_id("latest-assessment")
    await expect(latest.get_by_test_id("insufficient-data")).to_have_text(texts["tag"])
    await expect(latest.get_by_test_id("unscored")).to_contain_text(texts["missing"])
    # The page header, the latest assessment and the archive all say so.
    await expect(page.get_by_test_id("insufficient-data")).to_have_count(3)
    await page.mouse.move(0, 0)
    await screenshot(page, name("credit-tab"))
