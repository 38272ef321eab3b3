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
from functools import cache
from typing import Any, NamedTuple, TypedDict

import openai
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletion
from openai.types.chat.chat_completion import Choice
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.errors import AppError
from app.services.ai import usage as usage_log
from app.services.ai.provider import Provider
from app.services.ai.schemas import JsonSchema

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

# One message of a chat: {"role": "system" | "user" | "assistant", "content": text}.
ChatMessage = dict[str, str]


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


# --- What a server accepts -----------------------------------------------------------------------------------


@dataclass
class ServerCapabilities:
    """What one (server, model) accepts, learnt from its 400 answers: the best response format, and the
    parameters it refused (newer models refuse max_tokens, or any temperature)."""

    mode: str | None = None  # None until a response format is refused
    max_completion_tokens: bool = False
    no_temperature: bool = False

    def starting_mode(self, schema: JsonSchema | None) -> str:
        return self.mode or ("json_schema" if schema is not None else "json_object")

    def downgrade(self, mode: str) -> str:
        """The next simpler response format after `mode`, remembered for this server and model."""
        self.mode = MODES[MODES.index(mode) + 1]
        return self.mode

    def learn_parameter(self, message: str) -> bool:
        """Adapt to a refused parameter named in the server's message. True if something was learnt."""
        lowered = message.lower()
        if "max_tokens" in lowered and "max_completion_tokens" in lowered and not self.max_completion_tokens:
            self.max_completion_tokens = True
            return True
        if "temperature" in lowered and not self.no_temperature:
            self.no_temperature = True
            return True
        return False


@cache
def capabilities_of(base_url: str, model: str) -> ServerCapabilities:
    """The one ServerCapabilities of a server and model, kept for the life of the process."""
    return ServerCapabilities()


def _refuses_format(message: str) -> bool:
    lowered = message.lower()
    return any(word in lowered for word in ("response_format", "json_schema", "json_object", "structured output"))


def _schema_instruction(schema: JsonSchema | None) -> str:
    text = "Reply with one JSON object only: no prose before or after it, no code fences."
    if schema is not None:
        text += " It must match this JSON Schema:\n" + json.dumps(schema, separators=(",", ":"))
    return text


class _CompletionArgs(TypedDict, total=False):
    """The keyword arguments of one `chat.completions.create` call."""

    model: str
    messages: list[ChatMessage]
    max_tokens: int
    max_completion_tokens: int
    temperature: float
    response_format: dict[str, Any]


@dataclass
class _Request:
    """What every try sends: the model, its limits, and the response format the server accepts."""

    model: str
    schema: JsonSchema | None
    schema_name: str
    strict: bool
    max_tokens: int
    temperature: float | None
    server: ServerCapabilities
    mode: str

    def args(self, conversation: list[ChatMessage]) -> _CompletionArgs:
        messages = conversation if self.mode == "json_schema" else [
            *conversation, {"role": "system", "content": _schema_instruction(self.schema)}]
        args = _CompletionArgs(model=self.model, messages=messages)
        if self.server.max_completion_tokens:
            args["max_completion_tokens"] = self.max_tokens
        else:
            args["max_tokens"] = self.max_tokens
        if self.temperature is not None and not self.server.no_temperature:
            args["temperature"] = self.temperature
        if self.mode == "json_schema" and self.schema is not None:
            args["response_format"] = {"type": "json_schema", "json_schema": {
                "name": self.schema_name, "schema": self.schema, "strict": self.strict}}
        elif self.mode in ("json_schema", "json_object"):
            args["response_format"] = {"type": "json_object"}
        return args

    def adapt(self, message: str, usage: CallUsage) -> bool:
        """After a 400: fall back to a simpler response format, or stop sending a refused parameter.
        True if the request changed (so sending it again may work)."""
        if _refuses_format(message) and self.mode != "text":
            self.mode = usage.mode = self.server.downgrade(self.mode)
            usage.notes.append(f"The server refused a response format; using {self.mode} instead.")
            return True
        return self.server.learn_parameter(message)


# --- The usage log -------------------------------------------------------------------------------------------


class _Sent(NamedTuple):
    """The provider's answer to one try, and how long it took."""

    response: ChatCompletion
    latency_ms: int


