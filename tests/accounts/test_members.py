"""Organizations and members: creation, roles, the last owner, bad input."""

from __future__ import annotations

from backend.accounts.models import Membership, Role
from tests.fixtures.api import add_member, create_user, member

ORG_CREATE = """
mutation($input: OrganizationCreateInput!) {
  organizationCreate(input: $input) { organization { id name baseCurrency timezone viewerRole } errors { field code } }
}
"""
MEMBER_UPDATE = "mutation($id: ID!, $role: Role) { memberUpdate(id: $id, role: $role) { member { role } errors { field code } } }"
MEMBER_REMOVE = "mutation($id: ID!) { memberRemove(id: $id) { member { id } errors { field code } } }"
ORG_UPDATE = """
mutation($input: OrganizationUpdateInput!) { organizationUpdate(input: $input) { organization { name timezone } errors { field code } } }
"""


async def test_create_organization_makes_the_caller_owner(gql):
    m = await member(gql)
    result = await gql(ORG_CREATE, {"input": {"name": "苏州新创电子有限公司"}}, token=m.token)
    org = result["data"]["organizationCreate"]["organization"]
    assert org["viewerRole"] == "OWNER" and org["baseCurrency"] == "CNY" and org["timezone"] == "Asia/Shanghai"


async def test_bad_organization_input_changes_nothing(gql):
    m = await member(gql)
    before = await Membership.filter(user=m.user).count()
    result = await gql(
        ORG_CREATE, {"input": {"name": " ", "baseCurrency": "XXY", "timezone": "Mars/Olympus"}}, token=m.token
    )
    assert result["data"]["organizationCreate"]["errors"] == [
        {"field": "name", "code": "REQUIRED"},
        {"field": "baseCurrency", "code": "INVALID_CURRENCY"},
        {"field": "timezone", "code": "INVALID_TIMEZONE"},
    ]
    assert await Membership.filter(user=m.user).count() == before
    update = await gql(ORG_UPDATE, {"input": {"timezone": "Nowhere/City"}}, token=m.token, org=m.org.id)
    assert update["data"]["organizationUpdate"]["errors"] == [{"field": "timezone", "code": "INVALID_TIMEZONE"}]


async def test_last_owner_cannot_be_demoted_or_removed(gql):
    owner = await member(gql, Role.OWNER)
    membership = await Membership.get(user=owner.user, organization=owner.org)
    demote = await gql(MEMBER_UPDATE, {"id": str(membership.id), "role": "ADMIN"}, token=owner.token, org=owner.org.id)
    assert demote["data"]["memberUpdate"]["errors"] == [{"field": "role", "code": "LAST_OWNER"}]
    remove = await gql(MEMBER_REMOVE, {"id": str(membership.id)}, token=owner.token, org=owner.org.id)
    assert remove["data"]["memberRemove"]["errors"] == [{"field": "role", "code": "LAST_OWNER"}]


async def test_admin_cannot_grant_owner(gql):
    admin = await member(gql, Role.ADMIN)
    other = await create_user()
    m = await add_member(admin.org, other, Role.FINANCE)
    result = await gql(MEMBER_UPDATE, {"id": str(m.id), "role": "OWNER"}, token=admin.token, org=admin.org.id)
    assert result["data"]["memberUpdate"]["errors"] == [{"field": "role", "code": "OWNER_ONLY"}]
    ok = await gql(MEMBER_UPDATE, {"id": str(m.id), "role": "COLLECTOR"}, token=admin.token, org=admin.org.id)
    assert ok["data"]["memberUpdate"] == {"member": {"role": "COLLECTOR"}, "errors": []}


async def test_member_of_another_organization_is_not_found(gql):
    a = await member(gql, Role.OWNER)
    b = await member(gql, Role.OWNER)
    theirs = await Membership.get(user=b.user, organization=b.org)
    result = await gql(MEMBER_UPDATE, {"id": str(theirs.id), "role": "AUDITOR"}, token=a.token, org=a.org.id)
    assert result["data"]["memberUpdate"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
    garbage = await gql(MEMBER_UPDATE, {"id": "nope", "role": "AUDITOR"}, token=a.token, org=a.org.id)
    assert garbage["data"]["memberUpdate"]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
