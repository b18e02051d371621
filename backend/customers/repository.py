"""Customer queries, always scoped to the caller's organization and, for collectors and sales,
to the customers they collect or own."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tortoise import fields
from tortoise.expressions import Q, RawSQL, Subquery
from tortoise.fields.base import Field
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..accounts.models import Membership
from ..credit.models import GRADES
from ..invoices.balances import customer_figure_sql, overdue_sql
from .models import Contact, Customer, CustomerStatus


def scope_q(actor: Actor) -> Q:
    """The customers `actor` may see, as a filter on Customer."""
    if actor.sees_all_customers:
        return Q(organization_id=actor.org_id)
    return Q(organization_id=actor.org_id) & (Q(collector__user_id=actor.user_id) | Q(owner__user_id=actor.user_id))


def visible_customers(actor: Actor) -> QuerySet[Customer]:
    return Customer.filter(scope_q(actor))


def visible_customer_ids(actor: Actor) -> Subquery:
    """A subquery of the visible customers' ids, for filtering other tables by customer."""
    return Subquery(visible_customers(actor).values("id"))


async def get_visible(actor: Actor, customer_id: uuid.UUID | None, *, for_update: bool = False) -> Customer | None:
    if customer_id is None:
        return None
    query = visible_customers(actor).filter(id=customer_id)
    if for_update:
        # Row locks do not go with joins to other tables: lock by id once visibility is known.
        if not await query.exists():
            return None
        return await Customer.filter(id=customer_id).select_for_update().first()
    return await query.first()


async def membership_in_org(organization_id: uuid.UUID, membership_id: uuid.UUID | None) -> Membership | None:
    if membership_id is None:
        return None
    return await Membership.get_or_none(id=membership_id, organization_id=organization_id)


async def own_membership(actor: Actor) -> Membership | None:
    if actor.user_id is None:
        return None
    return await Membership.get_or_none(organization_id=actor.org_id, user_id=actor.user_id)


def search_term(raw: str) -> str:
    return " ".join(raw.split()).lower()


@dataclass(frozen=True)
class CustomerFilter:
    search: str | None = None
    grades: tuple[str, ...] = ()
    statuses: tuple[CustomerStatus, ...] = ()
    collector_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    tag: str | None = None
    overdue: bool | None = None


def filtered(actor: Actor, f: CustomerFilter, today: date) -> QuerySet[Customer]:
    """Search matches a substring of code, legal or short name, credit code, tax number, or a
    contact's name, phone or email (`search_text LIKE '%term%'`, trigram-indexed where available)."""
    query = visible_customers(actor)
    if f.search and (term := search_term(f.search)):
        contacts = Contact.filter(organization_id=actor.org_id, search_text__contains=term).values("customer_id")
        query = query.filter(Q(search_text__contains=term) | Q(id__in=Subquery(contacts)))
    if f.grades:
        query = query.filter(grade__in=list(f.grades))
    if f.statuses:
        query = query.filter(status__in=list(f.statuses))
    if f.collector_id is not None:
        query = query.filter(collector_id=f.collector_id)
    if f.owner_id is not None:
        query = query.filter(owner_id=f.owner_id)
    if f.tag:
        query = query.filter(tags__contains=[f.tag.strip()])
    if f.overdue is not None:
        overdue = RawSQL(f"(\"customers\".\"id\" IN ({overdue_sql(actor.org_id, today, 'customer_id')}))")
        query = query.annotate(is_overdue=overdue).filter(is_overdue=f.overdue)
    return query


# Sort keys computed per customer as of the organization's today, from the one definition of
# balances (backend/invoices/balances.py), each never null so that keyset pagination holds:
# balance and overdue amount 0.00 and days overdue 0 when nothing is open; grade as its risk rank
# (AAA 1 … C 5, not graded 0); score −1 when not assessed.
BALANCE_SORTS = {"balance": "open_balance", "overdue_amount": "overdue_balance", "days_overdue": "worst_days_overdue"}
GRADE_RANK_SQL = "(CASE \"customers\".\"grade\" {} ELSE 0 END)".format(
    " ".join(f"WHEN '{g.value}' THEN {rank}" for rank, g in enumerate(GRADES, start=1))
)
SORT_KEY = "sort_key"
_SORT_FIELDS: dict[str, Field] = {
    "balance": fields.DecimalField(max_digits=18, decimal_places=2),
    "overdue_amount": fields.DecimalField(max_digits=18, decimal_places=2),
    "days_overdue": fields.IntField(),
    "grade": fields.IntField(),
    "score": fields.DecimalField(max_digits=5, decimal_places=2),
}


def with_sort_key(actor: Actor, query: QuerySet[Customer], sort: str, today: date) -> tuple[QuerySet[Customer], Field]:
    """`query` annotated with the computed sort key `sort` (one of _SORT_FIELDS) as SORT_KEY, in
    the same single query, and the field its cursor value is read as."""
    if sort in BALANCE_SORTS:
        expression = customer_figure_sql(actor.org_id, today, BALANCE_SORTS[sort])
    elif sort == "grade":
        expression = GRADE_RANK_SQL
    elif sort == "score":
        expression = '(COALESCE("customers"."score", -1))'
    else:
        raise ValueError(sort)
    return query.annotate(**{SORT_KEY: RawSQL(expression)}), _SORT_FIELDS[sort]


def computed_sort(sort: str) -> bool:
    return sort in _SORT_FIELDS
