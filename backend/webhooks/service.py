"""Payment-provider webhooks: endpoints and their secrets, receiving deliveries, applying events.

Receiving a delivery (see docs/webhooks.md):
1. the URL token names the endpoint (so the organization); unknown → 404, stored as rejected;
2. the provider adapter verifies signature, timestamp, algorithm and account → 401 when it fails,
   stored as rejected, nothing applied;
3. in one transaction: the event row is inserted with ON CONFLICT DO NOTHING on
   (organization, provider, event id) — a concurrent or later copy finds it and is stored as a
   duplicate and acknowledged; the first one applies the event under a transaction-scoped advisory
   lock on (organization, provider, payment reference), so a refund and its payment never pass each
   other: a refund or dispute whose payment is not there yet is held, and applied when it arrives.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from starlette.responses import Response
from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.permissions import Permission
from ..audit import service as audit
from ..audit.models import ActorType
from ..customers.models import Customer
from ..invoices import service as invoices
from ..invoices import validation
from ..config import get_settings
from ..invoices.ledger import OPEN_STATUSES, lock_invoices
from ..invoices.models import Invoice
from ..kit.errors import DomainError, FieldError
from ..kit.ids import new_token
from ..kit.time import local_today, utcnow
from ..kit.uow import unit_of_work
from ..payments import service as payments
from ..payments.models import Allocation, Payment, PaymentStatus, Refund
from . import sealing
from .errors import Rejected, RejectCode, WebhookErrorCode as Code
from .models import (
    DeliveryStatus,
    EventKind,
    EventStatus,
    Provider,
    SecretKind,
    Task,
    TaskKind,
    TaskState,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
    WebhookSecret,
)
from .providers import ADAPTERS, Credentials, Incoming, ProviderAdapter, ProviderEvent, Secret
from .providers.keys import load_rsa_public_key

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 256 * 1024
MAX_GRACE_HOURS = 24 * 30
DEFAULT_GRACE_HOURS = 24
KINDS_BY_PROVIDER: dict[Provider, frozenset[SecretKind]] = {
    Provider.STRIPE: frozenset({SecretKind.SIGNING_SECRET}),
    Provider.GENERIC: frozenset({SecretKind.SIGNING_SECRET}),
    Provider.ALIPAY: frozenset({SecretKind.ALIPAY_PUBLIC_KEY}),
    Provider.WECHATPAY: frozenset({SecretKind.PLATFORM_PUBLIC_KEY, SecretKind.API_V3_KEY}),
}
ACCOUNT_REQUIRED = frozenset({Provider.ALIPAY, Provider.WECHATPAY})
ENDPOINT_FIELDS = ("provider", "account_id", "is_active")


def _raise_if(errors: list[FieldError | None]) -> None:
    found = [e for e in errors if e is not None]
    if found:
        raise DomainError(*found)


# --- endpoints and secrets ------------------------------------------------------------------


def _account_error(provider: Provider, account_id: str) -> FieldError | None:
    if len(account_id) > 64:
        return FieldError(Code.INVALID, "At most 64 characters.", "accountId")
    if provider in ACCOUNT_REQUIRED and not account_id:
        what = "Alipay app_id" if provider is Provider.ALIPAY else "WeChat Pay mchid"
        return FieldError(Code.REQUIRED, f"The {what} is required: notifications for another account are refused.", "accountId")
    return None


async def create_endpoint(actor: Actor, *, provider: Provider, account_id: str = "") -> WebhookEndpoint:
    actor.require_write().require(Permission.WEBHOOKS_MANAGE)
    account_id = account_id.strip()
    _raise_if([_account_error(provider, account_id)])
    async with unit_of_work():
        if await WebhookEndpoint.filter(organization_id=actor.org_id, provider=provider).exists():
            raise DomainError.single(Code.ENDPOINT_EXISTS, f"This organization already has a {provider.value} endpoint.", "provider")
        endpoint = await WebhookEndpoint.create(
            organization_id=actor.org_id, provider=provider, token=new_token(24), account_id=account_id
        )
        await audit.record(actor, "webhook_endpoint.create", "webhook_endpoint", endpoint.id, after=audit.snapshot(endpoint, ENDPOINT_FIELDS))
    return endpoint


async def _locked_endpoint(actor: Actor, endpoint_id: uuid.UUID | None) -> WebhookEndpoint:
    endpoint = (
        await WebhookEndpoint.filter(id=endpoint_id, organization_id=actor.org_id).select_for_update().first()
        if endpoint_id
        else None
    )
    if endpoint is None:
        raise DomainError.single(Code.NOT_FOUND, "No such webhook endpoint.", "endpointId")
    return endpoint


async def update_endpoint(
    actor: Actor, endpoint_id: uuid.UUID | None, *, account_id: str | None, is_active: bool | None
) -> WebhookEndpoint:
    actor.require_write().require(Permission.WEBHOOKS_MANAGE)
    async with unit_of_work():
        endpoint = await _locked_endpoint(actor, endpoint_id)
        before = audit.snapshot(endpoint, ENDPOINT_FIELDS)
        if account_id is not None:
            _raise_if([_account_error(endpoint.provider, account_id.strip())])
            endpoint.account_id = account_id.strip()
        if is_active is not None:
            endpoint.is_active = is_active
        await endpoint.save()
        await audit.record(actor, "webhook_endpoint.update", "webhook_endpoint", endpoint.id, before=before, after=audit.snapshot(endpoint, ENDPOINT_FIELDS))
    return endpoint


def _secret_error(kind: SecretKind, value: str) -> FieldError | None:
    if kind is SecretKind.SIGNING_SECRET and not 16 <= len(value) <= 256:
        return FieldError(Code.INVALID_SECRET, "A signing secret has 16 to 256 characters.", "value")
    if kind is SecretKind.API_V3_KEY and len(value.encode()) != 32:
        return FieldError(Code.INVALID_SECRET, "The API v3 key has exactly 32 characters.", "value")
    if kind in (SecretKind.ALIPAY_PUBLIC_KEY, SecretKind.PLATFORM_PUBLIC_KEY):
        try:
            load_rsa_public_key(value)
        except ValueError:
            return FieldError(Code.INVALID_SECRET, "Give an RSA public key or certificate (PEM, or base64 DER).", "value")
    return None


def _normalized_secret(kind: SecretKind, value: str) -> str:
    if kind in (SecretKind.ALIPAY_PUBLIC_KEY, SecretKind.PLATFORM_PUBLIC_KEY):
        key = load_rsa_public_key(value.strip())
        return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return value


async def rotate_secret(
    actor: Actor,
    endpoint_id: uuid.UUID | None,
    *,
    kind: SecretKind,
    value: str,
    key_id: str = "",
    previous_valid_hours: int = DEFAULT_GRACE_HOURS,
) -> WebhookSecret:
    """Add a secret; the valid ones of the same kind stay valid `previous_valid_hours` more (0: now)."""
    actor.require_write().require(Permission.WEBHOOKS_MANAGE)
    key_id = key_id.strip()
    errors: list[FieldError | None] = [_secret_error(kind, value.strip() if kind is not SecretKind.SIGNING_SECRET else value)]
    if not 0 <= previous_valid_hours <= MAX_GRACE_HOURS:
        errors.append(FieldError(Code.INVALID_GRACE, f"Between 0 and {MAX_GRACE_HOURS} hours.", "previousValidHours"))
    if kind is SecretKind.PLATFORM_PUBLIC_KEY and not key_id:
        errors.append(FieldError(Code.KEY_ID_REQUIRED, "Give the platform certificate's serial number.", "keyId"))
    if len(key_id) > 128:
        errors.append(FieldError(Code.INVALID, "At most 128 characters.", "keyId"))
    async with unit_of_work():
        endpoint = await _locked_endpoint(actor, endpoint_id)
        if kind not in KINDS_BY_PROVIDER[endpoint.provider]:
            errors.append(FieldError(Code.SECRET_KIND_NOT_FOR_PROVIDER, f"{endpoint.provider.value} does not use a {kind.value}.", "kind"))
        _raise_if(errors)
        now = utcnow()
        until = now + timedelta(hours=previous_valid_hours)
        previous = await WebhookSecret.filter(endpoint_id=endpoint.id, kind=kind).filter(
            expires_at__isnull=True
        ).values_list("id", flat=True)
        later = await WebhookSecret.filter(endpoint_id=endpoint.id, kind=kind, expires_at__gt=until).values_list("id", flat=True)
        await WebhookSecret.filter(id__in=[*previous, *later]).update(expires_at=until)
        plain = _normalized_secret(kind, value)
        secret = await WebhookSecret.create(
            organization_id=actor.org_id,
            endpoint=endpoint,
            kind=kind,
            key_id=key_id,
            sealed_value=sealing.seal(plain, actor.org_id),
            fingerprint=sealing.fingerprint(plain),
            created_by_id=actor.user_id,
        )
        await audit.record(
            actor, "webhook_secret.rotate", "webhook_secret", secret.id,
            after={"kind": kind.value, "key_id": key_id, "fingerprint": secret.fingerprint},
            extra={"endpoint": str(endpoint.id), "previous_valid_until": until, "previous": [str(i) for i in [*previous, *later]]},
        )
    return secret


async def revoke_secret(actor: Actor, secret_id: uuid.UUID | None) -> WebhookSecret:
    actor.require_write().require(Permission.WEBHOOKS_MANAGE)
    async with unit_of_work():
        secret = (
            await WebhookSecret.filter(id=secret_id, organization_id=actor.org_id).select_for_update().first()
            if secret_id
            else None
        )
        if secret is None:
            raise DomainError.single(Code.NOT_FOUND, "No such secret.", "id")
        now = utcnow()
        before = audit.snapshot(secret, ("expires_at",))
        if secret.expires_at is None or secret.expires_at > now:
            secret.expires_at = now
            await secret.save(update_fields=["expires_at"])
        await audit.record(actor, "webhook_secret.revoke", "webhook_secret", secret.id, before=before, after=audit.snapshot(secret, ("expires_at",)))
    return secret


# --- tasks ----------------------------------------------------------------------------------


async def open_task(organization_id: uuid.UUID, kind: TaskKind, title: str, target_type: str, target_id: Any) -> None:
    """One task per (kind, target): raised once while open (the newest title wins), reopened when done."""
    await connections.get("default").execute_query(
        "INSERT INTO tasks (id, organization_id, kind, title, target_type, target_id, state, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, 'open', now()) "
        "ON CONFLICT (organization_id, kind, target_type, target_id) "
        "DO UPDATE SET title = EXCLUDED.title, state = 'open', done_at = NULL, done_by_id = NULL",
        [uuid.uuid4(), organization_id, kind.value, title[:300], target_type, str(target_id)],
    )


async def complete_task(actor: Actor, task_id: uuid.UUID | None) -> Task:
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    async with unit_of_work():
        task = await Task.filter(id=task_id, organization_id=actor.org_id).select_for_update().first() if task_id else None
        if task is None:
            raise DomainError.single(Code.NOT_FOUND, "No such task.", "id")
        if task.state is TaskState.DONE:
            raise DomainError.single(Code.ALREADY_DONE, "This task is already done.", "id")
        task.state = TaskState.DONE
        task.done_at = utcnow()
        task.done_by_id = actor.user_id
        await task.save(update_fields=["state", "done_at", "done_by_id"])
        await audit.record(actor, "task.complete", "task", task.id, before={"state": "open"}, after={"state": "done"})
    return task


# --- receiving ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    id: uuid.UUID
    organization_id: uuid.UUID
    provider: Provider
    timezone: str
    base_currency: str
    credentials: Credentials


async def _endpoint(provider: Provider, token: str) -> Endpoint | None:
    rows = await connections.get("default").execute_query_dict(
        "SELECT e.id, e.organization_id, e.account_id, o.timezone, o.base_currency, s.kind, s.key_id, s.sealed_value "
        "FROM webhook_endpoints e JOIN organizations o ON o.id = e.organization_id "
        "LEFT JOIN webhook_secrets s ON s.endpoint_id = e.id AND (s.expires_at IS NULL OR s.expires_at > now()) "
        "WHERE e.token = $1 AND e.provider = $2 AND e.is_active "
        "ORDER BY s.created_at DESC",
        [token, provider.value],
    )
    if not rows:
        return None
    first = rows[0]
    secrets = []
    for r in rows:
        if r["kind"] is None:
            continue
        try:
            value = sealing.unseal(r["sealed_value"], first["organization_id"])
        except InvalidTag:
            log.error("webhook secret of endpoint %s does not open: is its key missing from ENCRYPTION_KEYS?", first["id"])
            continue
        secrets.append(Secret(kind=SecretKind(r["kind"]), key_id=r["key_id"], value=value))
    return Endpoint(
        id=first["id"],
        organization_id=first["organization_id"],
        provider=provider,
        timezone=first["timezone"],
        base_currency=first["base_currency"],
        credentials=Credentials(account_id=first["account_id"], secrets=secrets),
    )


_INSERT_DELIVERY = (
    "INSERT INTO webhook_deliveries (id, organization_id, provider, endpoint_token, headers, body, received_at, source_address, "
    "status, error_code, error, event_id, provider_event_id) "
    "VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13)"
)
# A delivery to no endpoint keeps this much: enough to recognise a misconfigured sender.
UNKNOWN_TARGET_BODY_BYTES = 1024
UNKNOWN_TARGET_HEADER_CHARS = 256
MAX_HEADERS = 64
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def storable(value: str, max_length: int) -> str:
    """Text as received, made storable in PostgreSQL text and jsonb: a NUL byte or a lone
    surrogate is kept visible as an escape (\\x00, \\ud800), and the length is capped."""
    return value.replace("\x00", "\\x00").encode("utf-8", "backslashreplace").decode("utf-8")[:max_length]


@dataclass(frozen=True)
class Delivery:
    """One request as it will be stored: text fields storable, the body as received."""

    provider: str
    token: str
    headers: Mapping[str, str]
    body: bytes
    received_at: Any
    source: str

    @classmethod
    def received(cls, provider: str, token: str, headers: Mapping[str, str], body: bytes, source: str) -> "Delivery":
        kept = list(headers.items())[:MAX_HEADERS]
        return cls(
            storable(provider, 16), storable(token, 64), {storable(k, 100): storable(v, 2000) for k, v in kept}, body, utcnow(),
            storable(source, 64),
        )

    def small(self) -> "Delivery":
        """What is kept of a delivery to no endpoint (or over the size limit): headers and the body's start."""
        return replace(
            self,
            headers={k: v[:UNKNOWN_TARGET_HEADER_CHARS] for k, v in self.headers.items()},
            body=self.body[:UNKNOWN_TARGET_BODY_BYTES],
        )

    def values(self, organization_id: uuid.UUID | None) -> list[Any]:
        return [
            uuid.uuid4(), organization_id, self.provider, self.token, json.dumps(dict(self.headers)), self.body, self.received_at,
            self.source,
        ]


