"""Alipay asynchronous notifications (异步通知): a form POST signed with RSA2 (SHA256withRSA) over
the `k=v&...` string of every non-empty parameter but `sign` and `sign_type`, sorted by name.
Alipay expects the literal body `success`; anything else makes it retry (8 times over 25 hours)."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import datetime
from urllib.parse import parse_qsl
from zoneinfo import ZoneInfo

from starlette.responses import Response

from ...payments.models import PaymentMethod
from ..errors import Rejected, RejectCode
from ..models import EventKind, SecretKind
from .base import (
    Credentials,
    Incoming,
    ProviderAdapter,
    ProviderEvent,
    aware_time,
    check_fresh,
    decimal_amount,
    optional_text,
    require_text,
)
from .keys import load_rsa_public_key, rsa_sha256_valid

ALIPAY_ZONE = ZoneInfo("Asia/Shanghai")
PAID_STATUSES = frozenset({"TRADE_SUCCESS", "TRADE_FINISHED"})
UNSIGNED = frozenset({"sign", "sign_type"})


def parse_form(body: bytes) -> dict[str, str]:
    try:
        text = body.decode("ascii")
        probe = dict(parse_qsl(text, keep_blank_values=True))
        charset = probe.get("charset") or "utf-8"
        pairs = parse_qsl(text, keep_blank_values=True, encoding=charset, errors="strict")
    except (UnicodeDecodeError, LookupError, ValueError) as exc:
        raise Rejected(RejectCode.MALFORMED, "The body is not a URL-encoded form.") from exc
    params = dict(pairs)
    if len(params) != len(pairs):
        raise Rejected(RejectCode.MALFORMED, "A parameter appears twice.")
    return params


def signing_string(params: dict[str, str]) -> str:
    return "&".join(f"{k}={params[k]}" for k in sorted(params) if k not in UNSIGNED and params[k] != "")


# Alipay's times are Beijing time, `yyyy-MM-dd HH:mm:ss`; `gmt_refund` adds a fraction
# (`yyyy-MM-dd HH:mm:ss.S`, e.g. 2015-04-28 15:45:57.320).
_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.([0-9]{1,6}))?")


def _local_time(value: str, name: str) -> datetime:
    found = _TIME.fullmatch(value.strip())
    try:
        if found is None:
            raise ValueError(value)
        parsed = datetime.strptime(found.group(1), "%Y-%m-%d %H:%M:%S")
    except ValueError as exc:
        raise Rejected(RejectCode.MALFORMED, f"`{name}` must be yyyy-MM-dd HH:mm:ss[.S].") from exc
    fraction = found.group(2) or ""
    parsed = parsed.replace(microsecond=int(fraction.ljust(6, "0")) if fraction else 0, tzinfo=ALIPAY_ZONE)
    return aware_time(parsed, name)


class AlipayAdapter(ProviderAdapter):
    name = "alipay"
    method = PaymentMethod.ALIPAY

    def verify(self, incoming: Incoming, credentials: Credentials) -> ProviderEvent:
        params = parse_form(incoming.body)
        sign = params.get("sign")
        if not sign:
            raise Rejected(RejectCode.MISSING_SIGNATURE, "The `sign` parameter is missing.")
        sign_type = params.get("sign_type") or "RSA2"
        if sign_type != "RSA2":
            raise Rejected(RejectCode.WRONG_ALGORITHM, f"Only RSA2 (SHA256withRSA) is accepted, not {sign_type}.")
        keys = credentials.of(SecretKind.ALIPAY_PUBLIC_KEY)
        if not keys:
            raise Rejected(RejectCode.NO_SECRET, "No Alipay public key is configured for this endpoint.")
        try:
            signature = base64.b64decode(sign, validate=True)
        except binascii.Error as exc:
            raise Rejected(RejectCode.BAD_SIGNATURE, "`sign` is not base64.") from exc
        message = signing_string(params).encode(params.get("charset") or "utf-8")
        if not any(rsa_sha256_valid(load_rsa_public_key(k.value), signature, message) for k in keys):
            raise Rejected(RejectCode.BAD_SIGNATURE, "The RSA2 signature does not verify with the Alipay public key.")
        notify_time = _local_time(require_text(params, "notify_time", 26), "notify_time")
        check_fresh(notify_time, incoming.received_at)
        if params.get("app_id") != credentials.account_id:
            raise Rejected(RejectCode.ACCOUNT_MISMATCH, "`app_id` is not this endpoint's Alipay app.")

        status = optional_text(params, "trade_status", 32)
        base = {
            "event_id": require_text(params, "notify_id"),
            "event_type": f"{optional_text(params, 'notify_type', 30) or 'trade_status_sync'}:{status}",
            "method": self.method,
            "payment_reference": require_text(params, "trade_no", 64),
            "currency": "CNY",
        }
        if params.get("refund_fee"):
            # A refund (partial: TRADE_SUCCESS; full: TRADE_CLOSED). `refund_fee` is the total
            # refunded on the trade so far (总退款金额), not this refund's amount.
            refunded_at = optional_text(params, "gmt_refund", 26)
            return ProviderEvent(
                **base,
                kind=EventKind.REFUND,
                amount=decimal_amount(params["refund_fee"], "refund_fee"),
                occurred_at=_local_time(refunded_at, "gmt_refund") if refunded_at else notify_time,
                refund_reference=optional_text(params, "out_biz_no", 64) or base["event_id"],
                cumulative_refund=True,
            )
        if status not in PAID_STATUSES:
            return ProviderEvent(**base, kind=EventKind.IGNORED, occurred_at=notify_time)
        paid_at = optional_text(params, "gmt_payment", 26)
        refs = tuple(v for v in (optional_text(params, "out_trade_no", 64), optional_text(params, "passback_params", 128)) if v)
        return ProviderEvent(
            **base,
            kind=EventKind.PAYMENT,
            amount=decimal_amount(params.get("total_amount"), "total_amount"),
            occurred_at=_local_time(paid_at, "gmt_payment") if paid_at else notify_time,
            invoice_refs=refs,
            payer_name=optional_text(params, "buyer_logon_id"),
        )

    def acknowledge(self) -> Response:
        return Response(status_code=200, content=b"success", media_type="text/plain")

    def refuse(self, status_code: int, message: str) -> Response:
        return Response(status_code=status_code, content=b"fail", media_type="text/plain")
