"""A customer with a hand-computable ledger for February 2026, built through the ledger's own services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from backend.accounts.actor import Actor
from backend.accounts.models import Organization, Role
from backend.customers.models import Contact, Customer
from backend.invoices import service as invoices
from backend.invoices.models import Invoice
from backend.payments import service as payments
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received, staff

D = Decimal
FEB_START, FEB_END = date(2026, 2, 1), date(2026, 2, 28)


@dataclass
class Ledger:
    org: Organization
    owner: Actor
    customer: Customer
    a: Invoice
    b: Invoice
    c: Invoice


async def billing_contact(customer: Customer, email: str, language: str = "zh-CN", name: str = "王会计") -> Contact:
    return await Contact.create(
        organization_id=customer.organization_id, customer=customer, name=name, email=email, language=language, is_billing_contact=True
    )


async def february_ledger(legal_name: str = "上海某某贸易有限公司") -> Ledger:
    """Before February: invoice A 1,000.00 (10 Jan) paid 400.00 on 20 Jan; 50.00 received unapplied on 25 Jan.
    In February: invoice B 800.00 (3 Feb); 300.00 received on 10 Feb for A; credit note 100.00 on
    12 Feb applied to B; 150.00 of A written off on 20 Feb; invoice C 200.00 (25 Feb); 500.00 received
    on 27 Feb, 150.00 of it for A (A settled), 350.00 unapplied. Also a voided invoice (15 Feb), a
    draft, and an invoice of 2 March: none of them appears."""
    org, owner = await ledger_org()
    finance = (await staff(org, Role.FINANCE)).actor
    customer = await create_customer(org, legal_name=legal_name)
    a = await issued_invoice(owner, customer, "1000.00", issue_date=date(2026, 1, 10), due_date=date(2026, 2, 9))
    await received(owner, customer, "400.00", received_on=date(2026, 1, 20), allocate=[(a.id, D("400.00"))])
    await received(owner, customer, "50.00", received_on=date(2026, 1, 25))
    b = await issued_invoice(owner, customer, "800.00", issue_date=date(2026, 2, 3), due_date=date(2026, 3, 5))
    await received(owner, customer, "300.00", received_on=date(2026, 2, 10), allocate=[(a.id, D("300.00"))])
    note = await invoices.create_credit_note(
        owner, customer_id=customer.id, currency="CNY", amount=D("100.00"), reason="退货", issue_date=date(2026, 2, 12)
    )
    await invoices.apply_credit_note(owner, note.id, [(b.id, D("100.00"))], applied_on=date(2026, 2, 12))
    write_off = await invoices.request_write_off(finance, a.id, amount=D("150.00"), reason="无法收回")
    await invoices.approve_write_off(owner, write_off.id, written_off_on=date(2026, 2, 20))
    voided = await issued_invoice(owner, customer, "999.00", issue_date=date(2026, 2, 15), due_date=date(2026, 3, 15))
    await invoices.void_invoice(owner, voided.id, reason="开错")
    await invoices.create_draft(owner, customer_id=customer.id, currency="CNY", lines=[
        invoices.LineInput(description="草稿", quantity=D(1), unit_price=D("123.00"), tax_rate=D(0))
    ])
    c = await issued_invoice(owner, customer, "200.00", issue_date=date(2026, 2, 25), due_date=date(2026, 3, 27))
    await received(owner, customer, "500.00", received_on=date(2026, 2, 27), allocate=[(a.id, D("150.00"))])
    await issued_invoice(owner, customer, "77.00", issue_date=date(2026, 3, 2), due_date=date(2026, 4, 1))
    return Ledger(org, owner, customer, a, b, c)


async def later_payment(ledger: Ledger, amount: str, on: date) -> None:
    await payments.record_payment(
        ledger.owner, customer_id=ledger.customer.id, amount=D(amount), currency="CNY", method="bank_transfer", received_on=on
    )