async def _store_delivery(
    delivery: Delivery,
    organization_id: uuid.UUID | None,
    status: DeliveryStatus,
    *,
    error_code: str | None = None,
    error: str | None = None,
    provider_event_id: str | None = None,
) -> None:
    await connections.get("default").execute_query(
        _INSERT_DELIVERY,
        [
            *delivery.values(organization_id), status.value, error_code, None if error is None else storable(error, 2000), None,
            None if provider_event_id is None else storable(provider_event_id, 128),
        ],
    )


# Refused deliveries per source address and minute, counted in PostgreSQL so that every API
# process shares the count.
_COUNT_REFUSAL = """
INSERT INTO webhook_rate_limits (source, window_start, hits) VALUES ($1, date_trunc('minute', now()), 1)
ON CONFLICT (source, window_start) DO UPDATE SET hits = webhook_rate_limits.hits + 1
RETURNING hits
"""


async def _within_refusal_limit(source: str) -> bool:
    rows = await connections.get("default").execute_query_dict(_COUNT_REFUSAL, [source])
    return rows[0]["hits"] <= get_settings().webhook_refusals_per_minute


async def _refuse(delivery: Delivery, adapter: ProviderAdapter, endpoint: "Endpoint | None", exc: Rejected) -> Response:
    """Store a refused delivery (small when it names no endpoint) and answer; past the per-address
    limit of refusals, answer 429 and store nothing more."""
    if not await _within_refusal_limit(delivery.source):
        response = adapter.refuse(429, "Too many refused deliveries from this address; retry later.")
        response.headers["Retry-After"] = "60"
        return response
    small = endpoint is None or exc.code is RejectCode.BODY_TOO_LARGE
    log.info("webhook %s rejected: %s", delivery.provider, exc)
    await _store_delivery(
        delivery.small() if small else delivery, endpoint.organization_id if endpoint else None, DeliveryStatus.REJECTED,
        error_code=exc.code.value, error=exc.message,
    )
    return adapter.refuse(exc.status_code, exc.message)


