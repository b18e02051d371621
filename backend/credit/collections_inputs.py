"""What the scorecard and the alert rules read from collections: promises to pay and disputes.

One set-based query each over the collections tables (backend/collections/models.py), for a whole
set of customers. Callers: backend.credit.inputs (scorecard factors `broken_promises`,
`open_disputes`) and backend.alerts.service (the `broken_promise` rule, one alert per promise).
A promise is broken when the collections worker settled it as such (docs/collections.md): its
date passed and the payments to its invoices from the day it was made to its date fell short. A
payment plan that defaulted counts as a broken promise.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tortoise import connections

# A defaulted payment plan is a broken promise to pay in installments: it counts and alerts as one.
# `due_on` is the promise's date, or the day the plan defaulted.
BROKEN_SQL = """
SELECT customer_id, id, kind, amount, paid_amount, currency, due_on FROM (
    SELECT customer_id, id, 'promise' AS kind, amount, paid_amount, currency, promised_on AS due_on, settled_on FROM promises_to_pay
    WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) AND status = 'broken' AND settled_on > $3 AND settled_on <= $4
    UNION ALL
    SELECT customer_id, id, 'plan', amount, paid_amount, currency, ended_on, ended_on FROM payment_plans
    WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) AND status = 'defaulted' AND ended_on > $3 AND ended_on <= $4
) broken
ORDER BY settled_on, id
"""

OPEN_DISPUTES_SQL = """
SELECT customer_id, COUNT(*) AS n FROM disputes
WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) AND status = 'open'
GROUP BY customer_id
"""


@dataclass(frozen=True)
class BrokenPromise:
    """A promise to pay (`kind` "promise") or a payment plan ("plan") the customer broke: what was
    promised, what came in by its date (the plan's: by the day it defaulted), in its currency."""

    id: str
    kind: str
    amount: Decimal
    paid: Decimal
    currency: str
    due_on: date


async def broken_promises(
    organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID], as_of: date
) -> dict[uuid.UUID, list[BrokenPromise]]:
    """The promises to pay each customer broke in the 12 months up to `as_of`
    (settled as broken after as_of − 365 days and on or before as_of)."""
    rows = await connections.get("default").execute_query_dict(
        BROKEN_SQL, [organization_id, list(customer_ids), as_of - timedelta(days=365), as_of]
    )
    found: dict[uuid.UUID, list[BrokenPromise]] = {}
    for row in rows:
        found.setdefault(row["customer_id"], []).append(
            BrokenPromise(str(row["id"]), row["kind"], row["amount"], row["paid_amount"], row["currency"], row["due_on"])
        )
    return found


async def open_dispute_counts(organization_id: uuid.UUID, customer_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many disputes each customer has open."""
    rows = await connections.get("default").execute_query_dict(OPEN_DISPUTES_SQL, [organization_id, list(customer_ids)])
    return {row["customer_id"]: int(row["n"]) for row in rows}
