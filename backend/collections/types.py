"""GraphQL types of collections; rows are mapped explicitly, lists go through DataLoaders."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Protocol

import strawberry
from strawberry.scalars import JSON

from ..api.errors import WithParams
from ..accounts.types import Member, User
from ..api.context import Context
from ..api.pagination import PageInfo
from ..credit.types import load_customer, load_user
from ..customers import types as customer_types
from ..customers.types import MembershipByIdLoader
from ..invoices import dataloaders as invoice_loaders
from ..invoices.types import Invoice, loader
from . import dunning_calendar
from . import dataloaders as dl
from . import models
from .errors import CollectionsErrorCode
from .timeline import TimelineKind

DunningChannelEnum = strawberry.enum(models.DunningChannel, name="DunningChannel")
ClaimStatusEnum = strawberry.enum(models.ClaimStatus, name="ReminderStatus")
ActionChannelEnum = strawberry.enum(models.ActionChannel, name="CollectionActionChannel")
DirectionEnum = strawberry.enum(models.Direction, name="CollectionActionDirection")
OutcomeEnum = strawberry.enum(models.Outcome, name="CollectionActionOutcome")
PromiseStatusEnum = strawberry.enum(models.PromiseStatus, name="PromiseToPayStatus")
DisputeReasonEnum = strawberry.enum(models.DisputeReason, name="DisputeReason")
DisputeStatusEnum = strawberry.enum(models.DisputeStatus, name="DisputeStatus")
DisputeResolutionEnum = strawberry.enum(models.DisputeResolution, name="DisputeResolution")
CollectionsErrorCodeEnum = strawberry.enum(CollectionsErrorCode, name="CollectionsErrorCode")


@strawberry.type
class CollectionsError(WithParams):
    field: str | None
    code: CollectionsErrorCodeEnum
    message: str


def _id(value: uuid.UUID | None) -> strawberry.ID | None:
    return None if value is None else strawberry.ID(str(value))


async def _member(info: strawberry.Info[Context], membership_id: uuid.UUID | None) -> Member | None:
    if membership_id is None:
        return None
    row = await info.context.loader("MembershipByIdLoader", MembershipByIdLoader).load(membership_id)
    return Member.from_model(row) if row else None


class _OfCustomer(Protocol):
    customer_row_id: uuid.UUID


class _WithCollector(Protocol):
    collector_id: uuid.UUID | None


async def _customer(root: _OfCustomer, info: strawberry.Info[Context]) -> customer_types.Customer | None:
    """The `customer` field of every type here that holds a customer's id (DataLoader). Types whose
    earlier fields are methods call it from a method, since strawberry lists plain fields first and
    the schema keeps its field order."""
    return await load_customer(info, root.customer_row_id)


async def _collector(root: _WithCollector, info: strawberry.Info[Context]) -> Member | None:
    """The `collector` field of every type here that holds a collector's membership id (DataLoader);
    called from a method where the field follows methods (see _customer)."""
    return await _member(info, root.collector_id)


async def _invoices(info: strawberry.Info[Context], loader_cls: type, owner_id: uuid.UUID) -> list[Invoice]:
    ids = await loader(info, loader_cls).load(owner_id)
    rows = await loader(info, invoice_loaders.InvoiceByIdLoader).load_many(ids)
    return [Invoice.from_model(r) for r in rows if r is not None]


@strawberry.type
class DunningTemplate:
    language: str
    subject: str
    body: str


@strawberry.type
class DunningStage:
    offset_days: int = strawberry.field(description="days from the due date; negative = before it")
    channel: DunningChannelEnum
    templates: list[DunningTemplate]

    @classmethod
    def from_model(cls, row: models.DunningStage) -> "DunningStage":
        return cls(
            offset_days=row.offset_days, channel=row.channel,
            templates=[DunningTemplate(language=lang, subject=t["subject"], body=t["body"]) for lang, t in sorted(row.templates.items())],
        )


@strawberry.type
class DunningPolicy:
    id: strawberry.ID
    name: str
    is_default: bool = strawberry.field(description="followed by customers whose grade's credit policy names no dunning policy")
    enabled: bool
    consolidate: bool = strawberry.field(description="one message per customer and stage rather than one per invoice")
    min_amount: Decimal = strawberry.field(description="in the base currency; a message covering less is not sent")
    quiet_hours_start: int | None
    quiet_hours_end: int | None
    allowed_weekdays: list[int] = strawberry.field(description="ISO weekdays, 1 = Monday")
    pay_link: str
    version: int
    updated_at: datetime
    row_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def stages(self, info: strawberry.Info[Context]) -> list[DunningStage]:
        rows = await loader(info, dl.StagesByPolicyIdLoader).load(self.row_id)
        return [DunningStage.from_model(r) for r in rows]

    @classmethod
    def from_model(cls, row: models.DunningPolicy) -> "DunningPolicy":
        return cls(
            id=strawberry.ID(str(row.id)), name=row.name, is_default=row.is_default, enabled=row.enabled, consolidate=row.consolidate,
            min_amount=row.min_amount, quiet_hours_start=row.quiet_hours_start, quiet_hours_end=row.quiet_hours_end,
            allowed_weekdays=list(row.allowed_weekdays), pay_link=row.pay_link, version=row.version, updated_at=row.updated_at,
            row_id=row.id,
        )


@strawberry.type
class CollectionAction:
    id: strawberry.ID
    channel: ActionChannelEnum
    direction: DirectionEnum
    outcome: OutcomeEnum
    note: str = strawberry.field(description="what a person wrote; empty when the server wrote the note (noteCode)")
    note_code: str = strawberry.field(description="a note the server wrote (COLLECTION_LETTER, LAWYER_LETTER), for the SPA to "
                                                  "render in the reader's language with noteParams; empty for a person's note")
    note_params: JSON = strawberry.field(description="the values the noteCode's text names (COLLECTION_LETTER: invoiceCount)")
    next_follow_up_on: date | None
    occurred_at: datetime
    version: int
    reminder_id: strawberry.ID | None = strawberry.field(description="the reminder this action records, when the worker sent it")
    row_id: strawberry.Private[uuid.UUID]
    customer_row_id: strawberry.Private[uuid.UUID]
    collector_id: strawberry.Private[uuid.UUID | None]
    author_id: strawberry.Private[uuid.UUID | None]

    customer: customer_types.Customer | None = strawberry.field(resolver=_customer)

    collector: Member | None = strawberry.field(
        resolver=_collector, description="The member credited with the action (for reminders: the customer's collector)."
    )

    @strawberry.field(description="Who logged it; null for reminders sent by the worker and actions logged with an API key.")
    async def author(self, info: strawberry.Info[Context]) -> User | None:
        return await load_user(info, self.author_id)

    @strawberry.field
    async def invoices(self, info: strawberry.Info[Context]) -> list[Invoice]:
        return await _invoices(info, dl.InvoiceIdsByActionIdLoader, self.row_id)

    @classmethod
    def from_model(cls, row: models.CollectionAction) -> "CollectionAction":
        return cls(
            id=strawberry.ID(str(row.id)), channel=row.channel, direction=row.direction, outcome=row.outcome, note=row.note,
            note_code=row.note_code, note_params=row.note_params, next_follow_up_on=row.next_follow_up_on, occurred_at=row.occurred_at, version=row.version, reminder_id=_id(row.claim_id),
            row_id=row.id, customer_row_id=row.customer_id, collector_id=row.collector_id, author_id=row.author_id,
        )


@strawberry.type
class PromiseToPay:
    id: strawberry.ID
    amount: Decimal
    currency: str
    made_on: date
    promised_on: date
    status: PromiseStatusEnum
    paid_amount: Decimal = strawberry.field(description="payments to its invoices from made_on to promised_on, once settled")
    kept_ratio: Decimal | None = strawberry.field(description="min(paid ÷ amount, 1) once settled; the kept rate counts it so")
    settled_on: date | None
    note: str
    row_id: strawberry.Private[uuid.UUID]
    customer_row_id: strawberry.Private[uuid.UUID]
    collector_id: strawberry.Private[uuid.UUID | None]

    customer: customer_types.Customer | None = strawberry.field(resolver=_customer)

    collector: Member | None = strawberry.field(resolver=_collector)

    @strawberry.field
    async def invoices(self, info: strawberry.Info[Context]) -> list[Invoice]:
        return await _invoices(info, dl.InvoiceIdsByPromiseIdLoader, self.row_id)

    @classmethod
    def from_model(cls, row: models.PromiseToPay) -> "PromiseToPay":
        return cls(
            id=strawberry.ID(str(row.id)), amount=row.amount, currency=row.currency, made_on=row.made_on, promised_on=row.promised_on,
            status=row.status, paid_amount=row.paid_amount, kept_ratio=row.kept_ratio, settled_on=row.settled_on, note=row.note,
            row_id=row.id, customer_row_id=row.customer_id, collector_id=row.collector_id,
        )


@strawberry.type
class Dispute:
    id: strawberry.ID
    reason: DisputeReasonEnum
    amount: Decimal
    currency: str
    description: str
    status: DisputeStatusEnum
    resolution: DisputeResolutionEnum | None
    resolution_note: str
    opened_at: datetime
    resolved_at: datetime | None
    version: int
    row_id: strawberry.Private[uuid.UUID]
    customer_row_id: strawberry.Private[uuid.UUID]
    owner_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="Time to resolve, in days (fractional); null while open.")
    def days_to_resolve(self) -> float | None:
        if self.resolved_at is None:
            return None
        return round((self.resolved_at - self.opened_at).total_seconds() / 86400, 2)

    @strawberry.field
    async def customer(self, info: strawberry.Info[Context]) -> customer_types.Customer | None:
        return await _customer(self, info)

    @strawberry.field
    async def owner(self, info: strawberry.Info[Context]) -> Member | None:
        return await _member(info, self.owner_id)

    @strawberry.field
    async def invoices(self, info: strawberry.Info[Context]) -> list[Invoice]:
        return await _invoices(info, dl.InvoiceIdsByDisputeIdLoader, self.row_id)

    @classmethod
    def from_model(cls, row: models.Dispute) -> "Dispute":
        return cls(
            id=strawberry.ID(str(row.id)), reason=row.reason, amount=row.amount, currency=row.currency, description=row.description,
            status=row.status, resolution=row.resolution, resolution_note=row.resolution_note, opened_at=row.opened_at,
            resolved_at=row.resolved_at, version=row.version, row_id=row.id, customer_row_id=row.customer_id, owner_id=row.owner_id,
        )


@strawberry.type
class Reminder:
    """A reminder claimed by the worker: sent, waiting, retried, or surfaced for a person."""

    id: strawberry.ID
    offset_days: int
    channel: DunningChannelEnum
    local_day: date = strawberry.field(description="the organization's local day it goes out")
    status: ClaimStatusEnum
    recipient: str
    language: str
    subject: str
    message_id: str
    attempts: int
    last_error: str
    next_attempt_at: datetime | None
    sent_at: datetime | None
    created_at: datetime
    customer_row_id: strawberry.Private[uuid.UUID]

    customer: customer_types.Customer | None = strawberry.field(resolver=_customer)

    @classmethod
    def from_model(cls, row: models.ReminderClaim) -> "Reminder":
        return cls(
            id=strawberry.ID(str(row.id)), offset_days=row.offset_days, channel=row.channel, local_day=row.local_day, status=row.status,
            recipient=row.recipient, language=row.language, subject=row.subject, message_id=row.message_id, attempts=row.attempts,
            last_error=row.last_error, next_attempt_at=row.next_attempt_at, sent_at=row.sent_at, created_at=row.created_at,
            customer_row_id=row.customer_id,
        )


@strawberry.type
class DunningPause:
    id: strawberry.ID
    until: date | None
    reason: str
    created_at: datetime
    lifted_at: datetime | None

    @classmethod
    def from_model(cls, row: models.DunningPause) -> "DunningPause":
        return cls(id=strawberry.ID(str(row.id)), until=row.until, reason=row.reason, created_at=row.created_at, lifted_at=row.lifted_at)


CENTS = Decimal("0.01")
PlanStatusEnum = strawberry.enum(models.PlanStatus, name="PaymentPlanStatus")
LegalStageEnum = strawberry.enum(models.LegalStage, name="LegalStage")
LegalStatusEnum = strawberry.enum(models.LegalStatus, name="LegalCaseStatus")
LegalOutcomeEnum = strawberry.enum(models.LegalOutcome, name="LegalOutcome")


@strawberry.type
class PaymentPlanInstallment:
    sequence: int
    due_date: date
    amount: Decimal
    paid_amount: Decimal = strawberry.field(description="the plan's payments so far, filling the installments in date order")


@strawberry.type
class PaymentPlan:
    """分期: installments replacing the covered invoices' due dates for dunning while ACTIVE."""

    id: strawberry.ID
    amount: Decimal
    currency: str
    made_on: date
    default_after_days: int = strawberry.field(description="an installment still short this many days after its date defaults the plan")
    status: PlanStatusEnum
    paid_amount: Decimal = strawberry.field(description="payments to its invoices since it was agreed, as of the worker's last tick")
    ended_on: date | None
    note: str
    created_at: datetime
    version: int
    row_id: strawberry.Private[uuid.UUID]
    customer_row_id: strawberry.Private[uuid.UUID]
    collector_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def installments(self, info: strawberry.Info[Context]) -> list[PaymentPlanInstallment]:
        rows = await loader(info, dl.InstallmentsByPlanIdLoader).load(self.row_id)
        out, before = [], Decimal(0)
        for r in rows:
            out.append(PaymentPlanInstallment(sequence=r.sequence, due_date=r.due_date, amount=r.amount,
                                              paid_amount=min(r.amount, max(Decimal(0), self.paid_amount - before)).quantize(CENTS)))
            before += r.amount
        return out

    @strawberry.field
    async def customer(self, info: strawberry.Info[Context]) -> customer_types.Customer | None:
        return await _customer(self, info)

    @strawberry.field
    async def collector(self, info: strawberry.Info[Context]) -> Member | None:
        return await _collector(self, info)

    @strawberry.field
    async def invoices(self, info: strawberry.Info[Context]) -> list[Invoice]:
        return await _invoices(info, dl.InvoiceIdsByPlanIdLoader, self.row_id)

    @classmethod
    def from_model(cls, row: models.PaymentPlan) -> "PaymentPlan":
        return cls(
            id=strawberry.ID(str(row.id)), amount=row.amount, currency=row.currency, made_on=row.made_on,
            default_after_days=row.default_after_days, status=row.status, paid_amount=Decimal(row.paid_amount).quantize(CENTS), ended_on=row.ended_on,
            note=row.note, created_at=row.created_at, version=row.version, row_id=row.id, customer_row_id=row.customer_id,
            collector_id=row.collector_id,
        )


