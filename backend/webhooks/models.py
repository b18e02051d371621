"""Payment-provider webhooks: endpoints (one per organization and provider, named by a URL token),
their secrets (encrypted at rest, rotatable), every delivery as received, the events they carry
(unique per organization, provider and event id: the idempotency key), and the follow-up tasks
that money nobody could match raises."""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class Provider(str, Enum):
    STRIPE = "stripe"
    ALIPAY = "alipay"
    WECHATPAY = "wechatpay"
    GENERIC = "generic"


class SecretKind(str, Enum):
    SIGNING_SECRET = "signing_secret"  # stripe, generic: HMAC-SHA256 key
    ALIPAY_PUBLIC_KEY = "alipay_public_key"  # alipay: Alipay's RSA public key (PEM or bare base64)
    PLATFORM_PUBLIC_KEY = "platform_public_key"  # wechatpay: platform certificate or public key, by serial
    API_V3_KEY = "api_v3_key"  # wechatpay: the 32-byte AES-256-GCM key


class WebhookEndpoint(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="webhook_endpoints", on_delete=fields.RESTRICT)
    provider = fields.CharEnumField(Provider, max_length=16)
    token = fields.CharField(max_length=64, unique=True, description="names the organization in the URL")
    account_id = fields.CharField(max_length=64, default="", description="alipay app_id / wechatpay mchid, checked")
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "webhook_endpoints"
        unique_together = (("organization", "provider"),)


class WebhookSecret(Model):
    """A secret is valid while `expires_at` is null or in the future; rotating gives the previous
    one an expiry, so both verify until then. The value is sealed (AES-GCM) and never returned."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="webhook_secrets", on_delete=fields.RESTRICT)
    endpoint = fields.ForeignKeyField("huikuan.WebhookEndpoint", related_name="secrets", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(SecretKind, max_length=24)
    key_id = fields.CharField(max_length=128, default="", description="wechatpay platform serial number")
    sealed_value = fields.TextField()
    fingerprint = fields.CharField(max_length=16, description="first hex digits of SHA-256 of the value")
    expires_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="webhook_secrets", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhook_secrets"
        indexes = (("endpoint_id", "kind"),)


class EventKind(str, Enum):
    PAYMENT = "payment"
    REFUND = "refund"
    DISPUTE = "dispute"
    IGNORED = "ignored"


class EventStatus(str, Enum):
    PROCESSED = "processed"
    HELD = "held"
    IGNORED = "ignored"


class WebhookEvent(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="webhook_events", on_delete=fields.RESTRICT)
    provider = fields.CharEnumField(Provider, max_length=16)
    event_id = fields.CharField(max_length=128)
    event_type = fields.CharField(max_length=64)
    kind = fields.CharEnumField(EventKind, max_length=16)
    status = fields.CharEnumField(EventStatus, max_length=16)
    payment_reference = fields.CharField(max_length=128, null=True, description="the provider's payment id")
    data = fields.JSONField(default=dict, description="the normalized event")
    payment = fields.ForeignKeyField("huikuan.Payment", related_name="webhook_events", null=True, on_delete=fields.RESTRICT)
    created_at = fields.DatetimeField(auto_now_add=True)
    processed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "webhook_events"
        unique_together = (("organization", "provider", "event_id"),)
        indexes = (("organization_id", "provider", "payment_reference", "status"),)


class DeliveryStatus(str, Enum):
    ACCEPTED = "accepted"  # verified, nothing to apply (an event type we do not act on)
    REJECTED = "rejected"  # signature, timestamp, algorithm or account check failed
    DUPLICATE = "duplicate"  # the event was already received
    HELD = "held"  # waits for the payment it refers to
    PROCESSED = "processed"  # applied
    FAILED = "failed"  # verified but could not be applied; the provider retries


class WebhookDelivery(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField(
        "huikuan.Organization", related_name="webhook_deliveries", null=True, on_delete=fields.RESTRICT,
        description="null when the URL names no endpoint",
    )
    provider = fields.CharField(max_length=16)
    endpoint_token = fields.CharField(max_length=64)
    headers = fields.JSONField(default=dict)
    body = fields.BinaryField()
    received_at = fields.DatetimeField()
    status = fields.CharEnumField(DeliveryStatus, max_length=16)
    error_code = fields.CharField(max_length=32, null=True)
    error = fields.TextField(null=True)
    event = fields.ForeignKeyField("huikuan.WebhookEvent", related_name="deliveries", null=True, on_delete=fields.RESTRICT)
    provider_event_id = fields.CharField(max_length=128, null=True)
    source_address = fields.CharField(max_length=64, null=True, description="the sender's address")

    class Meta:
        table = "webhook_deliveries"
        indexes = (("organization_id", "received_at"), ("organization_id", "status", "received_at"), ("received_at",))


class TaskKind(str, Enum):
    UNAPPLIED_CASH = "unapplied_cash"
    DISPUTE = "dispute"
    NEEDS_RATE = "needs_rate"  # money in a currency with no known rate: held until a person gives one
    REFUND_EXCESS = "refund_excess"  # a provider refunded more than is left of the payment


class WebhookRateLimit(Model):
    """Refused deliveries counted per source address and minute (shared by every API process)."""

    id = fields.BigIntField(primary_key=True)
    source = fields.CharField(max_length=64)
    window_start = fields.DatetimeField()
    hits = fields.IntField(default=0)

    class Meta:
        table = "webhook_rate_limits"
        unique_together = (("source", "window_start"),)


class TaskState(str, Enum):
    OPEN = "open"
    DONE = "done"


class Task(Model):
    """Something finance must look at: money nobody could match, a chargeback opened."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="tasks", on_delete=fields.RESTRICT)
    kind = fields.CharEnumField(TaskKind, max_length=24)
    title = fields.CharField(max_length=300)
    target_type = fields.CharField(max_length=32)
    target_id = fields.CharField(max_length=64)
    state = fields.CharEnumField(TaskState, max_length=8, default=TaskState.OPEN)
    created_at = fields.DatetimeField(auto_now_add=True)
    done_at = fields.DatetimeField(null=True)
    done_by = fields.ForeignKeyField("huikuan.User", related_name="tasks_done", null=True, on_delete=fields.SET_NULL)

    class Meta:
        table = "tasks"
        unique_together = (("organization", "kind", "target_type", "target_id"),)
        indexes = (("organization_id", "state", "created_at"),)
