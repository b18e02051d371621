"""Hostile input never reaches a 500 or an INTERNAL_SERVER_ERROR: each class of bad input is
refused with a structured code (docs/input-rules.md), and nothing is written."""

from __future__ import annotations

import base64
import json
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from backend.alerts.models import AlertRule
from backend.audit.models import AuditEntry
from backend.accounts.models import ApiKey, Organization
from backend.credit.models import FinancialStatement
from backend.customers.models import Customer
from backend.invoices.models import CreditNote, Invoice
from tests.fixtures.api import Member, member
from tests.invoices.factories import create_customer, issued_invoice, staff


@pytest.fixture(autouse=True)
def _database(db: str) -> None:
    """Every test here talks to the migrated test database."""


@dataclass
class World:
    owner: Member
    customer: Customer
    invoice: Invoice
    draft_id: str


@pytest.fixture
async def world(gql) -> World:
    owner = await member(gql)
    customer = await create_customer(owner.org, grade="A")
    actor = (await staff(owner.org)).actor
    invoice = await issued_invoice(actor, customer, "100.00")
    from backend.invoices import service as invoices
    from tests.invoices.factories import one_line

    draft = await invoices.create_draft(actor, customer_id=customer.id, currency="CNY", exchange_rate=None, lines=one_line("50.00"))
    return World(owner, customer, invoice, str(draft.id))


async def _snapshot() -> tuple[int, ...]:
    return tuple([
        await AuditEntry.all().count(), await Customer.all().count(), await Invoice.all().count(),
        await CreditNote.all().count(), await ApiKey.all().count(), await Organization.all().count(),
        await FinancialStatement.all().count(), await AlertRule.all().count(),
    ])


@asynccontextmanager
async def unchanged():
    before = await _snapshot()
    yield
    assert await _snapshot() == before, "a refused request wrote something"


def codes(body: dict[str, Any]) -> list[str | None]:
    return [(e.get("extensions") or {}).get("code") for e in body.get("errors") or []]


