"""Signed links: a link that works without signing in, for a while, for one object. The link
carries `expires` (Unix seconds) and `signature`, the HMAC-SHA256 (hex) of its parts and the
expiry joined by ":" (e.g. "collection-letter:first_notice:<id>:<expires>") under the
deployment's signing key; the first part names what the link is for, so a signature made for one
kind of link opens no other."""

from __future__ import annotations

import hashlib
import hmac
import time

# Longer than any Unix time we issue: refused before it is read as a number.
_MAX_EXPIRES_DIGITS = 12


def signature(key: str, parts: tuple[object, ...], expires: int) -> str:
    message = ":".join([*(str(p) for p in parts), str(expires)]).encode()
    return hmac.new(key.encode(), message, hashlib.sha256).hexdigest()


def link_query(key: str, parts: tuple[object, ...], seconds: int, now: float | None = None) -> str:
    """The query string of a link to `parts` that works for `seconds` from `now`."""
    expires = int((now or time.time()) + seconds)
    return f"expires={expires}&signature={signature(key, parts, expires)}"


def link_valid(key: str, parts: tuple[object, ...], expires: str, given: str) -> bool:
    """Whether a link's `expires` and `signature`, as received, were made by us for `parts` and have
    not expired. Anything else (not ASCII digits, tampered, another object or kind) is False."""
    if not (expires.isascii() and expires.isdigit() and len(expires) <= _MAX_EXPIRES_DIGITS) or int(expires) < time.time():
        return False
    return hmac.compare_digest(signature(key, parts, int(expires)).encode(), given.encode("utf-8", "surrogatepass"))
