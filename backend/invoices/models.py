"""Invoices and what reduces them besides payments: credit notes and write-offs; late-fee charges.

Balances: an invoice's open amount = total − allocated − credited − written_off. The three running
sums are kept on the row for speed and guarded by CHECK constraints (never negative, never above
the total); the ledger rows (allocations, credit-note applications, write-offs) are the truth and
the property tests check that the sums equal them.
"""

from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from ..kit.money import Rounding


def money(**kwargs):  # type: ignore[no-untyped-def]
    return fields.DecimalField(max_digits=18, decimal_places=2, **kwargs)


def rate(**kwargs):  # type: ignore[no-untyped-def]
    return fields.DecimalField(max_digits=9, decimal_places=6, **kwargs)


class InvoiceStatus(str, Enum):
    DRAFT = "draft"
    ISSUED = "issued"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    VOID = "void"
    WRITTEN_OFF = "written_off"


DEFAULT_AGING_BOUNDS = [30, 60, 90, 180, 365]


class AgingBasis(str, Enum):
    DUE_DATE = "due_date"
    INVOICE_DATE = "invoice_date"


class InvoiceSettings(Model):
    """Per-organization invoicing settings; an organization without a row uses the defaults."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.OneToOneField("huikuan.Organization", related_name="invoice_settings", on_delete=fields.CASCADE)
    rounding = fields.CharEnumField(Rounding, max_length=16, default=Rounding.HALF_UP,
                                    description="rounding of line amounts and taxes to cents")
    aging_bounds = fields.JSONField(default=list, description="upper day bounds of the overdue buckets; empty = 30, 60, 90, 180, 365")
    aging_basis = fields.CharEnumField(AgingBasis, max_length=16, default=AgingBasis.DUE_DATE)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "invoice_settings"


class NumberSeries(Model):
    """Gap-free numbering per organization and series: the counter row is locked while issuing."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="number_series", on_delete=fields.RESTRICT)
    name = fields.CharField(max_length=32, description="e.g. invoice, credit_note")
    prefix = fields.CharField(max_length=16, default="")
    padding = fields.IntField(default=6)
    next_value = fields.BigIntField(default=1)

    class Meta:
        table = "number_series"
        unique_together = (("organization", "name"),)


class Invoice(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="invoices", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="invoices", on_delete=fields.RESTRICT)
    number = fields.CharField(max_length=40, null=True, description="assigned on issue, gap-free per series")
    status = fields.CharEnumField(InvoiceStatus, max_length=16, default=InvoiceStatus.DRAFT)
    disputed = fields.BooleanField(default=False)
    issue_date = fields.DateField(null=True)
    due_date = fields.DateField(null=True)
    currency = fields.CharField(max_length=3)
    exchange_rate = rate(default=1, description="units of base currency per unit of the invoice currency")
    subtotal = money(default=0)
    tax_total = money(default=0)
    total = money(default=0)
    allocated = money(default=0, description="Σ allocations (payments applied)")
    credited = money(default=0, description="Σ credit-note applications")
    written_off = money(default=0, description="Σ approved write-offs")
    e_invoice_number = fields.CharField(max_length=32, default="", description="发票号码")
    e_invoice_code = fields.CharField(max_length=32, default="", description="发票代码")
    contract_ref = fields.CharField(max_length=64, default="")
    notes = fields.TextField(default="")
    late_fee_daily_rate = rate(null=True, description="contract interest per day on overdue amounts")
    late_fee_grace_days = fields.IntField(default=0)
    credit_exception = fields.UUIDField(null=True, description="approved credit exception used to issue it")
    issued_at = fields.DatetimeField(null=True)
    voided_at = fields.DatetimeField(null=True)
    void_reason = fields.CharField(max_length=500, default="")
    created_by = fields.ForeignKeyField("huikuan.User", related_name="invoices_created", null=True, on_delete=fields.SET_NULL)
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "invoices"
        unique_together = (("organization", "number"),)
        indexes = (
            ("organization_id", "customer_id", "status"),
            ("organization_id", "status", "due_date"),
        )
        # (organization_id, issue_date) INCLUDE (status, total, exchange_rate, customer_id,
        # currency): the credit sales of a period, read from the index alone (migration 0025).


class InvoiceLine(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="invoice_lines", on_delete=fields.RESTRICT)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="lines", on_delete=fields.CASCADE)
    position = fields.IntField()
    description = fields.CharField(max_length=500)
    quantity = fields.DecimalField(max_digits=18, decimal_places=4)
    unit_price = fields.DecimalField(max_digits=18, decimal_places=4)
    tax_rate = rate(default=0)
    amount = money(description="quantity × unit price, rounded")
    tax_amount = money()

    class Meta:
        table = "invoice_lines"
        unique_together = (("invoice", "position"),)


