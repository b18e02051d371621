"""Jobs of analytics: the daily snapshot of each organization (idempotent per day)."""

from __future__ import annotations

import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..accounts.models import Organization
from ..kit.uow import enqueue
from .snapshots import snapshot_yesterday

SNAPSHOT_TIME_LIMIT_MS = 30 * 60 * 1000


@dramatiq.actor(actor_name="analytics.snapshot_all", max_retries=3)
async def snapshot_all() -> None:
    """Daily: one snapshot job per organization."""
    for organization_id in await Organization.all().order_by("id").values_list("id", flat=True):
        await enqueue(snapshot_organization, str(organization_id))


@dramatiq.actor(actor_name="analytics.snapshot_organization", max_retries=5, time_limit=SNAPSHOT_TIME_LIMIT_MS)
async def snapshot_organization(organization_id: str) -> None:
    """The organization's local yesterday; run again, it replaces that day's row (one per day)."""
    await snapshot_yesterday(uuid.UUID(organization_id))
