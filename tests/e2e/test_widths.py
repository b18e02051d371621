"""Every workspace page at a laptop's 1366 px and at a phone's 390 and 360 px, in Chinese and in
English: a screenshot of each under var/test/screenshots/<language>-<width>-<page>.png, and a
failure when a page is wider than the window (the header pushed the menus off-screen at 390 px).
On phones the menu is a drawer opened from the header."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role
from backend.invoices import service as invoices_service
from backend.invoices.service import LineInput
from tests.invoices.factories import staff

from .conftest import organization, person, screenshot, sign_in, sign_in_page
from .test_receivables import _seed

pytestmark = pytest.mark.browser

MENU = {"zh-CN": {"customers": "客户", "record": "登记收款", "new_customer": "新建客户"}, "en": {"customers": "Customers", "record": "Record payment", "new_customer": "New customer"}}


async def _pages(org) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    ids = await _seed(org)
    owner = (await staff(org)).actor
    draft = await invoices_service.create_draft(
        owner, customer_id=ids["HD-005"], currency="CNY", exchange_rate=None,
        lines=[LineInput(description="仓储服务（按托盘计）", quantity=Decimal(10), unit_price=Decimal(780), tax_rate=Decimal(0))], installments=[],
    )
    return [
        ("01-dashboard", "/"),
        ("02-customers", "/customers"),
        ("03-customer", f"/customers/{ids['HD-001']}"),
        ("04-invoices", "/invoices"),
        ("05-invoice", f"/invoices/{ids['invoice-HD-002']}"),
        ("05b-draft-invoice", f"/invoices/{draft.id}"),
        ("06-new-invoice", "/invoices/new"),
        ("07-payments", "/payments"),
        ("08-payment", f"/payments/{ids['payment']}"),
        ("09-analytics", "/analytics"),
        ("10-alerts", "/alerts"),
        ("11-approvals", "/approvals"),
        ("12-imports", "/imports"),
        ("13-audit", "/audit"),
        ("14-organization", "/settings/organization"),
        ("15-members", "/settings/members"),
        ("16-api-keys", "/settings/api-keys"),
        ("17-credit-settings", "/settings/credit"),
        ("18-alert-rules", "/settings/alert-rules"),
        ("19-webhooks", "/settings/webhooks"),
    ]


@pytest.mark.parametrize("width", [1366, 390, 360])
@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_every_page_fits_the_window(new_page, language, width):
    org = await organization("华东机电设备有限公司")
    pages = await _pages(org)
    lin = await person("林会计", [(org, Role.OWNER)])
    page = await new_page()
    await page.set_viewport_size({"width": width, "height": 860 if width > 1000 else 780})
    name = lambda n: f"{language}-{width}-{n}"  # noqa: E731

    await sign_in_page(page, language)
    await screenshot(page, name("00-sign-in"))
    await sign_in(page, lin, open_page=False)
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible()

    titles: set[str] = set()
    for shot, path in pages:
        await page.goto(path)
        await expect(page.locator("main .page-title").first).to_be_visible()
        await screenshot(page, name(shot))
        titles.add(await page.title())
    # Every page names itself in the browser tab, in the page's language.
    assert len(titles) == len(pages), titles

    if width < 1000:
        # The menu is a drawer: open it, go to the customers, and it closes.
        await page.get_by_test_id("menu-button").click()
        drawer = page.locator(".app-drawer")
        await expect(drawer.get_by_role("menuitem").first).to_be_visible()
        await screenshot(page, name("20-menu-drawer"))
        await drawer.get_by_role("menuitem", name=re.compile(f"(^|\\s){MENU[language]['customers']}$")).click()
        await expect(page.locator(".app-drawer .ant-drawer-content")).to_be_hidden()
        await expect(page.get_by_role("heading", name=MENU[language]["customers"], exact=True)).to_be_visible()
    # Forms in dialogs stack on a phone.
    await page.goto("/customers")
    await page.get_by_role("button", name=MENU[language]["new_customer"]).click()
    await expect(page.get_by_role("dialog")).to_be_visible()
    await screenshot(page, name("21-customer-form"))
    await page.keyboard.press("Escape")
    await page.goto("/payments")
    await page.get_by_role("button", name=MENU[language]["record"]).click()
    await expect(page.get_by_role("dialog")).to_be_visible()
    await screenshot(page, name("22-payment-form"))
