"""Single sign-on: providers as the admin sets them up, the buttons on the sign-in page, and a sign-in's outcome."""

from __future__ import annotations

import uuid

from pydantic import Field

from app.models import SsoKind
from app.schemas.base import ReadSchema, Schema


class SsoProviderIn(Schema):
    kind: SsoKind = Field(description="google, microsoft, or oidc for any other standard OpenID provider")
    label: str = Field(min_length=1, max_length=80, description='the button\'s words, e.g. "Sign in with Google"')
    issuer: str | None = Field(
        default=None, max_length=300,
        description="the provider's issuer address; leave out for Google, and for Microsoft (made from the tenant)",
    )
    tenant_id: str | None = Field(default=None, max_length=64, description="Microsoft only: the directory (tenant) ID")
    client_id: str = Field(min_length=1, max_length=300)
    client_secret: str | None = Field(
        default=None, max_length=1000,
        description="leave out to keep the saved secret; it is stored encrypted and never shown again",
    )
    allowed_domains: list[str] = Field(min_length=1, max_length=20,
                                       description="the school's email domains, e.g. [\"school.org.uk\"]")
    enabled: bool = True


class SsoProviderRead(ReadSchema):
    id: uuid.UUID
    kind: SsoKind
    label: str
    issuer: str
    tenant_id: str | None
    client_id: str
    client_secret_set: bool = Field(description="whether a secret is saved (it is never sent back)")
    client_secret_unreadable: bool = Field(description="saved, but the server's secret changed: enter it again")
    allowed_domains: list[str]
    enabled: bool


class SsoSetup(ReadSchema):
    providers: list[SsoProviderRead]
    staff_must_use_sso: bool
    redirect_uri: str = Field(description="the address to register with each provider")


class SsoPolicyIn(Schema):
    staff_must_use_sso: bool = Field(description="teachers (not admins) must sign in with single sign-on")


class SsoButton(ReadSchema):
    """A button on the sign-in page."""

    label: str
    kind: SsoKind
    start_url: str


class SsoProblem(ReadSchema):
    message: str
