"""Queries of the ledger, always scoped to the caller's organization and, for collectors and
sales, to the customers they collect or own (Customer.collector_id / owner_id are membership ids)."""

from __future__ import annotations

import uuid

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..customers.models import Customer
from .models import CreditNote, Invoice, WriteOff

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
