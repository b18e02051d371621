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

_AGING_SQL = f"""
SELECT WIDTH_BUCKET(CASE WHEN $7 THEN $2::date - issue_date ELSE days_past_due END, $6::int[]) AS bucket,
       SUM(base) AS amount, COUNT(DISTINCT id) AS invoices
FROM ({PARTS_AS_OF_SQL}) part_base
GROUP BY 1
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
    as_of: date
    basis: AgingBasis
    buckets: list[Bucket]

    @property
    def total(self) -> Decimal:
        return sum((b.amount for b in self.buckets), ZERO)


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
    if buckets is None or basis is None:
        settings = await InvoiceSettings.get_or_none(organization_id=organization_id)
        if buckets is None:
            buckets = (settings.aging_bounds if settings and settings.aging_bounds else None) or DEFAULT_AGING_BOUNDS
        if basis is None:
            basis = settings.aging_basis if settings else AgingBasis.DUE_DATE
    if not valid_bounds(buckets):
        raise ValueError(f"aging bounds must be increasing positive day counts, got {buckets!r}")
    thresholds = [1] + [b + 1 for b in buckets]
    rows = await connections.get("default").execute_query_dict(
        _AGING_SQL,
        [organization_id, as_of, None, [customer_id] if customer_id else None, membership_id, thresholds, basis is AgingBasis.INVOICE_DATE],
    )
    by_bucket = {row["bucket"]: row for row in rows}
    result = []
    for index, (label, low, high) in enumerate(bucket_ranges(buckets)):
        row = by_bucket.get(index)
        result.append(
            Bucket(label, low, high, row["amount"] if row else ZERO, row["invoices"] if row else 0)
        )
    return AgingReport(as_of=as_of, basis=basis, buckets=result)