async def receive(
    provider_name: str, token: str, headers: Mapping[str, str], body: bytes, request_id: str | None, source: str
) -> Response:
    """Handle one delivery end to end and answer in the provider's own terms. Every delivery is
    stored, whatever happens (but refusals past the per-address limit)."""
    delivery = Delivery.received(provider_name, token, headers, body, source)
    try:
        provider: Provider | None = Provider(provider_name)
    except ValueError:
        provider = None
    adapter = ADAPTERS[provider] if provider else ProviderAdapter()
    endpoint = await _endpoint(provider, token) if provider and _TOKEN.fullmatch(token) else None
    try:
        if endpoint is None:
            raise Rejected(RejectCode.UNKNOWN_ENDPOINT, "No active endpoint has this URL.")
        if len(body) > MAX_BODY_BYTES:
            raise Rejected(RejectCode.BODY_TOO_LARGE, f"The body is larger than {MAX_BODY_BYTES} bytes.")
        event = adapter.verify(Incoming(headers=headers, body=body, received_at=delivery.received_at), endpoint.credentials)
    except Rejected as exc:
        return await _refuse(delivery, adapter, endpoint, exc)
    except Exception as exc:  # noqa: BLE001 - a body no check foresaw: stored as failed, never lost
        log.exception("webhook %s could not be read", delivery.provider)
        assert endpoint is not None
        await _store_delivery(delivery, endpoint.organization_id, DeliveryStatus.FAILED, error_code=type(exc).__name__[:32], error=str(exc))
        return adapter.refuse(500, "The delivery could not be read; please retry.")
    try:
        await _process(endpoint, event, delivery, request_id)
    except Exception as exc:  # noqa: BLE001 - stored as failed; the provider retries
        log.exception("webhook %s event %s failed", endpoint.provider.value, event.event_id)
        await _store_delivery(
            delivery, endpoint.organization_id, DeliveryStatus.FAILED,
            error_code=type(exc).__name__[:32], error=str(exc), provider_event_id=event.event_id,
        )
        return adapter.refuse(500, "The event could not be applied; please retry.")
    return adapter.acknowledge()


