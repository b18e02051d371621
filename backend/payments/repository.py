"""Queries of payments, scoped to the caller's organization and visible customers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tortoise.expressions import F, Q
from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..invoices.repository import customer_scope
from .models import Payment, PaymentStatus


def payments(actor: Actor) -> QuerySet[Payment]:
    """Payments of the organization; collectors and sales see those of their customers only
    (never unmatched ones)."""
    return Payment.filter(customer_scope(actor), organization_id=actor.org_id)


@dataclass(frozen=True)
class PaymentListFilter:
    """The payment list's filters (GraphQL `payments(filter:)` and the payments export)."""

    customer_id: uuid.UUID | None = None
    customer_given: bool = False  # a customer id was given, even one that is not valid: nothing matches
    status: PaymentStatus | None = None
    unmatched: bool | None = None
    has_unapplied: bool | None = None
    received_from: date | None = None
    received_to: date | None = None
    search: str | None = None  # reference, payer name or provider reference


def filtered(actor: Actor, f: PaymentListFilter) -> QuerySet[Payment]:
    query = payments(actor)
    if f.customer_given:
        query = query.filter(customer_id=f.customer_id)
    if f.status is not None:
        query = query.filter(status=f.status)
    if f.unmatched is not None:
        query = query.filter(customer_id__isnull=f.unmatched)
    if f.has_unapplied is not None:
        open_cash = Q(status=PaymentStatus.RECEIVED, amount__gt=F("allocated") + F("refunded"))
        query = query.filter(open_cash if f.has_unapplied else ~open_cash)
    if f.received_from is not None:
        query = query.filter(received_on__gte=f.received_from)
    if f.received_to is not None:
        query = query.filter(received_on__lte=f.received_to)
    if f.search:
        term = f.search.strip()
        query = query.filter(Q(reference__icontains=term) | Q(payer_name__icontains=term) | Q(provider_reference__icontains=term))
    return query
