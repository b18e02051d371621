"""Demo ledger rows for one organization: invoices in every aging bucket, installments, payments
(explicit and oldest due first), a credit note, a disputed invoice carrying late-fee interest.
Idempotent: nothing is added when the organization already has invoices."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from ..accounts.actor import Actor
from ..accounts.models import Organization
from ..customers.models import Customer, CustomerStatus
from ..kit.errors import DomainError
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


# Six months of trade with the graded demo customers, so that the dashboard's trend, DSO, CEI
# and aging have something to show. How late a customer pays follows its grade.
HISTORY_MARK = "DEMO-HISTORY"
HISTORY_MONTHS = 6
MONTHLY_AMOUNT = {"AAA": 80_000, "AA": 60_000, "A": 40_000, "B": 25_000, "C": 12_000}
DAYS_LATE = {"AAA": (-5, 2), "AA": (-3, 8), "A": (0, 20), "B": (10, 45), "C": (30, 150)}
GOODS = ("精密零部件", "设备配件", "原材料", "技术服务费", "包装物料", "运输服务")


async def load_demo_history(org: Organization) -> None:
    """One invoice a month per graded customer, paid on time or late as its grade says; the
    most recent and the worst payers' invoices stay open. Refusals of the credit check (a
    customer on hold or at its limit) are part of the story: that invoice is not issued."""
    if await Invoice.filter(organization_id=org.id, contract_ref=HISTORY_MARK).exists():
        return
    actor = Actor.system(org.id)
    today = local_today(org.timezone)
    rng = random.Random(20260301)
    graded = await Customer.filter(organization_id=org.id, grade__isnull=False, status=CustomerStatus.ACTIVE).order_by("code")
    for customer in graded:
        base = MONTHLY_AMOUNT.get(customer.grade or "", 20_000)
        early, late = DAYS_LATE.get(customer.grade or "", (0, 30))
        for month in range(HISTORY_MONTHS, 0, -1):
            issued_on = today - timedelta(days=30 * month - rng.randint(0, 12))
            amount = Decimal(round(base * rng.uniform(0.6, 1.4), -2))
            draft = await service.create_draft(
                actor, customer_id=customer.id, currency="CNY", contract_ref=HISTORY_MARK,
                lines=[LineInput(rng.choice(GOODS), Decimal(1), amount, Decimal("0.13"))],
            )
            try:
                invoice = await service.issue_invoice(actor, draft.id, issue_date=issued_on)
            except DomainError:
                await service.delete_draft(actor, draft.id)
                continue
            assert invoice.due_date is not None
            paid_on = invoice.due_date + timedelta(days=rng.randint(early, late))
            if paid_on >= today:
                continue
            share = Decimal("0.5") if customer.grade in ("B", "C") and rng.random() < 0.3 else Decimal(1)
            await payments.record_payment(
                actor, customer_id=customer.id, amount=(invoice.total * share).quantize(Decimal("0.01")), currency="CNY",
                method=rng.choice((PaymentMethod.BANK_TRANSFER, PaymentMethod.BANK_TRANSFER, PaymentMethod.BANK_ACCEPTANCE_BILL)),
                received_on=max(paid_on, issued_on), reference=f"货款 {invoice.number}", payer_name=customer.legal_name,
                allocate=[(invoice.id, (invoice.total * share).quantize(Decimal("0.01")))],
            )
