"""The retention job: webhook delivery bodies and uploaded import files are cleared once their
configured retention has passed (WEBHOOK_BODY_RETENTION_DAYS, IMPORT_FILE_RETENTION_DAYS), and
old refusal counters are dropped. Idempotent: a repeated or missed run is harmless."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import dramatiq

from . import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..config import get_settings
from ..imports import retention as imports_retention
from ..kit.time import utcnow
from ..webhooks import service as webhooks

log = logging.getLogger(__name__)


async def purge_expired(now: datetime) -> tuple[int, int]:
    """Clear what is past its retention as of `now`: (webhook bodies, import files) cleared."""
    settings = get_settings()
    bodies = await webhooks.purge_delivery_bodies(now - timedelta(days=settings.webhook_body_retention_days))
    files = await imports_retention.purge_files(now - timedelta(days=settings.import_file_retention_days))
    return bodies, files


@dramatiq.actor(actor_name="retention.purge", max_retries=3)
async def purge() -> None:
    bodies, files = await purge_expired(utcnow())
    log.info("retention: %s webhook bodies and %s import files cleared", bodies, files)
