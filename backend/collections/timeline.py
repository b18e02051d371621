"""A customer's collection timeline: reminders sent (and tasks the worker created), actions logged
by people, promises to pay, payment plans, disputes and legal cases, newest first. One query
finds a page of (kind, id, time); the rows of each kind on the page are then read with one query
per kind, so a page costs at most seven queries whatever its size."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.permissions import Permission
from .models import CollectionAction, Dispute, LegalCase, PaymentPlan, PromiseToPay, ReminderClaim
from .service import assigned_customer


class TimelineKind(str, Enum):
    REMINDER = "reminder"
    ACTION = "action"
    PROMISE = "promise"
    PLAN = "plan"
    DISPUTE = "dispute"
    LEGAL_CASE = "legal_case"


MODELS: dict[TimelineKind, Any] = {
    TimelineKind.REMINDER: ReminderClaim,
    TimelineKind.ACTION: CollectionAction,
    TimelineKind.PROMISE: PromiseToPay,
    TimelineKind.PLAN: PaymentPlan,
    TimelineKind.DISPUTE: Dispute,
    TimelineKind.LEGAL_CASE: LegalCase,
}

# $1 organization, $2 customer, $3/$4 the cursor (time, id; null on the first page), $5 page size + 1.
TIMELINE_SQL = """
SELECT kind, id, at FROM (
    SELECT 'reminder' AS kind, id, COALESCE(sent_at, created_at) AS at FROM reminder_claims
    WHERE organization_id = $1 AND customer_id = $2 AND status IN ('sent', 'task_created')
    UNION ALL
    SELECT 'action', id, occurred_at FROM collection_actions WHERE organization_id = $1 AND customer_id = $2 AND claim_id IS NULL
    UNION ALL
    SELECT 'promise', id, created_at FROM promises_to_pay WHERE organization_id = $1 AND customer_id = $2
    UNION ALL
    SELECT 'plan', id, created_at FROM payment_plans WHERE organization_id = $1 AND customer_id = $2
    UNION ALL
    SELECT 'dispute', id, opened_at FROM disputes WHERE organization_id = $1 AND customer_id = $2
    UNION ALL
    SELECT 'legal_case', id, opened_at FROM legal_cases WHERE organization_id = $1 AND customer_id = $2
) t
WHERE $3::timestamptz IS NULL OR (at, id) < ($3::timestamptz, $4::uuid)
ORDER BY at DESC, id DESC
LIMIT $5
"""


@dataclass(frozen=True)
class TimelineEntry:
    kind: TimelineKind
    id: uuid.UUID
    at: datetime
    row: Any


@dataclass(frozen=True)
class TimelinePage:
    entries: list[TimelineEntry]
    has_next_page: bool


async def timeline(actor: Actor, customer_id: uuid.UUID | None, *, first: int, after: tuple[datetime, uuid.UUID] | None) -> TimelinePage:
    actor.require(Permission.CUSTOMERS_READ)
    customer = await assigned_customer(actor, customer_id)
    rows = await connections.get("default").execute_query_dict(
        TIMELINE_SQL, [actor.org_id, customer.id, after[0] if after else None, after[1] if after else None, first + 1]
    )
    page = rows[:first]
    by_kind: dict[TimelineKind, list[uuid.UUID]] = {}
    for r in page:
        by_kind.setdefault(TimelineKind(r["kind"]), []).append(r["id"])
    loaded: dict[uuid.UUID, Any] = {}
    for kind, ids in by_kind.items():
        for row in await MODELS[kind].filter(id__in=ids, organization_id=actor.org_id):
            loaded[row.id] = row
    entries = [TimelineEntry(TimelineKind(r["kind"]), r["id"], r["at"], loaded[r["id"]]) for r in page if r["id"] in loaded]
    return TimelinePage(entries=entries, has_next_page=len(rows) > first)
