"""Periodic jobs. Any number of `huikuan scheduler` processes may run: one leads (it holds a
PostgreSQL advisory lock on a connection of its own), the others stand by and take over when the
leader's session ends. The scheduler only enqueues; the workers do the work.

Each job is enqueued once per slot (a slot = one fire time of its trigger): the slot is recorded
in `scheduled_runs` in the same transaction that writes the job to the outbox, so even two
leaders at once (a stale lock, a partition) enqueue it once. A leader that starts after a missed
slot catches up the latest one of each job that has run before. The leader also relays the
outbox (jobs committed by a process that died before sending them).

Jobs that act on each organization's local day tick hourly and select the organizations whose
local hour has come (see the domains' tasks); every periodic job is idempotent.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import datetime, timedelta

import asyncpg
import dramatiq
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from ..config import get_settings
from ..db import close_orm, credentials_from_url, init_orm, resolve_database_url
from ..kit.time import utcnow
from ..kit.uow import enqueue, relay_outbox, unit_of_work
from .actors import (
    accounts_tasks, analytics_tasks, collections_tasks, credit_tasks, imports_tasks, invoices_tasks, reconciliation_tasks, retention,
)

log = logging.getLogger(__name__)

# pg_advisory_lock key of the leading scheduler: ASCII "hksc".
SCHEDULER_LOCK_KEY = 0x686B7363
STANDBY_SECONDS = 15
RELAY_SECONDS = 15
# How far back a starting leader looks for a missed slot.
CATCH_UP = timedelta(hours=36)
RUNS_KEPT = timedelta(days=7)

SCHEDULE: list[tuple[dramatiq.Actor, CronTrigger]] = [
    (accounts_tasks.purge_sessions, CronTrigger(hour=3, minute=17, timezone="UTC")),
    # Webhook bodies and import files past their retention (WEBHOOK_BODY_RETENTION_DAYS, IMPORT_FILE_RETENTION_DAYS).
    (retention.purge, CronTrigger(hour=3, minute=41, timezone="UTC")),
    # Daily risk reassessment; each organization is assessed as of its own local date.
    (credit_tasks.reassess_all, CronTrigger(hour=18, minute=30, timezone="UTC")),
    # Hourly, so each organization's day is assessed soon after its local midnight (once a day;
    # a tick also resumes a run that stopped half-way).
    (invoices_tasks.assess_all_late_fees, CronTrigger(minute=23, timezone="UTC")),
    # Import jobs whose worker died (lease expired) or whose message was lost go back to the queue.
    (imports_tasks.requeue_stale_import_jobs, CronTrigger(minute="*", timezone="UTC")),
    # Hourly: reminders go out on each organization's local day, outside its quiet hours; sent once.
    (collections_tasks.remind_all, CronTrigger(minute=5, timezone="UTC")),
    # Hourly: sent statements whose link lapsed unanswered become expired.
    (reconciliation_tasks.expire_links, CronTrigger(minute=41, timezone="UTC")),
    # Daily at 09:00 Beijing time: scheduled statements of the last month or quarter (idempotent).
    (reconciliation_tasks.run_all_schedules, CronTrigger(hour=1, minute=7, timezone="UTC")),
    # Daily at 00:53 Beijing time: each organization's snapshot of its local yesterday (one row per day).
    (analytics_tasks.snapshot_all, CronTrigger(hour=16, minute=53, timezone="UTC")),
]


def latest_slot(trigger: BaseTrigger, now: datetime, lookback: timedelta = CATCH_UP) -> datetime | None:
    """The trigger's last fire time at or before `now` (within `lookback`), or None."""
    slot = None
    candidate = trigger.get_next_fire_time(None, now - lookback)
    while candidate is not None and candidate <= now:
        slot = candidate
        candidate = trigger.get_next_fire_time(candidate, candidate + timedelta(microseconds=1))
    return slot


