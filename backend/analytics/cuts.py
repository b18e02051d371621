"""A cut of the figures: by customer, collector, customer grade and document currency.

A cut is resolved once into what the ledger queries take: the ids of the customers it keeps
(None: every customer the caller sees) and a currency (None: every currency). The figures of a
currency cut stay in the base currency (the documents in that currency only); aging also gives
them in the document currency. Collector and grade are the customer's as they are now.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from babel.numbers import list_currencies
from tortoise import connections

from ..accounts.actor import Actor
from ..credit.models import GRADES
from ..customers.repository import membership_in_org, visible_customers
from ..kit.errors import DomainError, FieldError
from .errors import AnalyticsErrorCode as Code

_CURRENCIES = frozenset(list_currencies())
_GRADES = frozenset(grade.value for grade in GRADES)

_CUSTOMERS_SQL = """
SELECT id FROM customers
WHERE organization_id = $1 AND ($2::uuid IS NULL OR id = $2::uuid)
  AND ($3::uuid IS NULL OR collector_id = $3::uuid) AND ($4::text IS NULL OR grade = $4::text)
"""


@dataclass(frozen=True)
class Cut:
    customer_id: uuid.UUID | None = None
    collector_id: uuid.UUID | None = None
    grade: str | None = None
    currency: str | None = None


@dataclass(frozen=True)
class Scope:
    """What the ledger queries of a cut take: the caller's own customers only (`membership_id`,
    collectors and sales without sees_all), the customers of the cut and its currency."""

    membership_id: uuid.UUID | None
    customer_ids: list[uuid.UUID] | None = None
    currency: str | None = None


ALL = Cut()


def membership_scope(actor: Actor) -> uuid.UUID | None:
    return None if actor.sees_all_customers else actor.membership_id


async def resolve(actor: Actor, cut: Cut | None, field: str = "cut") -> Scope:
    """The scope of `cut` for `actor`; an unknown customer (or one the caller does not see),
    collector, grade or currency is refused with its field named."""
    cut = cut or ALL
    errors = []
    if cut.customer_id is not None and not await visible_customers(actor).filter(id=cut.customer_id).exists():
        errors.append(FieldError(Code.UNKNOWN_CUSTOMER, "No such customer.", f"{field}.customerId"))
    if cut.collector_id is not None and await membership_in_org(actor.org_id, cut.collector_id) is None:
        errors.append(FieldError(Code.UNKNOWN_COLLECTOR, "No such collector in this organization.", f"{field}.collectorId"))
    if cut.grade is not None and cut.grade not in _GRADES:
        errors.append(FieldError(Code.UNKNOWN_GRADE, f"Grades are {', '.join(g.value for g in GRADES)}.", f"{field}.grade"))
    if cut.currency is not None and cut.currency not in _CURRENCIES:
        errors.append(FieldError(Code.UNKNOWN_CURRENCY, "Give an ISO 4217 currency code, e.g. CNY.", f"{field}.currency"))
    if errors:
        raise DomainError(*errors)
    customer_ids = None
    if cut.customer_id is not None or cut.collector_id is not None or cut.grade is not None:
        rows = await connections.get("default").execute_query_dict(
            _CUSTOMERS_SQL, [actor.org_id, cut.customer_id, cut.collector_id, cut.grade]
        )
        customer_ids = [row["id"] for row in rows]
    return Scope(membership_scope(actor), customer_ids, cut.currency)
