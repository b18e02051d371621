"""Balances from the ledger rows (domain.md "Balances"): the open amount of an invoice as of a
date D, and how that open amount falls on the invoice's installment parts.

Open as of D = total − Σ allocations applied on or before D and not reversed by D − Σ credit-note
applications dated on or before D − Σ approved write-offs dated on or before D, for invoices
issued on or before D and not voided. The running sums on the invoice row are the same figure
for the end of time (kept in the same transaction as the rows; the property tests check that the
two agree), so OPEN_AS_OF_SQL starts from them and takes back only the rows whose dates put them
on the other side of D: what counts now but not on D (dated after D) is added back, what counted
on D but no longer does (an allocation reversed after D) is taken off. As of today (nothing is
dated after today) that is a handful of rows whatever the size of the ledger; given invoice ids
($3), only those invoices' rows are read, by the (organization, invoice) indexes.

Installments: whatever reduces an invoice fills its parts in due-date order (then by sequence),
so the open amount of a part is min(amount, max(0, cumulative amount through the part − reduced)).
An invoice without installments has one part: its total, due on its due date.

Open parts kept: the database keeps every open part of every counted invoice in `ar_open_parts`
(triggers on invoices and installments, migration 0022), so balances as of a day after which
nothing is dated read the open parts only, not every invoice; the property tests compare them
with the parts computed from the ledger rows (LEDGER_PARTS_SQL).

Overdue (the one definition, used by aging, the customers' balances and `overdue` filter, the
invoices' `overdue` filter, the scorecard, the credit hold, the alert rules, the KPIs, late fees
and the reminders): a part is overdue as of D when it has something open as of D and D is after
its due date; its days past due are D − due date. An invoice or a customer is overdue when one of its parts is;
its overdue amount is the open amount of its overdue parts, and its "worst days overdue" the
largest days past due among them. In SQL: the `overdue` and `days_past_due` columns of
PARTS_AS_OF_SQL; in Python: `days_past_due` and `overdue_amount` below.

Base currency: each invoice's open amount is converted once at the invoice's stored rate (rounded
half-up to cents) and spread over its parts by cumulative rounding (the `base` column), so the
parts of an invoice add up to round(open × rate) and every report adds up to the same AR.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from tortoise import connections

from ..accounts.actor import Actor
from .models import Invoice, InvoiceInstallment, InvoiceStatus

ZERO = Decimal("0.00")
END_OF_TIME = date(9999, 12, 31)

def customer_scope(column: str) -> str:
    """The customers of $4 only (every one when null) and of the membership $5 only (everyone's when
    null), as a condition on `column` (a customer id) for organization $1: the one spelling of the
    customer filters of the balance statements below."""
    return f"""($4::uuid[] IS NULL OR {column} = ANY($4::uuid[]))
      AND ($5::uuid IS NULL OR {column} IN (
            SELECT s.id FROM customers s WHERE s.organization_id = $1 AND (s.collector_id = $5 OR s.owner_id = $5)))"""


# $1 organization, $2 as-of date, $3 invoice ids (or null), $4 customer ids (or null),
# $5 membership whose customers only (or null for every customer).
OPEN_AS_OF_SQL = f"""
SELECT i.id, i.customer_id, i.number, i.currency, i.exchange_rate, i.issue_date, i.due_date, i.total,
       i.total - i.allocated - i.credited - i.written_off + COALESCE(l.amount, 0) AS open
FROM invoices i
LEFT JOIN (SELECT invoice_id, SUM(amount) AS amount FROM (
               SELECT invoice_id, amount FROM allocations
               WHERE organization_id = $1 AND reversed_on IS NULL AND applied_on > $2
                 AND ($3::uuid[] IS NULL OR invoice_id = ANY($3::uuid[]))
               UNION ALL
               SELECT invoice_id, -amount FROM allocations
               WHERE organization_id = $1 AND applied_on <= $2 AND reversed_on > $2
                 AND ($3::uuid[] IS NULL OR invoice_id = ANY($3::uuid[]))
               UNION ALL
               SELECT invoice_id, amount FROM credit_note_applications
               WHERE organization_id = $1 AND applied_on > $2 AND ($3::uuid[] IS NULL OR invoice_id = ANY($3::uuid[]))
               UNION ALL
               SELECT invoice_id, amount FROM write_offs
               WHERE organization_id = $1 AND status = 'approved' AND written_off_on > $2
                 AND ($3::uuid[] IS NULL OR invoice_id = ANY($3::uuid[]))
           ) later
           GROUP BY invoice_id) l ON l.invoice_id = i.id
