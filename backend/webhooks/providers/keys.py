"""RSA public keys as providers hand them out: PEM (key or X.509 certificate) or bare base64 DER."""

from __future__ import annotations

import base64
import binascii
from functools import lru_cache

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@lru_cache(maxsize=256)
def load_rsa_public_key(value: str) -> rsa.RSAPublicKey:
    """Raises ValueError when the text is not an RSA public key or certificate."""
    text = value.strip()
    if "BEGIN CERTIFICATE" in text:
        key = x509.load_pem_x509_certificate(text.encode()).public_key()
    elif "BEGIN" in text:
        key = serialization.load_pem_public_key(text.encode())
    else:
        try:
            der = base64.b64decode("".join(text.split()), validate=True)
        except binascii.Error as exc:
            raise ValueError("not base64") from exc
        key = serialization.load_der_public_key(der)
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("not an RSA key")
    return key


def rsa_sha256_valid(key: rsa.RSAPublicKey, signature: bytes, message: bytes) -> bool:
    """SHA256withRSA, PKCS#1 v1.5."""
    try:
        key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True
