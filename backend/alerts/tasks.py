"""Jobs of early warning: one customer set's rules after its ledger changed (enqueued through the
outbox by the ledger's writers, so a job exists exactly when its change was committed), and a
whole organization's rules on an admin's "run now". Both are idempotent: an open alert for a
cause blocks a second one (backend/alerts/service.py `evaluate`), so a repeated job raises nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import dramatiq

from ..worker import broker as _broker  # noqa: F401 - the broker must exist before actors are declared
from ..kit.uow import enqueue

EVALUATE_TIME_LIMIT_MS = 60 * 60 * 1000


@dramatiq.actor(actor_name="alerts.evaluate_customers", max_retries=5)
async def evaluate_customer_set(organization_id: str, customer_ids: list[str]) -> None:
    # Imported here: the alerts service depends on customers and invoices, whose writers enqueue this job.
    from .service import evaluate_customers_today

    await evaluate_customers_today(uuid.UUID(organization_id), [uuid.UUID(c) for c in customer_ids])


@dramatiq.actor(actor_name="alerts.evaluate_organization", max_retries=3, time_limit=EVALUATE_TIME_LIMIT_MS)
async def evaluate_organization(organization_id: str) -> None:
    from .service import evaluate_organization as run

    await run(uuid.UUID(organization_id))


async def ledger_changed(organization_id: uuid.UUID, customer_ids: Iterable[uuid.UUID]) -> None:
    """Re-evaluate these customers' rules once the current unit of work commits (invoice issued or
    voided, payment allocated, unallocated or reversed, credit note applied, write-off approved,
    credit limit or hold changed)."""
    ids = sorted({str(c) for c in customer_ids})
    if ids:
        await enqueue(evaluate_customer_set, str(organization_id), ids)


async def request_run(organization_id: uuid.UUID) -> None:
    await enqueue(evaluate_organization, str(organization_id))
