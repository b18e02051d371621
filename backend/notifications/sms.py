"""Outgoing SMS. The provider interface, and the log-only sender used until a provider is
configured (development): it writes what would be sent to the log and reports success."""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)


class SmsSender(Protocol):
    async def send(self, *, phone: str, text: str, idempotency_key: str) -> None: ...


class LogSmsSender:
    async def send(self, *, phone: str, text: str, idempotency_key: str) -> None:
        log.info("sms to %s (%s): %s", phone, idempotency_key, text)


def get_sms_sender() -> SmsSender:
    return LogSmsSender()