WHERE i.organization_id = $1 AND i.status NOT IN ('draft', 'void') AND i.issue_date <= $2
  AND ($3::uuid[] IS NULL OR i.id = ANY($3::uuid[]))
  AND {customer_scope("i.customer_id")}
"""

# The invoices whose open amount as of $2 is not their open amount now: those issued after $2 or
# named by a ledger row dated after it (applied, reversed, credited or written off after $2).
# Every other counted invoice is open as of $2 exactly as its parts in `ar_open_parts` say.
TOUCHED_AFTER_SQL = """
SELECT invoice_id AS id FROM allocations WHERE organization_id = $1 AND applied_on > $2::date
UNION ALL
SELECT invoice_id FROM allocations WHERE organization_id = $1 AND reversed_on > $2::date
UNION ALL
SELECT invoice_id FROM credit_note_applications WHERE organization_id = $1 AND applied_on > $2::date
UNION ALL
SELECT invoice_id FROM write_offs WHERE organization_id = $1 AND written_off_on > $2::date AND status = 'approved'
UNION ALL
SELECT id FROM invoices WHERE organization_id = $1 AND issue_date > $2::date AND status NOT IN ('draft', 'void')
"""

_GIVEN_INVOICES = "\n  AND ($3::uuid[] IS NULL OR i.id = ANY($3::uuid[]))\n"
assert OPEN_AS_OF_SQL.count(_GIVEN_INVOICES) == 1
# OPEN_AS_OF_SQL for the invoices of a `touched` CTE (TOUCHED_AFTER_SQL) only.
_OPEN_AS_OF_TOUCHED_SQL = OPEN_AS_OF_SQL.replace(
    _GIVEN_INVOICES, "\n  AND ($3::uuid[] IS NULL OR i.id = ANY($3::uuid[])) AND i.id IN (SELECT id FROM touched)\n"
)


# Every installment part with something open as of $2 (parameters as OPEN_AS_OF_SQL), computed
# from the invoices and the ledger rows: columns id (the invoice), customer_id, currency (the
# invoice's), issue_date, sequence (the part's; 1 for an invoice without installments), due_date,
# open (invoice currency), base (base currency, see the module's docstring), days_past_due ($2 −
# due date, negative before it is due) and previous_due_date (the due date of the invoice's open
# part before this one; null for its first open part, which is its earliest due: an invoice is
# overdue when its first open part is). Open
# parts are a run in due-date order, so counting rows whose previous_due_date is null counts
# distinct invoices, and counting rows whose previous part falls in another bucket (or none)
# counts distinct invoices per bucket, without sorting (aging.BUCKETED_PARTS_SQL). Parts with
# nothing open are included (open 0).
def _ledger_parts(open_as_of: str) -> str:
    return f"""
SELECT inv.id, inv.customer_id, inv.currency, inv.issue_date, 1 AS sequence, inv.due_date, inv.open,
       ROUND(inv.open * inv.exchange_rate, 2) AS base, $2::date - inv.due_date AS days_past_due, NULL::date AS previous_due_date
FROM ({open_as_of}) inv
WHERE inv.open > 0 AND NOT EXISTS (SELECT 1 FROM invoice_installments p WHERE p.invoice_id = inv.id)
UNION ALL
SELECT id, customer_id, currency, issue_date, sequence, due_date, open,
       ROUND(SUM(open) OVER w * exchange_rate, 2) - ROUND((SUM(open) OVER w - open) * exchange_rate, 2),
       $2::date - due_date, CASE WHEN SUM(open) OVER w - open > 0 THEN LAG(due_date) OVER w END
