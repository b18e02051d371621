"""Jobs of the credit domain: the daily risk reassessment and event-triggered reassessments."""

from __future__ import annotations

import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..accounts.models import Organization
from ..kit.uow import enqueue
from .reassess import reassess_customers, run_reassessment

# A large organization takes a while; a run killed by the limit resumes on retry.
REASSESS_TIME_LIMIT_MS = 60 * 60 * 1000


@dramatiq.actor(actor_name="credit.reassess_all", max_retries=3)
async def reassess_all() -> None:
    """Daily: one reassessment job per organization."""
    for organization_id in await Organization.all().order_by("id").values_list("id", flat=True):
        await enqueue(reassess_organization, str(organization_id))


@dramatiq.actor(actor_name="credit.reassess_organization", max_retries=5, time_limit=REASSESS_TIME_LIMIT_MS)
async def reassess_organization(organization_id: str) -> None:
    await run_reassessment(uuid.UUID(organization_id))


@dramatiq.actor(actor_name="credit.reassess_customers", max_retries=5, time_limit=REASSESS_TIME_LIMIT_MS)
async def reassess_customer_set(organization_id: str, customer_ids: list[str]) -> None:
    """For events: an invoice passing N days overdue, a broken promise (enqueued by those domains)."""
    await reassess_customers(uuid.UUID(organization_id), [uuid.UUID(c) for c in customer_ids])
