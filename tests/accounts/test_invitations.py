"""Invitations: the mail (role named in the invitee's language, a link made by the job), the page's
preview, joining as a new or an existing user, pending invitations with resend and revoke."""

from __future__ import annotations

import re
from email import message_from_bytes
from pathlib import Path

import pytest

from backend.accounts.models import Invitation, Locale, Membership, Role
from backend.accounts.tasks import send_invitation
from backend.config import get_settings
from tests.fixtures.api import PASSWORD, TOKEN_CREATE, create_user, member

INVITE = "mutation($e: String!, $r: Role!) { memberInvite(email: $e, role: $r) { invitation { id email role } errors { code } } }"
PREVIEW = """
query($t: String!) { invitation(token: $t) { invitation { organizationId organizationName email role hasAccount } errors { code } } }
"""
ACCEPT = """
mutation($t: String!, $p: String!, $n: String) {
  invitationAccept(token: $t, password: $p, fullName: $n) { member { role user { email fullName } } errors { field code } }
}
"""
PENDING = "query { organization { pendingInvitations { id email role } } }"
RESEND = "mutation($id: ID!) { invitationResend(id: $id) { invitation { id } errors { field code } } }"
REVOKE = "mutation($id: ID!) { invitationRevoke(id: $id) { invitation { id } errors { field code } } }"

# The job's own coroutine, run on this test's event loop (the worker runs it the same way).
_send_invitation = send_invitation.fn.__wrapped__


@pytest.fixture(autouse=True)
def _no_worker(monkeypatch):  # type: ignore[no-untyped-def]
    """These tests run the sending job themselves: a worker running for other tests must not send
    (and so replace) the links first."""
    from backend.kit import uow

    monkeypatch.setattr(uow, "_send_all", lambda messages: None)


def _outbox() -> Path:
    return get_settings().data_dir / "outbox"


async def _mail_for(invitation_id: str, email: str) -> str:
    """Run the sending job as the worker would, and read the mail it wrote to the dev outbox."""
    before = set(_outbox().glob("*.eml")) if _outbox().exists() else set()
    await _send_invitation(invitation_id)
    for path in set(_outbox().glob("*.eml")) - before:
        message = message_from_bytes(path.read_bytes())
        if message["To"] == email:
            return message.get_payload(decode=True).decode()
    raise AssertionError("no mail written")


def _token(text: str) -> str:
    return re.search(r"/invitation/([A-Za-z0-9_-]+)", text).group(1)  # type: ignore[union-attr]


async def _invite(gql, owner, email: str, role: str = "ADMIN") -> str:  # type: ignore[no-untyped-def]
    result = await gql(INVITE, {"e": email, "r": role}, token=owner.token, org=owner.org.id)
    assert result["data"]["memberInvite"]["errors"] == []
    return result["data"]["memberInvite"]["invitation"]["id"]


async def test_the_mail_names_the_role_in_the_invitees_language_and_a_new_user_joins(gql):
    owner = await member(gql)
    invitation_id = await _invite(gql, owner, "new-joiner@example.com")
    text = await _mail_for(invitation_id, "new-joiner@example.com")
    assert "以「管理员」身份加入" in text and "admin" not in text
    token = _token(text)

    preview = (await gql(PREVIEW, {"t": token}))["data"]["invitation"]
    assert preview["errors"] == []
    assert preview["invitation"] == {
        "organizationId": str(owner.org.id), "organizationName": owner.org.name,
        "email": "new-joiner@example.com", "role": "ADMIN", "hasAccount": False,
    }
    weak = await gql(ACCEPT, {"t": token, "p": "short", "n": "王新"})
    assert weak["data"]["invitationAccept"]["errors"] == [{"field": "password", "code": "WEAK_PASSWORD"}]
    joined = await gql(ACCEPT, {"t": token, "p": "a-good-password-1", "n": "王新"})
    assert joined["data"]["invitationAccept"]["member"] == {"role": "ADMIN", "user": {"email": "new-joiner@example.com", "fullName": "王新"}}
    signed_in = await gql(TOKEN_CREATE, {"email": "new-joiner@example.com", "password": "a-good-password-1"})
    assert signed_in["data"]["tokenCreate"]["errors"] == []
    used = (await gql(PREVIEW, {"t": token}))["data"]["invitation"]
    assert used == {"invitation": None, "errors": [{"code": "INVITATION_INVALID"}]}


