"""Time-based one-time passwords (RFC 6238), as authenticator apps (Google, Microsoft) make them: HMAC-SHA-1,
30-second steps, 6 digits. Pure functions: no database, no clock unless one is passed in."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from urllib.parse import quote, urlencode

STEP_SECONDS = 30
DIGITS = 6
# One step either way: a phone's clock a little fast or slow, or a code typed just as it changed.
SKEW_STEPS = 1
ISSUER = "KS3 Assessment"
# The clock codes are checked against (Unix seconds); the tests set it.
clock = time.time


def new_secret() -> str:
    """A new shared secret: 20 random bytes (the size of a SHA-1 key), in base32 as apps expect it."""
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii")


def time_step(at: float | None = None) -> int:
    """The number of the 30-second step that `at` (Unix seconds; now when None) falls in."""
    return int((clock() if at is None else at) // STEP_SECONDS)


def code_at(secret: str, step: int) -> str:
    """The 6-digit code for one time step (RFC 4226's dynamic truncation of HMAC-SHA-1)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**DIGITS).zfill(DIGITS)


def matching_step(secret: str, code: str, *, at: float | None = None, after_step: int | None = None) -> int | None:
    """The time step whose code `code` is — now, or one step either side — or None. A step at or before
    `after_step` (the last one this person used) never matches, so a code works once."""
    if len(code) != DIGITS or not code.isdigit():
        return None
    now = time_step(at)
    for step in range(now - SKEW_STEPS, now + SKEW_STEPS + 1):
        if after_step is not None and step <= after_step:
            continue
        if hmac.compare_digest(code_at(secret, step), code):
            return step
    return None


def otpauth_uri(secret: str, *, account: str, issuer: str = ISSUER) -> str:
    """The otpauth:// address a QR code carries (the "Key URI format" every authenticator app reads)."""
    label = quote(f"{issuer}:{account}", safe="")
    query = urlencode({"secret": secret, "issuer": issuer, "algorithm": "SHA1", "digits": DIGITS,
                       "period": STEP_SECONDS}, quote_via=quote)
    return f"otpauth://totp/{label}?{query}"


def grouped(secret: str) -> str:
    """The secret in groups of four, easier to read and type into an app by hand."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))
