"""What every provider adapter gives the service: a verified, normalized event."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from starlette.responses import Response

from ...kit.clean import InputRejected, check_business_date, check_instant, clean_text, instant_from_epoch, parse_amount
from ...kit.money import CENT
from ...payments.models import PaymentMethod
from ..errors import Rejected, RejectCode
from ..models import EventKind, SecretKind

TOLERANCE_SECONDS = 300


@dataclass(frozen=True)
class Incoming:
    """One HTTP delivery as received: lower-cased headers and the raw body."""

    headers: Mapping[str, str]
    body: bytes
    received_at: datetime


@dataclass(frozen=True)
class Secret:
    kind: SecretKind
    key_id: str
    value: str


@dataclass(frozen=True)
class Credentials:
    """The endpoint's currently valid secrets (current and, during a rotation, previous)."""

    account_id: str
    secrets: Sequence[Secret]

    def of(self, kind: SecretKind) -> list[Secret]:
        return [s for s in self.secrets if s.kind is kind]


@dataclass(frozen=True)
class ProviderEvent:
    event_id: str
    event_type: str
    kind: EventKind
    method: PaymentMethod
    payment_reference: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    occurred_at: datetime | None = None
    paid_on: date | None = None  # a calendar date the sender gave as such (else occurred_at, in org time)
    invoice_refs: tuple[str, ...] = ()
    customer_code: str | None = None
    payer_name: str = ""
    refund_reference: str | None = None
    cumulative_refund: bool = False  # `amount` is the total refunded so far (Stripe), not this refund
    reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "event_type": self.event_type,
            "kind": self.kind.value,
            "payment_reference": self.payment_reference,
            "amount": None if self.amount is None else str(self.amount),
            "currency": self.currency,
            "occurred_at": None if self.occurred_at is None else self.occurred_at.isoformat(),
            "paid_on": None if self.paid_on is None else self.paid_on.isoformat(),
            "invoice_refs": list(self.invoice_refs),
            "customer_code": self.customer_code,
            "payer_name": self.payer_name,
            "refund_reference": self.refund_reference,
            "cumulative_refund": self.cumulative_refund,
            "reason": self.reason,
            **self.extra,
        }

    @classmethod
    def from_json(cls, event_id: str, method: PaymentMethod, data: dict[str, Any]) -> "ProviderEvent":
        occurred = data.get("occurred_at")
        paid_on = data.get("paid_on")
        return cls(
            event_id=event_id,
            event_type=data["event_type"],
            kind=EventKind(data["kind"]),
            method=method,
            payment_reference=data.get("payment_reference"),
            amount=None if data.get("amount") is None else Decimal(data["amount"]),
            currency=data.get("currency"),
            occurred_at=None if occurred is None else datetime.fromisoformat(occurred),
            paid_on=None if paid_on is None else date.fromisoformat(paid_on),
            invoice_refs=tuple(data.get("invoice_refs") or ()),
            customer_code=data.get("customer_code"),
            payer_name=data.get("payer_name") or "",
            refund_reference=data.get("refund_reference"),
            cumulative_refund=bool(data.get("cumulative_refund")),
            reason=data.get("reason") or "",
        )


class ProviderAdapter:
    name: str
    method: PaymentMethod

    def verify(self, incoming: Incoming, credentials: Credentials) -> ProviderEvent:
        raise NotImplementedError

    def acknowledge(self) -> Response:
        return Response(status_code=200, content=b'{"received":true}', media_type="application/json")

    def refuse(self, status_code: int, message: str) -> Response:
        return Response(
            status_code=status_code,
            content=json.dumps({"error": message}).encode(),
            media_type="application/json",
        )


# --- helpers shared by the adapters ---------------------------------------------------------


def check_fresh(when: datetime, now: datetime, tolerance: int = TOLERANCE_SECONDS) -> None:
    if abs((now - when).total_seconds()) > tolerance:
        raise Rejected(RejectCode.STALE_TIMESTAMP, f"The timestamp is more than {tolerance} seconds away from now.")


def epoch_header(value: str, name: str) -> datetime:
    """A Unix-seconds header (Stripe's `t`, Wechatpay-Timestamp): not a number is a missing
    signature; a number outside the accepted range (t=10**400) can only be stale."""
    if not re.fullmatch(r"-?[0-9]+", value.strip()):
        raise Rejected(RejectCode.MISSING_SIGNATURE, f"{name} is not a number.")
    try:
        return instant_from_epoch(value.strip()[:40])
    except InputRejected as exc:
        raise Rejected(RejectCode.STALE_TIMESTAMP, f"{name} is out of range.") from exc


