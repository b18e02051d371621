"""Customer queries, always scoped to the caller's organization and, for collectors and sales,
to the customers they collect or own."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tortoise.expressions import Q, RawSQL, Subquery
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..accounts.models import Membership
from ..invoices.balances import overdue_sql
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
