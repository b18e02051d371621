"""Issue 9, section 6: a real worker process killed with SIGKILL in the middle of an import. The job
is not stuck: once its lease runs out the scheduler's requeue sends it again, another real worker
imports it, and every row is there exactly once.

This test runs its own broker (a second embedded redis-server) and its own workers, so the
session's worker never takes its messages and the worker that dies is the one that holds the job."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from backend.config import get_settings
from backend.customers.models import Customer
from backend.imports import service
from backend.imports.models import FileFormat, ImportJob, ImportKind, ImportState
from backend.imports.tasks import run_import_job
from backend.worker.broker import build_broker
from backend.worker.embedded import start_embedded_redis, stop_embedded_redis
from tests.fixtures.worker import start_worker, stop_worker
from tests.imports.files import csv_bytes
from tests.invoices.factories import ledger_org

pytestmark = pytest.mark.worker

ROWS = 5


class Rollback(Exception):
    pass


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


async def _eventually(check, timeout: float = 60.0, what: str = "condition"):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not (result := await check()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.2)
    return result


@pytest.fixture
def own_broker(db, tmp_path_factory):  # type: ignore[no-untyped-def]
    settings = get_settings().model_copy(update={"data_dir": tmp_path_factory.mktemp("lease")})
    process = start_embedded_redis(settings)
    assert process is not None
    url = f"unix://{(settings.data_dir / 'redis' / 'redis.sock').resolve()}"
    broker = build_broker(url)
    broker.declare_queue(run_import_job.queue_name)
    try:
        yield url, broker
    finally:
        broker.close()
        stop_embedded_redis(process)


async def test_a_worker_killed_mid_import_is_replaced_and_the_rows_are_applied_once(db, own_broker):
    url, broker = own_broker
    org, actor = await ledger_org()
    codes = [f"KILL{n}" for n in range(ROWS)]
    job = await ImportJob.create(
        organization_id=org.id, kind=ImportKind.CUSTOMERS, file_name="客户.csv", file_format=FileFormat.CSV,
        content=csv_bytes([["客户编码", "客户名称"], *[[c, f"断电测试{c}有限公司"] for c in codes]]), created_by_id=actor.user_id,
    )

    # An open transaction holds one of the file's codes, so the worker's insert waits on it: the
    # worker is caught in the middle of applying the rows, inside its transaction.
    holding, release = asyncio.Event(), asyncio.Event()

    async def hold_a_code() -> None:
        try:
            async with in_transaction():
                await Customer.create(organization_id=org.id, code=codes[2], legal_name="占位")
                holding.set()
                await release.wait()
                raise Rollback
        except Rollback:
            pass

    holder = asyncio.create_task(hold_a_code())
    await asyncio.wait_for(holding.wait(), 10)

    doomed = await asyncio.to_thread(start_worker, db, url)
    try:
        await asyncio.to_thread(broker.enqueue, run_import_job.message(str(job.id)))

        async def waiting_on_the_code() -> list[int]:
            job_now = await ImportJob.get(id=job.id)
            return [] if job_now.state is not ImportState.IMPORTING else await _sessions(_BLOCKED_SQL)

        sessions = await _eventually(waiting_on_the_code, what="the worker to block inside its import")
        victims = _children(doomed.pid)
        assert victims, "the dramatiq worker process was not found"
        for pid in victims:
            os.kill(pid, signal.SIGKILL)
    finally:
        await asyncio.to_thread(stop_worker, doomed)
        # Released even when the test fails here, so no orphaned session waits on the code.
        release.set()
        await holder

    # Its transaction never commits (the server ends the session of the dead client); the job
    # stays where the dead worker left it.
    await _eventually(lambda: _gone(sessions), what="the dead worker's database session to end")
    stuck = await ImportJob.get(id=job.id)
    assert (stuck.state, stuck.attempts) == (ImportState.IMPORTING, 1)
    assert await Customer.filter(organization_id=org.id).count() == 0
    assert job.id not in await service.requeue_stale_imports()  # its lease still runs

    # No heartbeat renews the lease; once it runs out (LEASE_SECONDS, shortened here) the
    # scheduler's tick sends the job again and a new worker takes it.
    await connections.get("default").execute_query(
        "UPDATE import_jobs SET lease_expires_at = now() - interval '1 second' WHERE id = $1", [job.id]
    )
    assert job.id in await service.requeue_stale_imports()
    successor = await asyncio.to_thread(start_worker, db, url)
    try:
        await asyncio.to_thread(broker.enqueue, run_import_job.message(str(job.id)))

        async def finished() -> ImportJob | None:
            found = await ImportJob.get(id=job.id)
            return found if found.state in (ImportState.SUCCEEDED, ImportState.FAILED) else None

        done = await _eventually(finished, what="the import to finish")
    finally:
        await asyncio.to_thread(stop_worker, successor)
    assert (done.state, done.rows_imported, done.attempts) == (ImportState.SUCCEEDED, ROWS, 2)
    assert sorted(await Customer.filter(organization_id=org.id).values_list("code", flat=True)) == codes


_BLOCKED_SQL = (
    "SELECT pid FROM pg_stat_activity"
    " WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%customers%'"
)


async def _sessions(sql: str, *args) -> list[int]:  # type: ignore[no-untyped-def]
    return [r["pid"] for r in await connections.get("default").execute_query_dict(sql, list(args))]


async def _gone(pids: list[int]) -> bool:
    return not await _sessions("SELECT pid FROM pg_stat_activity WHERE pid = ANY($1::int[])", pids)
