"""Sign-in, token verification, refresh rotation with reuse detection, sign-out, rate limits."""

from __future__ import annotations

import time
import uuid

import jwt
import pytest

from backend.accounts.models import Role
from backend.config import get_settings
from tests.fixtures.api import PASSWORD, TOKEN_CREATE, add_member, create_organization, create_user, login, member

ME = "query { me { email organizations { id name viewerRole } } }"
REFRESH = """
mutation($t: String!) { tokenRefresh(refreshToken: $t) { accessToken refreshToken errors { field code } } }
"""
REVOKE = "mutation($t: String!) { tokenRevoke(refreshToken: $t) { revoked errors { code } } }"


def _code(result: dict) -> str:
    return result["errors"][0]["extensions"]["code"]


async def test_sign_in_and_me(gql):
    org = await create_organization("杭州测试有限公司")
    user = await create_user()
    await add_member(org, user, Role.FINANCE)
    tokens = await login(gql, user)
    result = await gql(ME, token=tokens["accessToken"])
    assert result["data"]["me"]["email"] == user.email
    assert result["data"]["me"]["organizations"] == [{"id": str(org.id), "name": "杭州测试有限公司", "viewerRole": "FINANCE"}]


async def test_wrong_password_and_unknown_email_answer_the_same(gql):
    user = await create_user()
    wrong = await gql(TOKEN_CREATE, {"email": user.email, "password": "not-the-password"})
    unknown = await gql(TOKEN_CREATE, {"email": "nobody@example.com", "password": "not-the-password"})
    for result in (wrong, unknown):
        payload = result["data"]["tokenCreate"]
        assert payload["accessToken"] is None
        assert payload["errors"] == [{"field": "password", "code": "INVALID_CREDENTIALS", "message": "Wrong email or password."}]


async def test_failed_sign_ins_are_rate_limited_per_account(gql):
    user = await create_user()
    for _ in range(get_settings().login_max_failures_per_account):
        await gql(TOKEN_CREATE, {"email": user.email, "password": "wrong-password"})
    result = await gql(TOKEN_CREATE, {"email": user.email, "password": PASSWORD})
    assert result["data"]["tokenCreate"]["errors"][0]["code"] == "RATE_LIMITED"


async def test_failed_sign_ins_are_rate_limited_per_address(gql):
    limit = get_settings().login_max_failures_per_address
    other = {"X-Forwarded-For": "1.1.1.1"}  # ignored: TRUST_FORWARDED_FOR is off, the address is the peer's
    ip_headers = {}
    users = [await create_user() for _ in range(3)]
    for i in range(limit):
        await gql(TOKEN_CREATE, {"email": f"ghost{i}-{uuid.uuid4().hex[:6]}@example.com", "password": "x" * 10}, headers=other)
    result = await gql(TOKEN_CREATE, {"email": users[0].email, "password": PASSWORD}, headers=ip_headers)
    assert result["data"]["tokenCreate"]["errors"][0]["code"] == "RATE_LIMITED"
    # Other tests share the test client's address: clear this test's failures.
    from backend.accounts.models import LoginFailure

    await LoginFailure.filter(email__startswith="ghost").delete()


@pytest.mark.parametrize(
    "mangle, code",
    [
        (lambda t: t[:-3] + ("AAA" if not t.endswith("AAA") else "BBB"), "INVALID_TOKEN"),
        (lambda t: "not.a.jwt", "INVALID_TOKEN"),
    ],
)
async def test_tampered_tokens_are_refused(gql, mangle, code):
    m = await member(gql)
    result = await gql(ME, token=mangle(m.token))
    assert result["data"] is None
    assert _code(result) == code


def _claims(user_id: uuid.UUID, **overrides) -> dict:
    settings = get_settings()
    now = int(time.time())
    claims = {
        "sub": str(user_id), "fam": str(uuid.uuid4()), "iat": now, "exp": now + 600,
        "iss": settings.jwt_issuer, "aud": settings.jwt_audience, "jti": uuid.uuid4().hex,
    }
    claims.update(overrides)
    return claims


async def test_alg_none_and_other_algorithms_are_refused(gql):
    user = await create_user()
    key = get_settings().signing_key()
    unsigned = jwt.encode(_claims(user.id), key=None, algorithm="none")
    hs512 = jwt.encode(_claims(user.id), key, algorithm="HS512")
    for token in (unsigned, hs512):
        result = await gql(ME, token=token)
        assert _code(result) == "INVALID_TOKEN"


async def test_expired_and_claimless_tokens_are_refused(gql):
    user = await create_user()
    key = get_settings().signing_key()
    expired = jwt.encode(_claims(user.id, exp=int(time.time()) - 5), key, algorithm="HS256")
    assert _code(await gql(ME, token=expired)) == "TOKEN_EXPIRED"
    no_jti = _claims(user.id)
    del no_jti["jti"]
    assert _code(await gql(ME, token=jwt.encode(no_jti, key, algorithm="HS256"))) == "INVALID_TOKEN"
    wrong_audience = jwt.encode(_claims(user.id, aud="someone-else"), key, algorithm="HS256")
    assert _code(await gql(ME, token=wrong_audience)) == "INVALID_TOKEN"


async def test_unauthenticated_queries_are_refused(gql):
    result = await gql(ME)
    assert result["data"] is None
    assert _code(result) == "UNAUTHENTICATED"


async def test_refresh_rotates_and_reuse_revokes_the_family(gql):
    user = await create_user()
    first = await login(gql, user)
    second = (await gql(REFRESH, {"t": first["refreshToken"]}))["data"]["tokenRefresh"]
    assert second["errors"] == [] and second["refreshToken"] != first["refreshToken"]
    third = (await gql(REFRESH, {"t": second["refreshToken"]}))["data"]["tokenRefresh"]
    assert third["errors"] == []
    assert (await gql(ME, token=third["accessToken"]))["data"]["me"]["email"] == user.email

    # An attacker replays the first (spent) refresh token.
    replay = (await gql(REFRESH, {"t": first["refreshToken"]}))["data"]["tokenRefresh"]
    assert replay["accessToken"] is None
    assert replay["errors"] == [{"field": "refreshToken", "code": "REFRESH_TOKEN_REUSED"}]

    # The whole family is revoked: the newest refresh token and its access token stop working.
    latest = (await gql(REFRESH, {"t": third["refreshToken"]}))["data"]["tokenRefresh"]
    assert latest["errors"] == [{"field": "refreshToken", "code": "INVALID_REFRESH_TOKEN"}]
    assert _code(await gql(ME, token=third["accessToken"])) == "INVALID_TOKEN"

    # Another sign-in (another family) is unaffected.
    other = await login(gql, user)
    assert (await gql(ME, token=other["accessToken"]))["data"]["me"]["email"] == user.email


async def test_sign_out_revokes_refresh_and_access_tokens(gql):
    user = await create_user()
    tokens = await login(gql, user)
    result = await gql(REVOKE, {"t": tokens["refreshToken"]})
    assert result["data"]["tokenRevoke"] == {"revoked": True, "errors": []}
    assert _code(await gql(ME, token=tokens["accessToken"])) == "INVALID_TOKEN"
    refreshed = (await gql(REFRESH, {"t": tokens["refreshToken"]}))["data"]["tokenRefresh"]
    assert refreshed["errors"][0]["code"] == "INVALID_REFRESH_TOKEN"


async def test_garbage_refresh_token(gql):
    result = await gql(REFRESH, {"t": "garbage"})
    assert result["data"]["tokenRefresh"]["errors"][0]["code"] == "INVALID_REFRESH_TOKEN"
