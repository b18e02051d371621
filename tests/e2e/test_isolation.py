"""No page shows another organization's data: after switching, every request names the new
organization and the members and audit pages show only its rows."""

from __future__ import annotations

import json
import re

import pytest
from playwright.async_api import expect

from backend.accounts.models import Role

from .conftest import click_option, organization, person, sign_in

pytestmark = pytest.mark.browser


async def test_members_and_audit_log_never_show_the_other_organization(page):
    a = await organization("甲方")
    b = await organization("乙方")
    agent = await person("代账会计", [(a, Role.OWNER), (b, Role.OWNER)])
    only_a = await person("甲方独有成员", [(a, Role.FINANCE)])
    only_b = await person("乙方独有成员", [(b, Role.COLLECTOR)])

    sent: list[tuple[str, str | None]] = []

    async def record(request) -> None:  # type: ignore[no-untyped-def]
        if request.url.endswith("/graphql"):
            body = json.loads(request.post_data or "{}")
            sent.append((body.get("operationName", ""), await request.header_value("x-organization")))

    page.on("request", record)
    await sign_in(page, agent)
    await click_option(page, page.get_by_role("option", name=re.compile(a.name)))
    switcher = page.get_by_test_id("org-switcher")

    # Something in each audit log that the other one lacks: an invitation in A, an API key in B.
    await page.goto("/settings/members")
    await page.get_by_role("button", name="邀请成员").click()
    await page.get_by_role("dialog").get_by_label("邮箱").fill("invited-to-a@example.com")
    await page.get_by_role("dialog").get_by_role("button", name="邀请成员").click()
    await expect(page.get_by_text("邀请已发送至 invited-to-a@example.com")).to_be_visible()

    await _switch(page, switcher, b.name)
    await page.goto("/settings/api-keys")
    await page.get_by_role("button", name="创建密钥").click()
    await page.get_by_role("dialog").get_by_label("名称").fill("乙方 ERP")
    await page.get_by_role("dialog").get_by_role("button", name="创 建").click()
    await click_option(page, page.get_by_role("button", name="我已复制并妥善保存"))

    # Members of B, then switch to A on the same page: only A's members.
    await page.goto("/settings/members")
    table = page.get_by_test_id("members-table")
    await expect(table.get_by_text(only_b.email)).to_be_visible()
    await expect(table.get_by_text(only_a.email)).to_have_count(0)
    sent.clear()
    await _switch(page, switcher, a.name)
    await expect(page).to_have_url(re.compile(r"/settings/members$"))
    await expect(table.get_by_text(only_a.email)).to_be_visible()
    await expect(table.get_by_text(only_b.email)).to_have_count(0)
    await page.wait_for_load_state("networkidle")
    assert sent and {org for _, org in sent} == {str(a.id)}, sent

    # Audit log of A, then of B after switching on the same page.
    await page.get_by_role("navigation").get_by_text("审计日志").click()
    rows = page.locator(".ant-table-tbody")
    await expect(rows.get_by_text("邀请成员")).to_have_count(1)
    await expect(rows.get_by_text("创建 API 密钥")).to_have_count(0)
    sent.clear()
    await _switch(page, switcher, b.name)
    await expect(page).to_have_url(re.compile(r"/audit$"))
    await expect(rows.get_by_text("创建 API 密钥")).to_have_count(1)
    await expect(rows.get_by_text("邀请成员")).to_have_count(0)
    await page.wait_for_load_state("networkidle")
    assert sent and {org for _, org in sent} == {str(b.id)}, sent

    # The recorded change itself: B's entry is the key, and A's invitation is nowhere.
    await rows.get_by_role("button", name=re.compile("展开行|Expand row")).first.click()
    await expect(rows.get_by_test_id("audit-target").filter(has_text="乙方 ERP")).to_be_visible()
    await expect(rows.get_by_role("cell", name="乙方 ERP", exact=True)).to_be_visible()
    await expect(page.get_by_text("invited-to-a@example.com")).to_have_count(0)


async def _switch(page, switcher, name: str) -> None:  # type: ignore[no-untyped-def]
    await switcher.click()
    await page.get_by_role("dialog").get_by_role("combobox").fill(name)
    await page.keyboard.press("Enter")
    await expect(switcher).to_contain_text(name)
