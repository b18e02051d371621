"""Small factories for ledger tests: an organization with staff actors, customers, issued invoices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from backend.accounts.actor import Actor
from backend.accounts.models import Membership, Organization, Role
from backend.accounts.permissions import READ_ONLY_ROLES, ROLE_PERMISSIONS, SEES_ALL_CUSTOMERS_ROLES
from backend.audit.models import ActorType
from backend.customers.models import Customer
from backend.invoices import service as invoices
from backend.invoices.models import Invoice
from backend.invoices.service import InstallmentInput, LineInput
from backend.payments import service as payments
from backend.payments.models import Payment, PaymentMethod
from tests.fixtures.api import add_member, create_organization, create_user, unique


@dataclass
class Staff:
    actor: Actor
    membership: Membership


async def staff(org: Organization, role: Role = Role.OWNER, **kwargs: Any) -> Staff:
    """A member of `org` with `role`, as the Actor the services receive."""
    user = await create_user()
    membership = await add_member(org, user, role, **kwargs)
    actor = Actor(
        actor_type=ActorType.USER,
        organization_id=org.id,
        user_id=user.id,
        membership_id=membership.id,
        role=role,
        permissions=ROLE_PERMISSIONS[role],
        read_only=role in READ_ONLY_ROLES,
        sees_all_customers=role in SEES_ALL_CUSTOMERS_ROLES or membership.sees_all_customers,
    )
    return Staff(actor, membership)


async def ledger_org(**kwargs: Any) -> tuple[Organization, Actor]:
    """A new organization and its owner's actor."""
    org = await create_organization(**kwargs)
    owner = await staff(org, Role.OWNER)
    return org, owner.actor


async def create_customer(org: Organization, **kwargs: Any) -> Customer:
    return await Customer.create(
        organization=org, code=kwargs.pop("code", unique("C")), legal_name=kwargs.pop("legal_name", unique("客户有限公司")), **kwargs
    )


def one_line(amount: Decimal | str, tax_rate: str = "0") -> list[LineInput]:
    return [LineInput(description="货物", quantity=Decimal(1), unit_price=Decimal(amount), tax_rate=Decimal(tax_rate))]


async def issued_invoice(
    actor: Actor,
    customer: Customer,
    amount: Decimal | str = "100.00",
    *,
    issue_date: date = date(2026, 1, 1),
    due_date: date | None = None,
    currency: str = "CNY",
    exchange_rate: Decimal | None = None,
    installments: list[tuple[date, str]] = (),  # type: ignore[assignment]
    **kwargs: Any,
) -> Invoice:
    draft = await invoices.create_draft(
        actor, customer_id=customer.id, currency=currency, exchange_rate=exchange_rate, lines=one_line(amount),
        installments=[InstallmentInput(d, Decimal(a)) for d, a in installments], **kwargs,
    )
    return await invoices.issue_invoice(actor, draft.id, issue_date=issue_date, due_date=due_date)


async def received(
    actor: Actor, customer: Customer | None, amount: Decimal | str, *, received_on: date = date(2026, 1, 1), currency: str = "CNY", **kwargs: Any
) -> Payment:
    return await payments.record_payment(
        actor, customer_id=customer.id if customer else None, amount=Decimal(amount), currency=currency,
        method=kwargs.pop("method", PaymentMethod.BANK_TRANSFER), received_on=received_on,
        reference=kwargs.pop("reference", ""), payer_name=kwargs.pop("payer_name", ""), **kwargs,
    )


def freeze_today(monkeypatch: pytest.MonkeyPatch, day: date, tz: str = "Asia/Shanghai") -> None:
    """Make `day` the organizations' today (`backend.kit.time.local_today`): noon of `day` in `tz`."""
    moment = datetime.combine(day, time(12), ZoneInfo(tz)).astimezone(timezone.utc)
    monkeypatch.setattr("backend.kit.time.utcnow", lambda: moment)
