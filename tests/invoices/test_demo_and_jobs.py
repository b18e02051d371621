"""Demo ledger rows load once; the late-fee job runs in a real worker."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from decimal import Decimal

import pytest

from backend.accounts.models import Membership, Role
from backend.credit.demo import load_credit_demo
from backend.customers.models import Customer
from backend.invoices.aging import aging
from backend.invoices.demo import HISTORY_MARK, load_demo_history, load_demo_ledger
from backend.invoices.models import Invoice, InvoiceStatus, LateFeeCharge
from backend.invoices.tasks import assess_all_late_fees
from backend.kit.time import local_today
from backend.payments.models import Payment
from tests.fixtures.api import add_member, create_user
from tests.invoices.factories import create_customer, issued_invoice, ledger_org


async def test_demo_ledger_is_idempotent_and_adds_up(db):
    org, _ = await ledger_org()
    await load_demo_ledger(org)
    await load_demo_ledger(org)
    assert await Invoice.filter(organization_id=org.id).count() == 4
    assert await Payment.filter(organization_id=org.id).count() == 2
    report = await aging(org, local_today(org.timezone))
    # 12,800.00 + 36,000.00 + 8,600.00 + 2,450.00 = 59,850.00 invoiced
    # − 5,000 − 13,000 paid − 600 credited = 41,250.00 open
    assert report.total == Decimal("41250.00")


@pytest.mark.worker
async def test_late_fee_job_charges_in_the_worker(worker_process):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    today = local_today(org.timezone)
    invoice = await issued_invoice(
        actor, customer, "1000.00", issue_date=today - timedelta(days=120), due_date=today - timedelta(days=90),
        late_fee_daily_rate=Decimal("0.001"),
    )
    assess_all_late_fees.send()
    deadline = time.monotonic() + 30
    while not await LateFeeCharge.filter(invoice_id=invoice.id).exists():
        assert time.monotonic() < deadline, "the worker charged nothing"
        await asyncio.sleep(0.3)
    charges = await LateFeeCharge.filter(invoice_id=invoice.id).order_by("period_start")
    # overdue since 90 days ago: at least the two complete months before this one are charged
    assert len(charges) >= 2 and all(c.amount > 0 and c.charge_invoice_id for c in charges)


async def test_demo_history_follows_the_grades_and_adds_up(db):
    org, _ = await ledger_org()
    owner = await Membership.get(organization_id=org.id, role=Role.OWNER)
    collector = await add_member(org, await create_user(), Role.COLLECTOR)
    await load_credit_demo(org, owner, collector)
    await load_demo_history(org)
    await load_demo_history(org)
    history = await Invoice.filter(organization_id=org.id, contract_ref=HISTORY_MARK).prefetch_related("customer")
    graded = await Customer.filter(organization_id=org.id, grade__isnull=False).count()
    assert 0 < len(history) <= graded * 6
    assert all(i.status is not InvoiceStatus.DRAFT for i in history)
    # The best payers have settled everything due more than a week ago; the late payers (grade B)
    # carry overdue AR. Grade C customers have no credit left: the credit check refused them.
    today = local_today(org.timezone)
    aaa_overdue = [i for i in history if i.customer.grade == "AAA" and i.due_date < today - timedelta(days=7) and i.total > i.allocated]
    b_overdue = [i for i in history if i.customer.grade == "B" and i.due_date < today and i.total > i.allocated]
    assert not aaa_overdue and b_overdue
    assert not [i for i in history if i.customer.grade == "C"]
    report = await aging(org, today)
    open_total = sum((i.total - i.allocated - i.credited - i.written_off for i in history), Decimal(0))
    assert report.total == open_total
