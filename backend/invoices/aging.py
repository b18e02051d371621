"""Aging analysis (账龄分析) as of a date, from the ledger rows, per installment part.

Buckets by days past due as of D (or days since the invoice date, the organization's option):
Current (not yet due, days ≤ 0), then one bucket per upper bound, then "over" the last bound.
Default bounds 30, 60, 90, 180, 365: Current, 1–30, 31–60, 61–90, 91–180, 181–365, over 365.

Amounts are in the organization's base currency at each invoice's stored rate. An invoice's open
amount is converted once (rounded half-up to cents) and spread over its parts by cumulative
rounding, so the buckets always add up to the AR total Σ round(open × rate). Because every
ledger row is dated, aging as of a past date gives the same figures whenever it is run, unless
a row is later entered with a date on or before D (a back-dated payment, or a void).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from tortoise import connections

from ..accounts.models import Organization
from ..kit.errors import FieldError
from .balances import PARTS_AS_OF_SQL, ZERO
from .errors import InvoiceErrorCode as Code
from .models import DEFAULT_AGING_BOUNDS, AgingBasis, InvoiceSettings


def currency_condition(n: int) -> str:
    """Only the invoices in the currency ${n} (every invoice when it is null), as a condition on a
    row `p` of PARTS_AS_OF_SQL."""
    return f"(${n}::text IS NULL OR p.currency = ${n}::text)"


# Each open part (every column of PARTS_AS_OF_SQL) with its bucket ($6 the buckets' lower
# thresholds, $7 true for aging by invoice date) and first_in_bucket: true for the invoice's first
# open part in that bucket (its previous open part, if any, falls in another bucket; by invoice
# date all parts of an invoice share one), so counting those counts the bucket's distinct invoices.
BUCKETED_PARTS_SQL = f"""
SELECT part_base.*,
       WIDTH_BUCKET(CASE WHEN $7 THEN $2::date - issue_date ELSE days_past_due END, $6::int[]) AS bucket,
       previous_due_date IS NULL
         OR (NOT $7 AND WIDTH_BUCKET($2::date - previous_due_date, $6::int[]) <> WIDTH_BUCKET(days_past_due, $6::int[])) AS first_in_bucket
FROM ({PARTS_AS_OF_SQL}) part_base
"""

# The same with $8 a currency (only its invoices, or null): base and document-currency amounts.
_BUCKETED_SQL = (
    f"SELECT customer_id, id, base, open, bucket, first_in_bucket, previous_due_date FROM ({BUCKETED_PARTS_SQL}) p "
    f"WHERE {currency_condition(8)}"
)

# Per bucket and, in the row where `is_total` is 1, for all buckets: an invoice with installment
# parts in several buckets counts in each of those buckets and once in the total (its first open
# part is in one bucket). The customers are counted from a grouping by customer, so that no step
# sorts every part.
_AGING_SQL = f"""
WITH grouped AS (
    SELECT bucket, SUM(base) AS amount, SUM(open) AS document_amount,
           COUNT(*) FILTER (WHERE first_in_bucket) AS runs, COUNT(*) FILTER (WHERE previous_due_date IS NULL) AS firsts,
           GROUPING(bucket) AS by_customer
    FROM ({_BUCKETED_SQL}) b
    GROUP BY GROUPING SETS ((bucket), (customer_id))
)
SELECT bucket, amount, document_amount, runs AS invoices, NULL::bigint AS customers, 0 AS is_total FROM grouped WHERE by_customer = 0
UNION ALL
SELECT NULL, SUM(amount), SUM(document_amount), COALESCE(SUM(firsts), 0)::bigint, COUNT(*), 1 FROM grouped WHERE by_customer = 1
"""

# One page of customers with something open, largest total first ($6 total and $7 id of the
# previous page's last row, or nulls; $8 the page size + 1; $9 a currency or null).
_CUSTOMER_PAGE_SQL = f"""
SELECT customer_id, SUM(base) AS total
FROM ({PARTS_AS_OF_SQL}) p
WHERE {currency_condition(9)}
GROUP BY customer_id
HAVING $6::numeric IS NULL OR SUM(base) < $6::numeric OR (SUM(base) = $6::numeric AND customer_id > $7::uuid)
ORDER BY total DESC, customer_id
LIMIT $8
"""

# Per customer (of $4) and bucket, and per customer over all buckets (`is_total` 1).
_BY_CUSTOMER_SQL = f"""
SELECT customer_id, bucket, SUM(base) AS amount, SUM(open) AS document_amount,
       CASE WHEN GROUPING(bucket) = 1 THEN COUNT(*) FILTER (WHERE previous_due_date IS NULL)
            ELSE COUNT(*) FILTER (WHERE first_in_bucket) END AS invoices,
       GROUPING(bucket) AS is_total
