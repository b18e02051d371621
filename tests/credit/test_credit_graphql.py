"""Credit over GraphQL: bad input is a field error with a code and changes nothing; settings,
policies, overrides and exceptions with maker-checker; the auditor reads and never writes."""

from __future__ import annotations

from decimal import Decimal

from backend.accounts.models import Role
from backend.credit.models import CreditPolicy, CreditSettings, FinancialStatement
from backend.customers.models import Customer
from tests.credit.factories import customer, invoice, profile
from tests.fixtures.api import member

STATEMENT = """
mutation($c: ID!, $i: FinancialStatementInput!) {
  statementCreate(customerId: $c, input: $i) { statement { id version ratios { debtToAsset } } errors { field code } }
}
"""
STATEMENT_UPDATE = """
mutation($id: ID!, $v: Int!, $i: FinancialStatementInput!) {
  statementUpdate(id: $id, version: $v, input: $i) { statement { version revenue } errors { field code } }
}
"""
SETTINGS = """
mutation($i: CreditSettingsInput!) {
  creditSettingsUpdate(input: $i) { settings { version thresholds { grade minScore } weights { factor weight } } errors { field code } }
}
"""
POLICY = """
mutation($g: CreditGrade!, $v: Int!, $r: String!, $i: CreditPolicyInput!) {
  creditPolicyUpdate(grade: $g, version: $v, reason: $r, input: $i) {
    policy { grade creditLimitCap paymentTermsDays allowedPaymentMethods version } errors { field code }
  }
}
"""
OVERRIDE_REQUEST = """
mutation($c: ID!, $i: CreditOverrideInput!) { creditOverrideRequest(customerId: $c, input: $i) { override { id status } errors { field code } } }
"""
OVERRIDE_APPROVE = "mutation($id: ID!) { creditOverrideApprove(id: $id, note: \"同意\") { override { status decidedBy { email } } errors { field code } } }"
EXCEPTION_REQUEST = "mutation($i: ID!) { creditExceptionRequest(invoiceId: $i, reason: \"急单\") { exception { id amount } errors { field code } } }"
EXCEPTION_APPROVE = "mutation($id: ID!) { creditExceptionApprove(id: $id) { exception { status } errors { field code } } }"
HISTORY = "{ creditPolicyChanges { totalCount nodes { subject action reason changedBy { email } } } }"

FIGURES = {
    "periodStart": "2024-01-01", "periodEnd": "2024-12-31", "totalAssets": "1000000", "totalLiabilities": "400000",
    "currentAssets": "500000", "currentLiabilities": "250000", "inventory": "100000", "cash": "50000",
    "revenue": "2000000", "netProfit": "100000", "operatingCashFlow": "80000",
}


def _errors(result: dict, name: str) -> set[tuple[str, str]]:
    return {(e["field"], e["code"]) for e in result["data"][name]["errors"]}


