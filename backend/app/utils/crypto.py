"""Encryption at rest for secrets entered in the admin screens (AI provider keys) and for two-step sign-in's
authenticator secrets; keyed digests of one-time recovery codes.

Fernet (AES-128-CBC + HMAC-SHA256). The key is ENCRYPTION_KEY when set (a Fernet key, or any long secret), else
derived from SESSION_SECRET with HKDF, so a copied database alone never reveals a key. If the secret changes, old
values can no longer be read; callers treat that as "not set" and say so."""

from __future__ import annotations

import base64
import hashlib
import hmac
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.config import get_settings


@lru_cache
def _fernet(material: str) -> Fernet:
    try:
        return Fernet(material.encode())
    except (ValueError, TypeError):
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"ks3-assessment", info=b"secrets-at-rest")
        return Fernet(base64.urlsafe_b64encode(derived.derive(material.encode())))


def _key_material() -> str:
    settings = get_settings()
    return settings.encryption_key.strip() or settings.session_secret


def encrypt(plaintext: str) -> str:
    return _fernet(_key_material()).encrypt(plaintext.encode()).decode()


def decrypt(token: str, *, ttl_seconds: int | None = None) -> str | None:
    """The plaintext, or None when it cannot be read with the current key (or is older than `ttl_seconds`)."""
    try:
        return _fernet(_key_material()).decrypt(token.encode(), ttl=ttl_seconds).decode()
    except (InvalidToken, ValueError):
        return None


def keyed_digest(text: str) -> str:
    """A keyed SHA-256 digest (hex) of `text`, for one-time codes that are stored only as digests: a copied
    database alone cannot be used to test guesses against them. Changes with the key, as `encrypt` does."""
    key = hashlib.sha256(b"ks3-keyed-digest:" + _key_material().encode()).digest()
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()
