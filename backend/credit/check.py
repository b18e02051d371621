"""The credit check run when an invoice is issued: exposure = open invoice balances + this invoice,
in the base currency at each document's rate, against the customer's credit limit."""

from __future__ import annotations

from decimal import Decimal

from tortoise import connections

from ..accounts.actor import Actor
from ..customers.models import Customer, CustomerStatus
from ..invoices.models import Invoice
from ..kit.errors import DomainError
from ..kit.money import ZERO, to_base
from .errors import CreditErrorCode

_OPEN_EXPOSURE_SQL = """
SELECT COALESCE(SUM(ROUND((total - allocated - credited - written_off) * exchange_rate, 2)), 0)
FROM invoices
WHERE organization_id = $1 AND customer_id = $2 AND status IN ('issued', 'partially_paid') AND id <> $3
"""


async def open_exposure(organization_id: object, customer_id: object, excluding_invoice_id: object) -> Decimal:
    rows = await connections.get("default").execute_query_dict(
        _OPEN_EXPOSURE_SQL, [organization_id, customer_id, excluding_invoice_id]
    )
    return Decimal(rows[0]["coalesce"]) if rows else ZERO


async def check_invoice_credit(actor: Actor, invoice: Invoice, customer: Customer) -> None:
    """Refuse issuing `invoice` to an on-hold/blocked customer or over its credit limit.

    The caller holds a row lock on `customer` (select_for_update) so that two invoices issued at
    once cannot both slip under the limit. A customer without a credit limit has no limit.
    """
    if customer.status in (CustomerStatus.ON_HOLD, CustomerStatus.BLOCKED):
        raise DomainError.single(
            CreditErrorCode.CUSTOMER_ON_HOLD, f"Customer {customer.code} is on credit hold.", "customer"
        )
    if customer.credit_limit is None:
        return
    exposure = await open_exposure(actor.org_id, customer.id, invoice.id) + to_base(invoice.total, invoice.exchange_rate)
    if exposure > customer.credit_limit:
        raise DomainError.single(
            CreditErrorCode.CREDIT_LIMIT_EXCEEDED,
            f"Issuing this invoice takes the exposure to {exposure}, over the credit limit {customer.credit_limit}.",
            "customer",
        )
