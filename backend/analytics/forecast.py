"""The 13-week cash forecast: when the open AR is expected to come in, by week, against what
actually came in over the 13 weeks before (docs/analytics.md "Cash forecast").

As of D, each open installment part (invoices/balances.PARTS_AS_OF_SQL, base currency) is expected
on its due date plus its customer's amount-weighted days late of the twelve months up to D
(balances.PAID_PARTS_SQL, rounded half-up to whole days; 0 without payments), or on D when that
day has passed. Commitments take precedence for what they cover, plans first, then promises:
- a payment plan active on D (agreed on or before D, not ended by then): what is still short of
  each installment as of D (the plan's payments by D, collections/plans.PLAN_PAID_ALLOCATION_SQL,
  filling its installments in date order) is expected on the installment's date (on D when it has
  passed), up to its invoices' open amount (earliest installments first), converted at their rates;
- a promise to pay open on D (made on or before D, not settled by then): its amount, up to what
  its invoices still have open after plans, is expected on its promised date;
and the covered invoices' parts keep only the rest, pro rata. Both count as `promised`.
Week k is [D + 7k, D + 7k + 6]; what is expected after week 13 is `later`.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..accounts.permissions import Permission
from ..collections.plans import PLAN_PAID_ALLOCATION_SQL
from ..invoices.balances import DUE_BALANCES_AS_OF_SQL, PAID_PARTS_SQL, PARTS_AS_OF_SQL
from ..kit.money import ZERO
from ..kit.time import local_today
from .cuts import membership_scope
from .period import check_as_of
from .service import period_flows

WEEKS = 13
CENT = Decimal("0.01")

# Parameters of DUE_BALANCES_AS_OF_SQL ($1 organization, $2 as of, $5 membership), and the
# customers' days late ($6 customer ids, $7 their days): the open AR of every part by the week
# (0..WEEKS, WEEKS = later) it is expected in, its due date plus its customer's days late.
_DUE_SQL = f"""
SELECT LEAST(GREATEST(0, p.due_date + COALESCE(l.days, 0) - $2::date) / 7, {WEEKS}) AS week, SUM(p.base) AS base
FROM ({DUE_BALANCES_AS_OF_SQL}) p LEFT JOIN unnest($6::uuid[], $7::int[]) AS l(customer_id, days) ON l.customer_id = p.customer_id
GROUP BY 1
"""

# Parameters of PARTS_AS_OF_SQL ($1 organization, $2 as of, $3 the invoices, $5 membership): the
# open parts of the invoices that commitments cover.
_PARTS_SQL = f"SELECT id, customer_id, due_date, open, base FROM ({PARTS_AS_OF_SQL}) p"

# $1 organization, $2 customer ids (null), $3 as of, $4 membership.
_DAYS_LATE_SQL = f"""
SELECT customer_id, SUM(ROUND(filled * exchange_rate, 2) * days_late) AS late_days, SUM(ROUND(filled * exchange_rate, 2)) AS paid
FROM ({PAID_PARTS_SQL}) p
WHERE $4::uuid IS NULL OR EXISTS (SELECT 1 FROM customers s WHERE s.id = p.customer_id AND (s.collector_id = $4 OR s.owner_id = $4))
GROUP BY customer_id
"""

# Promises open on $2: made by then and not settled by then; with their invoices.
_PROMISES_SQL = """
SELECT pr.id, pr.amount, pr.promised_on, ARRAY_AGG(pi.invoice_id ORDER BY pi.invoice_id) AS invoice_ids
FROM promises_to_pay pr JOIN promise_invoices pi ON pi.promise_id = pr.id
WHERE pr.organization_id = $1 AND pr.made_on <= $2 AND (pr.settled_on IS NULL OR pr.settled_on > $2)
  AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM customers s WHERE s.id = pr.customer_id AND (s.collector_id = $3 OR s.owner_id = $3)))
GROUP BY pr.id, pr.amount, pr.promised_on
ORDER BY pr.promised_on, pr.id
"""


# What is short of each installment of the plans active on $2, by plan and date ($1 organization,
# $3 membership), with the plan's invoices.
_PLANS_SQL = f"""
WITH active AS (
    SELECT pl.id, pl.made_on FROM payment_plans pl
    WHERE pl.organization_id = $1 AND pl.made_on <= $2 AND (pl.ended_on IS NULL OR pl.ended_on > $2)
      AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM customers s WHERE s.id = pl.customer_id AND (s.collector_id = $3 OR s.owner_id = $3)))
),
paid AS (
    SELECT pl.id, COALESCE(SUM(a.amount), 0) AS paid
    FROM active pl JOIN payment_plan_invoices pi ON pi.plan_id = pl.id
    LEFT JOIN allocations a ON a.invoice_id = pi.invoice_id AND {PLAN_PAID_ALLOCATION_SQL}
    GROUP BY pl.id
)
SELECT paid.id, q.due_date,
       GREATEST(0, LEAST(q.amount, SUM(q.amount) OVER (PARTITION BY paid.id ORDER BY q.sequence) - paid.paid)) AS short,
       (SELECT ARRAY_AGG(pi.invoice_id ORDER BY pi.invoice_id) FROM payment_plan_invoices pi WHERE pi.plan_id = paid.id) AS invoice_ids
