"""GraphQL queries and mutations of invoicing: translation only, the rules are in service.py."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import Enum

import strawberry
from tortoise import fields
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..analytics.cuts import resolve as resolve_cut
from ..analytics.limits import analytics_slot
from ..analytics.service import organization_aging
from ..analytics.types import AnalyticsCut
from ..api.context import Context
from ..api.errors import payload_errors
from ..api.pagination import Connection, Edge, PageInfo, check_page_size, decode_cursor, encode_cursor, paginate
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from ..kit.time import local_today
from . import late_fees, models, repository, service
from .aging import aging_by_customer
from .types import (
    AgingBasisEnum,
    AgingByCustomer,
    AgingReport,
    CustomerAging,
    CreditNote,
    CreditNoteStatusEnum,
    Invoice,
    InvoiceError,
    InvoiceErrorCodeEnum,
    InvoiceSettings,
    InvoiceStatusEnum,
    LateFeeCharge,
    RoundingEnum,
    WriteOff,
    WriteOffStatusEnum,
)


def _errors(exc: DomainError) -> list[InvoiceError]:
    return payload_errors(exc, InvoiceError, InvoiceErrorCodeEnum)


# --- queries --------------------------------------------------------------------------------

# The aging table's cursor: the last row's total and customer id.
AGING_CURSOR = (fields.DecimalField(max_digits=18, decimal_places=2), fields.UUIDField())


@strawberry.enum
class InvoiceSortField(Enum):
    CREATED_AT = "created_at"
    NUMBER = "number"
    ISSUE_DATE = "issue_date"
    DUE_DATE = "due_date"
    TOTAL = "total"


# Drafts have no number, issue date or due date: sorting by one of these lists issued invoices only.
_NEEDS_ISSUED = {InvoiceSortField.NUMBER, InvoiceSortField.ISSUE_DATE, InvoiceSortField.DUE_DATE}


@strawberry.input
class InvoiceSort:
    field: InvoiceSortField = InvoiceSortField.CREATED_AT
    descending: bool = False


@strawberry.input
class InvoiceFilter:
    status: list[InvoiceStatusEnum] | None = None
    customer_id: strawberry.ID | None = None
    overdue: bool | None = strawberry.field(default=None, description="an open part past due as of the organization's today")
    disputed: bool | None = None
    due_from: date | None = None
    due_to: date | None = None
    search: str | None = strawberry.field(default=None, description="number, e-invoice number or contract reference")


async def _filtered(actor: Actor, query: QuerySet[models.Invoice], f: InvoiceFilter | None) -> QuerySet[models.Invoice]:
    if f is None:
        return query
    criteria = repository.InvoiceListFilter(
        statuses=tuple(models.InvoiceStatus(s.value) for s in f.status or ()),
        customer_id=parse_uuid(f.customer_id) if f.customer_id is not None else None,
        customer_given=f.customer_id is not None,
        overdue=f.overdue,
        disputed=f.disputed,
        due_from=f.due_from,
        due_to=f.due_to,
        search=f.search,
    )
    return await repository.filtered(actor, query, criteria)


@strawberry.type
class InvoicesQuery:
    @strawberry.field(description="Invoices the caller may see (collectors and sales: their customers').")
    async def invoices(
        self,
        info: strawberry.Info[Context],
        filter: InvoiceFilter | None = None,
        sort: InvoiceSort | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Invoice]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = await _filtered(actor, repository.invoices(actor), filter)
        if sort is None:
            order: tuple[str, ...] = ("-created_at", "-id")
        else:
            if sort.field in _NEEDS_ISSUED:
                query = query.exclude(status=models.InvoiceStatus.DRAFT)
            sign = "-" if sort.descending else ""
            order = (f"{sign}{sort.field.value}", f"{sign}id")
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size, order=order, to_node=Invoice.from_model
        )

    @strawberry.field
    async def invoice(self, info: strawberry.Info[Context], id: strawberry.ID) -> Invoice | None:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        invoice_id = parse_uuid(id)
        row = await repository.invoices(actor).filter(id=invoice_id).first() if invoice_id else None
        return Invoice.from_model(row) if row else None

    @strawberry.field
    async def credit_notes(
        self,
        info: strawberry.Info[Context],
        customer_id: strawberry.ID | None = None,
        status: CreditNoteStatusEnum | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[CreditNote]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = repository.credit_notes(actor)
        if customer_id is not None:
            query = query.filter(customer_id=parse_uuid(customer_id))
        if status is not None:
            query = query.filter(status=status)
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=("-issue_date", "-id"), to_node=CreditNote.from_model,
        )

    @strawberry.field
    async def credit_note(self, info: strawberry.Info[Context], id: strawberry.ID) -> CreditNote | None:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        credit_note_id = parse_uuid(id)
        row = await repository.credit_notes(actor).filter(id=credit_note_id).first() if credit_note_id else None
        return CreditNote.from_model(row) if row else None

    @strawberry.field(description="Write-offs, e.g. the requests waiting for approval (status: REQUESTED).")
    async def write_offs(
        self,
        info: strawberry.Info[Context],
        status: WriteOffStatusEnum | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[WriteOff]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        query = repository.write_offs(actor)
        if status is not None:
            query = query.filter(status=status)
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=("-created_at", "-id"), to_node=WriteOff.from_model,
        )

    @strawberry.field(description="Aging of open AR as of a date (default: today), in the base currency.")
    async def aging(
        self, info: strawberry.Info[Context], as_of: date | None = None, customer_id: strawberry.ID | None = None,
        cut: AnalyticsCut | None = None,
    ) -> AgingReport:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        org = await Organization.get(id=actor.org_id)
        scope = await resolve_cut(actor, cut.to_cut() if cut else None)
        async with analytics_slot():
            customer_ids = [parse_uuid(customer_id)] if customer_id is not None else scope.customer_ids
            report = await organization_aging(
                org.id, as_of or local_today(org.timezone), customer_ids=customer_ids, currency=scope.currency,
                membership_id=repository.scope_membership(actor),
            )
        return AgingReport.from_data(report)

    @strawberry.field(
        description="The aging table by customer as of a date (default: today): customers × buckets with totals, "
        "largest total first; drill down with invoices(filter: {customerId}) ."
    )
    async def aging_by_customer(
        self, info: strawberry.Info[Context], as_of: date | None = None, first: int | None = None, after: str | None = None,
        cut: AnalyticsCut | None = None,
    ) -> AgingByCustomer:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        org = await Organization.get(id=actor.org_id)
        limit = check_page_size(first, info.context.settings.max_page_size)
        position = decode_cursor(after, AGING_CURSOR) if after else None
        scope = await resolve_cut(actor, cut.to_cut() if cut else None)
        async with analytics_slot():
            table = await aging_by_customer(
                org.id, as_of or local_today(org.timezone), limit=limit,
                after=(position[0], position[1]) if position else None, membership_id=repository.scope_membership(actor),
                customer_ids=scope.customer_ids, currency=scope.currency,
            )
        edges = [Edge(cursor=encode_cursor([row.total, row.customer_id]), node=CustomerAging.from_data(row)) for row in table.rows]
        return AgingByCustomer(
            totals=AgingReport.from_data(table.totals),
            rows=Connection(
                edges=edges,
                page_info=PageInfo(
                    has_next_page=table.has_next, has_previous_page=after is not None,
                    start_cursor=edges[0].cursor if edges else None, end_cursor=edges[-1].cursor if edges else None,
                ),
                total_count=table.totals.customer_count,
            ),
        )

    @strawberry.field
    async def invoice_settings(self, info: strawberry.Info[Context]) -> InvoiceSettings:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        return InvoiceSettings.from_model(await service.get_settings(actor.org_id))


# --- mutations ------------------------------------------------------------------------------


@strawberry.input
class InvoiceLineInput:
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal = Decimal(0)


@strawberry.input
class InvoiceInstallmentInput:
    due_date: date
    amount: Decimal


@strawberry.input(description="An amount for one invoice: an allocation or a credit-note application.")
class InvoiceAmountInput:
    invoice_id: strawberry.ID
    amount: Decimal


@strawberry.input
class InvoiceCreateInput:
    customer_id: strawberry.ID
    currency: str
    lines: list[InvoiceLineInput]
    exchange_rate: Decimal | None = None
    due_date: date | None = strawberry.field(default=None, description="default on issue: the customer's payment terms, else 30 days")
    installments: list[InvoiceInstallmentInput] | None = None
    e_invoice_number: str = ""
    e_invoice_code: str = ""
    contract_ref: str = ""
    notes: str = ""
    late_fee_daily_rate: Decimal | None = None
    late_fee_grace_days: int = 0


@strawberry.input(description="Null or absent fields stay as they are; `installments: []` removes them.")
class InvoiceUpdateInput:
    version: int | None = None
    customer_id: strawberry.ID | None = None
    currency: str | None = None
    exchange_rate: Decimal | None = None
    lines: list[InvoiceLineInput] | None = None
    due_date: date | None = None
    installments: list[InvoiceInstallmentInput] | None = None
    e_invoice_number: str | None = None
    e_invoice_code: str | None = None
    contract_ref: str | None = None
    notes: str | None = None
    late_fee_daily_rate: Decimal | None = None
    late_fee_grace_days: int | None = None


@strawberry.input
class CreditNoteCreateInput:
    customer_id: strawberry.ID
    currency: str
    amount: Decimal
    reason: str
    issue_date: date | None = None
    exchange_rate: Decimal | None = None


@strawberry.input
class InvoiceSettingsInput:
    rounding: RoundingEnum | None = None
    aging_bounds: list[int] | None = None
    aging_basis: AgingBasisEnum | None = None


@strawberry.type
class InvoicePayload:
    invoice: Invoice | None
    errors: list[InvoiceError]


@strawberry.type
class CreditNotePayload:
    credit_note: CreditNote | None
    errors: list[InvoiceError]


@strawberry.type
class WriteOffPayload:
    write_off: WriteOff | None
    errors: list[InvoiceError]


@strawberry.type
class LateFeesAssessPayload:
    charges: list[LateFeeCharge]
    errors: list[InvoiceError]


@strawberry.type
class InvoiceSettingsPayload:
    settings: InvoiceSettings | None
    errors: list[InvoiceError]


def _lines(lines: list[InvoiceLineInput]) -> list[service.LineInput]:
    return [service.LineInput(line.description, line.quantity, line.unit_price, line.tax_rate) for line in lines]


def _parts(parts: list[InvoiceInstallmentInput] | None) -> list[service.InstallmentInput] | None:
    return None if parts is None else [service.InstallmentInput(p.due_date, p.amount) for p in parts]


def amounts(items: list[InvoiceAmountInput]) -> list[tuple[object, Decimal]]:
    return [(parse_uuid(item.invoice_id), item.amount) for item in items]


async def _invoice_payload(call) -> InvoicePayload:  # type: ignore[no-untyped-def]
    try:
        row = await call
    except DomainError as exc:
        return InvoicePayload(invoice=None, errors=_errors(exc))
    return InvoicePayload(invoice=Invoice.from_model(row), errors=[])


async def _credit_note_payload(call) -> CreditNotePayload:  # type: ignore[no-untyped-def]
    try:
        row = await call
    except DomainError as exc:
        return CreditNotePayload(credit_note=None, errors=_errors(exc))
    return CreditNotePayload(credit_note=CreditNote.from_model(row), errors=[])


async def _write_off_payload(call) -> WriteOffPayload:  # type: ignore[no-untyped-def]
    try:
        row = await call
    except DomainError as exc:
        return WriteOffPayload(write_off=None, errors=_errors(exc))
    return WriteOffPayload(write_off=WriteOff.from_model(row), errors=[])


@strawberry.type
class InvoicesMutation:
    @strawberry.mutation(description="Create a draft invoice.")
    async def invoice_create(self, info: strawberry.Info[Context], input: InvoiceCreateInput) -> InvoicePayload:
        actor = info.context.org_actor()
        return await _invoice_payload(
            service.create_draft(
                actor, customer_id=parse_uuid(input.customer_id), currency=input.currency, lines=_lines(input.lines),
                exchange_rate=input.exchange_rate, due_date=input.due_date, installments=_parts(input.installments) or [],
                e_invoice_number=input.e_invoice_number, e_invoice_code=input.e_invoice_code, contract_ref=input.contract_ref,
                notes=input.notes, late_fee_daily_rate=input.late_fee_daily_rate, late_fee_grace_days=input.late_fee_grace_days,
            )
        )

    @strawberry.mutation(description="Change a draft invoice.")
    async def invoice_update(self, info: strawberry.Info[Context], id: strawberry.ID, input: InvoiceUpdateInput) -> InvoicePayload:
        actor = info.context.org_actor()
        return await _invoice_payload(
            service.update_draft(
                actor, parse_uuid(id), version=input.version,
                customer_id=parse_uuid(input.customer_id) if input.customer_id is not None else None,
                currency=input.currency, exchange_rate=input.exchange_rate,
                lines=_lines(input.lines) if input.lines is not None else None, due_date=input.due_date,
                installments=_parts(input.installments), e_invoice_number=input.e_invoice_number,
                e_invoice_code=input.e_invoice_code, contract_ref=input.contract_ref, notes=input.notes,
                late_fee_daily_rate=input.late_fee_daily_rate, late_fee_grace_days=input.late_fee_grace_days,
            )
        )

    @strawberry.mutation(description="Delete a draft invoice.")
    async def invoice_delete(self, info: strawberry.Info[Context], id: strawberry.ID) -> InvoicePayload:
        return await _invoice_payload(service.delete_draft(info.context.org_actor(), parse_uuid(id)))

    @strawberry.mutation(description="Issue a draft: number, dates, credit check.")
    async def invoice_issue(
        self, info: strawberry.Info[Context], id: strawberry.ID, issue_date: date | None = None, due_date: date | None = None
    ) -> InvoicePayload:
        actor = info.context.org_actor()
        return await _invoice_payload(service.issue_invoice(actor, parse_uuid(id), issue_date=issue_date, due_date=due_date))

    @strawberry.mutation(description="Void an issued invoice nothing has been applied to.")
    async def invoice_void(self, info: strawberry.Info[Context], id: strawberry.ID, reason: str) -> InvoicePayload:
        return await _invoice_payload(service.void_invoice(info.context.org_actor(), parse_uuid(id), reason=reason))

    @strawberry.mutation(description="Flag or clear a dispute.")
    async def invoice_set_dispute(
        self, info: strawberry.Info[Context], id: strawberry.ID, disputed: bool, note: str = ""
    ) -> InvoicePayload:
        actor = info.context.org_actor()
        return await _invoice_payload(service.set_dispute(actor, parse_uuid(id), disputed=disputed, note=note))

    @strawberry.mutation(description="Issue a credit note.")
    async def credit_note_create(self, info: strawberry.Info[Context], input: CreditNoteCreateInput) -> CreditNotePayload:
        actor = info.context.org_actor()
        return await _credit_note_payload(
            service.create_credit_note(
                actor, customer_id=parse_uuid(input.customer_id), currency=input.currency, amount=input.amount,
                reason=input.reason, issue_date=input.issue_date, exchange_rate=input.exchange_rate,
            )
        )

    @strawberry.mutation(description="Apply a credit note to invoices of its customer and currency.")
    async def credit_note_apply(
        self, info: strawberry.Info[Context], id: strawberry.ID, applications: list[InvoiceAmountInput], applied_on: date | None = None
    ) -> CreditNotePayload:
        actor = info.context.org_actor()
        return await _credit_note_payload(service.apply_credit_note(actor, parse_uuid(id), amounts(applications), applied_on=applied_on))

    @strawberry.mutation(description="Void a credit note that was never applied.")
    async def credit_note_void(self, info: strawberry.Info[Context], id: strawberry.ID, reason: str) -> CreditNotePayload:
        return await _credit_note_payload(service.void_credit_note(info.context.org_actor(), parse_uuid(id), reason=reason))

    @strawberry.mutation(description="Request a bad-debt write-off.")
    async def write_off_request(
        self, info: strawberry.Info[Context], invoice_id: strawberry.ID, amount: Decimal, reason: str
    ) -> WriteOffPayload:
        actor = info.context.org_actor()
        return await _write_off_payload(service.request_write_off(actor, parse_uuid(invoice_id), amount=amount, reason=reason))

    @strawberry.mutation(description="Approve a write-off someone else requested.")
    async def write_off_approve(
        self, info: strawberry.Info[Context], id: strawberry.ID, written_off_on: date | None = None
    ) -> WriteOffPayload:
        actor = info.context.org_actor()
        return await _write_off_payload(service.approve_write_off(actor, parse_uuid(id), written_off_on=written_off_on))

    @strawberry.mutation(description="Reject a write-off someone else requested.")
    async def write_off_reject(self, info: strawberry.Info[Context], id: strawberry.ID, note: str = "") -> WriteOffPayload:
        return await _write_off_payload(service.reject_write_off(info.context.org_actor(), parse_uuid(id), note=note))

    @strawberry.mutation(description="Charge late fees for the complete months up to a date (default today); idempotent.")
    async def late_fees_assess(self, info: strawberry.Info[Context], as_of: date | None = None) -> LateFeesAssessPayload:
        actor = info.context.org_actor()
        try:
            charges = await late_fees.assess_late_fees(actor, as_of=as_of)
        except DomainError as exc:
            return LateFeesAssessPayload(charges=[], errors=_errors(exc))
        return LateFeesAssessPayload(charges=[LateFeeCharge.from_model(c) for c in charges], errors=[])

    @strawberry.mutation(description="Rounding and aging settings of the organization.")
    async def invoice_settings_update(self, info: strawberry.Info[Context], input: InvoiceSettingsInput) -> InvoiceSettingsPayload:
        actor = info.context.org_actor()
        try:
            row = await service.update_settings(
                actor, rounding=input.rounding, aging_bounds=input.aging_bounds, aging_basis=input.aging_basis
            )
        except DomainError as exc:
            return InvoiceSettingsPayload(settings=None, errors=_errors(exc))
        return InvoiceSettingsPayload(settings=InvoiceSettings.from_model(row), errors=[])
