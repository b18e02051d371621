"""Random ledgers: the flows, days to pay and KPIs of the whole organization, which read positions,
aging and the days that snapshots cover from them (service.period_flows, payment_days,
kpi_report), equal a cut of all its customers or its one currency, which reads the ledger alone,
as of many dates, with reversals dated months after the payments they take back, installments,
credit notes and write-offs."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from backend.accounts.models import Role
from backend.analytics import service
from backend.analytics.cuts import Cut
from backend.analytics.models import AnalyticsSnapshot
from backend.analytics.snapshots import take_snapshot
from backend.invoices import service as invoices
from backend.invoices.aging import aging
from backend.payments import service as payments
from tests.invoices.factories import create_customer, issued_invoice, ledger_org, received, staff

START, END = date(2025, 6, 1), date(2026, 7, 31)


async def test_flows_and_days_to_pay_from_snapshots_equal_the_ledgers_on_random_ledgers(db):
    rng = random.Random(20261202)
    org, owner = await ledger_org()
    approver = (await staff(org, Role.ADMIN)).actor
    customers = [await create_customer(org, code=f"R{k}") for k in range(3)]
    everyone = service.Scope(None, [c.id for c in customers])
    customer_of: dict = {}  # invoice id -> customer
    open_amounts: dict = {}  # invoice id -> open amount
    paid: list = []  # (payment id) of payments allocated, not yet reversed
    corrected = 0
    day = START
    while day <= END:
        # The month-ends, and some other days (the daily job takes every day; a missing one is read
        # from the ledger).
        if day > START and (day.day == 1 or rng.random() < 0.3):
            await take_snapshot(org.id, day - timedelta(days=1))
        if rng.random() < 0.5:
            customer = rng.choice(customers)
            total = Decimal(rng.randrange(100, 5000))
            if rng.random() < 0.4:
                half = (total / 2).quantize(Decimal("0.01"))
                parts = [(day + timedelta(days=rng.randrange(0, 40)), str(half)),
                         (day + timedelta(days=rng.randrange(40, 90)), str(total - half))]
                invoice = await issued_invoice(owner, customer, str(total), issue_date=day, installments=parts)
            else:
                invoice = await issued_invoice(owner, customer, str(total), issue_date=day,
                                               due_date=day + timedelta(days=rng.randrange(0, 60)))
            customer_of[invoice.id], open_amounts[invoice.id] = customer, total
        unpaid = sorted(k for k, left in open_amounts.items() if left > 0)
        if unpaid and rng.random() < 0.5:
            invoice_id = rng.choice(unpaid)
            amount = min(open_amounts[invoice_id], Decimal(rng.randrange(50, 3000)))
            payment = await received(owner, customer_of[invoice_id], str(amount), received_on=day, allocate=[(invoice_id, amount)])
            paid.append(payment.id)
            open_amounts[invoice_id] -= amount
        if paid and rng.random() < 0.06:
            # a payment of any earlier month bounces: its allocation is reversed today
            payment = await payments.Payment.get(id=paid.pop(rng.randrange(len(paid))))
            allocation = await payments.Allocation.get(payment_id=payment.id, reversed_on=None)
            await payments.reverse_payment(owner, payment.id, reason="退票", reversed_on=day)
            open_amounts[allocation.invoice_id] += allocation.amount
            corrected += 1
        unpaid = sorted(k for k, left in open_amounts.items() if left > 1)
        if unpaid and rng.random() < 0.05:
            invoice_id = rng.choice(unpaid)
            amount = (open_amounts[invoice_id] / 3).quantize(Decimal("0.01"))
            if rng.random() < 0.5:
                note = await invoices.create_credit_note(owner, customer_id=customer_of[invoice_id].id, currency="CNY", amount=amount,
                                                         reason="折让", issue_date=day)
                await invoices.apply_credit_note(owner, note.id, [(invoice_id, amount)], applied_on=day)
            else:
                request = await invoices.request_write_off(owner, invoice_id, amount=amount, reason="无法收回")
                await invoices.approve_write_off(approver, request.id, written_off_on=day)
            open_amounts[invoice_id] -= amount
        if (day - START).days % 9 == 8 or day == END:
            # As of a day and the day before; the days to pay's twelve months start mid-month once
            # the ledger is a year old; flows from the first day, month starts and other days.
            for on in (day, day - timedelta(days=1)):
                assert await service.payment_days(owner, on) == await service.payment_days(owner, on, everyone), f"days to pay as of {on}"
                for since in (START, on.replace(day=1), on - timedelta(days=rng.randrange(1, 120))):
                    assert await service.flows(owner, since, on) == await service.flows(owner, since, on, everyone), f"flows {since}..{on}"
                starts = sorted({on - timedelta(days=rng.randrange(1, 200)) for _ in range(3)})
                assert await service.period_flows(owner, starts, on) == await service.period_flows(owner, starts, on, everyone)
            # Aging as of yesterday (from its snapshot when taken), and every KPI (positions, flows,
            # the countback's monthly sales, days to pay) against a cut by the one currency.
            assert await service.organization_aging(org.id, day - timedelta(days=1)) == await aging(org.id, day - timedelta(days=1))
            since = day - timedelta(days=rng.randrange(0, 300))
            assert await service.kpi_report(owner, since, day) == await service.kpi_report(owner, since, day, Cut(currency="CNY"))
        day += timedelta(days=1)
    kept = await AnalyticsSnapshot.filter(organization_id=org.id, stale=False, paid_month_to_date__gt=0).count()
    # The ledger gave the snapshots money to keep and reversals to correct for.
    assert kept >= 80 and corrected >= 10, (kept, corrected)
