"""Issue 10, defect 10: a customer with nothing to score is not guessed a grade. No statement, no
invoice ever issued and no payment, no qualitative answer → status INSUFFICIENT_DATA with the three
groups missing, no score, grade or limit; anything in any group is enough to be scored."""

from __future__ import annotations

from decimal import Decimal

from backend.alerts.models import Alert, RuleKind
from backend.credit import reassess, service
from backend.credit.models import AssessmentStatus, CreditAssessment
from backend.customers.models import Customer
from tests.credit.factories import customer, invoice, org_and_owner, profile

ALL_MISSING = ["financials", "payment_history", "qualitative_profile"]


async def test_a_customer_with_no_data_is_not_scored_and_stands_as_never_assessed():
    org, owner = await org_and_owner()
    # It carried a grade before (imported, say): being unscored is no downgrade.
    c = await customer(org, grade="B", score=Decimal("64.30"), credit_limit=Decimal("0"), payment_terms_days=30)

    a = await service.assess_customer(owner, c.id)

    assert (a.status, a.missing, a.score, a.grade, a.factors, a.suggested_limit) == (
        AssessmentStatus.INSUFFICIENT_DATA, ALL_MISSING, None, None, [], None,
    )
    assert a.previous_grade == "B"
    await c.refresh_from_db()
    assert (c.grade, c.score, c.credit_limit, c.payment_terms_days) == (None, None, None, None)
    assert not await Alert.filter(organization_id=org.id, kind=RuleKind.GRADE_DOWNGRADE).exists()
    # Rerun on unchanged data: the risk worker writes nothing.
    run = await reassess.run_reassessment(org.id)
    assert run.assessments_written == 0
    assert await CreditAssessment.filter(customer_id=c.id).count() == 1


async def test_one_issued_invoice_is_enough_to_be_scored():
    org, owner = await org_and_owner()
    c = await customer(org)
    await invoice(org, c, total="10000", issued=-10, due=20)

    a = await service.assess_customer(owner, c.id)

    # Financial 6 × 50 over weights 35 = 1750; days late (no payments) 50 × 10 = 500; worst overdue
    # 0 → 100 × 10 = 1000; overdue 0 / 10,000 = 0 % → 100 × 8 = 800; promises 500; disputes 300;
    # 0 months → 20 × 4 = 80; qualitative 50 × 20 = 1000: 5930 before utilization. Every grade's
    # limit is below 10,000 (AAA 10,000 / 12 × 120 / 30 = 3,333.33 → 3,000; … C 0): utilization
    # over 100 % → 0 points → 59.30 → C, limit 0.
    assert (a.status, a.missing) == (AssessmentStatus.SCORED, ["financials", "qualitative_profile"])
    assert (a.score, a.grade, a.suggested_limit) == (Decimal("59.30"), "C", Decimal("0.00"))
    c = await Customer.get(id=c.id)
    assert (c.grade, c.score) == ("C", Decimal("59.30"))


async def test_a_qualitative_answer_alone_is_enough_and_then_nothing_is_downgraded():
    org, owner = await org_and_owner()
    c = await customer(org)
    await service.assess_customer(owner, c.id)
    await profile(org, c, guarantee="none")

    a = await service.assess_customer(owner, c.id)

    # 1750 + 500 + 1000 + 800 (nothing owed) + 500 + 300 + 80 + 1000 + utilization 0 % → 100 × 5 = 500
    # → 64.30, B (docs/credit.md); from unscored to B is no grade change to alert on.
    assert (a.status, a.missing, a.score, a.grade, a.previous_grade) == (
        AssessmentStatus.SCORED, ["financials", "payment_history"], Decimal("64.30"), "B", None,
    )
    assert not await Alert.filter(organization_id=org.id, kind=RuleKind.GRADE_DOWNGRADE).exists()
