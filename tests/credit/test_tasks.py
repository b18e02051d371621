"""The daily reassessment runs as a Dramatiq job in a real worker process, and the scheduler has it."""

from __future__ import annotations

import asyncio
import time

import pytest

from backend.credit import tasks
from backend.credit.models import CreditAssessment, ReassessmentRun, RunStatus
from backend.worker.schedule import build_scheduler
from tests.credit.factories import customer, invoice, org_and_owner

pytestmark = pytest.mark.worker


async def test_the_daily_job_reassesses_every_organization(worker_process):
    org, _ = await org_and_owner()
    c = await customer(org)
    await invoice(org, c, total="1000", issued=-50, due=-20)
    tasks.reassess_all.send()
    deadline = time.monotonic() + 60
    while not await ReassessmentRun.filter(organization_id=org.id, status=RunStatus.COMPLETED).exists():
        assert time.monotonic() < deadline, "the reassessment job did not run"
        await asyncio.sleep(0.3)
    assert await CreditAssessment.filter(customer_id=c.id).count() == 1


def test_the_scheduler_runs_it_daily():
    jobs = {job.id: job for job in build_scheduler().get_jobs()}
    trigger = jobs["credit.reassess_all"].trigger
    assert str(trigger) == "cron[hour='18', minute='30']"
