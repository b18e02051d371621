"""Issue 9 §3: the base currency and the timezone of an organization are fixed once documents exist
(HAS_DOCUMENTS, nothing changed); before that they can change freely."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from backend.accounts.models import Organization, Role
from backend.payments import service as payments
from backend.payments.models import PaymentMethod
from tests.fixtures.api import member
from tests.invoices.factories import create_customer, staff

UPDATE = """
mutation($input: OrganizationUpdateInput!) {
  organizationUpdate(input: $input) { organization { baseCurrency timezone } errors { field code } }
}
"""


async def test_currency_and_timezone_are_fixed_once_documents_exist(gql):
    m = await member(gql, Role.OWNER)
    changed = await gql(UPDATE, {"input": {"baseCurrency": "USD", "timezone": "Europe/Berlin"}}, token=m.token, org=m.org.id)
    assert changed["data"]["organizationUpdate"] == {
        "organization": {"baseCurrency": "USD", "timezone": "Europe/Berlin"}, "errors": []
    }
    actor = (await staff(m.org, Role.OWNER)).actor
    customer = await create_customer(m.org)
    await payments.record_payment(
        actor, customer_id=customer.id, amount=Decimal("10.00"), currency="USD", method=PaymentMethod.CASH, received_on=date(2026, 1, 5)
    )
    refused = await gql(UPDATE, {"input": {"name": "新名字", "baseCurrency": "CNY", "timezone": "Asia/Shanghai"}}, token=m.token, org=m.org.id)
    assert refused["data"]["organizationUpdate"] == {
        "organization": None,
        "errors": [{"field": "baseCurrency", "code": "HAS_DOCUMENTS"}, {"field": "timezone", "code": "HAS_DOCUMENTS"}],
    }
    org = await Organization.get(id=m.org.id)
    assert (org.name, org.base_currency, org.timezone) == (m.org.name, "USD", "Europe/Berlin")
    # the same values again, or other settings, are fine
    same = await gql(UPDATE, {"input": {"name": "新名字", "baseCurrency": "USD", "timezone": "Europe/Berlin"}}, token=m.token, org=m.org.id)
    assert same["data"]["organizationUpdate"]["errors"] == []
    assert (await Organization.get(id=m.org.id)).name == "新名字"
