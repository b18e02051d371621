"""Invoicing: drafts, issue (gap-free number, due date, credit check), void, disputes, installments,
credit notes, bad-debt write-offs (maker-checker) and the invoicing settings (late fees: late_fees.py).

Every write runs in one unit of work, scoped to the actor's organization, permission-checked, and
leaves exactly one audit entry. Amounts reduce an invoice only through `ledger.apply_deltas`,
after the rows are locked (document first, then invoices in id order).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..alerts.tasks import ledger_changed
from ..audit import service as audit
from ..credit.check import check_invoice_credit
from ..customers.models import Customer
from ..kit.errors import AccessDenied, AccessErrorCode, DomainError, FieldError
from ..kit.money import MAX_AMOUNT, Rounding, quantize, to_decimal
from ..kit.time import local_today, utcnow
from ..kit.uow import unit_of_work
from . import repository
from . import validation as v
from .aging import bounds_error
from .errors import InvoiceErrorCode as Code
from .ledger import OPEN_STATUSES, Delta, apply_deltas, dated_open_caps, dated_open_errors, lock_invoices, reduction_error, reduction_errors
from .models import (
    AgingBasis,
    CreditNote,
    CreditNoteApplication,
    CreditNoteStatus,
    Invoice,
    InvoiceInstallment,
    InvoiceLine,
    InvoiceSettings,
    InvoiceStatus,
    WriteOff,
    WriteOffStatus,
)
from .numbering import CREDIT_NOTE_SERIES, INVOICE_SERIES, next_number

# Payment terms when the customer has none of its own (documented in docs/ledger.md).
DEFAULT_PAYMENT_TERMS_DAYS = 30
MAX_LINES = 500
MAX_INSTALLMENTS = 120
MAX_APPLICATIONS = 1000
MAX_QUANTITY = Decimal("99999999999999")
MAX_DAILY_RATE = Decimal("0.01")
MAX_GRACE_DAYS = 365
INVOICE_FIELDS = (
    "customer_id", "currency", "exchange_rate", "subtotal", "tax_total", "total", "due_date",
    "e_invoice_number", "e_invoice_code", "contract_ref", "notes", "late_fee_daily_rate", "late_fee_grace_days",
)


@dataclass(frozen=True)
class LineInput:
    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_rate: Decimal = Decimal(0)


@dataclass(frozen=True)
class InstallmentInput:
    due_date: date
    amount: Decimal


@dataclass(frozen=True)
class Totals:
    lines: list[dict]
    subtotal: Decimal
    tax_total: Decimal
    total: Decimal


def compute_totals(lines: Sequence[LineInput], rounding: Rounding) -> Totals:
    """Line amount = round(quantity × unit price); line tax = round(line amount × tax rate), both
    to cents with the organization's rounding; subtotal, tax and total are sums of rounded figures."""
    rows = []
    for position, line in enumerate(lines, start=1):
        amount = quantize(line.quantity * line.unit_price, rounding)
        tax = quantize(amount * line.tax_rate, rounding)
        rows.append(
            {
                "position": position, "description": line.description.strip(), "quantity": line.quantity,
                "unit_price": line.unit_price, "tax_rate": line.tax_rate, "amount": amount, "tax_amount": tax,
            }
        )
    subtotal = sum((r["amount"] for r in rows), Decimal("0.00"))
    tax_total = sum((r["tax_amount"] for r in rows), Decimal("0.00"))
    return Totals(rows, subtotal, tax_total, subtotal + tax_total)