# Held deliveries keep their body: they wait for their payment.
_PURGE_BODIES = """
UPDATE webhook_deliveries SET body = ''::bytea
WHERE received_at < $1 AND status <> 'held' AND octet_length(body) > 0
"""


async def purge_delivery_bodies(received_before: datetime) -> int:
    """Clear the bodies of deliveries received before `received_before` (headers, status and
    event stay) and drop the refusal counters of past minutes; how many bodies were cleared."""
    conn = connections.get("default")
    result = await conn.execute_query(_PURGE_BODIES, [received_before])
    await conn.execute_query("DELETE FROM webhook_rate_limits WHERE window_start < now() - interval '1 hour'")
    return result[0]


def _webhook_actor(organization_id: uuid.UUID, request_id: str | None) -> Actor:
    return Actor(
        actor_type=ActorType.WEBHOOK,
        organization_id=organization_id,
        permissions=frozenset({Permission.PAYMENTS_MANAGE, Permission.INVOICES_MANAGE}),
        request_id=request_id,
    )


# The advisory lock (organization, provider, payment reference) is taken in the same statement,
# before the event row: a refund and its payment, or two copies of one event, go one at a time.
_INSERT_EVENT = """
INSERT INTO webhook_events (id, organization_id, provider, event_id, event_type, kind, status, payment_reference, data, created_at)
SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, now()
FROM (SELECT pg_advisory_xact_lock(hashtextextended($10, 0))) AS serialized
ON CONFLICT (organization_id, provider, event_id) DO NOTHING
RETURNING id
"""
_DUPLICATE_DELIVERY = """
INSERT INTO webhook_deliveries (id, organization_id, provider, endpoint_token, headers, body, received_at, source_address, status,
                                event_id, provider_event_id)
SELECT $1, $2, $3::varchar, $4, $5::jsonb, $6, $7, $8, 'duplicate', e.id, $9::varchar
FROM webhook_events e WHERE e.organization_id = $2 AND e.provider = $3::varchar AND e.event_id = $9::varchar
"""
_FINISH_EVENT = """
WITH finished AS (UPDATE webhook_events SET status = $14, payment_id = $15, processed_at = $16 WHERE id = $12)
INSERT INTO webhook_deliveries (id, organization_id, provider, endpoint_token, headers, body, received_at, source_address, status,
                                error_code, error, event_id, provider_event_id)
VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13)
"""


