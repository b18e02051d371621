"""The credit check run when an invoice is issued: exposure = open invoice balances + this invoice,
in the base currency at each document's rate, against the customer's credit limit; and the credit
hold, from the customer's status or its grade's policy. An approved exception for exactly this
invoice lets it through once."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from enum import Enum
from decimal import Decimal

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..customers.models import Customer, CustomerStatus
from ..customers.service import org_today
from ..invoices.balances import NO_BALANCE, customer_balances
from ..invoices.models import Invoice
from ..kit.errors import Amount, DomainError, FieldError, message_params
from ..kit.money import to_base
from ..kit.time import utcnow
from .errors import CreditErrorCode
from .inputs import load_config
from .scorecard import Config
from .models import CreditException, DecisionStatus, Grade
from .service import expire_overrides

async def open_exposure(organization_id: uuid.UUID, customer_id: uuid.UUID, today: date) -> Decimal:
    """The customer's open balance today in the base currency (the invoice being issued is still a
    draft in the database, so it is not in it)."""
    return (await customer_balances(organization_id, [customer_id], today)).get(customer_id, NO_BALANCE).open_balance


class HoldCause(str, Enum):
    STATUS = "status"
    GRADE_POLICY = "grade_policy"
    OVERDUE = "overdue"


def hold_cause(customer: Customer, config: Config, worst_days_overdue: int) -> HoldCause | None:
    """Why the customer is on credit hold, or None: its status (on hold, blocked), its grade
    policy's hold, or an installment part overdue longer than the policy's `hold_overdue_days`."""
    if customer.status in (CustomerStatus.ON_HOLD, CustomerStatus.BLOCKED):
        return HoldCause.STATUS
    if not customer.grade:
        return None
    policy = config.policies[Grade(customer.grade)]
    if policy.credit_hold:
        return HoldCause.GRADE_POLICY
    if policy.hold_overdue_days is not None and worst_days_overdue > policy.hold_overdue_days:
        return HoldCause.OVERDUE
    return None


async def hold_causes(organization_id: uuid.UUID, customers: Sequence[Customer]) -> dict[uuid.UUID, HoldCause | None]:
    """`hold_cause` of each customer, with one load of the policies and one of the balances."""
    config = await load_config(organization_id)
    balances = await customer_balances(organization_id, [c.id for c in customers], await org_today(organization_id))
    return {c.id: hold_cause(c, config, balances.get(c.id, NO_BALANCE).worst_days_overdue) for c in customers}


async def hold_reason(actor: Actor, customer: Customer) -> FieldError | None:
    """Why the customer is on credit hold (`hold_cause`), as an error with its parameters, or None."""
    config = await load_config(actor.org_id)
    today = await org_today(actor.org_id)
    days = (await customer_balances(actor.org_id, [customer.id], today)).get(customer.id, NO_BALANCE).worst_days_overdue
    cause = hold_cause(customer, config, days)
    if cause is None:
        return None
    params: dict[str, object] = {"cause": cause.value, "customer": customer.code, "status": customer.status.name, "grade": customer.grade or ""}
    if cause is HoldCause.STATUS:
        message = f"Customer {customer.code} is on credit hold ({customer.status.value})."
    elif cause is HoldCause.GRADE_POLICY:
        message = f"Customers of grade {customer.grade} are on credit hold by policy."
    else:
        params |= {"days": days, "holdDays": config.policies[Grade(customer.grade)].hold_overdue_days}
        message = (
            f"Customer {customer.code} has an invoice {days} days overdue; grade {customer.grade} goes on hold "
            f"after {params['holdDays']} days."
        )
    return FieldError(CreditErrorCode.CUSTOMER_ON_HOLD, message, "customer", message_params(params))


async def check_invoice_credit(actor: Actor, invoice: Invoice, customer: Customer) -> None:
    """Refuse issuing `invoice` to a customer on credit hold or over its credit limit, unless an
    approved exception covers exactly this invoice (then the exception is marked used, in the
    caller's transaction, and the invoice records it). A blocked customer is refused regardless.

    The caller holds a row lock on `customer` (select_for_update) so that two invoices issued at
    once cannot both slip under the limit. A customer without a credit limit has no limit.
    """
    today = await org_today(actor.org_id)
    if await expire_overrides(actor.org_id, today, [customer.id]):
        fresh = await Customer.get(id=customer.id)
        customer.credit_limit, customer.payment_terms_days = fresh.credit_limit, fresh.payment_terms_days
    if customer.status is CustomerStatus.BLOCKED:
        raise DomainError.single(
            CreditErrorCode.CUSTOMER_ON_HOLD, f"Customer {customer.code} is blocked.", "customer",
            {"cause": HoldCause.STATUS.value, "customer": customer.code, "status": customer.status.name, "grade": customer.grade or ""},
        )
    amount = to_base(invoice.total, invoice.exchange_rate)
    currency = (await Organization.get(id=actor.org_id)).base_currency
    problem = await hold_reason(actor, customer)
    if problem is None and customer.credit_limit is not None:
        exposure = await open_exposure(actor.org_id, customer.id, today) + amount
        if exposure > customer.credit_limit:
            problem = FieldError(
                CreditErrorCode.CREDIT_LIMIT_EXCEEDED,
                f"Issuing this invoice takes the exposure to {exposure}, over the credit limit {customer.credit_limit}.",
                "customer",
                message_params({
                    "customer": customer.code,
                    "exposure": Amount(exposure, currency),
                    "limit": Amount(customer.credit_limit, currency),
                    "excess": Amount(exposure - customer.credit_limit, currency),
                }),
            )
    if problem is None:
        return
    exception = (
        await CreditException.filter(organization_id=actor.org_id, invoice_id=invoice.id, status=DecisionStatus.APPROVED)
        .select_for_update()
        .first()
    )
    if exception is not None and exception.customer_id == customer.id and amount <= exception.amount:
        exception.status = DecisionStatus.USED
        exception.used_at = utcnow()
        await exception.save(update_fields=["status", "used_at"])
        invoice.credit_exception = exception.id
        await Invoice.filter(id=invoice.id).update(credit_exception=exception.id)
        return
    if exception is not None:
        problem = replace(
            problem,
            message=f"{problem.message} The approved exception covers {exception.amount}, not this invoice's {amount}.",
            params=problem.params + message_params({"exceptionAmount": Amount(exception.amount, currency), "invoiceAmount": Amount(amount, currency)}),
        )
    raise DomainError(problem)