def _line_errors(lines: Sequence[LineInput]) -> list[FieldError | None]:
    if not lines:
        return [FieldError(Code.REQUIRED, "An invoice needs at least one line.", "lines")]
    if len(lines) > MAX_LINES:
        return [FieldError(Code.TOO_MANY, f"At most {MAX_LINES} lines.", "lines")]
    errors: list[FieldError | None] = []
    for i, line in enumerate(lines):
        field = f"lines.{i}"
        errors.append(v.text_error(line.description, f"{field}.description", 500))
        quantity, price, tax_rate = (to_decimal(x) for x in (line.quantity, line.unit_price, line.tax_rate))
        if quantity is None or quantity <= 0 or quantity > MAX_QUANTITY or v.decimal_places(quantity) > 4:
            errors.append(FieldError(Code.INVALID_QUANTITY, "Enter a quantity above zero with at most four decimals.", f"{field}.quantity"))
        if price is None or abs(price) > MAX_QUANTITY or v.decimal_places(price) > 4:
            errors.append(FieldError(Code.INVALID_AMOUNT, "Enter a unit price with at most four decimals.", f"{field}.unitPrice"))
        elif quantity is not None and abs(quantity * price) > MAX_AMOUNT:
            errors.append(FieldError(Code.INVALID_AMOUNT, "The line amount is too large.", f"{field}.unitPrice"))
        if tax_rate is None or not 0 <= tax_rate < 1 or v.decimal_places(tax_rate) > 6:
            errors.append(FieldError(Code.INVALID_TAX_RATE, "Enter a tax rate from 0 to below 1, e.g. 0.13.", f"{field}.taxRate"))
    return errors


def _total_error(totals: Totals) -> FieldError | None:
    if totals.total < 0:
        return FieldError(Code.TOTAL_NOT_POSITIVE, "The total cannot be below zero.", "lines")
    if totals.total > MAX_AMOUNT:
        return FieldError(Code.INVALID_AMOUNT, "The invoice total is too large.", "lines")
    return None


def _installment_errors(parts: Sequence[InstallmentInput], total: Decimal) -> list[FieldError | None]:
    if not parts:
        return []
    if len(parts) > MAX_INSTALLMENTS:
        return [FieldError(Code.TOO_MANY, f"At most {MAX_INSTALLMENTS} installments.", "installments")]
    errors = [v.amount_error(p.amount, f"installments.{i}.amount") for i, p in enumerate(parts)]
    if not any(errors) and sum(p.amount for p in parts) != total:
        errors.append(
            FieldError(Code.INSTALLMENTS_UNBALANCED, f"The installments must add up to the total {total}.", "installments")
        )
    return errors


def _late_fee_errors(rate: Decimal | None, grace_days: int | None) -> list[FieldError | None]:
    errors: list[FieldError | None] = []
    if rate is not None and (not 0 < rate <= MAX_DAILY_RATE or v.decimal_places(rate) > 6):
        errors.append(FieldError(Code.INVALID_RATE, "Enter a daily rate above 0 and at most 0.01 (1% a day).", "lateFeeDailyRate"))
    if grace_days is not None and not 0 <= grace_days <= MAX_GRACE_DAYS:
        errors.append(FieldError(Code.INVALID, f"Grace days are 0 to {MAX_GRACE_DAYS}.", "lateFeeGraceDays"))
    return errors


def _reference_errors(e_invoice_number: str | None, e_invoice_code: str | None, contract_ref: str | None, notes: str | None) -> list[FieldError | None]:
    return [
        None if e_invoice_number is None else v.text_error(e_invoice_number, "eInvoiceNumber", 32, required=False),
        None if e_invoice_code is None else v.text_error(e_invoice_code, "eInvoiceCode", 32, required=False),
        None if contract_ref is None else v.text_error(contract_ref, "contractRef", 64, required=False),
        None if notes is None else v.text_error(notes, "notes", 5000, required=False),
    ]


# --- settings -------------------------------------------------------------------------------


SETTINGS_FIELDS = ("rounding", "aging_bounds", "aging_basis")


async def get_settings(organization_id: uuid.UUID) -> InvoiceSettings:
    """The organization's invoicing settings (the defaults, unsaved, when it never set any)."""
    found = await InvoiceSettings.get_or_none(organization_id=organization_id)
    return found or InvoiceSettings(organization_id=organization_id, rounding=Rounding.HALF_UP, aging_bounds=[], aging_basis=AgingBasis.DUE_DATE)


