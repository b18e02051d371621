"""GraphQL types of invoicing, mapped explicitly from rows; nested lists go through DataLoaders."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from ..api.context import Context
from ..api.errors import WithParams
from ..api.pagination import Connection
from ..kit.money import Rounding
from . import dataloaders as dl
from . import models
from .aging import AgingReport as AgingReportData
from .aging import Bucket as AgingBucketData
from .aging import CustomerAging as CustomerAgingData
from .balances import invoice_open_amount, invoice_parts, part_open_amounts
from .errors import InvoiceErrorCode

if TYPE_CHECKING:
    from ..customers.types import Customer
    from ..payments.types import Allocation


async def load_customer(info: strawberry.Info[Context], customer_id: uuid.UUID) -> Customer | None:
    """The customer of a document the caller may see, through the request's DataLoader."""
    from ..credit.types import load_customer as load

    return await load(info, customer_id)

InvoiceStatusEnum = strawberry.enum(models.InvoiceStatus, name="InvoiceStatus")
CreditNoteStatusEnum = strawberry.enum(models.CreditNoteStatus, name="CreditNoteStatus")
WriteOffStatusEnum = strawberry.enum(models.WriteOffStatus, name="WriteOffStatus")
RoundingEnum = strawberry.enum(Rounding, name="Rounding", description="half_up, or bankers' (half to even)")
AgingBasisEnum = strawberry.enum(models.AgingBasis, name="AgingBasis")
InvoiceErrorCodeEnum = strawberry.enum(InvoiceErrorCode, name="InvoiceErrorCode")


def loader(info: strawberry.Info[Context], cls: type) -> Any:
    """The request's instance of a ledger DataLoader, scoped to the request's organization."""
    organization_id = info.context.org_actor().org_id
    return info.context.loader(cls.__name__, lambda: cls(organization_id))


def _id(value: uuid.UUID | None) -> strawberry.ID | None:
    return None if value is None else strawberry.ID(str(value))


@strawberry.type
class InvoiceError(WithParams):
    field: str | None
    code: InvoiceErrorCodeEnum
    message: str


@strawberry.type
class InvoiceLine:
    id: strawberry.ID
    position: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal
    amount: Decimal
    tax_amount: Decimal

    @classmethod
    def from_model(cls, row: models.InvoiceLine) -> "InvoiceLine":
        return cls(
            id=strawberry.ID(str(row.id)), position=row.position, description=row.description, quantity=row.quantity,
            unit_price=row.unit_price, tax_rate=row.tax_rate, amount=row.amount, tax_amount=row.tax_amount,
        )


@strawberry.type(description="One part of an invoice due on its own date; open amount as of now.")
class InvoiceInstallment:
    id: strawberry.ID
    sequence: int
    due_date: date
    amount: Decimal
    open_amount: Decimal


@strawberry.type
class CreditNoteApplication:
    id: strawberry.ID
    credit_note_id: strawberry.ID
    invoice_id: strawberry.ID
    amount: Decimal
    applied_on: date
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.CreditNoteApplication) -> "CreditNoteApplication":
        return cls(
            id=strawberry.ID(str(row.id)), credit_note_id=strawberry.ID(str(row.credit_note_id)),
            invoice_id=strawberry.ID(str(row.invoice_id)), amount=row.amount, applied_on=row.applied_on, created_at=row.created_at,
        )

    @strawberry.field
    async def credit_note_number(self, info: strawberry.Info[Context]) -> str | None:
        note = await loader(info, dl.CreditNoteByIdLoader).load(uuid.UUID(self.credit_note_id))
        return note.number if note else None

    @strawberry.field
    async def invoice_number(self, info: strawberry.Info[Context]) -> str | None:
        invoice = await loader(info, dl.InvoiceByIdLoader).load(uuid.UUID(self.invoice_id))
        return invoice.number if invoice else None


