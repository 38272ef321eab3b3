"""A small OpenID provider for the API tests of single sign-on, served over real HTTP on 127.0.0.1 in a thread:
its discovery document, its published keys (JWKS), and a token endpoint that checks the client secret, the
redirect address, the PKCE verifier (S256) and that each code is used once. The browser's part (the provider's
login page) is skipped: `code_for(authorize_url, claims)` reads the state, nonce and code challenge from the
address the app sent the browser to, as the provider would, and gives the code it would send back.

The provider is outside our machine in production, so a stand-in is right for the API tests; the browser tests
run the real, certified `oidc-provider` (tests/e2e/oidc/provider.mjs)."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from joserfc import jwt
from joserfc.jwk import KeySet, OctKey, RSAKey

CLIENT_ID = "ks3-test-client"
CLIENT_SECRET = "a-client-secret-for-tests"


def new_key(kid: str) -> RSAKey:
    return RSAKey.generate_key(2048, parameters={"kid": kid, "use": "sig", "alg": "RS256"}, private=True)


@dataclass
class Grant:
    claims: dict[str, Any]
    nonce: str
    challenge: str
    redirect_uri: str
    used: bool = False


@dataclass
class FakeProvider:
    issuer: str = ""
    key: RSAKey = field(default_factory=lambda: new_key("key-1"))
    published: list[RSAKey] = field(default_factory=list)  # the keys in the JWKS (the signing key unless changed)
    grants: dict[str, Grant] = field(default_factory=dict)
    id_token_changes: dict[str, Any] = field(default_factory=dict)  # claims to change in the next ID tokens
    sign_with: Any = None  # another key (or an HMAC key) to sign the next ID tokens with
    discovery_changes: dict[str, Any] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)  # every path asked for, in order

    def reset(self) -> None:
        """As it was started: no grants, no changes to its tokens or discovery, its own key published."""
        for changes in (self.grants, self.id_token_changes, self.discovery_changes):
            changes.clear()
        self.published.clear()
        self.requests.clear()
        self.sign_with = None

    def discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            **self.discovery_changes,
        }

    def jwks(self) -> dict[str, Any]:
        return KeySet(self.published or [self.key]).as_dict(private=False)

    def code_for(self, authorize_url: str, claims: dict[str, Any]) -> tuple[str, str]:
        """(state, code) for a person with these claims, from the address the app sent the browser to."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(authorize_url).query).items()}
        assert authorize_url.startswith(f"{self.issuer}/authorize?"), authorize_url
        assert query["response_type"] == "code" and query["code_challenge_method"] == "S256", query
        assert query["client_id"] == CLIENT_ID and "openid" in query["scope"].split(), query
        code = secrets.token_urlsafe(16)
        self.grants[code] = Grant(claims, query["nonce"], query["code_challenge"], query["redirect_uri"])
        return query["state"], code

    def id_token(self, grant: Grant) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": CLIENT_ID, "sub": "subject-" + grant.nonce[:8], "iat": now,
                  "exp": now + 300, "nonce": grant.nonce, **grant.claims, **self.id_token_changes}
        key = self.sign_with or self.key
        alg = "HS256" if isinstance(key, OctKey) else "RS256"
        header = {"alg": alg, **({"kid": key.kid} if key.kid else {})}
        return jwt.encode(header, {k: v for k, v in claims.items() if v is not None}, key)

    def token(self, form: dict[str, str], authorization: str | None) -> tuple[int, dict[str, Any]]:
        expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if authorization != expected:
            return 401, {"error": "invalid_client"}
        grant = self.grants.get(form.get("code", ""))
        if grant is None or grant.used:
            return 400, {"error": "invalid_grant", "error_description": "code used before or unknown"}
        grant.used = True
        digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
        if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != grant.challenge:
            return 400, {"error": "invalid_grant", "error_description": "PKCE verification failed"}
        if form.get("redirect_uri") != grant.redirect_uri:
            return 400, {"error": "invalid_grant", "error_description": "redirect_uri mismatch"}
        return 200, {"access_token": secrets.token_urlsafe(16), "token_type": "Bearer", "expires_in": 300,
                     "id_token": self.id_token(grant)}


def _handler(provider: FakeProvider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            provider.requests.append(self.path)
            if self.path == "/.well-known/openid-configuration":
                return self._send(200, provider.discovery())
            if self.path == "/jwks":
                return self._send(200, provider.jwks())
            return self._send(404, {"error": "not_found"})

        def do_POST(self) -> None:
            provider.requests.append(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if self.path != "/token":
                return self._send(404, {"error": "not_found"})
            return self._send(*provider.token(form, self.headers.get("Authorization")))

    return Handler


class ServedProvider:
    """The provider on a free port of 127.0.0.1 until `stop()`."""

    def __init__(self) -> None:
        self.provider = FakeProvider()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.provider))
        self.provider.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