@strawberry.type
class LegalCost:
    amount: Decimal
    description: str
    incurred_on: date


@strawberry.type
class LegalDocument:
    """Metadata of a document of the case (the files themselves live elsewhere)."""

    name: str
    kind: str
    dated_on: date | None
    reference: str


@strawberry.type
class LegalCase:
    """法律催收: while OPEN, the invoices it covers get no normal reminders."""

    id: strawberry.ID
    stage: LegalStageEnum
    status: LegalStatusEnum
    outcome: LegalOutcomeEnum | None
    outcome_note: str
    recovered_amount: Decimal | None
    currency: str
    law_firm: str
    reference: str
    documents: list[LegalDocument]
    opened_at: datetime
    stage_changed_at: datetime
    closed_at: datetime | None
    version: int
    row_id: strawberry.Private[uuid.UUID]
    customer_row_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def costs(self, info: strawberry.Info[Context]) -> list[LegalCost]:
        rows = await loader(info, dl.CostsByLegalCaseIdLoader).load(self.row_id)
        return [LegalCost(amount=r.amount, description=r.description, incurred_on=r.incurred_on) for r in rows]

    @strawberry.field(description="Σ of its costs, in the case's currency.")
    async def total_costs(self, info: strawberry.Info[Context]) -> Decimal:
        rows = await loader(info, dl.CostsByLegalCaseIdLoader).load(self.row_id)
        return sum((r.amount for r in rows), Decimal("0.00"))

    @strawberry.field
    async def customer(self, info: strawberry.Info[Context]) -> customer_types.Customer | None:
        return await _customer(self, info)

    @strawberry.field
    async def invoices(self, info: strawberry.Info[Context]) -> list[Invoice]:
        return await _invoices(info, dl.InvoiceIdsByLegalCaseIdLoader, self.row_id)

    @classmethod
    def from_model(cls, row: models.LegalCase) -> "LegalCase":
        return cls(
            id=strawberry.ID(str(row.id)), stage=row.stage, status=row.status, outcome=row.outcome, outcome_note=row.outcome_note,
            recovered_amount=row.recovered_amount, currency=row.currency, law_firm=row.law_firm, reference=row.reference,
            documents=[
                LegalDocument(name=d["name"], kind=d.get("kind", ""), dated_on=date.fromisoformat(d["dated_on"]) if d.get("dated_on") else None,
                              reference=d.get("reference", ""))
                for d in row.documents
            ],
            opened_at=row.opened_at, stage_changed_at=row.stage_changed_at, closed_at=row.closed_at, version=row.version,
            row_id=row.id, customer_row_id=row.customer_id,
        )


