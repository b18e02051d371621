"""GraphQL types of the webhooks domain, mapped explicitly from rows. Secret values never appear."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON

from ..api.context import Context
from ..api.errors import WithParams
from ..kit.time import utcnow
from . import models
from ..payments.types import Payment
from .errors import WebhookErrorCode

WebhookProviderEnum = strawberry.enum(models.Provider, name="WebhookProvider")
WebhookSecretKindEnum = strawberry.enum(models.SecretKind, name="WebhookSecretKind")
WebhookDeliveryStatusEnum = strawberry.enum(models.DeliveryStatus, name="WebhookDeliveryStatus")
TaskKindEnum = strawberry.enum(models.TaskKind, name="TaskKind")
TaskStateEnum = strawberry.enum(models.TaskState, name="TaskState")
WebhookErrorCodeEnum = strawberry.enum(WebhookErrorCode, name="WebhookErrorCode")


@strawberry.type
class WebhookError(WithParams):
    field: str | None
    code: WebhookErrorCodeEnum
    message: str


@strawberry.type
class WebhookSecret:
    id: strawberry.ID
    kind: WebhookSecretKindEnum
    key_id: str = strawberry.field(description="WeChat Pay platform serial number; empty otherwise.")
    fingerprint: str = strawberry.field(description="First hex digits of the SHA-256 of the value (the value is never returned).")
    created_at: datetime
    expires_at: datetime | None

    @strawberry.field(description="Verifies deliveries now: not expired or revoked.")
    def is_valid(self) -> bool:
        return self.expires_at is None or self.expires_at > utcnow()

    @classmethod
    def from_model(cls, row: models.WebhookSecret) -> "WebhookSecret":
        return cls(
            id=strawberry.ID(str(row.id)),
            kind=row.kind,
            key_id=row.key_id,
            fingerprint=row.fingerprint,
            created_at=row.created_at,
            expires_at=row.expires_at,
        )


class SecretsByEndpointIdLoader(DataLoader[uuid.UUID, list[models.WebhookSecret]]):
    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    @staticmethod
    async def _load(ids: list[uuid.UUID]) -> list[list[models.WebhookSecret]]:
        found: dict[uuid.UUID, list[models.WebhookSecret]] = {i: [] for i in ids}
        for row in await models.WebhookSecret.filter(endpoint_id__in=ids).order_by("-created_at", "id"):
            found[row.endpoint_id].append(row)
        return [found[i] for i in ids]


@strawberry.type
class WebhookEndpoint:
    id: strawberry.ID
    provider: WebhookProviderEnum
    account_id: str = strawberry.field(description="Alipay app_id or WeChat Pay mchid the notifications must carry.")
    is_active: bool
    created_at: datetime
    token: strawberry.Private[str]
    row_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="The URL to give the provider (POST).")
    def url(self, info: strawberry.Info[Context]) -> str:
        return f"{info.context.settings.public_url.rstrip('/')}/webhooks/{self.provider.value}/{self.token}"

    @strawberry.field
    async def secrets(self, info: strawberry.Info[Context]) -> list[WebhookSecret]:
        rows = await info.context.loader("SecretsByEndpointIdLoader", SecretsByEndpointIdLoader).load(self.row_id)
        return [WebhookSecret.from_model(row) for row in rows]

    @classmethod
    def from_model(cls, row: models.WebhookEndpoint) -> "WebhookEndpoint":
        return cls(
            id=strawberry.ID(str(row.id)),
            provider=row.provider,
            account_id=row.account_id,
            is_active=row.is_active,
            created_at=row.created_at,
            token=row.token,
            row_id=row.id,
        )


@strawberry.type
class WebhookDelivery:
    id: strawberry.ID
    provider: str
    status: WebhookDeliveryStatusEnum
    error_code: str | None
    error: str | None
    received_at: datetime
    event_id: str | None = strawberry.field(description="The provider's event id, once the signature verified.")
    headers: JSON
    body: str = strawberry.field(
        description="The raw body as received (UTF-8; undecodable bytes replaced); only its start for a delivery to no "
        "endpoint, empty once the retention period has passed."
    )
    source_address: str | None = strawberry.field(description="The sender's address.")

    @classmethod
    def from_model(cls, row: models.WebhookDelivery) -> "WebhookDelivery":
        return cls(
            id=strawberry.ID(str(row.id)),
            provider=row.provider,
            status=row.status,
            error_code=row.error_code,
            error=row.error,
            received_at=row.received_at,
            event_id=row.provider_event_id,
            headers=row.headers,
            body=bytes(row.body).decode("utf-8", errors="replace"),
            source_address=row.source_address,
        )


@strawberry.type
class Task:
    id: strawberry.ID
    kind: TaskKindEnum
    title: str
    target_type: str
    target_id: str
    state: TaskStateEnum
    created_at: datetime
    done_at: datetime | None

    @classmethod
    def from_model(cls, row: models.Task) -> "Task":
        return cls(
            id=strawberry.ID(str(row.id)),
            kind=row.kind,
            title=row.title,
            target_type=row.target_type,
            target_id=row.target_id,
            state=row.state,
            created_at=row.created_at,
            done_at=row.done_at,
        )


@strawberry.type
class WebhookEndpointPayload:
    endpoint: WebhookEndpoint | None
    errors: list[WebhookError]


@strawberry.type
class WebhookSecretPayload:
    secret: WebhookSecret | None
    errors: list[WebhookError]


@strawberry.type
class TaskPayload:
    task: Task | None
    errors: list[WebhookError]


@strawberry.type
class WebhookPaymentPayload:
    payment: Payment | None
    errors: list[WebhookError]
