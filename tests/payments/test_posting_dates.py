"""Issue 9 §3, dated postings: one rule for every posting date (not after the organization's today,
not before any document it changes, a reversal not before the allocation it reverses), and no
back-dated reduction that would make an invoice negative as of a date before a later reversal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend.accounts.models import Role
from backend.analytics.service import flows
from backend.invoices import service as invoices
from backend.invoices.aging import aging
from backend.invoices.balances import open_balance
from backend.invoices.models import Invoice, InvoiceStatus, WriteOff
from backend.kit.errors import DomainError
from backend.payments import service as payments
from backend.payments.models import Allocation, Payment, PaymentStatus
from backend.payments.service import OLDEST_DUE_FIRST
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, freeze_today, issued_invoice, ledger_org, one_line, received, staff

D = Decimal
TODAY = date(2026, 3, 1)
TOMORROW = date(2026, 3, 2)


def codes(caught: pytest.ExceptionInfo[DomainError]) -> list[tuple[str | None, str]]:
    return [(e.field, e.code.value) for e in caught.value.errors]


async def test_no_posting_is_dated_after_today(db, monkeypatch):
    freeze_today(monkeypatch, TODAY)
    org, owner = await ledger_org()
    approver = (await staff(org, Role.ADMIN)).actor
    customer = await create_customer(org)
    invoice = await issued_invoice(owner, customer, "100.00", issue_date=date(2026, 1, 1))
    payment = await received(owner, customer, "150.00", received_on=date(2026, 2, 1), allocate=[(invoice.id, D("50.00"))])
    allocation = await Allocation.get(payment_id=payment.id)
    note = await invoices.create_credit_note(owner, customer_id=customer.id, currency="CNY", amount=D("10.00"), reason="折让")
    request = await invoices.request_write_off(owner, invoice.id, amount=D("5.00"), reason="尾差")
    draft = await invoices.create_draft(owner, customer_id=customer.id, currency="CNY", lines=one_line("20.00"))

    refusals = {
        "receivedOn": lambda: received(owner, customer, "1.00", received_on=TOMORROW),
        "reversedOn": lambda: payments.unallocate(owner, allocation.id, reversed_on=date(2026, 12, 31)),
        "reverse": lambda: payments.reverse_payment(owner, payment.id, reason="退票", reversed_on=TOMORROW),
        "refundedOn": lambda: payments.refund_payment(owner, payment.id, D("1.00"), refunded_on=TOMORROW),
        "appliedOn": lambda: invoices.apply_credit_note(owner, note.id, [(invoice.id, D("10.00"))], applied_on=TOMORROW),
        "writtenOffOn": lambda: invoices.approve_write_off(approver, request.id, written_off_on=TOMORROW),
        "issueDate": lambda: invoices.issue_invoice(owner, draft.id, issue_date=TOMORROW),
        "creditNote": lambda: invoices.create_credit_note(
            owner, customer_id=customer.id, currency="CNY", amount=D("1.00"), reason="折让", issue_date=TOMORROW
        ),
    }
    for name, attempt in refusals.items():
        with pytest.raises(DomainError) as caught:
            await attempt()
        field = {"reverse": "reversedOn", "creditNote": "issueDate"}.get(name, name)
        assert codes(caught) == [(field, "FUTURE_DATE")], name

    # nothing changed: 100 − 50 = 50 open, the payment has 150 − 50 = 100 unapplied
    assert (await Invoice.get(id=invoice.id)).allocated == D("50.00")
    assert (await Allocation.get(id=allocation.id)).reversed_on is None
    assert payments.unapplied(await Payment.get(id=payment.id)) == D("100.00")
    assert await Payment.filter(organization_id=org.id).count() == 1
    assert (await WriteOff.get(id=request.id)).written_off_on is None
    assert (await Invoice.get(id=draft.id)).status is InvoiceStatus.DRAFT

    # today itself is fine
    await payments.unallocate(owner, allocation.id, reversed_on=TODAY)
    assert (await Invoice.get(id=invoice.id)).allocated == D("0.00")


async def test_the_issue_example_no_longer_goes_negative(db, monkeypatch):
    """An invoice of 100 paid by A, A taken back, then paid by B: never −100 open, aging and cash agree."""
    freeze_today(monkeypatch, TODAY)
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "100.00", issue_date=date(2026, 1, 1))
    a = await received(actor, customer, "100.00", received_on=date(2026, 2, 1), allocate=[(invoice.id, D("100.00"))])
    a_allocation = await Allocation.get(payment_id=a.id)
    with pytest.raises(DomainError) as caught:
        await payments.unallocate(actor, a_allocation.id, reversed_on=date(2026, 12, 31))
    assert codes(caught) == [("reversedOn", "FUTURE_DATE")]
    await payments.unallocate(actor, a_allocation.id, reversed_on=TODAY)
    await received(actor, customer, "100.00", received_on=TODAY, allocate=[(invoice.id, D("100.00"))])
    # as of 1 Feb: A counts, 100 − 100 = 0; as of 1 Mar: A no longer counts, B does, 100 − 100 = 0
    for day in (date(2026, 1, 31), date(2026, 2, 1), date(2026, 2, 28), TODAY):
        expected = D("100.00") if day < date(2026, 2, 1) else D("0.00")
        assert await open_balance(actor, invoice.id, day) == expected
        assert (await aging(org, day)).total == expected
    # cash collected: February 100 (A); 1 March: B 100 − A taken back 100 = 0
    assert (await flows(actor, date(2026, 2, 1), date(2026, 2, 28))).cash_collected == D("100.00")
    assert (await flows(actor, TODAY, TODAY)).cash_collected == D("0.00")


async def test_a_reversal_is_not_dated_before_the_allocation_it_reverses(db, monkeypatch):
    freeze_today(monkeypatch, TODAY)
    org, actor = await ledger_org()
    customer = await create_customer(org)
    prepaid = await received(actor, customer, "100.00", received_on=date(2026, 1, 10))
    invoice = await issued_invoice(actor, customer, "100.00", issue_date=date(2026, 1, 20))
    await payments.allocate_payment(actor, prepaid.id, [(invoice.id, D("100.00"))])
    allocation = await Allocation.get(payment_id=prepaid.id)
    assert allocation.applied_on == date(2026, 1, 20)  # a prepayment counts from the invoice's date
    # 15 Jan is after the payment (10 Jan) but before the allocation (20 Jan)
    with pytest.raises(DomainError) as caught:
        await payments.unallocate(actor, allocation.id, reversed_on=date(2026, 1, 15))
    assert codes(caught) == [("reversedOn", "DATE_BEFORE_DOCUMENT")]
    with pytest.raises(DomainError) as caught:
        await payments.reverse_payment(actor, prepaid.id, reason="退票", reversed_on=date(2026, 1, 15))
    assert codes(caught) == [("reversedOn", "DATE_BEFORE_DOCUMENT")]
    assert (await Payment.get(id=prepaid.id)).status is PaymentStatus.RECEIVED
    reversed_payment = await payments.reverse_payment(actor, prepaid.id, reason="退票", reversed_on=date(2026, 1, 20))
    assert reversed_payment.status is PaymentStatus.REVERSED


async def test_a_back_dated_reduction_fits_under_the_open_amount_before_a_later_reversal(db, monkeypatch):
    freeze_today(monkeypatch, TODAY)
    org, owner = await ledger_org()
    approver = (await staff(org, Role.ADMIN)).actor
    customer = await create_customer(org)
    invoice = await issued_invoice(owner, customer, "100.00", issue_date=date(2026, 1, 1))
    a = await received(owner, customer, "60.00", received_on=date(2026, 1, 10), allocate=[(invoice.id, D("60.00"))])
    await payments.unallocate(owner, (await Allocation.get(payment_id=a.id)).id, reversed_on=date(2026, 2, 20))
    # today 100 is open, but from 10 Jan to 19 Feb A's 60 counted: only 100 − 60 = 40 was open then
    b = await received(owner, customer, "100.00", received_on=date(2026, 2, 1))
    with pytest.raises(DomainError) as caught:
        await payments.allocate_payment(owner, b.id, [(invoice.id, D("40.01"))])
    assert codes(caught) == [("allocations.0.amount", "EXCEEDS_OPEN_AMOUNT")]
    note = await invoices.create_credit_note(
        owner, customer_id=customer.id, currency="CNY", amount=D("100.00"), reason="折让", issue_date=date(2026, 1, 5)
    )
    with pytest.raises(DomainError) as caught:
        await invoices.apply_credit_note(owner, note.id, [(invoice.id, D("40.01"))], applied_on=date(2026, 2, 1))
    assert codes(caught) == [("applications.0.amount", "EXCEEDS_OPEN_AMOUNT")]
    request = await invoices.request_write_off(owner, invoice.id, amount=D("50.00"), reason="坏账")
    with pytest.raises(DomainError) as caught:
        await invoices.approve_write_off(approver, request.id, written_off_on=date(2026, 2, 1))
    assert codes(caught) == [("amount", "EXCEEDS_OPEN_AMOUNT")]

    # oldest due first takes only what fits (40) and leaves 60 unapplied
    b = await payments.allocate_payment(owner, b.id, OLDEST_DUE_FIRST)
    assert payments.unapplied(b) == D("60.00")
    # dated on or after the reversal, the whole 60 left is open: 100 − 40 = 60
    await invoices.apply_credit_note(owner, note.id, [(invoice.id, D("60.00"))], applied_on=date(2026, 2, 20))
    # open: 1 Jan 100; 10 Jan 100 − 60 = 40; 1 Feb 40 − 40 = 0; 20 Feb A back, credit 60: 0
    for day, expected in ((date(2026, 1, 9), "100.00"), (date(2026, 1, 10), "40.00"), (date(2026, 2, 1), "0.00"),
                          (date(2026, 2, 19), "0.00"), (date(2026, 2, 20), "0.00"), (TODAY, "0.00")):
        assert await open_balance(owner, invoice.id, day) == D(expected), day


UNALLOCATE = """
mutation($id: ID!, $on: Date) { paymentUnallocate(allocationId: $id, reversedOn: $on) { payment { allocated } errors { field code } } }
"""


async def test_the_api_answers_future_dates_with_a_field_error(gql, monkeypatch):
    freeze_today(monkeypatch, TODAY)
    owner = await member(gql, Role.OWNER)
    actor = (await staff(owner.org, Role.OWNER)).actor
    customer = await create_customer(owner.org)
    invoice = await issued_invoice(actor, customer, "100.00", issue_date=date(2026, 1, 1))
    payment = await received(actor, customer, "100.00", received_on=date(2026, 2, 1), allocate=[(invoice.id, D("100.00"))])
    allocation = await Allocation.get(payment_id=payment.id)
    result = await gql(UNALLOCATE, {"id": str(allocation.id), "on": "2026-12-31"}, token=owner.token, org=owner.org.id)
    assert result["data"]["paymentUnallocate"] == {"payment": None, "errors": [{"field": "reversedOn", "code": "FUTURE_DATE"}]}
