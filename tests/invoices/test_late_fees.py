"""Late fees: daily rate after the grace days on the overdue open amount, one charge per invoice
per calendar month, billed as a separate invoice; running again charges nothing twice."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from decimal import Decimal

import pytest
from tortoise.exceptions import IntegrityError

from backend.accounts.models import Role
from backend.audit.models import AuditEntry
from backend.invoices import late_fees, service as invoices
from backend.invoices.errors import InvoiceErrorCode
from backend.invoices.models import Invoice, InvoiceLine, InvoiceStatus, LateFeeCharge, LateFeeRun, LateFeeRunStatus
from backend.kit.errors import DomainError
from backend.kit.money import Rounding
from backend.kit.time import local_today
from tests.fixtures.api import member
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

    assert await late_fees.assess_late_fees(actor, as_of=date(2026, 2, 28)) == []  # February is not over yet
    charges = await late_fees.assess_late_fees(actor, as_of=date(2026, 3, 1))
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

    assert await late_fees.assess_late_fees(actor, as_of=date(2026, 3, 1)) == []
    assert await late_fees.assess_late_fees(actor, as_of=date(2026, 3, 20)) == []
    march = await late_fees.assess_late_fees(actor, as_of=date(2026, 4, 1))
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
        charges = await late_fees.assess_late_fees(actor, as_of=date(2026, 4, 1))
        # 7–31 March = 25 days × 1,000 = 25,000 × 0.000125 = 3.125 → half-up 3.13, bankers 3.12
        assert [(c.days, c.amount) for c in charges] == [(25, expected)]


async def test_paid_in_time_or_without_a_rate_is_not_charged(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    paid = await issued_invoice(actor, customer, "500.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31), late_fee_daily_rate=D("0.001"))
    await received(actor, customer, "500.00", received_on=date(2026, 1, 31), allocate=[(paid.id, D("500.00"))])
    await issued_invoice(actor, customer, "500.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31))
    assert await late_fees.assess_late_fees(actor, as_of=date(2026, 4, 1)) == []


# --- the run: bounded batches, resumable, never ahead of time (issue 9, section 6) ------------


class Boom(Exception):
    pass


async def _overdue_invoices(actor, customer, count: int) -> list[Invoice]:
    # 1,000.00 due 31 Jan, 0.001 a day, nothing paid: February = 28 days × 1,000 × 0.001 = 28.00
    return [
        await issued_invoice(actor, customer, "1000.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31), late_fee_daily_rate=D("0.001"))
        for _ in range(count)
    ]


async def test_a_run_that_crashes_in_a_batch_resumes_after_the_last_batch_and_charges_each_invoice_once(db, monkeypatch):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    sources = await _overdue_invoices(actor, customer, 5)
    ids = sorted(i.id for i in sources)

    real_record = late_fees.audit.record
    calls = []

    async def crash_in_second_batch(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise Boom
        return await real_record(*args, **kwargs)

    monkeypatch.setattr(late_fees.audit, "record", crash_in_second_batch)
    with pytest.raises(Boom):
        await late_fees.assess_late_fees(actor, as_of=date(2026, 3, 1), batch_size=2)
    # Batch 1 (the two lowest ids) is committed; batch 2 rolled back whole: charges, bills, numbers.
    run = await LateFeeRun.get(organization_id=org.id)
    assert (run.status, run.cursor, run.batches, run.invoices_seen, run.charges_written) == (
        LateFeeRunStatus.RUNNING, ids[1], 1, 2, 2
    )
    assert sorted(await LateFeeCharge.filter(organization_id=org.id).values_list("invoice_id", flat=True)) == ids[:2]

    monkeypatch.setattr(late_fees.audit, "record", real_record)
    resumed = await late_fees.assess_late_fees(actor, as_of=date(2026, 3, 1), batch_size=2)
    assert sorted(c.invoice_id for c in resumed) == ids[2:]
    run = await LateFeeRun.get(id=run.id)
    # It went on after the cursor: batches 2 and 3 (2 + 1 invoices) and the empty one that ends it.
    assert (run.status, run.batches, run.invoices_seen, run.charges_written) == (LateFeeRunStatus.COMPLETED, 3, 5, 5)
    charges = await LateFeeCharge.filter(organization_id=org.id)
    assert sorted(c.invoice_id for c in charges) == ids
    assert {(c.period_start, c.days, c.amount) for c in charges} == {(date(2026, 2, 1), 28, D("28.00"))}
    # The bills' numbers follow the five sources' without a gap (INV-000006..10), each used once.
    bills = await Invoice.filter(id__in=[c.charge_invoice_id for c in charges])
    assert sorted(b.number for b in bills) == [f"INV-{n:06d}" for n in range(6, 11)]
    assert [e.action for e in await AuditEntry.filter(organization_id=org.id, action="late_fee.assess").order_by("id")] == ["late_fee.assess"] * 3

    assert await late_fees.assess_late_fees(actor, as_of=date(2026, 3, 1), batch_size=2) == []
    assert await LateFeeCharge.filter(organization_id=org.id).count() == 5


async def test_two_runs_at_once_share_the_work_and_charge_each_invoice_once(db, monkeypatch):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    sources = await _overdue_invoices(actor, customer, 6)
    # Both calls have their run before either charges a batch (on a loaded machine the first could
    # otherwise finish its run before the second asked for one, and the second open a new one).
    opened = 0
    both = asyncio.Event()
    open_run = late_fees._open_run

    async def open_together(organization_id, as_of):  # type: ignore[no-untyped-def]
        nonlocal opened
        run = await open_run(organization_id, as_of)
        opened += 1
        if opened == 2:
            both.set()
        await asyncio.wait_for(both.wait(), 30)
        return run

    monkeypatch.setattr(late_fees, "_open_run", open_together)
    first, second = await asyncio.gather(
        late_fees.assess_late_fees(actor, as_of=date(2026, 3, 1), batch_size=2),
        late_fees.assess_late_fees(actor, as_of=date(2026, 3, 1), batch_size=2),
    )
    assert sorted(c.invoice_id for c in first + second) == sorted(i.id for i in sources)
    assert await LateFeeCharge.filter(organization_id=org.id).count() == 6
    assert await LateFeeRun.filter(organization_id=org.id).count() == 1


async def test_an_unfinished_run_for_another_date_is_abandoned(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    await _overdue_invoices(actor, customer, 1)
    stale = await LateFeeRun.create(organization_id=org.id, as_of=date(2026, 2, 10))
    march = await late_fees.assess_late_fees(actor, as_of=date(2026, 3, 1))
    assert [(c.period_start, c.amount) for c in march] == [(date(2026, 2, 1), D("28.00"))]
    assert (await LateFeeRun.get(id=stale.id)).status is LateFeeRunStatus.ABANDONED


@pytest.mark.parametrize("timezone", ["Asia/Shanghai", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
async def test_late_fees_are_never_charged_ahead_of_the_organizations_today(db, timezone):
    org, actor = await ledger_org(timezone=timezone)
    customer = await create_customer(org)
    await _overdue_invoices(actor, customer, 1)
    today = local_today(timezone)
    for ahead in (today + timedelta(days=1), date(2099, 12, 31), date(9999, 12, 31)):
        with pytest.raises(DomainError) as refused:
            await late_fees.assess_late_fees(actor, as_of=ahead)
        assert [(e.field, e.code) for e in refused.value.errors] == [("asOf", InvoiceErrorCode.FUTURE_DATE)]
    assert not await LateFeeCharge.filter(organization_id=org.id).exists()
    assert not await LateFeeRun.filter(organization_id=org.id).exists()
    # The organization's own today is allowed (in Kiritimati, UTC+14, often the UTC date's tomorrow).
    assert [c.period_start for c in await late_fees.assess_late_fees(actor, as_of=today)][0] == date(2026, 2, 1)
    assert await late_fees.assessed_today(org.id, timezone) is True


ASSESS = "mutation($asOf: Date) { lateFeesAssess(asOf: $asOf) { charges { amount } errors { field code } } }"


async def test_late_fees_assess_refuses_tomorrow_through_the_api(gql):
    owner = await member(gql, Role.FINANCE)
    tomorrow = local_today(owner.org.timezone) + timedelta(days=1)
    answer = await gql(ASSESS, {"asOf": tomorrow.isoformat()}, token=owner.token, org=owner.org.id)
    assert answer["data"]["lateFeesAssess"] == {"charges": [], "errors": [{"field": "asOf", "code": "FUTURE_DATE"}]}


async def test_the_database_refuses_a_second_charge_for_an_invoice_and_month(db):
    org, actor = await ledger_org()
    customer = await create_customer(org)
    (invoice,) = await _overdue_invoices(actor, customer, 1)
    (charge,) = await late_fees.assess_late_fees(actor, as_of=date(2026, 3, 1))
    with pytest.raises(IntegrityError):
        await LateFeeCharge.create(
            organization_id=org.id, invoice_id=invoice.id, period_start=charge.period_start, period_end=charge.period_end,
            days=1, base_amount=D("1.00"), daily_rate=D("0.001"), amount=D("0.01"),
        )