@strawberry.type
class AssignmentRule:
    """Customers matching region, grade (null: any) and open balance in [minAmount, maxAmount) go to the collector."""

    id: strawberry.ID
    position: int
    region: str | None
    grade: str | None
    min_amount: Decimal | None
    max_amount: Decimal | None
    enabled: bool
    collector_id: strawberry.Private[uuid.UUID]

    collector: Member | None = strawberry.field(resolver=_collector)

    @classmethod
    def from_model(cls, row: models.AssignmentRule) -> "AssignmentRule":
        return cls(
            id=strawberry.ID(str(row.id)), position=row.position, region=row.region, grade=row.grade, min_amount=row.min_amount,
            max_amount=row.max_amount, enabled=row.enabled, collector_id=row.collector_id,
        )


@strawberry.type
class AssignmentChange:
    customer_row_id: strawberry.Private[uuid.UUID]
    from_id: strawberry.Private[uuid.UUID | None]
    to_id: strawberry.Private[uuid.UUID | None]

    customer: customer_types.Customer | None = strawberry.field(resolver=_customer)

    @strawberry.field
    async def from_collector(self, info: strawberry.Info[Context]) -> Member | None:
        return await _member(info, self.from_id)

    @strawberry.field
    async def to_collector(self, info: strawberry.Info[Context]) -> Member | None:
        return await _member(info, self.to_id)