FROM paid JOIN payment_plan_installments q ON q.plan_id = paid.id
ORDER BY paid.id, q.sequence
"""


@dataclass(frozen=True)
class ForecastWeek:
    start: date
    end: date
    expected: Decimal
    promised: Decimal


@dataclass(frozen=True)
class PastWeek:
    start: date
    end: date
    forecast: Decimal
    actual: Decimal


@dataclass(frozen=True)
class CashForecast:
    as_of: date
    currency: str
    weeks: list[ForecastWeek]
    later: Decimal
    past_weeks: list[PastWeek]

    @property
    def total(self) -> Decimal:
        return sum((w.expected for w in self.weeks), self.later)


def _week(as_of: date, day: date) -> int:
    return max(0, (day - as_of).days) // 7


async def expected_by_week(organization_id: uuid.UUID, as_of: date, membership_id: uuid.UUID | None) -> tuple[list[Decimal], list[Decimal]]:
    """Expected and promised amounts of weeks 0..12 and, last, of everything later: every open
    amount in the week its due date plus its customer's days late falls in (`_week`, in SQL);
    then, for the invoices commitments cover, their parts' full amounts taken back and the
    commitments and the parts' rests put in."""
    db = connections.get("default")
    late = {
        r["customer_id"]: (r["late_days"] / r["paid"]).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        for r in await db.execute_query_dict(_DAYS_LATE_SQL, [organization_id, None, as_of, membership_id]) if r["paid"]
    }
    expected = [ZERO] * (WEEKS + 1)
    promised = [ZERO] * (WEEKS + 1)

    def expect(customer_id: uuid.UUID, due_date: date, amount: Decimal) -> None:
        expected[min(_week(as_of, due_date + timedelta(days=int(late.get(customer_id, 0)))), WEEKS)] += amount

    for row in await db.execute_query_dict(_DUE_SQL, [organization_id, as_of, None, None, membership_id, list(late), [int(d) for d in late.values()]]):
        expected[row["week"]] += row["base"]
    installments: dict[uuid.UUID, list[dict]] = defaultdict(list)
    for row in await db.execute_query_dict(_PLANS_SQL, [organization_id, as_of, membership_id]):
        installments[row["id"]].append(row)
    promises = await db.execute_query_dict(_PROMISES_SQL, [organization_id, as_of, membership_id])
    committed = sorted({i for rows in installments.values() for i in rows[0]["invoice_ids"]} | {i for p in promises for i in p["invoice_ids"]})
    if not committed:
        return expected, promised
    by_invoice: dict[uuid.UUID, list[dict]] = defaultdict(list)
    for part in await db.execute_query_dict(_PARTS_SQL, [organization_id, as_of, committed, None, membership_id]):
        by_invoice[part["id"]].append(part)
        expect(part["customer_id"], part["due_date"], -part["base"])
    share = {invoice_id: Decimal(1) for invoice_id in by_invoice}

    def commit(invoice_ids: list[uuid.UUID], dated: list[tuple[date, Decimal]]) -> None:
        """Expect each (day, amount in the invoices' currency) of a commitment, up to what its
        invoices still have open (earlier ones first), and keep only the rest on their parts."""
        ids = [i for i in invoice_ids if i in by_invoice]
        open_doc = sum((p["open"] * share[i] for i in ids for p in by_invoice[i]), ZERO)
        open_base = sum((p["base"] * share[i] for i in ids for p in by_invoice[i]), ZERO)
        if open_doc <= 0:
            return
        left = open_doc
        for day, value in dated:
            covered = min(value, left)
            left -= covered
            amount = (covered * open_base / open_doc).quantize(CENT, rounding=ROUND_HALF_UP)
            week = min(_week(as_of, day), WEEKS)
            expected[week] += amount
            promised[week] += amount
        for i in ids:
            share[i] *= left / open_doc

    for rows in installments.values():
        commit(rows[0]["invoice_ids"], [(r["due_date"], r["short"]) for r in rows if r["short"] > 0])
    for promise in promises:
        commit(promise["invoice_ids"], [(promise["promised_on"], promise["amount"])])
    for invoice_id, invoice_parts in by_invoice.items():
        for part in invoice_parts:
            expect(part["customer_id"], part["due_date"], (part["base"] * share[invoice_id]).quantize(CENT, rounding=ROUND_HALF_UP))
    return expected, promised


async def cash_forecast(actor: Actor, as_of: date | None = None) -> CashForecast:
    """The next 13 weeks from `as_of` (default today in the organization's timezone), and the 13
    weeks before it with what was forecast for them then and what came in (cash collected)."""
    actor.require(Permission.CUSTOMERS_READ)
    org = await Organization.get(id=actor.org_id)
    if as_of is not None:
        await check_as_of(org, as_of)
    as_of = as_of or local_today(org.timezone)
    scope = membership_scope(actor)
    expected, promised = await expected_by_week(org.id, as_of, scope)
    weeks = [
        ForecastWeek(as_of + timedelta(days=7 * k), as_of + timedelta(days=7 * k + 6), expected[k], promised[k]) for k in range(WEEKS)
    ]
    past_start = as_of - timedelta(days=7 * WEEKS)
    then, _ = await expected_by_week(org.id, past_start, scope)
    actuals = await period_flows(actor, [past_start + timedelta(days=7 * k) for k in range(WEEKS)], as_of - timedelta(days=1))
    past = [PastWeek(actual.start, actual.end, then[k], actual.cash_collected) for k, actual in enumerate(actuals)]
    return CashForecast(as_of, org.base_currency, weeks, expected[WEEKS], past)
