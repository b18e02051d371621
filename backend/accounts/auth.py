"""Turning a request's credentials and X-Organization header into an Actor (or a refusal)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from tortoise import connections

from ..audit.models import ActorType
from ..config import Settings
from ..kit.errors import AccessDenied, AccessErrorCode
from ..kit.ids import parse_uuid
from ..kit.time import utcnow
from .actor import Actor
from .models import ApiKey, Role
from .permissions import API_KEY_ROLE, READ_ONLY_ROLES, ROLE_PERMISSIONS, SEES_ALL_CUSTOMERS_ROLES, api_key_read_only
from .security import decode_access_token
from .service import api_key_matches, split_api_key

LAST_USED_RESOLUTION = timedelta(minutes=1)

# One round trip: the user, the session family's state and the membership in the named organization.
_USER_SQL = """
SELECT u.is_active,
       EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = $2 AND r.revoked_at IS NOT NULL) AS revoked,
       m.id AS membership_id, m.role, m.sees_all_customers,
       EXISTS (SELECT 1 FROM organizations o WHERE o.id = $3) AS org_exists
FROM users u
LEFT JOIN memberships m ON m.user_id = u.id AND m.organization_id = $3
WHERE u.id = $1
"""


@dataclass(frozen=True)
class RequestAuth:
    actor: Actor | None = None
    error: AccessDenied | None = None

    def require_actor(self) -> Actor:
        if self.error is not None:
            raise self.error
        if self.actor is None:
            raise AccessDenied(AccessErrorCode.UNAUTHENTICATED, "Sign in or send an API key.")
        return self.actor


def _org_header(raw: str | None) -> tuple[uuid.UUID | None, AccessDenied | None]:
    if raw is None or raw.strip() == "":
        return None, None
    org_id = parse_uuid(raw.strip())
    if org_id is None:
        return None, AccessDenied(AccessErrorCode.ORGANIZATION_NOT_FOUND, "X-Organization is not a known organization id.")
    return org_id, None


async def authenticate(
    settings: Settings, *, bearer: str | None, org_header: str | None, ip: str | None, request_id: str | None
) -> RequestAuth:
    org_id, org_error = _org_header(org_header)
    if bearer is None:
        return RequestAuth(error=org_error)
    try:
        if split_api_key(bearer) is not None:
            actor = await _api_key_actor(bearer, org_id, ip, request_id)
        else:
            actor = await _user_actor(settings, bearer, org_id, ip, request_id)
    except AccessDenied as denied:
        return RequestAuth(error=denied)
    return RequestAuth(actor=actor, error=org_error)


async def _user_actor(
    settings: Settings, token: str, org_id: uuid.UUID | None, ip: str | None, request_id: str | None
) -> Actor:
    claims = decode_access_token(settings, token)
    rows = await connections.get("default").execute_query_dict(_USER_SQL, [claims.user_id, claims.family_id, org_id])
    if not rows or not rows[0]["is_active"] or rows[0]["revoked"]:
        raise AccessDenied(AccessErrorCode.INVALID_TOKEN, "This session has ended; sign in again.")
    row = rows[0]
    role = None
    if org_id is not None:
        if not row["org_exists"]:
            raise AccessDenied(AccessErrorCode.ORGANIZATION_NOT_FOUND, "X-Organization is not a known organization id.")
        if row["role"] is None:
            raise AccessDenied(AccessErrorCode.NOT_A_MEMBER, "You are not a member of this organization.")
        role = Role(row["role"])
    return Actor(
        actor_type=ActorType.USER,
        organization_id=org_id,
        user_id=claims.user_id,
        membership_id=row["membership_id"],
        role=role,
        permissions=ROLE_PERMISSIONS[role] if role else frozenset(),
        read_only=role in READ_ONLY_ROLES,
        sees_all_customers=bool(role in SEES_ALL_CUSTOMERS_ROLES or row["sees_all_customers"]),
        request_id=request_id,
        ip=ip,
    )


async def _api_key_actor(raw: str, org_id: uuid.UUID | None, ip: str | None, request_id: str | None) -> Actor:
    prefix = split_api_key(raw)
    key = await ApiKey.get_or_none(prefix=prefix)
    if key is None or not api_key_matches(key, raw):
        raise AccessDenied(AccessErrorCode.API_KEY_INVALID, "This API key is not valid.")
    now = utcnow()
    if key.revoked_at is not None or (key.expires_at is not None and key.expires_at <= now):
        raise AccessDenied(AccessErrorCode.API_KEY_REVOKED, "This API key was revoked or has expired.")
    if org_id is not None and org_id != key.organization_id:
        raise AccessDenied(AccessErrorCode.NOT_A_MEMBER, "This API key belongs to another organization.")
    if key.last_used_at is None or now - key.last_used_at > LAST_USED_RESOLUTION:
        await ApiKey.filter(id=key.id).update(last_used_at=now)
    return Actor(
        actor_type=ActorType.API_KEY,
        organization_id=key.organization_id,
        api_key_id=key.id,
        role=API_KEY_ROLE,
        permissions=ROLE_PERMISSIONS[API_KEY_ROLE],
        read_only=api_key_read_only(key.scopes),
        sees_all_customers=True,
        request_id=request_id,
        ip=ip,
    )
