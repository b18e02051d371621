"""Issue 9, section 6: an import job whose worker dies mid-run is not stuck. A run holds a lease it
renews while it works; the scheduler's requeue sends jobs whose lease expired back to the queue;
a run that lost its lease writes nothing, so the rows are applied exactly once.

The worker that dies is simulated here (a claim whose lease has expired, a run paused and then
overtaken); tests/worker/test_import_lease.py kills a real worker process with SIGKILL."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from tortoise import connections

from backend.audit.models import AuditEntry
from backend.customers.models import Customer
from backend.imports import service
from backend.imports.models import FileFormat, ImportJob, ImportKind, ImportState
from tests.invoices.factories import ledger_org

from .files import csv_bytes, run_to_end

ROWS = 5


async def _job(actor, prefix: str) -> ImportJob:
    """A pending job for ROWS customers, created without sending its message (no worker of the
    session may take it: each test decides who runs it)."""
    content = csv_bytes([["客户编码", "客户名称"], *[[f"{prefix}{n}", f"租约测试{prefix}{n}有限公司"] for n in range(ROWS)]])
    return await ImportJob.create(
        organization_id=actor.org_id, kind=ImportKind.CUSTOMERS, file_name="客户.csv", file_format=FileFormat.CSV,
        content=content, created_by_id=actor.user_id,
    )


async def _claimed_by_a_dead_worker(job: ImportJob, *, lease_seconds: int, state: str = "validating", attempts: int = 1) -> None:
    await connections.get("default").execute_query(
        "UPDATE import_jobs SET state = $2, attempts = $3, lease_token = $4, started_at = now() - interval '2 minutes',"
        " heartbeat_at = now() - interval '2 minutes', lease_expires_at = now() + make_interval(secs => $5) WHERE id = $1",
        [job.id, state, attempts, uuid.uuid4(), float(lease_seconds)],
    )


async def _imported(actor, prefix: str) -> int:
    return await Customer.filter(organization_id=actor.org_id, code__startswith=prefix).count()


async def test_a_job_whose_worker_died_is_requeued_once_its_lease_expires_and_imports_exactly_once(db):
    org, actor = await ledger_org()
    job = await _job(actor, "DEAD")
    await _claimed_by_a_dead_worker(job, lease_seconds=30)

    # The redelivered message of the dead worker while its lease still runs: not taken, not lost.
    await service.run_import(job.id)
    assert (await ImportJob.get(id=job.id)).state is ImportState.VALIDATING
    assert job.id not in await service.requeue_stale_imports()

    # The lease runs out (no heartbeat came): the scheduler's tick sends the job again.
    await connections.get("default").execute_query(
        "UPDATE import_jobs SET lease_expires_at = now() - interval '1 second' WHERE id = $1", [job.id]
    )
    assert job.id in await service.requeue_stale_imports()
    requeued = await ImportJob.get(id=job.id)
    assert (requeued.state, requeued.lease_token) == (ImportState.PENDING, None)
    assert job.id not in await service.requeue_stale_imports()  # sent once, not every minute

    done = await run_to_end(job.id)
    assert (done.state, done.rows_imported, done.attempts) == (ImportState.SUCCEEDED, ROWS, 2)
    assert done.lease_expires_at is not None and done.heartbeat_at is not None
    assert await _imported(actor, "DEAD") == ROWS

    # Any late copy of the message, or another tick, changes nothing.
    await service.run_import(job.id)
    assert job.id not in await service.requeue_stale_imports()
    assert await _imported(actor, "DEAD") == ROWS
    assert await AuditEntry.filter(organization_id=org.id, action="import.complete", target_id=str(job.id)).count() == 1


async def test_a_redelivered_message_takes_over_an_expired_lease_directly(db):
    _, actor = await ledger_org()
    job = await _job(actor, "REDO")
    await _claimed_by_a_dead_worker(job, lease_seconds=-1, state="importing")
    done = await run_to_end(job.id)
    assert (done.state, done.rows_imported, done.attempts) == (ImportState.SUCCEEDED, ROWS, 2)
    assert await _imported(actor, "REDO") == ROWS


async def test_a_run_that_lost_its_lease_writes_nothing_and_the_rows_are_applied_once(db, monkeypatch):
    """A worker that hung (not dead) past its lease wakes up after another run took the job over
    and finished it: its writes are refused, nothing is imported twice."""
    _, actor = await ledger_org()
    job = await _job(actor, "HUNG")
    monkeypatch.setattr(service, "HEARTBEAT_SECONDS", 3600)  # the hung run renews nothing
    paused, release = asyncio.Event(), asyncio.Event()
    real_cross_checks = service._cross_checks

    async def hang_first_run(*args):
        if not paused.is_set():
            paused.set()
            await release.wait()
        return await real_cross_checks(*args)

    monkeypatch.setattr(service, "_cross_checks", hang_first_run)
    hung = asyncio.create_task(service.run_import(job.id))
    await asyncio.wait_for(paused.wait(), 10)
    first_token = (await ImportJob.get(id=job.id)).lease_token

    await connections.get("default").execute_query(
        "UPDATE import_jobs SET lease_expires_at = now() - interval '1 second' WHERE id = $1", [job.id]
    )
    await service.run_import(job.id)  # another worker takes the job over and finishes it
    done = await ImportJob.get(id=job.id)
    assert (done.state, done.rows_imported, done.attempts) == (ImportState.SUCCEEDED, ROWS, 2)
    assert done.lease_token != first_token

    release.set()
    await asyncio.wait_for(hung, 10)
    after = await ImportJob.get(id=job.id)
    assert (after.state, after.rows_imported, after.message, after.lease_token) == (ImportState.SUCCEEDED, ROWS, done.message, done.lease_token)
    assert await _imported(actor, "HUNG") == ROWS


async def test_the_heartbeat_renews_the_lease_and_stops_a_run_whose_job_was_taken_over(db, monkeypatch):
    _, actor = await ledger_org()
    job = await _job(actor, "BEAT")
    monkeypatch.setattr(service, "HEARTBEAT_SECONDS", 0.05)
    paused, release = asyncio.Event(), asyncio.Event()

    async def hang(*args):
        paused.set()
        await release.wait()

    monkeypatch.setattr(service, "_cross_checks", hang)
    run = asyncio.create_task(service.run_import(job.id))
    await asyncio.wait_for(paused.wait(), 10)
    first = await ImportJob.get(id=job.id)
    await asyncio.sleep(0.5)
    renewed = await ImportJob.get(id=job.id)
    assert renewed.heartbeat_at > first.heartbeat_at and renewed.lease_expires_at > first.lease_expires_at

    # The job is taken from this run (as the requeue does after an expired lease): the heartbeat
    # notices and stops the run, which never comes back to write.
    await ImportJob.filter(id=job.id).update(state=ImportState.PENDING, lease_token=None)
    await asyncio.wait_for(run, 10)
    assert not release.is_set()
    stopped = await ImportJob.get(id=job.id)
    assert (stopped.state, stopped.lease_token) == (ImportState.PENDING, None)
    assert await _imported(actor, "BEAT") == 0


async def test_a_job_lost_three_times_fails_with_worker_lost(db):
    org, actor = await ledger_org()
    job = await _job(actor, "LOST")
    await _claimed_by_a_dead_worker(job, lease_seconds=-1, attempts=service.MAX_ATTEMPTS)
    assert job.id not in await service.requeue_stale_imports()
    failed = await ImportJob.get(id=job.id)
    assert (failed.state, failed.error_count, [e["code"] for e in failed.error_sample]) == (ImportState.FAILED, 1, ["WORKER_LOST"])
    assert "3 times" in failed.message and failed.finished_at is not None
    assert await AuditEntry.filter(organization_id=org.id, action="import.fail", target_id=str(job.id)).exists()
    await service.run_import(job.id)  # a late message cannot revive it
    assert (await ImportJob.get(id=job.id)).state is ImportState.FAILED
    assert await _imported(actor, "LOST") == 0


@pytest.mark.parametrize("minutes_ago, sent", [(service.PENDING_RESEND_MINUTES + 1, True), (1, False)])
async def test_a_pending_job_whose_message_never_came_is_sent_again(db, minutes_ago, sent):
    _, actor = await ledger_org()
    job = await _job(actor, f"MSG{minutes_ago}")
    await connections.get("default").execute_query(
        "UPDATE import_jobs SET created_at = now() - make_interval(mins => $2) WHERE id = $1", [job.id, minutes_ago]
    )
    assert (job.id in await service.requeue_stale_imports()) is sent
    assert job.id not in await service.requeue_stale_imports()
