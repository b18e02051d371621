"""The reminder jobs on a real Dramatiq worker process: the per-organization job claims, sends
over SMTP (aiosmtpd) and records; the hourly job is on the scheduler."""

from __future__ import annotations

import asyncio

import pytest

from backend.collections import tasks
from backend.collections.models import ClaimStatus, CollectionAction, ReminderClaim
from backend.kit.time import local_today
from backend.worker.schedule import SCHEDULE
from tests.collections.factories import customer, invoice, org_with_owner, policy
from tests.fixtures.api import unique

pytestmark = pytest.mark.worker


async def test_the_organization_job_sends_and_records_on_a_real_worker(worker_process, smtp_server):
    inbox, _ = smtp_server
    org, owner = await org_with_owner("Asia/Shanghai")
    await policy(owner, (0,), quiet_hours_start=None, quiet_hours_end=None)
    address = f"{unique('ap')}@worker.example"
    cust = await customer(org, email=address)
    inv = await invoice(org, cust, total="1000.00", due=local_today("Asia/Shanghai"))

    tasks.remind_organization.send(str(org.id))
    message = await asyncio.to_thread(inbox.wait_for, lambda m: m["To"] == address)
    assert inv.number in message.get_payload(decode=True).decode()
    claim = await ReminderClaim.get(customer_id=cust.id)
    for _ in range(100):
        await claim.refresh_from_db()
        if claim.status is ClaimStatus.SENT:
            break
        await asyncio.sleep(0.1)
    assert claim.status is ClaimStatus.SENT and message["Message-ID"] == claim.message_id
    assert await CollectionAction.filter(claim_id=claim.id).count() == 1

    tasks.remind_organization.send(str(org.id))  # a second tick the same day sends nothing more
    await asyncio.sleep(2)
    assert len([m for m in inbox.messages if m["To"] == address]) == 1


def test_the_hourly_job_is_scheduled():
    assert any(actor is tasks.remind_all and str(trigger) == "cron[minute='5']" for actor, trigger in SCHEDULE)
