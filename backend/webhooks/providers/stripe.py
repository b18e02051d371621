"""Stripe: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>...]`, HMAC-SHA256 over `{t}.{body}` with
the endpoint's signing secret (whsec_...), five minutes of tolerance."""

from __future__ import annotations

from typing import Any

from ...payments.models import PaymentMethod
from ..errors import Rejected, RejectCode
from ..models import EventKind, SecretKind
from .base import (
    Credentials,
    Incoming,
    ProviderAdapter,
    ProviderEvent,
    currency_code,
    from_unix,
    load_json,
    minor_units,
    optional_text,
    require_text,
    verify_timestamped_hmac,
)

PAYMENT_SUCCEEDED = "payment_intent.succeeded"
CHARGE_REFUNDED = "charge.refunded"
DISPUTE_CREATED = "charge.dispute.created"


def _object(event: dict[str, Any]) -> dict[str, Any]:
    data = event.get("data")
    obj = data.get("object") if isinstance(data, dict) else None
    if not isinstance(obj, dict):
        raise Rejected(RejectCode.MALFORMED, "`data.object` is missing.")
    return obj


def _metadata(obj: dict[str, Any]) -> dict[str, Any]:
    metadata = obj.get("metadata")
    return metadata if isinstance(metadata, dict) else {}


class StripeAdapter(ProviderAdapter):
    name = "stripe"
    method = PaymentMethod.CARD

    def verify(self, incoming: Incoming, credentials: Credentials) -> ProviderEvent:
        verify_timestamped_hmac(
            incoming.headers.get("stripe-signature"),
            "Stripe-Signature",
            incoming.body,
            credentials.of(SecretKind.SIGNING_SECRET),
            incoming.received_at,
        )
        event = load_json(incoming.body)
        event_id = require_text(event, "id")
        event_type = require_text(event, "type", 64)
        occurred = from_unix(event.get("created"))
        base = {"event_id": event_id, "event_type": event_type, "method": self.method, "occurred_at": occurred}
        if event_type == PAYMENT_SUCCEEDED:
            obj = _object(event)
            metadata = _metadata(obj)
            currency = currency_code(obj.get("currency"))
            refs = tuple(
                value
                for value in (
                    optional_text(metadata, "invoice_number", 64), optional_text(metadata, "invoice", 64), optional_text(obj, "description", 128)
                )
                if value
            )
            return ProviderEvent(
                **base,
                kind=EventKind.PAYMENT,
                payment_reference=require_text(obj, "id"),
                amount=minor_units(obj.get("amount_received"), "amount_received", currency),
                currency=currency,
                invoice_refs=refs,
                customer_code=optional_text(metadata, "customer_code", 32) or None,
                payer_name=optional_text(metadata, "payer_name") or optional_text(obj, "receipt_email"),
            )
        if event_type == CHARGE_REFUNDED:
            obj = _object(event)
            currency = currency_code(obj.get("currency"))
            return ProviderEvent(
                **base,
                kind=EventKind.REFUND,
                payment_reference=require_text(obj, "payment_intent"),
                amount=minor_units(obj.get("amount_refunded"), "amount_refunded", currency),
                currency=currency,
                refund_reference=event_id,
                cumulative_refund=True,
            )
        if event_type == DISPUTE_CREATED:
            obj = _object(event)
            currency = currency_code(obj.get("currency"))
            return ProviderEvent(
                **base,
                kind=EventKind.DISPUTE,
                payment_reference=require_text(obj, "payment_intent"),
                amount=minor_units(obj.get("amount"), "amount", currency),
                currency=currency,
                refund_reference=require_text(obj, "id"),
                reason=optional_text(obj, "reason", 64),
            )
        return ProviderEvent(**base, kind=EventKind.IGNORED)
