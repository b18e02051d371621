"""Outgoing SMS: the provider interface. `SMS_PROVIDER=aliyun` sends through Alibaba Cloud SMS
(dysmsapi SendSms, its documented RPC request signing, see `aliyun_signature`); without a
provider, development writes what would be sent to the log (and reports success) and production
refuses, so a reminder is surfaced as failed instead of being counted as sent."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import uuid
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Protocol
from urllib.parse import quote

import httpx

from ..config import Settings

log = logging.getLogger(__name__)


class SmsNotConfigured(RuntimeError):
    """No SMS provider: retrying cannot help."""


class SmsRefused(RuntimeError):
    """The provider refused the message for good (bad number, template, signature): retrying cannot help."""


class SmsSender(Protocol):
    async def send(self, *, phone: str, text: str, idempotency_key: str, language: str = "zh-CN") -> None: ...


class LogSmsSender:
    async def send(self, *, phone: str, text: str, idempotency_key: str, language: str = "zh-CN") -> None:
        log.info("sms to %s (%s, %s): %s", phone, idempotency_key, language, text)


class UnconfiguredSmsSender:
    async def send(self, *, phone: str, text: str, idempotency_key: str, language: str = "zh-CN") -> None:
        raise SmsNotConfigured("No SMS provider is configured.")


# --- Aliyun (Alibaba Cloud SMS, dysmsapi 2017-05-25) ------------------------------------------------


def percent_encode(value: str) -> str:
    """RFC 3986 encoding of UTF-8 as the RPC signature wants it: only A–Z a–z 0–9 - _ . ~ are left as is."""
    return quote(value, safe="-_.~")


def aliyun_signature(params: Mapping[str, str], secret: str, method: str = "POST") -> str:
    """Base64(HMAC-SHA1(secret + "&", method & percent("/") & percent(canonicalized query))), the query
    being every parameter but Signature, sorted by name, each name and value percent-encoded."""
    canonical = "&".join(f"{percent_encode(k)}={percent_encode(v)}" for k, v in sorted(params.items()) if k != "Signature")
    string_to_sign = f"{method}&{percent_encode('/')}&{percent_encode(canonical)}"
    digest = hmac.new(f"{secret}&".encode(), string_to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


# Answers that may succeed later (flow control, the provider's own trouble): retried with backoff.
RETRYABLE_CODES = frozenset({"isv.BUSINESS_LIMIT_CONTROL", "Throttling.User", "Throttling", "ServiceUnavailable", "InternalError"})


class AliyunSmsSender:
    """SendSms with the language's template (one `content` variable carrying the rendered reminder)
    and the reminder's id as OutId, which Aliyun returns on delivery receipts."""

    def __init__(self, *, endpoint: str, access_key_id: str, access_key_secret: str, sign_name: str, templates: Mapping[str, str],
                 region: str = "cn-hangzhou", timeout: float = 10.0) -> None:
        self.endpoint = endpoint
        self.access_key_id = access_key_id
        self.access_key_secret = access_key_secret
        self.sign_name = sign_name
        self.templates = dict(templates)
        self.region = region
        self.timeout = timeout

    def params(self, *, phone: str, text: str, idempotency_key: str, language: str, now: datetime | None = None,
               nonce: str | None = None) -> dict[str, str]:
        template = self.templates.get(language) or self.templates.get("zh-CN")
        if not template:
            raise SmsNotConfigured(f"No Aliyun SMS template for {language}.")
        params = {
            "AccessKeyId": self.access_key_id, "Action": "SendSms", "Format": "JSON", "RegionId": self.region,
            "SignatureMethod": "HMAC-SHA1", "SignatureNonce": nonce or uuid.uuid4().hex, "SignatureVersion": "1.0",
            "Timestamp": (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ"), "Version": "2017-05-25",
            "PhoneNumbers": phone, "SignName": self.sign_name, "TemplateCode": template,
            "TemplateParam": json.dumps({"content": text}, ensure_ascii=False), "OutId": idempotency_key,
        }
        params["Signature"] = aliyun_signature(params, self.access_key_secret)
        return params

    async def send(self, *, phone: str, text: str, idempotency_key: str, language: str = "zh-CN") -> None:
        params = self.params(phone=phone, text=text, idempotency_key=idempotency_key, language=language)
        async with httpx.AsyncClient(timeout=self.timeout) as client:
            response = await client.post(self.endpoint, data=params)
        if response.status_code >= 500:
            raise RuntimeError(f"Aliyun SMS answered HTTP {response.status_code}")
        try:
            answer = response.json()
        except ValueError:
            raise RuntimeError(f"Aliyun SMS answered HTTP {response.status_code} without JSON") from None
        code = str(answer.get("Code", ""))
        if code == "OK":
            return
        message = f"Aliyun SMS {code}: {answer.get('Message', '')} (request {answer.get('RequestId', '')})"
        if code in RETRYABLE_CODES:
            raise RuntimeError(message)
        raise SmsRefused(message)


def get_sms_sender(settings: Settings) -> SmsSender:
    if settings.sms_provider == "aliyun":
        if not (settings.aliyun_access_key_id and settings.aliyun_access_key_secret and settings.aliyun_sms_sign_name):
            return UnconfiguredSmsSender()
        return AliyunSmsSender(
            endpoint=settings.aliyun_sms_endpoint, access_key_id=settings.aliyun_access_key_id,
            access_key_secret=settings.aliyun_access_key_secret.get_secret_value(), sign_name=settings.aliyun_sms_sign_name,
            templates={"zh-CN": settings.aliyun_sms_template_zh, "en": settings.aliyun_sms_template_en}, region=settings.aliyun_region,
        )
    return LogSmsSender() if settings.env == "development" else UnconfiguredSmsSender()
