"""Demo ledger rows for one organization: invoices in every aging bucket, installments, payments
(explicit and oldest due first), a credit note, a disputed invoice carrying late-fee interest.
Idempotent: nothing is added when the organization already has invoices."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..customers.models import Customer
from ..kit.time import local_today
from ..payments import service as payments
from ..payments.models import PaymentMethod
from . import service
from .models import Invoice
from .service import InstallmentInput, LineInput

DEMO_CUSTOMERS = (
    ("DEMO-L01", "苏州恒通精密机械有限公司", 30),
    ("DEMO-L02", "宁波海晟进出口贸易有限公司", 60),
)


async def load_demo_ledger(org: Organization) -> None:
    if await Invoice.filter(organization_id=org.id).exists():
        return
    actor = Actor.system(org.id)
    today = local_today(org.timezone)
    customers = []
    for code, name, terms in DEMO_CUSTOMERS:
        customer, _ = await Customer.get_or_create(
            organization_id=org.id, code=code, defaults={"legal_name": name, "payment_terms_days": terms}
        )
        customers.append(customer)
    hengtong, haisheng = customers

    async def issue(customer: Customer, lines: list[LineInput], days_ago: int, **kwargs) -> Invoice:  # type: ignore[no-untyped-def]
        draft = await service.create_draft(actor, customer_id=customer.id, currency="CNY", lines=lines, **kwargs)
        return await service.issue_invoice(actor, draft.id, issue_date=today - timedelta(days=days_ago))

    machines = await issue(hengtong, [LineInput("数控车床维修配件（一批）", Decimal(1), Decimal("11327.43"), Decimal("0.13"))], 75)
    await issue(
        haisheng, [LineInput("冷链设备（分期）", Decimal(1), Decimal("31858.41"), Decimal("0.13"))], 70,
        installments=[InstallmentInput(today - timedelta(days=40), Decimal("12000.00")),
                      InstallmentInput(today - timedelta(days=10), Decimal("12000.00")),
                      InstallmentInput(today + timedelta(days=20), Decimal("12000.00"))],
    )
    recent = await issue(hengtong, [LineInput("季度保养服务", Decimal(1), Decimal("8113.21"), Decimal("0.06"))], 10)
    old = await issue(
        haisheng, [LineInput("包装材料", Decimal(500), Decimal("4.90"), Decimal("0"))], 200,
        late_fee_daily_rate=Decimal("0.0005"), late_fee_grace_days=10,
    )
    await payments.record_payment(
        actor, customer_id=hengtong.id, amount=Decimal("5000.00"), currency="CNY", method=PaymentMethod.BANK_TRANSFER,
        received_on=today - timedelta(days=30), reference="电汇 HT-0001", payer_name=hengtong.legal_name,
        allocate=[(machines.id, Decimal("5000.00"))],
    )
    await payments.record_payment(
        actor, customer_id=haisheng.id, amount=Decimal("13000.00"), currency="CNY", method=PaymentMethod.BANK_ACCEPTANCE_BILL,
        received_on=today - timedelta(days=35), reference="承兑汇票 HS-2026-07", payer_name=haisheng.legal_name,
        allocate=payments.OLDEST_DUE_FIRST,
    )
    note = await service.create_credit_note(
        actor, customer_id=hengtong.id, currency="CNY", amount=Decimal("600.00"), reason="服务工时调整", issue_date=today - timedelta(days=5)
    )
    await service.apply_credit_note(actor, note.id, [(recent.id, Decimal("600.00"))], applied_on=today - timedelta(days=5))
    await service.set_dispute(actor, old.id, disputed=True, note="客户称部分货物破损")
