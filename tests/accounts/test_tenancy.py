"""Organizations are walled off: the X-Organization header is checked against memberships and keys."""

from __future__ import annotations

import uuid

import pytest

from backend.accounts.models import ApiKey, Role
from tests.fixtures.api import add_member, create_organization, member

MEMBERS = "query { organization { id name members { totalCount nodes { user { email } } } } }"
AUDIT = "query { auditLog { totalCount nodes { action } } }"
API_KEYS = "query { apiKeys { name } }"
ORG_UPDATE = "mutation($name: String) { organizationUpdate(input: {name: $name}) { organization { name } errors { code } } }"
INVITE = "mutation { memberInvite(email: \"x@example.com\", role: FINANCE) { invitation { id } errors { code } } }"
KEY_CREATE = """
mutation($scopes: [ApiKeyScope!]!) { apiKeyCreate(name: "ERP sync", scopes: $scopes) { secret apiKey { id prefix } errors { field code } } }
"""
KEY_REVOKE = "mutation($id: ID!) { apiKeyRevoke(id: $id) { apiKey { revokedAt } errors { code } } }"
ME = "query { me { email } }"

ORG_SCOPED = [MEMBERS, AUDIT, API_KEYS, ORG_UPDATE, INVITE, ME]


def _code(result: dict) -> str:
    return result["errors"][0]["extensions"]["code"]


async def test_member_of_two_organizations_sees_only_the_named_one(gql):
    a = await member(gql, Role.OWNER)
    b = await create_organization()
    await add_member(b, a.user, Role.ADMIN)
    b_other = await member(gql, Role.FINANCE, org=b)
    in_a = await gql(MEMBERS, token=a.token, org=a.org.id)
    assert in_a["data"]["organization"]["id"] == str(a.org.id)
    assert [n["user"]["email"] for n in in_a["data"]["organization"]["members"]["nodes"]] == [a.user.email]
    in_b = await gql(MEMBERS, token=a.token, org=b.id)
    assert {n["user"]["email"] for n in in_b["data"]["organization"]["members"]["nodes"]} == {a.user.email, b_other.user.email}


@pytest.mark.parametrize("document", ORG_SCOPED)
async def test_every_field_refuses_an_organization_the_user_is_not_in(gql, document):
    a = await member(gql, Role.OWNER)
    stranger_org = await create_organization()
    result = await gql(document, token=a.token, org=stranger_org.id)
    assert result["data"] is None
    assert _code(result) == "NOT_A_MEMBER"
    unknown = await gql(document, token=a.token, org=uuid.uuid4())
    assert _code(unknown) == "ORGANIZATION_NOT_FOUND"
    garbage = await gql(document, token=a.token, org="not-a-uuid")
    assert _code(garbage) == "ORGANIZATION_NOT_FOUND"


async def test_refused_mutation_changes_nothing(gql):
    a = await member(gql, Role.OWNER)
    b = await create_organization("乙公司")
    await gql(ORG_UPDATE, {"name": "hijacked"}, token=a.token, org=b.id)
    await b.refresh_from_db()
    assert b.name == "乙公司"


async def test_org_scoped_fields_need_the_header(gql):
    a = await member(gql, Role.OWNER)
    assert _code(await gql(MEMBERS, token=a.token)) == "ORGANIZATION_REQUIRED"


async def test_api_key_reaches_its_organization_only(gql):
    a = await member(gql, Role.ADMIN)
    created = (await gql(KEY_CREATE, {"scopes": ["READ"]}, token=a.token, org=a.org.id))["data"]["apiKeyCreate"]
    assert created["errors"] == [] and created["secret"].startswith("hk_")
    secret = created["secret"]
    stored = await ApiKey.get(id=created["apiKey"]["id"])
    assert secret not in (stored.key_hash, stored.prefix)  # only a hash is kept

    own = await gql(MEMBERS, token=secret)
    assert own["data"]["organization"]["id"] == str(a.org.id)
    explicit = await gql(MEMBERS, token=secret, org=a.org.id)
    assert explicit["data"]["organization"]["id"] == str(a.org.id)
    b = await create_organization()
    for document in ORG_SCOPED:
        assert _code(await gql(document, token=secret, org=b.id)) == "NOT_A_MEMBER"
    # The X-API-Key header works too.
    via_header = await gql(MEMBERS, headers={"X-API-Key": secret})
    assert via_header["data"]["organization"]["id"] == str(a.org.id)


async def test_read_only_key_cannot_mutate_and_revoked_key_is_refused(gql):
    a = await member(gql, Role.OWNER)
    created = (await gql(KEY_CREATE, {"scopes": ["READ"]}, token=a.token, org=a.org.id))["data"]["apiKeyCreate"]
    secret = created["secret"]
    result = await gql(ORG_UPDATE, {"name": "via key"}, token=secret)
    assert _code(result) == "READ_ONLY_API_KEY"
    await a.org.refresh_from_db()
    assert a.org.name != "via key"

    revoked = await gql(KEY_REVOKE, {"id": created["apiKey"]["id"]}, token=a.token, org=a.org.id)
    assert revoked["data"]["apiKeyRevoke"]["errors"] == []
    assert _code(await gql(MEMBERS, token=secret)) == "API_KEY_REVOKED"
    forged = secret[:-4] + "abcd"
    assert _code(await gql(MEMBERS, token=forged)) == "API_KEY_INVALID"


async def test_api_key_scopes_are_validated(gql):
    a = await member(gql, Role.OWNER)
    result = await gql(KEY_CREATE, {"scopes": []}, token=a.token, org=a.org.id)
    assert result["data"]["apiKeyCreate"]["errors"] == [{"field": "scopes", "code": "INVALID_SCOPE"}]


@pytest.mark.parametrize("role", [Role.FINANCE, Role.COLLECTOR, Role.SALES, Role.AUDITOR])
async def test_roles_without_permission_are_refused(gql, role):
    m = await member(gql, role)
    update = await gql(ORG_UPDATE, {"name": "renamed"}, token=m.token, org=m.org.id)
    assert _code(update) in {"FORBIDDEN"}
    keys = await gql(API_KEYS, token=m.token, org=m.org.id)
    assert _code(keys) == "FORBIDDEN"
    audit = await gql(AUDIT, token=m.token, org=m.org.id)
    if role is Role.AUDITOR:
        assert "errors" not in audit
    else:
        assert _code(audit) == "FORBIDDEN"


async def test_auditor_reads_but_changes_nothing(gql):
    auditor = await member(gql, Role.AUDITOR)
    assert (await gql(MEMBERS, token=auditor.token, org=auditor.org.id))["data"]["organization"]
    for document in (ORG_UPDATE, INVITE):
        assert _code(await gql(document, {"name": "x"} if "name" in document else None, token=auditor.token, org=auditor.org.id)) == "FORBIDDEN"
