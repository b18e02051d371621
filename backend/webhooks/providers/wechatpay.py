"""WeChat Pay API v3 notifications (支付通知 / 退款通知).

Headers Wechatpay-Timestamp, -Nonce, -Serial, -Signature: SHA256withRSA over
`{timestamp}\\n{nonce}\\n{body}\\n` with the platform certificate (or WeChat Pay public key) named by
the serial; `resource` is AEAD_AES_256_GCM-encrypted with the merchant's API v3 key. Success is
answered 204 without a body; failure with 4xx/5xx and `{"code": "FAIL", "message": ...}`."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
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
    currency_code,
    epoch_header,
    load_json,
    minor_units,
    optional_text,
    require_text,
)
from .keys import load_rsa_public_key, rsa_sha256_valid

SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"
AEAD = "AEAD_AES_256_GCM"
TRANSACTION_SUCCESS = "TRANSACTION.SUCCESS"
REFUND_SUCCESS = "REFUND.SUCCESS"


def decrypt_resource(resource: dict[str, Any], keys: list[bytes]) -> dict[str, Any]:
    try:
        nonce = resource["nonce"].encode()
        associated = (resource.get("associated_data") or "").encode()
        ciphertext = base64.b64decode(resource["ciphertext"], validate=True)
    except (KeyError, AttributeError, TypeError, UnicodeEncodeError, binascii.Error) as exc:
        raise Rejected(RejectCode.MALFORMED, "`resource` needs nonce and base64 ciphertext.") from exc
    for key in keys:
        try:
            plain = AESGCM(key).decrypt(nonce, ciphertext, associated)
        except (InvalidTag, ValueError):
            continue
        return load_json(plain)
    raise Rejected(RejectCode.DECRYPTION_FAILED, "The resource does not decrypt with a valid API v3 key.")


def _time(value: Any) -> datetime:
    try:
        parsed = datetime.fromisoformat(value[:40])
    except (TypeError, ValueError) as exc:
        raise Rejected(RejectCode.MALFORMED, "`success_time` must be an RFC 3339 time.") from exc
    if parsed.tzinfo is None:
        raise Rejected(RejectCode.MALFORMED, "`success_time` needs a UTC offset.")
    return aware_time(parsed, "success_time")


class WechatPayAdapter(ProviderAdapter):
    name = "wechatpay"
    method = PaymentMethod.WECHAT_PAY

    def _check_signature(self, incoming: Incoming, credentials: Credentials) -> None:
        h = incoming.headers
        signature, timestamp, nonce, serial = (
            h.get("wechatpay-signature"), h.get("wechatpay-timestamp"), h.get("wechatpay-nonce"), h.get("wechatpay-serial")
        )
        if not (signature and timestamp and nonce and serial):
            raise Rejected(RejectCode.MISSING_SIGNATURE, "Wechatpay-Signature, -Timestamp, -Nonce and -Serial are required.")
        signature_type = h.get("wechatpay-signature-type", SIGNATURE_TYPE)
        if signature_type != SIGNATURE_TYPE:
            raise Rejected(RejectCode.WRONG_ALGORITHM, f"Only {SIGNATURE_TYPE} is accepted, not {signature_type}.")
        sent_at = epoch_header(timestamp, "Wechatpay-Timestamp")
        keys = [k for k in credentials.of(SecretKind.PLATFORM_PUBLIC_KEY) if k.key_id == serial]
        if not keys:
            raise Rejected(RejectCode.UNKNOWN_KEY, f"No valid platform key has serial {serial[:64]}.")
        try:
            raw_signature = base64.b64decode(signature, validate=True)
        except binascii.Error as exc:
            raise Rejected(RejectCode.BAD_SIGNATURE, "Wechatpay-Signature is not base64.") from exc
        message = timestamp.encode() + b"\n" + nonce.encode() + b"\n" + incoming.body + b"\n"
        if not any(rsa_sha256_valid(load_rsa_public_key(k.value), raw_signature, message) for k in keys):
            raise Rejected(RejectCode.BAD_SIGNATURE, "The signature does not verify with the platform key.")
        check_fresh(sent_at, incoming.received_at)

    def verify(self, incoming: Incoming, credentials: Credentials) -> ProviderEvent:
        self._check_signature(incoming, credentials)
        notice = load_json(incoming.body)
        event_id = require_text(notice, "id")
        event_type = require_text(notice, "event_type", 64)
        resource = notice.get("resource")
        if not isinstance(resource, dict):
            raise Rejected(RejectCode.MALFORMED, "`resource` is missing.")
        if resource.get("algorithm") != AEAD:
            raise Rejected(RejectCode.WRONG_ALGORITHM, f"`resource` must be encrypted with {AEAD}.")
        api_keys = [k.value.encode() for k in credentials.of(SecretKind.API_V3_KEY)]
        if not api_keys:
            raise Rejected(RejectCode.NO_SECRET, "No API v3 key is configured for this endpoint.")
        data = decrypt_resource(resource, api_keys)
        base = {"event_id": event_id, "event_type": event_type, "method": self.method}
        if event_type not in (TRANSACTION_SUCCESS, REFUND_SUCCESS):
            return ProviderEvent(**base, kind=EventKind.IGNORED)
        if data.get("mchid") != credentials.account_id:
            raise Rejected(RejectCode.ACCOUNT_MISMATCH, "`mchid` is not this endpoint's merchant.")
        amount = data.get("amount")
        if not isinstance(amount, dict):
            raise Rejected(RejectCode.MALFORMED, "`amount` is missing.")
        currency = currency_code(amount.get("currency", "CNY"))
        common = {
            "payment_reference": require_text(data, "transaction_id", 64),
            "currency": currency,
            "occurred_at": _time(data.get("success_time")),
        }
        if event_type == TRANSACTION_SUCCESS:
            if data.get("trade_state") != "SUCCESS":
                return ProviderEvent(**base, kind=EventKind.IGNORED)
            refs = tuple(v for v in (optional_text(data, "out_trade_no", 64), optional_text(data, "attach", 128)) if v)
            return ProviderEvent(
                **base, **common, kind=EventKind.PAYMENT, amount=minor_units(amount.get("total"), "amount.total", currency),
                invoice_refs=refs,
            )
        if data.get("refund_status") != "SUCCESS":
            return ProviderEvent(**base, kind=EventKind.IGNORED)
        return ProviderEvent(
            **base, **common, kind=EventKind.REFUND, amount=minor_units(amount.get("refund"), "amount.refund", currency),
            refund_reference=require_text(data, "refund_id", 64),
        )

    def acknowledge(self) -> Response:
        return Response(status_code=204)

    def refuse(self, status_code: int, message: str) -> Response:
        return Response(
            status_code=status_code,
            content=json.dumps({"code": "FAIL", "message": message}, ensure_ascii=False).encode(),
            media_type="application/json",
        )
