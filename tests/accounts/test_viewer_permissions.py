"""`viewerPermissions`: what the caller may do in each organization, so clients hide what they cannot use."""

from __future__ import annotations

from backend.accounts.models import Role
from backend.accounts.permissions import Permission
from tests.fixtures.api import add_member, create_organization, member

ORGANIZATION = "query { organization { viewerRole viewerPermissions } }"
MY_ORGANIZATIONS = "query { me { organizations { id viewerRole viewerPermissions } } }"


async def test_auditor_reads_the_audit_log_but_manages_nothing(gql):
    auditor = await member(gql, Role.AUDITOR)
    result = await gql(ORGANIZATION, token=auditor.token, org=auditor.org.id)
    assert result["data"]["organization"] == {
        "viewerRole": "AUDITOR",
        "viewerPermissions": ["MEMBERS_READ", "AUDIT_READ", "CUSTOMERS_READ", "PERFORMANCE_READ", "PERFORMANCE_OWN"],
    }


async def test_permissions_follow_the_role_in_each_organization(gql):
    collector = await member(gql, Role.COLLECTOR)
    other = await create_organization()
    await add_member(other, collector.user, Role.ADMIN)
    result = await gql(MY_ORGANIZATIONS, token=collector.token)
    by_id = {o["id"]: o for o in result["data"]["me"]["organizations"]}
    assert by_id[str(collector.org.id)]["viewerPermissions"] == ["MEMBERS_READ", "CUSTOMERS_READ", "ALERTS_WORK", "COLLECTIONS_WORK", "PERFORMANCE_OWN"]
    # An admin may do everything the API defines.
    assert set(by_id[str(other.id)]["viewerPermissions"]) == {p.name for p in Permission}