@strawberry.type
class WriteOff:
    id: strawberry.ID
    invoice_id: strawberry.ID
    amount: Decimal
    reason: str
    status: WriteOffStatusEnum
    written_off_on: date | None
    requested_by_id: strawberry.ID
    decided_by_id: strawberry.ID | None
    decided_at: datetime | None
    decision_note: str
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.WriteOff) -> "WriteOff":
        return cls(
            id=strawberry.ID(str(row.id)), invoice_id=strawberry.ID(str(row.invoice_id)), amount=row.amount, reason=row.reason,
            status=row.status, written_off_on=row.written_off_on, requested_by_id=strawberry.ID(str(row.requested_by_id)),
            decided_by_id=_id(row.decided_by_id), decided_at=row.decided_at, decision_note=row.decision_note, created_at=row.created_at,
        )

    @strawberry.field
    async def invoice_number(self, info: strawberry.Info[Context]) -> str | None:
        invoice = await loader(info, dl.InvoiceByIdLoader).load(uuid.UUID(self.invoice_id))
        return invoice.number if invoice else None


@strawberry.type
class LateFeeCharge:
    id: strawberry.ID
    invoice_id: strawberry.ID
    period_start: date
    period_end: date
    days: int
    base_amount: Decimal = strawberry.field(description="average daily overdue balance over the charged days")
    daily_rate: Decimal
    amount: Decimal
    charge_invoice_id: strawberry.ID | None = strawberry.field(description="the invoice that bills this charge")

    @classmethod
    def from_model(cls, row: models.LateFeeCharge) -> "LateFeeCharge":
        return cls(
            id=strawberry.ID(str(row.id)), invoice_id=strawberry.ID(str(row.invoice_id)), period_start=row.period_start,
            period_end=row.period_end, days=row.days, base_amount=row.base_amount, daily_rate=row.daily_rate, amount=row.amount,
            charge_invoice_id=_id(row.charge_invoice_id),
        )


