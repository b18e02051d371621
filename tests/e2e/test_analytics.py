"""The analytics pages in a browser, in Chinese and in English, at 1366 and 390 px: the KPI page
with a period preset and a cut (grade), the trend charts by month and by day from the daily
snapshots, the 13-week forecast against actuals, and an agency owner's overview of two client
organizations. Screenshots under var/test/screenshots/<language>-<width>-analytics-*.png."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role
from backend.analytics.snapshots import backfill
from backend.collections.models import PromiseInvoice, PromiseStatus, PromiseToPay
from backend.kit.time import local_today
from tests.invoices.factories import create_customer, issued_invoice, received, staff

from .conftest import click_option, organization, person, screenshot, sign_in, sign_in_page

pytestmark = pytest.mark.browser

TEXTS = {
    "zh-CN": {"preset": "近 12 个月", "kept": "承诺兑现率", "late": "平均逾期天数", "trends": "趋势",
              "day": "按日", "forecast": "未来 13 周回款预测", "agency": "多组织总览", "grade": "信用等级", "owner": "所有者"},
    "en": {"preset": "Last 12 months", "kept": "Promise-kept rate", "late": "Average days late",
           "trends": "Trends", "day": "Day", "forecast": "Cash forecast, next 13 weeks", "agency": "All organizations",
           "grade": "Grade", "owner": "Owner"},
}


async def _seed(org):  # type: ignore[no-untyped-def]
    """A: grade AA, 1,000.00 overdue 10 days, 400.00 paid 5 days ago (5 days late), a kept promise;
    B: grade B, USD 200.00 at 7.1 not yet due, an open promise of USD 50.00 on it (355.00, in the
    forecast's second week). Snapshots of the last 60 days."""
    owner = (await staff(org)).actor
    today = local_today(org.timezone)
    a = await create_customer(org, code="HN-001", legal_name="华南精密机械有限公司", grade="AA")
    b = await create_customer(org, code="HN-002", legal_name="深圳远航贸易有限公司", grade="B")
    first = await issued_invoice(owner, a, "1000.00", issue_date=today - timedelta(days=40), due_date=today - timedelta(days=10))
    await received(owner, a, "400.00", received_on=today - timedelta(days=5), allocate=[(first.id, Decimal("400.00"))])
    usd = await issued_invoice(owner, b, "200.00", issue_date=today - timedelta(days=20), due_date=today + timedelta(days=10),
                               currency="USD", exchange_rate=Decimal("7.100000"))
    await PromiseToPay.create(organization=org, customer=a, amount=Decimal("400.00"), currency="CNY", made_on=today - timedelta(days=9),
                              promised_on=today - timedelta(days=5), status=PromiseStatus.KEPT, kept_ratio=Decimal("1"),
                              paid_amount=Decimal("400.00"), settled_on=today - timedelta(days=5))
    promise = await PromiseToPay.create(organization=org, customer=b, amount=Decimal("50.00"), currency="USD",
                                        made_on=today - timedelta(days=1), promised_on=today + timedelta(days=12), status=PromiseStatus.OPEN)
    await PromiseInvoice.create(promise=promise, invoice=usd)
    await backfill(org.id, today - timedelta(days=60), today - timedelta(days=1))


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_kpis_cuts_trends_forecast_and_the_agency_overview(new_page, language, width):
    org = await organization("华南五金集团")
    other = await organization("乙方制造")
    await _seed(org)
    agent = await person("代账会计", [(org, Role.OWNER), (other, Role.OWNER)])
    texts = TEXTS[language]
    page = await new_page()
    await page.set_viewport_size({"width": width, "height": 860 if width > 1000 else 780})
    shot = lambda n: screenshot(page, f"{language}-{width}-analytics-{n}")  # noqa: E731

    await sign_in_page(page, language)
    await sign_in(page, agent, open_page=False)
    # Two organizations: the picker first.
    await click_option(page, page.get_by_role("option", name=re.compile(org.name)))
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible()

    await page.goto("/analytics")
    kpis = page.get_by_test_id("kpi-card")
    await expect(kpis.get_by_test_id("kpi-quality")).to_contain_text(texts["kept"])
    await kpis.locator(".ant-picker-range").click()
    await click_option(page, page.locator(".ant-picker-presets").get_by_text(texts["preset"], exact=True))
    # The last 12 months: the one promise fallen due was kept; A paid 400.00 five days late.
    await expect(kpis.get_by_test_id("kpi-quality")).to_contain_text("100")
    await expect(kpis.get_by_test_id("kpi-speed")).to_contain_text("5")
    ending_all = await kpis.get_by_test_id("kpi-position").inner_text()
    await kpis.get_by_role("combobox", name=texts["grade"]).click()
    await click_option(page, page.locator(".ant-select-dropdown:visible").get_by_title("AA", exact=True))
    await expect(kpis.get_by_test_id("kpi-position")).not_to_have_text(ending_all)
    # Grade AA is A alone: 600.00 open.
    await expect(kpis.get_by_test_id("kpi-position")).to_contain_text("600.00")

    trends = page.get_by_test_id("trends")
    await expect(trends.locator(".chart svg")).to_have_count(2)
    forecast = page.get_by_test_id("cash-forecast")
    await expect(forecast.locator(".chart svg")).to_have_count(2)
    await expect(forecast.get_by_test_id("forecast-totals")).to_contain_text("2,020.00")
    await shot("01-kpis-trends-forecast")
    await trends.get_by_text(texts["day"], exact=True).click()
    await expect(trends.locator(".chart svg")).to_have_count(2)
    await shot("02-trends-by-day")

    await page.goto("/agency")
    overview = page.get_by_test_id("agency-overview")
    await expect(overview).to_contain_text(org.name)
    await expect(overview).to_contain_text(other.name)
    await expect(overview.locator("tbody tr.ant-table-row")).to_have_count(2)
    await expect(overview).to_contain_text("2,020.00")
    await expect(page.get_by_role("heading", name=texts["agency"])).to_be_visible()
    await shot("03-agency-overview")