async def update_settings(
    actor: Actor, *, rounding: Rounding | None = None, aging_bounds: list[int] | None = None, aging_basis: AgingBasis | None = None
) -> InvoiceSettings:
    actor.require_write().require(Permission.ORGANIZATION_MANAGE)
    if aging_bounds and (error := bounds_error(aging_bounds)):
        raise DomainError(error)
    async with unit_of_work():
        # The organization row serializes the first save of its settings row.
        await Organization.filter(id=actor.org_id).select_for_update().get()
        settings = await InvoiceSettings.filter(organization_id=actor.org_id).first()
        if settings is None:
            settings = await get_settings(actor.org_id)
        before = audit.snapshot(settings, SETTINGS_FIELDS)
        for name, value in (("rounding", rounding), ("aging_bounds", aging_bounds), ("aging_basis", aging_basis)):
            if value is not None:
                setattr(settings, name, value)
        await settings.save()
        await audit.record(actor, "invoice_settings.update", "invoice_settings", settings.id, before=before, after=audit.snapshot(settings, SETTINGS_FIELDS))
    return settings


# --- drafts ---------------------------------------------------------------------------------


async def _org(actor: Actor) -> Organization:
    return await Organization.get(id=actor.org_id)


async def _customer(actor: Actor, customer_id: uuid.UUID | None, field: str = "customerId") -> Customer:
    found = await repository.customers(actor).filter(id=customer_id).first() if customer_id else None
    if found is None:
        raise DomainError.single(Code.NOT_FOUND, "No such customer.", field)
    return found


async def _locked_invoice(actor: Actor, invoice_id: uuid.UUID | None) -> Invoice:
    found = await repository.invoices(actor).filter(id=invoice_id).select_for_update().first() if invoice_id else None
    if found is None:
        raise DomainError.single(Code.NOT_FOUND, "No such invoice.", "id")
    return found


async def _write_lines(invoice: Invoice, totals: Totals) -> None:
    await InvoiceLine.filter(invoice_id=invoice.id).delete()
    await InvoiceLine.bulk_create(
        [InvoiceLine(organization_id=invoice.organization_id, invoice_id=invoice.id, **row) for row in totals.lines]
    )
    invoice.subtotal, invoice.tax_total, invoice.total = totals.subtotal, totals.tax_total, totals.total


async def _write_installments(invoice: Invoice, parts: Sequence[InstallmentInput]) -> None:
    await InvoiceInstallment.filter(invoice_id=invoice.id).delete()
    ordered = sorted(parts, key=lambda p: p.due_date)
    await InvoiceInstallment.bulk_create(
        [
            InvoiceInstallment(organization_id=invoice.organization_id, invoice_id=invoice.id, sequence=i, due_date=p.due_date, amount=p.amount)
            for i, p in enumerate(ordered, start=1)
        ]
    )
    if ordered:
        invoice.due_date = ordered[-1].due_date


