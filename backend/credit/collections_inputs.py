"""What the scorecard and the alert rules read from collections: promises to pay and disputes.

Collections (promises, disputes) is a later issue and its tables do not exist yet, so for now every
customer has no broken promise and no open dispute. When collections lands, these two functions
get set-based queries over its tables (same signatures: one query for a whole set of customers);
their callers — backend.credit.inputs (scorecard factors `broken_promises`, `open_disputes`) and
backend.alerts.service (the `broken_promise` rule) — stay as they are.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date


async def broken_promises(
    organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID], as_of: date
) -> dict[uuid.UUID, list[str]]:
    """Ids of the promises to pay each customer broke in the 12 months up to `as_of`."""
    return {}


async def open_dispute_counts(organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many disputes each customer has open."""
    return {}
