"""The collector's worklist: customers with something to collect, ranked by the expected value of
the next action, one query per page (keyset-paginated).

Rank: first the customers whose promise to pay falls due today (priority 0), then those whose
latest action asked for a follow-up today or earlier (1), then the rest (2); within a priority,
by score = risk of the grade × Σ over the customer's overdue installment parts of (open amount in
the base currency × days past due), highest first; then by customer id. The open amounts and
days past due come from the one definition, summed per due date (DUE_BALANCES_AS_OF_SQL: the
parts due on one day share their days past due), as of the organization's today. A customer is
on the list when something of it is overdue, a promise falls due today or a follow-up is due. See docs/collections.md "Worklist"."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.permissions import Permission
from ..credit.models import GRADES
from ..customers import repository as customers_repo
from ..invoices.balances import DUE_BALANCES_AS_OF_SQL
from ..kit.errors import DomainError
from .errors import CollectionsErrorCode as Code
from .service import _today

# The weight of a grade in the score: the worse the grade, the more a day of delay is worth
# acting on. Customers not assessed yet weigh as a B-.
GRADE_RISK: dict[str, Decimal] = {"AAA": Decimal("0.2"), "AA": Decimal("0.4"), "A": Decimal("0.6"), "B": Decimal("0.8"), "C": Decimal("1.0")}
UNGRADED_RISK = Decimal("0.7")
assert set(GRADE_RISK) == {g.value for g in GRADES}

PRIORITY_PROMISED_TODAY = 0
PRIORITY_FOLLOW_UP_DUE = 1
PRIORITY_OVERDUE = 2

# $1 organization, $2 today, $5 the collector's membership (null: every customer), $6 grades
# (null: any; '' stands for not assessed), $7 regions (null: any), $8 minimum overdue amount,
# $9 only the priority up to this, $10..$12 the cursor (priority, score, customer id; null on the
# first page), $13 page size + 1, $14 the overdue amount's upper bound, exclusive (null: none). $3 and $4 stay null for
# DUE_BALANCES_AS_OF_SQL.
WORKLIST_SQL = f"""
WITH per_customer AS (
    SELECT customer_id,
           SUM(base) AS open_amount,
           COALESCE(SUM(base) FILTER (WHERE overdue), 0) AS overdue_amount,
           COALESCE(MAX(days_past_due) FILTER (WHERE overdue), 0) AS worst_days_overdue,
           COALESCE(SUM(base * days_past_due) FILTER (WHERE overdue), 0) AS weighted
    FROM ({DUE_BALANCES_AS_OF_SQL}) p
    GROUP BY customer_id
),
promised AS (
    SELECT customer_id, SUM(amount) AS amount FROM promises_to_pay
    WHERE organization_id = $1 AND status = 'open' AND promised_on = $2
    GROUP BY customer_id
),
follow_up AS (
    SELECT DISTINCT ON (customer_id) customer_id, next_follow_up_on, occurred_at
    FROM collection_actions
    WHERE organization_id = $1 AND claim_id IS NULL
    ORDER BY customer_id, occurred_at DESC, id DESC
),
ranked AS (
    SELECT c.id AS customer_id, c.grade, c.region, c.collector_id,
           COALESCE(pc.open_amount, 0) AS open_amount, COALESCE(pc.overdue_amount, 0) AS overdue_amount,
           COALESCE(pc.worst_days_overdue, 0) AS worst_days_overdue,
           pr.amount AS promised_today, fu.next_follow_up_on, fu.occurred_at AS last_action_at,
           CASE WHEN pr.customer_id IS NOT NULL THEN 0 WHEN fu.next_follow_up_on <= $2 THEN 1 ELSE 2 END AS priority,
           ROUND(COALESCE(pc.weighted, 0) * COALESCE(risk.weight, {UNGRADED_RISK}), 2) AS score
    FROM customers c
    LEFT JOIN per_customer pc ON pc.customer_id = c.id
    LEFT JOIN promised pr ON pr.customer_id = c.id
    LEFT JOIN follow_up fu ON fu.customer_id = c.id
    LEFT JOIN (VALUES {", ".join(f"('{g}', {w})" for g, w in GRADE_RISK.items())}) AS risk(grade, weight) ON risk.grade = c.grade
    WHERE c.organization_id = $1
      AND ($5::uuid IS NULL OR c.collector_id = $5 OR c.owner_id = $5)
      AND ($6::text[] IS NULL OR COALESCE(c.grade, '') = ANY($6::text[]))
      AND ($7::text[] IS NULL OR c.region = ANY($7::text[]))
      AND (pc.overdue_amount > 0 OR pr.customer_id IS NOT NULL OR fu.next_follow_up_on <= $2)
),
filtered AS (
    SELECT r.*, COUNT(*) OVER () AS total_count FROM ranked r
    WHERE r.overdue_amount >= $8 AND ($14::numeric IS NULL OR r.overdue_amount < $14) AND r.priority <= $9
)
SELECT * FROM filtered
WHERE $10::int IS NULL OR (priority, -score, customer_id) > ($10::int, -$11::numeric, $12::uuid)
ORDER BY priority, score DESC, customer_id
LIMIT $13
"""


@dataclass(frozen=True)
class WorklistFilter:
    collector_id: uuid.UUID | None = None
    all_collectors: bool = False
    grades: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    min_overdue_amount: Decimal = Decimal(0)
    max_overdue_amount: Decimal | None = None
    due_today_only: bool = False


@dataclass(frozen=True)
class WorklistItem:
    customer_id: uuid.UUID
    grade: str | None
    region: str
    collector_id: uuid.UUID | None
    open_amount: Decimal
    overdue_amount: Decimal
    worst_days_overdue: int
    promised_today: Decimal | None
    next_follow_up_on: date | None
    last_action_at: datetime | None
    priority: int
    score: Decimal

    @property
    def cursor(self) -> tuple[int, str, str]:
        return (self.priority, str(self.score), str(self.customer_id))


@dataclass(frozen=True)
class WorklistPage:
    items: list[WorklistItem]
    has_next_page: bool
    total_count: int


async def _membership_scope(actor: Actor, flt: WorklistFilter) -> uuid.UUID | None:
    """Whose customers: collectors and sales their own; people who see every customer choose a
    collector, or everyone (`all_collectors`); by default their own."""
    if not actor.sees_all_customers:
        if actor.membership_id is None:
            raise DomainError.single(Code.NOT_ASSIGNED, "Only members have a worklist.", "collectorId")
        if flt.collector_id not in (None, actor.membership_id) or flt.all_collectors:
            raise DomainError.single(Code.NOT_ASSIGNED, "You see your own worklist only.", "collectorId")
        return actor.membership_id
    if flt.all_collectors:
        return None
    if flt.collector_id is not None:
        if await customers_repo.membership_in_org(actor.org_id, flt.collector_id) is None:
            raise DomainError.single(Code.NOT_FOUND, "No such member.", "collectorId")
        return flt.collector_id
    if actor.membership_id is None:
        return None
    return actor.membership_id


async def worklist(actor: Actor, flt: WorklistFilter, *, first: int, after: tuple[int, Decimal, uuid.UUID] | None) -> WorklistPage:
    actor.require(Permission.CUSTOMERS_READ)
    membership = await _membership_scope(actor, flt)
    today = await _today(actor.org_id)
    if flt.min_overdue_amount < 0:
        raise DomainError.single(Code.INVALID_AMOUNT, "Enter an amount of zero or more.", "minOverdueAmount")
    if flt.max_overdue_amount is not None and flt.max_overdue_amount <= flt.min_overdue_amount:
        raise DomainError.single(Code.INVALID_AMOUNT, "The upper bound must be above the lower one.", "maxOverdueAmount")
    rows = await connections.get("default").execute_query_dict(
        WORKLIST_SQL,
        [
            actor.org_id, today, None, None, membership,
            list(flt.grades) or None, list(flt.regions) or None, flt.min_overdue_amount,
            PRIORITY_FOLLOW_UP_DUE if flt.due_today_only else PRIORITY_OVERDUE,
            after[0] if after else None, after[1] if after else None, after[2] if after else None, first + 1,
            flt.max_overdue_amount,
        ],
    )
    items = [
        WorklistItem(
            customer_id=r["customer_id"], grade=r["grade"], region=r["region"], collector_id=r["collector_id"],
            open_amount=r["open_amount"], overdue_amount=r["overdue_amount"], worst_days_overdue=r["worst_days_overdue"],
            promised_today=r["promised_today"], next_follow_up_on=r["next_follow_up_on"], last_action_at=r["last_action_at"],
            priority=r["priority"], score=r["score"],
        )
        for r in rows[:first]
    ]
    return WorklistPage(items=items, has_next_page=len(rows) > first, total_count=int(rows[0]["total_count"]) if rows else 0)
