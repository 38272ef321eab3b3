"""The real client address, believing forwarding headers only when they come from our own proxy."""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from starlette.requests import HTTPConnection

from app.config import get_settings


@lru_cache
def _trusted_networks(spec: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    networks = []
    for part in spec.split(","):
        part = part.strip()
        if part:
            networks.append(ipaddress.ip_network(part, strict=False))
    return tuple(networks)


def _is_trusted(host: str | None) -> bool:
    if not host:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in network for network in _trusted_networks(get_settings().trusted_proxies))


def client_ip(conn: HTTPConnection) -> str:
    peer = conn.client.host if conn.client else None
    if _is_trusted(peer):
        real_ip = conn.headers.get("x-real-ip")
        if real_ip:
            return real_ip.strip()[:64]
        forwarded = conn.headers.get("x-forwarded-for")
        if forwarded:
            return forwarded.split(",")[-1].strip()[:64]
    return (peer or "unknown")[:64]


def is_https(conn: HTTPConnection) -> bool:
    if conn.url.scheme == "https":
        return True
    peer = conn.client.host if conn.client else None
    return _is_trusted(peer) and conn.headers.get("x-forwarded-proto", "").lower() == "https"
