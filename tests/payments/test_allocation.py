"""Cash application: explicit and oldest-due-first, the refusals (field errors, nothing changed),
idempotent provider payments and refunds, reversals, one payment across 1,000 invoices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from tortoise import connections

from backend.audit.models import AuditEntry
from backend.invoices import service as invoices
from backend.invoices.balances import open_balance
from backend.invoices.models import Invoice, InvoiceStatus
from backend.kit.errors import DomainError
from backend.payments import service as payments
from backend.payments.models import Allocation, Payment, PaymentStatus, Refund
from backend.payments.service import OLDEST_DUE_FIRST
from tests.credit.querycount import count_queries
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, one_line, received

D = Decimal


def codes(caught: pytest.ExceptionInfo[DomainError]) -> list[tuple[str | None, str]]:
    return [(e.field, e.code.value) for e in caught.value.errors]


async def reload(*rows):
    return [await type(r).get(id=r.id) for r in rows]


async def test_explicit_allocation_updates_balances_and_statuses(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    a = await issued_invoice(actor, customer, "100.00")
    b = await issued_invoice(actor, customer, "50.00")
    payment = await received(actor, customer, "120.00", received_on=date(2026, 1, 10))
    payment = await payments.allocate_payment(actor, payment.id, [(a.id, D("100.00")), (b.id, D("15.00"))])
    a, b = await reload(a, b)
    # a: 100 − 100 = 0 → paid; b: 50 − 15 = 35 → partially paid; payment: 120 − 115 = 5 unapplied
    assert (a.status, a.allocated, b.status, b.allocated) == (InvoiceStatus.PAID, D("100.00"), InvoiceStatus.PARTIALLY_PAID, D("15.00"))
    assert payments.unapplied(payment) == D("5.00")
    assert await payments.unapplied_cash(actor, customer.id) == {"CNY": D("5.00")}
    rows = await Allocation.filter(payment_id=payment.id).order_by("amount")
    assert [(r.amount, r.applied_on) for r in rows] == [(D("15.00"), date(2026, 1, 10)), (D("100.00"), date(2026, 1, 10))]
    entry = await AuditEntry.filter(organization_id=org.id, action="payment.allocate").get()
    assert len(entry.changes["extra"]["allocations"]) == 2


async def test_refusals_are_field_errors_and_change_nothing(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    other = await create_customer(org)
    open_cny = await issued_invoice(actor, customer, "100.00")
    usd = await issued_invoice(actor, customer, "10.00", currency="USD", exchange_rate=D("7.1"))
    theirs = await issued_invoice(actor, other, "10.00")
    draft = await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", lines=one_line("10.00"))
    voided = await issued_invoice(actor, customer, "10.00")
    await invoices.void_invoice(actor, voided.id, reason="作废")
    payment = await received(actor, customer, "50.00")
    with pytest.raises(DomainError) as caught:
        await payments.allocate_payment(
            actor,
            payment.id,
            [
                (open_cny.id, D("60.00")),  # above the payment's 50 in total, see below
                (usd.id, D("1.00")),
                (theirs.id, D("1.00")),
                (draft.id, D("1.00")),
                (voided.id, D("1.00")),
            ],
        )
    assert codes(caught) == [
        ("allocations", "EXCEEDS_AVAILABLE"),  # 60 + 4 × 1 = 64 > 50
        ("allocations.1.invoiceId", "CURRENCY_MISMATCH"),
        ("allocations.2.invoiceId", "CUSTOMER_MISMATCH"),
        ("allocations.3.invoiceId", "INVOICE_NOT_OPEN"),
        ("allocations.4.invoiceId", "INVOICE_NOT_OPEN"),
    ]
    with pytest.raises(DomainError) as caught:
        await payments.allocate_payment(actor, payment.id, [(open_cny.id, D("0")), (open_cny.id, D("-1")), (None, D("1.001"))])
    assert codes(caught) == [
        ("allocations.0.amount", "INVALID_AMOUNT"),
        ("allocations.1.invoiceId", "DUPLICATE"),
        ("allocations.1.amount", "INVALID_AMOUNT"),
        ("allocations.2.invoiceId", "NOT_FOUND"),
        ("allocations.2.amount", "INVALID_AMOUNT"),
    ]
    big = await received(actor, customer, "500.00")
    with pytest.raises(DomainError) as caught:
        await payments.allocate_payment(actor, big.id, [(open_cny.id, D("100.01"))])
    assert codes(caught) == [("allocations.0.amount", "EXCEEDS_OPEN_AMOUNT")]
    assert await Allocation.filter(organization_id=org.id).count() == 0
    assert (await Invoice.get(id=open_cny.id)).allocated == 0
    assert (await Payment.get(id=payment.id)).allocated == 0
    with pytest.raises(DomainError) as caught:
        await received(actor, customer, "0.00")
    assert codes(caught) == [("amount", "INVALID_AMOUNT")]


async def test_oldest_due_first_fills_parts_by_due_date_and_skips_disputes(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    # A: two parts, due 31 Jan (40) and 30 Apr (60); B: due 28 Feb (50); C: due 15 Jan (30), disputed
    a = await issued_invoice(actor, customer, "100.00", installments=[(date(2026, 1, 31), "40.00"), (date(2026, 4, 30), "60.00")])
    b = await issued_invoice(actor, customer, "50.00", due_date=date(2026, 2, 28))
    c = await issued_invoice(actor, customer, "30.00", due_date=date(2026, 1, 15))
    await invoices.set_dispute(actor, c.id, disputed=True)
    payment = await received(actor, customer, "100.00", allocate=OLDEST_DUE_FIRST)
    a, b, c = await reload(a, b, c)
    # 100 → A part 1 (40), then B (50), then 10 of A part 2; C skipped
    assert (a.allocated, b.allocated, c.allocated) == (D("50.00"), D("50.00"), D("0.00"))
    assert payments.unapplied(payment) == 0
    more = await received(actor, customer, "80.00")
    more = await payments.allocate_payment(actor, more.id, OLDEST_DUE_FIRST)
    # 50 left on A; 30 remain unapplied because C is disputed
    assert (await Invoice.get(id=a.id)).status is InvoiceStatus.PAID
    assert payments.unapplied(more) == D("30.00")
    with pytest.raises(DomainError) as caught:
        await payments.allocate_payment(actor, more.id, OLDEST_DUE_FIRST)
    assert codes(caught) == [("allocations", "NO_OPEN_INVOICES")]


async def test_provider_payment_is_idempotent(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "100.00")
    kwargs = dict(provider="alipay", provider_reference="2026011022001", allocate=[(invoice.id, D("60.00"))])
    first = await received(actor, customer, "60.00", **kwargs)
    second = await received(actor, customer, "60.00", **kwargs)
    assert first.id == second.id
    assert (await Invoice.get(id=invoice.id)).allocated == D("60.00")
    assert await AuditEntry.filter(organization_id=org.id, action="payment.record").count() == 1
    assert (await payments.find_payment(actor, "alipay", "2026011022001")).id == first.id


async def test_concurrent_deliveries_of_one_provider_payment_record_it_once(db):
    import asyncio

    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "100.00")
    kwargs = dict(provider="wechatpay", provider_reference="4200001", allocate=[(invoice.id, D("100.00"))])
    results = await asyncio.gather(*[received(actor, customer, "100.00", **kwargs) for _ in range(5)])
    assert len({p.id for p in results}) == 1
    assert (await Invoice.get(id=invoice.id)).allocated == D("100.00")
    assert await Allocation.filter(organization_id=org.id).count() == 1


async def test_refunds_only_unapplied_and_idempotent_on_reference(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "70.00")
    payment = await received(actor, customer, "100.00", allocate=[(invoice.id, D("70.00"))])
    with pytest.raises(DomainError) as caught:
        await payments.refund_payment(actor, payment.id, D("30.01"))
    assert codes(caught) == [("amount", "EXCEEDS_AVAILABLE")]  # 100 − 70 = 30 unapplied
    r1 = await payments.refund_payment(actor, payment.id, D("20.00"), "re_1")
    r2 = await payments.refund_payment(actor, payment.id, D("20.00"), "re_1")
    assert r1.id == r2.id
    payment = await Payment.get(id=payment.id)
    assert (payment.refunded, payments.unapplied(payment)) == (D("20.00"), D("10.00"))
    assert await Refund.filter(payment_id=payment.id).count() == 1
    with pytest.raises(DomainError) as caught:
        await payments.reverse_payment(actor, payment.id, reason="退票")
    assert codes(caught) == [("id", "PAYMENT_REFUNDED")]


async def test_reversal_and_unallocation_keep_past_balances(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "100.00", issue_date=date(2026, 1, 1))
    cheque = await received(actor, customer, "100.00", received_on=date(2026, 1, 10), allocate=[(invoice.id, D("100.00"))])
    assert (await Invoice.get(id=invoice.id)).status is InvoiceStatus.PAID
    await payments.reverse_payment(actor, cheque.id, reason="支票退票", reversed_on=date(2026, 1, 20))
    invoice, cheque = await reload(invoice, cheque)
    assert (invoice.status, invoice.allocated) == (InvoiceStatus.ISSUED, D("0.00"))
    assert (cheque.status, cheque.allocated, payments.unapplied(cheque)) == (PaymentStatus.REVERSED, D("0.00"), D("0.00"))
    # as of 15 Jan the cheque still counted; from 20 Jan on it does not
    assert await open_balance(actor, invoice.id, date(2026, 1, 15)) == D("0.00")
    assert await open_balance(actor, invoice.id, date(2026, 1, 20)) == D("100.00")
    with pytest.raises(DomainError) as caught:
        await payments.allocate_payment(actor, cheque.id, [(invoice.id, D("1.00"))])
    assert codes(caught) == [("id", "PAYMENT_REVERSED")]

    transfer = await received(actor, customer, "100.00", received_on=date(2026, 1, 25), allocate=[(invoice.id, D("100.00"))])
    allocation = await Allocation.get(payment_id=transfer.id)
    await payments.unallocate(actor, allocation.id, reversed_on=date(2026, 2, 1))
    invoice, transfer = await reload(invoice, transfer)
    assert (invoice.allocated, payments.unapplied(transfer)) == (D("0.00"), D("100.00"))
    with pytest.raises(DomainError) as caught:
        await payments.unallocate(actor, allocation.id)
    assert codes(caught) == [("id", "ALLOCATION_REVERSED")]


async def test_unmatched_payment_is_matched_by_allocation_or_assignment(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "88.00")
    unmatched = await received(actor, None, "88.00", provider="generic", provider_reference="bank-1")
    assert unmatched.customer_id is None
    with pytest.raises(DomainError) as caught:
        await payments.allocate_payment(actor, unmatched.id, OLDEST_DUE_FIRST)
    assert codes(caught) == [("customerId", "CUSTOMER_REQUIRED")]
    found = await payments.find_open_invoice(actor, f" {invoice.number.lower()} ")
    assert found is not None and found.id == invoice.id
    matched = await payments.allocate_payment(actor, unmatched.id, [(found.id, D("88.00"))])
    assert matched.customer_id == customer.id
    other = await received(actor, None, "1.00")
    assert (await payments.assign_customer(actor, other.id, customer.id)).customer_id == customer.id


async def test_find_open_invoice_by_e_invoice_number(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "10.00", e_invoice_number="24312000000012345678")
    assert (await payments.find_open_invoice(actor, "2431 2000 0000 1234 5678")).id == invoice.id
    await received(actor, customer, "10.00", allocate=[(invoice.id, D("10.00"))])
    assert await payments.find_open_invoice(actor, "24312000000012345678") is None


async def _bulk_invoices(org_id, customer_id, count: int) -> list:
    """`count` issued invoices of 1.00 … inserted in one statement (the test is about allocation)."""
    rows = await connections.get("default").execute_query_dict(
        """
        INSERT INTO invoices (id, organization_id, customer_id, number, status, disputed, issue_date, due_date, currency,
                              exchange_rate, subtotal, tax_total, total, allocated, credited, written_off, e_invoice_number,
                              e_invoice_code, contract_ref, notes, late_fee_grace_days, version, void_reason, created_at, updated_at)
        SELECT gen_random_uuid(), $1, $2, 'BULK-' || g, 'issued', false, DATE '2026-01-01', DATE '2026-01-01' + g, 'CNY',
               1, 1.00 + g / 100.0, 0, 1.00 + g / 100.0, 0, 0, 0, '', '', '', '', 0, 1, '', now(), now()
        FROM generate_series(1, $3) AS g
        RETURNING id, total
        """,
        [org_id, customer_id, count],
    )
    return rows


async def _statements_to_allocate(monkeypatch: pytest.MonkeyPatch, count: int) -> tuple[int, object, object]:
    """Allocates one payment across `count` bulk invoices; returns the SQL statements it sent."""
    org, actor = await ledger_org()
    customer = await create_customer(org)
    rows = await _bulk_invoices(org.id, customer.id, count)
    payment = await received(actor, customer, str(sum(r["total"] for r in rows)))
    with count_queries(monkeypatch) as sent:
        await payments.allocate_payment(actor, payment.id, [(r["id"], r["total"]) for r in rows])
    return len(sent), org, payment


async def test_one_payment_across_a_thousand_invoices_is_one_set_based_action(db, monkeypatch):
    """Speed is benchmarked in bench/bench_ledger.py; here: the statements sent do not grow with the
    number of invoices, and the thousand allocations are one audited action."""
    small, _, _ = await _statements_to_allocate(monkeypatch, 10)
    large, org, payment = await _statements_to_allocate(monkeypatch, 1000)
    assert large == small
    # Σ (1.00 + g/100), g = 1…1000 = 1000 + 5005 = 6005.00
    assert (await Payment.get(id=payment.id)).amount == D("6005.00")
    assert await Invoice.filter(organization_id=org.id, status=InvoiceStatus.PAID).count() == 1000
    assert await Allocation.filter(payment_id=payment.id).count() == 1000
    entries = await AuditEntry.filter(organization_id=org.id, action="payment.allocate")
    assert len(entries) == 1 and len(entries[0].changes["extra"]["allocations"]) == 1000
    payment = await Payment.get(id=payment.id)
    assert payments.unapplied(payment) == 0
