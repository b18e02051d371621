"""Jobs of the imports domain."""

from __future__ import annotations

import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from .service import run_import


@dramatiq.actor(actor_name="imports.run", max_retries=3, time_limit=15 * 60 * 1000)
async def run_import_job(job_id: str) -> None:
    await run_import(uuid.UUID(job_id))
