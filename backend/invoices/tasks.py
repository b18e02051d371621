"""Jobs of invoicing: late-fee assessment per organization, fanned out by a periodic job.
Both are idempotent (a charge is unique per invoice and month), so a repeated tick is harmless;
an organization's run goes in bounded batches and resumes where it stopped (late_fees.py)."""

from __future__ import annotations

import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..kit.uow import enqueue
from .late_fees import assess_late_fees, assessed_today
from .models import Invoice

# A large organization takes a while; a run stopped by the limit resumes on retry, after its last batch.
LATE_FEES_TIME_LIMIT_MS = 60 * 60 * 1000


@dramatiq.actor(actor_name="invoices.assess_late_fees", max_retries=5, time_limit=LATE_FEES_TIME_LIMIT_MS)
async def assess_organization_late_fees(organization_id: str) -> None:
    await assess_late_fees(Actor.system(uuid.UUID(organization_id)))


@dramatiq.actor(actor_name="invoices.assess_all_late_fees", max_retries=0)
async def assess_all_late_fees() -> None:
    """One job per organization that has invoices carrying a late-fee rate and whose run for its
    local today is not complete yet (a new day, or a run that stopped half-way)."""
    organization_ids = await Invoice.filter(late_fee_daily_rate__gt=0).distinct().values_list("organization_id", flat=True)
    for org in await Organization.filter(id__in=list(organization_ids)).order_by("id").only("id", "timezone"):
        if not await assessed_today(org.id, org.timezone):
            await enqueue(assess_organization_late_fees, str(org.id))
