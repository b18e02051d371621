"""Credit notes (same customer and currency, never more than left or open) and write-offs
(maker-checker: the approver is not the requester and holds write_offs:approve)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend.accounts.actor import Actor
from backend.accounts.models import Role
from backend.invoices import service as invoices
from backend.invoices.balances import open_balance
from backend.invoices.models import CreditNoteStatus, Invoice, InvoiceStatus, WriteOff, WriteOffStatus
from backend.kit.errors import AccessDenied, DomainError
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received, staff

D = Decimal


def codes(caught: pytest.ExceptionInfo[DomainError]) -> list[tuple[str | None, str]]:
    return [(e.field, e.code.value) for e in caught.value.errors]


async def test_credit_note_applies_within_its_amount_and_the_open_amounts(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    other = await create_customer(org)
    a = await issued_invoice(actor, customer, "100.00", issue_date=date(2026, 1, 5))
    b = await issued_invoice(actor, customer, "30.00", issue_date=date(2026, 1, 5))
    theirs = await issued_invoice(actor, other, "30.00", issue_date=date(2026, 1, 5))
    note = await invoices.create_credit_note(
        actor, customer_id=customer.id, currency="CNY", amount=D("50.00"), reason="退货", issue_date=date(2026, 1, 8)
    )
    assert note.number == "CN-000001"
    with pytest.raises(DomainError) as caught:
        await invoices.apply_credit_note(
            actor, note.id, [(a.id, D("30.00")), (b.id, D("30.01")), (theirs.id, D("1.00"))], applied_on=date(2026, 1, 7)
        )
    assert codes(caught) == [
        ("applications", "EXCEEDS_AVAILABLE"),  # 30 + 30.01 + 1 = 61.01 > 50
        ("appliedOn", "DATE_BEFORE_DOCUMENT"),  # 7 Jan is before the note of 8 Jan
        ("applications.1.amount", "EXCEEDS_OPEN_AMOUNT"),
        ("applications.2.invoiceId", "CUSTOMER_MISMATCH"),
    ]
    note = await invoices.apply_credit_note(actor, note.id, [(a.id, D("20.00")), (b.id, D("30.00"))], applied_on=date(2026, 1, 9))
    assert (note.applied, note.status) == (D("50.00"), CreditNoteStatus.APPLIED)
    a, b = await Invoice.get(id=a.id), await Invoice.get(id=b.id)
    # a: 100 − 20 = 80 open; b: 30 − 30 = 0 → paid (settled by credit)
    assert (a.credited, a.status, b.status) == (D("20.00"), InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID)
    assert await open_balance(actor, a.id, date(2026, 1, 8)) == D("100.00")
    assert await open_balance(actor, a.id, date(2026, 1, 9)) == D("80.00")
    with pytest.raises(DomainError) as caught:
        await invoices.apply_credit_note(actor, note.id, [(a.id, D("1.00"))])
    assert codes(caught) == [("id", "CREDIT_NOTE_NOT_OPEN")]
    with pytest.raises(DomainError) as caught:
        await invoices.void_credit_note(actor, note.id, reason="错")
    assert codes(caught) == [("id", "HAS_APPLICATIONS")]


async def test_credit_note_currency_must_match(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "100.00")
    note = await invoices.create_credit_note(
        actor, customer_id=customer.id, currency="USD", exchange_rate=D("7"), amount=D("5.00"), reason="折扣"
    )
    with pytest.raises(DomainError) as caught:
        await invoices.apply_credit_note(actor, note.id, [(invoice.id, D("5.00"))])
    assert codes(caught) == [("applications.0.invoiceId", "CURRENCY_MISMATCH")]
    assert (await invoices.void_credit_note(actor, note.id, reason="开错币种")).status is CreditNoteStatus.VOID


async def test_write_off_is_maker_checker(db):
    org, owner = await ledger_org()
    finance = (await staff(org, Role.FINANCE)).actor
    admin = (await staff(org, Role.ADMIN)).actor
    customer = await create_customer(org)
    invoice = await issued_invoice(owner, customer, "100.00", issue_date=date(2026, 1, 1))
    await received(owner, customer, "40.00", received_on=date(2026, 2, 1), allocate=[(invoice.id, D("40.00"))])
    with pytest.raises(DomainError) as caught:
        await invoices.request_write_off(finance, invoice.id, amount=D("60.01"), reason="无法收回")
    assert codes(caught) == [("amount", "EXCEEDS_OPEN_AMOUNT")]  # 100 − 40 = 60 open
    request = await invoices.request_write_off(finance, invoice.id, amount=D("60.00"), reason="客户破产")
    with pytest.raises(AccessDenied):
        await invoices.approve_write_off(finance, request.id)  # finance lacks write_offs:approve
    self_request = await invoices.request_write_off(admin, invoice.id, amount=D("1.00"), reason="尾差")
    with pytest.raises(DomainError) as caught:
        await invoices.approve_write_off(admin, self_request.id)
    assert codes(caught) == [("id", "SELF_APPROVAL")]
    approved = await invoices.approve_write_off(admin, request.id, written_off_on=date(2026, 3, 1))
    assert (approved.status, approved.written_off_on) == (WriteOffStatus.APPROVED, date(2026, 3, 1))
    invoice = await Invoice.get(id=invoice.id)
    # 40 paid + 60 written off = 100: settled by a write-off → written_off
    assert (invoice.written_off, invoice.status) == (D("60.00"), InvoiceStatus.WRITTEN_OFF)
    assert await open_balance(owner, invoice.id, date(2026, 2, 28)) == D("60.00")
    assert await open_balance(owner, invoice.id, date(2026, 3, 1)) == D("0.00")
    # the other pending request no longer fits: nothing is open
    with pytest.raises(DomainError) as caught:
        await invoices.approve_write_off(owner, self_request.id)
    assert codes(caught) == [("id", "INVOICE_NOT_OPEN")]
    with pytest.raises(AccessDenied):
        await invoices.approve_write_off(Actor.system(org.id), self_request.id)  # maker-checker needs a person
    rejected = await invoices.reject_write_off(owner, self_request.id, note="已核销")
    assert rejected.status is WriteOffStatus.REJECTED
    with pytest.raises(DomainError) as caught:
        await invoices.reject_write_off(owner, self_request.id)
    assert codes(caught) == [("id", "WRITE_OFF_NOT_PENDING")]


async def test_voiding_rejects_pending_write_offs(db):
    org, owner = await ledger_org()
    finance = (await staff(org, Role.FINANCE)).actor
    customer = await create_customer(org)
    invoice = await issued_invoice(owner, customer, "10.00")
    request = await invoices.request_write_off(finance, invoice.id, amount=D("10.00"), reason="坏账")
    await invoices.void_invoice(owner, invoice.id, reason="重复开票")
    assert (await WriteOff.get(id=request.id)).status is WriteOffStatus.REJECTED
