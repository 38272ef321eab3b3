"""The providers an admin sets up (client secrets encrypted at rest, never sent back) and the staff policy:
"Staff must use single sign-on" stops teachers — never admins — signing in with a password, so a broken
provider can never lock the school out."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Invalid, NotFound
from app.models import AppSetting, Role, SsoKind, SsoProvider, User, utcnow
from app.schemas.sso import SsoButton, SsoProviderIn, SsoProviderRead, SsoSetup
from app.services.accounts.sso import protocol
from app.services.accounts.sso.identity import normalise_domains
from app.services.core import audit
from app.utils import crypto

POLICY_KEY = "sso"
CALLBACK_PATH = "/api/sso/callback"
GOOGLE_ISSUER = "https://accounts.google.com"
MICROSOFT_ISSUER = "https://login.microsoftonline.com/{tenant}/v2.0"
TENANT_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DOMAIN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")


def start_url(provider_id: uuid.UUID) -> str:
    return f"/api/sso/{provider_id}/start"


def provider_read(provider: SsoProvider) -> SsoProviderRead:
    """A provider as the admin page shows it: whether a secret is saved, never the secret."""
    readable = provider.client_secret is None or crypto.decrypt(provider.client_secret) is not None
    return SsoProviderRead(
        id=provider.id, kind=provider.kind, label=provider.label, issuer=provider.issuer,
        tenant_id=provider.tenant_id, client_id=provider.client_id,
        client_secret_set=provider.client_secret is not None, client_secret_unreadable=not readable,
        allowed_domains=list(provider.allowed_domains), enabled=provider.enabled,
    )


async def _providers(session: AsyncSession, *, enabled_only: bool = False) -> list[SsoProvider]:
    stmt = select(SsoProvider).order_by(SsoProvider.created_at, SsoProvider.label)
    if enabled_only:
        stmt = stmt.where(SsoProvider.enabled)
    return list((await session.execute(stmt)).scalars())


async def staff_must_use_sso(session: AsyncSession) -> bool:
    """The policy as stored (whether it applies also depends on a provider being switched on)."""
    row = await session.get(AppSetting, POLICY_KEY)
    return bool(row and row.value.get("staff_must_use_sso"))


async def setup_view(session: AsyncSession, *, redirect_uri: str) -> SsoSetup:
    """Everything the admin page shows: the providers, the policy, and the redirect address to register."""
    return SsoSetup(providers=[provider_read(p) for p in await _providers(session)],
                    staff_must_use_sso=await staff_must_use_sso(session), redirect_uri=redirect_uri)


async def buttons(session: AsyncSession) -> list[SsoButton]:
    """The sign-in page's buttons: switched-on providers only, with nothing but their words and start address."""
    return [SsoButton(label=p.label, kind=p.kind, start_url=start_url(p.id))
            for p in await _providers(session, enabled_only=True)]


async def get_provider(session: AsyncSession, provider_id: uuid.UUID) -> SsoProvider:
    provider = await session.get(SsoProvider, provider_id)
    if provider is None:
        raise NotFound("That sign-in provider does not exist. Reload the page to see the current list.")
    return provider


def _checked(data: SsoProviderIn) -> tuple[str, str | None, list[str]]:
    """(issuer, tenant id, allowed domains) from what the admin typed, or Invalid saying what to change."""
    tenant = (data.tenant_id or "").strip().lower() or None
    if data.kind == SsoKind.microsoft:
        if tenant is None or not TENANT_ID.match(tenant):
            raise Invalid("Type the Directory (tenant) ID from the Microsoft Entra admin centre (Overview page): "
                          "32 letters and digits in groups, like 72f988bf-86f1-41af-91ab-2d7cd011db47.")
    elif tenant is not None:
        raise Invalid("Only a Microsoft provider has a tenant ID. Leave it empty for this kind of provider.")
    issuer = (data.issuer or "").strip()
    if not issuer:
        if data.kind == SsoKind.oidc:
            raise Invalid("Type the provider's issuer address, for example https://sso.school.org.uk/realms/staff.")
        issuer = GOOGLE_ISSUER if data.kind == SsoKind.google else MICROSOFT_ISSUER.format(tenant=tenant)
    problem = protocol.issuer_problem(issuer)
    if problem:
        raise Invalid(problem)
    domains = normalise_domains(data.allowed_domains)
    wrong = [d for d in domains if not DOMAIN.match(d)]
    if wrong or not domains:
        raise Invalid(f"“{wrong[0] if wrong else ''}” is not a domain. Type the part of the school's email addresses "
                      "after the @, for example school.org.uk.")
    return issuer, tenant, domains


async def save_provider(session: AsyncSession, *, data: SsoProviderIn, provider_id: uuid.UUID | None, actor: User,
                        ip: str | None) -> SsoProviderRead:
    """Add a provider (`provider_id` None) or change one. A new provider needs its client secret; a change
    without one keeps the saved secret."""
    issuer, tenant, domains = _checked(data)
    provider = SsoProvider() if provider_id is None else await get_provider(session, provider_id)
    secret = (data.client_secret or "").strip()
    if provider_id is None:
        if not secret:
            raise Invalid("Type the client secret the provider gave when you registered the app.")
        session.add(provider)
    provider.kind, provider.label, provider.issuer, provider.tenant_id = data.kind, data.label, issuer, tenant
    provider.client_id, provider.allowed_domains, provider.enabled = data.client_id, domains, data.enabled
    if secret:
        provider.client_secret = crypto.encrypt(secret)
    await session.flush()
    protocol.forget_cached()
    await audit.record(session, "settings.sso_provider", user=actor, entity_type="sso_provider",
                       entity_id=provider.id, ip=ip,
                       details={"label": provider.label, "kind": provider.kind.value, "enabled": provider.enabled,
                                "secret": "changed" if secret else "unchanged", "new": provider_id is None})
    return provider_read(provider)


async def delete_provider(session: AsyncSession, *, provider_id: uuid.UUID, actor: User, ip: str | None) -> None:
    provider = await get_provider(session, provider_id)
    await session.delete(provider)
    await audit.record(session, "settings.sso_provider_delete", user=actor, entity_type="sso_provider",
                       entity_id=provider_id, details={"label": provider.label}, ip=ip)


async def set_policy(session: AsyncSession, *, staff_must_use_sso: bool, actor: User, ip: str | None) -> None:
    """Switch "Staff must use single sign-on" on or off. On needs a provider that is switched on."""
    if staff_must_use_sso and not await _providers(session, enabled_only=True):
        raise Invalid("Set up a sign-in provider and switch it on first: otherwise teachers could not sign in.")
    row = await session.get(AppSetting, POLICY_KEY)
    if row is None:
        row = AppSetting(key=POLICY_KEY, value={})
        session.add(row)
    row.value = {**(row.value or {}), "staff_must_use_sso": staff_must_use_sso}
    row.updated_at, row.updated_by_id = utcnow(), actor.id
    await session.flush()
    await audit.record(session, "settings.sso_policy", user=actor, entity_type="setting", entity_id=POLICY_KEY,
                       details={"staff_must_use_sso": staff_must_use_sso}, ip=ip)


async def password_refusal(session: AsyncSession, user: User) -> str | None:
    """Why this person may not sign in with a password (None when they may): a teacher while staff must use
    single sign-on and a provider is switched on. Admins always may, so the school is never locked out."""
    if user.role != Role.teacher or not await staff_must_use_sso(session):
        return None
    labels = [p.label for p in await _providers(session, enabled_only=True)]
    if not labels:
        return None
    return f"Staff sign in with the school's account here. Choose the “{labels[0]}” button on this page."