FROM ({_BUCKETED_SQL}) b
GROUP BY GROUPING SETS ((customer_id, bucket), (customer_id))
"""


@dataclass(frozen=True)
class Bucket:
    label: str
    from_days: int | None
    to_days: int | None
    amount: Decimal
    invoice_count: int
    document_amount: Decimal | None = None


@dataclass(frozen=True)
class AgingReport:
    """`invoice_count` counts each invoice once; a bucket's `invoice_count` counts the invoices
    having an open part in it, so an installment invoice may count in several buckets."""

    as_of: date
    basis: AgingBasis
    buckets: list[Bucket]
    invoice_count: int = 0
    customer_count: int = 0
    currency: str | None = None

    @property
    def total(self) -> Decimal:
        return sum((b.amount for b in self.buckets), ZERO)


@dataclass(frozen=True)
class CustomerAging:
    customer_id: uuid.UUID
    total: Decimal
    invoice_count: int
    buckets: list[Bucket]


@dataclass(frozen=True)
class AgingByCustomer:
    totals: AgingReport
    rows: list[CustomerAging]
    has_next: bool


def bucket_ranges(bounds: Sequence[int]) -> list[tuple[str, int | None, int | None]]:
    """(label, from days, to days) of each bucket: current, 1–b1, b1+1–b2, …, over the last."""
    ranges: list[tuple[str, int | None, int | None]] = [("current", None, 0)]
    low = 1
    for bound in bounds:
        ranges.append((f"{low}-{bound}", low, bound))
        low = bound + 1
    ranges.append((f"over_{bounds[-1]}" if bounds else "overdue", low, None))
    return ranges


MAX_BOUNDS = 20
MAX_BOUND_DAYS = 36500


def bounds_error(bounds: Sequence[int], field: str = "agingBounds") -> FieldError | None:
    """Why a list of bucket bounds is refused (None when it is a valid one): at most 20 whole day
    counts from 1 to 36,500 (a bucket past that is unknown), each above the one before (an equal
    bound makes two buckets overlap, a smaller one puts them out of order)."""
    if not bounds:
        return FieldError(Code.REQUIRED, "Give at least one bound, e.g. 30, 60, 90.", field)
    if len(bounds) > MAX_BOUNDS:
        return FieldError(Code.TOO_MANY, f"At most {MAX_BOUNDS} bounds.", field)
    for bound in bounds:
        if not isinstance(bound, int) or isinstance(bound, bool) or not 0 < bound <= MAX_BOUND_DAYS:
            return FieldError(Code.AGING_BOUND_OUT_OF_RANGE, f"A bound is a day count from 1 to {MAX_BOUND_DAYS}, not {bound!r}.", field)
    for low, high in zip(bounds, bounds[1:]):
        if low == high:
            return FieldError(Code.AGING_BOUNDS_OVERLAP, f"The bound {low} is given twice: two buckets would overlap.", field)
        if low > high:
            return FieldError(Code.AGING_BOUNDS_UNSORTED, f"Bounds go from the smallest up: {high} comes after {low}.", field)
    return None


def valid_bounds(bounds: Sequence[int]) -> bool:
    return bounds_error(bounds) is None


async def aging(
    organization: Organization | uuid.UUID,
    as_of: date,
    buckets: Sequence[int] | None = None,
    *,
    basis: AgingBasis | None = None,
    customer_id: uuid.UUID | None = None,
    customer_ids: Sequence[uuid.UUID] | None = None,
    currency: str | None = None,
    membership_id: uuid.UUID | None = None,
) -> AgingReport:
    """Open AR as of `as_of` by bucket. `buckets` are the upper day bounds (default: the
    organization's, else 30/60/90/180/365); `membership_id` limits it to that member's customers,
    `customer_id` or `customer_ids` to those customers, `currency` to the invoices in that currency
    (each bucket then also gives its amount in that currency)."""
    organization_id = organization.id if isinstance(organization, Organization) else organization
    buckets, basis = await _settings(organization_id, buckets, basis)
    if customer_id is not None:
        customer_ids = [customer_id]
    rows = await connections.get("default").execute_query_dict(
        _AGING_SQL,
        [organization_id, as_of, None, list(customer_ids) if customer_ids is not None else None, membership_id,
         _thresholds(buckets), basis is AgingBasis.INVOICE_DATE, currency],
    )
    total = next((row for row in rows if row["is_total"]), None)
    return AgingReport(
        as_of=as_of, basis=basis, buckets=_buckets(buckets, [row for row in rows if not row["is_total"]], currency),
        invoice_count=total["invoices"] if total else 0, customer_count=total["customers"] if total else 0, currency=currency,
    )


async def _settings(
    organization_id: uuid.UUID, buckets: Sequence[int] | None, basis: AgingBasis | None
) -> tuple[Sequence[int], AgingBasis]:
    if buckets is None or basis is None:
        settings = await InvoiceSettings.get_or_none(organization_id=organization_id)
        if buckets is None:
            buckets = (settings.aging_bounds if settings and settings.aging_bounds else None) or DEFAULT_AGING_BOUNDS
        if basis is None:
            basis = settings.aging_basis if settings else AgingBasis.DUE_DATE
    if not valid_bounds(buckets):
        raise ValueError(f"aging bounds must be increasing positive day counts, got {buckets!r}")
    return buckets, basis


async def bucket_settings(organization_id: uuid.UUID) -> tuple[Sequence[int], AgingBasis, list[int]]:
    """The organization's bucket bounds and basis, and the thresholds ($6) of BUCKETED_PARTS_SQL."""
    buckets, basis = await _settings(organization_id, None, None)
    return buckets, basis, _thresholds(buckets)


def _thresholds(buckets: Sequence[int]) -> list[int]:
    return [1] + [b + 1 for b in buckets]


def _buckets(bounds: Sequence[int], rows: Sequence[dict], currency: str | None) -> list[Bucket]:
    by_bucket = {row["bucket"]: row for row in rows}
    result = []
    for index, (label, low, high) in enumerate(bucket_ranges(bounds)):
        row = by_bucket.get(index)
        document = (row["document_amount"] if row else ZERO) if currency else None
        result.append(Bucket(label, low, high, row["amount"] if row else ZERO, row["invoices"] if row else 0, document))
    return result


async def aging_by_customer(
    organization_id: uuid.UUID,
    as_of: date,
    *,
    limit: int,
    after: tuple[Decimal, uuid.UUID] | None = None,
    membership_id: uuid.UUID | None = None,
    customer_ids: Sequence[uuid.UUID] | None = None,
    currency: str | None = None,
) -> AgingByCustomer:
    """The aging table: one row per customer with something open as of `as_of` (largest total
    first, then by id), each with its buckets, total and distinct invoice count, a page of `limit`
    rows after `after` (the previous page's last total and customer id); and the totals of every
    customer (`aging`). Three queries whatever the page size. `customer_ids` and `currency` cut it
    as they cut `aging`."""
    buckets, basis = await _settings(organization_id, None, None)
    totals = await aging(
        organization_id, as_of, buckets, basis=basis, membership_id=membership_id, customer_ids=customer_ids, currency=currency
    )
    db = connections.get("default")
    page = await db.execute_query_dict(
        _CUSTOMER_PAGE_SQL,
        [organization_id, as_of, None, list(customer_ids) if customer_ids is not None else None, membership_id,
         after[0] if after else None, after[1] if after else None, limit + 1, currency],
    )
    has_next = len(page) > limit
    ids = [row["customer_id"] for row in page[:limit]]
    rows = await db.execute_query_dict(
        _BY_CUSTOMER_SQL,
        [organization_id, as_of, None, ids, membership_id, _thresholds(buckets), basis is AgingBasis.INVOICE_DATE, currency],
    ) if ids else []
    per_customer: dict[uuid.UUID, list[dict]] = {}
    for row in rows:
        per_customer.setdefault(row["customer_id"], []).append(row)
    result = []
    for cid in ids:
        mine = per_customer[cid]
        total = next(row for row in mine if row["is_total"])
        result.append(CustomerAging(cid, total["amount"], total["invoices"], _buckets(buckets, [r for r in mine if not r["is_total"]], currency)))
    return AgingByCustomer(totals=totals, rows=result, has_next=has_next)