class InvoiceInstallment(Model):
    """One part of an invoice due on its own date; payments fill parts in due-date order."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="invoice_installments", on_delete=fields.RESTRICT)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="installments", on_delete=fields.CASCADE)
    sequence = fields.IntField()
    due_date = fields.DateField()
    amount = money()

    class Meta:
        table = "invoice_installments"
        unique_together = (("invoice", "sequence"),)


class CreditNoteStatus(str, Enum):
    OPEN = "open"
    APPLIED = "applied"
    VOID = "void"


class CreditNote(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="credit_notes", on_delete=fields.RESTRICT)
    customer = fields.ForeignKeyField("huikuan.Customer", related_name="credit_notes", on_delete=fields.RESTRICT)
    number = fields.CharField(max_length=40)
    issue_date = fields.DateField()
    currency = fields.CharField(max_length=3)
    exchange_rate = rate(default=1)
    amount = money()
    applied = money(default=0)
    reason = fields.CharField(max_length=500, default="")
    status = fields.CharEnumField(CreditNoteStatus, max_length=16, default=CreditNoteStatus.OPEN)
    created_by = fields.ForeignKeyField("huikuan.User", related_name="credit_notes_created", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_notes"
        unique_together = (("organization", "number"),)


class CreditNoteApplication(Model):
    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="credit_note_applications", on_delete=fields.RESTRICT)
    credit_note = fields.ForeignKeyField("huikuan.CreditNote", related_name="applications", on_delete=fields.RESTRICT)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="credit_applications", on_delete=fields.RESTRICT)
    amount = money()
    applied_on = fields.DateField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_note_applications"
        indexes = (("organization_id", "invoice_id"),)


class WriteOffStatus(str, Enum):
    REQUESTED = "requested"
    APPROVED = "approved"
    REJECTED = "rejected"


class WriteOff(Model):
    """Bad-debt write-off (坏账核销): requested by finance, approved by someone else."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="write_offs", on_delete=fields.RESTRICT)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="write_offs", on_delete=fields.RESTRICT)
    amount = money()
    reason = fields.CharField(max_length=500)
    status = fields.CharEnumField(WriteOffStatus, max_length=16, default=WriteOffStatus.REQUESTED)
    written_off_on = fields.DateField(null=True, description="the date it counts from, set on approval")
    requested_by = fields.ForeignKeyField("huikuan.User", related_name="write_offs_requested", on_delete=fields.RESTRICT)
    decided_by = fields.ForeignKeyField("huikuan.User", related_name="write_offs_decided", null=True, on_delete=fields.RESTRICT)
    decided_at = fields.DatetimeField(null=True)
    decision_note = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "write_offs"
        indexes = (("organization_id", "invoice_id"),)


class LateFeeCharge(Model):
    """Interest on an overdue invoice for one period; unique per (invoice, period) so never twice."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="late_fee_charges", on_delete=fields.RESTRICT)
    invoice = fields.ForeignKeyField("huikuan.Invoice", related_name="late_fee_charges", on_delete=fields.RESTRICT)
    period_start = fields.DateField()
    period_end = fields.DateField()
    days = fields.IntField()
    base_amount = money()
    daily_rate = rate()
    amount = money()
    charge_invoice = fields.ForeignKeyField(
        "huikuan.Invoice", related_name="late_fee_sources", null=True, on_delete=fields.RESTRICT,
        description="the invoice that bills this charge",
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "late_fee_charges"
        unique_together = (("invoice", "period_start"),)


class LateFeeRunStatus(str, Enum):
    RUNNING = "running"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


class LateFeeRun(Model):
    """One pass of the late-fee assessment over an organization's invoices with a daily rate.

    It goes in batches ordered by invoice id; `cursor` is the last invoice of the last committed
    batch. At most one run per organization is running (a partial unique index)."""

    id = fields.UUIDField(primary_key=True)
    organization = fields.ForeignKeyField("huikuan.Organization", related_name="late_fee_runs", on_delete=fields.CASCADE)
    as_of = fields.DateField()
    status = fields.CharEnumField(LateFeeRunStatus, max_length=16, default=LateFeeRunStatus.RUNNING)
    cursor = fields.UUIDField(null=True)
    batches = fields.IntField(default=0)
    invoices_seen = fields.IntField(default=0)
    charges_written = fields.IntField(default=0)
    started_at = fields.DatetimeField(auto_now_add=True)
    last_batch_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "late_fee_runs"
        indexes = (("organization_id", "as_of"),)
