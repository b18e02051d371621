"""Outgoing email. SMTP when SMTP_HOST is set; otherwise messages are written to the data
directory's outbox (development), so nothing is silently lost."""

from __future__ import annotations

import asyncio
import logging
import smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Protocol

from ..config import Settings

log = logging.getLogger(__name__)


class Mailer(Protocol):
    async def send(self, message: EmailMessage) -> None: ...


class SmtpMailer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def _send_blocking(self, message: EmailMessage) -> None:
        s = self.settings
        assert s.smtp_host is not None
        with smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=30) as client:
            if s.smtp_starttls:
                client.starttls()
            if s.smtp_username and s.smtp_password:
                client.login(s.smtp_username, s.smtp_password.get_secret_value())
            client.send_message(message)

    async def send(self, message: EmailMessage) -> None:
        await asyncio.to_thread(self._send_blocking, message)


class OutboxMailer:
    """Development fallback: each message becomes an .eml file under <data dir>/outbox."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def send(self, message: EmailMessage) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = message["Message-ID"].strip("<>").replace("/", "_") + ".eml"
        (self.directory / name).write_bytes(bytes(message))
        log.info("email to %s written to %s", message["To"], self.directory / name)


def get_mailer(settings: Settings) -> Mailer:
    if settings.smtp_host:
        return SmtpMailer(settings)
    return OutboxMailer(settings.data_dir / "outbox")


def build_message(
    settings: Settings, *, to: str, subject: str, text: str, message_id: str | None = None, language: str | None = None
) -> EmailMessage:
    """`message_id`: a caller that may send the same message again (a retry) passes its own,
    so every attempt carries the same Message-ID."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = message_id or make_msgid(domain="huikuan.local")
    message["Date"] = formatdate(localtime=False)
    message.set_content(text)
    if language:
        message["Content-Language"] = language  # after set_content, which resets the Content-* headers
    return message
