"""Real concurrency: 50 allocations at once, each in its own transaction on its own pool connection."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from tortoise import connections
from tortoise.exceptions import IntegrityError

from backend.invoices.models import Invoice, InvoiceStatus
from backend.kit.errors import DomainError
from backend.payments import service as payments
from backend.payments.models import Allocation, Payment
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received

D = Decimal


async def test_fifty_concurrent_allocations_never_overdraw_an_invoice(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "100.00")
    cheques = [await received(actor, customer, "7.00") for _ in range(50)]
    results = await asyncio.gather(
        *[payments.allocate_payment(actor, p.id, [(invoice.id, D("7.00"))]) for p in cheques], return_exceptions=True
    )
    unexpected = [r for r in results if not isinstance(r, (Payment, DomainError))]
    assert unexpected == []
    # 100 ÷ 7 = 14 allocations of 7.00 = 98.00; the 15th would need 7.00 of the 2.00 left
    succeeded = [r for r in results if isinstance(r, Payment)]
    refused = {e.code.value for r in results if isinstance(r, DomainError) for e in r.errors}
    assert len(succeeded) == 14 and refused == {"EXCEEDS_OPEN_AMOUNT"}
    invoice = await Invoice.get(id=invoice.id)
    ledger = sum(a.amount for a in await Allocation.filter(invoice_id=invoice.id))
    assert invoice.allocated == ledger == D("98.00")
    assert invoice.status is InvoiceStatus.PARTIALLY_PAID


async def test_fifty_concurrent_allocations_never_overdraw_a_payment(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    targets = [await issued_invoice(actor, customer, "3.00") for _ in range(50)]
    payment = await received(actor, customer, "100.00")
    results = await asyncio.gather(
        *[payments.allocate_payment(actor, payment.id, [(i.id, D("3.00"))]) for i in targets], return_exceptions=True
    )
    # 100 ÷ 3 = 33 allocations = 99.00; 1.00 stays unapplied
    assert sum(isinstance(r, Payment) for r in results) == 33
    assert {e.code.value for r in results if isinstance(r, DomainError) for e in r.errors} == {"EXCEEDS_AVAILABLE"}
    payment = await Payment.get(id=payment.id)
    assert (payment.allocated, payments.unapplied(payment)) == (D("99.00"), D("1.00"))


async def test_the_database_refuses_an_overdrawn_invoice_even_without_the_service(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(actor, customer, "10.00")
    with pytest.raises(IntegrityError):
        await connections.get("default").execute_query("UPDATE invoices SET allocated = 10.01 WHERE id = $1", [invoice.id])
