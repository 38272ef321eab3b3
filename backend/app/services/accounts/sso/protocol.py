"""Talking to an OpenID provider, with Authlib: its discovery document, its published keys, the authorisation
URL (code flow with PKCE S256, state and nonce), the code exchange, and every check of the ID token.

Outbound requests go only to the configured issuer's discovery document and the endpoints it names, and those
must be on the issuer's own host (Google's and Microsoft's are on their few known hosts): an ID token, a
callback or a discovery document never makes the server fetch anything else. Redirects are not followed."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import httpx
from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuthError

# Authlib's client is built on httpx2 when it is installed (openai brings it), else on httpx: its errors are those.
from authlib.integrations.httpx_client._compat import httpx2 as authlib_http
from authlib.oidc.core import CodeIDToken
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet

from app.models import SsoKind

SCOPES = "openid email profile"
# Asymmetric signatures only: never "none", and never HMAC (its key would be our own client secret).
SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")
LEEWAY_SECONDS = 60  # clocks differ a little; an ID token expired longer ago than this is refused
METADATA_SECONDS = 3600
HTTP_TIMEOUT_SECONDS = 10.0
MAX_DOCUMENT_BYTES = 512 * 1024
# The hosts besides the issuer's own that a provider of this kind may name for its endpoints.
KNOWN_HOSTS = {
    SsoKind.google: {"accounts.google.com", "oauth2.googleapis.com", "www.googleapis.com",
                     "openidconnect.googleapis.com"},
    SsoKind.microsoft: {"login.microsoftonline.com"},
    SsoKind.oidc: set(),
}
LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}


# A JSON object as a provider sent it, and the claims of an ID token that passed every check.
JsonObject = dict[str, Any]
IdClaims = dict[str, Any]


class Tokens(NamedTuple):
    """What the token endpoint gave for a code: the ID token (checked next) and the access token (its hash may
    be in the ID token's at_hash)."""

    id_token: str
    access_token: str | None


class ProviderTrouble(Exception):
    """The provider could not be used, or what it sent failed a check. The message is for the person signing
    in (or the admin testing the setup); `reason` is a short code for the audit log."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


UNREACHABLE = "The sign-in service could not be reached. Try again in a minute, or sign in with your username " \
              "and password. If this keeps happening, tell the school's IT admin."
NOT_ACCEPTED = "The sign-in could not be checked, so you are not signed in. Choose the sign-in button again. If " \
               "this keeps happening, tell the school's IT admin."


@dataclass(frozen=True)
class ProviderMetadata:
    """What the provider's discovery document says, checked."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    signing_algorithms: tuple[str, ...]


def issuer_problem(issuer: str) -> str | None:
    """Why an issuer address cannot be used (None when it can): https, or plain http on this machine only."""
    parts = urlsplit(issuer)
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS:
        return None
    return "Type the issuer address the provider gives, starting with https://, for example https://accounts.google.com."


def _endpoint_allowed(url: str, *, issuer: str, kind: SsoKind) -> bool:
    parts, home = urlsplit(url), urlsplit(issuer)
    if parts.scheme != home.scheme or not parts.hostname:
        return False
    return parts.hostname == home.hostname or parts.hostname in KNOWN_HOSTS[kind]


async def _get_json(url: str) -> JsonObject:
    try:
        async with httpx.AsyncClient(timeout=HTTP_TIMEOUT_SECONDS, follow_redirects=False) as client:
            response = await client.get(url, headers={"Accept": "application/json"})
    except httpx.HTTPError as exc:
        raise ProviderTrouble(UNREACHABLE, f"unreachable: {type(exc).__name__}") from exc
    if response.status_code != 200 or len(response.content) > MAX_DOCUMENT_BYTES:
        raise ProviderTrouble(UNREACHABLE, f"http {response.status_code} from {url}")
    try:
        document = response.json()
    except ValueError as exc:
        raise ProviderTrouble(UNREACHABLE, f"not JSON: {url}") from exc
    if not isinstance(document, dict):
        raise ProviderTrouble(UNREACHABLE, f"not a JSON object: {url}")
    return document


_metadata_cache: dict[tuple[str, SsoKind], tuple[float, ProviderMetadata]] = {}
_keys_cache: dict[str, KeySet] = {}


async def metadata(issuer: str, kind: SsoKind) -> ProviderMetadata:
    """The provider's discovery document (cached for an hour), with its issuer and endpoints checked."""
    cached = _metadata_cache.get((issuer, kind))
    if cached and cached[0] > time.monotonic():
        return cached[1]
    document = await _get_json(issuer.rstrip("/") + "/.well-known/openid-configuration")
    if document.get("issuer") != issuer:
        raise ProviderTrouble(UNREACHABLE, f"discovery names issuer {document.get('issuer')!r}, not {issuer!r}")
    endpoints = [document.get(name) for name in ("authorization_endpoint", "token_endpoint", "jwks_uri")]
    if not all(isinstance(url, str) and _endpoint_allowed(url, issuer=issuer, kind=kind) for url in endpoints):
        raise ProviderTrouble(UNREACHABLE, f"discovery names endpoints away from the issuer: {endpoints}")
    offered = document.get("id_token_signing_alg_values_supported") or ["RS256"]
    algorithms = tuple(alg for alg in offered if alg in SIGNING_ALGORITHMS)
    if not algorithms:
        raise ProviderTrouble(UNREACHABLE, f"no usable ID token signing algorithm among {offered}")
    found = ProviderMetadata(issuer, *endpoints, algorithms)
    _metadata_cache[(issuer, kind)] = (time.monotonic() + METADATA_SECONDS, found)
    return found


async def _keys(jwks_uri: str, *, refresh: bool = False) -> KeySet:
    if refresh or jwks_uri not in _keys_cache:
        document = await _get_json(jwks_uri)
        try:
            _keys_cache[jwks_uri] = KeySet.import_key_set(document)  # type: ignore[arg-type]
        except (JoseError, ValueError, TypeError, KeyError) as exc:
            raise ProviderTrouble(UNREACHABLE, f"unreadable keys at {jwks_uri}") from exc
    return _keys_cache[jwks_uri]


def forget_cached() -> None:
    """Drop the cached discovery documents and keys (after an admin changes a provider)."""
    _metadata_cache.clear()
    _keys_cache.clear()


def authorization_url(meta: ProviderMetadata, *, client_id: str, redirect_uri: str, state: str, nonce: str,
                      code_verifier: str, extra: dict[str, str]) -> str:
    """Where to send the browser: the code flow with PKCE (S256), our state and nonce, and `extra` hints."""
    client = AsyncOAuth2Client(client_id, redirect_uri=redirect_uri, scope=SCOPES, code_challenge_method="S256")
    url, _state = client.create_authorization_url(meta.authorization_endpoint, state=state, nonce=nonce,
                                                  code_verifier=code_verifier, **extra)
    return url


async def exchange_code(meta: ProviderMetadata, *, client_id: str, client_secret: str, redirect_uri: str,
                        code: str, code_verifier: str) -> Tokens:
    """Trade the authorisation code (with the PKCE verifier) for tokens. A refused code (used before, too old,
    another client's) is a ProviderTrouble."""
    async with AsyncOAuth2Client(client_id, client_secret, redirect_uri=redirect_uri, timeout=HTTP_TIMEOUT_SECONDS,
                                 follow_redirects=False) as client:
        try:
            token = await client.fetch_token(meta.token_endpoint, grant_type="authorization_code", code=code,
                                             code_verifier=code_verifier)
        except OAuthError as exc:
            raise ProviderTrouble(NOT_ACCEPTED, f"code refused: {exc.error}") from exc
        except authlib_http.HTTPError as exc:
            raise ProviderTrouble(UNREACHABLE, f"token endpoint: {type(exc).__name__}") from exc
        except ValueError as exc:  # not JSON
            raise ProviderTrouble(UNREACHABLE, "token endpoint answered something that is not JSON") from exc
    if not isinstance(token.get("id_token"), str):
        raise ProviderTrouble(NOT_ACCEPTED, "no id_token in the token response")
    access_token = token.get("access_token")
    return Tokens(token["id_token"], access_token if isinstance(access_token, str) else None)


async def verify_id_token(meta: ProviderMetadata, id_token: str, *, client_id: str, nonce: str,
                          access_token: str | None = None, now: int | None = None) -> IdClaims:
    """The ID token's claims, once its signature (against the provider's published keys; fetched again once if
    the token names a key not seen before), issuer, audience, expiry (with LEEWAY_SECONDS), issue time and
    nonce have all been checked. Anything else is a ProviderTrouble naming the check that failed."""
    try:
        token = jwt.decode(id_token, await _keys(meta.jwks_uri), algorithms=list(meta.signing_algorithms))
    except InvalidKeyIdError:
        token = _decode_or_refuse(id_token, await _keys(meta.jwks_uri, refresh=True), meta)
    except JoseError as exc:
        raise ProviderTrouble(NOT_ACCEPTED, f"signature: {exc.error}") from exc
    options = {"iss": {"essential": True, "value": meta.issuer}, "aud": {"essential": True, "value": client_id},
               "nonce": {"essential": True}}
    claims = CodeIDToken(token.claims, token.header, options,
                         {"nonce": nonce, "client_id": client_id, "access_token": access_token})
    try:
        claims.validate(now=now, leeway=LEEWAY_SECONDS)
    except JoseError as exc:
        raise ProviderTrouble(NOT_ACCEPTED, f"claim {exc.error}: {exc.description or ''}".strip()) from exc
    audience = claims["aud"]
    if audience != client_id and audience != [client_id]:  # other audiences besides us: not for us alone
        raise ProviderTrouble(NOT_ACCEPTED, "claim invalid_claim: aud names others too")
    return dict(claims)


def _decode_or_refuse(id_token: str, keys: KeySet, meta: ProviderMetadata) -> Any:
    try:
        return jwt.decode(id_token, keys, algorithms=list(meta.signing_algorithms))
    except JoseError as exc:
        raise ProviderTrouble(NOT_ACCEPTED, f"signature: {exc.error}") from exc