async def enqueue_slot(actor: dramatiq.Actor, slot: datetime) -> bool:
    """Enqueue `actor` for `slot` unless that slot was enqueued already; True when this call did."""
    async with unit_of_work() as connection:
        claimed = await connection.execute_query_dict(
            "INSERT INTO scheduled_runs (job, slot) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING job",
            [actor.actor_name, slot],
        )
        if not claimed:
            return False
        # Keep a week of slots per job (a job ticking every minute adds 1,440 rows a day).
        await connection.execute_query(
            "DELETE FROM scheduled_runs WHERE job = $1 AND slot < $2", [actor.actor_name, slot - RUNS_KEPT]
        )
        await enqueue(actor)
    log.info("scheduled %s for %s", actor.actor_name, slot.isoformat())
    return True


async def fire(actor: dramatiq.Actor, trigger: BaseTrigger) -> None:
    slot = latest_slot(trigger, utcnow())
    if slot is not None:
        await enqueue_slot(actor, slot)


async def catch_up(now: datetime | None = None) -> list[str]:
    """Enqueue the latest missed slot of every job that has run before (a new installation does
    not fire everything at once); returns the jobs enqueued."""
    now = now or utcnow()
    async with unit_of_work() as connection:
        rows = await connection.execute_query_dict("SELECT job, max(slot) AS last FROM scheduled_runs GROUP BY job")
    last_run = {row["job"]: row["last"] for row in rows}
    caught_up = []
    for actor, trigger in SCHEDULE:
        slot = latest_slot(trigger, now)
        last = last_run.get(actor.actor_name)
        if slot is not None and last is not None and last < slot and await enqueue_slot(actor, slot):
            caught_up.append(actor.actor_name)
    return caught_up


async def try_lead(connection: asyncpg.Connection) -> bool:
    return bool(await connection.fetchval("SELECT pg_try_advisory_lock($1)", SCHEDULER_LOCK_KEY))


def build_scheduler() -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(
        timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600}
    )
    for actor, trigger in SCHEDULE:
        scheduler.add_job(fire, trigger, args=[actor, trigger], id=actor.actor_name, name=actor.actor_name)
    scheduler.add_job(relay_outbox, IntervalTrigger(seconds=RELAY_SECONDS), id="outbox.relay", name="outbox.relay")
    return scheduler


async def lead(url: str, stop: asyncio.Event) -> None:
    """Stand by until this process holds the leader lock, then schedule until `stop` is set or the
    lock's session is lost (then the process exits and its supervisor restarts it)."""
    creds = credentials_from_url(url)
    connection = await asyncpg.connect(
        host=creds["host"], port=creds["port"], user=creds["user"], password=creds["password"], database=creds["database"]
    )
    lost = asyncio.Event()
    connection.add_termination_listener(lambda _: lost.set())
    try:
        while not await try_lead(connection):
            log.info("another scheduler leads; standing by")
            try:
                await asyncio.wait_for(stop.wait(), STANDBY_SECONDS)
                return
            except TimeoutError:
                pass
        log.info("leading the schedule")
        caught_up = await catch_up()
        if caught_up:
            log.info("caught up missed slots of %s", ", ".join(caught_up))
        scheduler = build_scheduler()
        for job in scheduler.get_jobs():
            log.info("job %s: %s", job.id, job.trigger)
        scheduler.start()
        waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(lost.wait())]
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        for waiter in waiters:
            waiter.cancel()
        scheduler.shutdown(wait=False)
        if lost.is_set() and not stop.is_set():
            raise SystemExit("the scheduler's leader lock was lost with its database session")
    finally:
        if not connection.is_closed():
            await connection.close()


async def _main() -> None:
    settings = get_settings()
    url = resolve_database_url(settings)
    await init_orm(url, pool_max=3)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await lead(url, stop)
    finally:
        await close_orm()


def run_scheduler() -> None:
    asyncio.run(_main())
