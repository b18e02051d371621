"""Queries of the ledger, always scoped to the caller's organization and, for collectors and
sales, to the customers they collect or own (Customer.collector_id / owner_id are membership ids)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..customers.models import Customer
from ..kit.time import local_today
from .balances import overdue_sql
from .models import CreditNote, Invoice, InvoiceStatus, WriteOff

NOBODY = uuid.UUID(int=0)


def scope_membership(actor: Actor) -> uuid.UUID | None:
    """None when the actor sees every customer, else the membership whose customers it sees."""
    return None if actor.sees_all_customers else (actor.membership_id or NOBODY)


def customer_scope(actor: Actor, prefix: str = "customer__") -> Q:
    membership = scope_membership(actor)
    if membership is None:
        return Q()
    return Q(**{f"{prefix}collector_id": membership}) | Q(**{f"{prefix}owner_id": membership})


def customers(actor: Actor) -> QuerySet[Customer]:
    return Customer.filter(customer_scope(actor, prefix=""), organization_id=actor.org_id)


def invoices(actor: Actor) -> QuerySet[Invoice]:
    return Invoice.filter(customer_scope(actor), organization_id=actor.org_id)


def credit_notes(actor: Actor) -> QuerySet[CreditNote]:
    return CreditNote.filter(customer_scope(actor), organization_id=actor.org_id)


def write_offs(actor: Actor) -> QuerySet[WriteOff]:
    return WriteOff.filter(customer_scope(actor, prefix="invoice__customer__"), organization_id=actor.org_id)


@dataclass(frozen=True)
class InvoiceListFilter:
    """The invoice list's filters (GraphQL `invoices(filter:)` and the invoices export)."""

    statuses: tuple[InvoiceStatus, ...] = ()
    customer_id: uuid.UUID | None = None
    customer_given: bool = False  # a customer id was given, even one that is not valid: nothing matches
    overdue: bool | None = None  # an open part past due as of the organization's today
    disputed: bool | None = None
    due_from: date | None = None
    due_to: date | None = None
    search: str | None = None  # number, e-invoice number or contract reference


def _overdue_sql(organization_id: uuid.UUID, today: date) -> RawSQL:
    """True for an invoice with an overdue part as of today (backend/invoices/balances.py)."""
    return RawSQL(f"(\"invoices\".\"id\" IN ({overdue_sql(organization_id, today, 'id')}))")


async def filtered(actor: Actor, query: QuerySet[Invoice], f: InvoiceListFilter) -> QuerySet[Invoice]:
    if f.statuses:
        query = query.filter(status__in=[s.value for s in f.statuses])
    if f.customer_given:
        query = query.filter(customer_id=f.customer_id)
    if f.disputed is not None:
        query = query.filter(disputed=f.disputed)
    if f.due_from is not None:
        query = query.filter(due_date__gte=f.due_from)
    if f.due_to is not None:
        query = query.filter(due_date__lte=f.due_to)
    if f.search:
        term = f.search.strip()
        query = query.filter(Q(number__icontains=term) | Q(e_invoice_number__icontains=term) | Q(contract_ref__icontains=term))
    if f.overdue is not None:
        org = await Organization.get(id=actor.org_id)
        query = query.annotate(is_overdue=_overdue_sql(org.id, local_today(org.timezone))).filter(is_overdue=f.overdue)
    return query
