"""Writing assessments and the customers' current standing (grade, score, credit limit, payment
terms), set-based: one statement for a whole batch of customers."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise import connections

from ..alerts.tasks import ledger_changed
from .inputs import Snapshot
from .models import AssessmentMethod, Grade
from .policy import PolicyTerms, suggested_limit
from .scorecard import Config, Result


@dataclass(frozen=True)
class Standing:
    customer_id: uuid.UUID
    grade: Grade | None
    score: Decimal | None
    credit_limit: Decimal | None
    payment_terms_days: int | None


def standing_after(snapshot: Snapshot, result: Result, policies: Mapping[Grade, PolicyTerms]) -> Standing:
    """The grade's policy, replaced field by field by an approved override. Unscored, the customer
    has no grade and stands as one never assessed: the override's limit and terms, or none."""
    override = snapshot.override
    limit = result.suggested_limit
    terms = policies[result.grade].payment_terms_days if result.grade is not None else None
    if override and override.credit_limit is not None:
        limit = override.credit_limit
    if override and override.payment_terms_days is not None:
        terms = override.payment_terms_days
    return Standing(snapshot.customer.id, result.grade, result.score, limit, terms)


INSERT_ASSESSMENTS_SQL = """
INSERT INTO credit_assessments (
    id, organization_id, customer_id, method, as_of, status, missing, score, grade, previous_grade, factors, inputs,
    suggested_limit, limit_reasoning, fingerprint, run_id, assessed_by_id, created_at
)
SELECT u.id, $1, u.customer_id, $2, $3, u.status, u.missing::jsonb, u.score, u.grade, u.previous_grade, u.factors::jsonb,
       u.inputs::jsonb, u.suggested_limit, u.limit_reasoning::jsonb, u.fingerprint, $4, $5, now()
FROM unnest($6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::numeric[], $11::text[], $12::text[], $13::text[],
            $14::text[], $15::numeric[], $16::text[], $17::text[])
     AS u(id, customer_id, status, missing, score, grade, previous_grade, factors, inputs, suggested_limit, limit_reasoning,
          fingerprint)
ON CONFLICT DO NOTHING
RETURNING id, customer_id
"""

UPDATE_STANDINGS_SQL = """
UPDATE customers c
SET grade = v.grade, score = v.score, credit_limit = v.credit_limit, payment_terms_days = v.terms, updated_at = now()
FROM unnest($2::uuid[], $3::text[], $4::numeric[], $5::numeric[], $6::int[]) AS v(id, grade, score, credit_limit, terms)
WHERE c.organization_id = $1 AND c.id = v.id
  AND (c.grade IS DISTINCT FROM v.grade OR c.score IS DISTINCT FROM v.score
       OR c.credit_limit IS DISTINCT FROM v.credit_limit OR c.payment_terms_days IS DISTINCT FROM v.terms)
"""


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


async def insert_assessments(
    organization_id: uuid.UUID,
    items: Sequence[tuple[Snapshot, Result]],
    *,
    method: AssessmentMethod,
    as_of: date,
    run_id: uuid.UUID | None,
    assessed_by: uuid.UUID | None,
) -> dict[uuid.UUID, uuid.UUID]:
    """Insert one assessment per item (at most one per customer and run); customer id → assessment id."""
    if not items:
        return {}
    columns: list[list[Any]] = [[] for _ in range(12)]
    for snapshot, result in items:
        previous = snapshot.latest.grade if snapshot.latest else snapshot.customer.grade
        row = (
            uuid.uuid4(), snapshot.customer.id, result.status.value, _json([m.value for m in result.missing]), result.score,
            result.grade.value if result.grade else None, previous.value if previous else None,
            _json([f.as_json() for f in result.factors]), _json(result.inputs), result.suggested_limit,
            _json(result.limit_reasoning) if result.limit_reasoning is not None else None, result.fingerprint,
        )
        for column, value in zip(columns, row, strict=True):
            column.append(value)
    rows = await connections.get("default").execute_query_dict(
        INSERT_ASSESSMENTS_SQL, [organization_id, method.value, as_of, run_id, assessed_by, *columns]
    )
    return {r["customer_id"]: r["id"] for r in rows}


async def write_standings(organization_id: uuid.UUID, standings: Iterable[Standing]) -> int:
    items = list(standings)
    if not items:
        return 0
    count, _ = await connections.get("default").execute_query(
        UPDATE_STANDINGS_SQL,
        [
            organization_id,
            [s.customer_id for s in items],
            [s.grade.value if s.grade else None for s in items],
            [s.score for s in items],
            [s.credit_limit for s in items],
            [s.payment_terms_days for s in items],
        ],
    )
    return count


LATEST_FOR_STANDING_SQL = """
SELECT c.id AS customer_id, c.grade AS customer_grade, c.score AS customer_score, a.grade, a.score,
       (a.inputs ->> 'annualized_revenue')::numeric AS annualized_revenue,
       (a.inputs -> 'behaviour' ->> 'sales_12m')::numeric AS sales_12m,
       o.credit_limit AS override_limit, o.payment_terms_days AS override_terms
FROM customers c
LEFT JOIN LATERAL (
    SELECT grade, score, inputs FROM credit_assessments x
    WHERE x.customer_id = c.id ORDER BY x.created_at DESC, x.id DESC LIMIT 1
) a ON true
LEFT JOIN credit_overrides o
    ON o.customer_id = c.id AND o.status = 'approved' AND (o.expires_on IS NULL OR o.expires_on >= $3::date)
WHERE c.organization_id = $1 AND c.id = ANY($2::uuid[])
"""


async def refresh_standings(
    organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID], config: Config, as_of: date
) -> int:
    """Recompute limit and terms after a policy or override change, from each customer's latest
    assessment (its grade and the figures behind its suggested limit) — no re-scoring. A customer
    never assessed keeps its grade and has the override's limit and terms, or none. A new limit
    may cross a utilization rule: the customers' alert rules are re-evaluated after the commit."""
    if not customer_ids:
        return 0
    rows = await connections.get("default").execute_query_dict(
        LATEST_FOR_STANDING_SQL, [organization_id, list(customer_ids), as_of]
    )
    standings = []
    for row in rows:
        limit: Decimal | None = None
        terms: int | None = None
        if row["grade"]:
            grade: Grade | None = Grade(row["grade"])
            score = row["score"]
            policy = config.policies[Grade(row["grade"])]
            limit, _ = suggested_limit(policy, row["annualized_revenue"], row["sales_12m"] or Decimal(0))
            terms = policy.payment_terms_days
        else:
            grade = Grade(row["customer_grade"]) if row["customer_grade"] else None
            score = row["customer_score"]
        if row["override_limit"] is not None:
            limit = row["override_limit"]
        if row["override_terms"] is not None:
            terms = row["override_terms"]
        standings.append(Standing(row["customer_id"], grade, score, limit, terms))
    written = await write_standings(organization_id, standings)
    await ledger_changed(organization_id, customer_ids)
    return written
