"""The agency overview: every organization a user belongs to, as that member sees it; figures by
hand, dates relative to each organization's today T (Asia/Shanghai)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D

from tortoise import connections

from backend.accounts.actor import Actor
from backend.accounts.models import Role
from backend.analytics.agency import agency_overview
from backend.audit.models import ActorType
from backend.kit.time import local_today
from tests.fixtures.api import add_member, create_organization, create_user, login
from tests.invoices.factories import create_customer, issued_invoice, staff

OVERVIEW = "{ agencyOverview { name role currency arTotal overdueAr openInvoiceCount overdueRatio dso } }"


async def test_overview_of_every_organization_the_user_belongs_to(gql, monkeypatch):
    user = await create_user()
    first = await create_organization(name="甲 代账客户")
    second = await create_organization(name="乙 代账客户")
    third = await create_organization(name="丙 代账客户", base_currency="USD")
    await create_organization(name="丁 not a member")
    await add_member(first, user, Role.OWNER)
    collector = await add_member(second, user, Role.COLLECTOR)
    await add_member(third, user, Role.AUDITOR)
    today = local_today("Asia/Shanghai")

    owner = (await staff(first, Role.OWNER)).actor
    c1 = await create_customer(first)
    # 1,000 issued T−10 due T+20 (current), 600 issued T−100 due T−70 (overdue, sold before the window)
    await issued_invoice(owner, c1, "1000.00", issue_date=today - timedelta(days=10), due_date=today + timedelta(days=20))
    await issued_invoice(owner, c1, "600.00", issue_date=today - timedelta(days=100), due_date=today - timedelta(days=70))

    owner2 = (await staff(second, Role.OWNER)).actor
    mine = await create_customer(second, collector_id=collector.id)
    other = await create_customer(second)
    await issued_invoice(owner2, mine, "300.00", issue_date=today - timedelta(days=30), due_date=today - timedelta(days=1))
    await issued_invoice(owner2, other, "5000.00", issue_date=today - timedelta(days=30), due_date=today - timedelta(days=1))

    # 甲: AR 1,600, overdue 600 (0.375); DSO = 1,600 / 1,000 × 90 = 144.0
    # 乙 (collector: own customer only): AR 300 all overdue; DSO = 300 / 300 × 90 = 90.0
    # 丙: nothing: zeros, ratio and DSO null
    token = (await login(gql, user))["accessToken"]
    rows = (await gql(OVERVIEW, token=token))["data"]["agencyOverview"]
    assert rows == [
        {"name": "丙 代账客户", "role": "AUDITOR", "currency": "USD", "arTotal": "0.00", "overdueAr": "0.00",
         "openInvoiceCount": 0, "overdueRatio": None, "dso": None},
        {"name": "乙 代账客户", "role": "COLLECTOR", "currency": "CNY", "arTotal": "300.00", "overdueAr": "300.00",
         "openInvoiceCount": 1, "overdueRatio": "1.0000", "dso": "90.0"},
        {"name": "甲 代账客户", "role": "OWNER", "currency": "CNY", "arTotal": "1600.00", "overdueAr": "600.00",
         "openInvoiceCount": 2, "overdueRatio": "0.3750", "dso": "144.0"},
    ]

    # One query for the memberships, then one per organization.
    client = type(connections.get("default"))
    calls = []
    original = client.execute_query_dict

    async def counted(self, query, values=None):  # type: ignore[no-untyped-def]
        calls.append(query)
        return await original(self, query, values)

    monkeypatch.setattr(client, "execute_query_dict", counted)
    overview = await agency_overview(Actor(actor_type=ActorType.USER, organization_id=None, user_id=user.id))
    assert [o.ar_total for o in overview] == [D("0"), D("300.00"), D("1600.00")]
    assert len(calls) == 1 + 3
