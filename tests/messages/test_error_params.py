"""Errors carry their code's parameters, typed, so that the reader's language renders the text:
in mutation payloads (`errors { params }`) and in top-level errors (`extensions.params`)."""

from __future__ import annotations

from decimal import Decimal

from backend.accounts.models import Role
from backend.customers.models import CustomerStatus
from tests.credit.factories import customer, invoice
from tests.fixtures.api import member

ISSUE = """
mutation($id: ID!) {
  invoiceIssue(id: $id) { invoice { status } errors { field code message params { name kind value currency } } }
}
"""


async def test_credit_refusal_carries_amounts_with_their_currency(gql):
    owner = await member(gql, Role.OWNER)
    c = await customer(owner.org, credit_limit=Decimal("800000.00"))
    await invoice(owner.org, c, total="900000.00", issued=-10, due=20)
    draft = await invoice(owner.org, c, total="117000.00")
    result = await gql(ISSUE, {"id": str(draft.id)}, token=owner.token, org=owner.org.id)
    [error] = result["data"]["invoiceIssue"]["errors"]
    assert (error["field"], error["code"]) == ("customer", "CREDIT_LIMIT_EXCEEDED")
    params = {p["name"]: (p["kind"], p["value"], p["currency"]) for p in error["params"]}
    # 900,000.00 open + 117,000.00 = 1,017,000.00 against 800,000.00: 217,000.00 over.
    assert params == {
        "customer": ("TEXT", c.code, None),
        "exposure": ("AMOUNT", "1017000.00", "CNY"),
        "limit": ("AMOUNT", "800000.00", "CNY"),
        "excess": ("AMOUNT", "217000.00", "CNY"),
    }


async def test_hold_refusal_names_its_cause(gql):
    owner = await member(gql, Role.OWNER)
    held = await customer(owner.org, status=CustomerStatus.ON_HOLD)
    draft = await invoice(owner.org, held, total="1.00")
    result = await gql(ISSUE, {"id": str(draft.id)}, token=owner.token, org=owner.org.id)
    [error] = result["data"]["invoiceIssue"]["errors"]
    assert error["code"] == "CUSTOMER_ON_HOLD"
    params = {p["name"]: p["value"] for p in error["params"]}
    assert params == {"cause": "status", "customer": held.code, "status": "ON_HOLD", "grade": ""}


async def test_errors_without_parameters_have_an_empty_list(gql):
    owner = await member(gql, Role.OWNER)
    result = await gql('mutation { organizationUpdate(input: {timezone: "Bad/Zone"}) { errors { code params { name } } } }',
                       token=owner.token, org=owner.org.id)
    assert result["data"]["organizationUpdate"]["errors"] == [{"code": "INVALID_TIMEZONE", "params": []}]
