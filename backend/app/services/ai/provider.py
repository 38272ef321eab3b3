"""Which AI provider (if any) the product talks to: one place to decide, so generation and marking agree.

Today the provider comes from the environment (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL, ...). Admin-entered
settings (encrypted in the database) are meant to be added here, with the environment still winning, so every
caller keeps calling `resolve_provider(session)`."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlparse

from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings, get_settings
from app.services.ai import admin_settings

# Some OpenAI-compatible servers (a local Ollama, vLLM) need no key, but the SDK insists on one.
NO_KEY = "not-needed"


@dataclass(frozen=True)
class Provider:
    """An OpenAI-compatible endpoint and how to call it."""

    name: str  # shown in the usage log and on the draft: "openai", "127.0.0.1:11434", ...
    base_url: str | None  # None = the SDK's default (api.openai.com)
    api_key: str
    model: str
    max_tokens: int = 4096
    timeout_seconds: float = 60.0
    max_retries: int = 3
    # Backoff between retries: base × 2^try (plus jitter), and never longer than max_retry_wait_seconds,
    # even when the server's retry-after asks for more (the job queue takes over past that).
    retry_base_seconds: float = 1.0
    max_retry_wait_seconds: float = 30.0

    @property
    def key_for_sdk(self) -> str:
        return self.api_key or NO_KEY


def provider_name(base_url: str | None) -> str:
    """A short, key-free name for an endpoint."""
    if not base_url:
        return "openai"
    parsed = urlparse(base_url)
    return parsed.netloc or base_url[:100]


def from_settings(settings: Settings) -> Provider | None:
    """The provider the environment describes, or None when no AI is configured."""
    if not settings.ai_configured:
        return None
    base_url = settings.openai_base_url.strip() or None
    return Provider(
        name=provider_name(base_url),
        base_url=base_url,
        api_key=settings.openai_api_key.strip(),
        model=settings.openai_model,
        max_tokens=settings.openai_max_tokens,
        timeout_seconds=settings.openai_timeout_seconds,
        max_retries=settings.openai_max_retries,
    )


async def resolve_provider(session: AsyncSession | None = None) -> Provider | None:
    """The AI provider to use now, or None (no AI configured: the offline generator is used).

    With a `session`, the settings an admin entered (key encrypted at rest) are used; environment variables
    win field by field. Without one, only the environment counts."""
    settings = get_settings()
    if session is None:
        return from_settings(settings)
    stored = await admin_settings.load(session)
    if not stored.configured:
        return None
    base_url = (stored.values.get("base_url") or "").strip() or None
    return Provider(
        name=provider_name(base_url),
        base_url=base_url,
        api_key=stored.api_key.strip(),
        model=stored.values["model"],
        max_tokens=int(stored.values.get("max_tokens") or settings.openai_max_tokens),
        timeout_seconds=settings.openai_timeout_seconds,
        max_retries=settings.openai_max_retries,
    )
