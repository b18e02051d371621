"""GraphQL queries and mutations of payments and cash application: translation only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

import strawberry

from ..accounts.permissions import Permission
from ..api.context import Context
from ..api.errors import payload_errors
from ..api.pagination import Connection, paginate
from ..invoices import repository
from ..invoices.schema import InvoiceAmountInput, amounts
from ..kit.errors import DomainError
from ..kit.ids import parse_uuid
from . import models, service
from .repository import PaymentListFilter, filtered, payments
from .types import MoneyAmount, Payment, PaymentError, PaymentErrorCodeEnum, PaymentMethodEnum, PaymentStatusEnum, Refund


def _errors(exc: DomainError) -> list[PaymentError]:
    return payload_errors(exc, PaymentError, PaymentErrorCodeEnum)


@strawberry.enum
class PaymentSortField(Enum):
    RECEIVED_ON = "received_on"
    AMOUNT = "amount"
    CREATED_AT = "created_at"


@strawberry.input
class PaymentSort:
    field: PaymentSortField = PaymentSortField.RECEIVED_ON
    descending: bool = True


@strawberry.input
class PaymentFilter:
    customer_id: strawberry.ID | None = None
    status: PaymentStatusEnum | None = None
    unmatched: bool | None = strawberry.field(default=None, description="not yet matched to a customer")
    has_unapplied: bool | None = None
    received_from: date | None = None
    received_to: date | None = None
    search: str | None = strawberry.field(default=None, description="reference, payer name or provider reference")


@strawberry.type
class PaymentsQuery:
    @strawberry.field(description="Payments the caller may see (collectors and sales: their customers').")
    async def payments(
        self,
        info: strawberry.Info[Context],
        filter: PaymentFilter | None = None,
        sort: PaymentSort | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Payment]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        f = filter or PaymentFilter()
        query = filtered(actor, PaymentListFilter(
            customer_id=parse_uuid(f.customer_id) if f.customer_id is not None else None,
            customer_given=f.customer_id is not None,
            status=f.status,
            unmatched=f.unmatched,
            has_unapplied=f.has_unapplied,
            received_from=f.received_from,
            received_to=f.received_to,
            search=f.search,
        ))
        sort = sort or PaymentSort()
        sign = "-" if sort.descending else ""
        return await paginate(
            query, first=first, after=after, max_page_size=info.context.settings.max_page_size,
            order=(f"{sign}{sort.field.value}", f"{sign}id"), to_node=Payment.from_model,
        )

    @strawberry.field
    async def payment(self, info: strawberry.Info[Context], id: strawberry.ID) -> Payment | None:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        payment_id = parse_uuid(id)
        row = await payments(actor).filter(id=payment_id).first() if payment_id else None
        return Payment.from_model(row) if row else None

    @strawberry.field(description="A customer's unapplied cash per currency (received, not allocated nor refunded).")
    async def customer_unapplied_cash(self, info: strawberry.Info[Context], customer_id: strawberry.ID) -> list[MoneyAmount]:
        actor = info.context.org_actor().require(Permission.CUSTOMERS_READ)
        wanted = parse_uuid(customer_id)
        customer = await repository.customers(actor).filter(id=wanted).first() if wanted else None
        if customer is None:
            return []
        cash = await service.unapplied_cash(actor, customer.id)
        return [MoneyAmount(currency=currency, amount=amount) for currency, amount in cash.items()]


@strawberry.input
class PaymentRecordInput:
    customer_id: strawberry.ID | None
    amount: Decimal
    currency: str
    method: PaymentMethodEnum
    received_on: date
    reference: str = ""
    payer_name: str = ""
    exchange_rate: Decimal | None = None
    notes: str = ""
    allocations: list[InvoiceAmountInput] | None = strawberry.field(default=None, description="allocate at once to these invoices")
    oldest_due_first: bool = strawberry.field(default=False, description="allocate at once, oldest due first")


@strawberry.type
class PaymentPayload:
    payment: Payment | None
    errors: list[PaymentError]


@strawberry.type
class PaymentRefundPayload:
    refund: Refund | None
    payment: Payment | None
    errors: list[PaymentError]


def _plan(allocations: list[InvoiceAmountInput] | None, oldest_due_first: bool) -> service.AllocationPlan:
    if oldest_due_first:
        return service.OLDEST_DUE_FIRST
    return None if allocations is None else amounts(allocations)


async def _payment_payload(call) -> PaymentPayload:  # type: ignore[no-untyped-def]
    try:
        row = await call
    except DomainError as exc:
        return PaymentPayload(payment=None, errors=_errors(exc))
    return PaymentPayload(payment=Payment.from_model(row), errors=[])


@strawberry.type
class PaymentsMutation:
    @strawberry.mutation(description="Record a payment received, optionally allocating it at once.")
    async def payment_record(self, info: strawberry.Info[Context], input: PaymentRecordInput) -> PaymentPayload:
        actor = info.context.org_actor()
        return await _payment_payload(
            service.record_payment(
                actor, customer_id=parse_uuid(input.customer_id) if input.customer_id is not None else None,
                amount=input.amount, currency=input.currency, method=input.method, received_on=input.received_on,
                reference=input.reference, payer_name=input.payer_name, exchange_rate=input.exchange_rate, notes=input.notes,
                allocate=_plan(input.allocations, input.oldest_due_first),
            )
        )

    @strawberry.mutation(description="Allocate a payment's unapplied amount: explicitly or oldest due first.")
    async def payment_allocate(
        self,
        info: strawberry.Info[Context],
        id: strawberry.ID,
        allocations: list[InvoiceAmountInput] | None = None,
        oldest_due_first: bool = False,
    ) -> PaymentPayload:
        actor = info.context.org_actor()
        return await _payment_payload(service.allocate_payment(actor, parse_uuid(id), _plan(allocations, oldest_due_first)))

    @strawberry.mutation(description="Take back one allocation; its amount is unapplied again.")
    async def payment_unallocate(
        self, info: strawberry.Info[Context], allocation_id: strawberry.ID, reversed_on: date | None = None
    ) -> PaymentPayload:
        actor = info.context.org_actor()
        try:
            allocation = await service.unallocate(actor, parse_uuid(allocation_id), reversed_on=reversed_on)
        except DomainError as exc:
            return PaymentPayload(payment=None, errors=_errors(exc))
        return PaymentPayload(payment=Payment.from_model(await models.Payment.get(id=allocation.payment_id)), errors=[])

    @strawberry.mutation(description="Reverse a payment that did not arrive (bounced cheque, charge-back).")
    async def payment_reverse(
        self, info: strawberry.Info[Context], id: strawberry.ID, reason: str, reversed_on: date | None = None
    ) -> PaymentPayload:
        actor = info.context.org_actor()
        return await _payment_payload(service.reverse_payment(actor, parse_uuid(id), reason=reason, reversed_on=reversed_on))

    @strawberry.mutation(description="Refund part or all of a payment's unapplied amount.")
    async def payment_refund(
        self,
        info: strawberry.Info[Context],
        id: strawberry.ID,
        amount: Decimal,
        reason: str = "",
        refunded_on: date | None = None,
    ) -> PaymentRefundPayload:
        actor = info.context.org_actor()
        try:
            refund = await service.refund_payment(actor, parse_uuid(id), amount, refunded_on=refunded_on, reason=reason)
        except DomainError as exc:
            return PaymentRefundPayload(refund=None, payment=None, errors=_errors(exc))
        payment = await models.Payment.get(id=refund.payment_id)
        return PaymentRefundPayload(refund=Refund.from_model(refund), payment=Payment.from_model(payment), errors=[])

    @strawberry.mutation(description="Match a payment to a customer.")
    async def payment_assign_customer(
        self, info: strawberry.Info[Context], id: strawberry.ID, customer_id: strawberry.ID
    ) -> PaymentPayload:
        actor = info.context.org_actor()
        return await _payment_payload(service.assign_customer(actor, parse_uuid(id), parse_uuid(customer_id)))
