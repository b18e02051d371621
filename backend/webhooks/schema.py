"""GraphQL: webhook endpoints and secrets (webhooks:manage), the delivery log, and tasks."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.errors import payload_errors
from ..api.pagination import Connection, paginate
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from ..payments.types import Payment
from . import models, service
from .errors import WebhookErrorCode
from .types import (
    Task,
    TaskKindEnum,
    TaskPayload,
    TaskStateEnum,
    WebhookDelivery,
    WebhookDeliveryStatusEnum,
    WebhookEndpoint,
    WebhookEndpointPayload,
    WebhookError,
    WebhookPaymentPayload,
    WebhookProviderEnum,
    WebhookSecret,
    WebhookSecretKindEnum,
    WebhookSecretPayload,
)


def _errors(exc: DomainError) -> list[WebhookError]:
    return payload_errors(exc, WebhookError, WebhookErrorCode)


@strawberry.input
class WebhookEndpointCreateInput:
    provider: WebhookProviderEnum
    account_id: str = strawberry.field(default="", description="Alipay app_id / WeChat Pay mchid (required for those).")


@strawberry.input
class WebhookSecretRotateInput:
    endpoint_id: strawberry.ID
    kind: WebhookSecretKindEnum
    value: str = strawberry.field(description="Stored encrypted; never returned.")
    key_id: str = strawberry.field(default="", description="WeChat Pay platform certificate serial number.")
    previous_valid_hours: int = strawberry.field(
        default=service.DEFAULT_GRACE_HOURS, description="How long the secrets it replaces stay valid (0: revoke now)."
    )


@strawberry.input
class WebhookHeldPaymentRecordInput:
    event_id: strawberry.ID = strawberry.field(description="The held payment event (the NEEDS_RATE task's targetId).")
    exchange_rate: Decimal = strawberry.field(description="The rate of the payment's currency in the base currency.")


@strawberry.input
class WebhookDeliveryFilter:
    provider: WebhookProviderEnum | None = None
    status: WebhookDeliveryStatusEnum | None = None
    event_id: str | None = None


@strawberry.type
class WebhooksQuery:
    @strawberry.field(description="Payment-provider webhook endpoints (needs webhooks:manage).")
    async def webhook_endpoints(self, info: strawberry.Info[Context]) -> list[WebhookEndpoint]:
        actor = info.context.org_actor().require(Permission.WEBHOOKS_MANAGE)
        rows = await models.WebhookEndpoint.filter(organization_id=actor.org_id).order_by("provider", "id")
        return [WebhookEndpoint.from_model(row) for row in rows]

    @strawberry.field(description="Every webhook delivery as received, newest first (needs webhooks:manage).")
    async def webhook_deliveries(
        self,
        info: strawberry.Info[Context],
        filter: WebhookDeliveryFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[WebhookDelivery]:
        actor = info.context.org_actor().require(Permission.WEBHOOKS_MANAGE)
        query = models.WebhookDelivery.filter(organization_id=actor.org_id)
        if filter is not None:
            if filter.provider:
                query = query.filter(provider=filter.provider.value)
            if filter.status:
                query = query.filter(status=filter.status)
            if filter.event_id:
                query = query.filter(provider_event_id=filter.event_id)
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=("-received_at", "-id"), to_node=WebhookDelivery.from_model,
        )

    @strawberry.field(description="Follow-up tasks: unapplied cash, disputes (needs payments:manage).")
    async def tasks(
        self,
        info: strawberry.Info[Context],
        state: TaskStateEnum | None = None,
        kind: TaskKindEnum | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Task]:
        actor = info.context.org_actor().require(Permission.PAYMENTS_MANAGE)
        query = models.Task.filter(organization_id=actor.org_id)
        if state:
            query = query.filter(state=state)
        if kind:
            query = query.filter(kind=kind)
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=("-created_at", "-id"), to_node=Task.from_model,
        )


@strawberry.type
class WebhooksMutation:
    @strawberry.mutation(description="Create the organization's endpoint for a provider; its URL names the organization.")
    async def webhook_endpoint_create(
        self, info: strawberry.Info[Context], input: WebhookEndpointCreateInput
    ) -> WebhookEndpointPayload:
        actor = info.context.org_actor()
        try:
            endpoint = await service.create_endpoint(actor, provider=input.provider, account_id=input.account_id)
        except DomainError as exc:
            return WebhookEndpointPayload(endpoint=None, errors=_errors(exc))
        return WebhookEndpointPayload(endpoint=WebhookEndpoint.from_model(endpoint), errors=[])

    @strawberry.mutation
    async def webhook_endpoint_update(
        self, info: strawberry.Info[Context], id: strawberry.ID, account_id: str | None = None, is_active: bool | None = None
    ) -> WebhookEndpointPayload:
        actor = info.context.org_actor()
        try:
            endpoint = await service.update_endpoint(actor, parse_uuid(id), account_id=account_id, is_active=is_active)
        except DomainError as exc:
            return WebhookEndpointPayload(endpoint=None, errors=_errors(exc))
        return WebhookEndpointPayload(endpoint=WebhookEndpoint.from_model(endpoint), errors=[])

    @strawberry.mutation(description="Add a secret; the ones it replaces stay valid for previousValidHours.")
    async def webhook_secret_rotate(self, info: strawberry.Info[Context], input: WebhookSecretRotateInput) -> WebhookSecretPayload:
        actor = info.context.org_actor()
        try:
            secret = await service.rotate_secret(
                actor, parse_uuid(input.endpoint_id), kind=input.kind, value=input.value, key_id=input.key_id,
                previous_valid_hours=input.previous_valid_hours,
            )
        except DomainError as exc:
            return WebhookSecretPayload(secret=None, errors=_errors(exc))
        return WebhookSecretPayload(secret=WebhookSecret.from_model(secret), errors=[])

    @strawberry.mutation(description="Stop a secret verifying deliveries now.")
    async def webhook_secret_revoke(self, info: strawberry.Info[Context], id: strawberry.ID) -> WebhookSecretPayload:
        actor = info.context.org_actor()
        try:
            secret = await service.revoke_secret(actor, parse_uuid(id))
        except DomainError as exc:
            return WebhookSecretPayload(secret=None, errors=_errors(exc))
        return WebhookSecretPayload(secret=WebhookSecret.from_model(secret), errors=[])

    @strawberry.mutation(description="Record a provider payment held for want of an exchange rate, with this rate.")
    async def webhook_held_payment_record(
        self, info: strawberry.Info[Context], input: WebhookHeldPaymentRecordInput
    ) -> WebhookPaymentPayload:
        actor = info.context.org_actor()
        try:
            payment = await service.record_held_payment(actor, parse_uuid(input.event_id), input.exchange_rate)
        except DomainError as exc:
            return WebhookPaymentPayload(payment=None, errors=_errors(exc))
        return WebhookPaymentPayload(payment=Payment.from_model(payment), errors=[])

    @strawberry.mutation
    async def task_complete(self, info: strawberry.Info[Context], id: strawberry.ID) -> TaskPayload:
        actor = info.context.org_actor()
        try:
            task = await service.complete_task(actor, parse_uuid(id))
        except DomainError as exc:
            return TaskPayload(task=None, errors=_errors(exc))
        return TaskPayload(task=Task.from_model(task), errors=[])