@dataclass
class _UsageRecorder:
    """Writes every try to the AI usage log, and adds it up in the CallUsage the caller gets back."""

    target: AsyncSession | async_sessionmaker
    user_id: uuid.UUID | None
    operation: str
    provider: str
    summary: CallUsage

    async def failure(self, latency_ms: int, error: str) -> None:
        self.summary.calls += 1
        await usage_log.record(self.target, user_id=self.user_id, operation=self.operation, provider=self.provider,
                               model=self.summary.model, latency_ms=latency_ms, ok=False, error=error)

    async def reply(self, sent: _Sent, problem: str | None) -> None:
        """An answer: its tokens and cost, and whether it could be used."""
        tokens_in = getattr(sent.response.usage, "prompt_tokens", 0) or 0
        tokens_out = getattr(sent.response.usage, "completion_tokens", 0) or 0
        self.summary.calls += 1
        self.summary.input_tokens += tokens_in
        self.summary.output_tokens += tokens_out
        self.summary.latency_ms += sent.latency_ms
        cost = await usage_log.record(self.target, user_id=self.user_id, operation=self.operation,
                                      provider=self.provider, model=self.summary.model, input_tokens=tokens_in,
                                      output_tokens=tokens_out, latency_ms=sent.latency_ms, ok=problem is None,
                                      error=f"unusable reply: {problem}" if problem else None)
        self.summary.cost_estimate = round(self.summary.cost_estimate + cost.dollars, 6)
        if cost.note and cost.note not in self.summary.notes:
            self.summary.notes.append(cost.note)


# --- One try, and retrying -----------------------------------------------------------------------------------


class _SendAgain(Exception):
    """The request was changed to suit the server: send it again at once."""


