"""Acceptance 2: grade → policy → the credit check used when issuing an invoice; maker-checker
exceptions and overrides."""

from __future__ import annotations

from decimal import Decimal

import pytest

from backend.accounts.models import Role
from backend.credit import service
from backend.credit.check import check_invoice_credit
from backend.credit.models import CreditException, CreditOverride, CreditPolicyChange, DecisionStatus, Grade
from backend.customers.models import Customer, CustomerStatus
from backend.invoices.models import Invoice
from backend.kit.errors import AccessDenied, DomainError
from backend.kit.uow import unit_of_work
from tests.credit.factories import customer, days, invoice, org_and_owner, profile, staff


async def issue(actor, inv: Invoice) -> None:
    """What the invoicing service does: lock the customer, run the check, in one transaction."""
    async with unit_of_work():
        locked = await Customer.filter(id=inv.customer_id).select_for_update().get()
        await check_invoice_credit(actor, inv, locked)


async def refused(actor, inv: Invoice) -> str:
    with pytest.raises(DomainError) as caught:
        await issue(actor, inv)
    return caught.value.errors[0].code.value


async def test_over_the_limit_is_refused_and_at_the_limit_passes():
    org, owner = await org_and_owner()
    c = await customer(org, credit_limit=Decimal("100000"))
    await invoice(org, c, total="80000", issued=-10, due=20)
    # 80,000 open + 30,000 = 110,000 > 100,000
    assert await refused(owner, await invoice(org, c, total="30000")) == "CREDIT_LIMIT_EXCEEDED"
    # 80,000 + 20,000 = 100,000, not over
    await issue(owner, await invoice(org, c, total="20000"))
    # A foreign-currency invoice counts at its rate: 3,000 USD × 7.2 = 21,600 → 101,600 > 100,000
    assert await refused(owner, await invoice(org, c, total="3000", currency="USD", rate="7.2")) == "CREDIT_LIMIT_EXCEEDED"


async def test_on_hold_and_blocked_customers_are_refused():
    org, owner = await org_and_owner()
    held = await customer(org, status=CustomerStatus.ON_HOLD)
    assert await refused(owner, await invoice(org, held, total="1")) == "CUSTOMER_ON_HOLD"
    blocked = await customer(org, status=CustomerStatus.BLOCKED)
    assert await refused(owner, await invoice(org, blocked, total="1")) == "CUSTOMER_ON_HOLD"


async def test_grade_policy_puts_customers_on_hold():
    org, owner = await org_and_owner()
    # Grade B goes on hold while an invoice is more than 45 days overdue (default policy).
    c = await customer(org, grade="B", credit_limit=Decimal("300000"))
    late = await invoice(org, c, total="1000", issued=-80, due=-46)
    assert await refused(owner, await invoice(org, c, total="1")) == "CUSTOMER_ON_HOLD"
    late.due_date = days(-45)
    await late.save()
    await issue(owner, await invoice(org, c, total="1"))
    # A manager puts the whole grade on hold.
    await service.update_policy(owner, Grade.B, version=0, reason="季度风险收紧", changes={"credit_hold": True})
    assert await refused(owner, await invoice(org, c, total="1")) == "CUSTOMER_ON_HOLD"
    change = await CreditPolicyChange.filter(organization_id=org.id, grade=Grade.B).get()
    assert change.reason == "季度风险收紧" and change.changed_by_id == owner.user_id
    assert change.before["credit_hold"] is False and change.after["credit_hold"] is True


async def test_an_approved_exception_lets_exactly_that_invoice_through_once():
    org, owner = await org_and_owner()
    admin, _ = await staff(org, Role.ADMIN)
    finance, _ = await staff(org, Role.FINANCE)
    c = await customer(org, credit_limit=Decimal("50000"))
    big = await invoice(org, c, total="60000")
    other = await invoice(org, c, total="60000")

    exception = await service.request_exception(admin, big.id, reason="老客户年底备货，已口头确认付款计划")
    # The requester cannot approve their own request, even with the permission to approve.
    with pytest.raises(DomainError) as own:
        await service.decide_exception(admin, exception.id, approve=True, note="")
    assert own.value.errors[0].code.value == "SELF_APPROVAL"
    # Finance may request but not approve.
    with pytest.raises(AccessDenied):
        await service.decide_exception(finance, exception.id, approve=True, note="")
    assert await refused(owner, big) == "CREDIT_LIMIT_EXCEEDED"  # requested, not yet approved

    await service.decide_exception(owner, exception.id, approve=True, note="同意，仅此一张")
    await issue(owner, big)
    used = await CreditException.get(id=exception.id)
    assert used.status is DecisionStatus.USED and used.used_at is not None
    assert (await Invoice.get(id=big.id)).credit_exception == exception.id
    # Exactly that invoice, exactly once.
    assert await refused(owner, other) == "CREDIT_LIMIT_EXCEEDED"
    assert await refused(owner, big) == "CREDIT_LIMIT_EXCEEDED"