async def _process(endpoint: Endpoint, event: ProviderEvent, delivery: Delivery, request_id: str | None) -> DeliveryStatus:
    actor = _webhook_actor(endpoint.organization_id, request_id)
    org_id, provider = endpoint.organization_id, endpoint.provider.value
    async with unit_of_work() as conn:
        rows = await conn.execute_query_dict(
            _INSERT_EVENT,
            [
                uuid.uuid4(), org_id, provider, event.event_id, event.event_type, event.kind.value,
                (EventStatus.IGNORED if event.kind is EventKind.IGNORED else EventStatus.PROCESSED).value,
                event.payment_reference, json.dumps(event.as_json()),
                f"{org_id}:{provider}:{event.payment_reference or event.event_id}",
            ],
        )
        if not rows:
            await conn.execute_query(_DUPLICATE_DELIVERY, [*delivery.values(org_id), event.event_id])
            return DeliveryStatus.DUPLICATE
        event_row_id = rows[0]["id"]
        payment_id: uuid.UUID | None = None
        if event.kind is EventKind.IGNORED:
            status, event_status = DeliveryStatus.ACCEPTED, EventStatus.IGNORED
        else:
            payment_id = await _apply(actor, endpoint, event, event_row_id)
            if payment_id is None:
                status, event_status = DeliveryStatus.HELD, EventStatus.HELD
            else:
                status, event_status = DeliveryStatus.PROCESSED, EventStatus.PROCESSED
                if event.kind is EventKind.PAYMENT:
                    await _release_held(actor, endpoint, event.payment_reference, payment_id)
        await conn.execute_query(
            _FINISH_EVENT,
            [
                *delivery.values(org_id), status.value, None, None, event_row_id, event.event_id,
                event_status.value, payment_id, utcnow() if payment_id else None,
            ],
        )
    return status


