"""A reminder's amounts per installment part are the shared definition's (backend/invoices/balances.py):
the same open and overdue figures as the customers' balances and aging, as of the same day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from backend.collections.models import ReminderClaim, ReminderItem
from backend.collections.reminders import run_organization
from backend.invoices.aging import aging
from backend.invoices.balances import CustomerBalance, customer_balances
from backend.invoices.models import CreditNote, CreditNoteApplication, CreditNoteStatus, InvoiceStatus
from tests.collections.factories import Outbox, customer, invoice, org_with_owner, pay, policy, utc

DAY = date(2026, 11, 3)
NOW = utc(2026, 11, 3, 1, 5)  # 09:05 in Shanghai


async def test_a_reminders_parts_carry_the_open_amounts_of_customer_balances_and_aging():
    org, owner = await org_with_owner()
    await policy(owner, (0, 7, 45))
    cust = await customer(org)
    # Three parts, each due on the day one stage fires today: 45 days ago, 7 days ago, today.
    inv = await invoice(
        org, cust, total="3000.00", due=DAY,
        parts=[(date(2026, 9, 19), "1000.00"), (date(2026, 10, 27), "1200.00"), (DAY, "800.00")],
    )
    await pay(inv, "400.00", date(2026, 10, 10))
    note = await CreditNote.create(
        organization=org, customer=cust, number="CN-PARTS-1", issue_date=date(2026, 10, 20), currency="CNY",
        amount=Decimal("250.00"), applied=Decimal("250.00"), status=CreditNoteStatus.APPLIED,
    )
    await CreditNoteApplication.create(organization=org, credit_note=note, invoice=inv, amount=Decimal("250.00"), applied_on=date(2026, 10, 20))
    inv.credited = Decimal("250.00")
    inv.status = InvoiceStatus.PARTIALLY_PAID
    await inv.save(update_fields=["credited", "status"])

    outbox = Outbox()
    await run_organization(org.id, NOW, mailer=outbox)

    # 650.00 reduced, filling the parts in due-date order: part 1 1000 − 650 = 350 open (45 days
    # past due), part 2 1200 open (7 days), part 3 800 open (due today, not overdue).
    items = await ReminderItem.filter(invoice_id=inv.id).order_by("part_sequence")
    assert [(i.part_sequence, i.due_date, i.open_amount) for i in items] == [
        (1, date(2026, 9, 19), Decimal("350.00")),
        (2, date(2026, 10, 27), Decimal("1200.00")),
        (3, DAY, Decimal("800.00")),
    ]
    assert sorted(c.offset_days for c in await ReminderClaim.filter(customer_id=cust.id)) == [0, 7, 45]

    # The same figures as the customer's balances: open 350 + 1200 + 800 = 2350, overdue
    # 350 + 1200 = 1550, worst 45 days.
    balances = await customer_balances(org.id, [cust.id], DAY)
    assert balances[cust.id] == CustomerBalance(Decimal("2350.00"), Decimal("1550.00"), 45)
    assert sum(i.open_amount for i in items) == balances[cust.id].open_balance
    assert sum(i.open_amount for i in items if i.due_date < DAY) == balances[cust.id].overdue_balance

    # And as aging's buckets: current 800 (part 3), 1–30 days 1200 (part 2), 31–60 days 350 (part 1).
    report = await aging(org, DAY)
    assert [b.amount for b in report.buckets] == [Decimal(x) for x in ("800.00", "1200.00", "350.00", "0", "0", "0", "0")]

    # Each message shows its part with its days past due.
    bodies = sorted(m.get_content() for m in outbox.messages)
    assert len(bodies) == 3
    assert any(f"{inv.number}\t2026-09-19\tCNY 350.00\t45" in b and "逾期 45 天" in b for b in bodies)
    assert any(f"{inv.number} #2\t2026-10-27\tCNY 1,200.00\t7" in b for b in bodies)
    assert any(f"{inv.number} #3\t2026-11-03\tCNY 800.00\t0" in b for b in bodies)
