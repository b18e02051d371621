"""Acceptance 4 for payment plans and legal cases: an active plan or an open legal case holds the
normal reminders of its invoices; a defaulted or cancelled plan and a closed case let them resume
at the next stage day. Dates are computed by hand from the invoice's due date D = today − 5 and
the stages D+5, D+7, D+9 (= today, today+2, today+4)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from backend.accounts.models import Role
from backend.alerts.messages import AlertCode, alert_message, render_title
from backend.alerts.models import Alert, RuleKind
from backend.audit.models import AuditEntry
from backend.collections import plans
from backend.collections.models import (
    LegalCase,
    LegalOutcome,
    LegalStage,
    LegalStatus,
    PaymentPlan,
    PaymentPlanInstallment,
    PlanStatus,
    ReminderClaim,
)
from backend.collections.reminders import run_organization
from backend.credit import collections_inputs
from backend.kit.errors import DomainError
from backend.kit.time import local_today
from tests.collections.factories import Outbox, customer, invoice, org_with_owner, pay, policy, staff

TZ = "Asia/Shanghai"


def today() -> date:
    return local_today(TZ)


def day(n: int) -> date:
    return today() + timedelta(days=n)


def at(n: int) -> datetime:
    """09:05 in Shanghai, n days from today."""
    return datetime.combine(day(n), time(9, 5), tzinfo=ZoneInfo(TZ)).astimezone(timezone.utc)


async def _setup():  # type: ignore[no-untyped-def]
    org, owner = await org_with_owner(TZ)
    await policy(owner, (5, 7, 9))
    cust = await customer(org)
    inv = await invoice(org, cust, total="1000.00", due=day(-5), issued=day(-40))
    return org, owner, cust, inv


async def _sent(cust) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(c.offset_days for c in await ReminderClaim.filter(customer_id=cust.id, status="sent"))


def _installments(*rows: tuple[int, str]) -> list[plans.InstallmentData]:
    return [plans.InstallmentData(day(n), amount) for n, amount in rows]


async def test_an_active_plan_holds_dunning_and_a_missed_installment_defaults_it_and_resumes_dunning():
    org, owner, cust, inv = await _setup()
    plan = await plans.create_plan(
        owner, cust.id, amount="1000.00", invoice_ids=[inv.id], installments=_installments((1, "500.00"), (10, "500.00")),
        default_after_days=2,
    )
    outbox = Outbox()
    await run_organization(org.id, at(0), mailer=outbox)  # stage +5 falls today: the plan holds it
    await pay(inv, "200.00", day(1))  # installment 1 (500 on today+1) is 300 short
    await run_organization(org.id, at(2), mailer=outbox)  # stage +7: held; today+1 + 2 days of grace = today+3
    await run_organization(org.id, at(3), mailer=outbox)  # the last day of grace: still active
    await plan.refresh_from_db()
    assert plan.status is PlanStatus.ACTIVE and plan.paid_amount == Decimal("200.00")
    assert outbox.messages == [] and await _sent(cust) == []

    await run_organization(org.id, at(4), mailer=outbox)  # the day after the grace: defaulted; stage +9 goes out
    await plan.refresh_from_db()
    assert plan.status is PlanStatus.DEFAULTED and plan.ended_on == day(4)
    assert await _sent(cust) == [9]
    assert len(outbox.messages) == 1 and "800.00" in outbox.messages[0].get_content()
    alert = await Alert.get(customer_id=cust.id, kind=RuleKind.BROKEN_PROMISE)
    assert alert.cause_key == f"promise:{plan.id}"
    code, params = alert_message(RuleKind.BROKEN_PROMISE, alert.details)
    ended = day(4)
    assert code is AlertCode.PLAN_DEFAULTED
    assert render_title(code, params, "en") == (
        f"Payment plan of CN¥1,000.00 defaulted on {ended:%b} {ended.day}, {ended.year}; CN¥200.00 received"
    )
    assert await collections_inputs.broken_promises(org.id, [cust.id], day(4)) == {cust.id: [
        collections_inputs.BrokenPromise(str(plan.id), "plan", Decimal("1000.00"), Decimal("200.00"), "CNY", ended)
    ]}
    assert await AuditEntry.filter(target_id=str(plan.id), action="payment_plan.create").exists()


async def test_a_plan_paid_in_full_completes_and_a_cancelled_plan_resumes_dunning():
    org, owner, cust, inv = await _setup()
    other = await invoice(org, cust, total="300.00", due=day(-5), issued=day(-40))
    done = await plans.create_plan(owner, cust.id, amount="300.00", invoice_ids=[other.id], installments=_installments((3, "300.00")))
    plan = await plans.create_plan(
        owner, cust.id, amount="900.00", invoice_ids=[inv.id], installments=_installments((5, "400.00"), (20, "500.00"))
    )
    outbox = Outbox()
    await pay(other, "300.00", day(1))
    await run_organization(org.id, at(1), mailer=outbox)
    await done.refresh_from_db()
    assert done.status is PlanStatus.COMPLETED and done.paid_amount == Decimal("300.00") and done.ended_on == day(1)
    await plans.cancel_plan(owner, plan.id, "客户要求取消")
    with pytest.raises(DomainError) as err:
        await plans.cancel_plan(owner, plan.id)
    assert err.value.errors[0].code.value == "INVALID_STATE"
    await run_organization(org.id, at(2), mailer=outbox)  # stage +7 of the invoice goes out again
    assert await _sent(cust) == [7]


async def test_a_legal_case_holds_dunning_until_it_is_closed():
    org, owner, cust, inv = await _setup()
    case = await plans.open_case(
        owner, cust.id, invoice_ids=[inv.id],
        changes=plans.CaseChanges(costs=[plans.CostData("2000.00", "律师费", day(0))],
                                  documents=[plans.DocumentData("律师函", "letter", day(0), "JH-2026-001")], law_firm="金杜律师事务所"),
    )
    outbox = Outbox()
    await run_organization(org.id, at(0), mailer=outbox)  # stage +5: held
    case = await plans.advance_case(owner, case.id, case.version, stage=LegalStage.LITIGATION,
                                    changes=plans.CaseChanges(costs=[plans.CostData("500.00", "诉讼费", day(0))]))
    assert case.stage is LegalStage.LITIGATION and len(case.documents) == 1
    with pytest.raises(DomainError) as err:
        await plans.advance_case(owner, case.id, case.version, stage=LegalStage.LAWYER_LETTER)
    assert err.value.errors[0].code.value == "STAGE_BACKWARDS"
    with pytest.raises(DomainError) as err:
        await plans.create_plan(owner, cust.id, amount="100.00", invoice_ids=[inv.id], installments=_installments((3, "100.00")))
    assert err.value.errors[0].code.value == "UNDER_LEGAL"
    await run_organization(org.id, at(2), mailer=outbox)  # stage +7: held
    assert outbox.messages == []

    case = await plans.close_case(owner, case.id, case.version, outcome=LegalOutcome.SETTLED, recovered_amount="0", note="和解")
    assert case.status is LegalStatus.CLOSED and case.closed_at is not None
    await run_organization(org.id, at(4), mailer=outbox)  # stage +9 goes out
    assert await _sent(cust) == [9]
    total = sum([c.amount for c in await (await LegalCase.get(id=case.id)).costs.all()], Decimal(0))
    assert total == Decimal("2500.00")
    labels = set(await AuditEntry.filter(target_id=str(case.id)).values_list("action", flat=True))
    assert labels == {"legal_case.open", "legal_case.advance", "legal_case.close"}


async def test_bad_plans_are_refused_with_nothing_written():
    org, owner, cust, inv = await _setup()
    cases = [
        (dict(amount="1000.00", installments=_installments((1, "500.00"), (10, "400.00"))), "INSTALLMENTS_TOTAL", "installments"),
        (dict(amount="1000.00", installments=_installments((-1, "500.00"), (10, "500.00"))), "INVALID_DATE", "installments[0].dueDate"),
        (dict(amount="1000.00", installments=_installments((10, "500.00"), (5, "500.00"))), "INVALID_DATE", "installments[1].dueDate"),
        (dict(amount="1200.00", installments=_installments((1, "600.00"), (10, "600.00"))), "INVALID_AMOUNT", "amount"),
        (dict(amount="1000.00", installments=[]), "REQUIRED", "installments"),
    ]
    for kwargs, code, field in cases:
        with pytest.raises(DomainError) as err:
            await plans.create_plan(owner, cust.id, invoice_ids=[inv.id], **kwargs)
        assert (err.value.errors[0].code.value, err.value.errors[0].field) == (code, field)
    collector, _ = await staff(org, Role.COLLECTOR)
    with pytest.raises(DomainError) as err:
        await plans.create_plan(collector, cust.id, amount="100.00", invoice_ids=[inv.id], installments=_installments((3, "100.00")))
    assert err.value.errors[0].code.value == "NOT_ASSIGNED"
    with pytest.raises(DomainError) as err:
        await plans.open_case(collector, cust.id, invoice_ids=[inv.id])
    assert err.value.errors[0].code.value == "NOT_ASSIGNED"
    assert await PaymentPlan.filter(customer_id=cust.id).count() == 0
    assert await PaymentPlanInstallment.filter(plan__customer_id=cust.id).count() == 0
    assert await LegalCase.filter(customer_id=cust.id).count() == 0


async def test_installments_get_their_own_reminders_once_before_and_on_their_dates():
    """Stages −2 and 0 of the policy remind each installment (due today+2 and today+12) of what is
    short of it, once; the invoice's own stage +5 (today) is held by the plan."""
    org, owner = await org_with_owner(TZ)
    await policy(owner, (-2, 0, 5))
    cust = await customer(org)
    inv = await invoice(org, cust, total="1000.00", due=day(-5), issued=day(-40))
    await plans.create_plan(owner, cust.id, amount="1000.00", invoice_ids=[inv.id], installments=_installments((2, "400.00"), (12, "600.00")))
    outbox = Outbox()
    for n in (0, 0, 1, 2, 2):
        await run_organization(org.id, at(n), mailer=outbox)
    bodies = [m.get_content() for m in outbox.messages]
    assert len(bodies) == 2
    assert all("分期第 1/2 期" in b and "CNY 400.00" in b for b in bodies)
    await pay(inv, "500.00", day(3))  # fills installment 1 and 100 of installment 2
    for n in (10, 12, 12):
        await run_organization(org.id, at(n), mailer=outbox)
    later = [m.get_content() for m in outbox.messages[2:]]
    assert len(later) == 2 and all("分期第 2/2 期" in b and "CNY 500.00" in b for b in later)
    assert sorted(c.offset_days for c in await ReminderClaim.filter(customer_id=cust.id, status="sent")) == [-2, -2, 0, 0]
