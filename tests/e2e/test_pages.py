"""The settings pages at work (errors from the API next to their field), and a screenshot of
every main page in both languages under var/test/screenshots/."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role

from .conftest import click_option, organization, person, screenshot, sign_in, sign_in_page

pytestmark = pytest.mark.browser


async def test_members_api_keys_and_organization_settings(page):
    org = await organization("己公司")
    owner = await person("吴老板", [(org, Role.OWNER)])
    colleague = await person("郑财务", [(org, Role.FINANCE)])
    await sign_in(page, owner)
    await page.get_by_role("navigation").get_by_text("成员与角色").click()
    table = page.get_by_test_id("members-table")

    # Inviting someone who is already a member: the API's error, in Chinese, under the email field.
    await page.get_by_role("button", name="邀请成员").click()
    dialog = page.get_by_role("dialog")
    await dialog.get_by_label("邮箱").fill(colleague.email)
    await dialog.get_by_role("button", name="邀请成员").click()
    email_item = dialog.locator(".ant-form-item").filter(has=page.get_by_label("邮箱"))
    await expect(email_item.locator(".ant-form-item-explain-error")).to_have_text("此人已是本组织成员")
    await dialog.get_by_role("button", name="取 消").click()

    # Change a role; a collector's "sees all customers" switch appears.
    await table.get_by_label(f"角色 · {colleague.name}").click()
    await click_option(page, page.locator(".ant-select-dropdown:visible").get_by_title("催收员"))
    await expect(page.get_by_text(f"已更新 {colleague.name} 的权限")).to_be_visible()
    await expect(table.get_by_label(f"查看全部客户 · {colleague.name}")).to_be_visible()

    # The last owner cannot step down: the refusal shows in that row, under the role.
    await expect(page.locator(".ant-select-dropdown:visible")).to_have_count(0)
    await table.get_by_label(f"角色 · {owner.name}").click()
    await click_option(page, page.locator(".ant-select-dropdown:visible").get_by_title("管理员"))
    await expect(table.get_by_role("alert")).to_have_text("组织至少需要保留一位所有者")

    # Remove the colleague.
    row = table.get_by_role("row").filter(has_text=colleague.email)
    await row.get_by_role("button", name="移除").click()
    await page.get_by_role("tooltip").get_by_role("button", name="移 除").click()
    await expect(table.get_by_text(colleague.email)).to_have_count(0)

    # API keys: the secret is shown once, then the key can be revoked.
    await page.get_by_role("navigation").get_by_text("API 密钥").click()
    await expect(page.get_by_text("还没有 API 密钥")).to_be_visible()
    await page.get_by_role("button", name="创建密钥").click()
    dialog = page.get_by_role("dialog")
    await dialog.get_by_label("名称").fill("金蝶同步")
    await dialog.get_by_label("写入").check()
    await dialog.get_by_role("button", name="创 建").click()
    secret = await page.get_by_test_id("api-key-secret").locator("code").inner_text()
    assert secret.startswith("hk_") or len(secret) > 30, secret
    await click_option(page, page.get_by_role("button", name="我已复制并妥善保存"))
    await expect(page.get_by_test_id("api-key-secret")).to_have_count(0)
    key_row = page.get_by_role("row").filter(has_text="金蝶同步")
    await expect(key_row.get_by_text("有效")).to_be_visible()
    await expect(key_row.get_by_text("写入")).to_be_visible()
    await key_row.get_by_role("button", name="吊销").click()
    await page.get_by_role("tooltip").get_by_role("button", name="吊 销").click()
    await expect(key_row.get_by_text("已吊销")).to_be_visible()

    # Rename the organization: the header follows.
    await page.get_by_role("navigation").get_by_text("组织信息").click()
    await page.locator("#organization-settings_name").fill(f"{org.name}（新）")
    await page.get_by_role("button", name="保 存").click()
    await expect(page.get_by_text("组织信息已保存")).to_be_visible()
    await expect(page.get_by_test_id("org-switcher")).to_contain_text(f"{org.name}（新）")


SCREENS = {
    "zh-CN": {
        "sign_in": "登录回款",
        "pick": "选择组织",
        "dashboard": "林会计，您好",
        "audit": "审计日志",
        "organization": "组织信息",
        "members": "成员与角色",
        "api_keys": "API 密钥",
        "create_key": "创建密钥",
        "copied": "我已复制并妥善保存",
        "switcher": "切换组织",
    },
    "en": {
        "sign_in": "Sign in to Huikuan",
        "pick": "Choose an organization",
        "dashboard": "Hello, 林会计",
        "audit": "Audit log",
        "organization": "Organization",
        "members": "Members and roles",
        "api_keys": "API keys",
        "create_key": "Create key",
        "copied": "I have copied it",
        "switcher": "Switch organization",
    },
}


@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_screenshots_of_every_main_page(new_page, language):
    first = await organization("华东机电设备有限公司")
    second = await organization("杭州青禾食品贸易有限公司")
    lin = await person("林会计", [(first, Role.OWNER), (second, Role.ADMIN)])
    await person("王晓雯", [(first, Role.COLLECTOR)])
    await person("李审计", [(first, Role.AUDITOR)])
    await person("赵财务", [(first, Role.FINANCE)])
    texts = SCREENS[language]
    page = await new_page()
    shot = lambda name: screenshot(page, f"{language}-{name}")  # noqa: E731

    await sign_in_page(page, language)
    await expect(page.get_by_role("heading", name=texts["sign_in"])).to_be_visible()
    await shot("01-sign-in")

    await sign_in(page, lin, open_page=False)
    await expect(page.get_by_role("heading", name=texts["pick"])).to_be_visible()
    await shot("02-choose-organization")
    await click_option(page, page.get_by_role("option", name=re.compile(first.name)))

    # Some history for the audit log: a rename and an API key.
    await page.get_by_role("navigation").get_by_role("menuitem", name=re.compile(texts["organization"])).click()
    await expect(page.get_by_role("heading", name=texts["organization"])).to_be_visible()
    await shot("05-organization")
    await page.locator("#organization-settings_name").fill(f"{first.name}（华东）")
    await page.locator("#organization-settings_name").press("Enter")
    await expect(page.get_by_test_id("org-switcher")).to_contain_text("（华东）")

    await page.get_by_role("navigation").get_by_role("menuitem", name=re.compile(texts["api_keys"])).click()
    await expect(page.get_by_role("heading", name=texts["api_keys"])).to_be_visible()
    await page.get_by_role("button", name=texts["create_key"]).click()
    await page.locator("#api-key_name").fill("ERP")
    await page.locator("#api-key_name").press("Enter")
    await expect(page.get_by_test_id("api-key-secret")).to_be_visible()
    await shot("07a-api-key-secret")
    await click_option(page, page.get_by_role("button", name=texts["copied"]))
    await expect(page.get_by_test_id("api-key-secret")).to_have_count(0)
    await expect(page.locator(".ant-modal-mask:visible")).to_have_count(0)
    await shot("07-api-keys")

    await page.get_by_role("navigation").get_by_role("menuitem", name=re.compile(texts["members"])).click()
    await expect(page.get_by_test_id("members-table").get_by_text("王晓雯")).to_be_visible()
    await shot("06-members")

    await page.get_by_role("navigation").get_by_role("menuitem", name=re.compile(texts["audit"])).click()
    await expect(page.locator(".ant-table-tbody tr.ant-table-row").first).to_be_visible()
    await page.locator(".ant-table-tbody").get_by_role("button").first.click()
    await shot("04-audit-log")

    await page.get_by_role("navigation").get_by_role("menuitem").first.click()
    await expect(page.get_by_role("heading", name=texts["dashboard"])).to_be_visible()
    await expect(page.get_by_test_id("ar-dashboard")).to_be_visible()
    await shot("03-dashboard")

    await page.get_by_test_id("org-switcher").click()
    await expect(page.get_by_role("dialog", name=texts["switcher"])).to_be_visible()
    await shot("08-organization-switcher")
