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
from .balances import PARTS_AS_OF_SQL, ZERO
from .models import DEFAULT_AGING_BOUNDS, AgingBasis, InvoiceSettings

# Each open part with its bucket ($6 the buckets' lower thresholds, $7 true for aging by invoice date).
_BUCKETED_SQL = f"""
SELECT customer_id, id, base,
       WIDTH_BUCKET(CASE WHEN $7 THEN $2::date - issue_date ELSE days_past_due END, $6::int[]) AS bucket
FROM ({PARTS_AS_OF_SQL}) part_base
"""

# Per bucket and, in the row where `is_total` is 1, for all buckets: an invoice with installment
# parts in several buckets counts in each of those buckets and once in the total.
_AGING_SQL = f"""
SELECT bucket, SUM(base) AS amount, COUNT(DISTINCT id) AS invoices, COUNT(DISTINCT customer_id) AS customers,
       GROUPING(bucket) AS is_total
FROM ({_BUCKETED_SQL}) b
GROUP BY GROUPING SETS ((bucket), ())
"""

# One page of customers with something open, largest total first ($6 total and $7 id of the
# previous page's last row, or nulls; $8 the page size + 1).
_CUSTOMER_PAGE_SQL = f"""
SELECT customer_id, SUM(base) AS total
FROM ({PARTS_AS_OF_SQL}) p
GROUP BY customer_id
HAVING $6::numeric IS NULL OR SUM(base) < $6::numeric OR (SUM(base) = $6::numeric AND customer_id > $7::uuid)
ORDER BY total DESC, customer_id
LIMIT $8
"""

# Per customer (of $4) and bucket, and per customer over all buckets (`is_total` 1).
_BY_CUSTOMER_SQL = f"""
SELECT customer_id, bucket, SUM(base) AS amount, COUNT(DISTINCT id) AS invoices, GROUPING(bucket) AS is_total
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


@dataclass(frozen=True)
class AgingReport:
    """`invoice_count` counts each invoice once; a bucket's `invoice_count` counts the invoices
    having an open part in it, so an installment invoice may count in several buckets."""

    as_of: date
    basis: AgingBasis
    buckets: list[Bucket]
    invoice_count: int = 0
    customer_count: int = 0

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


def valid_bounds(bounds: Sequence[int]) -> bool:
    return bool(bounds) and len(bounds) <= 20 and all(
        isinstance(b, int) and 0 < b <= 36500 for b in bounds
    ) and all(a < b for a, b in zip(bounds, bounds[1:]))


async def aging(
    organization: Organization | uuid.UUID,
    as_of: date,
    buckets: Sequence[int] | None = None,
    *,
    basis: AgingBasis | None = None,
    customer_id: uuid.UUID | None = None,
    membership_id: uuid.UUID | None = None,
) -> AgingReport:
    """Open AR as of `as_of` by bucket. `buckets` are the upper day bounds (default: the
    organization's, else 30/60/90/180/365); `membership_id` limits it to that member's customers."""
    organization_id = organization.id if isinstance(organization, Organization) else organization
    buckets, basis = await _settings(organization_id, buckets, basis)
    rows = await connections.get("default").execute_query_dict(
        _AGING_SQL,
        [organization_id, as_of, None, [customer_id] if customer_id else None, membership_id, _thresholds(buckets), basis is AgingBasis.INVOICE_DATE],
    )
    total = next((row for row in rows if row["is_total"]), None)
    return AgingReport(
        as_of=as_of, basis=basis, buckets=_buckets(buckets, [row for row in rows if not row["is_total"]]),
        invoice_count=total["invoices"] if total else 0, customer_count=total["customers"] if total else 0,
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


def _thresholds(buckets: Sequence[int]) -> list[int]:
    return [1] + [b + 1 for b in buckets]


def _buckets(bounds: Sequence[int], rows: Sequence[dict]) -> list[Bucket]:
    by_bucket = {row["bucket"]: row for row in rows}
    result = []
    for index, (label, low, high) in enumerate(bucket_ranges(bounds)):
        row = by_bucket.get(index)
        result.append(Bucket(label, low, high, row["amount"] if row else ZERO, row["invoices"] if row else 0))
    return result


async def aging_by_customer(
    organization_id: uuid.UUID,
    as_of: date,
    *,
    limit: int,
    after: tuple[Decimal, uuid.UUID] | None = None,
    membership_id: uuid.UUID | None = None,
) -> AgingByCustomer:
    """The aging table: one row per customer with something open as of `as_of` (largest total
    first, then by id), each with its buckets, total and distinct invoice count, a page of `limit`
    rows after `after` (the previous page's last total and customer id); and the totals of every
    customer (`aging`). Three queries whatever the page size."""
    buckets, basis = await _settings(organization_id, None, None)
    totals = await aging(organization_id, as_of, buckets, basis=basis, membership_id=membership_id)
    db = connections.get("default")
    page = await db.execute_query_dict(
        _CUSTOMER_PAGE_SQL,
        [organization_id, as_of, None, None, membership_id, after[0] if after else None, after[1] if after else None, limit + 1],
    )
    has_next = len(page) > limit
    ids = [row["customer_id"] for row in page[:limit]]
    rows = await db.execute_query_dict(
        _BY_CUSTOMER_SQL, [organization_id, as_of, None, ids, membership_id, _thresholds(buckets), basis is AgingBasis.INVOICE_DATE]
    ) if ids else []
    per_customer: dict[uuid.UUID, list[dict]] = {}
    for row in rows:
        per_customer.setdefault(row["customer_id"], []).append(row)
    result = []
    for cid in ids:
        mine = per_customer[cid]
        total = next(row for row in mine if row["is_total"])
        result.append(CustomerAging(cid, total["amount"], total["invoices"], _buckets(buckets, [r for r in mine if not r["is_total"]])))
    return AgingByCustomer(totals=totals, rows=result, has_next=has_next)
