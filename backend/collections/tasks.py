"""Jobs of collections: the hourly reminder tick, fanned out per organization, and the delayed
retry of a reminder whose delivery failed. Both are idempotent (claims are unique), so a repeated
or missed tick is harmless."""

from __future__ import annotations

import uuid

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..kit.time import utcnow
from .models import ClaimStatus, DunningPolicy, PaymentPlan, PlanStatus, PromiseStatus, PromiseToPay
from .reminders import Delivery, deliver, run_organization


def _schedule_retries(results: list[Delivery]) -> None:
    now = utcnow()
    for result in results:
        if result.status is ClaimStatus.RETRY and result.retry_at is not None:
            delay_ms = max(int((result.retry_at - now).total_seconds() * 1000), 0)
            deliver_reminder.send_with_options(args=(str(result.claim_id),), delay=delay_ms)


@dramatiq.actor(actor_name="collections.remind_all", max_retries=0)
async def remind_all() -> None:
    """Hourly: one job per organization with an enabled dunning policy, an open promise to pay or an active plan;
    each decides from its own local time what is due and whether it may send now."""
    with_policy = await DunningPolicy.filter(enabled=True).distinct().values_list("organization_id", flat=True)
    with_promises = await PromiseToPay.filter(status=PromiseStatus.OPEN).distinct().values_list("organization_id", flat=True)
    with_plans = await PaymentPlan.filter(status=PlanStatus.ACTIVE).distinct().values_list("organization_id", flat=True)
    for organization_id in sorted(set(with_policy) | set(with_promises) | set(with_plans)):
        remind_organization.send(str(organization_id))


@dramatiq.actor(actor_name="collections.remind_organization", max_retries=3)
async def remind_organization(organization_id: str) -> None:
    _schedule_retries(await run_organization(uuid.UUID(organization_id), utcnow()))


@dramatiq.actor(actor_name="collections.deliver_reminder", max_retries=0)
async def deliver_reminder(claim_id: str) -> None:
    """A retry with backoff of one reminder (the hourly tick also picks up any it missed)."""
    result = await deliver(uuid.UUID(claim_id), utcnow())
    if result is not None:
        _schedule_retries([result])
