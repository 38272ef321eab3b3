"""Who a verified ID token names, and whether they belong to the school: pure rules, no I/O.

Google: the verified `email`, and the Workspace domain in `hd` as well as the email's domain must be allowed.
Microsoft: the user principal name (`preferred_username`, or `upn`/`email` when a tenant sends those instead),
from the configured tenant (`tid`) and an allowed domain. Any other provider: the verified `email` in an allowed
domain."""

from __future__ import annotations

from typing import Any, NamedTuple

from app.models import SsoKind


class Identity(NamedTuple):
    """The address the token names (lower case), and why it does not belong to the school (None when it does).
    `address` is None when the token names no usable address at all."""

    address: str | None
    refusal: str | None


def domain_of(address: str) -> str:
    return address.rpartition("@")[2]


def normalise_domains(domains: list[str]) -> list[str]:
    """Domains as compared: lower case, no "@" or spaces, no repeats, in the order given."""
    seen: list[str] = []
    for domain in domains:
        cleaned = domain.strip().lower().lstrip("@")
        if cleaned and cleaned not in seen:
            seen.append(cleaned)
    return seen


def _address(claims: dict[str, Any], kind: SsoKind) -> str | None:
    names = ("preferred_username", "upn", "email") if kind == SsoKind.microsoft else ("email",)
    for name in names:
        value = claims.get(name)
        if isinstance(value, str) and "@" in value.strip():
            return value.strip().lower()
    return None


def identify(claims: dict[str, Any], *, kind: SsoKind, allowed_domains: list[str],
             tenant_id: str | None) -> Identity:
    """The person's address and, when they must be refused, the reason (for the audit log, not the person)."""
    address = _address(claims, kind)
    if address is None:
        return Identity(None, "no email or user principal name in the ID token")
    allowed = normalise_domains(allowed_domains)
    if domain_of(address) not in allowed:
        return Identity(address, f"domain {domain_of(address)} is not allowed")
    if kind != SsoKind.microsoft and claims.get("email_verified") is False:
        return Identity(address, "the provider says this email is not verified")
    if kind == SsoKind.google:
        if claims.get("email_verified") is not True:
            return Identity(address, "Google did not say this email is verified")
        if str(claims.get("hd", "")).lower() not in allowed:
            return Identity(address, f"hosted domain {claims.get('hd')!r} is not allowed")
    if kind == SsoKind.microsoft and str(claims.get("tid", "")).lower() != (tenant_id or "").lower():
        return Identity(address, f"tenant {claims.get('tid')!r} is not the school's")
    return Identity(address, None)
