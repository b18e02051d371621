"""Small factories for collections tests: organizations in a chosen timezone, staff actors,
customers with contacts, invoices (with installment parts) written directly with the ORM, a
dunning policy, and a mailer that keeps what it is given."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timezone
from decimal import Decimal
from email.message import EmailMessage
from typing import Any

from backend.accounts.actor import Actor
from backend.accounts.models import Membership, Organization, Role
from backend.accounts.permissions import READ_ONLY_ROLES, ROLE_PERMISSIONS, SEES_ALL_CUSTOMERS_ROLES
from backend.audit.models import ActorType
from backend.collections.models import DunningChannel
from backend.collections.policies import PolicyData, StageData, TemplateData, create_policy
from backend.customers.models import Contact, Customer
from backend.invoices.models import Invoice, InvoiceInstallment, InvoiceStatus
from backend.payments.models import Allocation, Payment, PaymentMethod
from tests.fixtures.api import add_member, create_organization, create_user, unique

ALL_DAYS = [1, 2, 3, 4, 5, 6, 7]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


async def staff(org: Organization, role: Role = Role.OWNER, **kwargs: Any) -> tuple[Actor, Membership]:
    user = await create_user()
    membership = await add_member(org, user, role, **kwargs)
    actor = Actor(
        actor_type=ActorType.USER, organization_id=org.id, user_id=user.id, membership_id=membership.id, role=role,
        permissions=ROLE_PERMISSIONS[role], read_only=role in READ_ONLY_ROLES,
        sees_all_customers=role in SEES_ALL_CUSTOMERS_ROLES or membership.sees_all_customers,
    )
    return actor, membership


async def org_with_owner(tz: str = "Asia/Shanghai", **kwargs: Any) -> tuple[Organization, Actor]:
    org = await create_organization(timezone=tz, **kwargs)
    actor, _ = await staff(org, Role.OWNER)
    return org, actor


async def customer(
    org: Organization, *, language: str = "zh-CN", email: str | bool | None = None, phone: str = "", **kwargs: Any
) -> Customer:
    """A customer with one billing contact (`email=False`: none)."""
    kwargs.setdefault("code", unique("C"))
    kwargs.setdefault("legal_name", unique("测试客户有限公司"))
    row = await Customer.create(organization=org, **kwargs)
    if email is not False:
        await Contact.create(
            organization=org, customer=row, name="王会计" if language == "zh-CN" else "Alex Chen",
            email=email or f"{unique('ap')}@example.com", phone=phone, language=language, is_billing_contact=True,
        )
    return row


async def invoice(
    org: Organization, cust: Customer, *, total: str, due: date, issued: date | None = None, currency: str = "CNY",
    parts: Sequence[tuple[date, str]] = (), allocated: str = "0", status: InvoiceStatus | None = None,
) -> Invoice:
    """An issued invoice; `parts` (due date, amount) make it an installment invoice."""
    paid = Decimal(allocated)
    row = await Invoice.create(
        organization=org, customer=cust, number=unique("INV"), currency=currency, total=Decimal(total), subtotal=Decimal(total),
        issue_date=issued or date(2026, 1, 1), due_date=max([due, *[d for d, _ in parts]]) if parts else due,
        status=status or (InvoiceStatus.PARTIALLY_PAID if paid > 0 else InvoiceStatus.ISSUED), allocated=paid,
    )
    for i, (day, amount) in enumerate(parts, start=1):
        await InvoiceInstallment.create(organization=org, invoice=row, sequence=i, due_date=day, amount=Decimal(amount))
    return row


async def pay(inv: Invoice, amount: str, on: date) -> Allocation:
    """Money received on `on` and applied to `inv` (running sums and status kept)."""
    value = Decimal(amount)
    payment = await Payment.create(
        organization_id=inv.organization_id, customer_id=inv.customer_id, method=PaymentMethod.BANK_TRANSFER,
        received_on=on, currency=inv.currency, exchange_rate=inv.exchange_rate, amount=value, allocated=value,
    )
    allocation = await Allocation.create(organization_id=inv.organization_id, payment=payment, invoice=inv, amount=value, applied_on=on)
    inv.allocated += value
    inv.status = InvoiceStatus.PAID if inv.allocated == inv.total else InvoiceStatus.PARTIALLY_PAID
    await inv.save(update_fields=["allocated", "status"])
    return allocation


ZH = TemplateData(
    "zh-CN", "【{organization_name}】付款提醒：{customer_name}",
    "{contact_name}您好：\n贵司以下款项（逾期 {days_overdue} 天）合计 {total_open}：\n{invoices_table}\n付款：{pay_link}\n催收员：{collector_name}",
)
EN = TemplateData(
    "en", "[{organization_name}] Payment reminder: {customer_name}",
    "Dear {contact_name},\nThe following is open ({days_overdue} days overdue), total {total_open}:\n{invoices_table}\nPay: {pay_link}",
)


def stage(offset: int, channel: DunningChannel = DunningChannel.EMAIL) -> StageData:
    return StageData(offset, channel, [ZH, EN])


async def policy(actor: Actor, offsets: Sequence[int] = (-3, 0, 7), **kwargs: Any):  # type: ignore[no-untyped-def]
    kwargs.setdefault("name", unique("催收策略"))
    kwargs.setdefault("allowed_weekdays", ALL_DAYS)
    kwargs.setdefault("quiet_hours_start", 20)
    kwargs.setdefault("quiet_hours_end", 8)
    kwargs.setdefault("pay_link", "https://pay.example.com/acme")
    stages = kwargs.pop("stages", None) or [stage(o) for o in offsets]
    return await create_policy(actor, PolicyData(stages=stages, **kwargs))


class Outbox:
    """A mailer that keeps the messages it is given (SMTP itself is tested with aiosmtpd)."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def send(self, message: EmailMessage) -> None:
        self.messages.append(message)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]
