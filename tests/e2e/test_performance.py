"""Staff performance in a real browser, in Chinese and English, at 1366 and 390 px: a manager's
leaderboard with a collector's breakdown and the weights form (refusing weights that do not add up
to 100), and a collector who sees only their own row and breakdown.
Screenshots under var/test/screenshots/performance-<language>-<width>-*.png.

Last month (the page's default period), base currency CNY:
  李娜 holds C1: 100,000.00 overdue since before the month, 60,000.00 paid in it, target 80,000.00
    cash 75.00 points, CEI (100,000 − 40,000) ÷ 100,000 = 60.00, overdue change r = 0.6 → 80.00;
    no sales (DSO left out), no actions target, nothing due: (75 × 30 + 60 × 20 + 80 × 15) ÷ 65 = 71.5
  王强 holds C2: 50,000.00 overdue, nothing paid, no target: CEI 0, overdue change 50.00:
    (0 × 20 + 50 × 15) ÷ 35 = 21.4
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from playwright.async_api import expect

from backend.accounts.models import Membership, Role
from backend.kit.time import local_today
from backend.performance.models import CollectorAssignment, PerformanceTarget
from tests.collections.factories import pay
from tests.credit.factories import customer, invoice

from .conftest import organization, person, screenshot, sign_in, sign_in_page

pytestmark = pytest.mark.browser

TEXTS = {
    "zh-CN": {"title": "绩效考核", "cash": "回款额（对比目标）", "no_target": "未设目标，不计入", "sum": "合计：110",
              "weights_sum": "权重合计必须为 100", "score": "总分"},
    "en": {"title": "Performance", "cash": "Cash collected (vs target)", "no_target": "No target: left out", "sum": "Total: 110",
           "weights_sum": "The weights must add up to 100", "score": "Score"},
}


async def _seed():  # type: ignore[no-untyped-def]
    org = await organization("华东机电绩效")
    owner = await person("林经理", [(org, Role.OWNER)])
    li = await person("李娜", [(org, Role.COLLECTOR)])
    wang = await person("王强", [(org, Role.COLLECTOR)])
    li_m = await Membership.get(user=li.user, organization=org)
    wang_m = await Membership.get(user=wang.user, organization=org)
    c1 = await customer(org, code="PF-1", legal_name="苏州恒通精密机械有限公司", collector=li_m)
    c2 = await customer(org, code="PF-2", legal_name="杭州青禾食品贸易有限公司", collector=wang_m)
    held_since = local_today(org.timezone) - timedelta(days=400)
    await CollectorAssignment.filter(organization_id=org.id).update(started_on=held_since)
    today = local_today(org.timezone)
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    i1 = await invoice(org, c1, total="100000", issued=-150, due=-120)
    await invoice(org, c2, total="50000", issued=-150, due=-120)
    await pay(i1, "60000", last_month + timedelta(days=9))
    await PerformanceTarget.create(organization=org, collector=li_m, month=last_month, cash_target=Decimal("80000"))
    return owner, li


async def _open(new_page, language, width, who):  # type: ignore[no-untyped-def]
    page = await new_page()
    await page.set_viewport_size({"width": width, "height": 860 if width > 1000 else 780})
    await sign_in_page(page, language)
    await sign_in(page, who, open_page=False)
    # Signed in: a manager lands on the dashboard, a collector on the worklist.
    await expect(page.get_by_test_id("user-menu")).to_be_visible(timeout=30_000)
    await page.goto("/performance")
    await expect(page.get_by_role("heading", name=TEXTS[language]["title"], exact=True)).to_be_visible(timeout=30_000)
    return page


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_leaderboard_breakdown_weights_and_a_collectors_own_view(new_page, language, width):
    texts = TEXTS[language]
    owner, li = await _seed()
    name = lambda n: f"performance-{language}-{width}-{n}"  # noqa: E731

    page = await _open(new_page, language, width, owner)
    rows = page.get_by_test_id("performance-leaderboard").locator("tbody tr.ant-table-row")
    await expect(rows).to_have_count(2)
    await expect(rows.nth(0)).to_contain_text("李娜")
    await expect(rows.nth(0)).to_contain_text("71.5")
    await expect(rows.nth(0)).to_contain_text("60,000.00")
    await expect(rows.nth(1)).to_contain_text("王强")
    await expect(rows.nth(1)).to_contain_text("21.4")
    await rows.nth(0).get_by_role("button", name="李娜").click()
    breakdown = page.get_by_test_id("performance-breakdown")
    await expect(breakdown).to_contain_text(texts["cash"])
    await expect(breakdown).to_contain_text("80,000.00")
    await expect(breakdown).to_contain_text(texts["no_target"])
    await expect(page.get_by_test_id("performance-score")).to_contain_text("71.5")
    await page.mouse.move(0, 0)
    await screenshot(page, name("leaderboard"))

    settings = page.get_by_test_id("performance-settings")
    cash = settings.get_by_label(texts["cash"], exact=True)
    await expect(cash).to_have_value("30")
    await cash.fill("40")
    await expect(page.get_by_test_id("weights-sum")).to_have_text(texts["sum"])
    await settings.get_by_role("button").last.click()
    await expect(settings.get_by_role("alert")).to_contain_text(texts["weights_sum"])
    await screenshot(page, name("weights-refused"))

    own = await _open(new_page, language, width, li)
    own_rows = own.get_by_test_id("performance-leaderboard").locator("tbody tr.ant-table-row")
    await expect(own_rows).to_have_count(1)
    await expect(own_rows.first).to_contain_text("李娜")
    await expect(own.get_by_test_id("performance-breakdown")).to_contain_text(texts["cash"])
    await expect(own.get_by_test_id("performance-settings")).to_have_count(0)
    await own.mouse.move(0, 0)
    await screenshot(own, name("own"))
