"""The finer rules of the reminder worker: task stages, missing recipients, the minimum amount,
per-invoice messages, SMS, the grade's own policy, and the template language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backend.collections.models import ClaimStatus, CollectionAction, DunningChannel, Outcome, ReminderClaim
from backend.collections.policies import StageData
from backend.collections.reminders import claim_due, run_organization
from backend.collections.templates import TemplateProblem, UnknownVariable, parse, render
from backend.credit.models import CreditPolicy, Grade
from backend.config import get_settings
from backend.customers.models import Contact
from backend.notifications.sms import LogSmsSender, get_sms_sender
from tests.collections.factories import EN, ZH, Outbox, customer, invoice, org_with_owner, policy, utc

DAY = date(2026, 11, 3)
NOW = utc(2026, 11, 3, 1, 5)  # 09:05 in Shanghai


class Texts:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str]] = []

    async def send(self, *, phone: str, text: str, idempotency_key: str, language: str = "zh-CN") -> None:
        self.sent.append((phone, text, idempotency_key))


async def test_task_stages_become_follow_ups_for_the_collector_and_send_nothing():
    org, owner = await org_with_owner()
    await policy(owner, stages=[StageData(0, DunningChannel.PHONE_TASK, [ZH, EN]), StageData(30, DunningChannel.LEGAL_REFERRAL)])
    cust = await customer(org)
    inv = await invoice(org, cust, total="1000.00", due=DAY)
    outbox = Outbox()
    await run_organization(org.id, NOW, mailer=outbox)
    assert outbox.messages == []
    claim = await ReminderClaim.get(customer_id=cust.id)
    assert claim.status is ClaimStatus.TASK_CREATED
    action = await CollectionAction.get(claim_id=claim.id)
    assert action.channel.value == "call" and action.outcome is Outcome.SCHEDULED and action.next_follow_up_on == DAY
    assert inv.number in action.note
    await run_organization(org.id, NOW.replace(hour=5), mailer=outbox)
    assert await CollectionAction.filter(customer_id=cust.id).count() == 1


async def test_a_customer_without_an_address_is_surfaced_not_skipped():
    org, owner = await org_with_owner()
    await policy(owner, (0,))
    cust = await customer(org, email=False)
    await invoice(org, cust, total="1000.00", due=DAY)
    assert await claim_due(org.id, NOW) == []
    claim = await ReminderClaim.get(customer_id=cust.id)
    assert claim.status is ClaimStatus.NO_RECIPIENT


async def test_the_minimum_amount_is_in_the_base_currency_per_message():
    org, owner = await org_with_owner()
    await policy(owner, (0,), min_amount=Decimal("500.00"))
    small, large = await customer(org), await customer(org)
    await invoice(org, small, total="499.99", due=DAY)
    await invoice(org, large, total="300.00", due=DAY)
    usd = await invoice(org, large, total="30.00", due=DAY, currency="USD")
    usd.exchange_rate = Decimal("7.1")
    await usd.save(update_fields=["exchange_rate"])
    outbox = Outbox()
    await run_organization(org.id, NOW, mailer=outbox)
    assert not await ReminderClaim.filter(customer_id=small.id).exists()
    [message] = outbox.messages  # 300 + 30 × 7.1 = 513 ≥ 500
    assert "CNY 300.00; USD 30.00" in message.get_content()


async def test_without_consolidation_each_invoice_gets_its_message():
    org, owner = await org_with_owner()
    await policy(owner, (0,), consolidate=False)
    cust = await customer(org)
    a = await invoice(org, cust, total="100.00", due=DAY)
    b = await invoice(org, cust, total="200.00", due=DAY)
    outbox = Outbox()
    await run_organization(org.id, NOW, mailer=outbox)
    assert sorted(a.number in m.get_content() for m in outbox.messages) == [False, True]
    assert sorted(b.number in m.get_content() for m in outbox.messages) == [False, True]
    assert await ReminderClaim.filter(customer_id=cust.id).count() == 2


async def test_sms_goes_to_the_contacts_phone_with_the_claim_as_idempotency_key():
    org, owner = await org_with_owner()
    await policy(owner, stages=[StageData(0, DunningChannel.SMS, [ZH, EN])])
    cust = await customer(org, phone="13800138000")
    await invoice(org, cust, total="100.00", due=DAY)
    texts = Texts()
    await run_organization(org.id, NOW, mailer=Outbox(), sms=texts)
    claim = await ReminderClaim.get(customer_id=cust.id)
    assert texts.sent == [("13800138000", claim.body, str(claim.id))]
    assert claim.status is ClaimStatus.SENT


async def test_a_grade_follows_its_own_policy_and_the_rest_the_default():
    org, owner = await org_with_owner()
    await policy(owner, (0,))  # the default
    strict = await policy(owner, (-1,), name="C级严格")
    await CreditPolicy.create(organization=org, grade=Grade.C, payment_terms_days=0, allowed_payment_methods=["bank_transfer"],
                              dunning_policy_id=strict.id)
    graded = await customer(org, grade="C")
    ungraded = await customer(org)
    await invoice(org, graded, total="100.00", due=DAY)
    await invoice(org, ungraded, total="100.00", due=DAY)
    await run_organization(org.id, utc(2026, 11, 2, 1, 5), mailer=Outbox())  # the day before
    await run_organization(org.id, NOW, mailer=Outbox())
    assert [c.offset_days for c in await ReminderClaim.filter(customer_id=graded.id)] == [-1]
    assert [c.offset_days for c in await ReminderClaim.filter(customer_id=ungraded.id)] == [0]


async def test_the_contacts_language_else_the_organizations():
    org, owner = await org_with_owner(locale="en")
    await policy(owner, (0,))
    cust = await customer(org, language="ja")
    await invoice(org, cust, total="100.00", due=DAY)
    outbox = Outbox()
    await run_organization(org.id, NOW, mailer=outbox)
    assert (await ReminderClaim.get(customer_id=cust.id)).language == "en"
    assert outbox.messages[0]["Subject"].startswith("[")
    billing = await Contact.get(customer_id=cust.id)
    assert outbox.messages[0]["To"] == billing.email


def test_the_template_language_is_placeholders_only():
    assert render("{customer_name} 欠 {{total}} {total_open}", {"customer_name": "甲", "total_open": "CNY 1.00"}) == "甲 欠 {total} CNY 1.00"
    for bad, variable in (("{x}", "x"), ("{customer_name.__class__}", "customer_name.__class__"), ("{0}", "0"), ("{}", "")):
        with pytest.raises(UnknownVariable) as problem:
            parse(bad)
        assert problem.value.variable == variable
    for malformed in ("{customer_name", "}", "{total_open:>10}", "{total_open!r}"):
        with pytest.raises(TemplateProblem) as problem:
            parse(malformed)
        assert not isinstance(problem.value, UnknownVariable)


async def test_without_an_sms_provider_production_surfaces_sms_reminders_as_failed():
    org, owner = await org_with_owner()
    await policy(owner, stages=[StageData(0, DunningChannel.SMS, [ZH, EN])])
    cust = await customer(org, phone="13800138000")
    await invoice(org, cust, total="100.00", due=DAY)
    production = get_settings().model_copy(update={"env": "production"})
    assert isinstance(get_sms_sender(get_settings()), LogSmsSender)
    await run_organization(org.id, NOW, mailer=Outbox(), sms=get_sms_sender(production))
    claim = await ReminderClaim.get(customer_id=cust.id)
    assert claim.status is ClaimStatus.FAILED and claim.attempts == 1 and "No SMS provider" in claim.last_error
