"""Passwords, session tokens and generated credentials."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import re
import secrets
import unicodedata

import bcrypt

from app.config import get_settings

# bcrypt only reads the first 72 bytes; longer passwords are refused at the door instead.
MAX_PASSWORD_BYTES = 72

# Short, friendly words for pupils' first passwords (easy to read aloud and type, no look-alike letters).
_WORDS = (
    "apple", "badge", "cloud", "dragon", "eagle", "forest", "garden", "harbour", "island", "jumper",
    "kettle", "lemon", "magnet", "nectar", "orange", "pebble", "quartz", "rocket", "silver", "tiger",
    "violet", "walnut", "yellow", "zebra", "planet", "river", "comet", "maple", "otter", "panda",
)


def hash_password_sync(password: str, rounds: int | None = None) -> str:
    salt = bcrypt.gensalt(rounds or get_settings().bcrypt_rounds)
    return bcrypt.hashpw(password.encode("utf-8"), salt).decode("ascii")


async def hash_password(password: str) -> str:
    """Hash off the event loop: bcrypt is deliberately slow and releases the GIL."""
    return await asyncio.to_thread(hash_password_sync, password)


def verify_password_sync(password: str, password_hash: str) -> bool:
    data = password.encode("utf-8")
    if len(data) > MAX_PASSWORD_BYTES:
        return False
    try:
        return bcrypt.checkpw(data, password_hash.encode("ascii"))
    except ValueError:
        return False


async def verify_password(password: str, password_hash: str) -> bool:
    return await asyncio.to_thread(verify_password_sync, password, password_hash)


# A real hash to check against when the username is unknown, so timing does not reveal which names exist.
_DUMMY_HASH: str | None = None


async def burn_password_check(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password_sync("not-a-real-password")
    await verify_password(password, _DUMMY_HASH)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def tokens_equal(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def simple_password() -> str:
    """A password a 12-year-old can type from a printed card: a word and two digits, e.g. "tiger42"."""
    return f"{secrets.choice(_WORDS)}{secrets.randbelow(90) + 10}"


def username_base(first_name: str, last_name: str) -> str:
    """"Amy", "O'Neill-Smith" -> "aoneillsmith": first initial and surname, plain lowercase letters."""

    def letters(text: str) -> str:
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z]", "", ascii_text.lower())

    first, last = letters(first_name), letters(last_name)
    base = (first[:1] + last)[:20] or first[:20] or "pupil"
    return base
