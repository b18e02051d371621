"""Customers over GraphQL: create/update with field errors, search (Chinese substrings, codes,
contacts), filters, sorting, pagination, the customer file; acceptance 5 (who sees what)."""

from __future__ import annotations

from decimal import Decimal

from backend.accounts.models import Membership, Role
from backend.credit import service as credit
from backend.customers.models import Contact, Customer, CustomerStatus
from tests.credit.factories import actor_for, customer, invoice
from tests.credit.querycount import count_queries
from tests.fixtures.api import member

CREATE = """
mutation($input: CustomerCreateInput!) {
  customerCreate(input: $input) {
    customer { id code legalName creditCode version owner { id } }
    errors { field code message }
  }
}
"""
UPDATE = """
mutation($id: ID!, $version: Int!, $input: CustomerUpdateInput!) {
  customerUpdate(id: $id, version: $version, input: $input) {
    customer { id legalName status version tags }
    errors { field code }
  }
}
"""
LIST = """
query($search: String, $filter: CustomerFilterInput, $sort: CustomerSortField!, $descending: Boolean!, $first: Int, $after: String) {
  customers(search: $search, filter: $filter, sort: $sort, descending: $descending, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { code legalName }
  }
}
"""
DETAIL = """
query($id: ID!) {
  customer(id: $id) {
    code legalName creditCode status version
    owner { id } collector { id }
    contacts { name phone isBillingContact }
    attachments { fileName sizeBytes }
    balances { openBalance overdueBalance worstDaysOverdue }
    statements { periodEnd ratios { debtToAsset currentRatio quickRatio netMargin } }
    latestAssessment { grade score factors { key points weight } }
    assessments(first: 5) { totalCount nodes { grade method assessedBy { email } } }
    creditProfile { industryRisk }
    creditPolicy { grade creditLimit paymentTermsDays gradePolicy { paymentTermsDays allowedPaymentMethods } activeOverride { id } }
    openAlerts { kind severity }
  }
}
"""


async def _list(gql, m, **variables):
    variables = {"sort": "CODE", "descending": False, **variables}
    result = await gql(LIST, variables, token=m.token, org=m.org.id)
    assert "errors" not in result, result
    return result["data"]["customers"]


async def test_create_validates_every_field_and_creates_nothing_on_error(gql):
    m = await member(gql, Role.FINANCE)
    bad = {
        "code": "客户 1", "legalName": " ", "creditCode": "91350100M000100Y44", "website": "not a site",
        "registeredCapital": "-1", "tags": ["x" * 40],
    }
    result = (await gql(CREATE, {"input": bad}, token=m.token, org=m.org.id))["data"]["customerCreate"]
    assert result["customer"] is None
    assert {(e["field"], e["code"]) for e in result["errors"]} == {
        ("code", "INVALID_CODE"), ("legalName", "REQUIRED"), ("creditCode", "INVALID_CREDIT_CODE"),
        ("website", "INVALID_WEBSITE"), ("registeredCapital", "INVALID_AMOUNT"), ("tags", "INVALID_TAGS"),
    }
    assert not await Customer.filter(organization_id=m.org.id).exists()

    good = {"code": "SH-001", "legalName": "上海澄明机电设备有限公司", "creditCode": "91350100m000100y43"}
    created = (await gql(CREATE, {"input": good}, token=m.token, org=m.org.id))["data"]["customerCreate"]
    assert created["errors"] == [] and created["customer"]["creditCode"] == "91350100M000100Y43"
    again = (await gql(CREATE, {"input": good}, token=m.token, org=m.org.id))["data"]["customerCreate"]
    assert {(e["field"], e["code"]) for e in again["errors"]} == {("code", "DUPLICATE_CODE"), ("creditCode", "DUPLICATE_CREDIT_CODE")}


async def test_stale_update_is_refused_and_changes_nothing(gql):
    m = await member(gql, Role.FINANCE)
    c = await customer(m.org, legal_name="杭州青禾食品贸易有限公司")
    first = (await gql(UPDATE, {"id": str(c.id), "version": 1, "input": {"tags": ["重点", "食品"]}}, token=m.token, org=m.org.id))
    assert first["data"]["customerUpdate"]["customer"]["version"] == 2
    stale = await gql(UPDATE, {"id": str(c.id), "version": 1, "input": {"legalName": "改名"}}, token=m.token, org=m.org.id)
    assert stale["data"]["customerUpdate"]["errors"] == [{"field": "version", "code": "STALE_VERSION"}]
    stored = await Customer.get(id=c.id)
    assert (stored.legal_name, stored.version, stored.tags) == ("杭州青禾食品贸易有限公司", 2, ["重点", "食品"])


