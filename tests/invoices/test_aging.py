"""Aging per installment part, by due date (or invoice date), in the base currency, scoped,
stable for past dates; installments must add up to the total."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend.accounts.models import Role
from backend.invoices import service as invoices
from backend.invoices.aging import aging
from backend.invoices.balances import installment_open_amounts
from backend.invoices.models import AgingBasis
from backend.invoices.service import InstallmentInput
from backend.kit.errors import DomainError
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, one_line, received, staff

D = Decimal
LABELS = ["current", "1-30", "31-60", "61-90", "91-180", "181-365", "over_365"]


def amounts(report) -> dict[str, Decimal]:
    return {b.label: b.amount for b in report.buckets if b.amount}


async def installment_invoice(actor, customer):
    # 900.00 in three parts of 300.00, due 31 Jan, 28 Feb and 31 Mar
    return await issued_invoice(
        actor, customer, "900.00", issue_date=date(2026, 1, 1),
        installments=[(date(2026, 1, 31), "300.00"), (date(2026, 2, 28), "300.00"), (date(2026, 3, 31), "300.00")],
    )


async def test_installments_age_per_part_and_payments_fill_them_in_due_order(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await installment_invoice(actor, customer)
    assert invoice.due_date == date(2026, 3, 31)  # the last part's date
    await received(actor, customer, "350.00", received_on=date(2026, 2, 10), allocate=[(invoice.id, D("350.00"))])

    before = await aging(org, date(2026, 2, 5))
    # before the payment: part 1 is 5 days late (1–30), parts 2 and 3 are not due
    assert [b.label for b in before.buckets] == LABELS
    assert amounts(before) == {"current": D("600.00"), "1-30": D("300.00")}
    mid = await aging(org, date(2026, 3, 15))
    # 350 paid: part 1 (300) and 50 of part 2 → part 2 has 250 open, 15 days late; part 3 current
    assert amounts(mid) == {"current": D("300.00"), "1-30": D("250.00")}
    assert mid.total == D("550.00")
    late = await aging(org, date(2026, 5, 5))
    # part 2: 5 May − 28 Feb = 66 days (61–90); part 3: 5 May − 31 Mar = 35 days (31–60)
    assert amounts(late) == {"31-60": D("300.00"), "61-90": D("250.00")}
    parts = await installment_open_amounts(actor, invoice.id)
    assert [(p.due_date, open_amount) for p, open_amount in parts] == [
        (date(2026, 1, 31), D("0.00")), (date(2026, 2, 28), D("250.00")), (date(2026, 3, 31), D("300.00")),
    ]
    as_of_feb = await installment_open_amounts(actor, invoice.id, date(2026, 2, 9))
    assert [o for _, o in as_of_feb] == [D("300.00"), D("300.00"), D("300.00")]


async def test_aging_as_of_a_past_date_is_stable(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    invoice = await installment_invoice(actor, customer)
    first = await aging(org, date(2026, 3, 15))
    await received(actor, customer, "900.00", received_on=date(2026, 3, 20), allocate=[(invoice.id, D("900.00"))])
    again = await aging(org, date(2026, 3, 15))
    assert again == first and first.total == D("900.00")
    assert (await aging(org, date(2026, 3, 20))).total == 0


async def test_unbalanced_installments_are_refused(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    with pytest.raises(DomainError) as caught:
        await invoices.create_draft(
            actor, customer_id=customer.id, currency="CNY", lines=one_line("100.00"),
            installments=[InstallmentInput(date(2026, 2, 1), D("50.00")), InstallmentInput(date(2026, 3, 1), D("49.99"))],
        )
    assert [(e.field, e.code.value) for e in caught.value.errors] == [("installments", "INSTALLMENTS_UNBALANCED")]
    draft = await invoices.create_draft(
        actor, customer_id=customer.id, currency="CNY", lines=one_line("100.00"),
        installments=[InstallmentInput(date(2026, 2, 1), D("50.00")), InstallmentInput(date(2026, 3, 1), D("50.00"))],
    )
    with pytest.raises(DomainError) as caught:
        await invoices.update_draft(actor, draft.id, lines=one_line("120.00"))
    assert [(e.field, e.code.value) for e in caught.value.errors] == [("installments", "INSTALLMENTS_UNBALANCED")]


async def test_base_currency_buckets_add_up_to_rounded_ar(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    # USD 0.03 in three parts of 0.01 at 0.5: AR = round(0.03 × 0.5) = round(0.015) = 0.02.
    # Cumulative rounding: round(0.005) = 0.01; round(0.010) − 0.01 = 0.00; round(0.015) − 0.01 = 0.01
    await issued_invoice(
        actor, customer, "0.03", currency="USD", exchange_rate=D("0.5"), issue_date=date(2026, 1, 1),
        installments=[(date(2026, 1, 10), "0.01"), (date(2026, 2, 20), "0.01"), (date(2026, 4, 1), "0.01")],
    )
    # CNY 100.00 due 31 Jan at rate 1
    await issued_invoice(actor, customer, "100.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31))
    report = await aging(org, date(2026, 3, 1))
    # 1 Mar: part 1 is 50 days late (31–60): 0.01; part 2 9 days (1–30): 0.00; part 3 current: 0.01;
    # the CNY invoice is 29 days late (1–30): 100.00
    assert amounts(report) == {"current": D("0.01"), "1-30": D("100.00"), "31-60": D("0.01")}
    assert report.total == D("100.02")


async def test_buckets_and_basis_are_configurable(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    await issued_invoice(actor, customer, "10.00", issue_date=date(2026, 1, 1), due_date=date(2026, 3, 1))
    await invoices.update_settings(actor, aging_bounds=[15, 45], aging_basis=AgingBasis.INVOICE_DATE)
    report = await aging(org, date(2026, 2, 10))
    # by invoice date: 10 Feb − 1 Jan = 40 days → 16–45
    assert [b.label for b in report.buckets] == ["current", "1-15", "16-45", "over_45"]
    assert amounts(report) == {"16-45": D("10.00")}
    by_due = await aging(org, date(2026, 2, 10), [30], basis=AgingBasis.DUE_DATE)
    assert amounts(by_due) == {"current": D("10.00")}


async def test_aging_of_a_collector_covers_their_customers_only(db):
    org, actor = await ledger_org()
    collector = await staff(org, Role.COLLECTOR)
    mine = await create_customer(org, collector_id=collector.membership.id)
    other = await create_customer(org)
    await issued_invoice(actor, mine, "10.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31))
    await issued_invoice(actor, other, "20.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31))
    assert (await aging(org, date(2026, 2, 1))).total == D("30.00")
    assert (await aging(org, date(2026, 2, 1), membership_id=collector.membership.id)).total == D("10.00")
