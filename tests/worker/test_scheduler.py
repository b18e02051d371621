"""Any number of schedulers: one leads (advisory lock), each job is enqueued once per slot even
when two try at once, and a leader that starts after a missed slot catches it up."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import asyncpg
import pytest
from apscheduler.triggers.cron import CronTrigger
from tortoise import connections

from backend.accounts.tasks import purge_sessions
from backend.db import credentials_from_url
from backend.kit import uow
from backend.worker import schedule

pytestmark = pytest.mark.worker

UTC = timezone.utc


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []
    real = uow._send_all

    def recording(messages):  # type: ignore[no-untyped-def]
        real(messages)
        names.extend(m.actor_name for m in messages)

    monkeypatch.setattr(uow, "_send_all", recording)
    return names


async def _connect(url: str) -> asyncpg.Connection:
    creds = credentials_from_url(url)
    return await asyncpg.connect(host=creds["host"], port=creds["port"], user=creds["user"],
                                 password=creds["password"], database=creds["database"])


async def _clear_runs() -> None:
    await connections.get("default").execute_query("DELETE FROM scheduled_runs")


def test_the_latest_slot_of_a_trigger():
    hourly = CronTrigger(minute=23, timezone="UTC")
    assert schedule.latest_slot(hourly, datetime(2026, 11, 30, 10, 22, tzinfo=UTC)) == datetime(2026, 11, 30, 9, 23, tzinfo=UTC)
    assert schedule.latest_slot(hourly, datetime(2026, 11, 30, 10, 23, tzinfo=UTC)) == datetime(2026, 11, 30, 10, 23, tzinfo=UTC)
    daily = CronTrigger(hour=18, minute=30, timezone="UTC")
    assert schedule.latest_slot(daily, datetime(2026, 11, 30, 9, 0, tzinfo=UTC)) == datetime(2026, 11, 29, 18, 30, tzinfo=UTC)


async def test_one_scheduler_leads_and_another_takes_over_when_it_ends(db):
    first, second = await _connect(db), await _connect(db)
    try:
        assert await schedule.try_lead(first)
        assert not await schedule.try_lead(second)
        await first.close()
        assert await schedule.try_lead(second)
    finally:
        for connection in (first, second):
            if not connection.is_closed():
                await connection.close()


async def test_a_slot_is_enqueued_once_whoever_fires_it(db, sent):
    await _clear_runs()
    slot = datetime(2026, 11, 30, 3, 17, tzinfo=UTC)
    results = await asyncio.gather(*(schedule.enqueue_slot(purge_sessions, slot) for _ in range(4)))
    assert sorted(results) == [False, False, False, True]
    assert await schedule.enqueue_slot(purge_sessions, slot) is False
    assert sent == ["accounts.purge_expired_sessions"]


async def test_a_starting_leader_catches_up_the_missed_slot_of_jobs_that_ran_before(db, sent):
    await _clear_runs()
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    # A new installation fires nothing at start: the next slot will.
    assert await schedule.catch_up(now) == []
    # The reassessment last ran on the 28th; the scheduler was down at 18:30 on the 29th.
    await connections.get("default").execute_query(
        "INSERT INTO scheduled_runs (job, slot) VALUES ('credit.reassess_all', '2026-11-28 18:30+00')")
    assert await schedule.catch_up(now) == ["credit.reassess_all"]
    assert sent == ["credit.reassess_all"]
    rows = await connections.get("default").execute_query_dict(
        "SELECT slot FROM scheduled_runs WHERE job = 'credit.reassess_all' ORDER BY slot")
    assert [row["slot"] for row in rows] == [datetime(2026, 11, 28, 18, 30, tzinfo=UTC), datetime(2026, 11, 29, 18, 30, tzinfo=UTC)]
    # A second leader starting later the same morning finds nothing left to catch up.
    assert await schedule.catch_up(datetime(2026, 11, 30, 10, 0, tzinfo=UTC)) == []
    assert sent == ["credit.reassess_all"]