async def test_lifting_a_credit_hold_needs_a_manager(gql):
    finance = await member(gql, Role.FINANCE)
    owner = await member(gql, Role.OWNER, org=finance.org)
    c = await customer(finance.org, status=CustomerStatus.ON_HOLD)
    refused = await gql(UPDATE, {"id": str(c.id), "version": 1, "input": {"status": "ACTIVE"}}, token=finance.token, org=finance.org.id)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    lifted = await gql(UPDATE, {"id": str(c.id), "version": 1, "input": {"status": "ACTIVE"}}, token=owner.token, org=owner.org.id)
    assert lifted["data"]["customerUpdate"]["customer"]["status"] == "ACTIVE"


async def test_search_finds_chinese_substrings_codes_credit_codes_and_contacts(gql):
    m = await member(gql, Role.FINANCE)
    a = await customer(m.org, code="SH-001", legal_name="上海澄明机电设备有限公司", short_name="澄明机电", credit_code="91350100M000100Y43")
    b = await customer(m.org, code="HZ-002", legal_name="杭州青禾食品贸易有限公司", short_name="青禾")
    await customer(m.org, code="BJ-003", legal_name="北京远航物流有限公司")
    await Contact.create(organization=m.org, customer=b, name="周婷", phone="13800138000", email="zhou@qinghe.cn")

    async def codes(term):
        return sorted(n["code"] for n in (await _list(gql, m, search=term))["nodes"])

    assert await codes("澄明") == ["SH-001"]
    assert await codes("机电设备") == ["SH-001"]
    assert await codes("有限公司") == ["BJ-003", "HZ-002", "SH-001"]
    assert await codes("hz-00") == ["HZ-002"]
    assert await codes("91350100m000") == ["SH-001"]
    assert await codes("周婷") == ["HZ-002"]
    assert await codes("1380013") == ["HZ-002"]
    assert await codes("不存在的公司") == []
    assert a.id and b.id


async def test_filters_sorting_and_pagination(gql):
    m = await member(gql, Role.FINANCE)
    other = await Membership.get(organization_id=m.org.id)
    late = await customer(m.org, code="C-1", legal_name="甲", grade="B", tags=["重点"], collector=other)
    await invoice(m.org, late, total="100", issued=-40, due=-10)
    await customer(m.org, code="C-2", legal_name="乙", grade="A", status=CustomerStatus.ON_HOLD)
    await customer(m.org, code="C-3", legal_name="丙", grade="B")

    assert [n["code"] for n in (await _list(gql, m, filter={"grades": ["B"]}))["nodes"]] == ["C-1", "C-3"]
    assert [n["code"] for n in (await _list(gql, m, filter={"statuses": ["ON_HOLD"]}))["nodes"]] == ["C-2"]
    assert [n["code"] for n in (await _list(gql, m, filter={"collectorId": str(other.id)}))["nodes"]] == ["C-1"]
    assert [n["code"] for n in (await _list(gql, m, filter={"tag": "重点"}))["nodes"]] == ["C-1"]
    assert [n["code"] for n in (await _list(gql, m, filter={"overdue": True}))["nodes"]] == ["C-1"]
    assert [n["code"] for n in (await _list(gql, m, filter={"overdue": False}))["nodes"]] == ["C-2", "C-3"]

    page1 = await _list(gql, m, sort="CODE", descending=True, first=2)
    assert [n["code"] for n in page1["nodes"]] == ["C-3", "C-2"] and page1["pageInfo"]["hasNextPage"]
    page2 = await _list(gql, m, sort="CODE", descending=True, first=2, after=page1["pageInfo"]["endCursor"])
    assert [n["code"] for n in page2["nodes"]] == ["C-1"] and not page2["pageInfo"]["hasNextPage"]
    assert page2["totalCount"] == 3


