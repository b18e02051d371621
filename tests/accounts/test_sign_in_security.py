"""Sign-in and secrets (issue 9 §5): an atomic per-account limit under concurrency, the client
address behind trusted proxies, the web app's refresh cookie with CSRF protection, the security
headers, separate signing and encryption keys, invitations sent by id."""

from __future__ import annotations

import asyncio
import base64
import os
import uuid

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from starlette.requests import Request

from backend.accounts import security, service
from backend.accounts.models import Invitation, LoginFailure, Role
from backend.api.view import client_ip
from backend.config import Settings, get_settings
from backend.webhooks import sealing
from tests.fixtures.api import PASSWORD, TOKEN_CREATE, create_user, member

COOKIE_SIGN_IN = """
mutation($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password, refreshTokenDelivery: COOKIE) {
    accessToken refreshToken user { id } errors { code }
  }
}
"""
ME = "query { me { email } }"
CSRF = {"X-Huikuan-CSRF": "1"}


# --- the per-account limit under concurrency --------------------------------------------------


async def test_simultaneous_wrong_passwords_are_checked_no_more_often_than_the_limit(gql, monkeypatch):
    limit = get_settings().login_max_failures_per_account
    user = await create_user()
    checked = 0
    verify = security.verify_password

    def counting_verify(password_hash, password):  # type: ignore[no-untyped-def]
        nonlocal checked
        checked += 1
        return verify(password_hash, password)

    monkeypatch.setattr(service, "verify_password", counting_verify)
    attempts = limit + 3
    results = await asyncio.gather(
        *(gql(TOKEN_CREATE, {"email": user.email, "password": f"wrong-{i}"}) for i in range(attempts))
    )
    codes = sorted(r["data"]["tokenCreate"]["errors"][0]["code"] for r in results)
    try:
        assert checked == limit
        assert codes == ["INVALID_CREDENTIALS"] * limit + ["RATE_LIMITED"] * 3
        assert await LoginFailure.filter(email=user.email).count() == limit
    finally:
        await LoginFailure.filter(email=user.email).delete()


async def test_a_successful_sign_in_clears_the_accounts_failures(gql):
    user = await create_user()
    for _ in range(2):
        await gql(TOKEN_CREATE, {"email": user.email, "password": "wrong-password"})
    ok = await gql(TOKEN_CREATE, {"email": user.email, "password": PASSWORD})
    assert ok["data"]["tokenCreate"]["errors"] == []
    assert await LoginFailure.filter(email=user.email).count() == 0


# --- the client address -----------------------------------------------------------------------


def _request(forwarded: list[str]) -> Request:
    headers = [(b"x-forwarded-for", value.encode()) for value in forwarded]
    return Request({"type": "http", "method": "POST", "path": "/graphql", "headers": headers, "client": ("10.0.0.5", 4000)})


@pytest.mark.parametrize(
    "trust, proxies, forwarded, expected",
    [
        # Off: the header is the client's to write and is ignored.
        (False, 1, ["6.6.6.6"], "10.0.0.5"),
        # One proxy appended the client's address; anything left of it was sent by the client.
        (True, 1, ["6.6.6.6, 203.0.113.7"], "203.0.113.7"),
        (True, 1, ["203.0.113.7"], "203.0.113.7"),
        # Two proxies (CDN, then load balancer): the CDN's entry is the second from the right.
        (True, 2, ["6.6.6.6, 203.0.113.7, 198.51.100.2"], "203.0.113.7"),
        # Header lines are one list, in order.
        (True, 2, ["6.6.6.6, 203.0.113.7", "198.51.100.2"], "203.0.113.7"),
        # Fewer entries than proxies: not written by our proxies; the peer's address.
        (True, 2, ["203.0.113.7"], "10.0.0.5"),
        (True, 1, [], "10.0.0.5"),
    ],
)
def test_client_address_is_the_one_added_by_the_trusted_proxies(trust, proxies, forwarded, expected):
    settings = Settings(TRUST_FORWARDED_FOR=trust, TRUSTED_PROXY_COUNT=proxies)
    assert client_ip(_request(forwarded), settings) == expected


async def test_a_forged_leftmost_address_does_not_escape_the_address_limit(monkeypatch):
    """Behind one proxy the limit counts the address the proxy saw, whatever the client prepends."""
    settings = Settings(TRUST_FORWARDED_FOR=True, TRUSTED_PROXY_COUNT=1)
    ips = {client_ip(_request([f"{i}.{i}.{i}.{i}, 203.0.113.9"]), settings) for i in range(1, 6)}
    assert ips == {"203.0.113.9"}


# --- the refresh cookie -----------------------------------------------------------------------


def _set_cookie(response) -> str:  # type: ignore[no-untyped-def]
    """The refresh token a response sets (read from Set-Cookie: the test client does not keep
    Secure cookies over http)."""
    header = response.headers["set-cookie"]
    assert header.startswith("huikuan_refresh="), header
    return header.split(";")[0].split("=", 1)[1].strip('"')


