"""Jobs of the accounts domain. Actors load by id and hand off to services."""

from __future__ import annotations

import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..config import get_settings
from ..notifications.mail import build_message, get_mailer
from .models import Locale, Role, User
from .service import issue_invitation_token, purge_expired_sessions

# The same names as the web app's (frontend/src/i18n: roles).
ROLE_NAMES: dict[Locale, dict[Role, str]] = {
    Locale.ZH_CN: {
        Role.OWNER: "所有者", Role.ADMIN: "管理员", Role.FINANCE: "财务",
        Role.COLLECTOR: "催收员", Role.SALES: "销售", Role.AUDITOR: "审计",
    },
    Locale.EN: {
        Role.OWNER: "Owner", Role.ADMIN: "Admin", Role.FINANCE: "Finance",
        Role.COLLECTOR: "Collector", Role.SALES: "Sales", Role.AUDITOR: "Auditor",
    },
}

_INVITATION_TEXT = {
    Locale.ZH_CN: "您好，\n\n您被邀请以「{role}」身份加入「{org}」的回款（Huikuan）应收账款工作区。\n"
    "请在 7 天内打开以下链接接受邀请：\n{link}\n",
    Locale.EN: "Hello,\n\nYou are invited to join {org} on Huikuan as {role}.\n"
    "Open this link within 7 days to accept:\n{link}\n",
}
_INVITATION_SUBJECT = {Locale.ZH_CN: "邀请加入 {org}", Locale.EN: "Invitation to {org}"}


@dramatiq.actor(actor_name="accounts.send_invitation", max_retries=5)
async def send_invitation(invitation_id: str) -> None:
    """Mail a pending invitation. Only its id comes through the broker; the link's token is made
    here. The mail is in the invitee's language when they already have an account, otherwise in
    the organization's."""
    issued = await issue_invitation_token(uuid.UUID(invitation_id))
    if issued is None:
        return
    invitation, token = issued
    settings = get_settings()
    org = invitation.organization
    user = await User.get_or_none(email=invitation.email)
    locale = user.locale if user is not None else org.locale
    text = _INVITATION_TEXT[locale].format(
        org=org.name, role=ROLE_NAMES[locale][invitation.role], link=f"{settings.public_url}/invitation/{token}"
    )
    subject = _INVITATION_SUBJECT[locale].format(org=org.name)
    await get_mailer(settings).send(build_message(settings, to=invitation.email, subject=subject, text=text))


@dramatiq.actor(actor_name="accounts.purge_expired_sessions", max_retries=3)
async def purge_sessions() -> None:
    await purge_expired_sessions()