async def test_absurd_statements_are_refused_field_by_field(gql):
    m = await member(gql, Role.FINANCE)
    c = await customer(m.org)

    async def errors(**changes):
        result = await gql(STATEMENT, {"c": str(c.id), "i": {**FIGURES, **changes}}, token=m.token, org=m.org.id)
        return _errors(result, "statementCreate")

    assert await errors(cash="-1", revenue="-5") == {("cash", "NEGATIVE_AMOUNT"), ("revenue", "NEGATIVE_AMOUNT")}
    assert await errors(totalAssets="0", currentAssets="0", inventory="0", cash="0") == {("totalLiabilities", "ABSURD_FIGURES")}
    assert await errors(currentAssets="2000000") == {("currentAssets", "INCONSISTENT_FIGURES")}
    assert await errors(currentLiabilities="500000") == {("currentLiabilities", "INCONSISTENT_FIGURES")}
    assert await errors(inventory="480000") == {("inventory", "INCONSISTENT_FIGURES")}
    assert await errors(netProfit="3000000") == {("netProfit", "ABSURD_FIGURES")}
    assert await errors(totalLiabilities="99000000") == {("totalLiabilities", "ABSURD_FIGURES")}
    assert await errors(cash="1.234") == {("cash", "INVALID_AMOUNT")}
    assert await errors(periodStart="2024-01-02", periodEnd="2024-12-30") == {
        ("periodStart", "INVALID_PERIOD"), ("periodEnd", "INVALID_PERIOD"),
    }
    assert await errors(periodStart="2023-01-01") == {("periodEnd", "INVALID_PERIOD")}  # 24 months
    assert await errors(periodStart="2099-01-01", periodEnd="2099-12-31") == {("periodEnd", "INVALID_PERIOD")}
    assert not await FinancialStatement.filter(customer_id=c.id).exists()

    assert await errors() == set()
    assert await errors() == {("periodEnd", "DUPLICATE_PERIOD")}
    statement = await FinancialStatement.get(customer_id=c.id)
    ok = await gql(STATEMENT_UPDATE, {"id": str(statement.id), "v": 1, "i": {**FIGURES, "revenue": "2100000"}}, token=m.token, org=m.org.id)
    assert ok["data"]["statementUpdate"]["statement"] == {"version": 2, "revenue": "2100000.00"}
    stale = await gql(STATEMENT_UPDATE, {"id": str(statement.id), "v": 1, "i": FIGURES}, token=m.token, org=m.org.id)
    assert _errors(stale, "statementUpdate") == {("version", "STALE_VERSION")}
    assert (await FinancialStatement.get(id=statement.id)).revenue == Decimal("2100000")


async def test_weights_must_sum_to_100_and_thresholds_descend(gql):
    m = await member(gql, Role.ADMIN)

    async def update(**input):
        return await gql(SETTINGS, {"i": {"version": 0, "reason": "年度评审", **input}}, token=m.token, org=m.org.id)

    assert _errors(await update(weights=[{"factor": "debt_to_asset", "weight": 50}, {"factor": "days_late", "weight": 40}]), "creditSettingsUpdate") == {
        ("weights", "WEIGHTS_SUM")
    }
    assert _errors(await update(weights=[{"factor": "horoscope", "weight": 100}]), "creditSettingsUpdate") == {("weights", "UNKNOWN_FACTOR")}
    assert _errors(await update(weights=[{"factor": "days_late", "weight": -10}, {"factor": "guarantee", "weight": 110}]), "creditSettingsUpdate") == {
        ("weights", "INVALID_WEIGHT")
    }
    bad_thresholds = [{"grade": "AAA", "minScore": 80}, {"grade": "AA", "minScore": 85}, {"grade": "A", "minScore": 70}, {"grade": "B", "minScore": 60}]
    assert _errors(await update(thresholds=bad_thresholds), "creditSettingsUpdate") == {("thresholds", "INVALID_THRESHOLDS")}
    assert _errors(await update(reason=" "), "creditSettingsUpdate") == {("reason", "REQUIRED")}
    assert not await CreditSettings.filter(organization_id=m.org.id).exists()

    weights = [{"factor": "days_late", "weight": 60}, {"factor": "worst_days_overdue", "weight": 40}]
    thresholds = [{"grade": "AAA", "minScore": 95}, {"grade": "AA", "minScore": 85}, {"grade": "A", "minScore": 75}, {"grade": "B", "minScore": 65}]
    done = (await update(weights=weights, thresholds=thresholds))["data"]["creditSettingsUpdate"]
    assert done["errors"] == [] and done["settings"]["version"] == 1
    assert {w["factor"]: w["weight"] for w in done["settings"]["weights"] if w["weight"]} == {"days_late": 60, "worst_days_overdue": 40}
    assert _errors(await update(thresholds=thresholds), "creditSettingsUpdate") == {("version", "STALE_VERSION")}

    # The new weights and thresholds drive the next assessment: nothing owed, no payments (a profile
    # so that the customer can be scored) → days late 50 × 60 + worst overdue 100 × 40 = 7000 →
    # 70.00, below A's 75 → B.
    c = await customer(m.org)
    await profile(m.org, c, guarantee="none")
    assessed = await gql(
        "mutation($c: ID!) { creditAssess(customerId: $c) { assessment { score grade } errors { code } } }",
        {"c": str(c.id)}, token=m.token, org=m.org.id,
    )
    assert assessed["data"]["creditAssess"]["assessment"] == {"score": "70.00", "grade": "B"}


