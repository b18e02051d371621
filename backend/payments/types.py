"""GraphQL types of payments and cash application, mapped explicitly from rows."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry

from ..api.context import Context
from ..api.errors import WithParams
from ..invoices import dataloaders as dl
from ..invoices.types import load_customer, loader
from . import models
from .errors import PaymentErrorCode
from .service import unapplied

if TYPE_CHECKING:
    from ..customers.types import Customer

PaymentMethodEnum = strawberry.enum(models.PaymentMethod, name="PaymentMethod")
PaymentStatusEnum = strawberry.enum(models.PaymentStatus, name="PaymentStatus")
PaymentErrorCodeEnum = strawberry.enum(PaymentErrorCode, name="PaymentErrorCode")


@strawberry.type
class PaymentError(WithParams):
    field: str | None
    code: PaymentErrorCodeEnum
    message: str


@strawberry.type
class MoneyAmount:
    currency: str
    amount: Decimal


@strawberry.type
class Allocation:
    id: strawberry.ID
    payment_id: strawberry.ID
    invoice_id: strawberry.ID
    amount: Decimal
    applied_on: date = strawberry.field(description="the payment's date (or the invoice's, if later): it counts from then")
    reversed_on: date | None = strawberry.field(description="taken back: it no longer counts from this date")
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.Allocation) -> "Allocation":
        return cls(
            id=strawberry.ID(str(row.id)), payment_id=strawberry.ID(str(row.payment_id)), invoice_id=strawberry.ID(str(row.invoice_id)),
            amount=row.amount, applied_on=row.applied_on, reversed_on=row.reversed_on, created_at=row.created_at,
        )

    @strawberry.field
    async def invoice(self, info: strawberry.Info[Context]) -> Annotated["Invoice", strawberry.lazy("backend.invoices.types")] | None:
        from ..invoices.types import Invoice

        row = await loader(info, dl.InvoiceByIdLoader).load(uuid.UUID(self.invoice_id))
        return Invoice.from_model(row) if row else None

    @strawberry.field
    async def payment(self, info: strawberry.Info[Context]) -> "Payment | None":
        row = await loader(info, dl.PaymentByIdLoader).load(uuid.UUID(self.payment_id))
        return Payment.from_model(row) if row else None


@strawberry.type
class Refund:
    id: strawberry.ID
    payment_id: strawberry.ID
    amount: Decimal
    refunded_on: date
    reason: str
    provider_reference: str | None
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.Refund) -> "Refund":
        return cls(
            id=strawberry.ID(str(row.id)), payment_id=strawberry.ID(str(row.payment_id)), amount=row.amount,
            refunded_on=row.refunded_on, reason=row.reason, provider_reference=row.provider_reference, created_at=row.created_at,
        )


@strawberry.type
class Payment:
    id: strawberry.ID
    customer_id: strawberry.ID | None = strawberry.field(description="null while not matched to a customer")
    method: PaymentMethodEnum
    status: PaymentStatusEnum
    received_on: date
    currency: str
    exchange_rate: Decimal
    amount: Decimal
    allocated: Decimal
    refunded: Decimal
    unapplied: Decimal = strawberry.field(description="amount − allocated − refunded; zero once reversed")
    reference: str
    payer_name: str
    provider: str | None
    provider_reference: str | None
    notes: str
    reversed_at: datetime | None
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.Payment) -> "Payment":
        return cls(
            id=strawberry.ID(str(row.id)), customer_id=strawberry.ID(str(row.customer_id)) if row.customer_id else None,
            method=row.method, status=row.status, received_on=row.received_on, currency=row.currency,
            exchange_rate=row.exchange_rate, amount=row.amount, allocated=row.allocated, refunded=row.refunded,
            unapplied=unapplied(row), reference=row.reference, payer_name=row.payer_name, provider=row.provider,
            provider_reference=row.provider_reference, notes=row.notes, reversed_at=row.reversed_at, created_at=row.created_at,
        )

    @strawberry.field(description="The customer the payment is matched to.")
    async def customer(
        self, info: strawberry.Info[Context]
    ) -> Annotated["Customer", strawberry.lazy("backend.customers.types")] | None:
        return await load_customer(info, uuid.UUID(self.customer_id)) if self.customer_id else None

    @strawberry.field
    async def allocations(self, info: strawberry.Info[Context]) -> list[Allocation]:
        return [Allocation.from_model(r) for r in await loader(info, dl.AllocationsByPaymentIdLoader).load(uuid.UUID(self.id))]

    @strawberry.field
    async def refunds(self, info: strawberry.Info[Context]) -> list[Refund]:
        return [Refund.from_model(r) for r in await loader(info, dl.RefundsByPaymentIdLoader).load(uuid.UUID(self.id))]