async def test_exception_does_not_cover_a_larger_invoice_or_a_blocked_customer():
    org, owner = await org_and_owner()
    finance, _ = await staff(org, Role.FINANCE)
    c = await customer(org, credit_limit=Decimal("0"))
    inv = await invoice(org, c, total="1000")
    exception = await service.request_exception(finance, inv.id, reason="样品单")
    await service.decide_exception(owner, exception.id, approve=True, note="")
    inv.total = Decimal("1500")
    await inv.save()
    assert await refused(owner, inv) == "CREDIT_LIMIT_EXCEEDED"
    inv.total = Decimal("1000")
    await inv.save()
    await Customer.filter(id=c.id).update(status=CustomerStatus.BLOCKED)
    assert await refused(owner, inv) == "CUSTOMER_ON_HOLD"
    assert (await CreditException.get(id=exception.id)).status is DecisionStatus.APPROVED


async def test_exception_requests_are_checked():
    org, owner = await org_and_owner()
    sales, _ = await staff(org, Role.SALES, sees_all_customers=True)
    collector, _ = await staff(org, Role.COLLECTOR, sees_all_customers=True)
    c = await customer(org)
    issued = await invoice(org, c, total="10", issued=-1, due=29)
    with pytest.raises(DomainError) as not_draft:
        await service.request_exception(sales, issued.id, reason="x")
    assert not_draft.value.errors[0].code.value == "INVOICE_NOT_DRAFT"
    draft = await invoice(org, c, total="10")
    with pytest.raises(DomainError) as no_reason:
        await service.request_exception(sales, draft.id, reason="  ")
    assert (no_reason.value.errors[0].code.value, no_reason.value.errors[0].field) == ("REQUIRED", "reason")
    await service.request_exception(sales, draft.id, reason="急单")
    with pytest.raises(DomainError) as twice:
        await service.request_exception(sales, draft.id, reason="急单")
    assert twice.value.errors[0].code.value == "EXCEPTION_EXISTS"
    # Collectors may not request by default; the organization can allow them and stop sales.
    with pytest.raises(AccessDenied):
        await service.request_exception(collector, (await invoice(org, c, total="1")).id, reason="x")
    await service.update_settings(owner, version=0, reason="催收员可申请", exception_request_roles=["owner", "finance", "collector"])
    await service.request_exception(collector, (await invoice(org, c, total="1")).id, reason="x")
    with pytest.raises(AccessDenied):
        await service.request_exception(sales, (await invoice(org, c, total="1")).id, reason="x")


async def test_override_needs_another_manager_and_lapses_after_its_date():
    org, owner = await org_and_owner()
    admin, _ = await staff(org, Role.ADMIN)
    c = await customer(org)
    # No statement, no history, a profile saying only "no guarantee" (50 points, as unknown): grade B
    # (score 64.30, see docs/credit.md) with a suggested limit of 0.
    await profile(org, c, guarantee="none")
    assessment = await service.assess_customer(owner, c.id)
    assert (assessment.grade, assessment.score, assessment.suggested_limit) == ("B", Decimal("64.30"), Decimal("0.00"))
    override = await service.request_override(
        admin, c.id, credit_limit="250000", payment_terms_days=None, expires_on=days(30), reason="战略客户，年度框架合同"
    )
    with pytest.raises(DomainError) as own:
        await service.decide_override(admin, override.id, approve=True, note="")
    assert own.value.errors[0].code.value == "SELF_APPROVAL"
    assert (await Customer.get(id=c.id)).credit_limit == Decimal("0")

    await service.decide_override(owner, override.id, approve=True, note="同意")
    c = await Customer.get(id=c.id)
    # The override replaces the limit only; the terms stay grade B's 30 days.
    assert (c.credit_limit, c.payment_terms_days) == (Decimal("250000"), 30)
    await invoice(org, c, total="200000", issued=-1, due=29)
    await issue(owner, await invoice(org, c, total="40000"))

    # The expiry date passes: the credit check itself lapses the override and uses the standing
    # without it (its refusal rolls that back; the daily worker's expiry sticks).
    await CreditOverride.filter(id=override.id).update(expires_on=days(-1))
    assert await refused(owner, await invoice(org, c, total="40000")) == "CREDIT_LIMIT_EXCEEDED"
    async with unit_of_work():
        assert await service.expire_overrides(org.id, days(0)) == 1
    assert (await CreditOverride.get(id=override.id)).status is DecisionStatus.EXPIRED
    assert (await Customer.get(id=c.id)).credit_limit == Decimal("0")
    actions = await CreditPolicyChange.filter(customer_id=c.id).order_by("id").values_list("action", flat=True)
    assert actions == ["request", "approve", "expire"]


async def test_override_request_is_validated_and_changes_nothing():
    org, owner = await org_and_owner()
    c = await customer(org)
    with pytest.raises(DomainError) as caught:
        await service.request_override(owner, c.id, credit_limit="-5", payment_terms_days=400, expires_on=days(0), reason="x")
    assert {(e.field, e.code.value) for e in caught.value.errors} == {
        ("creditLimit", "INVALID_AMOUNT"), ("paymentTermsDays", "INVALID_VALUE"), ("expiresOn", "INVALID_EXPIRY"),
    }
    assert not await CreditOverride.filter(customer_id=c.id).exists()