class _Transient(Exception):
    """Rate limited, a server error, a timeout or a dropped connection: trying again after a wait may work."""

    def __init__(self, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after


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


@dataclass
class _RetryPolicy:
    """How long to wait after a transient failure, and when to give up. The count runs over the whole
    `chat_json`, re-asks included, so one call never makes more than max_retries + 1 failed tries."""

    provider: Provider
    operation: str
    failures: int = 0

    async def wait_or_give_up(self, failure: _Transient) -> None:
        self.failures += 1
        if self.failures > self.provider.max_retries:
            raise AIUnavailable(retry_after=failure.retry_after) from None
        wait = _backoff(self.provider, self.failures - 1, failure.retry_after)
        if failure.status is not None:
            log.info("AI %s: HTTP %s, retrying in %.1fs", self.operation, failure.status, wait)
        await asyncio.sleep(wait)


def _error_text(exc: openai.APIStatusError) -> str:
    body = exc.body if isinstance(exc.body, dict) else {}
    inner = body.get("error") if isinstance(body.get("error"), dict) else body
    message = inner.get("message") if isinstance(inner, dict) else None
    return str(message or exc.message or exc)


def _status_failure(exc: openai.APIStatusError, text: str, request: _Request, usage: CallUsage) -> Exception:
    """What an HTTP error means here: a refused key, a transient failure, a request to adapt, or a refusal."""
    if exc.status_code in (401, 403):
        return AIAuthError()
    if exc.status_code == 429 or exc.status_code >= 500:
        return _Transient(exc.status_code, _retry_after_seconds(exc))
    if exc.status_code == 400 and request.adapt(text, usage):
        return _SendAgain()
    if exc.status_code == 404:
        return AIRequestRefused(f"The AI service does not know the model '{request.model}'. Ask the school's "
                                "admin to check the model name in Admin → AI settings.")
    return AIRequestRefused(f"The AI service refused the request: {text[:300]}")


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


async def _send(client: AsyncOpenAI, request: _Request, conversation: list[ChatMessage],
                recorder: _UsageRecorder) -> _Sent:
    """One try. A failure is logged, then raised as _Transient, _SendAgain or an AIError for the teacher."""
    args = request.args(conversation)
    started = time.monotonic()
    try:
        response = await client.chat.completions.create(**args)
    except openai.APIStatusError as exc:
        text = _error_text(exc)
        await recorder.failure(_ms_since(started), f"HTTP {exc.status_code}: {text}")
        raise _status_failure(exc, text, request, recorder.summary) from None
    except (openai.APITimeoutError, openai.APIConnectionError) as exc:
        kind = "timed out" if isinstance(exc, openai.APITimeoutError) else "could not connect"
        await recorder.failure(_ms_since(started), f"{kind}: {exc}")
        raise _Transient() from None
    return _Sent(response, _ms_since(started))


async def _send_until_answered(client: AsyncOpenAI, request: _Request, conversation: list[ChatMessage],
                               recorder: _UsageRecorder, retries: _RetryPolicy) -> _Sent:
    """Try until the provider answers: adapting the request when it is refused, waiting after a transient
    failure. Raises AIUnavailable when the retries run out."""
    while True:
        try:
            return await _send(client, request, conversation, recorder)
        except _SendAgain:
            continue
        except _Transient as failure:
            await retries.wait_or_give_up(failure)


# --- Reading the answer, and asking again --------------------------------------------------------------------


class _Reask(Exception):
    """The reply could not be used; ask again with this explanation."""


class _Reply(NamedTuple):
    """A model's answer: its text, and either the usable data or what was wrong with it."""

    content: str | None
    data: Any
    problem: str | None


def _usable_data(choice: Choice | None, validate: Callable[[Any], Any] | None) -> Any:
    """The reply's JSON, checked by `validate`; raises _Reask saying what is wrong."""
    if choice is None:
        raise _Reask("the reply had no message")
    if choice.finish_reason == "length":
        raise _Reask("the reply was cut off because it was too long; keep every text short")
    refusal = getattr(choice.message, "refusal", None)
    if refusal:
        raise _Reask(f"the reply was a refusal ({refusal[:200]})")
    try:
        data = extract_json(choice.message.content)
    except ValueError as exc:
        raise _Reask(str(exc)) from None
    if validate is None:
        return data
    try:
        return validate(data)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        raise _Reask(f"the JSON did not match the required format: {_short(exc)}") from None


def _read_reply(response: ChatCompletion, validate: Callable[[Any], Any] | None) -> _Reply:
    choice = response.choices[0] if response.choices else None
    content = choice.message.content if choice is not None else None
    try:
        return _Reply(content, _usable_data(choice, validate), None)
    except _Reask as exc:
        return _Reply(content, None, str(exc))


def _reask(conversation: list[ChatMessage], reply: _Reply, usage: CallUsage, limit: int) -> list[ChatMessage]:
    """The conversation with the unusable reply and what was wrong with it, to ask again; AIBadOutput once
    `limit` re-asks have been used."""
    if usage.reasks >= limit:
        raise AIBadOutput(problems=[reply.problem])
    usage.reasks += 1
    return [
        *conversation,
        {"role": "assistant", "content": (reply.content or "")[:4000]},
        {"role": "user", "content": f"That reply could not be used: {reply.problem}. Reply again with the "
                                    "complete JSON object only, following every rule."},
    ]


async def chat_json(
    provider: Provider,
    messages: list[ChatMessage],
    *,
    schema: JsonSchema | None = None,
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
    model = model or provider.model
    server = capabilities_of(provider.base_url or "", model)
    request = _Request(model=model, schema=schema, schema_name=schema_name, strict=strict,
                       max_tokens=max_tokens or provider.max_tokens, temperature=temperature, server=server,
                       mode=server.starting_mode(schema))
    recorder = _UsageRecorder(target=session if session is not None else sessionmaker, user_id=user_id,
                              operation=operation, provider=provider.name,
                              summary=CallUsage(model=model, mode=request.mode))
    retries = _RetryPolicy(provider, operation)
    conversation = list(messages)
    async with AsyncOpenAI(api_key=provider.key_for_sdk, base_url=provider.base_url,
                           timeout=provider.timeout_seconds, max_retries=0) as client:
        while True:
            sent = await _send_until_answered(client, request, conversation, recorder, retries)
            reply = _read_reply(sent.response, validate)
            await recorder.reply(sent, reply.problem)
            if reply.problem is None:
                return reply.data, recorder.summary
            conversation = _reask(conversation, reply, recorder.summary, reasks)


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
