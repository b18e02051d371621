"""Opaque identifiers and tokens."""

from __future__ import annotations

import hashlib
import secrets
import uuid


def parse_uuid(value: str | uuid.UUID | None) -> uuid.UUID | None:
    """A UUID from client input, or None when it is not one (callers answer NOT_FOUND)."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def new_token(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def token_hash(token: str) -> str:
    """Hash of a high-entropy token (refresh tokens, API keys, links): SHA-256 is enough there."""
    return hashlib.sha256(token.encode()).hexdigest()