@strawberry.enum(name="WorklistReason")
class WorklistReason(Enum):
    PROMISED_TODAY = "promised_today"
    FOLLOW_UP_DUE = "follow_up_due"
    OVERDUE = "overdue"


@strawberry.type
class WorklistItem:
    """A customer to work, with the figures it is ranked by (base currency, as of the organization's today)."""

    reason: WorklistReason = strawberry.field(description="why it is on the list, in rank order: promised today, follow-up due, overdue")
    score: Decimal = strawberry.field(description="risk of the grade × Σ (overdue open amount × days past due) over its parts")
    open_amount: Decimal
    overdue_amount: Decimal
    worst_days_overdue: int
    promised_today: Decimal | None = strawberry.field(description="the amount promised for today, when a promise falls due today")
    next_follow_up_on: date | None = strawberry.field(description="asked by the latest action logged by a person")
    last_action_at: datetime | None
    grade: str | None
    region: str
    customer_row_id: strawberry.Private[uuid.UUID]
    collector_id: strawberry.Private[uuid.UUID | None]

    customer: customer_types.Customer | None = strawberry.field(resolver=_customer)

    collector: Member | None = strawberry.field(resolver=_collector)

    @strawberry.field(description="The latest action a person logged (the one lastActionAt and nextFollowUpOn come from).")
    async def last_action(self, info: strawberry.Info[Context]) -> CollectionAction | None:
        row = await loader(info, dl.LatestPersonActionByCustomerIdLoader).load(self.customer_row_id)
        return CollectionAction.from_model(row) if row else None

    @strawberry.field(description="The dunning pause in force today, if any: no reminders go out; the customer stays on the list.")
    async def dunning_pause(self, info: strawberry.Info[Context]) -> DunningPause | None:
        row = await loader(info, dl.PauseInForceByCustomerIdLoader).load(self.customer_row_id)
        return DunningPause.from_model(row) if row else None


