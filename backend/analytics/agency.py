"""The overview of every organization a user belongs to (a bookkeeping agency's view): each one's
AR, overdue AR and standard DSO over the 90 days ending on its own today, as that member sees it
(collectors and sales without sees_all: their customers). Queries: one for the memberships, then
one per organization (position and the window's sales together)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tortoise import connections

from ..accounts.actor import Actor
from ..accounts.models import Role
from ..accounts.permissions import ROLE_PERMISSIONS, SEES_ALL_CUSTOMERS_ROLES, Permission
from ..invoices.balances import DUE_BALANCES_AS_OF_SQL
from ..kit.time import local_today
from . import kpis
from .service import DSO_WINDOW_DAYS

_MEMBERSHIPS_SQL = """
SELECT m.id AS membership_id, m.role, m.sees_all_customers, o.id, o.name, o.base_currency, o.timezone
FROM memberships m JOIN organizations o ON o.id = m.organization_id
WHERE m.user_id = $1
ORDER BY o.name, o.id
"""

# DUE_BALANCES_AS_OF_SQL's parameters ($1 organization, $2 as of, $5 membership or null) and $6 the first
# day of the DSO window.
_FIGURES_SQL = f"""
SELECT COALESCE(SUM(base), 0.00) AS total, COALESCE(SUM(base) FILTER (WHERE overdue), 0.00) AS overdue,
       COALESCE(SUM(firsts), 0)::bigint AS open_invoices,
       (SELECT COALESCE(SUM(ROUND(i.total * i.exchange_rate, 2)), 0) FROM invoices i
        WHERE i.organization_id = $1 AND i.status NOT IN ('draft', 'void') AND i.issue_date BETWEEN $6 AND $2
          AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM customers s WHERE s.id = i.customer_id AND (s.collector_id = $5 OR s.owner_id = $5)))
       ) AS window_sales
FROM ({DUE_BALANCES_AS_OF_SQL}) p
"""


@dataclass(frozen=True)
class OrganizationOverview:
    organization_id: uuid.UUID
    name: str
    role: Role
    currency: str
    as_of: date
    ar_total: Decimal
    overdue_ar: Decimal
    open_invoice_count: int
    overdue_ratio: Decimal | None
    dso: Decimal | None


async def agency_overview(actor: Actor) -> list[OrganizationOverview]:
    """Every organization `actor`'s user belongs to, by name."""
    db = connections.get("default")
    result = []
    for m in await db.execute_query_dict(_MEMBERSHIPS_SQL, [actor.user_id]):
        role = Role(m["role"])
        if Permission.CUSTOMERS_READ not in ROLE_PERMISSIONS[role]:
            continue
        sees_all = role in SEES_ALL_CUSTOMERS_ROLES or m["sees_all_customers"]
        as_of = local_today(m["timezone"])
        row = (await db.execute_query_dict(
            _FIGURES_SQL,
            [m["id"], as_of, None, None, None if sees_all else m["membership_id"], as_of - timedelta(days=DSO_WINDOW_DAYS - 1)],
        ))[0]
        result.append(OrganizationOverview(
            organization_id=m["id"], name=m["name"], role=role, currency=m["base_currency"], as_of=as_of,
            ar_total=row["total"], overdue_ar=row["overdue"], open_invoice_count=row["open_invoices"],
            overdue_ratio=kpis.overdue_ratio(row["overdue"], row["total"]),
            dso=kpis.standard_dso(row["total"], row["window_sales"], DSO_WINDOW_DAYS),
        ))
    return result
