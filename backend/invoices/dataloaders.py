"""DataLoaders of the ledger, built per request (info.context.loader) and scoped to its organization."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from strawberry.dataloader import DataLoader
from tortoise.models import Model

from ..payments.models import Allocation, Payment, Refund
from .models import CreditNote, CreditNoteApplication, Invoice, InvoiceInstallment, InvoiceLine, LateFeeCharge, WriteOff

M = TypeVar("M", bound=Model)


class _ByKeyLoader(DataLoader[uuid.UUID, list[M]], Generic[M]):
    """Rows of `model` grouped by the foreign key `key`, in `order`: one query per batch."""

    model: type[Model]
    key: str
    order: Sequence[str]

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[list[Any]]:
        rows = await self.model.filter(**{f"{self.key}__in": ids}, organization_id=self.organization_id).order_by(*self.order)
        grouped: dict[uuid.UUID, list[Any]] = {i: [] for i in ids}
        for row in rows:
            grouped[getattr(row, self.key)].append(row)
        return [grouped[i] for i in ids]


class _ByIdLoader(DataLoader[uuid.UUID, M | None], Generic[M]):
    model: type[Model]

    def __init__(self, organization_id: uuid.UUID) -> None:
        self.organization_id = organization_id
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[uuid.UUID]) -> list[Any]:
        rows = {row.pk: row for row in await self.model.filter(id__in=ids, organization_id=self.organization_id)}
        return [rows.get(i) for i in ids]


class LinesByInvoiceIdLoader(_ByKeyLoader[InvoiceLine]):
    model, key, order = InvoiceLine, "invoice_id", ("position",)


class InstallmentsByInvoiceIdLoader(_ByKeyLoader[InvoiceInstallment]):
    model, key, order = InvoiceInstallment, "invoice_id", ("due_date", "sequence")


class AllocationsByInvoiceIdLoader(_ByKeyLoader[Allocation]):
    model, key, order = Allocation, "invoice_id", ("applied_on", "created_at", "id")


class AllocationsByPaymentIdLoader(_ByKeyLoader[Allocation]):
    model, key, order = Allocation, "payment_id", ("created_at", "id")


class CreditApplicationsByInvoiceIdLoader(_ByKeyLoader[CreditNoteApplication]):
    model, key, order = CreditNoteApplication, "invoice_id", ("applied_on", "created_at", "id")


class CreditApplicationsByCreditNoteIdLoader(_ByKeyLoader[CreditNoteApplication]):
    model, key, order = CreditNoteApplication, "credit_note_id", ("applied_on", "created_at", "id")


class WriteOffsByInvoiceIdLoader(_ByKeyLoader[WriteOff]):
    model, key, order = WriteOff, "invoice_id", ("created_at", "id")


class LateFeeChargesByInvoiceIdLoader(_ByKeyLoader[LateFeeCharge]):
    model, key, order = LateFeeCharge, "invoice_id", ("period_start",)


class RefundsByPaymentIdLoader(_ByKeyLoader[Refund]):
    model, key, order = Refund, "payment_id", ("created_at", "id")


class InvoiceByIdLoader(_ByIdLoader[Invoice]):
    model = Invoice


class PaymentByIdLoader(_ByIdLoader[Payment]):
    model = Payment


class CreditNoteByIdLoader(_ByIdLoader[CreditNote]):
    model = CreditNote
