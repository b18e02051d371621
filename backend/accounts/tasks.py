"""Jobs of the accounts domain. Actors load by id and hand off to services."""

from __future__ import annotations

import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..config import get_settings
from ..notifications.mail import build_message, get_mailer
from .models import Invitation
from .service import purge_expired_sessions

_INVITATION_TEXT = {
    "zh-CN": "您好，\n\n您被邀请以「{role}」身份加入「{org}」的回款（Huikuan）应收账款工作区。\n"
    "请在 7 天内打开以下链接接受邀请：\n{link}\n",
    "en": "Hello,\n\nYou are invited to join {org} on Huikuan as {role}.\n"
    "Open this link within 7 days to accept:\n{link}\n",
}


@dramatiq.actor(actor_name="accounts.send_invitation", max_retries=5)
async def send_invitation(invitation_id: str, token: str) -> None:
    invitation = await Invitation.get_or_none(id=uuid.UUID(invitation_id)).select_related("organization")
    if invitation is None or invitation.accepted_at is not None or invitation.revoked_at is not None:
        return
    settings = get_settings()
    org = invitation.organization
    text = _INVITATION_TEXT[org.locale.value].format(
        org=org.name, role=invitation.role.value, link=f"{settings.public_url}/invitation/{token}"
    )
    subject = f"邀请加入 {org.name}" if org.locale.value == "zh-CN" else f"Invitation to {org.name}"
    await get_mailer(settings).send(build_message(settings, to=invitation.email, subject=subject, text=text))


@dramatiq.actor(actor_name="accounts.purge_expired_sessions", max_retries=3)
async def purge_sessions() -> None:
    await purge_expired_sessions()
