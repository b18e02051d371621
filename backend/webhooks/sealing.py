"""Provider secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the app's secret key.
A sealed value is `v1:` + base64(nonce ‖ ciphertext); the organization id is the associated data,
so a sealed secret copied to another organization's row does not open."""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
from functools import lru_cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..config import get_settings

PREFIX = "v1:"


@lru_cache(maxsize=1)
def _cipher() -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"huikuan webhook secrets v1").derive(
        get_settings().signing_key().encode()
    )
    return AESGCM(key)


def seal(value: str, organization_id: uuid.UUID) -> str:
    nonce = os.urandom(12)
    sealed = _cipher().encrypt(nonce, value.encode(), organization_id.bytes)
    return PREFIX + base64.b64encode(nonce + sealed).decode()


def unseal(sealed: str, organization_id: uuid.UUID) -> str:
    raw = base64.b64decode(sealed.removeprefix(PREFIX))
    return _cipher().decrypt(raw[:12], raw[12:], organization_id.bytes).decode()


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]
