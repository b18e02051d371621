"""GraphQL: dunning policies, the collection log, promises to pay, disputes, pauses, reminders."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.errors import payload_errors
from ..api.pagination import Connection, paginate
from ..customers import repository as customers_repo
from ..customers.schema import maybe_fields
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import models, policies, reminders, service
from .errors import CollectionsErrorCode
from .types import (
    ActionChannelEnum,
    ClaimStatusEnum,
    CollectionAction,
    CollectionsError,
    DirectionEnum,
    Dispute,
    DisputeReasonEnum,
    DisputeResolutionEnum,
    DisputeStatusEnum,
    DunningChannelEnum,
    DunningPause,
    DunningPolicy,
    OutcomeEnum,
    PromiseStatusEnum,
    PromiseToPay,
    Reminder,
)

MAX_LIST = 200


def _errors(exc: DomainError) -> list[CollectionsError]:
    return payload_errors(exc, CollectionsError, CollectionsErrorCode)


def _ids(values: list[strawberry.ID]) -> list:
    if len(values) > MAX_LIST:
        raise DomainError.single(CollectionsErrorCode.INVALID_VALUE, f"At most {MAX_LIST} invoices.", "invoiceIds")
    parsed = [parse_uuid(v) for v in values]
    if any(p is None for p in parsed):
        raise DomainError.single(CollectionsErrorCode.NOT_FOUND, "Some invoices are not this customer's.", "invoiceIds")
    return parsed


def _visible(actor: Actor, model: type) -> QuerySet:
    return model.filter(organization_id=actor.org_id, customer_id__in=customers_repo.visible_customer_ids(actor))


# --- inputs -----------------------------------------------------------------------------------


@strawberry.input
class DunningTemplateInput:
    language: str = strawberry.field(description="zh-CN or en")
    subject: str = ""
    body: str


@strawberry.input
class DunningStageInput:
    offset_days: int
    channel: DunningChannelEnum
    templates: list[DunningTemplateInput]


@strawberry.input
class DunningPolicyInput:
    name: str
    stages: list[DunningStageInput] = strawberry.field(description="in increasing order of offset, no two at the same offset")
    is_default: bool = False
    enabled: bool = True
    consolidate: bool = True
    min_amount: Decimal = Decimal("0")
    quiet_hours_start: int | None = 20
    quiet_hours_end: int | None = 9
    allowed_weekdays: list[int] = strawberry.field(default_factory=lambda: [1, 2, 3, 4, 5])
    pay_link: str = ""


def _policy_data(data: DunningPolicyInput) -> policies.PolicyData:
    if len(data.stages) > policies.MAX_STAGES or any(len(s.templates) > 4 for s in data.stages):
        raise DomainError.single(CollectionsErrorCode.INVALID_VALUE, f"At most {policies.MAX_STAGES} stages of two templates.", "stages")
    return policies.PolicyData(
        name=data.name, is_default=data.is_default, enabled=data.enabled, consolidate=data.consolidate, min_amount=data.min_amount,
        quiet_hours_start=data.quiet_hours_start, quiet_hours_end=data.quiet_hours_end, allowed_weekdays=data.allowed_weekdays[:7],
        pay_link=data.pay_link,
        stages=[
            policies.StageData(
                offset_days=s.offset_days, channel=models.DunningChannel(s.channel),
                templates=[policies.TemplateData(t.language, t.subject, t.body) for t in s.templates],
            )
            for s in data.stages
        ],
    )


@strawberry.input
class CollectionActionInput:
    channel: ActionChannelEnum
    outcome: OutcomeEnum
    direction: DirectionEnum = models.Direction.OUTBOUND
    note: str = ""
    next_follow_up_on: date | None = None
    invoice_ids: list[strawberry.ID] = strawberry.field(default_factory=list)


@strawberry.input
class CollectionActionUpdateInput:
    channel: strawberry.Maybe[ActionChannelEnum]
    outcome: strawberry.Maybe[OutcomeEnum]
    direction: strawberry.Maybe[DirectionEnum]
    note: strawberry.Maybe[str]
    next_follow_up_on: strawberry.Maybe[date | None]


@strawberry.input
class PromiseToPayInput:
    amount: Decimal
    promised_on: date
    invoice_ids: list[strawberry.ID]
    note: str = ""


@strawberry.input
class DisputeInput:
    reason: DisputeReasonEnum
    amount: Decimal
    invoice_ids: list[strawberry.ID]
    description: str = ""
    owner_id: strawberry.ID | None = strawberry.field(default=None, description="a member; default: the caller")


# --- payloads ---------------------------------------------------------------------------------


@strawberry.type
class DunningPolicyPayload:
    policy: DunningPolicy | None
    errors: list[CollectionsError]


@strawberry.type
class CollectionActionPayload:
    action: CollectionAction | None
    errors: list[CollectionsError]


@strawberry.type
class PromiseToPayPayload:
    promise: PromiseToPay | None
    errors: list[CollectionsError]


@strawberry.type
class DisputePayload:
    dispute: Dispute | None
    errors: list[CollectionsError]


@strawberry.type
class DunningPausePayload:
    pause: DunningPause | None
    errors: list[CollectionsError]


@strawberry.type
class ReminderPayload:
    reminder: Reminder | None
    errors: list[CollectionsError]


@strawberry.type
class DunningResumePayload:
    pauses_lifted: int
    errors: list[CollectionsError]


# --- queries ----------------------------------------------------------------------------------


@strawberry.type
class CollectionsQuery:
    @strawberry.field(description="The organization's dunning policies, the default first.")
    async def dunning_policies(self, info: strawberry.Info[Context]) -> list[DunningPolicy]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        return [DunningPolicy.from_model(r) for r in await policies.list_policies(actor)]

    @strawberry.field(description="The collection log of the customers the caller sees, newest first.")
    async def collection_actions(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID | None = None, first: int | None = None, after: str | None = None
    ) -> Connection[CollectionAction]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = _visible(actor, models.CollectionAction)
        if customer_id is not None:
            query = query.filter(customer_id=parse_uuid(customer_id))
        return await paginate(query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
                              order=("-occurred_at", "-id"), to_node=CollectionAction.from_model)

    @strawberry.field(description="Promises to pay of the customers the caller sees, by promised date (latest first).")
    async def promises_to_pay(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID | None = None, status: PromiseStatusEnum | None = None,
        first: int | None = None, after: str | None = None,
    ) -> Connection[PromiseToPay]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = _visible(actor, models.PromiseToPay)
        if customer_id is not None:
            query = query.filter(customer_id=parse_uuid(customer_id))
        if status is not None:
            query = query.filter(status=status)
        return await paginate(query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
                              order=("-promised_on", "-id"), to_node=PromiseToPay.from_model)

    @strawberry.field(description="Disputes of the customers the caller sees, newest first.")
    async def disputes(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID | None = None, status: DisputeStatusEnum | None = None,
        first: int | None = None, after: str | None = None,
    ) -> Connection[Dispute]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = _visible(actor, models.Dispute)
        if customer_id is not None:
            query = query.filter(customer_id=parse_uuid(customer_id))
        if status is not None:
            query = query.filter(status=status)
        return await paginate(query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
                              order=("-opened_at", "-id"), to_node=Dispute.from_model)

    @strawberry.field(description="The customer's dunning pause in force today (the organization's local day), if any.")
    async def dunning_pause(self, info: strawberry.Info[Context], customer_id: strawberry.ID) -> DunningPause | None:
        row = await service.pause_in_force(info.context.org_actor(), parse_uuid(customer_id))
        return DunningPause.from_model(row) if row else None

    @strawberry.field(description="Reminders claimed by the worker, newest first; filter on FAILED, UNCONFIRMED, "
                                  "NO_RECIPIENT for those a person must look at.")
    async def reminders(
        self, info: strawberry.Info[Context], statuses: list[ClaimStatusEnum] | None = None, customer_id: strawberry.ID | None = None,
        first: int | None = None, after: str | None = None,
    ) -> Connection[Reminder]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = _visible(actor, models.ReminderClaim)
        if statuses:
            query = query.filter(status__in=list(statuses)[:10])
        if customer_id is not None:
            query = query.filter(customer_id=parse_uuid(customer_id))
        return await paginate(query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
                              order=("-created_at", "-id"), to_node=Reminder.from_model)


# --- mutations --------------------------------------------------------------------------------


@strawberry.type
class CollectionsMutation:
    @strawberry.mutation(description="Create a dunning policy; the organization's first one becomes its default.")
    async def dunning_policy_create(self, info: strawberry.Info[Context], input: DunningPolicyInput) -> DunningPolicyPayload:
        actor = info.context.org_actor()
        try:
            row = await policies.create_policy(actor, _policy_data(input))
        except DomainError as exc:
            return DunningPolicyPayload(policy=None, errors=_errors(exc))
        return DunningPolicyPayload(policy=DunningPolicy.from_model(row), errors=[])

    @strawberry.mutation(description="Replace a dunning policy's settings and stages (all or nothing).")
    async def dunning_policy_update(
        self, info: strawberry.Info[Context], id: strawberry.ID, version: int, input: DunningPolicyInput
    ) -> DunningPolicyPayload:
        actor = info.context.org_actor()
        try:
            row = await policies.update_policy(actor, parse_uuid(id), version, _policy_data(input))
        except DomainError as exc:
            return DunningPolicyPayload(policy=None, errors=_errors(exc))
        return DunningPolicyPayload(policy=DunningPolicy.from_model(row), errors=[])

    @strawberry.mutation(description="Log a contact with a customer assigned to the caller.")
    async def collection_action_create(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: CollectionActionInput
    ) -> CollectionActionPayload:
        actor = info.context.org_actor()
        try:
            data = service.ActionData(
                channel=models.ActionChannel(input.channel), outcome=models.Outcome(input.outcome), direction=models.Direction(input.direction),
                note=input.note, next_follow_up_on=input.next_follow_up_on, invoice_ids=_ids(input.invoice_ids),
            )
            row = await service.log_action(actor, parse_uuid(customer_id), data)
        except DomainError as exc:
            return CollectionActionPayload(action=None, errors=_errors(exc))
        return CollectionActionPayload(action=CollectionAction.from_model(row), errors=[])

    @strawberry.mutation(description="Correct an action one logged, within 24 hours; the log is append-only after that.")
    async def collection_action_update(
        self, info: strawberry.Info[Context], id: strawberry.ID, version: int, input: CollectionActionUpdateInput
    ) -> CollectionActionPayload:
        actor = info.context.org_actor()
        try:
            row = await service.edit_action(actor, parse_uuid(id), version, maybe_fields(input))
        except DomainError as exc:
            return CollectionActionPayload(action=None, errors=_errors(exc))
        return CollectionActionPayload(action=CollectionAction.from_model(row), errors=[])

    @strawberry.mutation(description="Record a promise to pay; no reminders go to the customer while it is open.")
    async def promise_to_pay_create(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: PromiseToPayInput
    ) -> PromiseToPayPayload:
        actor = info.context.org_actor()
        try:
            row = await service.promise_to_pay(
                actor, parse_uuid(customer_id), amount=input.amount, promised_on=input.promised_on,
                invoice_ids=_ids(input.invoice_ids), note=input.note,
            )
        except DomainError as exc:
            return PromiseToPayPayload(promise=None, errors=_errors(exc))
        return PromiseToPayPayload(promise=PromiseToPay.from_model(row), errors=[])

    @strawberry.mutation(description="Open a dispute; the invoices it covers get no reminders while it is open.")
    async def dispute_open(self, info: strawberry.Info[Context], customer_id: strawberry.ID, input: DisputeInput) -> DisputePayload:
        actor = info.context.org_actor()
        try:
            owner = parse_uuid(input.owner_id) if input.owner_id is not None else None
            if input.owner_id is not None and owner is None:
                raise DomainError.single(CollectionsErrorCode.NOT_FOUND, "No such member.", "ownerId")
            row = await service.open_dispute(
                actor, parse_uuid(customer_id), reason=models.DisputeReason(input.reason), amount=input.amount,
                invoice_ids=_ids(input.invoice_ids), description=input.description, owner_id=owner,
            )
        except DomainError as exc:
            return DisputePayload(dispute=None, errors=_errors(exc))
        return DisputePayload(dispute=Dispute.from_model(row), errors=[])

    @strawberry.mutation
    async def dispute_resolve(
        self, info: strawberry.Info[Context], id: strawberry.ID, resolution: DisputeResolutionEnum, note: str = ""
    ) -> DisputePayload:
        actor = info.context.org_actor()
        try:
            row = await service.resolve_dispute(actor, parse_uuid(id), models.DisputeResolution(resolution), note)
        except DomainError as exc:
            return DisputePayload(dispute=None, errors=_errors(exc))
        return DisputePayload(dispute=Dispute.from_model(row), errors=[])

    @strawberry.mutation(description="Take a customer out of dunning, until a date (inclusive) or until resumed.")
    async def dunning_pause(
        self, info: strawberry.Info[Context], customer_id: strawberry.ID, reason: str, until: date | None = None
    ) -> DunningPausePayload:
        actor = info.context.org_actor()
        try:
            row = await service.pause_dunning(actor, parse_uuid(customer_id), reason=reason, until=until)
        except DomainError as exc:
            return DunningPausePayload(pause=None, errors=_errors(exc))
        return DunningPausePayload(pause=DunningPause.from_model(row), errors=[])

    @strawberry.mutation(description="Lift every pause of a customer's dunning.")
    async def dunning_resume(self, info: strawberry.Info[Context], customer_id: strawberry.ID) -> DunningResumePayload:
        actor = info.context.org_actor()
        try:
            lifted = await service.resume_dunning(actor, parse_uuid(customer_id))
        except DomainError as exc:
            return DunningResumePayload(pauses_lifted=0, errors=_errors(exc))
        return DunningResumePayload(pauses_lifted=lifted, errors=[])

    @strawberry.mutation(description="Answer for a reminder that needs a person (UNCONFIRMED or FAILED): delivered records "
                                     "it as sent; not delivered sends it again with the same Message-ID.")
    async def reminder_resolve(self, info: strawberry.Info[Context], id: strawberry.ID, delivered: bool) -> ReminderPayload:
        actor = info.context.org_actor()
        try:
            row = await reminders.resolve_reminder(actor, parse_uuid(id), delivered=delivered)
        except DomainError as exc:
            return ReminderPayload(reminder=None, errors=_errors(exc))
        return ReminderPayload(reminder=Reminder.from_model(row), errors=[])