def _with_cookie(token: str, **headers: str) -> dict[str, str]:
    return {**CSRF, "Cookie": f"huikuan_refresh={token}", **headers}


async def _cookie_sign_in(client, gql):  # type: ignore[no-untyped-def]
    m = await member(gql)
    response = await client.post("/graphql", json={"query": COOKIE_SIGN_IN, "variables": {"email": m.user.email, "password": PASSWORD}})
    payload = response.json()["data"]["tokenCreate"]
    assert payload["errors"] == [] and payload["refreshToken"] is None and payload["accessToken"]
    client.cookies.clear()
    return m, _set_cookie(response), response


async def test_web_sign_in_puts_the_refresh_token_in_a_strict_httponly_cookie(client, gql):
    _, _, response = await _cookie_sign_in(client, gql)
    cookie = response.headers["set-cookie"]
    for attribute in ("HttpOnly", "Path=/auth/", "SameSite=strict", "Secure"):
        assert attribute.lower() in cookie.lower(), cookie


async def test_the_cookie_is_not_secure_on_plain_http_loopback_development(client, gql):
    m = await member(gql)
    response = await client.post(
        "http://127.0.0.1:8000/graphql", json={"query": COOKIE_SIGN_IN, "variables": {"email": m.user.email, "password": PASSWORD}}
    )
    client.cookies.clear()
    assert "secure" not in response.headers["set-cookie"].lower()


async def test_refresh_rotates_the_cookie_and_answers_a_working_access_token(client, gql):
    m, old, _ = await _cookie_sign_in(client, gql)
    response = await client.post("/auth/refresh", headers=_with_cookie(old, Origin="http://testserver"))
    body = response.json()
    assert response.status_code == 200 and body["errors"] == []
    assert _set_cookie(response) != old
    me = await gql(ME, token=body["session"]["accessToken"])
    assert me["data"]["me"]["email"] == m.user.email
    # Presenting the spent cookie again revokes the sign-in (reuse detection), and clears the cookie.
    reused = await client.post("/auth/refresh", headers=_with_cookie(old))
    assert reused.json()["errors"][0]["code"] == "REFRESH_TOKEN_REUSED"
    assert _set_cookie(reused) == ""
    assert (await gql(ME, token=body["session"]["accessToken"]))["errors"][0]["extensions"]["code"] == "INVALID_TOKEN"
    client.cookies.clear()


async def test_refresh_and_logout_refuse_requests_without_the_csrf_header_or_from_another_origin(client, gql):
    _, token, _ = await _cookie_sign_in(client, gql)
    for path in ("/auth/refresh", "/auth/logout"):
        assert (await client.post(path, headers={"Cookie": f"huikuan_refresh={token}"})).status_code == 403
        assert (await client.post(path, headers=_with_cookie(token, Origin="https://evil.example"))).status_code == 403
    # The session was not touched: a proper request still refreshes.
    ok = await client.post("/auth/refresh", headers=_with_cookie(token))
    client.cookies.clear()
    assert ok.json()["errors"] == []


async def test_logout_revokes_the_sign_in_and_clears_the_cookie(client, gql):
    _, token, _ = await _cookie_sign_in(client, gql)
    response = await client.post("/auth/logout", headers=_with_cookie(token))
    assert response.json() == {"revoked": True}
    assert _set_cookie(response) == ""
    again = await client.post("/auth/refresh", headers=_with_cookie(token))
    client.cookies.clear()
    assert again.json()["errors"][0]["code"] == "INVALID_REFRESH_TOKEN"


async def test_api_clients_still_get_the_refresh_token_in_the_body(gql):
    user = await create_user()
    result = await gql(TOKEN_CREATE, {"email": user.email, "password": PASSWORD})
    assert result["data"]["tokenCreate"]["refreshToken"]


# --- security headers -------------------------------------------------------------------------


async def test_the_app_and_the_api_send_the_security_headers(client):
    for path in ("/", "/sign-in", "/healthz"):
        response = await client.get(path)
        headers = response.headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "same-origin"
        assert "camera=()" in headers["permissions-policy"]
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
        assert "frame-ancestors 'none'" in csp
        assert "strict-transport-security" not in headers  # development: plain http


