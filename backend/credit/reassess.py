"""The risk worker: reassess every customer of an organization (or a set of them), in batches.

A run walks the customers in id order, `batch_size` at a time. Each batch is one transaction that
loads the batch's inputs with a fixed number of set-based queries, scores every customer, inserts
an assessment only for customers whose result differs from their latest assessment, updates the
standing, runs the alert rules, and moves the run's cursor past the batch. So:

- run twice on unchanged data, the second run writes no assessment (same fingerprints);
- killed halfway, the batch in flight rolls back entirely; the next call resumes the same run
  after its cursor, and (run, customer) is unique besides, so no customer is assessed twice;
- two workers on the same organization share the run: each batch locks the run row first; a
  set run (an event) and the daily run lock the batch's customers in id order, so the second to
  reach a customer sees the first one's assessment and writes none.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Sequence
from datetime import date

from tortoise import connections
from tortoise.exceptions import IntegrityError

from ..alerts import service as alerts
from ..customers.service import org_today
from ..kit.time import utcnow
from ..kit.uow import unit_of_work
from .inputs import load_config, load_snapshots
from .models import AssessmentMethod, Grade, ReassessmentRun, RunStatus, RunTrigger
from .scorecard import Config, assess
from .service import expire_overrides
from .standing import insert_assessments, standing_after, write_standings

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 2500
ALL = "all"

NEXT_BATCH_SQL = """
SELECT id FROM customers
WHERE organization_id = $1 AND status <> 'archived' AND ($2::uuid IS NULL OR id > $2::uuid)
  AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
ORDER BY id
LIMIT $4
FOR UPDATE
"""


def scope_key(customer_ids: Sequence[uuid.UUID] | None) -> str:
    if customer_ids is None:
        return ALL
    return hashlib.sha256(",".join(sorted(str(c) for c in customer_ids)).encode()).hexdigest()[:32]


async def _open_run(
    organization_id: uuid.UUID, as_of: date, customer_ids: Sequence[uuid.UUID] | None, trigger: RunTrigger
) -> ReassessmentRun:
    """The unfinished run for this organization, customer set and day, or a new one. An unfinished
    run of an earlier day is abandoned: its data are stale."""
    key = scope_key(customer_ids)
    for _ in range(2):
        try:
            async with unit_of_work():
                running = (
                    await ReassessmentRun.filter(organization_id=organization_id, scope_key=key, status=RunStatus.RUNNING)
                    .select_for_update()
                    .first()
                )
                if running is not None and running.as_of == as_of:
                    return running
                if running is not None:
                    running.status = RunStatus.ABANDONED
                    running.finished_at = utcnow()
                    await running.save(update_fields=["status", "finished_at"])
                return await ReassessmentRun.create(
                    organization_id=organization_id, as_of=as_of, trigger=trigger, scope_key=key,
                    scope=sorted(str(c) for c in customer_ids) if customer_ids is not None else None,
                )
        except IntegrityError:
            # Another worker opened the run at the same moment: join it.
            continue
    raise RuntimeError("could not open a reassessment run")


async def _process_batch(run_id: uuid.UUID, config: Config, batch_size: int) -> bool:
    """Process the next batch of the run; False once the run is complete."""
    async with unit_of_work():
        run = await ReassessmentRun.filter(id=run_id).select_for_update().get()
        if run.status is not RunStatus.RUNNING:
            return False
        rows = await connections.get("default").execute_query_dict(
            NEXT_BATCH_SQL, [run.organization_id, run.cursor, [uuid.UUID(c) for c in run.scope] if run.scope is not None else None, batch_size]
        )
        ids = [r["id"] for r in rows]
        if not ids:
            run.status = RunStatus.COMPLETED
            run.finished_at = utcnow()
            await run.save(update_fields=["status", "finished_at"])
            return False
        org = run.organization_id
        snapshots = await load_snapshots(org, ids, run.as_of)
        results = {cid: assess(s.inputs, config) for cid, s in snapshots.items()}
        changed = [
            (snapshots[cid], results[cid])
            for cid in ids
            if cid in snapshots and (snapshots[cid].latest is None or snapshots[cid].latest.fingerprint != results[cid].fingerprint)
        ]
        inserted = await insert_assessments(
            org, changed, method=AssessmentMethod.AUTOMATIC, as_of=run.as_of, run_id=run.id, assessed_by=None
        )
        standings = {cid: standing_after(snapshots[cid], results[cid], config.policies) for cid in snapshots}
        await write_standings(org, standings.values())
        downgrades: list[tuple[uuid.UUID, uuid.UUID, Grade, Grade]] = []
        for cid, assessment_id in inserted.items():
            before = snapshots[cid].latest.grade if snapshots[cid].latest else snapshots[cid].customer.grade
            after = results[cid].grade
            if before is not None and after is not None:
                downgrades.append((cid, assessment_id, before, after))
        await alerts.evaluate(org, snapshots, limits={cid: s.credit_limit for cid, s in standings.items()}, downgrades=downgrades)
        run.cursor = ids[-1]
        run.batches += 1
        run.customers_seen += len(ids)
        run.assessments_written += len(inserted)
        run.last_batch_at = utcnow()
        await run.save(update_fields=["cursor", "batches", "customers_seen", "assessments_written", "last_batch_at"])
        return True


async def run_reassessment(
    organization_id: uuid.UUID,
    *,
    customer_ids: Sequence[uuid.UUID] | None = None,
    trigger: RunTrigger = RunTrigger.SCHEDULE,
    as_of: date | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> ReassessmentRun:
    """Reassess the organization's customers (all but archived ones, or `customer_ids`) as of its
    local today; resumes the day's unfinished run if there is one."""
    day = as_of or await org_today(organization_id)
    run = await _open_run(organization_id, day, customer_ids, trigger)
    async with unit_of_work():
        await expire_overrides(organization_id, day)
    config = await load_config(organization_id)
    while await _process_batch(run.id, config, batch_size):
        pass
    run = await ReassessmentRun.get(id=run.id)
    log.info(
        "reassessment %s of %s: %s customers, %s new assessments", run.id, organization_id, run.customers_seen, run.assessments_written
    )
    return run


async def reassess_customers(organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID]) -> ReassessmentRun:
    """Reassess a set of customers now, e.g. when one of their invoices passes N days overdue or a
    promise is broken (the collections domain calls this, or enqueues credit.reassess_customers)."""
    return await run_reassessment(organization_id, customer_ids=sorted(set(customer_ids)), trigger=RunTrigger.EVENT)