@strawberry.type
class WorklistEdge:
    cursor: str
    node: WorklistItem


@strawberry.type
class WorklistConnection:
    edges: list[WorklistEdge]
    page_info: PageInfo
    total_count: int

    @strawberry.field
    def nodes(self) -> list[WorklistItem]:
        return [e.node for e in self.edges]


TimelineKindEnum = strawberry.enum(TimelineKind, name="CollectionTimelineKind")


@strawberry.type
class CollectionTimelineEntry:
    """One entry of a customer's collection timeline: exactly the field of its kind is set."""

    kind: TimelineKindEnum
    at: datetime
    reminder: Reminder | None = None
    action: CollectionAction | None = None
    promise: PromiseToPay | None = None
    plan: PaymentPlan | None = None
    dispute: Dispute | None = None
    legal_case: LegalCase | None = None


@strawberry.type
class CollectionTimelineEdge:
    cursor: str
    node: CollectionTimelineEntry


@strawberry.type
class CollectionTimelineConnection:
    edges: list[CollectionTimelineEdge]
    page_info: PageInfo

    @strawberry.field
    def nodes(self) -> list[CollectionTimelineEntry]:
        return [e.node for e in self.edges]


DunningSkipReasonEnum = strawberry.enum(dunning_calendar.SkipReason, name="DunningSkipReason")