FROM (
    SELECT inv.id, inv.customer_id, inv.currency, inv.exchange_rate, inv.issue_date, p.due_date, p.sequence,
           GREATEST(0, LEAST(p.amount, SUM(p.amount) OVER (PARTITION BY p.invoice_id ORDER BY p.due_date, p.sequence)
                                      - (inv.total - inv.open))) AS open
    FROM invoice_installments p JOIN ({open_as_of}) inv ON inv.id = p.invoice_id
    WHERE inv.open > 0
) part_open
WINDOW w AS (PARTITION BY id ORDER BY due_date, sequence)
"""


LEDGER_PARTS_SQL = _ledger_parts(OPEN_AS_OF_SQL)

# Up to how many ledger rows dated after the as-of date PARTS_AS_OF_SQL starts from the kept parts
# (below); past that (a date far back), computing every invoice from the ledger rows is cheaper.
# Measured over 1,000,000 invoices: 19,434 rows later, 0.5 s corrected; 93,778 rows, 2.0 s
# corrected against 1.5–1.9 s from the ledger rows (docs/benchmarks.md).
KEPT_PARTS_TOUCHED_ROWS = 50_000

# The CTEs both readers start with: `touched` (TOUCHED_AFTER_SQL) and `state`, whose `nothing` says
# no row is dated after $2 and `few` that fewer than KEPT_PARTS_TOUCHED_ROWS are (the kept rows,
# corrected, answer); counted up to the threshold only.
_TOUCHED_CTES = f"""touched AS MATERIALIZED ({TOUCHED_AFTER_SQL}),
     state AS MATERIALIZED (
         SELECT count(*) = 0 AS nothing, count(*) < {KEPT_PARTS_TOUCHED_ROWS} AS few
         FROM (SELECT 1 FROM touched LIMIT {KEPT_PARTS_TOUCHED_ROWS}) t
     )"""

# The same parts as LEDGER_PARTS_SQL with something open, and overdue (the definition of the
# module's docstring). Unless more than KEPT_PARTS_TOUCHED_ROWS rows are dated after $2: the parts
# kept in `ar_open_parts` (migration 0022) of every invoice not touched after $2
# (TOUCHED_AFTER_SQL), and the touched ones' computed from the ledger rows, so that as of today
# (nothing touched) only the kept parts are read. Otherwise every invoice's, from the ledger rows.
# The branches not taken are not run.
PARTS_AS_OF_SQL = f"""
WITH {_TOUCHED_CTES}
SELECT id, customer_id, currency, issue_date, sequence, due_date, open, base, days_past_due, days_past_due > 0 AS overdue,
       previous_due_date
FROM (
    SELECT o.invoice_id AS id, o.customer_id, o.currency, o.issue_date, o.sequence, o.due_date, o.open, o.base,
           $2::date - o.due_date AS days_past_due, o.previous_due_date
    FROM ar_open_parts o
    WHERE (SELECT few FROM state) AND o.organization_id = $1 AND NOT EXISTS (SELECT 1 FROM touched t WHERE t.id = o.invoice_id)
      AND ($3::uuid[] IS NULL OR o.invoice_id = ANY($3::uuid[])) AND {customer_scope("o.customer_id")}
    UNION ALL
    SELECT * FROM ({_ledger_parts(_OPEN_AS_OF_TOUCHED_SQL)}) touched_from_ledger WHERE (SELECT few FROM state)
    UNION ALL
    SELECT * FROM ({LEDGER_PARTS_SQL}) all_from_ledger WHERE NOT (SELECT few FROM state)
) parts
WHERE open > 0
"""

# The open amounts as of $2 per customer, currency and due date (parameters as PARTS_AS_OF_SQL,
# except $3, which must be null): columns customer_id, currency, due_date, open, base (the sums of
# those parts' columns), firsts (how many invoices have their first open part there: Σ firsts
# counts invoices, and over overdue rows the overdue invoices), days_past_due and overdue. One of
# three branches runs: nothing dated after $2 (today, normally): the rows of `ar_due_balances`
# (migration 0022); a few rows dated after it: those rows corrected by the invoices touched since
# (their kept parts taken off, their parts as of $2 added); more than KEPT_PARTS_TOUCHED_ROWS:
# summed from the ledger's parts.
DUE_BALANCES_AS_OF_SQL = f"""
WITH {_TOUCHED_CTES},
     corrections AS (
         SELECT customer_id, currency, due_date, SUM(open) AS open, SUM(base) AS base, SUM(parts) AS parts, SUM(firsts) AS firsts
         FROM (
             SELECT x.customer_id, x.currency, COALESCE(x.due_date, 'infinity'::date) AS due_date, -x.open AS open, -x.base AS base,
                    -1 AS parts, -(x.previous_due_date IS NULL)::int AS firsts
             FROM ar_open_parts x
             WHERE x.organization_id = $1 AND x.invoice_id IN (SELECT id FROM touched) AND {customer_scope("x.customer_id")}
             UNION ALL
             SELECT x.customer_id, x.currency, COALESCE(x.due_date, 'infinity'::date), x.open, x.base, 1, (x.previous_due_date IS NULL)::int
             FROM ({_ledger_parts(_OPEN_AS_OF_TOUCHED_SQL)}) x
             WHERE x.open > 0
         ) c
         GROUP BY customer_id, currency, due_date
     )
