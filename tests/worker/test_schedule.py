"""The scheduler's periodic jobs of issue 9, section 6: lost import jobs are re-queued every
minute; late fees tick hourly and send only the organizations whose day is not assessed yet."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from backend.invoices import late_fees, tasks as invoice_tasks
from backend.invoices.models import LateFeeRun, LateFeeRunStatus
from backend.kit.time import local_today
from backend.worker.schedule import build_scheduler
from tests.invoices.factories import create_customer, issued_invoice, ledger_org


def test_the_scheduler_requeues_lost_imports_every_minute_and_ticks_late_fees_hourly():
    jobs = {job.id: job for job in build_scheduler().get_jobs()}
    assert str(jobs["imports.requeue_stale"].trigger) == "cron[minute='*']"
    assert str(jobs["invoices.assess_all_late_fees"].trigger) == "cron[minute='23']"


async def test_the_hourly_tick_sends_only_organizations_not_assessed_today(db, monkeypatch):
    sent: list[str] = []

    async def record(actor, organization_id):  # type: ignore[no-untyped-def]
        sent.append(organization_id)

    monkeypatch.setattr(invoice_tasks, "enqueue", record)
    orgs = []
    for timezone in ("Asia/Shanghai", "Pacific/Kiritimati", "America/New_York"):
        org, actor = await ledger_org(timezone=timezone)
        customer = await create_customer(org)
        await issued_invoice(actor, customer, "100.00", issue_date=date(2026, 1, 1), due_date=date(2026, 1, 31), late_fee_daily_rate=Decimal("0.001"))
        orgs.append((org, actor))
    done, half_done, new = orgs
    await late_fees.assess_late_fees(done[1])  # its local today, complete
    await LateFeeRun.create(organization_id=half_done[0].id, as_of=local_today(half_done[0].timezone))  # stopped half-way
    await LateFeeRun.create(
        organization_id=new[0].id, as_of=date(2026, 1, 5), status=LateFeeRunStatus.COMPLETED  # an older day's run
    )

    await invoice_tasks.assess_all_late_fees.fn.__wrapped__()  # the coroutine itself, on this loop
    assert str(done[0].id) not in sent
    assert {str(half_done[0].id), str(new[0].id)} <= set(sent)
