"""The one AI client the whole product uses (generation now, marking next): a JSON answer from any
OpenAI-compatible server, through the official `openai` SDK.

    data, usage = await chat_json(provider, messages, schema=schema, schema_name="assessment_draft",
                                  operation="generate", user_id=teacher.id, sessionmaker=maker)

- Structured output first (`response_format: json_schema`); a server that refuses schemas gets JSON mode
  (`json_object`, with the schema written into the prompt), and one that refuses that gets plain text from
  which the JSON is read. What a server supports is remembered for the life of the process.
- Retries with exponential backoff and jitter on 429, 5xx, timeouts and dropped connections, honouring
  `retry-after` up to a cap. The SDK's own retries are off so that every try is logged and capped here.
- A reply that is not JSON, or that `validate` refuses, is re-asked (saying what was wrong) a few times.
- Every call to the provider, ok or not, goes in the AI usage log.
- Errors are `AIError`s with messages for a teacher: `AIUnavailable` (try later; jobs retry),
  `AIAuthError` (the key was refused: the admin must act), `AIRequestRefused`, `AIBadOutput`.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import openai
from openai import AsyncOpenAI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.errors import AppError
from app.services.ai import usage as usage_log
from app.services.ai.provider import Provider

log = logging.getLogger("app.ai")

UNAVAILABLE_MESSAGE = (
    "The AI service is not answering right now. Your draft was not made; try again in a few minutes, "
    "or use the offline generator."
)
AUTH_MESSAGE = "The AI key was refused. Ask the school's admin to check it in Admin → AI settings."
BAD_OUTPUT_MESSAGE = (
    "The AI service answered, but not in a form this app can use, even after being asked again. "
    "Try again, or use the offline generator."
)

MODES = ("json_schema", "json_object", "text")
# (base_url, model) → the best response_format mode the server accepted; learnt from 400 answers.
_server_modes: dict[tuple[str, str], str] = {}
# (base_url, model) → parameters the server refused and what to send instead.
_server_quirks: dict[tuple[str, str], set[str]] = {}


class AIError(AppError):
    """A problem talking to the AI provider. Usage rows written before it are kept (keep_changes)."""

    status_code = 503
    error = "AIUnavailable"

    def __init__(self, detail: str, **kwargs: Any) -> None:
        kwargs.setdefault("keep_changes", True)
        super().__init__(detail, **kwargs)


class AIUnavailable(AIError):
    """The provider is down, overloaded, rate limiting us or too slow. Trying later may work."""

    def __init__(self, detail: str = UNAVAILABLE_MESSAGE, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(detail, **kwargs)
        self.retry_after = retry_after


class AIAuthError(AIError):
    """The provider refused the key (401/403). Retrying will not help; the admin must fix the key."""

    error = "AIKeyRefused"

    def __init__(self, detail: str = AUTH_MESSAGE, **kwargs: Any) -> None:
        super().__init__(detail, **kwargs)


class AIRequestRefused(AIError):
    """The provider refused the request itself (unknown model, request too large). Retrying will not help."""

    status_code = 502
    error = "AIRequestRefused"


class AIBadOutput(AIError):
    """The provider answered, but not with usable JSON, even after being asked again."""

    status_code = 502
    error = "AIBadOutput"

    def __init__(self, detail: str = BAD_OUTPUT_MESSAGE, *, problems: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(detail, **kwargs)
        self.problems = problems or []


@dataclass
class CallUsage:
    """What one `chat_json` cost, summed over every try."""

    model: str
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_estimate: float = 0.0
    latency_ms: int = 0
    mode: str = "json_schema"
    reasks: int = 0
    notes: list[str] = field(default_factory=list)


class _Reask(Exception):
    """The reply could not be used; ask again with this explanation."""


def extract_json(text: str | None) -> Any:
    """The JSON value in a model's reply: the whole text, or a ```json fenced block, or the outermost {...}.
    Raises ValueError saying what is wrong."""
    if text is None or not text.strip():
        raise ValueError("the reply was empty")
    candidate = text.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", candidate, re.DOTALL)
    attempts = [candidate]
    if fenced:
        attempts.append(fenced.group(1).strip())
    start, end = candidate.find("{"), candidate.rfind("}")
    if 0 <= start < end:
        attempts.append(candidate[start : end + 1])
    last_error: json.JSONDecodeError | None = None
    for attempt in attempts:
        try:
            return json.loads(attempt)
        except json.JSONDecodeError as exc:
            last_error = exc
    raise ValueError(f"the reply was not valid JSON ({last_error.msg} at line {last_error.lineno}, "
                     f"column {last_error.colno})")


def _retry_after_seconds(exc: openai.APIStatusError) -> float | None:
    """The server's requested wait, from retry-after-ms, retry-after (seconds or an HTTP date)."""
    headers = exc.response.headers if exc.response is not None else {}
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        if parsed is None:
            return None
        return max(0.0, parsed.timestamp() - time.time())


