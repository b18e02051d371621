"""Joining by invitation (issue 10, defect 1): an admin invites by e-mail, the mail (read from a real
SMTP server, sent by a real worker) names the role in the invitee's language, the link opens a page
where a new user sets a name and password and lands in the organization. Screenshots at 1366 and
390 px in both languages under var/test/screenshots/."""

from __future__ import annotations

import asyncio
import re

import pytest
from playwright.async_api import expect

from backend.accounts.models import Locale, Membership, Role

from .conftest import VIEWPORT, choose_in_menu, organization, person, screenshot, sign_in

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
TEXTS = {
    "zh-CN": {
        "members": "成员与角色", "invite": "邀请成员", "email": "邮箱", "pending": "待接受的邀请",
        "mail_role": "以「财务」身份加入", "heading": "加入「{org}」", "name": "姓名", "password": "设置密码",
        "confirm": "确认密码", "join": "加入组织", "role": "财务", "invalid": "邀请无效",
        "revoke": "撤销", "revoke_ok": "撤 销",
    },
    "en": {
        "members": "Members and roles", "invite": "Invite member", "email": "Email", "pending": "Pending invitations",
        "mail_role": "as Finance", "heading": "Join {org}", "name": "Name", "password": "Choose a password",
        "confirm": "Confirm password", "join": "Join organization", "role": "Finance", "invalid": "Invitation not valid",
        "revoke": "Revoke", "revoke_ok": "Revoke",
    },
}


def _mail_text(message) -> str:  # type: ignore[no-untyped-def]
    part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")


async def _both_widths(page, name: str, *, fits_phone: bool) -> None:  # type: ignore[no-untyped-def]
    await screenshot(page, f"{name}-1366")
    await page.set_viewport_size(PHONE)
    await screenshot(page, f"{name}-390")
    if fits_phone:
        assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    await page.set_viewport_size(VIEWPORT)


@pytest.mark.parametrize("language", ["zh-CN", "en"])
async def test_an_invited_person_sets_a_password_and_lands_in_the_organization(
    new_page, worker_process, smtp_server, language
):
    inbox, _ = smtp_server
    texts = TEXTS[language]
    locale = Locale.ZH_CN if language == "zh-CN" else Locale.EN
    org = await organization("华南电子" if language == "zh-CN" else "Pearl River Electronics")
    org.locale = locale
    await org.save()
    admin = await person("钱管理", [(org, Role.ADMIN)], locale=locale)
    invitee = f"joiner-{language.lower()}-{org.id.hex[:8]}@example.com"
    revoked = f"never-{language.lower()}-{org.id.hex[:8]}@example.com"

    # The admin invites two people; both show as pending.
    page = await new_page()
    await sign_in(page, admin)
    await page.get_by_role("navigation").get_by_text(texts["members"]).click()
    for email in (invitee, revoked):
        await page.get_by_role("button", name=texts["invite"]).click()
        dialog = page.get_by_role("dialog")
        await dialog.get_by_label(texts["email"]).fill(email)
        await dialog.get_by_role("button", name=texts["invite"]).click()
        await expect(dialog).to_have_count(0)
    pending = page.get_by_test_id("pending-invitations")
    await expect(page.get_by_text(texts["pending"], exact=True)).to_be_visible()
    await expect(pending.get_by_role("row").filter(has_text=invitee)).to_contain_text(texts["role"])

    # One is revoked: its row goes, and its link would no longer work.
    row = pending.get_by_role("row").filter(has_text=revoked)
    await row.get_by_role("button", name=texts["revoke"]).click()
    await page.get_by_role("tooltip").get_by_role("button", name=texts["revoke_ok"]).click()
    await expect(pending.get_by_text(revoked)).to_have_count(0)
    # (The workspace header is still wider than a phone: issue 10, defect 9, not this page's.)
    await _both_widths(page, f"{language}-invitation-1-members-pending", fits_phone=False)

    # The mail names the role in the invitee's language, and carries the link.
    mail = await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == invitee)
    text = _mail_text(mail)
    assert texts["mail_role"] in text, text
    path = re.search(r"/invitation/[A-Za-z0-9_-]+", text).group(0)  # type: ignore[union-attr]

    # The invitee (another browser) opens the link, sets a name and a password, and is in.
    joiner = await new_page()
    await joiner.goto(path)
    if language == "en":
        await choose_in_menu(joiner, "language-switch", "English")
    await expect(joiner.get_by_role("heading", name=texts["heading"].format(org=org.name))).to_be_visible()
    await expect(joiner.get_by_test_id("accept-invitation")).to_contain_text(texts["role"])
    await _both_widths(joiner, f"{language}-invitation-2-accept", fits_phone=True)
    await joiner.get_by_label(texts["name"], exact=True).fill("孙新人" if language == "zh-CN" else "Sam Sun")
    await joiner.get_by_label(texts["password"]).fill("a-new-password-2026")
    await joiner.get_by_label(texts["confirm"]).fill("a-new-password-2026")
    await joiner.get_by_role("button", name=texts["join"]).click()
    await expect(joiner.get_by_test_id("org-switcher")).to_contain_text(org.name)
    await expect(joiner.get_by_test_id("ar-dashboard")).to_be_visible()
    assert await Membership.filter(organization=org, user__email=invitee, role=Role.FINANCE).exists()

    # The link was used: opening it again says so. The admin's list no longer shows it.
    await joiner.goto(path)
    await expect(joiner.get_by_text(texts["invalid"])).to_be_visible()
    await page.reload()
    await expect(page.get_by_text(texts["pending"], exact=True)).to_be_visible()
    await expect(page.get_by_test_id("pending-invitations").get_by_text(invitee)).to_have_count(0)
