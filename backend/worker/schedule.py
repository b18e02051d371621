"""Periodic jobs. Exactly one scheduler process runs (`huikuan scheduler`); it only enqueues,
the workers do the work, and every periodic job is idempotent, so a missed or repeated tick is harmless.

Jobs that act on each organization's local day tick hourly and select the organizations whose
local hour has come (see the domains' tasks)."""

from __future__ import annotations

import logging
import signal

import dramatiq
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from .actors import accounts_tasks, credit_tasks, invoices_tasks, reconciliation_tasks

log = logging.getLogger(__name__)

SCHEDULE: list[tuple[dramatiq.Actor, CronTrigger]] = [
    (accounts_tasks.purge_sessions, CronTrigger(hour=3, minute=17, timezone="UTC")),
    # Daily risk reassessment; each organization is assessed as of its own local date.
    (credit_tasks.reassess_all, CronTrigger(hour=18, minute=30, timezone="UTC")),
    # Hourly, so each organization's new month is charged soon after its local midnight.
    (invoices_tasks.assess_all_late_fees, CronTrigger(minute=23, timezone="UTC")),
    # Hourly: sent statements whose link lapsed unanswered become expired.
    (reconciliation_tasks.expire_links, CronTrigger(minute=41, timezone="UTC")),
    # Daily at 09:00 Beijing time: scheduled statements of the last month or quarter (idempotent).
    (reconciliation_tasks.run_all_schedules, CronTrigger(hour=1, minute=7, timezone="UTC")),
]


def _send(actor: dramatiq.Actor) -> None:
    message = actor.send()
    log.info("scheduled %s (%s)", actor.actor_name, message.message_id)


def build_scheduler() -> BlockingScheduler:
    scheduler = BlockingScheduler(timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600})
    for actor, trigger in SCHEDULE:
        scheduler.add_job(_send, trigger, args=[actor], id=actor.actor_name, name=actor.actor_name)
    return scheduler


def run_scheduler() -> None:
    scheduler = build_scheduler()
    signal.signal(signal.SIGTERM, lambda *_: scheduler.shutdown(wait=False))
    for job in scheduler.get_jobs():
        log.info("job %s: %s", job.id, job.trigger)
    scheduler.start()