@strawberry.type
class DunningCalendarPart:
    """An installment part a stage falls due for, with what is open of it as of today."""

    invoice_id: strawberry.ID
    invoice_number: str
    sequence: int
    due_date: date
    currency: str
    open_amount: Decimal
    base_amount: Decimal = strawberry.field(description="in the base currency, what the policy's minimum amount adds up")
    days_overdue: int = strawberry.field(description="on the day it goes out (negative before the due date)")
    moved_from: date | None = strawberry.field(description="the stage's own day, when it fell on a day the policy does not send on")


@strawberry.type
class DunningCalendarTotal:
    currency: str
    amount: Decimal


@strawberry.type
class DunningCalendarEntry:
    """One message a stage would send on a local day (reason null), or the parts it would skip for one reason."""

    day: date
    offset_days: int
    channel: DunningChannelEnum
    language: str
    recipient: str
    reason: DunningSkipReasonEnum | None
    parts: list[DunningCalendarPart]
    totals: list[DunningCalendarTotal]

    @classmethod
    def from_entry(cls, e: dunning_calendar.CalendarEntry) -> "DunningCalendarEntry":
        return cls(
            day=e.day, offset_days=e.offset_days, channel=e.channel, language=e.language, recipient=e.recipient, reason=e.reason,
            parts=[
                DunningCalendarPart(
                    invoice_id=strawberry.ID(str(p.invoice_id)), invoice_number=p.number, sequence=p.sequence, due_date=p.due_date,
                    currency=p.currency, open_amount=p.open, base_amount=p.base, days_overdue=p.days_past_due,
                    moved_from=p.stage_day if p.stage_day != e.day else None,
                )
                for p in e.parts
            ],
            totals=[DunningCalendarTotal(currency=c, amount=a) for c, a in e.totals.items()],
        )


@strawberry.type
class DunningCalendar:
    today: date = strawberry.field(description="the organization's local day the figures are as of")
    follows_policy: bool = strawberry.field(description="whether the customer follows this policy (its grade's, or the default)")
    policy_enabled: bool
    entries: list[DunningCalendarEntry]