def parse_timestamp_header(value: str) -> tuple[str, dict[str, list[str]]]:
    """`t=...,v1=...,v1=...` → (t as sent, {"v1": [...], ...})."""
    schemes: dict[str, list[str]] = {}
    timestamp: str | None = None
    for part in value.split(","):
        key, sep, item = part.strip().partition("=")
        if not sep:
            continue
        if key == "t":
            timestamp = item
        else:
            schemes.setdefault(key, []).append(item)
    if timestamp is None:
        raise Rejected(RejectCode.MISSING_SIGNATURE, "The signature header has no timestamp (t=).")
    return timestamp, schemes


def verify_timestamped_hmac(
    header: str | None, header_name: str, body: bytes, secrets: Sequence[Secret], now: datetime
) -> None:
    """Stripe's scheme: HMAC-SHA256 of `{t}.{body}`, hex, in one or more `v1=` entries."""
    if not header:
        raise Rejected(RejectCode.MISSING_SIGNATURE, f"The {header_name} header is missing.")
    if not secrets:
        raise Rejected(RejectCode.NO_SECRET, "No signing secret is configured for this endpoint.")
    timestamp, schemes = parse_timestamp_header(header)
    sent_at = epoch_header(timestamp, "The signature header's timestamp")
    signatures = schemes.get("v1", [])
    if not signatures:
        other = ", ".join(sorted(schemes)) or "none"
        raise Rejected(RejectCode.WRONG_ALGORITHM, f"Only v1 (HMAC-SHA256) signatures are accepted; got {other}.")
    signed = f"{timestamp}.".encode() + body
    expected = [hmac.new(s.value.encode(), signed, hashlib.sha256).hexdigest() for s in secrets]
    if not any(hmac.compare_digest(e.encode(), given.encode("utf-8", "replace")) for e in expected for given in signatures):
        raise Rejected(RejectCode.BAD_SIGNATURE, "No v1 signature matches a valid signing secret.")
    check_fresh(sent_at, now)


def load_json(body: bytes) -> dict[str, Any]:
    """A JSON object; numbers with a fraction or exponent (and NaN, Infinity) become Decimal, never float."""
    try:
        data = json.loads(body, parse_float=Decimal, parse_constant=Decimal)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise Rejected(RejectCode.MALFORMED, "The body is not JSON.") from exc
    if not isinstance(data, dict):
        raise Rejected(RejectCode.MALFORMED, "The body is not a JSON object.")
    return data


T = TypeVar("T")


def cleaned(key: str, clean: Callable[[Any], T], value: Any) -> T:
    """`clean(value)` (a kit.clean function), its refusal as a delivery that can never succeed."""
    try:
        return clean(value)
    except InputRejected as exc:
        raise Rejected(RejectCode.INVALID_VALUE, f"`{key}`: {exc.message}") from exc


def require_text(data: Mapping[str, Any], key: str, max_length: int = 128) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip() or len(value) > max_length:
        raise Rejected(RejectCode.MALFORMED, f"`{key}` is missing or not a string of at most {max_length} characters.")
    return cleaned(key, clean_text, value.strip())


def optional_text(data: Mapping[str, Any], key: str, max_length: int = 200) -> str:
    value = data.get(key)
    return cleaned(key, clean_text, value.strip()[:max_length]) if isinstance(value, str) else ""


def decimal_amount(value: Any, key: str) -> Decimal:
    """A positive amount with at most two decimals, given as a string or a JSON number."""
    if value is None:
        raise Rejected(RejectCode.MALFORMED, f"`{key}` is missing.")
    amount = cleaned(key, lambda v: parse_amount(v, allow_float=True), value)
    if amount <= 0:
        raise Rejected(RejectCode.MALFORMED, f"`{key}` must be a positive amount.")
    return amount.quantize(CENT)


def minor_units(value: Any, key: str, currency: str) -> Decimal:
    """An integer amount in the currency's minor unit (cents, fen) as a Decimal amount."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise Rejected(RejectCode.MALFORMED, f"`{key}` must be a positive integer amount in minor units.")
    units = Decimal(value) if currency in ZERO_DECIMAL_CURRENCIES else Decimal(value).scaleb(-2)
    return cleaned(key, parse_amount, units).quantize(CENT)


def currency_code(value: Any, key: str = "currency") -> str:
    if not isinstance(value, str) or len(value) != 3 or not (value.isascii() and value.isalpha()):
        raise Rejected(RejectCode.MALFORMED, f"`{key}` must be an ISO 4217 currency code.")
    return value.upper()


def from_unix(value: Any, key: str = "created") -> datetime:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Rejected(RejectCode.MALFORMED, f"`{key}` must be a Unix timestamp.")
    return cleaned(key, instant_from_epoch, value)


def aware_time(value: datetime, key: str) -> datetime:
    """A provider's date-time with a UTC offset, inside the accepted range (kept in its offset)."""
    cleaned(key, check_instant, value)
    return value


def business_date(value: date, key: str) -> date:
    return cleaned(key, check_business_date, value)


# Stripe's zero-decimal currencies: amounts are already whole units.
ZERO_DECIMAL_CURRENCIES = frozenset(
    "BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF".split()
)