# --- applying events ------------------------------------------------------------------------


def _local_date(event: ProviderEvent, timezone: str) -> date:
    """The event's business date in the organization's timezone; a provider's clock (or date)
    ahead of ours is read as today: money is not posted in the future."""
    if event.paid_on is not None:
        day = event.paid_on
    else:
        assert event.occurred_at is not None
        day = event.occurred_at.astimezone(ZoneInfo(timezone)).date()
    return min(day, local_today(timezone))


async def _apply(actor: Actor, endpoint: Endpoint, event: ProviderEvent, event_row_id: uuid.UUID) -> uuid.UUID | None:
    """Apply the event; the payment it concerns, or None when it must wait (held): a refund or
    dispute whose payment is not here yet, or money in a currency with no known rate."""
    if event.kind is EventKind.PAYMENT:
        return await _apply_payment(actor, endpoint, event, event_row_id)
    assert event.payment_reference is not None
    payment = await payments.find_payment(actor, endpoint.provider.value, event.payment_reference)
    if payment is None:
        return None
    if event.kind is EventKind.REFUND:
        await _apply_refund(actor, endpoint, event, payment)
    else:
        await _apply_dispute(actor, endpoint, event, payment)
    return payment.id


@dataclass(frozen=True)
class Match:
    id: uuid.UUID
    customer_id: uuid.UUID
    open_amount: Decimal
    exchange_rate: Decimal


_MATCH_SQL = """
SELECT id, number, exchange_rate FROM invoices
WHERE organization_id = $1 AND number = ANY($2::text[]) AND currency = $3 AND status IN ('issued', 'partially_paid')
"""


async def _matched_invoice(actor: Actor, event: ProviderEvent) -> Match | None:
    """The open invoice the event names (in its currency): by exact number in one query, else by the
    payment service's looser match (case, spaces, e-invoice number 发票号码). The invoice is locked
    until the delivery commits and its open amount read under the lock, so two payments racing
    for it each get min(amount, what the other left open)."""
    if not event.invoice_refs:
        return None
    conn = connections.get("default")
    rows = await conn.execute_query_dict(_MATCH_SQL, [actor.org_id, list(event.invoice_refs), event.currency])
    by_number = {row["number"]: row for row in rows}
    found = next(((by_number[ref]["id"], by_number[ref]["exchange_rate"]) for ref in event.invoice_refs if ref in by_number), None)
    if found is None:
        for ref in event.invoice_refs:
            invoice = await payments.find_open_invoice(actor, ref, currency=event.currency)
            if invoice is not None:
                found = (invoice.id, invoice.exchange_rate)
                break
    if found is None:
        return None
    locked = (await lock_invoices(conn, actor.org_id, [found[0]])).get(found[0])
    if locked is None:
        return None
    open_amount = locked.open if locked.status in OPEN_STATUSES else Decimal("0.00")
    return Match(locked.id, locked.customer_id, open_amount, found[1])


async def _exchange_rate(actor: Actor, endpoint: Endpoint, currency: str, invoice: Match | None) -> Decimal | None:
    """The rate for money in a foreign currency: the matched invoice's, else the organization's latest
    invoice in that currency; None in the base currency and when nothing is known."""
    if currency == endpoint.base_currency:
        return None
    if invoice is not None:
        return invoice.exchange_rate
    latest = await Invoice.filter(organization_id=actor.org_id, currency=currency, issued_at__isnull=False).order_by("-issued_at").first()
    return latest.exchange_rate if latest else None