async def create_draft(
    actor: Actor,
    *,
    customer_id: uuid.UUID | None,
    currency: str,
    lines: Sequence[LineInput],
    exchange_rate: Decimal | None = None,
    due_date: date | None = None,
    installments: Sequence[InstallmentInput] = (),
    e_invoice_number: str = "",
    e_invoice_code: str = "",
    contract_ref: str = "",
    notes: str = "",
    late_fee_daily_rate: Decimal | None = None,
    late_fee_grace_days: int = 0,
) -> Invoice:
    """A draft invoice: lines with tax, totals in the organization's rounding, optional installments
    (their amounts must add up to the total; the last one's date becomes the due date)."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    org = await _org(actor)
    rate, currency_errors = v.currency_and_rate(currency, org.base_currency, exchange_rate)
    v.raise_if(
        [
            *currency_errors, *_line_errors(lines),
            *_late_fee_errors(late_fee_daily_rate, late_fee_grace_days),
            *_reference_errors(e_invoice_number, e_invoice_code, contract_ref, notes),
            FieldError(Code.INVALID, "The due date follows from the installments.", "dueDate") if installments and due_date else None,
        ]
    )
    settings = await get_settings(org.id)
    totals = compute_totals(lines, settings.rounding)
    v.raise_if(
        [
            _total_error(totals),
            *_installment_errors(installments, totals.total),
        ]
    )
    customer = await _customer(actor, customer_id)
    async with unit_of_work():
        invoice = await Invoice.create(
            organization_id=org.id, customer_id=customer.id, currency=currency, exchange_rate=rate, due_date=due_date,
            e_invoice_number=e_invoice_number.strip(), e_invoice_code=e_invoice_code.strip(), contract_ref=contract_ref.strip(),
            notes=notes, late_fee_daily_rate=late_fee_daily_rate, late_fee_grace_days=late_fee_grace_days,
            created_by_id=actor.user_id,
        )
        await _write_lines(invoice, totals)
        await _write_installments(invoice, installments)
        await invoice.save()
        await audit.record(
            actor, "invoice.create", "invoice", invoice.id, after=audit.snapshot(invoice, INVOICE_FIELDS),
            extra={"lines": len(lines), "installments": len(installments)},
        )
    return invoice


async def update_draft(
    actor: Actor,
    invoice_id: uuid.UUID | None,
    *,
    version: int | None = None,
    customer_id: uuid.UUID | None = None,
    currency: str | None = None,
    exchange_rate: Decimal | None = None,
    lines: Sequence[LineInput] | None = None,
    due_date: date | None = None,
    installments: Sequence[InstallmentInput] | None = None,
    e_invoice_number: str | None = None,
    e_invoice_code: str | None = None,
    contract_ref: str | None = None,
    notes: str | None = None,
    late_fee_daily_rate: Decimal | None = None,
    late_fee_grace_days: int | None = None,
) -> Invoice:
    """Change a draft; None leaves a field as it is. `installments=[]` removes the installments.
    `version`, when given, must be the draft's current version (else STALE_VERSION)."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    v.raise_if(
        [
            *(_line_errors(lines) if lines is not None else []),
            *_late_fee_errors(late_fee_daily_rate, late_fee_grace_days),
            *_reference_errors(e_invoice_number, e_invoice_code, contract_ref, notes),
            None if currency is None else v.currency_error(currency),
        ]
    )
    org = await _org(actor)
    settings = await get_settings(org.id)
    async with unit_of_work():
        invoice = await _locked_invoice(actor, invoice_id)
        if invoice.status is not InvoiceStatus.DRAFT:
            raise DomainError.single(Code.NOT_DRAFT, "Only a draft can be changed.", "id")
        if version is not None and version != invoice.version:
            raise DomainError.single(Code.STALE_VERSION, "Someone changed this draft; reload it.", "version")
        before = audit.snapshot(invoice, INVOICE_FIELDS)
        if customer_id is not None:
            invoice.customer_id = (await _customer(actor, customer_id)).id
        new_currency = currency or invoice.currency
        if currency is not None or exchange_rate is not None:
            rate, currency_errors = v.currency_and_rate(new_currency, org.base_currency, exchange_rate)
            v.raise_if(currency_errors)
            invoice.currency, invoice.exchange_rate = new_currency, rate
        if lines is not None:
            totals = compute_totals(lines, settings.rounding)
            v.raise_if([_total_error(totals)])
            await _write_lines(invoice, totals)
        existing_parts = await InvoiceInstallment.filter(invoice_id=invoice.id).order_by("sequence")
        parts = installments if installments is not None else [InstallmentInput(p.due_date, p.amount) for p in existing_parts]
        v.raise_if(
            [
                *_installment_errors(parts, invoice.total),
                FieldError(Code.INVALID, "The due date follows from the installments.", "dueDate") if parts and due_date else None,
            ]
        )
        if installments is not None:
            await _write_installments(invoice, installments)
        if due_date is not None:
            invoice.due_date = due_date
        for name, value in (
            ("e_invoice_number", e_invoice_number), ("e_invoice_code", e_invoice_code), ("contract_ref", contract_ref),
            ("notes", notes), ("late_fee_daily_rate", late_fee_daily_rate), ("late_fee_grace_days", late_fee_grace_days),
        ):
            if value is not None:
                setattr(invoice, name, value.strip() if isinstance(value, str) and name != "notes" else value)
        invoice.version += 1
        await invoice.save()
        await audit.record(
            actor, "invoice.update", "invoice", invoice.id, before=before, after=audit.snapshot(invoice, INVOICE_FIELDS),
            extra={"lines_replaced": lines is not None, "installments_replaced": installments is not None},
        )
    return invoice


