"""The agency view: every organization of the signed-in user, last month's statements by status and the
customers still due one, each organization seen with the user's own visibility there."""

from __future__ import annotations

from datetime import timedelta

from backend.accounts.models import Role
from backend.kit.time import local_today
from backend.reconciliation import service
from backend.reconciliation.models import AccountStatement, StatementStatus
from tests.fixtures.api import add_member, create_organization, create_user, login
from tests.invoices.factories import create_customer, issued_invoice, staff

OVERVIEW = """
{ reconciliationOverview { organizationName role periodStart periodEnd due draft sent disputed resolved confirmed expired openDiscrepancies } }
"""


async def test_the_agency_sees_each_client_organization_once(gql):
    today = local_today("Asia/Shanghai")
    end = today.replace(day=1) - timedelta(days=1)
    start = end.replace(day=1)
    agent = await create_user()
    first = await create_organization(name="甲客户公司（代账）")
    second = await create_organization(name="乙客户公司（代账）")
    await create_organization(name="与代账无关的公司")
    await add_member(first, agent, Role.OWNER)
    collector_membership = await add_member(second, agent, Role.COLLECTOR)

    owner = (await staff(first, Role.OWNER)).actor
    owes, sent, confirmed = [await create_customer(first) for _ in range(3)]
    await create_customer(first)  # owes nothing: not due
    for customer in (owes, sent, confirmed):
        await issued_invoice(owner, customer, "100.00", issue_date=start, due_date=end)
    for customer, status in ((sent, StatementStatus.SENT), (confirmed, StatementStatus.CONFIRMED)):
        statement = await service.create_statement(owner, customer_id=customer.id, period_start=start, period_end=end)
        await AccountStatement.filter(id=statement.id).update(status=status)

    other_owner = (await staff(second, Role.OWNER)).actor
    mine = await create_customer(second, collector_id=collector_membership.id)
    theirs = await create_customer(second)
    for customer in (mine, theirs):
        await issued_invoice(other_owner, customer, "50.00", issue_date=start, due_date=end)
    await service.create_statement(other_owner, customer_id=theirs.id, period_start=start, period_end=end)

    token = (await login(gql, agent))["accessToken"]
    result = await gql(OVERVIEW, token=token)
    assert "errors" not in result, result
    counts = ("due", "draft", "sent", "disputed", "resolved", "confirmed", "expired", "openDiscrepancies")
    period = {"periodStart": start.isoformat(), "periodEnd": end.isoformat()}
    assert result["data"]["reconciliationOverview"] == [
        {"organizationName": "乙客户公司（代账）", "role": "COLLECTOR", **period,
         **dict.fromkeys(counts, 0), "due": 1},  # the collector's own customer only; the draft is another's
        {"organizationName": "甲客户公司（代账）", "role": "OWNER", **period,
         **dict.fromkeys(counts, 0), "due": 1, "sent": 1, "confirmed": 1},
    ]
