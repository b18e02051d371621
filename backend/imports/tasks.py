"""Jobs of the imports domain."""

from __future__ import annotations

import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from .service import requeue_stale_imports, run_import


@dramatiq.actor(actor_name="imports.run", max_retries=3, time_limit=15 * 60 * 1000)
async def run_import_job(job_id: str) -> None:
    await run_import(uuid.UUID(job_id))


@dramatiq.actor(actor_name="imports.requeue_stale", max_retries=0)
async def requeue_stale_import_jobs() -> None:
    """Every minute: send lost import jobs to the workers again (see service.requeue_stale_imports)."""
    await requeue_stale_imports()