async def test_the_customer_file(gql):
    m = await member(gql, Role.OWNER)
    created = (await gql(CREATE, {"input": {"code": "SZ-9", "legalName": "深圳市华南电子有限公司"}}, token=m.token, org=m.org.id))
    cid = created["data"]["customerCreate"]["customer"]["id"]
    contact = """mutation($c: ID!) { contactCreate(customerId: $c, input: {name: "林峰", phone: "0755-8888 6666",
      preferredChannel: PHONE, isBillingContact: true}) { contact { id } errors { field code } } }"""
    assert (await gql(contact, {"c": cid}, token=m.token, org=m.org.id))["data"]["contactCreate"]["errors"] == []
    no_email = """mutation($c: ID!) { contactCreate(customerId: $c, input: {name: "王五", email: "bad@"}) { errors { field code } } }"""
    assert (await gql(no_email, {"c": cid}, token=m.token, org=m.org.id))["data"]["contactCreate"]["errors"] == [
        {"field": "email", "code": "INVALID_EMAIL"}
    ]
    attach = """mutation($c: ID!, $i: AttachmentInput!) { attachmentAdd(customerId: $c, input: $i) { attachment { id } errors { field code } } }"""
    too_big = {"kind": "CONTRACT", "fileName": "合同.pdf", "contentType": "application/pdf", "sizeBytes": 30 * 1024 * 1024}
    wrong_type = {"kind": "BUSINESS_LICENCE", "fileName": "licence.exe", "contentType": "application/x-msdownload", "sizeBytes": 100}
    ok = {"kind": "BUSINESS_LICENCE", "fileName": "营业执照.jpg", "contentType": "image/jpeg", "sizeBytes": 245760}
    assert (await gql(attach, {"c": cid, "i": too_big}, token=m.token, org=m.org.id))["data"]["attachmentAdd"]["errors"] == [
        {"field": "sizeBytes", "code": "FILE_TOO_LARGE"}
    ]
    assert (await gql(attach, {"c": cid, "i": wrong_type}, token=m.token, org=m.org.id))["data"]["attachmentAdd"]["errors"] == [
        {"field": "contentType", "code": "FILE_TYPE_NOT_ALLOWED"}
    ]
    assert (await gql(attach, {"c": cid, "i": ok}, token=m.token, org=m.org.id))["data"]["attachmentAdd"]["errors"] == []
    statement = """mutation($c: ID!) { statementCreate(customerId: $c, input: {periodStart: "2024-01-01", periodEnd: "2024-12-31",
      totalAssets: "1000000", totalLiabilities: "400000", currentAssets: "500000", currentLiabilities: "250000",
      inventory: "100000", cash: "50000", revenue: "2000000", netProfit: "100000", operatingCashFlow: "80000"}) {
      statement { id } errors { field code } } }"""
    assert (await gql(statement, {"c": cid}, token=m.token, org=m.org.id))["data"]["statementCreate"]["errors"] == []
    assess = """mutation($c: ID!) { creditAssess(customerId: $c) { assessment { grade } errors { code } } }"""
    graded = (await gql(assess, {"c": cid}, token=m.token, org=m.org.id))["data"]["creditAssess"]
    assert graded["errors"] == []

    detail = (await gql(DETAIL, {"id": cid}, token=m.token, org=m.org.id))["data"]["customer"]
    assert detail["contacts"] == [{"name": "林峰", "phone": "0755-8888 6666", "isBillingContact": True}]
    assert detail["attachments"] == [{"fileName": "营业执照.jpg", "sizeBytes": 245760}]
    # 400,000 / 1,000,000 = 0.4; 500,000 / 250,000 = 2; (500,000 − 100,000) / 250,000 = 1.6; 100,000 / 2,000,000 = 0.05
    assert detail["statements"] == [
        {"periodEnd": "2024-12-31", "ratios": {"debtToAsset": "0.4000", "currentRatio": "2.0000", "quickRatio": "1.6000", "netMargin": "0.0500"}}
    ]
    assert detail["balances"] == {"openBalance": "0.00", "overdueBalance": "0.00", "worstDaysOverdue": 0}
    assert detail["latestAssessment"]["grade"] == graded["assessment"]["grade"]
    assert len(detail["latestAssessment"]["factors"]) == 18
    assert sum(f["weight"] for f in detail["latestAssessment"]["factors"]) == 100
    assert detail["assessments"]["totalCount"] == 1
    assert detail["assessments"]["nodes"][0]["method"] == "MANUAL"
    assert detail["assessments"]["nodes"][0]["assessedBy"]["email"] == m.user.email
    assert detail["creditPolicy"]["grade"] == graded["assessment"]["grade"]
    assert detail["creditPolicy"]["activeOverride"] is None
    assert detail["openAlerts"] == []