@strawberry.type
class Invoice:
    row: strawberry.Private[models.Invoice]

    @classmethod
    def from_model(cls, row: models.Invoice) -> "Invoice":
        return cls(row=row)

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self.row.id))

    @strawberry.field(description="Assigned on issue, gap-free; null for a draft.")
    def number(self) -> str | None:
        return self.row.number

    @strawberry.field
    def status(self) -> InvoiceStatusEnum:
        return self.row.status

    @strawberry.field
    def disputed(self) -> bool:
        return self.row.disputed

    @strawberry.field
    def customer_id(self) -> strawberry.ID:
        return strawberry.ID(str(self.row.customer_id))

    @strawberry.field(description="The invoice's customer (code and name for lists).")
    async def customer(
        self, info: strawberry.Info[Context]
    ) -> Annotated["Customer", strawberry.lazy("backend.customers.types")] | None:
        return await load_customer(info, self.row.customer_id)

    @strawberry.field
    def issue_date(self) -> date | None:
        return self.row.issue_date

    @strawberry.field
    def due_date(self) -> date | None:
        return self.row.due_date

    @strawberry.field
    def currency(self) -> str:
        return self.row.currency

    @strawberry.field
    def exchange_rate(self) -> Decimal:
        return self.row.exchange_rate

    @strawberry.field
    def subtotal(self) -> Decimal:
        return self.row.subtotal

    @strawberry.field
    def tax_total(self) -> Decimal:
        return self.row.tax_total

    @strawberry.field
    def total(self) -> Decimal:
        return self.row.total

    @strawberry.field(description="Σ payments applied")
    def allocated(self) -> Decimal:
        return self.row.allocated

    @strawberry.field(description="Σ credit notes applied")
    def credited(self) -> Decimal:
        return self.row.credited

    @strawberry.field(description="Σ approved write-offs")
    def written_off(self) -> Decimal:
        return self.row.written_off

    @strawberry.field(description="total − allocated − credited − written off (zero when void)")
    def open_amount(self) -> Decimal:
        return invoice_open_amount(self.row)

    @strawberry.field
    def e_invoice_number(self) -> str:
        return self.row.e_invoice_number

    @strawberry.field
    def e_invoice_code(self) -> str:
        return self.row.e_invoice_code

    @strawberry.field
    def contract_ref(self) -> str:
        return self.row.contract_ref

    @strawberry.field
    def notes(self) -> str:
        return self.row.notes

    @strawberry.field
    def late_fee_daily_rate(self) -> Decimal | None:
        return self.row.late_fee_daily_rate

    @strawberry.field
    def late_fee_grace_days(self) -> int:
        return self.row.late_fee_grace_days

    @strawberry.field
    def void_reason(self) -> str:
        return self.row.void_reason

    @strawberry.field
    def issued_at(self) -> datetime | None:
        return self.row.issued_at

    @strawberry.field
    def voided_at(self) -> datetime | None:
        return self.row.voided_at

    @strawberry.field
    def version(self) -> int:
        return self.row.version

    @strawberry.field
    def created_at(self) -> datetime:
        return self.row.created_at

    @strawberry.field
    async def lines(self, info: strawberry.Info[Context]) -> list[InvoiceLine]:
        return [InvoiceLine.from_model(r) for r in await loader(info, dl.LinesByInvoiceIdLoader).load(self.row.id)]

    @strawberry.field(description="The parts in the order payments fill them, with their open amounts.")
    async def installments(self, info: strawberry.Info[Context]) -> list[InvoiceInstallment]:
        rows = await loader(info, dl.InstallmentsByInvoiceIdLoader).load(self.row.id)
        if not rows:
            return []
        # rows come in the same fill order; a voided invoice has nothing open in any part
        opens = part_open_amounts(invoice_parts(self.row, rows), self.row.total, invoice_open_amount(self.row))
        return [
            InvoiceInstallment(id=strawberry.ID(str(r.id)), sequence=r.sequence, due_date=r.due_date, amount=r.amount, open_amount=o)
            for r, o in zip(rows, opens, strict=True)
        ]

    @strawberry.field
    async def allocations(
        self, info: strawberry.Info[Context]
    ) -> list[Annotated["Allocation", strawberry.lazy("backend.payments.types")]]:
        from ..payments.types import Allocation

        return [Allocation.from_model(r) for r in await loader(info, dl.AllocationsByInvoiceIdLoader).load(self.row.id)]

    @strawberry.field
    async def credit_applications(self, info: strawberry.Info[Context]) -> list[CreditNoteApplication]:
        rows = await loader(info, dl.CreditApplicationsByInvoiceIdLoader).load(self.row.id)
        return [CreditNoteApplication.from_model(r) for r in rows]

    @strawberry.field
    async def write_offs(self, info: strawberry.Info[Context]) -> list[WriteOff]:
        return [WriteOff.from_model(r) for r in await loader(info, dl.WriteOffsByInvoiceIdLoader).load(self.row.id)]

    @strawberry.field
    async def late_fee_charges(self, info: strawberry.Info[Context]) -> list[LateFeeCharge]:
        return [LateFeeCharge.from_model(r) for r in await loader(info, dl.LateFeeChargesByInvoiceIdLoader).load(self.row.id)]