async def delete_draft(actor: Actor, invoice_id: uuid.UUID | None) -> Invoice:
    """Discard a draft (it never had a number)."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    async with unit_of_work():
        invoice = await _locked_invoice(actor, invoice_id)
        if invoice.status is not InvoiceStatus.DRAFT:
            raise DomainError.single(Code.NOT_DRAFT, "Only a draft can be deleted; void an issued invoice.", "id")
        before = audit.snapshot(invoice, INVOICE_FIELDS)
        await invoice.delete()
        await audit.record(actor, "invoice.delete", "invoice", invoice.id, before=before)
    return invoice


# --- issue, void, dispute -------------------------------------------------------------------


async def issue_invoice(
    actor: Actor, invoice_id: uuid.UUID | None, *, issue_date: date | None = None, due_date: date | None = None
) -> Invoice:
    """Issue a draft: issue date (default: the organization's today), due date (given, else the
    draft's, else issue date + the customer's payment terms, else + 30 days), the credit check with
    the customer row locked, and the next gap-free number. Any refusal leaves the draft and the
    number series untouched."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    org = await _org(actor)
    async with unit_of_work() as conn:
        invoice = await _locked_invoice(actor, invoice_id)
        if invoice.status is not InvoiceStatus.DRAFT:
            raise DomainError.single(Code.NOT_DRAFT, f"The invoice is already {invoice.status.value}.", "id")
        customer = await Customer.filter(id=invoice.customer_id, organization_id=org.id).select_for_update().get()
        issued_on, date_errors = v.posting_date(issue_date, local_today(org.timezone), "issueDate")
        parts = await InvoiceInstallment.filter(invoice_id=invoice.id).order_by("due_date", "sequence")
        if parts and due_date is not None:
            raise DomainError.single(Code.INVALID, "The due date follows from the installments.", "dueDate")
        terms = customer.payment_terms_days if customer.payment_terms_days is not None else DEFAULT_PAYMENT_TERMS_DAYS
        due = due_date or invoice.due_date or issued_on + timedelta(days=terms)
        v.raise_if(
            [
                *date_errors,
                FieldError(Code.TOTAL_NOT_POSITIVE, "The total must be above zero.", "lines") if invoice.total <= 0 else None,
                *_installment_errors([InstallmentInput(p.due_date, p.amount) for p in parts], invoice.total),
                FieldError(Code.INVALID_DATE, "The due date is before the issue date.", "dueDate") if due < issued_on else None,
                FieldError(Code.INVALID_DATE, "An installment falls before the issue date.", "installments")
                if parts and parts[0].due_date < issued_on else None,
            ]
        )
        invoice.issue_date, invoice.due_date = issued_on, due
        invoice.status, invoice.issued_at = InvoiceStatus.ISSUED, utcnow()
        await check_invoice_credit(actor, invoice, customer)
        invoice.number = await next_number(conn, org.id, INVOICE_SERIES)
        invoice.version += 1
        await invoice.save()
        await audit.record(
            actor, "invoice.issue", "invoice", invoice.id,
            before={"status": InvoiceStatus.DRAFT.value},
            after={"status": invoice.status.value, "number": invoice.number, "issue_date": issued_on.isoformat(), "due_date": due.isoformat()},
        )
        await ledger_changed(org.id, [invoice.customer_id])
    return invoice


