"""The one signer of links (backend/kit/signing.py), shared by collection letters and statement
exports: the links it issues are the ones issued before it (same message, same HMAC), and it
refuses expired, tampered, foreign and malformed links without raising."""

from __future__ import annotations

import hashlib
import hmac
import uuid
from urllib.parse import parse_qs, urlsplit

from backend.collections.letters import LetterKind, letter_path
from backend.config import get_settings
from backend.kit.signing import link_query, link_valid
from backend.reconciliation.service import attachment_path, export_path

KEY = "k" * 32
OBJECT = uuid.UUID("00000000-0000-0000-0000-000000000001")


def _query(path: str) -> tuple[str, str]:
    q = parse_qs(urlsplit(path).query)
    return q["expires"][0], q["signature"][0]


def _by_hand(message: str) -> str:
    return hmac.new(get_settings().signing_key().encode(), message.encode(), hashlib.sha256).hexdigest()


def test_issued_links_keep_their_format():
    settings, action = get_settings(), uuid.uuid4()
    now = 1_900_000_000.5
    assert _query(letter_path(settings, action, LetterKind.LAWYER, now)) == (
        "1900000900", _by_hand(f"collection-letter:{LetterKind.LAWYER.value}:{action}:1900000900")
    )
    assert _query(export_path(settings, action, "xlsx", now)) == ("1900000900", _by_hand(f"account-statement:xlsx:{action}:1900000900"))
    assert _query(attachment_path(settings, action, now)) == ("1900000900", _by_hand(f"account-statement:attachment:{action}:1900000900"))


def test_expired_tampered_foreign_and_malformed_links_are_refused():
    expires, signature = _query("?" + link_query(KEY, ("letter", OBJECT), 60))
    assert link_valid(KEY, ("letter", OBJECT), expires, signature)
    assert not link_valid(KEY, ("letter", uuid.uuid4()), expires, signature)  # another object
    assert not link_valid(KEY, ("export", OBJECT), expires, signature)  # another kind of link
    assert not link_valid("x" * 32, ("letter", OBJECT), expires, signature)  # another key
    assert not link_valid(KEY, ("letter", OBJECT), str(int(expires) + 60), signature)  # a longer life
    assert not link_valid(KEY, ("letter", OBJECT), expires, ("1" if signature[0] == "0" else "0") + signature[1:])  # one digit changed
    assert not link_valid(KEY, ("letter", OBJECT), *_query("?" + link_query(KEY, ("letter", OBJECT), -1)))  # expired a second ago
    for bad_expires in ("", "-5", "1e9", "²³", "9" * 5000):
        assert not link_valid(KEY, ("letter", OBJECT), bad_expires, signature)
    assert not link_valid(KEY, ("letter", OBJECT), expires, "签名")
    assert not link_valid(KEY, ("letter", OBJECT), expires, "\udcff")