async def test_collectors_and_sales_see_only_their_customers_and_auditors_read_all(gql):
    """Acceptance 5."""
    owner = await member(gql, Role.OWNER)
    org = owner.org
    collector = await member(gql, Role.COLLECTOR, org=org)
    sales = await member(gql, Role.SALES, org=org)
    auditor = await member(gql, Role.AUDITOR, org=org)
    wide_collector = await member(gql, Role.COLLECTOR, org=org, sees_all_customers=True)
    collector_m = await Membership.get(organization_id=org.id, user_id=collector.user.id)
    sales_m = await Membership.get(organization_id=org.id, user_id=sales.user.id)
    collected = await customer(org, code="A-1", collector=collector_m)
    owned = await customer(org, code="A-2", owner=sales_m)
    await customer(org, code="A-3")

    async def codes(m):
        return [n["code"] for n in (await _list(gql, m))["nodes"]]

    assert await codes(owner) == ["A-1", "A-2", "A-3"]
    assert await codes(collector) == ["A-1"]
    assert await codes(sales) == ["A-2"]
    assert await codes(auditor) == ["A-1", "A-2", "A-3"]
    assert await codes(wide_collector) == ["A-1", "A-2", "A-3"]

    # Not visible = not there, by id too; and a salesperson cannot edit someone else's customer.
    hidden = await gql(DETAIL, {"id": str(owned.id)}, token=collector.token, org=org.id)
    assert hidden["data"]["customer"] is None
    edit = await gql(UPDATE, {"id": str(collected.id), "version": 1, "input": {"notes": "x"}}, token=sales.token, org=org.id)
    assert edit["data"]["customerUpdate"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    # A salesperson's new customer is theirs.
    made = (await gql(CREATE, {"input": {"code": "A-4", "legalName": "新客户"}}, token=sales.token, org=org.id))["data"]["customerCreate"]
    assert made["customer"]["owner"]["id"] == str(sales_m.id)
    assert await codes(sales) == ["A-2", "A-4"]

    # The auditor reads the whole file but changes nothing.
    detail = await gql(DETAIL, {"id": str(owned.id)}, token=auditor.token, org=org.id)
    assert detail["data"]["customer"]["code"] == "A-2"
    refused = await gql(UPDATE, {"id": str(owned.id), "version": 1, "input": {"notes": "x"}}, token=auditor.token, org=org.id)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await Customer.get(id=owned.id)).notes == ""


async def test_another_organization_sees_nothing(gql):
    a = await member(gql, Role.OWNER)
    b = await member(gql, Role.OWNER)
    c = await customer(a.org, code="SECRET", credit_limit=Decimal("1"))
    assert (await _list(gql, b))["totalCount"] == 0
    assert (await gql(DETAIL, {"id": str(c.id)}, token=b.token, org=b.org.id))["data"]["customer"] is None
    stolen = await gql(UPDATE, {"id": str(c.id), "version": 1, "input": {"legalName": "x"}}, token=b.token, org=b.org.id)
    assert stolen["data"]["customerUpdate"]["errors"][0]["code"] == "NOT_FOUND"


FILE_LIST = """
{
  customers(first: 50) {
    nodes {
      code owner { user { email } } collector { id } contacts { name } attachments { fileName } balances { openBalance }
      latestAssessment { grade } statements { periodEnd } creditProfile { industryRisk }
      creditPolicy { grade activeOverride { id } } creditOverrides { id } creditExceptions { id } openAlerts { id }
    }
  }
}
"""


async def test_listing_customers_with_their_file_costs_the_same_queries_for_2_or_8(gql, monkeypatch):
    costs = []
    for n in (2, 8):
        m = await member(gql, Role.OWNER)
        owner = await Membership.get(organization_id=m.org.id)
        for i in range(n):
            c = await customer(m.org, owner=owner)
            await Contact.create(organization=m.org, customer=c, name=f"联系人{i}")
            await invoice(m.org, c, total="100", issued=-40, due=-10)
        actor = actor_for(m.org, m.user, owner)
        for c in await Customer.filter(organization_id=m.org.id):
            await credit.assess_customer(actor, c.id)
        with count_queries(monkeypatch) as sent:
            result = await gql(FILE_LIST, token=m.token, org=m.org.id)
        assert "errors" not in result and len(result["data"]["customers"]["nodes"]) == n
        costs.append(len(sent))
    assert costs[0] == costs[1], costs
