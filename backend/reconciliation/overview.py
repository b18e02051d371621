"""The agency view: for a user in many organizations (a bookkeeping agency, 代账公司), where each of
them stands with last month's statements — nobody forgotten. One query for all the user's
organizations, each seen with the user's own visibility there (collectors and sales: their customers).

Per organization, for the last complete month in its timezone (the period reconciled this month):
- due: customers (not archived) with an open invoice issued by the month's end and no statement
  whose period ends in that month;
- draft, sent, disputed, resolved, confirmed, expired: statements whose period ends in that month;
- open discrepancies: on any statement.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tortoise import connections

from ..accounts.models import Role
from ..accounts.permissions import SEES_ALL_CUSTOMERS_ROLES

_VISIBLE = "(ms.role = ANY($2::text[]) OR ms.sees_all_customers OR c.collector_id = ms.id OR c.owner_id = ms.id)"

_OVERVIEW_SQL = f"""
SELECT ms.organization_id, o.name, ms.role, p.period_start, p.period_end,
       COALESCE(d.due, 0) AS due, st.draft, st.sent, st.disputed, st.resolved, st.confirmed, st.expired,
       x.open_discrepancies
FROM memberships ms
JOIN organizations o ON o.id = ms.organization_id
CROSS JOIN LATERAL (
  SELECT (date_trunc('month', now() AT TIME ZONE o.timezone) - interval '1 month')::date AS period_start,
         (date_trunc('month', now() AT TIME ZONE o.timezone) - interval '1 day')::date AS period_end
) p
CROSS JOIN LATERAL (
  SELECT COUNT(*) FILTER (WHERE s.status = 'draft') AS draft, COUNT(*) FILTER (WHERE s.status = 'sent') AS sent,
         COUNT(*) FILTER (WHERE s.status = 'disputed') AS disputed, COUNT(*) FILTER (WHERE s.status = 'resolved') AS resolved,
         COUNT(*) FILTER (WHERE s.status = 'confirmed') AS confirmed, COUNT(*) FILTER (WHERE s.status = 'expired') AS expired
  FROM account_statements s JOIN customers c ON c.id = s.customer_id
  WHERE s.organization_id = ms.organization_id AND s.period_end BETWEEN p.period_start AND p.period_end AND {_VISIBLE}
) st
CROSS JOIN LATERAL (
  SELECT COUNT(*) AS due FROM customers c
  WHERE c.organization_id = ms.organization_id AND c.status <> 'archived' AND {_VISIBLE}
    AND EXISTS (SELECT 1 FROM invoices i WHERE i.organization_id = c.organization_id AND i.customer_id = c.id
                AND i.status IN ('issued', 'partially_paid') AND i.issue_date <= p.period_end)
    AND NOT EXISTS (SELECT 1 FROM account_statements s WHERE s.organization_id = c.organization_id AND s.customer_id = c.id
                    AND s.period_end BETWEEN p.period_start AND p.period_end)
) d
CROSS JOIN LATERAL (
  SELECT COUNT(*) AS open_discrepancies
  FROM statement_discrepancies x JOIN account_statements s ON s.id = x.statement_id JOIN customers c ON c.id = s.customer_id
  WHERE x.organization_id = ms.organization_id AND x.status = 'open' AND {_VISIBLE}
) x
WHERE ms.user_id = $1
ORDER BY o.name, o.id
"""


@dataclass(frozen=True)
class OrganizationOverview:
    organization_id: uuid.UUID
    name: str
    role: Role
    period_start: date
    period_end: date
    due: int
    draft: int
    sent: int
    disputed: int
    resolved: int
    confirmed: int
    expired: int
    open_discrepancies: int


async def overview(user_id: uuid.UUID) -> list[OrganizationOverview]:
    rows = await connections.get("default").execute_query_dict(
        _OVERVIEW_SQL, [user_id, [r.value for r in SEES_ALL_CUSTOMERS_ROLES]]
    )
    return [
        OrganizationOverview(
            organization_id=r["organization_id"], name=r["name"], role=Role(r["role"]), period_start=r["period_start"],
            period_end=r["period_end"], **{k: int(r[k]) for k in (
                "due", "draft", "sent", "disputed", "resolved", "confirmed", "expired", "open_discrepancies")},
        )
        for r in rows
    ]
