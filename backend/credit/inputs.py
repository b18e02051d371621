"""Everything the scorecard needs for a set of customers, loaded with a fixed number of set-based
queries whatever the size of the set (never one query per customer)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise import connections

from ..customers.models import CustomerStatus
from ..invoices.balances import PAID_PARTS_SQL, CustomerBalance, customer_balances
from . import collections_inputs
from .models import CreditPolicy, CreditSettings, Grade
from .policy import merge_with_defaults
from .scorecard import DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS, Behaviour, Config, Inputs, Qualitative, Statement

CUSTOMERS_SQL = """
SELECT id, code, legal_name, status, founded_on, grade, score, credit_limit, payment_terms_days, collector_id, owner_id
FROM customers WHERE organization_id = $1 AND id = ANY($2::uuid[])
"""

# Open and overdue balances come from backend/invoices/balances.py (the one definition), as of
# the same date; a customer with nothing open has zeros, as the scorecard has always recorded them.
NOTHING_OPEN = CustomerBalance(Decimal(0), Decimal(0), 0)

# Sales of the last 12 months and the length of the relationship.
LEDGER_SQL = """
SELECT customer_id,
       COALESCE(SUM(ROUND(total * exchange_rate, 2)) FILTER (WHERE issue_date > $3::date - 365), 0) AS sales_12m,
       MIN(issue_date) AS first_issue_date
FROM invoices
WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) AND status NOT IN ('draft', 'void') AND issue_date <= $3::date
GROUP BY customer_id
"""

# Days late of the money received in the last 12 months, weighted by amount, per installment
# part: the one definition of balances.PAID_PARTS_SQL.
PAYMENTS_SQL = f"""
SELECT customer_id,
       SUM(ROUND(filled * exchange_rate, 2) * days_late) AS late_amount_days,
       SUM(ROUND(filled * exchange_rate, 2)) AS paid_amount
FROM ({PAID_PARTS_SQL}) paid
GROUP BY customer_id
"""

STATEMENTS_SQL = """
SELECT id, customer_id, period_start, period_end, total_assets, total_liabilities, current_assets,
       current_liabilities, inventory, cash, revenue, net_profit, operating_cash_flow
FROM financial_statements
WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) AND period_end <= $3::date
ORDER BY customer_id, period_end DESC
"""

PROFILES_SQL = """
SELECT customer_id, industry_risk, management, public_record, guarantee
FROM credit_profiles WHERE organization_id = $1 AND customer_id = ANY($2::uuid[])
"""

OVERRIDES_SQL = """
SELECT id, customer_id, credit_limit, payment_terms_days, expires_on
FROM credit_overrides
WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) AND status = 'approved'
  AND (expires_on IS NULL OR expires_on >= $3::date)
