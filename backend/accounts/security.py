"""Password hashing (argon2id) and access tokens (JWT, HS256 pinned)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..config import Settings
from ..kit.errors import AccessDenied, AccessErrorCode
from ..kit.time import utcnow

JWT_ALGORITHM = "HS256"
REQUIRED_CLAIMS = ["exp", "iat", "iss", "aud", "jti", "sub", "fam"]

_hasher = PasswordHasher()
# A real hash to verify against when the account does not exist, so timing does not reveal it.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


@lru_cache(maxsize=4)
def _key(settings: Settings) -> str:
    return settings.signing_key()


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    family_id: uuid.UUID
    jti: str
    expires_at: datetime


def issue_access_token(settings: Settings, user_id: uuid.UUID, family_id: uuid.UUID) -> tuple[str, datetime]:
    now = utcnow()
    expires = now + timedelta(minutes=settings.access_token_minutes)
    claims = {
        "sub": str(user_id),
        "fam": str(family_id),
        "iat": int(now.timestamp()),
        "exp": int(expires.timestamp()),
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(claims, _key(settings), algorithm=JWT_ALGORITHM), expires


def decode_access_token(settings: Settings, token: str) -> AccessClaims:
    """Verify signature (HS256 only: `none` and other algorithms are refused), expiry and claims."""
    try:
        claims = jwt.decode(
            token,
            _key(settings),
            algorithms=[JWT_ALGORITHM],
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": REQUIRED_CLAIMS},
        )
        return AccessClaims(
            user_id=uuid.UUID(claims["sub"]),
            family_id=uuid.UUID(claims["fam"]),
            jti=claims["jti"],
            expires_at=datetime.fromtimestamp(claims["exp"]).astimezone(),
        )
    except jwt.ExpiredSignatureError as exc:
        raise AccessDenied(AccessErrorCode.TOKEN_EXPIRED, "The access token has expired.") from exc
    except (jwt.InvalidTokenError, ValueError, TypeError) as exc:
        raise AccessDenied(AccessErrorCode.INVALID_TOKEN, "The access token is invalid.") from exc
