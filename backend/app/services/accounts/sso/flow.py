"""One single sign-on, from the button to the session.

`start`: a fresh state, nonce and PKCE verifier are stored for ten minutes (only a digest of the state), bound to
this browser by a random value in a short-lived HttpOnly cookie (only its digest is stored), and the browser is
sent to the provider. `finish`: the callback must bring a state that exists, from the same browser, not used
before and not expired — it is marked used at once, in its own transaction, so a second use of the same link
fails whatever happens next. Then the code is exchanged (with the verifier), the ID token checked
(`protocol.verify_id_token`), the person found by their address (`identity`), and the normal session opened
(`sign_in.open_session`). Every refusal is audited and ends with a plain message for the person."""

from __future__ import annotations

import secrets
import uuid
from datetime import timedelta
from typing import NamedTuple

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import AppError, NotFound
from app.models import SsoKind, SsoProvider, SsoSignIn, User, utcnow
from app.services.accounts import sign_in
from app.services.accounts.sso import protocol
from app.services.accounts.sso.identity import identify
from app.services.core import audit
from app.utils import crypto
from app.utils.security import hash_token

SIGN_IN_MINUTES = 10
PROBLEM_SECONDS = 600
START_AGAIN = "Choose the sign-in button again."
NO_ACCOUNT = "We could not find an account for {address}. Ask your teacher or the school's IT admin."
NO_ADDRESS = "The sign-in service did not tell us your school email address, so you are not signed in. Ask the " \
             "school's IT admin."
EXPIRED = f"This sign-in took too long or was not started here, so you are not signed in. {START_AGAIN}"
USED = f"This sign-in link has already been used, so it cannot sign you in again. {START_AGAIN}"
OTHER_BROWSER = f"This sign-in was started in another browser or tab, so you are not signed in. {START_AGAIN}"
SWITCHED_OFF = "This sign-in button has been switched off. Sign in with your username and password, or ask the " \
               "school's IT admin."
DECLINED = f"The sign-in service did not sign you in. {START_AGAIN}"


class SignInProblem(AppError):
    """A sign-in that ends with a message for the person. What was written before it (the state marked used, the
    refusal audited) is kept."""

    status_code = 401
    error = "SignInProblem"

    def __init__(self, message: str) -> None:
        super().__init__(message, keep_changes=True)
        self.message = message


class Started(NamedTuple):
    """Where to send the browser, and the value for its binding cookie."""

    url: str
    browser_token: str


class Callback(NamedTuple):
    """What the provider sent back to the redirect address (each may be missing)."""

    state: str | None
    code: str | None
    error: str | None
    issuer: str | None  # RFC 9207's `iss` response parameter, when the provider sends it


class Pending(NamedTuple):
    """A sign-in found again and claimed, with its provider's settings (read before any network call)."""

    provider_id: uuid.UUID
    label: str
    kind: SsoKind
    issuer: str
    tenant_id: str | None
    client_id: str
    client_secret: str
    allowed_domains: list[str]
    nonce: str
    code_verifier: str
    redirect_uri: str
    next_path: str | None


def safe_next(path: str | None) -> str | None:
    """A page of this site to return to after signing in, or None (never another site)."""
    if not path or len(path) > 400 or not path.startswith("/") or path.startswith(("//", "/\\")):
        return None
    return path


def _hints(provider: SsoProvider) -> dict[str, str]:
    """Extra words for the provider's page: for Google, the school's domain (its page then offers school
    accounts first)."""
    hints: dict[str, str] = {}
    if provider.kind == SsoKind.google and provider.allowed_domains:
        hints["hd"] = provider.allowed_domains[0]
    return hints


async def start(sessions: async_sessionmaker[AsyncSession], *, provider_id: uuid.UUID, redirect_uri: str,
                next_path: str | None) -> Started:
    """Begin a sign-in with a switched-on provider. The discovery document is read with no transaction open."""
    async with session_scope(sessions) as session:
        provider = await session.get(SsoProvider, provider_id)
        if provider is None or not provider.enabled:
            raise NotFound(SWITCHED_OFF)
        issuer, kind, client_id, hints = provider.issuer, provider.kind, provider.client_id, _hints(provider)
    meta = await protocol.metadata(issuer, kind)
    state, nonce, verifier, browser = (secrets.token_urlsafe(32), secrets.token_urlsafe(32),
                                       secrets.token_urlsafe(48), secrets.token_urlsafe(32))
    now = utcnow()
    async with session_scope(sessions) as session:
        await session.execute(delete(SsoSignIn).where(SsoSignIn.expires_at < now - timedelta(hours=1)))
        session.add(SsoSignIn(provider_id=provider_id, state_hash=hash_token(state), browser_hash=hash_token(browser),
                              nonce=nonce, code_verifier=verifier, redirect_uri=redirect_uri,
                              next_path=safe_next(next_path), created_at=now,
                              expires_at=now + timedelta(minutes=SIGN_IN_MINUTES)))
    url = protocol.authorization_url(meta, client_id=client_id, redirect_uri=redirect_uri, state=state, nonce=nonce,
                                     code_verifier=verifier, extra=hints)
    return Started(url, browser)