async def void_invoice(actor: Actor, invoice_id: uuid.UUID | None, *, reason: str) -> Invoice:
    """Void an issued invoice that nothing has been applied to; its pending write-off requests are
    rejected with it. The number stays used (the series has no gap)."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    v.raise_if([v.text_error(reason, "reason", 500)])
    async with unit_of_work():
        invoice = await _locked_invoice(actor, invoice_id)
        if invoice.status not in OPEN_STATUSES:
            raise DomainError.single(Code.INVOICE_NOT_OPEN, f"A {invoice.status.value} invoice cannot be voided.", "id")
        if invoice.allocated or invoice.credited or invoice.written_off:
            raise DomainError.single(
                Code.HAS_APPLICATIONS, "Payments or credit notes are applied to this invoice; undo them first.", "id"
            )
        before = {"status": invoice.status.value}
        invoice.status, invoice.voided_at, invoice.void_reason = InvoiceStatus.VOID, utcnow(), reason.strip()
        invoice.version += 1
        await invoice.save()
        rejected = await WriteOff.filter(invoice_id=invoice.id, status=WriteOffStatus.REQUESTED).update(
            status=WriteOffStatus.REJECTED, decided_by_id=actor.user_id, decided_at=utcnow(), decision_note="invoice voided"
        )
        await audit.record(
            actor, "invoice.void", "invoice", invoice.id, before=before, after={"status": invoice.status.value},
            extra={"reason": invoice.void_reason, "write_offs_rejected": rejected},
        )
        await ledger_changed(actor.org_id, [invoice.customer_id])
    return invoice


async def set_dispute(actor: Actor, invoice_id: uuid.UUID | None, *, disputed: bool, note: str = "") -> Invoice:
    """Flag or clear a dispute (争议) on an issued invoice; the flag pauses dunning, not the ledger."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    v.raise_if([v.text_error(note, "note", 500, required=False)])
    async with unit_of_work():
        invoice = await _locked_invoice(actor, invoice_id)
        if invoice.status in (InvoiceStatus.DRAFT, InvoiceStatus.VOID):
            raise DomainError.single(Code.INVOICE_NOT_OPEN, f"A {invoice.status.value} invoice cannot be disputed.", "id")
        before = {"disputed": invoice.disputed}
        invoice.disputed = disputed
        invoice.version += 1
        await invoice.save(update_fields=["disputed", "version", "updated_at"])
        await audit.record(actor, "invoice.dispute", "invoice", invoice.id, before=before, after={"disputed": disputed}, extra={"note": note})
    return invoice


# --- credit notes ---------------------------------------------------------------------------


