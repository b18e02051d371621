"""Acceptance 1: three customers assessed end to end (statements and ledger rows in the database,
default weights and policies); score, grade, each factor's value and points, and the suggested
limit are computed by hand below.

Default weights: financial debt_to_asset 8, current_ratio 6, quick_ratio 5, net_margin 6,
ocf_to_current_liabilities 5, revenue_growth 5 (35); behavioural days_late 10, worst_days_overdue 10,
overdue_ratio 8, broken_promises 5, open_disputes 3, limit_utilization 5, relationship_months 4
(45); qualitative industry_risk 4, years_in_business 4, management 4, public_record 5,
guarantee 3 (20). Score = Σ points × weight ÷ 100.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from backend.credit import service
from backend.credit.models import AssessmentMethod, AssessmentStatus, CreditAssessment
from backend.customers.models import Customer
from backend.invoices.models import InvoiceStatus
from tests.credit.factories import customer, invoice, org_and_owner, pay, profile, statement, today


def _by_key(assessment: CreditAssessment) -> dict[str, tuple[object, int, int]]:
    return {f["key"]: (f["value"], f["points"], f["weight"]) for f in assessment.factors}


async def test_strong_customer_is_aaa():
    org, actor = await org_and_owner()
    year = today().year
    c = await customer(org, founded_on=date(year - 12, 1, 1))
    await profile(org, c, industry_risk="low", management="strong", public_record="clean", guarantee="none")
    await statement(
        org, c, date(year - 1, 1, 1), date(year - 1, 12, 31),
        total_assets="10000000", total_liabilities="3500000", current_assets="6000000", current_liabilities="2500000",
        inventory="1000000", cash="2000000", revenue="20000000", net_profit="2400000", operating_cash_flow="1500000",
    )
    await statement(
        org, c, date(year - 2, 1, 1), date(year - 2, 12, 31),
        total_assets="9000000", total_liabilities="3000000", current_assets="5000000", current_liabilities="2000000",
        inventory="1000000", cash="1500000", revenue="16000000", net_profit="1600000", operating_cash_flow="1200000",
    )
    old = await invoice(org, c, total="100000", issued=-400, due=-370)
    await pay(old, "100000", -370)  # outside the 12-month window: not in days late
    i2 = await invoice(org, c, total="200000", issued=-100, due=-70)
    await pay(i2, "200000", -68)  # 2 days late
    i3 = await invoice(org, c, total="300000", issued=-60, due=-30)
    await pay(i3, "300000", -30)  # on time
    await invoice(org, c, total="150000", issued=-20, due=10)  # open, not due

    a = await service.assess_customer(actor, c.id)

    f = _by_key(a)
    # Financial: debt 3,500,000 / 10,000,000 = 35.00 % ≤ 40 → 100; current 6,000,000 / 2,500,000 = 2.4 ≥ 2 → 100;
    # quick (6,000,000 − 1,000,000) / 2,500,000 = 2.0 ≥ 1.5 → 100; margin 2,400,000 / 20,000,000 = 12.00 % ≥ 8 → 80;
    # OCF 1,500,000 / 2,500,000 = 0.6 ≥ 0.4 → 100; growth 20,000,000 / 16,000,000 − 1 = 25.00 % ≥ 20 → 100.
    assert f["debt_to_asset"] == ("35.00", 100, 8)
    assert f["current_ratio"] == ("2.4000", 100, 6)
    assert f["quick_ratio"] == ("2.0000", 100, 5)
    assert f["net_margin"] == ("12.00", 80, 6)
    assert f["ocf_to_current_liabilities"] == ("0.6000", 100, 5)
    assert f["revenue_growth"] == ("25.00", 100, 5)
    # Behavioural: days late (200,000 × 2 + 300,000 × 0) / 500,000 = 0.80 ≤ 5 → 90; nothing overdue → 100;
    # overdue ratio 0 / 150,000 = 0.00 % → 100; no broken promise → 100; no dispute → 100;
    # first invoice 400 days ago = 13 months ≥ 12 → 60.
    assert f["days_late"] == ("0.80", 90, 10)
    assert f["worst_days_overdue"] == (0, 100, 10)
    assert f["overdue_ratio"] == ("0.00", 100, 8)
    assert f["broken_promises"] == (0, 100, 5)
    assert f["open_disputes"] == (0, 100, 3)
    assert f["relationship_months"] == (13, 60, 4)
    # Qualitative: low 100, 12 years ≥ 10 → 100, strong 100, clean 100, no guarantee 50.
    assert f["industry_risk"] == ("low", 100, 4)
    assert f["years_in_business"] == (12, 100, 4)
    assert f["management"] == ("strong", 100, 4)
    assert f["public_record"] == ("clean", 100, 5)
    assert f["guarantee"] == ("none", 50, 3)
    # Without utilization: financial 800+600+500+480+500+500 = 3380; behavioural 900+1000+800+500+300+240 = 3740;
    # qualitative 400+400+400+500+150 = 1850; together 8970.
    # AAA limit: max(20,000,000 × 15 % = 3,000,000, 650,000 / 12 × (90 + 30) / 30 = 216,666.67) = 3,000,000 ≤ cap 5,000,000.
    # Utilization 150,000 / 3,000,000 = 5.00 % ≤ 50 → 100 × 5 = 500. Score (8970 + 500) / 100 = 94.70 ≥ 90 → AAA.
    assert f["limit_utilization"] == ("5.00", 100, 5)
    assert a.score == Decimal("94.70")
    assert a.grade == "AAA"
    assert a.suggested_limit == Decimal("3000000.00")
    assert a.limit_reasoning["basis"] == "revenue" and a.limit_reasoning["capped"] is False
    assert a.method is AssessmentMethod.MANUAL and a.assessed_by_id == actor.user_id
    assert a.inputs["behaviour"]["sales_12m"] == "650000.00"
    await c.refresh_from_db()
    # The AAA policy: the suggested limit, 90 days.
    assert (c.grade, c.score, c.credit_limit, c.payment_terms_days) == ("AAA", Decimal("94.70"), Decimal("3000000.00"), 90)


async def test_middling_customer_is_b():
    org, actor = await org_and_owner()
    year = today().year
    c = await customer(org, founded_on=date(year - 4, 1, 1))
    await profile(org, c, industry_risk="medium", management="strong", public_record="clean", guarantee="partial")
    # A half-year statement: flows are annualized (× 12 / 6).
    await statement(
        org, c, date(year - 1, 1, 1), date(year - 1, 6, 30),
        total_assets="5000000", total_liabilities="3250000", current_assets="2000000", current_liabilities="1600000",
        inventory="900000", cash="300000", revenue="4000000", net_profit="80000", operating_cash_flow="120000",
    )
    i1 = await invoice(org, c, total="100000", issued=-200, due=-170)
    await pay(i1, "100000", -150)  # 20 days late
    i2 = await invoice(org, c, total="50000", issued=-90, due=-60)
    await pay(i2, "20000", -40)  # 20 days late; 30,000 left, 60 days overdue
    await invoice(org, c, total="70000", issued=-40, due=5)
    await invoice(org, c, total="40000", issued=-5, due=25)

    a = await service.assess_customer(actor, c.id)

    f = _by_key(a)
    # Financial: debt 3,250,000 / 5,000,000 = 65.00 % ≤ 70 → 55; current 2,000,000 / 1,600,000 = 1.25 ≥ 1.2 → 60;
    # quick 1,100,000 / 1,600,000 = 0.6875 ≥ 0.5 → 30; margin 80,000 / 4,000,000 = 2.00 % ≥ 0 → 40;
    # OCF 120,000 × 2 / 1,600,000 = 0.15 ≥ 0.1 → 50; growth: no earlier statement → 50.
    assert f["debt_to_asset"] == ("65.00", 55, 8)
    assert f["current_ratio"] == ("1.2500", 60, 6)
    assert f["quick_ratio"] == ("0.6875", 30, 5)
    assert f["net_margin"] == ("2.00", 40, 6)
    assert f["ocf_to_current_liabilities"] == ("0.1500", 50, 5)
    assert f["revenue_growth"] == (None, 50, 5)
    # Behavioural: days late (100,000 × 20 + 20,000 × 20) / 120,000 = 20.00 ≤ 30 → 50; worst 60 days ≤ 60 → 35;
    # overdue 30,000 / open 140,000 = 21.43 % ≤ 25 → 60; promises 100; disputes 100; 200 days = 6 months ≥ 6 → 40.
    assert f["days_late"] == ("20.00", 50, 10)
    assert f["worst_days_overdue"] == (60, 35, 10)
    assert f["overdue_ratio"] == ("21.43", 60, 8)
    assert f["relationship_months"] == (6, 40, 4)
    # Qualitative: medium 60; 4 years ≥ 3 → 60; strong 100; clean 100; partial guarantee 75.
    assert f["industry_risk"] == ("medium", 60, 4)
    assert f["years_in_business"] == (4, 60, 4)
    assert f["management"] == ("strong", 100, 4)
    assert f["guarantee"] == ("partial", 75, 3)
    # Without utilization: 440+360+150+240+250+250 = 1690; 500+350+480+500+300+160 = 2290; 240+240+400+500+225 = 1605;
    # together 5585. Grades from the top (annualized revenue 8,000,000; sales 260,000 in 12 months; exposure 140,000):
    #   AAA limit 1,200,000 → 11.67 % → 100 → 60.85 = B, worse than AAA: go on;
    #   AA 800,000 and A 640,000 → 17.50 %, 21.88 % → 100 → 60.85 = B: go on;
    #   B: max(8,000,000 × 5 % = 400,000, 260,000 / 12 × 60 / 30 = 43,333.33) = 400,000, capped at 300,000;
    #      140,000 / 300,000 = 46.67 % ≤ 50 → 100 → (5585 + 500) / 100 = 60.85 ≥ 60 → B: kept.
    assert f["limit_utilization"] == ("46.67", 100, 5)
    assert a.score == Decimal("60.85")
    assert a.grade == "B"
    assert a.suggested_limit == Decimal("300000.00")
    assert a.limit_reasoning["capped"] is True
    await c.refresh_from_db()
    assert (c.grade, c.credit_limit, c.payment_terms_days) == ("B", Decimal("300000.00"), 30)


async def test_weak_customer_is_c():
    org, actor = await org_and_owner()
    c = await customer(org)
    await profile(org, c, industry_risk="high", management="weak", public_record="dishonest")
    await invoice(org, c, total="60000", issued=-140, due=-110)  # 110 days overdue
    i2 = await invoice(org, c, total="40000", issued=-100, due=-70)
    await pay(i2, "10000", -10)  # 60 days late; 30,000 left, 70 days overdue

    a = await service.assess_customer(actor, c.id)

    f = _by_key(a)
    # No statement: the six financial factors get 50 each → 50 × 35 = 1750.
    for key in ("debt_to_asset", "current_ratio", "quick_ratio", "net_margin", "ocf_to_current_liabilities", "revenue_growth"):
        assert f[key][:2] == (None, 50)
    # Behavioural: days late 10,000 × 60 / 10,000 = 60.00 ≤ 60 → 25; worst 110 > 90 → 0; overdue 90,000 / 90,000
    # = 100.00 % → 0; promises 100; disputes 100; 140 days = 4 months < 6 → 20.
    assert f["days_late"] == ("60.00", 25, 10)
    assert f["worst_days_overdue"] == (110, 0, 10)
    assert f["overdue_ratio"] == ("100.00", 0, 8)
    assert f["relationship_months"] == (4, 20, 4)
    # Qualitative: high 20; founding date unknown 50; weak 20; dishonest debtor 0; guarantee unknown 50.
    assert f["industry_risk"] == ("high", 20, 4)
    assert f["years_in_business"] == (None, 50, 4)
    assert f["management"] == ("weak", 20, 4)
    assert f["public_record"] == ("dishonest", 0, 5)
    assert f["guarantee"] == (None, 50, 3)
    # Without utilization: 1750 + (250+0+0+500+300+80 = 1130) + (80+200+80+0+150 = 510) = 3390.
    # AAA: no statement, so only history: 100,000 / 12 × 120 / 30 = 33,333.33 → 33,000; 90,000 / 33,000 = 272.73 %
    # → 0 → 33.90 = C; every grade down to C scores 33.90; C's cap is 0 and 90,000 is owed: utilization
    # capped at 999.99 % → 0 points. Score 3390 / 100 = 33.90 → C, suggested limit 0.
    assert f["limit_utilization"] == ("999.99", 0, 5)
    assert a.score == Decimal("33.90")
    assert a.grade == "C"
    assert a.suggested_limit == Decimal("0.00")
    await c.refresh_from_db()
    assert (c.grade, c.credit_limit, c.payment_terms_days) == ("C", Decimal("0.00"), 0)


async def test_every_assessment_is_kept_in_the_archive():
    org, actor = await org_and_owner()
    c = await customer(org)
    first = await service.assess_customer(actor, c.id)
    second = await service.assess_customer(actor, c.id)
    rows = await CreditAssessment.filter(customer_id=c.id).order_by("created_at")
    assert [r.id for r in rows] == [first.id, second.id]
    assert second.previous_grade == first.grade
    assert all(r.fingerprint == first.fingerprint for r in rows)
    assert (await Customer.get(id=c.id)).grade == first.grade


async def test_void_and_draft_invoices_do_not_count():
    org, actor = await org_and_owner()
    c = await customer(org)
    await invoice(org, c, total="999999", issued=-100, due=-70, status=InvoiceStatus.VOID)
    await invoice(org, c, total="999999")  # draft
    a = await service.assess_customer(actor, c.id)
    # Neither is a trading history: with nothing else, the customer is not scored at all.
    assert a.inputs["exposure"] == "0" and a.inputs["behaviour"]["first_issue_date"] is None
    assert (a.status, a.missing) == (AssessmentStatus.INSUFFICIENT_DATA, ["financials", "payment_history", "qualitative_profile"])
