"""Small factories for customers, ledger rows (written directly with the ORM: the invoice and
payment services are another domain's) and actors."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from backend.accounts.actor import Actor
from backend.accounts.models import Membership, Organization, Role, User
from backend.accounts.permissions import READ_ONLY_ROLES, ROLE_PERMISSIONS, SEES_ALL_CUSTOMERS_ROLES
from backend.audit.models import ActorType
from backend.credit.models import CreditProfile, FinancialStatement
from backend.customers.models import Customer
from backend.invoices.models import Invoice, InvoiceStatus
from backend.kit.time import local_today
from backend.payments.models import Allocation, Payment, PaymentMethod
from tests.fixtures.api import add_member, create_organization, create_user, unique


def today() -> date:
    return local_today("Asia/Shanghai")


def days(n: int) -> date:
    """`n` days from the organization's today (negative: in the past)."""
    return today() + timedelta(days=n)


def actor_for(org: Organization, user: User, membership: Membership) -> Actor:
    role = membership.role
    return Actor(
        actor_type=ActorType.USER,
        organization_id=org.id,
        user_id=user.id,
        role=role,
        permissions=ROLE_PERMISSIONS[role],
        read_only=role in READ_ONLY_ROLES,
        sees_all_customers=role in SEES_ALL_CUSTOMERS_ROLES or membership.sees_all_customers,
    )


async def staff(org: Organization, role: Role = Role.OWNER, **kwargs: Any) -> tuple[Actor, Membership]:
    user = await create_user()
    membership = await add_member(org, user, role, **kwargs)
    return actor_for(org, user, membership), membership


async def org_and_owner() -> tuple[Organization, Actor]:
    org = await create_organization()
    actor, _ = await staff(org, Role.OWNER)
    return org, actor


async def customer(org: Organization, **kwargs: Any) -> Customer:
    kwargs.setdefault("code", unique("C"))
    kwargs.setdefault("legal_name", unique("测试客户有限公司"))
    return await Customer.create(organization=org, **kwargs)


async def invoice(
    org: Organization,
    cust: Customer,
    *,
    total: str | Decimal,
    issued: int | None = None,
    due: int | None = None,
    status: InvoiceStatus | None = None,
    currency: str = "CNY",
    rate: str = "1",
) -> Invoice:
    """An invoice issued `issued` days from today, due `due` days from today (None: a draft)."""
    return await Invoice.create(
        organization=org,
        customer=cust,
        status=status or (InvoiceStatus.ISSUED if issued is not None else InvoiceStatus.DRAFT),
        issue_date=days(issued) if issued is not None else None,
        due_date=days(due) if due is not None else None,
        currency=currency,
        exchange_rate=Decimal(rate),
        subtotal=Decimal(total),
        total=Decimal(total),
        number=unique("INV") if issued is not None else None,
    )


async def pay(inv: Invoice, amount: str | Decimal, on: int) -> Allocation:
    """A payment received `on` days from today, applied to `inv` (running sums and status kept)."""
    amount = Decimal(amount)
    payment = await Payment.create(
        organization_id=inv.organization_id, customer_id=inv.customer_id, method=PaymentMethod.BANK_TRANSFER,
        received_on=days(on), currency=inv.currency, exchange_rate=inv.exchange_rate, amount=amount, allocated=amount,
    )
    allocation = await Allocation.create(
        organization_id=inv.organization_id, payment=payment, invoice=inv, amount=amount, applied_on=days(on)
    )
    inv.allocated += amount
    inv.status = InvoiceStatus.PAID if inv.allocated == inv.total else InvoiceStatus.PARTIALLY_PAID
    await inv.save(update_fields=["allocated", "status"])
    return allocation


async def statement(org: Organization, cust: Customer, start: date, end: date, **figures: str) -> FinancialStatement:
    return await FinancialStatement.create(
        organization=org, customer=cust, period_start=start, period_end=end,
        **{name: Decimal(value) for name, value in figures.items()},
    )


async def profile(org: Organization, cust: Customer, **values: Any) -> CreditProfile:
    return await CreditProfile.create(organization=org, customer=cust, **values)