async def create_credit_note(
    actor: Actor,
    *,
    customer_id: uuid.UUID | None,
    currency: str,
    amount: Decimal,
    reason: str,
    issue_date: date | None = None,
    exchange_rate: Decimal | None = None,
) -> CreditNote:
    """Issue a credit note (红字/贷项通知) with the next number of the credit-note series."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    org = await _org(actor)
    rate, currency_errors = v.currency_and_rate(currency, org.base_currency, exchange_rate)
    issued_on, date_errors = v.posting_date(issue_date, local_today(org.timezone), "issueDate")
    v.raise_if([*currency_errors, *date_errors, v.amount_error(amount, "amount"), v.text_error(reason, "reason", 500)])
    customer = await _customer(actor, customer_id)
    async with unit_of_work() as conn:
        note = await CreditNote.create(
            organization_id=org.id, customer_id=customer.id, number=await next_number(conn, org.id, CREDIT_NOTE_SERIES),
            issue_date=issued_on, currency=currency, exchange_rate=rate, amount=amount,
            reason=reason.strip(), created_by_id=actor.user_id,
        )
        await audit.record(
            actor, "credit_note.create", "credit_note", note.id,
            after=audit.snapshot(note, ("number", "customer_id", "currency", "amount", "issue_date", "reason")),
        )
    return note


async def _locked_credit_note(actor: Actor, credit_note_id: uuid.UUID | None) -> CreditNote:
    found = await repository.credit_notes(actor).filter(id=credit_note_id).select_for_update().first() if credit_note_id else None
    if found is None:
        raise DomainError.single(Code.NOT_FOUND, "No such credit note.", "id")
    return found


async def apply_credit_note(
    actor: Actor,
    credit_note_id: uuid.UUID | None,
    applications: Sequence[tuple[uuid.UUID | None, Decimal]],
    *,
    applied_on: date | None = None,
) -> CreditNote:
    """Apply a credit note to open invoices of the same customer and currency: never more than the
    note has left nor more than an invoice has open. Dated `applied_on` (default today)."""
    actor.require_write().require(Permission.INVOICES_MANAGE)
    v.raise_if(v.applications_errors(list(applications), "applications", MAX_APPLICATIONS))
    org = await _org(actor)
    async with unit_of_work() as conn:
        note = await _locked_credit_note(actor, credit_note_id)
        on, date_errors = v.posting_date(applied_on, local_today(org.timezone), "appliedOn", not_before=[(note.issue_date, "credit note's date")])
        if note.status is not CreditNoteStatus.OPEN:
            raise DomainError.single(Code.CREDIT_NOTE_NOT_OPEN, f"The credit note is {note.status.value}.", "id")
        total = sum((amount for _, amount in applications), Decimal(0))
        available = note.amount - note.applied
        invoices = await lock_invoices(conn, org.id, [i for i, _ in applications if i is not None])
        v.raise_if(
            [
                FieldError(Code.EXCEEDS_AVAILABLE, f"The credit note has {available} left.", "applications") if total > available else None,
                *date_errors,
                *reduction_errors(applications, invoices, currency=note.currency, customer_id=note.customer_id, on=on, field="applications"),
            ]
        )
        caps = await dated_open_caps(conn, org.id, [(i, on) for i, _ in applications if i is not None])
        v.raise_if(dated_open_errors(applications, caps, [f"applications.{i}.amount" for i in range(len(applications))]))
        await CreditNoteApplication.bulk_create(
            [
                CreditNoteApplication(organization_id=org.id, credit_note_id=note.id, invoice_id=invoice_id, amount=amount, applied_on=on)
                for invoice_id, amount in applications
            ]
        )
        await apply_deltas(conn, org.id, [Delta(invoice_id, credited=amount) for invoice_id, amount in applications if invoice_id])
        before = audit.snapshot(note, ("applied", "status"))
        note.applied += total
        note.status = CreditNoteStatus.APPLIED if note.applied == note.amount else CreditNoteStatus.OPEN
        await note.save(update_fields=["applied", "status"])
        await audit.record(
            actor, "credit_note.apply", "credit_note", note.id, before=before, after=audit.snapshot(note, ("applied", "status")),
            extra={"applied_on": on, "applications": [{"invoice": i, "number": invoices[i].number, "amount": a} for i, a in applications]},
        )
    return note


async def void_credit_note(actor: Actor, credit_note_id: uuid.UUID | None, *, reason: str) -> CreditNote:
    actor.require_write().require(Permission.INVOICES_MANAGE)
    v.raise_if([v.text_error(reason, "reason", 500)])
    async with unit_of_work():
        note = await _locked_credit_note(actor, credit_note_id)
        if note.status is not CreditNoteStatus.OPEN or note.applied > 0:
            raise DomainError.single(Code.HAS_APPLICATIONS, "Only an unapplied credit note can be voided.", "id")
        note.status = CreditNoteStatus.VOID
        await note.save(update_fields=["status"])
        await audit.record(
            actor, "credit_note.void", "credit_note", note.id, before={"status": "open"}, after={"status": "void"}, extra={"reason": reason}
        )
    return note


# --- write-offs (maker-checker) --------------------------------------------------------------


def _require_person(actor: Actor) -> None:
    """Maker-checker needs two people: API keys and system jobs neither request nor decide."""
    if actor.user_id is None:
        raise AccessDenied(AccessErrorCode.FORBIDDEN, "Write-offs are requested and decided by signed-in people.")


async def request_write_off(actor: Actor, invoice_id: uuid.UUID | None, *, amount: Decimal, reason: str) -> WriteOff:
    """Ask for a bad-debt write-off (坏账核销) of part or all of an invoice's open amount."""
    actor.require_write().require(Permission.WRITE_OFFS_REQUEST)
    _require_person(actor)
    v.raise_if([v.amount_error(amount, "amount"), v.text_error(reason, "reason", 500)])
    async with unit_of_work():
        invoice = await _locked_invoice(actor, invoice_id)
        if invoice.status not in OPEN_STATUSES:
            raise DomainError.single(Code.INVOICE_NOT_OPEN, f"The invoice is {invoice.status.value}.", "id")
        open_amount = invoice.total - invoice.allocated - invoice.credited - invoice.written_off
        if amount > open_amount:
            raise DomainError.single(Code.EXCEEDS_OPEN_AMOUNT, f"The invoice has {open_amount} open.", "amount")
        write_off = await WriteOff.create(
            organization_id=actor.org_id, invoice_id=invoice.id, amount=amount, reason=reason.strip(), requested_by_id=actor.user_id
        )
        await audit.record(
            actor, "write_off.request", "write_off", write_off.id,
            after={"invoice": str(invoice.id), "number": invoice.number, "amount": str(amount), "reason": write_off.reason},
        )
    return write_off