async def test_graphiql_gets_its_own_policy(client):
    response = await client.get("/graphql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.headers["content-type"].startswith("text/html")
    assert "https://unpkg.com" in response.headers["content-security-policy"]


async def test_production_sends_hsts():
    import httpx

    from backend.app import HSTS, SecurityHeadersMiddleware

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    settings = Settings(HUIKUAN_ENV="production", JWT_SECRET_KEY="j" * 40, ENCRYPTION_KEYS="e" * 40,
                        DATABASE_URL="postgresql://db.internal/huikuan", BROKER_URL="amqp://mq.internal/", SMTP_HOST="mail.internal")
    transport = httpx.ASGITransport(app=SecurityHeadersMiddleware(app, settings))
    async with httpx.AsyncClient(transport=transport, base_url="https://huikuan.example") as http:
        response = await http.get("/")
    assert response.headers["strict-transport-security"] == HSTS


# --- keys -------------------------------------------------------------------------------------


def test_production_needs_both_keys_and_refuses_the_old_single_key(monkeypatch):
    monkeypatch.delenv("ENCRYPTION_KEYS")
    with pytest.raises(ValueError, match="JWT_SECRET_KEY and ENCRYPTION_KEYS"):
        Settings(HUIKUAN_ENV="production", JWT_SECRET_KEY="j" * 40)
    with pytest.raises(ValueError, match="SECRET_KEY was split"):
        Settings(SECRET_KEY="s" * 40)
    with pytest.raises(ValueError, match="at least 32"):
        Settings(ENCRYPTION_KEYS="short")


def test_development_generates_separate_keys_and_keeps_a_legacy_key_for_opening(tmp_path, monkeypatch):
    monkeypatch.delenv("JWT_SECRET_KEY")
    monkeypatch.delenv("ENCRYPTION_KEYS")
    (tmp_path / "secret_key").write_text("legacy-secret-key-of-an-earlier-version-0123456789")
    settings = Settings(HUIKUAN_DATA_DIR=str(tmp_path))
    keys = settings.encryption_keys()
    assert settings.signing_key() not in keys
    assert keys[1] == "legacy-secret-key-of-an-earlier-version-0123456789"
    assert (tmp_path / "jwt_secret_key").read_text().strip() == settings.signing_key()
    assert Settings(HUIKUAN_DATA_DIR=str(tmp_path)).encryption_keys() == keys  # stable across restarts


def _v1_seal(secret_key: str, value: str, org_id: uuid.UUID) -> str:
    """A value sealed as the earlier version did: HKDF of SECRET_KEY, `v1:` + base64(nonce ‖ ct)."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"huikuan webhook secrets v1").derive(secret_key.encode())
    nonce = os.urandom(12)
    return "v1:" + base64.b64encode(nonce + AESGCM(key).encrypt(nonce, value.encode(), org_id.bytes)).decode()


def _use_keys(monkeypatch, keys: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ENCRYPTION_KEYS", keys)
    get_settings.cache_clear()


def test_rotation_keeps_old_secrets_readable_and_the_first_key_seals(monkeypatch):
    org = uuid.uuid4()
    old, new = "old-encryption-key-0123456789-0123456789", "new-encryption-key-0123456789-0123456789"
    try:
        legacy = _v1_seal(old, "whsec_legacy", org)
        _use_keys(monkeypatch, old)
        sealed_old = sealing.seal("whsec_before", org)
        _use_keys(monkeypatch, f"{new},{old}")
        assert sealing.unseal(legacy, org) == "whsec_legacy"
        assert sealing.unseal(sealed_old, org) == "whsec_before"
        sealed_new = sealing.seal("whsec_after", org)
        assert sealing.sealed_with_current_key(sealed_new) and not sealing.sealed_with_current_key(sealed_old)
        # The signing key is not involved: changing it changes nothing here.
        monkeypatch.setenv("JWT_SECRET_KEY", "another-jwt-key-0123456789-0123456789")
        get_settings.cache_clear()
        assert sealing.unseal(sealed_new, org) == "whsec_after"
        _use_keys(monkeypatch, new)
        from cryptography.exceptions import InvalidTag

        with pytest.raises(InvalidTag):
            sealing.unseal(sealed_old, org)
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()


async def test_reseal_moves_stored_secrets_to_the_first_key(monkeypatch):
    from backend.webhooks.models import WebhookEndpoint, WebhookSecret
    from tests.fixtures.api import create_organization

    org = await create_organization()
    old, new = "old-encryption-key-0123456789-0123456789", "new-encryption-key-0123456789-0123456789"
    endpoint = await WebhookEndpoint.create(organization=org, provider="stripe", token=uuid.uuid4().hex)
    secret = await WebhookSecret.create(
        organization=org, endpoint=endpoint, kind="signing_secret", sealed_value=_v1_seal(old, "whsec_x", org.id), fingerprint="x"
    )
    try:
        _use_keys(monkeypatch, f"{new},{old}")
        assert await sealing.reseal_stored_secrets() >= 1
        await secret.refresh_from_db()
        _use_keys(monkeypatch, new)
        assert sealing.unseal(secret.sealed_value, org.id) == "whsec_x"
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
        await WebhookSecret.filter(id=secret.id).delete()


# --- invitations through the broker -----------------------------------------------------------


async def test_the_invitation_job_carries_the_id_not_a_token(gql, monkeypatch):
    from backend.kit import uow

    sent: list = []
    monkeypatch.setattr(uow, "_send_all", lambda messages: sent.extend(messages))
    owner = await member(gql)
    result = await gql(
        'mutation { memberInvite(email: "broker@example.com", role: ADMIN) { invitation { id } errors { code } } }',
        token=owner.token, org=owner.org.id,
    )
    invitation_id = result["data"]["memberInvite"]["invitation"]["id"]
    (message,) = [m for m in sent if m.actor_name == "accounts.send_invitation"]
    assert message.args == (invitation_id,) and message.kwargs == {}
    assert await Invitation.filter(id=invitation_id, role=Role.ADMIN).exists()
