"""Single sign-on: the OpenID providers an admin has set up, and sign-ins on their way through a provider."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPk, str_enum, utcnow


class SsoKind(str, enum.Enum):
    google = "google"
    microsoft = "microsoft"
    oidc = "oidc"  # any other standard OpenID provider


class SsoProvider(UUIDPk, Timestamps, Base):
    """An OpenID provider people sign in with. The client secret is stored encrypted (app/utils/crypto.py)."""

    __tablename__ = "sso_providers"

    kind: Mapped[SsoKind] = mapped_column(str_enum(SsoKind, "sso_kind"))
    label: Mapped[str] = mapped_column(String(80))  # the button: "Sign in with Google"
    issuer: Mapped[str] = mapped_column(String(300))
    tenant_id: Mapped[str | None] = mapped_column(String(64))  # Microsoft: the directory (tenant) id
    client_id: Mapped[str] = mapped_column(String(300))
    client_secret: Mapped[str | None] = mapped_column(Text)  # encrypted
    allowed_domains: Mapped[list] = mapped_column(default=list)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class SsoSignIn(UUIDPk, Base):
    """One sign-in sent to a provider and not yet back: what the callback must find again. Only digests of the
    `state` and of the browser's binding cookie are kept; `used_at` makes each one usable once."""

    __tablename__ = "sso_sign_ins"

    provider_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sso_providers.id", ondelete="CASCADE"), index=True)
    state_hash: Mapped[str] = mapped_column(String(64), unique=True)
    browser_hash: Mapped[str] = mapped_column(String(64))
    nonce: Mapped[str] = mapped_column(String(64))
    code_verifier: Mapped[str] = mapped_column(String(128))
    redirect_uri: Mapped[str] = mapped_column(String(400))
    next_path: Mapped[str | None] = mapped_column(String(400))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)
    used_at: Mapped[datetime | None]