SELECT customer_id, currency, due_date, open, base, firsts, days_past_due, days_past_due > 0 AS overdue
FROM (
    SELECT x.customer_id, x.currency, NULLIF(x.due_date, 'infinity'::date) AS due_date, x.open, x.base, x.firsts::bigint AS firsts,
           $2::date - NULLIF(x.due_date, 'infinity'::date) AS days_past_due
    FROM ar_due_balances x
    WHERE (SELECT nothing FROM state) AND x.organization_id = $1 AND x.parts > 0 AND {customer_scope("x.customer_id")}
    UNION ALL
    SELECT customer_id, currency, NULLIF(due_date, 'infinity'::date), open, base, firsts, $2::date - NULLIF(due_date, 'infinity'::date)
    FROM (
        SELECT customer_id, currency, due_date, COALESCE(k.open, 0) + COALESCE(c.open, 0) AS open,
               COALESCE(k.base, 0) + COALESCE(c.base, 0) AS base, COALESCE(k.firsts, 0) + COALESCE(c.firsts, 0) AS firsts,
               COALESCE(k.parts, 0) + COALESCE(c.parts, 0) AS parts
        FROM (SELECT x.* FROM ar_due_balances x WHERE x.organization_id = $1 AND x.parts > 0 AND {customer_scope("x.customer_id")}) k
        FULL JOIN corrections c USING (customer_id, currency, due_date)
    ) corrected
    WHERE (SELECT few AND NOT nothing FROM state) AND parts > 0
    UNION ALL
    SELECT x.customer_id, x.currency, x.due_date, SUM(x.open), SUM(x.base), COUNT(*) FILTER (WHERE x.previous_due_date IS NULL),
           MIN(x.days_past_due)
    FROM ({LEDGER_PARTS_SQL}) x
    WHERE (SELECT NOT few FROM state) AND x.open > 0
    GROUP BY x.customer_id, x.currency, x.due_date
) balances
"""

# Money received in the 365 days up to $3 as it fell on installment parts, one row per payment
# and part it fills: $1 organization, $2 customer ids (or null for all), $3 the last day. The
# ledger rows counted as of $3 fill an invoice's parts in date order (then entry order) and the
# parts in due-date order (as PARTS_AS_OF_SQL), so each allocation is late by its date minus the
# due date of each part it fills, for the amount it fills there (`filled`, invoice currency).
# One reversed by $3 (a bounced payment) no longer counts as money received and fills nothing.
# Only the invoices with an allocation applied in those 365 days are split into parts (the others
# have no row).
# Columns: customer_id, invoice_id, currency, exchange_rate, applied_on, filled, days_to_pay
# (applied on − issue date), days_late (applied on − the part's due date, at least 0). The
# amount-weighted averages (scorecard, KPIs) weight each row by ROUND(filled × rate, 2).
PAID_PARTS_SQL = """
WITH split AS (
    SELECT i.id, i.customer_id, i.currency, i.exchange_rate, i.issue_date FROM invoices i
    WHERE i.organization_id = $1 AND ($2::uuid[] IS NULL OR i.customer_id = ANY($2::uuid[])) AND i.status NOT IN ('draft', 'void')
      AND i.issue_date <= $3::date AND EXISTS (SELECT 1 FROM invoice_installments p WHERE p.invoice_id = i.id)
      AND EXISTS (SELECT 1 FROM allocations a WHERE a.invoice_id = i.id AND a.applied_on > $3::date - 365 AND a.applied_on <= $3::date)
),
reductions AS (
    SELECT a.invoice_id, a.amount, a.applied_on AS on_date, a.created_at, a.id, true AS is_payment
    FROM allocations a JOIN split ON split.id = a.invoice_id
    WHERE a.organization_id = $1 AND a.applied_on <= $3::date AND (a.reversed_on IS NULL OR a.reversed_on > $3::date)
    UNION ALL
    SELECT n.invoice_id, n.amount, n.applied_on, n.created_at, n.id, false
    FROM credit_note_applications n JOIN split ON split.id = n.invoice_id
    WHERE n.organization_id = $1 AND n.applied_on <= $3::date
    UNION ALL
    SELECT w.invoice_id, w.amount, w.written_off_on, w.created_at, w.id, false
    FROM write_offs w JOIN split ON split.id = w.invoice_id
    WHERE w.organization_id = $1 AND w.status = 'approved' AND w.written_off_on <= $3::date
),
filled AS (
    SELECT *, SUM(amount) OVER (PARTITION BY invoice_id ORDER BY on_date, created_at, id) AS upto FROM reductions
),
parts AS (
    SELECT p.invoice_id, p.due_date, p.amount,
           SUM(p.amount) OVER (PARTITION BY p.invoice_id ORDER BY p.due_date, p.sequence) AS upto
    FROM invoice_installments p JOIN split ON split.id = p.invoice_id
),
paid AS (
    SELECT i.customer_id, i.id AS invoice_id, i.currency, i.exchange_rate, a.applied_on, a.amount AS filled,
           a.applied_on - i.issue_date AS days_to_pay, GREATEST(a.applied_on - i.due_date, 0) AS days_late
    FROM allocations a JOIN invoices i ON i.id = a.invoice_id
    WHERE i.organization_id = $1 AND ($2::uuid[] IS NULL OR i.customer_id = ANY($2::uuid[])) AND i.status NOT IN ('draft', 'void')
      AND i.issue_date <= $3::date AND NOT EXISTS (SELECT 1 FROM invoice_installments p WHERE p.invoice_id = i.id)
      AND a.organization_id = $1 AND a.applied_on > $3::date - 365 AND a.applied_on <= $3::date
      AND (a.reversed_on IS NULL OR a.reversed_on > $3::date)
    UNION ALL
    SELECT split.customer_id, split.id, split.currency, split.exchange_rate, f.on_date,
           GREATEST(0, LEAST(f.upto, p.upto) - GREATEST(f.upto - f.amount, p.upto - p.amount)),
           f.on_date - split.issue_date, GREATEST(f.on_date - p.due_date, 0)
    FROM filled f JOIN split ON split.id = f.invoice_id JOIN parts p ON p.invoice_id = f.invoice_id
    WHERE f.is_payment AND f.on_date > $3::date - 365
)
SELECT * FROM paid
"""


# A customer's figures over its rows of PARTS_AS_OF_SQL or DUE_BALANCES_AS_OF_SQL, in the base
# currency (zero when nothing is open).
CUSTOMER_FIGURES = {
    "open_balance": "COALESCE(SUM(base), 0.00)",
    "overdue_balance": "COALESCE(SUM(base) FILTER (WHERE overdue), 0.00)",
    "worst_days_overdue": "COALESCE(MAX(days_past_due) FILTER (WHERE overdue), 0)",
}

# Per customer as of $2 (parameters as OPEN_AS_OF_SQL), in the base currency.
CUSTOMER_BALANCES_SQL = f"""
SELECT customer_id, {", ".join(f"{sql} AS {name}" for name, sql in CUSTOMER_FIGURES.items())}
FROM ({DUE_BALANCES_AS_OF_SQL}) p
GROUP BY customer_id
"""


def days_past_due(due_date: date, on: date) -> int:
    """Days past due of a part as of `on` (negative before it is due); overdue when above zero
    and something of the part is open (the PARTS_AS_OF_SQL `days_past_due` and `overdue` columns)."""
    return (on - due_date).days


@dataclass(frozen=True)
class CustomerBalance:
    open_balance: Decimal
    overdue_balance: Decimal
    worst_days_overdue: int


NO_BALANCE = CustomerBalance(ZERO, ZERO, 0)


async def customer_balances(
    organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID], as_of: date
) -> dict[uuid.UUID, CustomerBalance]:
    """Open balance, overdue balance and worst days overdue of each customer as of `as_of`, in
    the base currency, from the ledger rows; customers with nothing open are absent (NO_BALANCE)."""
    if not customer_ids:
        return {}
    rows = await connections.get("default").execute_query_dict(
        CUSTOMER_BALANCES_SQL, [organization_id, as_of, None, list(customer_ids), None]
    )
    return {
        r["customer_id"]: CustomerBalance(r["open_balance"], r["overdue_balance"], int(r["worst_days_overdue"])) for r in rows
    }


def overdue_sql(organization_id: uuid.UUID, as_of: date, column: str) -> str:
    """A SQL condition, true when `column` (an invoice id or a customer id column of PARTS_AS_OF_SQL)
    names an invoice or customer with an overdue part as of `as_of`, for ORM filters that cannot
    bind parameters: the organization id and the date are typed values written as literals."""
    if column not in ("id", "customer_id"):
        raise ValueError(column)
    source = PARTS_AS_OF_SQL if column == "id" else DUE_BALANCES_AS_OF_SQL
    return f"SELECT p.{column} FROM ({_bound(source, organization_id, as_of)}) p WHERE p.overdue"


def _bound(sql: str, organization_id: uuid.UUID, as_of: date, customers: str = "NULL") -> str:
    """PARTS_AS_OF_SQL or DUE_BALANCES_AS_OF_SQL with its parameters written as typed literals
    (`customers`: an SQL array expression of customer ids, or NULL for all)."""
    return (
        sql.replace("$1", f"'{uuid.UUID(str(organization_id))}'::uuid")
        .replace("$2", f"DATE '{date.isoformat(as_of)}'")
        .replace("$3", "NULL").replace("$4", customers).replace("$5", "NULL")
    )


def customer_figure_sql(organization_id: uuid.UUID, as_of: date, figure: str) -> str:
    """A scalar subquery giving one of CUSTOMER_FIGURES of the row's customer (the `customers`
    table of an ORM query) as of `as_of`, for sorting customers by it in one query."""
    balances = _bound(DUE_BALANCES_AS_OF_SQL, organization_id, as_of, 'ARRAY["customers"."id"]')
    return f"(SELECT {CUSTOMER_FIGURES[figure]} FROM ({balances}) p)"


@dataclass(frozen=True)
class OpenItem:
    invoice_id: uuid.UUID
    customer_id: uuid.UUID
    number: str
    currency: str
    exchange_rate: Decimal
    issue_date: date
    due_date: date
    total: Decimal
    open: Decimal


async def open_items(
    organization_id: uuid.UUID,
    as_of: date,
    *,
    invoice_ids: Sequence[uuid.UUID] | None = None,
    customer_id: uuid.UUID | None = None,
    membership_id: uuid.UUID | None = None,
    conn: Any = None,
) -> list[OpenItem]:
    """Every invoice counted as of `as_of` with its open amount then (zero when settled by then)."""
    rows = await (conn or connections.get("default")).execute_query_dict(
        OPEN_AS_OF_SQL,
        [organization_id, as_of, list(invoice_ids) if invoice_ids is not None else None, [customer_id] if customer_id else None, membership_id],
    )
    return [
        OpenItem(
            invoice_id=r["id"], customer_id=r["customer_id"], number=r["number"], currency=r["currency"],
            exchange_rate=r["exchange_rate"], issue_date=r["issue_date"], due_date=r["due_date"],
            total=r["total"], open=r["open"],
        )
        for r in rows
    ]


# The days just before a reversal dated after the given day: the only days on which an invoice can
# have less open than it has today (a reversal is the one posting that raises an open amount).
_BEFORE_LATER_REVERSALS_SQL = """
SELECT DISTINCT a.invoice_id, a.reversed_on - 1 AS day
FROM allocations a JOIN unnest($2::uuid[], $3::date[]) AS q(invoice_id, since) ON q.invoice_id = a.invoice_id
WHERE a.organization_id = $1 AND a.reversed_on > q.since
"""


async def lowest_open_since(
    conn: Any, organization_id: uuid.UUID, since: Sequence[tuple[uuid.UUID, date]]
) -> dict[uuid.UUID, tuple[Decimal, date]]:
    """For each (invoice, day): the lowest open amount as of the days just before the reversals
    dated after that day, and the date it is reached; invoices without such a reversal are absent
    (from that day on their open amount only falls, so today's is the lowest)."""
    if not since:
        return {}
    rows = await conn.execute_query_dict(
        _BEFORE_LATER_REVERSALS_SQL, [organization_id, [i for i, _ in since], [d for _, d in since]]
    )
    days: dict[date, list[uuid.UUID]] = {}
    for row in rows:
        days.setdefault(row["day"], []).append(row["invoice_id"])
    lowest: dict[uuid.UUID, tuple[Decimal, date]] = {}
    for day, ids in sorted(days.items()):
        for item in await open_items(organization_id, day, invoice_ids=ids, conn=conn):
            if item.invoice_id not in lowest or item.open < lowest[item.invoice_id][0]:
                lowest[item.invoice_id] = (item.open, day)
    return lowest


async def open_balance(actor: Actor, invoice_id: uuid.UUID, as_of: date = END_OF_TIME) -> Decimal:
    """The open amount of one invoice as of `as_of`, from the ledger rows; zero for an invoice
    not yet issued by then, a draft or a voided one."""
    items = await open_items(actor.org_id, as_of, invoice_ids=[invoice_id])
    return items[0].open if items else ZERO


async def installment_open_amounts(
    actor: Actor, invoice_id: uuid.UUID, as_of: date = END_OF_TIME
) -> list[tuple["Part", Decimal]]:
    """Each part of an issued invoice (in fill order) with its open amount as of `as_of`."""
    invoice = await Invoice.get(id=invoice_id, organization_id=actor.org_id)
    items = await open_items(actor.org_id, as_of, invoice_ids=[invoice_id])
    parts = invoice_parts(invoice, await InvoiceInstallment.filter(invoice_id=invoice_id))
    return list(zip(parts, part_open_amounts(parts, invoice.total, items[0].open if items else ZERO), strict=True))


@dataclass(frozen=True)
class Part:
    sequence: int
    due_date: date
    amount: Decimal


def invoice_parts(invoice: Invoice, installments: Sequence[InvoiceInstallment]) -> list[Part]:
    """The parts of an issued invoice in the order they are filled (due date, then sequence)."""
    if not installments:
        assert invoice.due_date is not None
        return [Part(1, invoice.due_date, invoice.total)]
    return sorted((Part(p.sequence, p.due_date, p.amount) for p in installments), key=lambda p: (p.due_date, p.sequence))


def part_open_amounts(parts: Sequence[Part], total: Decimal, open_amount: Decimal) -> list[Decimal]:
    """The open amount of each part (in fill order) of an invoice with `open_amount` open (a voided
    invoice, or one not yet issued as of the date, has 0 open, hence nothing in any part)."""
    return fill_parts(parts, total - open_amount)


def invoice_open_amount(invoice: Invoice) -> Decimal:
    """What an invoice shows open today, from its running sums: nothing once voided (a draft shows
    what it will have open when issued)."""
    if invoice.status is InvoiceStatus.VOID:
        return ZERO
    return invoice.total - invoice.allocated - invoice.credited - invoice.written_off


def fill_parts(parts: Sequence[Part], reduced: Decimal) -> list[Decimal]:
    """The open amount of each part (in fill order) when `reduced` has been paid, credited or written off."""
    result: list[Decimal] = []
    cumulative = Decimal(0)
    for part in parts:
        cumulative += part.amount
        result.append(min(part.amount, max(ZERO, cumulative - reduced)))
    return result


def overdue_amount(parts: Sequence[Part], open_amounts: Sequence[Decimal], on: date, grace_days: int = 0) -> Decimal:
    """The open amount of the parts overdue on `on` (more than `grace_days` days past due)."""
    return sum(
        (amount for part, amount in zip(parts, open_amounts, strict=True) if days_past_due(part.due_date, on) > grace_days),
        ZERO,
    )


async def parts_by_invoice(invoice_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[InvoiceInstallment]]:
    found: dict[uuid.UUID, list[InvoiceInstallment]] = {}
    for row in await InvoiceInstallment.filter(invoice_id__in=list(invoice_ids)).order_by("due_date", "sequence"):
        found.setdefault(row.invoice_id, []).append(row)
    return found