async def _apply_payment(
    actor: Actor, endpoint: Endpoint, event: ProviderEvent, event_row_id: uuid.UUID, *, exchange_rate: Decimal | None = None
) -> uuid.UUID | None:
    """Record the payment (None: held, in a foreign currency whose rate nobody knows yet)."""
    assert event.amount is not None and event.currency is not None and event.payment_reference is not None
    existing = await payments.find_payment(actor, endpoint.provider.value, event.payment_reference)
    if existing is not None:
        # The provider told of this payment before (Alipay's TRADE_SUCCESS then TRADE_FINISHED).
        return existing.id
    invoice = await _matched_invoice(actor, event)
    rate = exchange_rate or await _exchange_rate(actor, endpoint, event.currency, invoice)
    if rate is None and event.currency != endpoint.base_currency:
        await open_task(
            actor.org_id,
            TaskKind.NEEDS_RATE,
            f"{endpoint.provider.value} payment {event.payment_reference}: {event.amount} {event.currency} received, "
            f"no known rate to {endpoint.base_currency}; give the rate to record it",
            "webhook_event",
            event_row_id,
        )
        return None
    customer_id = invoice.customer_id if invoice else None
    if customer_id is None and event.customer_code:
        customer = await Customer.get_or_none(organization_id=actor.org_id, code=event.customer_code)
        customer_id = customer.id if customer else None
    record = {
        "customer_id": customer_id,
        "amount": event.amount,
        "currency": event.currency,
        "method": event.method,
        "received_on": _local_date(event, endpoint.timezone),
        "reference": (event.invoice_refs[0] if event.invoice_refs else event.payment_reference)[:128],
        "payer_name": event.payer_name,
        "provider": endpoint.provider.value,
        "provider_reference": event.payment_reference,
        "exchange_rate": rate,
    }
    if invoice is not None and invoice.open_amount > 0:
        # The allocation gives the payment its invoice's customer (one query fewer than naming it).
        payment = await payments.record_payment(
            actor, **{**record, "customer_id": None}, allocate=[(invoice.id, min(event.amount, invoice.open_amount))]
        )
    else:
        payment = await payments.record_payment(actor, **record)
    left = payments.unapplied(payment)
    if left > 0:
        await open_task(
            actor.org_id,
            TaskKind.UNAPPLIED_CASH,
            f"{endpoint.provider.value} payment {event.payment_reference}: {left} {payment.currency} unapplied"
            + ("" if payment.customer_id else ", customer unknown"),
            "payment",
            payment.id,
        )
    return payment.id


async def _apply_refund(actor: Actor, endpoint: Endpoint, event: ProviderEvent, payment: Payment) -> None:
    """Record the provider's refund. A refund is paid out of unapplied cash; when there is not enough,
    whole allocations are taken back first (newest first), so their invoices are open again, and
    what they free beyond the refund stays unapplied with a task to re-apply it (an allocation
    cannot be shortened without rewriting its history). A refund larger than what is left of the
    payment (it can arrive before its payment, or after a reversal) refunds what is left and
    raises a task for the excess: the payment is never blocked by it."""
    assert event.amount is not None
    if event.refund_reference and await Refund.filter(payment_id=payment.id, provider_reference=event.refund_reference).exists():
        return
    amount = event.amount - payment.refunded if event.cumulative_refund else event.amount
    if amount <= 0:
        return
    refundable = payment.amount - payment.refunded if payment.status is PaymentStatus.RECEIVED else Decimal("0.00")
    excess = max(amount - refundable, Decimal("0.00"))
    amount -= excess
    refunded_on = max(_local_date(event, endpoint.timezone), payment.received_on)
    if amount > 0:
        shortfall = amount - payments.unapplied(payment)
        taken_back = False
        if shortfall > 0:
            active = await Allocation.filter(payment_id=payment.id, reversed_on__isnull=True).order_by("-created_at", "-id")
            for allocation in active:
                if shortfall <= 0:
                    break
                await payments.unallocate(actor, allocation.id, reversed_on=max(refunded_on, allocation.applied_on))
                shortfall -= allocation.amount
                taken_back = True
        await payments.refund_payment(
            actor, payment.id, amount, event.refund_reference, refunded_on=refunded_on, reason=f"{endpoint.provider.value} refund"
        )
        if taken_back and shortfall < 0:
            await open_task(
                actor.org_id,
                TaskKind.UNAPPLIED_CASH,
                f"{endpoint.provider.value} refund {event.refund_reference} on payment {event.payment_reference}: "
                f"{-shortfall} {payment.currency} taken back from invoices is unapplied, re-apply it",
                "payment",
                payment.id,
            )
    if excess > 0:
        await open_task(
            actor.org_id,
            TaskKind.REFUND_EXCESS,
            f"{endpoint.provider.value} refund {event.refund_reference} on payment {event.payment_reference}: "
            f"{excess} {payment.currency} more than is left of the payment was refunded; check it with the provider",
            "payment",
            payment.id,
        )