@strawberry.type
class CreditNote:
    id: strawberry.ID
    number: str
    customer_id: strawberry.ID
    issue_date: date
    currency: str
    exchange_rate: Decimal
    amount: Decimal
    applied: Decimal
    available: Decimal
    reason: str
    status: CreditNoteStatusEnum
    created_at: datetime

    @classmethod
    def from_model(cls, row: models.CreditNote) -> "CreditNote":
        return cls(
            id=strawberry.ID(str(row.id)), number=row.number, customer_id=strawberry.ID(str(row.customer_id)),
            issue_date=row.issue_date, currency=row.currency, exchange_rate=row.exchange_rate, amount=row.amount,
            applied=row.applied, available=row.amount - row.applied if row.status is models.CreditNoteStatus.OPEN else Decimal("0.00"),
            reason=row.reason, status=row.status, created_at=row.created_at,
        )

    @strawberry.field(description="The credit note's customer.")
    async def customer(
        self, info: strawberry.Info[Context]
    ) -> Annotated["Customer", strawberry.lazy("backend.customers.types")] | None:
        return await load_customer(info, uuid.UUID(self.customer_id))

    @strawberry.field
    async def applications(self, info: strawberry.Info[Context]) -> list[CreditNoteApplication]:
        rows = await loader(info, dl.CreditApplicationsByCreditNoteIdLoader).load(uuid.UUID(self.id))
        return [CreditNoteApplication.from_model(r) for r in rows]


@strawberry.type
class InvoiceSettings:
    rounding: RoundingEnum
    aging_bounds: list[int] = strawberry.field(description="upper day bounds of the overdue buckets")
    aging_basis: AgingBasisEnum

    @classmethod
    def from_model(cls, row: models.InvoiceSettings) -> "InvoiceSettings":
        return cls(rounding=row.rounding, aging_bounds=list(row.aging_bounds or models.DEFAULT_AGING_BOUNDS), aging_basis=row.aging_basis)


@strawberry.type
class AgingBucket:
    label: str
    from_days: int | None
    to_days: int | None
    amount: Decimal
    invoice_count: int = strawberry.field(
        description="Invoices having an open part in this bucket: an installment invoice counts in each bucket it has a part in."
    )

    document_amount: Decimal | None = strawberry.field(
        default=None, description="With a currency cut: the amount in that currency (null otherwise)."
    )

    @classmethod
    def from_data(cls, b: AgingBucketData) -> "AgingBucket":
        return cls(
            label=b.label, from_days=b.from_days, to_days=b.to_days, amount=b.amount, invoice_count=b.invoice_count,
            document_amount=b.document_amount,
        )


@strawberry.type(description="Open AR by bucket in the base currency, from the ledger as of a date.")
class AgingReport:
    as_of: date
    basis: AgingBasisEnum
    total: Decimal
    invoice_count: int = strawberry.field(description="Open invoices, each counted once (not the sum of the buckets' counts).")
    customer_count: int = strawberry.field(description="Customers with something open.")
    buckets: list[AgingBucket]
    currency: str | None = strawberry.field(default=None, description="The currency of a currency cut (null: every currency).")

    @strawberry.field(description="With a currency cut: the total in that currency.")
    def document_total(self) -> Decimal | None:
        return sum((b.document_amount or Decimal(0) for b in self.buckets), Decimal("0.00")) if self.currency else None

    @classmethod
    def from_data(cls, report: AgingReportData) -> "AgingReport":
        return cls(
            as_of=report.as_of, basis=report.basis, total=report.total, invoice_count=report.invoice_count,
            customer_count=report.customer_count, buckets=[AgingBucket.from_data(b) for b in report.buckets],
            currency=report.currency,
        )


@strawberry.type(description="One customer's row of the aging table: its buckets, total and open invoices (each counted once).")
class CustomerAging:
    total: Decimal
    invoice_count: int
    buckets: list[AgingBucket]
    customer_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def customer(self, info: strawberry.Info[Context]) -> Annotated["Customer", strawberry.lazy("backend.customers.types")] | None:
        return await load_customer(info, self.customer_id)

    @classmethod
    def from_data(cls, row: CustomerAgingData) -> "CustomerAging":
        return cls(total=row.total, invoice_count=row.invoice_count, buckets=[AgingBucket.from_data(b) for b in row.buckets], customer_id=row.customer_id)


@strawberry.type(description="The aging table by customer (largest total first) with the totals of every customer.")
class AgingByCustomer:
    totals: AgingReport
    rows: Connection[CustomerAging] = strawberry.field(description="totalCount: customers with something open.")
