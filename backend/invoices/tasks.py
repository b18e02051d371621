"""Jobs of invoicing: late-fee assessment per organization, fanned out by a periodic job.
Both are idempotent (a charge is unique per invoice and month), so a repeated tick is harmless."""

from __future__ import annotations

import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..accounts.actor import Actor
from .models import Invoice
from .service import assess_late_fees


@dramatiq.actor(actor_name="invoices.assess_late_fees", max_retries=3)
async def assess_organization_late_fees(organization_id: str) -> None:
    await assess_late_fees(Actor.system(uuid.UUID(organization_id)))


@dramatiq.actor(actor_name="invoices.assess_all_late_fees", max_retries=0)
async def assess_all_late_fees() -> None:
    """One job per organization that has invoices carrying a late-fee rate."""
    organizations = await Invoice.filter(late_fee_daily_rate__gt=0).distinct().values_list("organization_id", flat=True)
    for organization_id in organizations:
        assess_organization_late_fees.send(str(organization_id))