def _backoff(provider: Provider, attempt: int, retry_after: float | None) -> float:
    """Exponential backoff with jitter, or the server's retry-after; never above the provider's cap."""
    if retry_after is not None:
        wait = retry_after
    else:
        wait = provider.retry_base_seconds * (2**attempt)
        wait += random.uniform(0, provider.retry_base_seconds)
    return min(wait, provider.max_retry_wait_seconds)


def _error_text(exc: openai.APIStatusError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    inner = body.get("error") if isinstance(body.get("error"), dict) else body
    message = inner.get("message") if isinstance(inner, dict) else None
    return str(message or exc.message or exc)


def _refuses_format(message: str) -> bool:
    lowered = message.lower()
    return any(word in lowered for word in ("response_format", "json_schema", "json_object", "structured output"))


def _schema_instruction(schema: dict | None) -> str:
    text = "Reply with one JSON object only: no prose before or after it, no code fences."
    if schema is not None:
        text += " It must match this JSON Schema:\n" + json.dumps(schema, separators=(",", ":"))
    return text


def _request_args(provider: Provider, *, model: str, messages: list[dict], mode: str, schema: dict | None,
                  schema_name: str, strict: bool, max_tokens: int, temperature: float | None) -> dict:
    key = (provider.base_url or "", model)
    quirks = _server_quirks.get(key, set())
    args: dict[str, Any] = {"model": model, "messages": messages}
    if "max_completion_tokens" in quirks:
        args["max_completion_tokens"] = max_tokens
    else:
        args["max_tokens"] = max_tokens
    if temperature is not None and "no_temperature" not in quirks:
        args["temperature"] = temperature
    if mode == "json_schema" and schema is not None:
        args["response_format"] = {"type": "json_schema",
                                   "json_schema": {"name": schema_name, "schema": schema, "strict": strict}}
    elif mode in ("json_schema", "json_object"):
        args["response_format"] = {"type": "json_object"}
    return args


def _learn_quirk(provider: Provider, model: str, message: str) -> bool:
    """Adapt to a server that refuses a parameter (newer models: max_tokens, temperature). True if learnt."""
    key = (provider.base_url or "", model)
    quirks = _server_quirks.setdefault(key, set())
    lowered = message.lower()
    if "max_tokens" in lowered and "max_completion_tokens" in lowered and "max_completion_tokens" not in quirks:
        quirks.add("max_completion_tokens")
        return True
    if "temperature" in lowered and "no_temperature" not in quirks:
        quirks.add("no_temperature")
        return True
    return False


async def chat_json(
    provider: Provider,
    messages: list[dict],
    *,
    schema: dict | None = None,
    schema_name: str = "response",
    strict: bool = True,
    operation: str,
    user_id: uuid.UUID | None = None,
    session: AsyncSession | None = None,
    sessionmaker: async_sessionmaker | None = None,
    model: str | None = None,
    max_tokens: int | None = None,
    temperature: float | None = 0.4,
    validate: Callable[[Any], Any] | None = None,
    reasks: int = 2,
) -> tuple[Any, CallUsage]:
    """Ask the provider for a JSON answer and return (parsed JSON, usage).

    `validate(data)` may return a cleaned value, or raise ValueError (or a pydantic ValidationError) saying
    what is wrong: the model is then asked again, up to `reasks` times, with that explanation.
    The usage log goes to `session` (the request's transaction) or `sessionmaker` (committed at once)."""
    if (session is None) == (sessionmaker is None):
        raise ValueError("chat_json needs exactly one of session= or sessionmaker= for the usage log")
    log_target: AsyncSession | async_sessionmaker = session if session is not None else sessionmaker
    model = model or provider.model
    max_tokens = max_tokens or provider.max_tokens
    key = (provider.base_url or "", model)
    mode = _server_modes.get(key, "json_schema" if schema is not None else "json_object")
    conversation = list(messages)
    summary = CallUsage(model=model, mode=mode)
    transient_failures = 0
    reasks_used = 0
    client = AsyncOpenAI(api_key=provider.key_for_sdk, base_url=provider.base_url, timeout=provider.timeout_seconds,
                         max_retries=0)
    try:
        while True:
            sent = conversation if mode == "json_schema" else [
                *conversation, {"role": "system", "content": _schema_instruction(schema)}]
            args = _request_args(provider, model=model, messages=sent, mode=mode, schema=schema,
                                 schema_name=schema_name, strict=strict, max_tokens=max_tokens,
                                 temperature=temperature)
            started = time.monotonic()
            try:
                response = await client.chat.completions.create(**args)
            except openai.APIStatusError as exc:
                latency = int((time.monotonic() - started) * 1000)
                text = _error_text(exc)
                summary.calls += 1
                await usage_log.record(log_target, user_id=user_id, operation=operation, provider=provider.name,
                                       model=model, latency_ms=latency, ok=False,
                                       error=f"HTTP {exc.status_code}: {text}")
                if exc.status_code in (401, 403):
                    raise AIAuthError() from None
                if exc.status_code == 429 or exc.status_code >= 500:
                    transient_failures += 1
                    retry_after = _retry_after_seconds(exc)
                    if transient_failures > provider.max_retries:
                        raise AIUnavailable(retry_after=retry_after) from None
                    wait = _backoff(provider, transient_failures - 1, retry_after)
                    log.info("AI %s: HTTP %s, retrying in %.1fs", operation, exc.status_code, wait)
                    await asyncio.sleep(wait)
                    continue
                if exc.status_code == 400 and _refuses_format(text) and mode != "text":
                    mode = MODES[MODES.index(mode) + 1]
                    _server_modes[key] = mode
                    summary.mode = mode
                    summary.notes.append(f"The server refused a response format; using {mode} instead.")
                    continue
                if exc.status_code == 400 and _learn_quirk(provider, model, text):
                    continue
                if exc.status_code == 404:
                    raise AIRequestRefused(
                        f"The AI service does not know the model '{model}'. Ask the school's admin to check the "
                        "model name in Admin → AI settings.") from None
                raise AIRequestRefused(f"The AI service refused the request: {text[:300]}") from None
            except (openai.APITimeoutError, openai.APIConnectionError) as exc:
                latency = int((time.monotonic() - started) * 1000)
                summary.calls += 1
                kind = "timed out" if isinstance(exc, openai.APITimeoutError) else "could not connect"
                await usage_log.record(log_target, user_id=user_id, operation=operation, provider=provider.name,
                                       model=model, latency_ms=latency, ok=False, error=f"{kind}: {exc}")
                transient_failures += 1
                if transient_failures > provider.max_retries:
                    raise AIUnavailable() from None
                await asyncio.sleep(_backoff(provider, transient_failures - 1, None))
                continue

            latency = int((time.monotonic() - started) * 1000)
            tokens_in = getattr(response.usage, "prompt_tokens", 0) or 0
            tokens_out = getattr(response.usage, "completion_tokens", 0) or 0
            choice = response.choices[0] if response.choices else None
            content = choice.message.content if choice is not None else None
            problem: str | None = None
            data: Any = None
            try:
                if choice is None:
                    raise _Reask("the reply had no message")
                if choice.finish_reason == "length":
                    raise _Reask("the reply was cut off because it was too long; keep every text short")
                refusal = getattr(choice.message, "refusal", None)
                if refusal:
                    raise _Reask(f"the reply was a refusal ({refusal[:200]})")
                try:
                    data = extract_json(content)
                except ValueError as exc:
                    raise _Reask(str(exc)) from None
                if validate is not None:
                    try:
                        data = validate(data)
                    except ValueError as exc:  # pydantic's ValidationError is a ValueError
                        raise _Reask(f"the JSON did not match the required format: {_short(exc)}") from None
            except _Reask as exc:
                problem = str(exc)
            summary.calls += 1
            summary.input_tokens += tokens_in
            summary.output_tokens += tokens_out
            summary.latency_ms += latency
            cost = await usage_log.record(log_target, user_id=user_id, operation=operation, provider=provider.name,
                                          model=model, input_tokens=tokens_in, output_tokens=tokens_out,
                                          latency_ms=latency, ok=problem is None,
                                          error=f"unusable reply: {problem}" if problem else None)
            summary.cost_estimate = round(summary.cost_estimate + cost.dollars, 6)
            if cost.note and cost.note not in summary.notes:
                summary.notes.append(cost.note)
            if problem is None:
                return data, summary
            if reasks_used >= reasks:
                raise AIBadOutput(problems=[problem])
            reasks_used += 1
            summary.reasks = reasks_used
            conversation = [
                *conversation,
                {"role": "assistant", "content": (content or "")[:4000]},
                {"role": "user", "content": f"That reply could not be used: {problem}. Reply again with the "
                                            "complete JSON object only, following every rule."},
            ]
    finally:
        await client.close()


def _short(exc: Exception) -> str:
    """A validation error in a few lines (the model reads this)."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            parts = []
            for err in errors()[:6]:
                where = ".".join(str(p) for p in err.get("loc", ()))
                parts.append(f"{where}: {err.get('msg')}")
            return "; ".join(parts)
        except Exception:  # noqa: BLE001 - fall back to the plain text
            pass
    return str(exc)[:600]