async def test_policy_changes_keep_grade_order_and_their_history(gql):
    admin = await member(gql, Role.ADMIN)
    auditor = await member(gql, Role.AUDITOR, org=admin.org)
    vars_ = {"g": "B", "v": 0, "r": "信用收紧", "i": {"creditLimitCap": "2000000"}}
    assert _errors(await gql(POLICY, vars_, token=admin.token, org=admin.org.id), "creditPolicyUpdate") == {("grade", "GRADE_ORDER")}
    bad = {**vars_, "i": {"paymentTermsDays": 500, "allowedPaymentMethods": []}}
    assert _errors(await gql(POLICY, bad, token=admin.token, org=admin.org.id), "creditPolicyUpdate") == {
        ("paymentTermsDays", "INVALID_VALUE"), ("allowedPaymentMethods", "INVALID_VALUE"),
    }
    assert not await CreditPolicy.filter(organization_id=admin.org.id).exists()

    c = await customer(admin.org, grade="B", score=Decimal("61"), credit_limit=Decimal("0"), payment_terms_days=30)
    ok = {**vars_, "i": {"paymentTermsDays": 20, "allowedPaymentMethods": ["bank_transfer", "alipay"]}}
    policy = (await gql(POLICY, ok, token=admin.token, org=admin.org.id))["data"]["creditPolicyUpdate"]
    assert policy["policy"] == {
        "grade": "B", "creditLimitCap": "300000.00", "paymentTermsDays": 20, "allowedPaymentMethods": ["bank_transfer", "alipay"], "version": 1,
    }
    # Never assessed, the customer keeps its grade; terms come from assessments and overrides only.
    assert (await Customer.get(id=c.id)).grade == "B"
    history = await gql(HISTORY, token=auditor.token, org=admin.org.id)
    assert history["data"]["creditPolicyChanges"]["nodes"] == [
        {"subject": "GRADE_POLICY", "action": "update", "reason": "信用收紧", "changedBy": {"email": admin.user.email}}
    ]
    refused = await gql(POLICY, {**ok, "v": 1}, token=auditor.token, org=admin.org.id)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_maker_checker_over_graphql(gql):
    sales = await member(gql, Role.SALES, sees_all_customers=True)
    admin = await member(gql, Role.ADMIN, org=sales.org)
    owner = await member(gql, Role.OWNER, org=sales.org)
    c = await customer(sales.org)
    requested = await gql(OVERRIDE_REQUEST, {"c": str(c.id), "i": {"creditLimit": "500000", "reason": "集团担保"}}, token=admin.token, org=admin.org.id)
    override_id = requested["data"]["creditOverrideRequest"]["override"]["id"]
    own = await gql(OVERRIDE_APPROVE, {"id": override_id}, token=admin.token, org=admin.org.id)
    assert own["data"]["creditOverrideApprove"]["errors"] == [{"field": "id", "code": "SELF_APPROVAL"}]
    by_sales = await gql(OVERRIDE_APPROVE, {"id": override_id}, token=sales.token, org=sales.org.id)
    assert by_sales["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    approved = await gql(OVERRIDE_APPROVE, {"id": override_id}, token=owner.token, org=owner.org.id)
    assert approved["data"]["creditOverrideApprove"]["override"] == {"status": "APPROVED", "decidedBy": {"email": owner.user.email}}
    assert (await Customer.get(id=c.id)).credit_limit == Decimal("500000")
    again = await gql(OVERRIDE_APPROVE, {"id": override_id}, token=admin.token, org=admin.org.id)
    assert again["data"]["creditOverrideApprove"]["errors"] == [{"field": "id", "code": "NOT_PENDING"}]

    draft = await invoice(sales.org, c, total="1200", currency="USD", rate="7.1")
    exception = await gql(EXCEPTION_REQUEST, {"i": str(draft.id)}, token=sales.token, org=sales.org.id)
    body = exception["data"]["creditExceptionRequest"]
    assert body["exception"]["amount"] == "8520.00"  # 1,200 USD × 7.1
    own_exception = await gql(EXCEPTION_APPROVE, {"id": body["exception"]["id"]}, token=sales.token, org=sales.org.id)
    assert own_exception["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    decided = await gql(EXCEPTION_APPROVE, {"id": body["exception"]["id"]}, token=admin.token, org=admin.org.id)
    assert decided["data"]["creditExceptionApprove"]["exception"] == {"status": "APPROVED"}
    listed = await gql("{ creditExceptions(status: APPROVED) { totalCount nodes { customer { id } requestedBy { email } } } }", token=owner.token, org=owner.org.id)
    assert listed["data"]["creditExceptions"]["nodes"] == [{"customer": {"id": str(c.id)}, "requestedBy": {"email": sales.user.email}}]


async def test_settings_and_policies_are_readable_with_defaults(gql):
    m = await member(gql, Role.COLLECTOR)
    result = await gql(
        "{ creditSettings { version thresholds { grade minScore } weights { weight } exceptionRequestRoles } creditPolicies { grade creditLimitCap paymentTermsDays } }",
        token=m.token, org=m.org.id,
    )
    settings = result["data"]["creditSettings"]
    assert settings["version"] == 0 and sum(w["weight"] for w in settings["weights"]) == 100
    assert settings["thresholds"] == [
        {"grade": "AAA", "minScore": 90}, {"grade": "AA", "minScore": 80}, {"grade": "A", "minScore": 70}, {"grade": "B", "minScore": 60},
    ]
    assert settings["exceptionRequestRoles"] == ["OWNER", "ADMIN", "FINANCE", "SALES"]
    assert [p["grade"] for p in result["data"]["creditPolicies"]] == ["AAA", "AA", "A", "B", "C"]
    assert result["data"]["creditPolicies"][-1] == {"grade": "C", "creditLimitCap": "0.00", "paymentTermsDays": 0}


async def test_factors_carry_typed_figures_not_chinese_labels(gql):
    from backend.credit.models import CreditProfile, PublicRecord

    m = await member(gql, Role.OWNER)
    c = await customer(m.org)
    await CreditProfile.create(organization=m.org, customer=c, public_record=PublicRecord.DISHONEST)
    await invoice(m.org, c, total="1000", issued=-40, due=-10)
    assessed = await gql(
        "mutation($c: ID!) { creditAssess(customerId: $c) { assessment { factors { key unit note valueParam { name kind value } } } } }",
        {"c": str(c.id)}, token=m.token, org=m.org.id,
    )
    factors = {f["key"]: f for f in assessed["data"]["creditAssess"]["assessment"]["factors"]}
    assert factors["public_record"]["valueParam"] == {"name": "value", "kind": "TEXT", "value": "dishonest"}
    # 1,000 open, all of it overdue: 100 %; the oldest part 10 days past due.
    assert factors["overdue_ratio"]["valueParam"] == {"name": "value", "kind": "PERCENT", "value": "100.00"}
    assert factors["worst_days_overdue"]["valueParam"] == {"name": "value", "kind": "NUMBER", "value": "10"}
    assert factors["debt_to_asset"]["valueParam"] is None and factors["debt_to_asset"]["note"] == "no_statement"
