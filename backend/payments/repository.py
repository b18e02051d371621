"""Queries of payments, scoped to the caller's organization and visible customers."""

from __future__ import annotations

from tortoise.queryset import QuerySet

from ..accounts.actor import Actor
from ..invoices.repository import customer_scope
from .models import Payment


def payments(actor: Actor) -> QuerySet[Payment]:
    """Payments of the organization; collectors and sales see those of their customers only
    (never unmatched ones)."""
    return Payment.filter(customer_scope(actor), organization_id=actor.org_id)
