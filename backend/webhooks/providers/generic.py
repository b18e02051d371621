"""The generic JSON webhook for banks and other gateways (format in docs/webhooks.md):
`X-Huikuan-Signature: t=<unix>,v1=<hex>` — HMAC-SHA256 over `{t}.{body}`, like Stripe."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ...payments.models import PaymentMethod
from ..errors import Rejected, RejectCode
from ..models import EventKind, SecretKind
from .base import (
    Credentials,
    Incoming,
    ProviderAdapter,
    ProviderEvent,
    aware_time,
    business_date,
    currency_code,
    decimal_amount,
    load_json,
    optional_text,
    require_text,
    verify_timestamped_hmac,
)

SIGNATURE_HEADER = "x-huikuan-signature"
PAYMENT = "payment.succeeded"
REFUND = "payment.refunded"
DISPUTE = "payment.disputed"


def _when(data: dict[str, Any], received_at: datetime) -> dict[str, Any]:
    """`occurred_at`: an ISO 8601 date (kept as the payment date) or date-time with offset."""
    value = data.get("occurred_at")
    if value is None:
        return {"occurred_at": received_at}
    message = "`occurred_at` must be an ISO 8601 date, or a date-time with a UTC offset."
    if not isinstance(value, str) or len(value) > 40:
        raise Rejected(RejectCode.MALFORMED, message)
    try:
        if len(value) == 10:
            return {"occurred_at": received_at, "paid_on": business_date(date.fromisoformat(value), "occurred_at")}
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise Rejected(RejectCode.MALFORMED, message) from exc
    if parsed.tzinfo is None:
        raise Rejected(RejectCode.MALFORMED, message)
    return {"occurred_at": aware_time(parsed, "occurred_at")}


class GenericAdapter(ProviderAdapter):
    name = "generic"
    method = PaymentMethod.BANK_TRANSFER

    def verify(self, incoming: Incoming, credentials: Credentials) -> ProviderEvent:
        verify_timestamped_hmac(
            incoming.headers.get(SIGNATURE_HEADER),
            "X-Huikuan-Signature",
            incoming.body,
            credentials.of(SecretKind.SIGNING_SECRET),
            incoming.received_at,
        )
        event = load_json(incoming.body)
        event_id = require_text(event, "id")
        event_type = require_text(event, "type", 64)
        data = event.get("data")
        if not isinstance(data, dict):
            raise Rejected(RejectCode.MALFORMED, "`data` must be an object.")
        base = {
            "event_id": event_id,
            "event_type": event_type,
            "method": self.method,
            **_when(data, incoming.received_at),
        }
        if event_type not in (PAYMENT, REFUND, DISPUTE):
            return ProviderEvent(**base, kind=EventKind.IGNORED)
        common = {
            "payment_reference": require_text(data, "payment_id"),
            "amount": decimal_amount(data.get("amount"), "amount"),
            "currency": currency_code(data.get("currency")),
        }
        if event_type == PAYMENT:
            invoice = optional_text(data, "invoice_number", 40)
            reference = optional_text(data, "reference", 128)
            return ProviderEvent(
                **base,
                **common,
                kind=EventKind.PAYMENT,
                invoice_refs=tuple(r for r in (invoice, reference) if r),
                customer_code=optional_text(data, "customer_code", 32) or None,
                payer_name=optional_text(data, "payer_name"),
            )
        if event_type == REFUND:
            return ProviderEvent(**base, **common, kind=EventKind.REFUND, refund_reference=require_text(data, "refund_id"))
        return ProviderEvent(**base, **common, kind=EventKind.DISPUTE, reason=optional_text(data, "reason", 64))
