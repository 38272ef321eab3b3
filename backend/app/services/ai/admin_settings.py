"""The AI provider and marking settings an admin enters in the app, with the API key encrypted at rest.

Environment variables still work and win: a field set in the environment (OPENAI_API_KEY, OPENAI_BASE_URL,
OPENAI_MODEL, OPENAI_MAX_TOKENS) overrides what is stored here. The key is never returned by the API: only
whether it is set, and its last four characters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.models import AppSetting, User, utcnow
from app.schemas.marking import AISettingsOut
from app.services.core import audit
from app.utils import crypto

KEY = "ai"
AGGREGATIONS = ("mean", "median", "trimmed_mean", "weighted_mean")
ENV_FIELDS = {"base_url": "openai_base_url", "api_key": "openai_api_key", "model": "openai_model",
              "max_tokens": "openai_max_tokens"}
# The settings an admin can change, as stored (JSON) on the "ai" AppSetting row.
SettingsValues = dict[str, Any]
DEFAULTS: SettingsValues = {
    "base_url": "",
    "model": "gpt-4o-mini",
    "fallback_model": "",
    "marking_models": [],
    "runs_per_model": 1,
    "aggregation": "mean",
    "model_weights": {},
    "max_tokens": 4096,
    "temperature": 0.2,
    "marking_concurrency": 3,
}


@dataclass
class AISettings:
    """The settings in force: stored values with the environment's on top, and the key (never shown)."""

    values: SettingsValues = field(default_factory=lambda: dict(DEFAULTS))
    api_key: str = ""
    key_source: str = "none"  # environment | admin | none
    key_unreadable: bool = False
    from_environment: list[str] = field(default_factory=list)

    @property
    def configured(self) -> bool:
        return bool(self.api_key or self.values.get("base_url"))

    @property
    def marking_models(self) -> list[str]:
        return list(self.values.get("marking_models") or []) or [self.values["model"]]


def _env_overrides() -> dict[str, str | int]:
    """The AI settings given as environment variables (they win over the stored ones)."""
    settings = get_settings()
    return {name: getattr(settings, env) for name, env in ENV_FIELDS.items()
            if settings.given(env) and getattr(settings, env)}


async def load(session: AsyncSession) -> AISettings:
    """The settings in force: defaults, then what the admin stored, then the environment."""
    row = await session.get(AppSetting, KEY)
    stored = dict(row.value) if row else {}
    result = AISettings(values={**DEFAULTS, **{k: v for k, v in stored.items() if k in DEFAULTS}})
    if row and row.secret:
        key = crypto.decrypt(row.secret)
        if key is None:
            result.key_unreadable = True
        else:
            result.api_key, result.key_source = key, "admin"
    for name, value in _env_overrides().items():
        if name == "api_key":
            result.api_key, result.key_source = value, "environment"
        else:
            result.values[name] = value
        result.from_environment.append(name)
    return result


def public_view(settings: AISettings) -> AISettingsOut:
    """The settings as the admin page shows them: never the key, only whether it is set and its end."""
    key = settings.api_key
    return AISettingsOut(
        **settings.values,
        api_key_set=bool(key),
        api_key_last4=key[-4:] if len(key) >= 8 else ("" if not key else "…"),
        key_source=settings.key_source,
        key_unreadable=settings.key_unreadable,
        from_environment=settings.from_environment,
        configured=settings.configured,
    )


async def update(session: AsyncSession, *, changes: dict[str, Any], actor: User, ip: str | None) -> AISettings:
    """Store the admin's changes. `api_key`: None keeps the stored key, "" removes it, any other value replaces it."""
    row = await session.get(AppSetting, KEY)
    if row is None:
        row = AppSetting(key=KEY, value={})
        session.add(row)
    values = dict(row.value or {})
    api_key = changes.pop("api_key", None)
    for name, value in changes.items():
        if name in DEFAULTS and value is not None:
            values[name] = value
    row.value = values
    if api_key is not None:
        row.secret = crypto.encrypt(api_key) if api_key else None
    row.updated_at = utcnow()
    row.updated_by_id = actor.id
    await session.flush()
    await audit.record(session, "settings.ai", user=actor, entity_type="setting", entity_id=KEY,
                       details={"fields": sorted(changes), "api_key": "changed" if api_key else
                                ("removed" if api_key == "" else "unchanged")}, ip=ip)
    return await load(session)
