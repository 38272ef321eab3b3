"""Talking to an AI provider (any OpenAI-compatible server): which one and the settings an admin entered
(`provider`, `admin_settings`), how to call it (`client`, `prompts`, `schemas`), and what it cost (`usage`)."""

from app.services.ai.client import (
    AIAuthError,
    AIBadOutput,
    AIError,
    AIRequestRefused,
    AIUnavailable,
    CallUsage,
    chat_json,
)
from app.services.ai.provider import Provider, resolve_provider

__all__ = [
    "AIAuthError",
    "AIBadOutput",
    "AIError",
    "AIRequestRefused",
    "AIUnavailable",
    "CallUsage",
    "Provider",
    "chat_json",
    "resolve_provider",
]