async def call(gql, world: World, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    response = await gql.raw(query, variables, token=world.owner.token, org=world.owner.org.id)
    assert response.status_code < 500, response.text
    body = response.json()
    assert "INTERNAL_SERVER_ERROR" not in codes(body), body
    return body


# --- strings: NUL bytes, lone surrogates, and longer than their column ------------------------

NUL = "a\u0000b"
SURROGATE = "a\ud800b"

STRING_CASES = [
    ("query($s: String) { customers(search: $s) { totalCount } }", "s"),
    ("mutation($s: String!) { customerCreate(input: {code: \"C1\", legalName: $s}) { errors { code } } }", "s"),
    ("mutation($s: String!) { tokenCreate(email: $s, password: \"x\") { errors { code } } }", "s"),
    ("mutation($s: String!) { tokenRefresh(refreshToken: $s) { errors { code } } }", "s"),
    ("mutation($s: String!) { importStart(input: {kind: INVOICES, fileName: $s, contentBase64: \"YQ==\"}) { errors { code } } }", "s"),
    ("mutation($s: String!, $c: ID!) { creditNoteCreate(input: {customerId: $c, currency: \"CNY\", amount: \"1\", reason: $s}) { errors { code } } }", "s"),
]


@pytest.mark.parametrize("bad", [NUL, SURROGATE], ids=["nul", "surrogate"])
@pytest.mark.parametrize("query,name", STRING_CASES, ids=[q.split("{")[1].split("(")[0].strip() for q, _ in STRING_CASES])
async def test_nul_and_surrogates_are_invalid_text(gql, world, query, name, bad):
    # JSON can carry a lone surrogate as an escape; send the body as the client would.
    variables = {name: bad, "c": str(world.customer.id)}
    async with unchanged():
        response = await gql.http.post(
            "/graphql", content=json.dumps({"query": query, "variables": variables}).encode(),
            headers={"content-type": "application/json", "authorization": f"Bearer {world.owner.token}", "x-organization": str(world.owner.org.id)},
        )
        assert response.status_code == 200, response.text
        assert codes(response.json()) == ["INVALID_TEXT"]


async def test_nul_in_a_literal_is_invalid_text(gql, world):
    async with unchanged():
        body = await call(gql, world, 'query { customers(search: "a\\u0000b") { totalCount } }')
    assert codes(body) == ["INVALID_TEXT"]


@pytest.mark.parametrize(
    "query,variables",
    [
        ("query($g: [String!]) { customers(filter: {grades: $g}) { totalCount } }", {"g": ["123456789"]}),
        ("query($a: String) { bankStatementLines(account: $a) { totalCount } }", {"a": "x" * 65}),
        ("mutation($t: String!) { organizationCreate(input: {name: \"n\", timezone: $t}) { errors { code } } }", {"t": "A" * 300}),
        ("query($s: String) { customers(search: $s) { totalCount } }", {"s": "x" * 10_001}),
    ],
    ids=["grade-filter", "bank-account", "timezone", "search"],
)
async def test_strings_longer_than_their_column_are_too_long(gql, world, query, variables):
    async with unchanged():
        body = await call(gql, world, query, variables)
    assert codes(body) == ["TOO_LONG"]
    assert body["errors"][0]["extensions"]["field"] in ("filter.grades[0]", "account", "input.timezone", "search")


# --- decimals --------------------------------------------------------------------------------

BAD_DECIMALS = [("NaN", "INVALID_DECIMAL"), ("sNaN", "INVALID_DECIMAL"), ("Infinity", "INVALID_DECIMAL"),
                ("1e1000000", "OUT_OF_RANGE"), ("1e30", "OUT_OF_RANGE")]

STATEMENT = {
    "periodStart": "2025-01-01", "periodEnd": "2025-12-31", "totalAssets": "1", "totalLiabilities": "1", "currentAssets": "1",
    "currentLiabilities": "1", "inventory": "1", "cash": "1", "revenue": "1", "netProfit": "1", "operatingCashFlow": "1",
}
DECIMAL_CASES = {
    "creditNoteCreate.exchangeRate": (
        "mutation($v: Decimal, $c: ID!) { creditNoteCreate(input: {customerId: $c, currency: \"USD\", amount: \"1\", reason: \"r\", exchangeRate: $v}) { errors { code } } }",
        lambda v, w: {"v": v, "c": str(w.customer.id)},
    ),
    "invoiceCreate.lateFeeDailyRate": (
        "mutation($v: Decimal, $c: ID!) { invoiceCreate(input: {customerId: $c, currency: \"CNY\", lines: [{description: \"d\", quantity: \"1\", unitPrice: \"1\"}], lateFeeDailyRate: $v}) { errors { code } } }",
        lambda v, w: {"v": v, "c": str(w.customer.id)},
    ),
    "creditPolicyUpdate.creditLimitCap": (
        "mutation($v: Decimal) { creditPolicyUpdate(grade: A, version: 0, reason: \"r\", input: {creditLimitCap: $v}) { errors { code } } }",
        lambda v, w: {"v": v},
    ),
    "statementCreate.revenue": (
        "mutation($s: FinancialStatementInput!, $c: ID!) { statementCreate(customerId: $c, input: $s) { errors { code } } }",
        lambda v, w: {"s": {**STATEMENT, "revenue": v}, "c": str(w.customer.id)},
    ),
}


@pytest.mark.parametrize("value,code", BAD_DECIMALS, ids=[v for v, _ in BAD_DECIMALS])
@pytest.mark.parametrize("case", list(DECIMAL_CASES))
async def test_decimals_that_are_not_finite_or_in_range_are_refused(gql, world, case, value, code):
    query, variables = DECIMAL_CASES[case]
    async with unchanged():
        body = await call(gql, world, query, variables(value, world))
    assert codes(body) == [code]
    assert body["errors"][0]["extensions"]["field"] in ("v", "s.revenue")


@pytest.mark.parametrize("literal,code", [("1e1000000", "OUT_OF_RANGE"), ('"NaN"', "INVALID_DECIMAL"), ("1" * 5000, "INVALID_DECIMAL")])
async def test_decimal_literals_are_refused(gql, world, literal, code):
    query = "mutation { creditPolicyUpdate(grade: A, version: 0, reason: \"r\", input: {creditLimitCap: %s}) { errors { code } } }" % literal
    async with unchanged():
        body = await call(gql, world, query)
    assert codes(body) == [code]


# --- dates and instants ----------------------------------------------------------------------

DATE_CASES = [
    ('query { dashboard(asOf: "0001-01-01") { overdueReceivable } }', "OUT_OF_RANGE"),
    ('query { aging(asOf: "9999-12-31") { total } }', "OUT_OF_RANGE"),
    ('query { kpis(start: "0001-01-01", end: "2026-01-31") { days } }', "OUT_OF_RANGE"),
    ('mutation { invoiceIssue(id: "%(draft)s", issueDate: "9999-12-31") { errors { code } } }', "OUT_OF_RANGE"),
    ('mutation { lateFeesAssess(asOf: "9999-12-31") { errors { code } } }', "OUT_OF_RANGE"),
    ('mutation { apiKeyCreate(name: "k", scopes: [READ], expiresAt: "2030-01-01T00:00:00") { errors { code } } }', "TIMEZONE_REQUIRED"),
    ('mutation { apiKeyCreate(name: "k", scopes: [READ], expiresAt: "9999-12-31T23:59:59-14:00") { errors { code } } }', "OUT_OF_RANGE"),
    ('query { dashboard(asOf: "not a date") { overdueReceivable } }', "INVALID_DATE"),
]


@pytest.mark.parametrize("query,code", DATE_CASES, ids=[q.split("{")[1].split("(")[0].strip() + f"-{i}" for i, (q, _) in enumerate(DATE_CASES)])
async def test_dates_outside_the_business_range_are_refused(gql, world, query, code):
    async with unchanged():
        body = await call(gql, world, query % {"draft": world.draft_id})
    assert codes(body) == [code]
    assert await Invoice.filter(id=world.draft_id, status="draft").exists()


async def test_dates_as_variables_are_refused_the_same_way(gql, world):
    body = await call(gql, world, "query($d: Date) { dashboard(asOf: $d) { overdueReceivable } }", {"d": "0001-01-01"})
    assert codes(body) == ["OUT_OF_RANGE"]


# --- explicit nulls --------------------------------------------------------------------------

RULE_CREATE = 'mutation { alertRuleCreate(input: {kind: OVERDUE_DAYS, name: "逾期", threshold: "30"}) { rule { id version } errors { code } } }'


@pytest.mark.parametrize("literal", [True, False], ids=["literal", "variable"])
async def test_null_for_a_field_that_can_only_be_left_out_is_null_not_allowed(gql, world, literal):
    rule = (await call(gql, world, RULE_CREATE))["data"]["alertRuleCreate"]["rule"]
    before = await AlertRule.get(id=rule["id"])
    if literal:
        query = 'mutation($id: ID!, $v: Int!) { alertRuleUpdate(id: $id, version: $v, input: {enabled: null}) { errors { code } } }'
        variables = {"id": rule["id"], "v": rule["version"]}
    else:
        query = 'mutation($id: ID!, $v: Int!, $i: AlertRuleUpdateInput!) { alertRuleUpdate(id: $id, version: $v, input: $i) { errors { code } } }'
        variables = {"id": rule["id"], "v": rule["version"], "i": {"enabled": None}}
    async with unchanged():
        body = await call(gql, world, query, variables)
    assert codes(body) == ["NULL_NOT_ALLOWED"]
    assert "bool" not in body["errors"][0]["message"] and "Maybe" not in body["errors"][0]["message"]
    after = await AlertRule.get(id=rule["id"])
    assert (after.enabled, after.version) == (before.enabled, before.version)


async def test_null_clears_a_field_documented_so(gql, world):
    rule = (await call(gql, world, RULE_CREATE))["data"]["alertRuleCreate"]["rule"]
    query = 'mutation($id: ID!, $v: Int!) { alertRuleUpdate(id: $id, version: $v, input: {threshold: null}) { rule { threshold } errors { code } } }'
    body = await call(gql, world, query, {"id": rule["id"], "v": rule["version"]})
    payload = body["data"]["alertRuleUpdate"]
    # Either the documented effect (cleared) or a domain error saying this kind needs one.
    assert payload["errors"] or payload["rule"]["threshold"] is None


def test_the_schema_says_what_null_means():
    from backend.api.schema import schema

    fields = schema._schema.type_map["AlertRuleUpdateInput"].fields
    assert "null is refused" in fields["enabled"].description
    assert "null clears it" in fields["threshold"].description


async def test_a_company_founded_long_ago_keeps_its_founding_date(gql, world):
    # 1900-01-01 opens the business-date range, so 1954 (an old state-owned enterprise) is accepted
    # while the year before the range is refused.
    query = 'mutation($f: Date) { customerCreate(input: {code: "%s", legalName: "上海老字号有限公司", foundedOn: $f}) { customer { foundedOn } errors { code } } }'
    body = await call(gql, world, query % "OLD-1954", {"f": "1954-10-01"})
    assert body["data"]["customerCreate"] == {"customer": {"foundedOn": "1954-10-01"}, "errors": []}
    assert codes(await call(gql, world, query % "OLD-1899", {"f": "1899-12-31"})) == ["OUT_OF_RANGE"]