async def _claim(session: AsyncSession, callback: Callback, browser_token: str | None, ip: str) -> Pending:
    """Find the sign-in the state names and mark it used, or refuse: unknown or expired, another browser's,
    or used before (a replayed link)."""
    found = (await session.execute(
        select(SsoSignIn, SsoProvider).join(SsoProvider, SsoProvider.id == SsoSignIn.provider_id)
        .where(SsoSignIn.state_hash == hash_token(callback.state or ""))
    )).first()
    if found is None:
        raise SignInProblem(EXPIRED)
    pending, provider = found
    if not browser_token or hash_token(browser_token) != pending.browser_hash:
        await _refused(session, provider.label, "started in another browser", ip)
        raise SignInProblem(OTHER_BROWSER)
    claimed = await session.execute(
        update(SsoSignIn).where(SsoSignIn.id == pending.id, SsoSignIn.used_at.is_(None),
                                SsoSignIn.expires_at > utcnow())
        .values(used_at=utcnow())
    )
    if claimed.rowcount != 1:
        await _refused(session, provider.label, "state used before" if pending.used_at else "state expired", ip)
        raise SignInProblem(USED if pending.used_at else EXPIRED)
    secret = crypto.decrypt(provider.client_secret) if provider.client_secret else None
    if not provider.enabled or secret is None:
        await _refused(session, provider.label, "provider switched off or its secret unreadable", ip)
        raise SignInProblem(SWITCHED_OFF)
    return Pending(provider.id, provider.label, provider.kind, provider.issuer, provider.tenant_id,
                   provider.client_id, secret, list(provider.allowed_domains), pending.nonce, pending.code_verifier,
                   pending.redirect_uri, pending.next_path)


async def _refused(session: AsyncSession, label: str, reason: str, ip: str, *, address: str | None = None,
                   user: User | None = None) -> None:
    await audit.record(session, "login.sso_refused", user=user, username=None if user else address, ip=ip,
                       details={"provider": label, "reason": reason})


async def _verified_claims(pending: Pending, callback: Callback) -> protocol.IdClaims:
    """The code exchanged and the ID token checked. No transaction is open: this talks to the provider."""
    if callback.error or not callback.code:
        raise protocol.ProviderTrouble(DECLINED, f"provider said {callback.error or 'no code'}")
    meta = await protocol.metadata(pending.issuer, pending.kind)
    if callback.issuer is not None and callback.issuer != meta.issuer:
        raise protocol.ProviderTrouble(protocol.NOT_ACCEPTED, f"callback iss {callback.issuer!r}")
    tokens = await protocol.exchange_code(meta, client_id=pending.client_id, client_secret=pending.client_secret,
                                          redirect_uri=pending.redirect_uri, code=callback.code,
                                          code_verifier=pending.code_verifier)
    return await protocol.verify_id_token(meta, tokens.id_token, client_id=pending.client_id, nonce=pending.nonce,
                                          access_token=tokens.access_token)


class Finished(NamedTuple):
    """A signed-in person: the session to set as a cookie, and the page they asked for (if any)."""

    login: sign_in.LoginResult
    next_path: str | None


async def finish(sessions: async_sessionmaker[AsyncSession], *, callback: Callback, browser_token: str | None,
                 ip: str, user_agent: str | None) -> Finished:
    """Complete a sign-in from the provider's callback, or raise SignInProblem with the message to show."""
    async with session_scope(sessions) as session:  # committed before the provider is called: single use
        pending = await _claim(session, callback, browser_token, ip)
    try:
        claims = await _verified_claims(pending, callback)
    except protocol.ProviderTrouble as trouble:
        async with session_scope(sessions) as session:
            await _refused(session, pending.label, trouble.reason, ip)
        raise SignInProblem(trouble.message) from trouble
    address, refusal = identify(claims, kind=pending.kind, allowed_domains=pending.allowed_domains,
                                tenant_id=pending.tenant_id)
    async with session_scope(sessions) as session:
        if address is None:
            await _refused(session, pending.label, refusal or "no address", ip)
            raise SignInProblem(NO_ADDRESS)
        user = None if refusal else (await session.execute(select(User).where(User.email == address))).scalar_one_or_none()
        if user is None or not user.is_active:
            reason = refusal or ("no account has this email" if user is None else "account switched off")
            await _refused(session, pending.label, reason, ip, address=address, user=user)
            raise SignInProblem(NO_ACCOUNT.format(address=address))
        await audit.record(session, "login.sso", user=user, ip=ip,
                           details={"provider": pending.label, "address": address})
        login = await sign_in.open_session(session, user=user, ip=ip, user_agent=user_agent)
    return Finished(login, pending.next_path)


def problem_token(message: str) -> str:
    """The message for the sign-in page to show, encrypted (it may hold an email address, and it travels in the
    page's address), readable for PROBLEM_SECONDS."""
    return crypto.encrypt(message)


def problem_message(token: str) -> str:
    """The message a problem token carries; a generic one when it is too old or cannot be read."""
    return crypto.decrypt(token, ttl_seconds=PROBLEM_SECONDS) or f"You are not signed in. {START_AGAIN}"
