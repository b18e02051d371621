"""Outgoing SMS: the provider interface. Until a provider is configured, development writes what
would be sent to the log (and reports success); production refuses, so a reminder is surfaced as
failed instead of being counted as sent."""

from __future__ import annotations

import logging
from typing import Protocol

from ..config import Settings

log = logging.getLogger(__name__)


class SmsNotConfigured(RuntimeError):
    """No SMS provider: retrying cannot help."""


class SmsSender(Protocol):
    async def send(self, *, phone: str, text: str, idempotency_key: str) -> None: ...


class LogSmsSender:
    async def send(self, *, phone: str, text: str, idempotency_key: str) -> None:
        log.info("sms to %s (%s): %s", phone, idempotency_key, text)


class UnconfiguredSmsSender:
    async def send(self, *, phone: str, text: str, idempotency_key: str) -> None:
        raise SmsNotConfigured("No SMS provider is configured.")


def get_sms_sender(settings: Settings) -> SmsSender:
    return LogSmsSender() if settings.env == "development" else UnconfiguredSmsSender()