async def _apply_dispute(actor: Actor, endpoint: Endpoint, event: ProviderEvent, payment: Payment) -> None:
    """A charge-back opened: flag the invoices the payment paid as disputed and raise a task."""
    invoice_ids = await Allocation.filter(payment_id=payment.id, reversed_on__isnull=True).values_list("invoice_id", flat=True)
    note = f"{endpoint.provider.value} dispute {event.refund_reference or ''} {event.reason}".strip()
    for invoice_id in sorted(set(invoice_ids)):
        await invoices.set_dispute(actor, invoice_id, disputed=True, note=note[:500])
    await open_task(
        actor.org_id,
        TaskKind.DISPUTE,
        f"{endpoint.provider.value} dispute {event.refund_reference or ''} on payment {event.payment_reference}: "
        f"{event.amount} {event.currency} ({event.reason or 'no reason given'})",
        "payment",
        payment.id,
    )


async def record_held_payment(actor: Actor, event_id: uuid.UUID | None, exchange_rate: Decimal) -> Payment:
    """Record a provider payment held for want of a rate (task NEEDS_RATE) with the rate a person
    gives: the payment is applied as its delivery would have been, the refunds and disputes held
    for it follow, and the task is done."""
    actor.require_write().require(Permission.PAYMENTS_MANAGE)
    held = WebhookEvent.filter(id=event_id, organization_id=actor.org_id, kind=EventKind.PAYMENT, status=EventStatus.HELD)
    async with unit_of_work() as conn:
        row = await held.first() if event_id else None
        if row is not None:
            # The delivery path's lock first (the same order as a delivery), then the row, still held.
            await conn.execute_query(
                "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [f"{actor.org_id}:{row.provider.value}:{row.payment_reference}"]
            )
            row = await held.select_for_update().first()
        if row is None:
            raise DomainError.single(Code.NOT_FOUND, "No payment event waits for a rate with this id.", "eventId")
        endpoint_row = await WebhookEndpoint.get(organization_id=actor.org_id, provider=row.provider).select_related("organization")
        org = endpoint_row.organization
        event = ProviderEvent.from_json(row.event_id, ADAPTERS[row.provider].method, row.data)
        assert event.currency is not None
        _, rate_error = validation.exchange_rate(event.currency, org.base_currency, exchange_rate)
        if rate_error is not None:
            raise DomainError.single(Code.INVALID, rate_error.message, "exchangeRate")
        endpoint = Endpoint(
            id=endpoint_row.id, organization_id=actor.org_id, provider=row.provider, timezone=org.timezone,
            base_currency=org.base_currency, credentials=Credentials(account_id="", secrets=()),
        )
        payment_id = await _apply_payment(actor, endpoint, event, row.id, exchange_rate=exchange_rate)
        assert payment_id is not None
        await WebhookEvent.filter(id=row.id).update(status=EventStatus.PROCESSED, payment_id=payment_id, processed_at=utcnow())
        await WebhookDelivery.filter(event_id=row.id, status=DeliveryStatus.HELD).update(status=DeliveryStatus.PROCESSED)
        await _release_held(actor, endpoint, event.payment_reference, payment_id)
        await Task.filter(
            organization_id=actor.org_id, kind=TaskKind.NEEDS_RATE, target_type="webhook_event", target_id=str(row.id), state=TaskState.OPEN
        ).update(state=TaskState.DONE, done_at=utcnow(), done_by_id=actor.user_id)
        await audit.record(
            actor, "webhook_event.record_with_rate", "webhook_event", row.id,
            extra={"payment": payment_id, "exchange_rate": exchange_rate, "currency": event.currency, "amount": event.amount},
        )
    return await Payment.get(id=payment_id)


_HELD_SQL = """
SELECT id, event_id, data FROM webhook_events
WHERE organization_id = $1 AND provider = $2 AND payment_reference = $3 AND status = 'held'
ORDER BY created_at, id
"""


async def _release_held(actor: Actor, endpoint: Endpoint, payment_reference: str | None, payment_id: uuid.UUID) -> None:
    """Apply the refunds and disputes that arrived before their payment, in arrival order."""
    conn = connections.get("default")
    held = await conn.execute_query_dict(_HELD_SQL, [endpoint.organization_id, endpoint.provider.value, payment_reference])
    adapter = ADAPTERS[endpoint.provider]
    for row in held:
        data = row["data"] if isinstance(row["data"], dict) else json.loads(row["data"])
        await _apply(actor, endpoint, ProviderEvent.from_json(row["event_id"], adapter.method, data), row["id"])
        await WebhookEvent.filter(id=row["id"]).update(status=EventStatus.PROCESSED, payment_id=payment_id, processed_at=utcnow())
        await WebhookDelivery.filter(event_id=row["id"], status=DeliveryStatus.HELD).update(status=DeliveryStatus.PROCESSED)