"""

LATEST_SQL = """
SELECT DISTINCT ON (customer_id) customer_id, id, fingerprint, grade
FROM credit_assessments
WHERE organization_id = $1 AND customer_id = ANY($2::uuid[])
ORDER BY customer_id, created_at DESC, id DESC
"""


@dataclass(frozen=True)
class CustomerState:
    id: uuid.UUID
    code: str
    legal_name: str
    status: CustomerStatus
    grade: Grade | None
    score: Decimal | None
    credit_limit: Decimal | None
    payment_terms_days: int | None
    collector_id: uuid.UUID | None
    owner_id: uuid.UUID | None


@dataclass(frozen=True)
class LatestAssessment:
    id: uuid.UUID
    fingerprint: str
    grade: Grade | None


@dataclass(frozen=True)
class ActiveOverride:
    id: uuid.UUID
    credit_limit: Decimal | None
    payment_terms_days: int | None
    expires_on: date | None


@dataclass(frozen=True)
class Snapshot:
    """One customer as the scorecard and the alert rules see it."""

    customer: CustomerState
    inputs: Inputs
    latest: LatestAssessment | None
    override: ActiveOverride | None
    broken_promises: tuple[collections_inputs.BrokenPromise, ...]


async def _rows(sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return await connections.get("default").execute_query_dict(sql, params)


def _statement(row: dict[str, Any]) -> Statement:
    return Statement(
        id=str(row["id"]),
        **{name: row[name] for name in Statement.__dataclass_fields__ if name != "id"},
    )


def _pick_statements(rows: list[dict[str, Any]]) -> tuple[Statement | None, Statement | None]:
    """The latest statement, and the latest one ending before it starts (rows newest first)."""
    if not rows:
        return None, None
    latest = _statement(rows[0])
    previous = next((_statement(r) for r in rows[1:] if r["period_end"] < latest.period_start), None)
    return latest, previous


async def load_config(organization_id: uuid.UUID) -> Config:
    settings = await CreditSettings.get_or_none(organization_id=organization_id)
    policies = merge_with_defaults(await CreditPolicy.filter(organization_id=organization_id))
    return Config(
        weights=settings.weights if settings else DEFAULT_WEIGHTS,
        thresholds=settings.thresholds if settings else DEFAULT_THRESHOLDS,
        policies=policies,
    )


async def load_snapshots(
    organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID], as_of: date
) -> dict[uuid.UUID, Snapshot]:
    ids = list(customer_ids)
    params: list[Any] = [organization_id, ids, as_of]
    customers = await _rows(CUSTOMERS_SQL, params[:2])
    ledger = {r["customer_id"]: r for r in await _rows(LEDGER_SQL, params)}
    balances = await customer_balances(organization_id, ids, as_of)
    payments = {r["customer_id"]: r for r in await _rows(PAYMENTS_SQL, params)}
    statements: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for row in await _rows(STATEMENTS_SQL, params):
        statements.setdefault(row["customer_id"], []).append(row)
    profiles = {r["customer_id"]: r for r in await _rows(PROFILES_SQL, params[:2])}
    overrides = {r["customer_id"]: r for r in await _rows(OVERRIDES_SQL, params)}
    latest = {r["customer_id"]: r for r in await _rows(LATEST_SQL, params[:2])}
    broken = await collections_inputs.broken_promises(organization_id, ids, as_of)
    disputes = await collections_inputs.open_dispute_counts(organization_id, ids)

    snapshots: dict[uuid.UUID, Snapshot] = {}
    for row in customers:
        cid = row["id"]
        led, pay, prof = ledger.get(cid, {}), payments.get(cid, {}), profiles.get(cid, {})
        balance = balances.get(cid, NOTHING_OPEN)
        statement, previous = _pick_statements(statements.get(cid, []))
        behaviour = Behaviour(
            open_balance=balance.open_balance,
            overdue_balance=balance.overdue_balance,
            worst_days_overdue=balance.worst_days_overdue,
            late_amount_days=pay.get("late_amount_days", Decimal(0)),
            paid_amount=pay.get("paid_amount", Decimal(0)),
            sales_12m=led.get("sales_12m", Decimal(0)),
            first_issue_date=led.get("first_issue_date"),
            broken_promises=len(broken.get(cid, [])),
            open_disputes=disputes.get(cid, 0),
        )
        qualitative = Qualitative(
            industry_risk=prof.get("industry_risk"),
            management=prof.get("management"),
            public_record=prof.get("public_record"),
            guarantee=prof.get("guarantee"),
            founded_on=row["founded_on"],
        )
        override = overrides.get(cid)
        active = (
            ActiveOverride(override["id"], override["credit_limit"], override["payment_terms_days"], override["expires_on"])
            if override
            else None
        )
        snapshots[cid] = Snapshot(
            customer=CustomerState(
                id=cid,
                code=row["code"],
                legal_name=row["legal_name"],
                status=CustomerStatus(row["status"]),
                grade=Grade(row["grade"]) if row["grade"] else None,
                score=row["score"],
                credit_limit=row["credit_limit"],
                payment_terms_days=row["payment_terms_days"],
                collector_id=row["collector_id"],
                owner_id=row["owner_id"],
            ),
            inputs=Inputs(
                as_of=as_of,
                statement=statement,
                previous_statement=previous,
                behaviour=behaviour,
                qualitative=qualitative,
                override_limit=active.credit_limit if active else None,
            ),
            latest=LatestAssessment(
                latest[cid]["id"], latest[cid]["fingerprint"], Grade(latest[cid]["grade"]) if latest[cid]["grade"] else None
            )
            if cid in latest
            else None,
            override=active,
            broken_promises=tuple(broken.get(cid, [])),
        )
    return snapshots