async def _locked_write_off(actor: Actor, write_off_id: uuid.UUID | None) -> WriteOff:
    found = await repository.write_offs(actor).filter(id=write_off_id).select_for_update().first() if write_off_id else None
    if found is None:
        raise DomainError.single(Code.NOT_FOUND, "No such write-off.", "id")
    if found.status is not WriteOffStatus.REQUESTED:
        raise DomainError.single(Code.WRITE_OFF_NOT_PENDING, f"The write-off was already {found.status.value}.", "id")
    if found.requested_by_id == actor.user_id:
        raise DomainError.single(Code.SELF_APPROVAL, "Someone other than the requester must decide.", "id")
    return found


async def approve_write_off(actor: Actor, write_off_id: uuid.UUID | None, *, written_off_on: date | None = None) -> WriteOff:
    """Approve a requested write-off (never one's own request); it reduces the invoice from
    `written_off_on` (default today) if the invoice still has that much open."""
    actor.require_write().require(Permission.WRITE_OFFS_APPROVE)
    _require_person(actor)
    org = await _org(actor)
    async with unit_of_work() as conn:
        write_off = await _locked_write_off(actor, write_off_id)
        on, date_errors = v.posting_date(written_off_on, local_today(org.timezone), "writtenOffOn")
        v.raise_if(date_errors)
        invoice = (await lock_invoices(conn, org.id, [write_off.invoice_id]))[write_off.invoice_id]
        refused = reduction_error(invoice, write_off.amount, currency=invoice.currency, customer_id=None, on=on)
        if refused is not None:
            code, message, which = refused
            raise DomainError.single(code, message, "id" if which == "invoiceId" else "amount")
        caps = await dated_open_caps(conn, org.id, [(invoice.id, on)])
        v.raise_if(dated_open_errors([(invoice.id, write_off.amount)], caps, ["amount"]))
        write_off.status, write_off.written_off_on = WriteOffStatus.APPROVED, on
        write_off.decided_by_id, write_off.decided_at = actor.user_id, utcnow()
        await write_off.save()
        await apply_deltas(conn, org.id, [Delta(invoice.id, written_off=write_off.amount)])
        await audit.record(
            actor, "write_off.approve", "write_off", write_off.id, before={"status": "requested"}, after={"status": "approved"},
            extra={"invoice": invoice.id, "number": invoice.number, "amount": write_off.amount, "written_off_on": on},
        )
    return write_off


async def reject_write_off(actor: Actor, write_off_id: uuid.UUID | None, *, note: str = "") -> WriteOff:
    actor.require_write().require(Permission.WRITE_OFFS_APPROVE)
    _require_person(actor)
    v.raise_if([v.text_error(note, "note", 500, required=False)])
    async with unit_of_work():
        write_off = await _locked_write_off(actor, write_off_id)
        write_off.status, write_off.decision_note = WriteOffStatus.REJECTED, note.strip()
        write_off.decided_by_id, write_off.decided_at = actor.user_id, utcnow()
        await write_off.save()
        await audit.record(
            actor, "write_off.reject", "write_off", write_off.id, before={"status": "requested"}, after={"status": "rejected"}, extra={"note": note}
        )
    return write_off