async def test_an_existing_user_gets_the_mail_in_their_language_and_joins_with_their_password(gql):
    owner = await member(gql)
    someone = await create_user(locale=Locale.EN)
    invitation_id = await _invite(gql, owner, someone.email, "COLLECTOR")
    text = await _mail_for(invitation_id, someone.email)
    assert "as Collector" in text
    token = _token(text)
    assert (await gql(PREVIEW, {"t": token}))["data"]["invitation"]["invitation"]["hasAccount"] is True
    wrong = await gql(ACCEPT, {"t": token, "p": "not-my-password"})
    assert wrong["data"]["invitationAccept"]["errors"] == [{"field": "password", "code": "INVALID_CREDENTIALS"}]
    ok = await gql(ACCEPT, {"t": token, "p": PASSWORD})
    assert ok["data"]["invitationAccept"]["member"]["role"] == "COLLECTOR"
    assert await Membership.filter(organization=owner.org, user=someone, role=Role.COLLECTOR).exists()


async def test_pending_invitations_are_listed_resent_with_a_new_link_and_revoked(gql):
    owner = await member(gql)
    first = await _invite(gql, owner, "pending-a@example.com")
    second = await _invite(gql, owner, "pending-b@example.com", "FINANCE")
    listed = (await gql(PENDING, token=owner.token, org=owner.org.id))["data"]["organization"]["pendingInvitations"]
    assert [(i["email"], i["role"]) for i in listed] == [("pending-b@example.com", "FINANCE"), ("pending-a@example.com", "ADMIN")]

    old_link = _token(await _mail_for(first, "pending-a@example.com"))
    resent = await gql(RESEND, {"id": first}, token=owner.token, org=owner.org.id)
    assert resent["data"]["invitationResend"]["errors"] == []
    new_link = _token(await _mail_for(first, "pending-a@example.com"))
    assert new_link != old_link
    assert (await gql(PREVIEW, {"t": old_link}))["data"]["invitation"]["errors"] == [{"code": "INVITATION_INVALID"}]
    assert (await gql(PREVIEW, {"t": new_link}))["data"]["invitation"]["errors"] == []

    revoked = await gql(REVOKE, {"id": second}, token=owner.token, org=owner.org.id)
    assert revoked["data"]["invitationRevoke"]["errors"] == []
    again = await gql(REVOKE, {"id": second}, token=owner.token, org=owner.org.id)
    assert again["data"]["invitationRevoke"]["errors"] == [{"field": "id", "code": "INVITATION_INVALID"}]
    # A revoked invitation is never mailed.
    await _send_invitation(second)
    listed = (await gql(PENDING, token=owner.token, org=owner.org.id))["data"]["organization"]["pendingInvitations"]
    assert [i["email"] for i in listed] == ["pending-a@example.com"]


async def test_inviting_an_address_again_replaces_its_pending_invitation(gql):
    owner = await member(gql)
    first = await _invite(gql, owner, "twice@example.com")
    await _invite(gql, owner, "twice@example.com", "SALES")
    rows = await Invitation.filter(organization_id=owner.org.id, email="twice@example.com").order_by("created_at")
    assert [r.revoked_at is not None for r in rows] == [True, False] and str(rows[0].id) == first


async def test_only_members_managers_see_and_change_invitations(gql):
    owner = await member(gql)
    invitation_id = await _invite(gql, owner, "guarded@example.com")
    finance = await member(gql, Role.FINANCE, org=owner.org)
    other = await member(gql)
    listed = await gql(PENDING, token=finance.token, org=owner.org.id)
    assert listed["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    for document in (RESEND, REVOKE):
        result = await gql(document, {"id": invitation_id}, token=finance.token, org=owner.org.id)
        assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        elsewhere = await gql(document, {"id": invitation_id}, token=other.token, org=other.org.id)
        assert list(elsewhere["data"].values())[0]["errors"] == [{"field": "id", "code": "NOT_FOUND"}]
