"""Acceptance 4: promises to pay are kept or broken from the payments (partial payments count
proportionally), an open promise, an open dispute or a pause stops reminders, and a broken
promise, a resolved dispute or a lifted pause lets them resume. Broken promises and open disputes
reach the scorecard inputs and the broken-promise alert."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from backend.alerts.messages import AlertCode, alert_message, render_title
from backend.alerts.models import Alert, RuleKind
from backend.audit.models import AuditEntry
from backend.collections import service
from backend.collections.models import DisputeReason, DisputeResolution, PromiseStatus, PromiseToPay, ReminderClaim
from backend.collections.reminders import run_organization
from backend.credit import collections_inputs
from backend.credit.inputs import load_snapshots
from backend.kit.errors import DomainError
from backend.kit.time import local_today
from tests.collections.factories import Outbox, customer, invoice, org_with_owner, pay, policy

TZ = "Asia/Shanghai"


def today() -> date:
    return local_today(TZ)


def at(day_offset: int) -> datetime:
    """09:05 in Shanghai, `day_offset` days from today."""
    local = datetime.combine(today() + timedelta(days=day_offset), time(9, 5), tzinfo=ZoneInfo(TZ))
    return local.astimezone(timezone.utc)


async def _setup(offsets=(5, 7)):  # type: ignore[no-untyped-def]
    org, owner = await org_with_owner(TZ)
    await policy(owner, offsets)
    cust = await customer(org)
    inv = await invoice(org, cust, total="1000.00", due=today() - timedelta(days=5), issued=today() - timedelta(days=40))
    return org, owner, cust, inv


async def _sent_offsets(cust) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(c.offset_days for c in await ReminderClaim.filter(customer_id=cust.id, status="sent"))


async def test_an_open_promise_stops_reminders_and_a_broken_one_resumes_them_with_an_alert():
    org, owner, cust, inv = await _setup()
    promise = await service.promise_to_pay(owner, cust.id, amount="1000.00", promised_on=today() + timedelta(days=1), invoice_ids=[inv.id])
    outbox = Outbox()
    await run_organization(org.id, at(0), mailer=outbox)  # stage +5 falls today: the promise holds it
    assert outbox.messages == [] and await _sent_offsets(cust) == []
    await pay(inv, "400.00", today())  # 40 % of the promise
    await run_organization(org.id, at(1), mailer=outbox)  # the promised day: still open
    await promise.refresh_from_db()
    assert promise.status is PromiseStatus.OPEN

    await run_organization(org.id, at(2), mailer=outbox)  # the day after: broken, and stage +7 goes out
    await promise.refresh_from_db()
    assert promise.status is PromiseStatus.BROKEN
    assert promise.paid_amount == Decimal("400.00") and promise.kept_ratio == Decimal("0.4000")
    assert promise.settled_on == today() + timedelta(days=2)
    assert await _sent_offsets(cust) == [7]
    assert len(outbox.messages) == 1 and "600.00" in outbox.messages[0].get_content()
    alert = await Alert.get(customer_id=cust.id, kind=RuleKind.BROKEN_PROMISE)
    assert alert.cause_key == f"promise:{promise.id}"
    # The alert says what was promised, by when, and what came in.
    promised_on = today() + timedelta(days=1)
    code, params = alert_message(RuleKind.BROKEN_PROMISE, alert.details)
    assert code is AlertCode.PROMISE_SHORT
    assert render_title(code, params, "en") == f"Promised CN¥1,000.00 by {promised_on:%b} {promised_on.day}, {promised_on.year}; CN¥400.00 received"
    assert render_title(code, params, "zh-CN") == (
        f"承诺于{promised_on.year}年{promised_on.month}月{promised_on.day}日前付款 ¥1,000.00，仅收到 ¥400.00"
    )
    broken = await collections_inputs.broken_promises(org.id, [cust.id], today() + timedelta(days=2))
    assert broken == {cust.id: [
        collections_inputs.BrokenPromise(str(promise.id), "promise", Decimal("1000.00"), Decimal("400.00"), "CNY", promised_on)
    ]}
    snapshot = (await load_snapshots(org.id, [cust.id], today() + timedelta(days=2)))[cust.id]
    assert snapshot.inputs.behaviour.broken_promises == 1 and [b.id for b in snapshot.broken_promises] == [str(promise.id)]
    assert await AuditEntry.filter(target_id=str(promise.id), action="promise_to_pay.create").exists()


async def test_a_promise_paid_in_full_is_kept_at_once():
    org, owner, cust, inv = await _setup()
    promise = await service.promise_to_pay(owner, cust.id, amount="700.00", promised_on=today() + timedelta(days=3), invoice_ids=[inv.id])
    await pay(inv, "300.00", today())
    await pay(inv, "400.00", today())
    await run_organization(org.id, at(0), mailer=Outbox())
    await promise.refresh_from_db()
    assert promise.status is PromiseStatus.KEPT and promise.kept_ratio == Decimal("1.0000")
    assert promise.settled_on == today()
    assert await collections_inputs.broken_promises(org.id, [cust.id], today()) == {}


async def test_payments_before_the_promise_was_made_do_not_keep_it():
    org, owner, cust, inv = await _setup()
    await pay(inv, "500.00", today() - timedelta(days=1))
    promise = await service.promise_to_pay(owner, cust.id, amount="500.00", promised_on=today(), invoice_ids=[inv.id])
    await run_organization(org.id, at(1), mailer=Outbox())
    await promise.refresh_from_db()
    assert promise.status is PromiseStatus.BROKEN and promise.kept_ratio == Decimal("0.0000")


async def test_an_open_dispute_pauses_reminders_on_its_invoices_only():
    org, owner, cust, inv = await _setup()
    other = await invoice(org, cust, total="250.00", due=today() - timedelta(days=5), issued=today() - timedelta(days=40))
    dispute = await service.open_dispute(owner, cust.id, reason=DisputeReason.QUALITY, amount="300.00", invoice_ids=[inv.id],
                                         description="货物破损")
    assert await collections_inputs.open_dispute_counts(org.id, [cust.id]) == {cust.id: 1}
    assert (await load_snapshots(org.id, [cust.id], today()))[cust.id].inputs.behaviour.open_disputes == 1
    outbox = Outbox()
    await run_organization(org.id, at(0), mailer=outbox)
    [message] = outbox.messages
    assert other.number in message.get_content() and inv.number not in message.get_content()

    await service.resolve_dispute(owner, dispute.id, DisputeResolution.NO_CHANGE, "照片显示完好")
    assert await collections_inputs.open_dispute_counts(org.id, [cust.id]) == {}
    actions = await AuditEntry.filter(target_id=str(dispute.id)).order_by("created_at").values_list("action", flat=True)
    assert actions == ["dispute.open", "dispute.resolve"]
    await run_organization(org.id, at(2), mailer=outbox)  # stage +7 covers both again
    assert inv.number in outbox.messages[1].get_content() and other.number in outbox.messages[1].get_content()


async def test_a_pause_stops_reminders_until_lifted():
    org, owner, cust, inv = await _setup()
    await service.pause_dunning(owner, cust.id, reason="客户重组中", until=today() + timedelta(days=1))
    outbox = Outbox()
    await run_organization(org.id, at(0), mailer=outbox)
    assert outbox.messages == []
    await run_organization(org.id, at(2), mailer=outbox)  # the pause ended yesterday
    assert await _sent_offsets(cust) == [7]

    org2, owner2, cust2, _ = await _setup()
    await service.pause_dunning(owner2, cust2.id, reason="等待法务意见")
    await run_organization(org2.id, at(0), mailer=outbox)
    assert await _sent_offsets(cust2) == []
    assert await service.resume_dunning(owner2, cust2.id) == 1
    await run_organization(org2.id, at(2), mailer=outbox)
    assert await _sent_offsets(cust2) == [7]


async def test_the_disputed_flag_of_the_invoice_also_pauses_it():
    org, owner, cust, inv = await _setup()
    inv.disputed = True
    await inv.save(update_fields=["disputed"])
    outbox = Outbox()
    await run_organization(org.id, at(0), mailer=outbox)
    assert outbox.messages == []


# --- bad input ---------------------------------------------------------------------------------


def _codes(exc: pytest.ExceptionInfo[DomainError]) -> list[tuple[str | None, str]]:
    return [(e.field, e.code.value) for e in exc.value.errors]


async def test_bad_promises_are_refused_and_nothing_is_written():
    org, owner, cust, inv = await _setup()
    cases = [
        ({"amount": "100.00", "promised_on": today() - timedelta(days=1), "invoice_ids": [inv.id]}, ("promisedOn", "PROMISE_IN_PAST")),
        ({"amount": "0", "promised_on": today(), "invoice_ids": [inv.id]}, ("amount", "INVALID_AMOUNT")),
        ({"amount": "NaN", "promised_on": today(), "invoice_ids": [inv.id]}, ("amount", "INVALID_AMOUNT")),
        ({"amount": "1000.01", "promised_on": today(), "invoice_ids": [inv.id]}, ("amount", "INVALID_AMOUNT")),
        ({"amount": "10.00", "promised_on": today(), "invoice_ids": []}, ("invoiceIds", "REQUIRED")),
        ({"amount": "10.00", "promised_on": date(2100, 1, 1), "invoice_ids": [inv.id]}, ("promisedOn", "INVALID_DATE")),
    ]
    for kwargs, expected in cases:
        with pytest.raises(DomainError) as exc:
            await service.promise_to_pay(owner, cust.id, **kwargs)
        assert _codes(exc) == [expected], kwargs
    assert not await PromiseToPay.filter(customer_id=cust.id).exists()
