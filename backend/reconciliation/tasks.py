"""Jobs of reconciliation: mailing a sent statement, expiring lapsed links, scheduled statements."""

from __future__ import annotations

import asyncio
import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..config import get_settings
from ..notifications.mail import build_message, get_mailer
from ..kit.uow import enqueue
from . import schedules, service
from .exports import load_document, render_pdf
from .models import AccountStatement, StatementLink

PUBLIC_PAGE = "/statement/{token}"

_SUBJECT = {
    "zh-CN": "{org} 往来对账函 {number}（{period}）",
    "en": "Statement of account {number} from {org} ({period})",
}
_TEXT = {
    "zh-CN": "{name}，您好：\n\n{org} 发来贵公司（{customer}）{period} 的往来对账函 {number}，期末余额 {currency} {closing}。"
    "\n对账单 PDF 见附件。请在 {expires} 前打开以下链接，核对无误请点击确认；如有不符，请逐项说明：\n{link}\n\n"
    "此链接仅供贵公司核对本对账单使用，请勿转发。\n",
    "en": "Dear {name},\n\n{org} sends you the statement of account {number} of {customer} for {period}; the closing balance is"
    " {currency} {closing}.\nThe PDF is attached. Please open this link before {expires} to confirm the balance, or to tell us"
    " which lines differ from your books:\n{link}\n\nThis link is for checking this statement only; please do not forward it.\n",
}


def _language(value: str) -> str:
    return "zh-CN" if value.lower().startswith("zh") else "en"


@dramatiq.actor(actor_name="reconciliation.send_statement", max_retries=5)
async def send_statement_email(link_id: str, token: str) -> None:
    """Mail the statement's PDF and link to each billing contact, in the contact's language. A link
    revoked or superseded before the job runs is not mailed."""
    link = await StatementLink.get_or_none(id=uuid.UUID(link_id))
    if link is None or link.revoked_at is not None:
        return
    statement = await AccountStatement.get(id=link.statement_id)
    if statement.revision != link.revision:
        return
    settings = get_settings()
    document = await load_document(statement)
    pdf = await asyncio.to_thread(render_pdf, document)
    mailer = get_mailer(settings)
    for contact in await service.billing_recipients(statement.customer_id):
        if contact.email not in link.recipients:
            continue
        language = _language(contact.language)
        values = {
            "org": document.organization.name, "customer": document.customer.legal_name, "number": statement.number,
            "period": document.period, "currency": statement.currency, "closing": f"{statement.closing_balance:,.2f}",
            "expires": link.expires_at.date().isoformat(), "name": contact.name,
            "link": settings.public_url + PUBLIC_PAGE.format(token=token),
        }
        message = build_message(
            settings, to=contact.email, subject=_SUBJECT[language].format(**values), text=_TEXT[language].format(**values)
        )
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{statement.number}.pdf")
        await mailer.send(message)


@dramatiq.actor(actor_name="reconciliation.expire_links", max_retries=0)
async def expire_links() -> None:
    await service.expire_lapsed()


@dramatiq.actor(actor_name="reconciliation.run_schedule", max_retries=3)
async def run_organization_schedule(organization_id: str) -> None:
    await schedules.run_organization(uuid.UUID(organization_id))


@dramatiq.actor(actor_name="reconciliation.run_all_schedules", max_retries=0)
async def run_all_schedules() -> None:
    """Daily: each organization with a schedule runs on its own local day (safe to repeat)."""
    for organization_id in await schedules.organizations_with_schedules():
        await enqueue(run_organization_schedule, str(organization_id))
