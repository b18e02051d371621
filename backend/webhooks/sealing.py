"""Provider secrets at rest: AES-256-GCM under keys derived (HKDF-SHA256) from `ENCRYPTION_KEYS`.

A sealed value is `v2:` + key id + `:` + base64(nonce ‖ ciphertext); the key id (the first hex digits
of SHA-256 of the derived key) names the key that sealed it, so rotating the keys (a new one first,
the old ones after it) keeps every stored secret readable until `huikuan reseal` has sealed them
again under the first key. Values sealed by earlier versions (`v1:`, no key id, under the old
`SECRET_KEY`) are opened by trying each key. The organization id is the associated data, so a sealed
secret copied to another organization's row does not open."""

from __future__ import annotations

import base64
import hashlib
import os
import uuid
from dataclasses import dataclass
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..config import get_settings

PREFIX = "v2:"
LEGACY_PREFIX = "v1:"


@dataclass(frozen=True)
class _Key:
    id: str
    cipher: AESGCM


def _derive(secret: str) -> _Key:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"huikuan webhook secrets v1").derive(secret.encode())
    return _Key(id=hashlib.sha256(key).hexdigest()[:8], cipher=AESGCM(key))


@lru_cache(maxsize=4)
def _keys(secrets: tuple[str, ...]) -> tuple[_Key, ...]:
    if not secrets:
        raise RuntimeError("ENCRYPTION_KEYS is empty: secrets cannot be sealed or opened")
    return tuple(_derive(secret) for secret in secrets)


def _current_keys() -> tuple[_Key, ...]:
    return _keys(tuple(get_settings().encryption_keys()))


def seal(value: str, organization_id: uuid.UUID) -> str:
    key = _current_keys()[0]
    nonce = os.urandom(12)
    sealed = key.cipher.encrypt(nonce, value.encode(), organization_id.bytes)
    return f"{PREFIX}{key.id}:" + base64.b64encode(nonce + sealed).decode()


def unseal(sealed: str, organization_id: uuid.UUID) -> str:
    """The value, or InvalidTag when none of the configured keys opens it."""
    keys = _current_keys()
    if sealed.startswith(PREFIX):
        key_id, _, body = sealed.removeprefix(PREFIX).partition(":")
        candidates = [key for key in keys if key.id == key_id]
    else:
        body, candidates = sealed.removeprefix(LEGACY_PREFIX), list(keys)
    raw = base64.b64decode(body)
    for key in candidates:
        try:
            return key.cipher.decrypt(raw[:12], raw[12:], organization_id.bytes).decode()
        except InvalidTag:
            continue
    raise InvalidTag()


def sealed_with_current_key(sealed: str) -> bool:
    return sealed.startswith(f"{PREFIX}{_current_keys()[0].id}:")


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


async def reseal_stored_secrets() -> int:
    """Seal every stored webhook secret again under the first key (after a rotation), so the old keys
    can be removed from ENCRYPTION_KEYS. Returns how many were sealed again; a secret that no key
    opens is left as it is (and logged by the webhook service when it is used)."""
    from ..kit.uow import unit_of_work
    from .models import WebhookSecret

    resealed = 0
    async with unit_of_work():
        for row in await WebhookSecret.all().select_for_update().only("id", "organization_id", "sealed_value"):
            if sealed_with_current_key(row.sealed_value):
                continue
            try:
                plain = unseal(row.sealed_value, row.organization_id)
            except InvalidTag:
                continue
            await WebhookSecret.filter(id=row.id).update(sealed_value=seal(plain, row.organization_id))
            resealed += 1
    return resealed
