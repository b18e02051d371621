"""Signing in, choosing and switching organizations, switching language, signing out."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role

from .conftest import choose_in_menu, eventually, organization, person, sign_in

pytestmark = pytest.mark.browser


async def test_sign_in_switch_organization_and_language_then_sign_out(new_page):
    a = await organization("甲贸易")
    b = await organization("乙制造")
    chen = await person("陈会计", [(a, Role.OWNER), (b, Role.FINANCE)])
    page = await new_page()

    # Chinese by default; a protected address leads to the sign-in page.
    await page.goto("/settings/members")
    await expect(page).to_have_url(re.compile(r"/sign-in\?next=%2Fsettings%2Fmembers$"))
    await expect(page.get_by_role("heading", name="登录回款")).to_be_visible()
    await sign_in(page, chen, open_page=False)

    # Two organizations and none opened before: choose one, by keyboard, from the search box.
    await expect(page.get_by_role("heading", name="选择组织")).to_be_visible()
    await page.keyboard.type("乙制造")
    await page.keyboard.press("Enter")
    await expect(page).to_have_url(re.compile(r"/settings/members$"))
    switcher = page.get_by_test_id("org-switcher")
    await expect(switcher).to_contain_text(b.name)
    await expect(switcher).to_contain_text("财务")

    # Switch to the other organization with the switcher (search, Enter).
    await switcher.click()
    await page.get_by_role("dialog").get_by_role("combobox").fill("甲贸易")
    await page.keyboard.press("Enter")
    await expect(switcher).to_contain_text(a.name)
    await expect(switcher).to_contain_text("所有者")
    await expect(page.get_by_text(f"已切换到“{a.name}”")).to_be_visible()

    # English: the visible texts change, and the choice is saved for the user.
    await choose_in_menu(page, "language-switch", "English")
    nav = page.get_by_role("navigation")
    await expect(nav.get_by_text("Members and roles")).to_be_visible()
    await expect(nav.get_by_text("Audit log")).to_be_visible()
    await expect(page.get_by_role("heading", name="Members and roles")).to_be_visible()
    await expect(page.locator("html")).to_have_attribute("lang", "en")
    await eventually(lambda: _saved_locale(chen), "en")

    # A reload keeps the session, the organization and the language.
    await page.reload()
    await expect(switcher).to_contain_text(a.name)
    await expect(page.get_by_role("heading", name="Members and roles")).to_be_visible()

    # The refresh token is an httpOnly cookie for /auth/ only; scripts see no token anywhere.
    cookie = await _refresh_cookie(page)
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/auth/"
    assert cookie["value"] not in await page.evaluate("JSON.stringify({...localStorage, ...sessionStorage}) + document.cookie")

    # Sign out: back to the sign-in page, the session revoked on the server too.
    await choose_in_menu(page, "user-menu", "Sign out")
    await expect(page.get_by_role("heading", name="Sign in to Huikuan")).to_be_visible()
    await expect(page.get_by_text("You have signed out.")).to_be_visible()
    assert await _refresh_cookie(page) is None
    refreshed = await page.request.post(
        "/auth/refresh", headers={"X-Huikuan-CSRF": "1", "Cookie": f"huikuan_refresh={cookie['value']}"}
    )
    assert (await refreshed.json())["errors"][0]["code"] == "INVALID_REFRESH_TOKEN"
    # A reload stays signed out.
    await page.reload()
    await expect(page.get_by_role("heading", name="Sign in to Huikuan")).to_be_visible()

    # On another browser the user's language follows them, and back to Chinese works.
    elsewhere = await new_page()
    await sign_in(elsewhere, chen)
    await expect(elsewhere.get_by_role("heading", name="Choose an organization")).to_be_visible()
    await elsewhere.get_by_role("option", name=re.compile(a.name)).click()
    await expect(elsewhere.get_by_role("heading", name="Hello, 陈会计")).to_be_visible()
    # The dashboard's figures loaded (the page no longer moves under the menu).
    await expect(elsewhere.get_by_test_id("ar-dashboard")).to_be_visible()
    await choose_in_menu(elsewhere, "language-switch", "简体中文")
    await expect(elsewhere.get_by_role("heading", name="陈会计，您好")).to_be_visible()
    await expect(elsewhere.get_by_role("navigation").get_by_text("概览")).to_be_visible()
    await eventually(lambda: _saved_locale(chen), "zh-CN")


async def _refresh_cookie(page):  # type: ignore[no-untyped-def]
    cookies = [c for c in await page.context.cookies() if c["name"] == "huikuan_refresh" and c["value"]]
    return cookies[0] if cookies else None


async def _refresh_cookie_changed(page, before) -> bool:  # type: ignore[no-untyped-def]
    cookie = await _refresh_cookie(page)
    return cookie is not None and cookie["value"] != before["value"]


async def _refuse_next_access_token(page) -> None:  # type: ignore[no-untyped-def]
    """The next GraphQL request carries an access token the API refuses, as when it has expired."""

    async def expire(route):  # type: ignore[no-untyped-def]
        await route.continue_(headers={**route.request.headers, "authorization": "Bearer expired"})

    # Only once the page's own requests are done, so the refused one is the next action's.
    await page.wait_for_load_state("networkidle")
    await page.route("**/graphql", expire, times=1)


async def _saved_locale(who) -> str:  # type: ignore[no-untyped-def]
    await who.user.refresh_from_db()
    return str(who.user.locale.value)


async def test_wrong_password_is_shown_next_to_the_password(page):
    org = await organization("丙公司")
    li = await person("李出纳", [(org, Role.FINANCE)])
    await sign_in(page, li, password="not-the-password")
    password_item = page.locator(".ant-form-item").filter(has=page.locator("#sign-in_password"))
    await expect(password_item.locator(".ant-form-item-explain-error")).to_have_text("邮箱或密码错误")
    await expect(page).to_have_url(re.compile(r"/sign-in$"))


async def test_expired_access_token_is_refreshed_silently_and_a_dead_session_signs_out(page):
    org = await organization("丁公司")
    zhou = await person("周会计", [(org, Role.ADMIN)])
    await sign_in(page, zhou)
    await expect(page.get_by_test_id("org-switcher")).to_contain_text(org.name)
    before = await _refresh_cookie(page)

    # The access token is refused (as when it has expired): one refresh through the cookie, then the page loads.
    await _refuse_next_access_token(page)
    await page.get_by_role("navigation").get_by_text("成员与角色").click()
    await expect(page.get_by_role("cell", name=zhou.email)).to_be_visible()
    await eventually(lambda: _refresh_cookie_changed(page, before), True)
    after = await _refresh_cookie(page)

    # A reload restores the session from the cookie (the access token lived in memory only).
    await page.reload()
    await expect(page.get_by_role("cell", name=zhou.email)).to_be_visible()

    # Both tokens dead: back to the sign-in page, saying why.
    await page.context.add_cookies([{**after, "value": "revoked"}])
    await _refuse_next_access_token(page)
    await page.get_by_role("navigation").get_by_text("审计日志").click()
    await expect(page.get_by_text("登录已失效，请重新登录。")).to_be_visible()
    await expect(page).to_have_url(re.compile(r"/sign-in"))


async def test_pages_carry_a_content_security_policy_and_break_none_of_it(page):
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    await page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation', e.violatedDirective, e.blockedURI))"
    )
    org = await organization("庚公司")
    wu = await person("吴会计", [(org, Role.OWNER)])
    response = await page.goto("/sign-in")
    headers = response.headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
    await sign_in(page, wu, open_page=False)
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible()
    await page.get_by_role("navigation").get_by_text("成员与角色").click()
    await expect(page.get_by_role("cell", name=wu.email)).to_be_visible()
    assert violations == []


async def test_navigation_shows_only_what_the_role_may_use(page):
    org = await organization("戊公司")
    auditor = await person("审计员", [(org, Role.AUDITOR)])
    await sign_in(page, auditor)
    nav = page.get_by_role("navigation")
    await expect(nav.get_by_text("审计日志")).to_be_visible()
    await expect(nav.get_by_text("成员与角色")).to_be_visible()
    await expect(nav.get_by_text("API 密钥")).to_have_count(0)
    # The settings are read-only for an auditor, and an address typed by hand is refused.
    await nav.get_by_text("组织信息").click()
    await expect(page.get_by_text("只有所有者和管理员可以修改组织信息。")).to_be_visible()
    await expect(page.get_by_role("button", name="保 存")).to_have_count(0)
    await page.goto("/settings/api-keys")
    await expect(page.get_by_text("没有访问权限")).to_be_visible()


async def test_graphiql_page_runs_under_its_own_policy(browser, live_server):  # type: ignore[no-untyped-def]
    """GraphiQL (development) is one page with inline scripts and its bundle from unpkg.com: its
    policy must allow them. (The bundle itself cannot load without internet access here, so only
    the policy is checked: no violation is reported.)"""
    context = await browser.new_context(base_url=live_server)
    page = await context.new_page()
    violations: list[str] = []
    await page.expose_function("reportViolation", lambda text: violations.append(text))
    await page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI))"
    )
    response = await page.goto("/graphql")
    assert "https://unpkg.com" in response.headers["content-security-policy"]
    await page.wait_for_timeout(1000)
    await context.close()
    assert violations == []
