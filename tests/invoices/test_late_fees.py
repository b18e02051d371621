"""Late fees: daily rate after the grace days on the overdue open amount, one charge per invoice
per calendar month, billed as a separate invoice; running again charges nothing twice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from backend.invoices import service as invoices
from backend.invoices.models import Invoice, InvoiceLine, InvoiceStatus, LateFeeCharge
from backend.kit.money import Rounding
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received

D = Decimal


async def test_interest_after_grace_on_the_overdue_amount_once_per_month(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await issued_invoice(
        actor, customer, "10000.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31),
        late_fee_daily_rate=D("0.0005"), late_fee_grace_days=5,
    )
    await received(actor, customer, "4000.00", received_on=date(2026, 2, 15), allocate=[(invoice.id, D("4000.00"))])

    assert await invoices.assess_late_fees(actor, as_of=date(2026, 2, 28)) == []  # February is not over yet
    charges = await invoices.assess_late_fees(actor, as_of=date(2026, 3, 1))
    # Due 31 Jan + 5 grace days: interest from 6 Feb. February: 6–14 Feb, 9 days on 10,000;
    # 15–28 Feb, 14 days on 6,000 (the payment of the 15th counts that day).
    # balance days = 9 × 10,000 + 14 × 6,000 = 174,000; amount = 174,000 × 0.0005 = 87.00;
    # average = 174,000 ÷ 23 = 7,565.217… → 7,565.22
    assert [(c.period_start, c.period_end, c.days, c.base_amount, c.amount) for c in charges] == [
        (date(2026, 2, 1), date(2026, 2, 28), 23, D("7565.22"), D("87.00"))
    ]
    bill = await Invoice.get(id=charges[0].charge_invoice_id)
    assert (bill.number, bill.total, bill.status, bill.customer_id) == ("INV-000002", D("87.00"), InvoiceStatus.ISSUED, customer.id)
    assert (bill.issue_date, bill.due_date, bill.late_fee_daily_rate) == (date(2026, 3, 1), date(2026, 3, 1), None)
    line = await InvoiceLine.get(invoice_id=bill.id)
    assert invoice.number in line.description and line.amount == D("87.00")

    assert await invoices.assess_late_fees(actor, as_of=date(2026, 3, 1)) == []
    assert await invoices.assess_late_fees(actor, as_of=date(2026, 3, 20)) == []
    march = await invoices.assess_late_fees(actor, as_of=date(2026, 4, 1))
    # March: 31 days × 6,000 = 186,000 × 0.0005 = 93.00, average 6,000.00
    assert [(c.period_start, c.days, c.base_amount, c.amount) for c in march] == [(date(2026, 3, 1), 31, D("6000.00"), D("93.00"))]
    assert await LateFeeCharge.filter(invoice_id=invoice.id).count() == 2


async def test_late_fee_rounding_follows_the_organization(db):
    for rounding, expected in ((Rounding.HALF_UP, D("3.13")), (Rounding.BANKERS, D("3.12"))):
        org, actor = await ledger_org()
        await invoices.update_settings(actor, rounding=rounding)
        customer = await create_customer(org)
        await issued_invoice(
            actor, customer, "1000.00", issue_date=date(2026, 3, 1), due_date=date(2026, 3, 6), late_fee_daily_rate=D("0.000125")
        )
        charges = await invoices.assess_late_fees(actor, as_of=date(2026, 4, 1))
        # 7–31 March = 25 days × 1,000 = 25,000 × 0.000125 = 3.125 → half-up 3.13, bankers 3.12
        assert [(c.days, c.amount) for c in charges] == [(25, expected)]


async def test_paid_in_time_or_without_a_rate_is_not_charged(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    paid = await issued_invoice(actor, customer, "500.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31), late_fee_daily_rate=D("0.001"))
    await received(actor, customer, "500.00", received_on=date(2026, 1, 31), allocate=[(paid.id, D("500.00"))])
    await issued_invoice(actor, customer, "500.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31))
    assert await invoices.assess_late_fees(actor, as_of=date(2026, 4, 1)) == []
