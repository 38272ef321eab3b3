"""Metrics, request ids and structured logs: what an admin (or Prometheus) needs to see how the app is doing.

- `metrics`: a tiny dependency-free registry rendered in the Prometheus text format at /api/metrics. Other code
  bumps it directly, e.g. `metrics.sandbox_runs.inc(status="ok")` or `metrics.record_ai_call(...)`. Values live in
  this process: with several uvicorn workers or replicas each reports its own, and Prometheus sums them (the
  database-backed gauges, such as active attempts, are the same from every process).
- `RequestMiddleware`: gives every request an id (kept from our own proxy, otherwise made here), times it,
  counts it by route template, and writes one access-log line.
- `configure_logging`: plain lines for people, or one JSON object per line (LOG_JSON=true) for a log collector,
  every line carrying the id of the request it belongs to.
"""

from __future__ import annotations

import contextvars
import json
import logging
import math
import re
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TextIO

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.models import Attempt, AttemptStatus, Job, JobStatus
from app.utils.net import _is_trusted, client_ip

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
REQUEST_ID_HEADER = "X-Request-ID"
# A request id from our own proxy is kept only if it looks like one (no log injection through the header).
_REQUEST_ID_SHAPE = re.compile(r"^[A-Za-z0-9._:-]{8,100}$")
# Probes hit these every few seconds: count them, but keep them out of the access log unless debugging.
QUIET_PATHS = frozenset({"/api/health", "/api/ready", "/api/metrics"})

_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)

access_log = logging.getLogger("app.access")


# --- Metrics --------------------------------------------------------------------------------------------------


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


class _Metric:
    """One metric family: a name, a help text, fixed label names and one value (or histogram) per label set."""

    kind = "untyped"

    def __init__(self, name: str, help_text: str, labelnames: Sequence[str] = ()) -> None:
        self.name = name
        self.help = help_text
        self.labelnames = tuple(labelnames)
        self._lock = threading.Lock()
        self._values: dict[tuple[str, ...], object] = {}

    def _key(self, labels: dict[str, object]) -> tuple[str, ...]:
        unknown = set(labels) - set(self.labelnames)
        if unknown:
            raise ValueError(f"{self.name} has no label(s) {sorted(unknown)}; it has {list(self.labelnames)}")
        # A label left out is reported as empty, so `.inc()` always works.
        return tuple(str(labels.get(name, "")) for name in self.labelnames)

    def _label_text(self, key: tuple[str, ...], extra: Iterable[tuple[str, str]] = ()) -> str:
        pairs = [*zip(self.labelnames, key, strict=True), *extra]
        if not pairs:
            return ""
        return "{" + ",".join(f'{name}="{_escape(value)}"' for name, value in pairs) + "}"

    def clear(self) -> None:
        with self._lock:
            self._values.clear()

    def samples(self) -> list[str]:
        raise NotImplementedError

    def render(self) -> str:
        head = f"# HELP {self.name} {self.help}\n# TYPE {self.name} {self.kind}\n"
        return head + "".join(line + "\n" for line in self.samples())


class Counter(_Metric):
    """A count that only goes up (requests served, sandbox runs, tokens used)."""

    kind = "counter"

    def inc(self, amount: float = 1.0, **labels: object) -> None:
        if amount < 0:
            raise ValueError("a counter cannot go down")
        key = self._key(labels)
        with self._lock:
            self._values[key] = self._values.get(key, 0.0) + amount

    def value(self, **labels: object) -> float:
        return float(self._values.get(self._key(labels), 0.0))

    def samples(self) -> list[str]:
        with self._lock:
            items = sorted(self._values.items())
        return [f"{self.name}{self._label_text(key)} {_number(value)}" for key, value in items]


class Gauge(_Metric):
    """A value that goes up and down (attempts in progress, jobs waiting)."""

    kind = "gauge"

    def set(self, value: float, **labels: object) -> None:
        key = self._key(labels)
        with self._lock:
            self._values[key] = float(value)

    def inc(self, amount: float = 1.0, **labels: object) -> None:
        key = self._key(labels)
        with self._lock:
            self._values[key] = self._values.get(key, 0.0) + amount

    def dec(self, amount: float = 1.0, **labels: object) -> None:
        self.inc(-amount, **labels)

    def value(self, **labels: object) -> float:
        return float(self._values.get(self._key(labels), 0.0))

    def samples(self) -> list[str]:
        with self._lock:
            items = sorted(self._values.items())
        return [f"{self.name}{self._label_text(key)} {_number(value)}" for key, value in items]


class _HistogramValue:
    __slots__ = ("counts", "sum", "count")

    def __init__(self, size: int) -> None:
        self.counts = [0] * size
        self.sum = 0.0
        self.count = 0


class Histogram(_Metric):
    """How long things take, in cumulative buckets (Prometheus computes percentiles from these)."""

    kind = "histogram"
    DEFAULT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

    def __init__(
        self, name: str, help_text: str, labelnames: Sequence[str] = (), buckets: Sequence[float] = DEFAULT_BUCKETS
    ) -> None:
        super().__init__(name, help_text, labelnames)
        self.buckets = tuple(sorted(float(b) for b in buckets if not math.isinf(b))) + (math.inf,)

    def observe(self, value: float, **labels: object) -> None:
        key = self._key(labels)
        with self._lock:
            entry = self._values.get(key)
            if entry is None:
                entry = self._values[key] = _HistogramValue(len(self.buckets))
            for index, bound in enumerate(self.buckets):
                if value <= bound:
                    entry.counts[index] += 1
                    break
            entry.sum += value
            entry.count += 1

    def count(self, **labels: object) -> int:
        entry = self._values.get(self._key(labels))
        return entry.count if entry else 0

    def samples(self) -> list[str]:
        lines = []
        with self._lock:
            items = sorted((key, list(v.counts), v.sum, v.count) for key, v in self._values.items())
        for key, counts, total, count in items:
            running = 0
            for bound, n in zip(self.buckets, counts, strict=True):
                running += n
                lines.append(f"{self.name}_bucket{self._label_text(key, [('le', _number(bound))])} {running}")
            lines.append(f"{self.name}_sum{self._label_text(key)} {_number(total)}")
            lines.append(f"{self.name}_count{self._label_text(key)} {count}")
        return lines


class Metrics:
    """Every metric the app reports. One instance per process: `observability.metrics`."""

    def __init__(self) -> None:
        self.started_at = time.time()
        self.http_requests = Counter(
            "ks3_http_requests_total", "HTTP requests answered, by method, route template and status.",
            ("method", "route", "status"),
        )
        self.http_request_seconds = Histogram(
            "ks3_http_request_duration_seconds", "Time to answer HTTP requests, by method and route template.",
            ("method", "route"),
        )
        self.http_errors = Counter(
            "ks3_http_errors_total", "Requests that ended in a server error (5xx or an unhandled exception).",
            ("route",),
        )
        self.sandbox_runs = Counter(
            "ks3_sandbox_runs_total", "Pupil code runs, by how they ended (ok, timeout, memory, ...).", ("status",)
        )
        self.sandbox_seconds = Histogram(
            "ks3_sandbox_run_duration_seconds", "Wall-clock time of pupil code runs.",
            buckets=(0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0),
        )
        self.ai_calls = Counter(
            "ks3_ai_calls_total", "Calls to the AI provider, by operation and outcome (ok or error).",
            ("operation", "outcome"),
        )
        self.ai_tokens = Counter("ks3_ai_tokens_total", "AI tokens used, by direction (input or output).", ("direction",))
        self.ai_seconds = Histogram(
            "ks3_ai_call_duration_seconds", "Time the AI provider took to answer, by operation.", ("operation",),
            buckets=(0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 40.0, 60.0, 120.0),
        )
        self.active_attempts = Gauge(
            "ks3_active_attempts", "Assessment attempts in progress (from the database: the same in every process)."
        )
        self.jobs = Gauge("ks3_jobs", "Background jobs by status (from the database).", ("status",))
        self.database_up = Gauge("ks3_database_up", "1 when the last metrics read of the database worked, else 0.")
        self.process_start = Gauge("ks3_process_start_time_seconds", "When this process started (Unix time).")
        self.process_start.set(self.started_at)
        self._families: tuple[_Metric, ...] = (
            self.http_requests, self.http_request_seconds, self.http_errors,
            self.sandbox_runs, self.sandbox_seconds,
            self.ai_calls, self.ai_tokens, self.ai_seconds,
            self.active_attempts, self.jobs, self.database_up, self.process_start,
        )  # fmt: skip

    def record_sandbox_run(self, *, status: str, seconds: float) -> None:
        """One pupil code run ended with `status` after `seconds` of wall-clock time."""
        self.sandbox_runs.inc(status=status)
        self.sandbox_seconds.observe(seconds)

    def record_ai_call(
        self, *, operation: str, ok: bool, input_tokens: int = 0, output_tokens: int = 0, seconds: float = 0.0
    ) -> None:
        """One call to the AI provider (generation, regeneration, marking...), successful or not."""
        self.ai_calls.inc(operation=operation, outcome="ok" if ok else "error")
        if input_tokens:
            self.ai_tokens.inc(input_tokens, direction="input")
        if output_tokens:
            self.ai_tokens.inc(output_tokens, direction="output")
        self.ai_seconds.observe(seconds, operation=operation)

    def render(self) -> str:
        """Every metric in the Prometheus text exposition format (version 0.0.4)."""
        return "".join(family.render() for family in self._families)

    def reset(self) -> None:
        """Forget every value (tests); the process start time stays."""
        for family in self._families:
            if family is not self.process_start:
                family.clear()


metrics = Metrics()


# --- Request ids, timing and the access log -------------------------------------------------------------------


def current_request_id() -> str | None:
    """The id of the request being handled, for logs and for messages an admin may need to look up."""
    return _request_id.get()


def _route_label(request: Request) -> str:
    """The route template (/api/units/{unit_id}), never the raw path, so metrics stay a bounded set."""
    is_api = request.url.path.startswith("/api/")
    path = getattr(request.scope.get("route"), "path", None)
    if path:
        # Routes of an included router may carry their path without the router's /api prefix.
        return "/api" + path if is_api and not path.startswith("/api/") else path
    return "unmatched" if is_api else "static"


def _incoming_request_id(request: Request) -> str | None:
    value = request.headers.get(REQUEST_ID_HEADER)
    peer = request.client.host if request.client else None
    if value and _is_trusted(peer) and _REQUEST_ID_SHAPE.match(value):
        return value
    return None


class RequestMiddleware:
    """Request id, timing, metrics and one access-log line for every request.

    Plain ASGI rather than a function-style (`@app.middleware("http")`) middleware: that style runs every request
    through extra tasks and memory streams, which was about a third of the CPU of a pupil's autosave."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        request_id = _incoming_request_id(request) or uuid.uuid4().hex
        token = _request_id.set(request_id)
        request.state.request_id = request_id
        started = time.perf_counter()
        recorded = False

        def record(status: int) -> None:
            nonlocal recorded
            recorded = True
            elapsed = time.perf_counter() - started
            route = _route_label(request)
            metrics.http_requests.inc(method=request.method, route=route, status=status)
            metrics.http_request_seconds.observe(elapsed, method=request.method, route=route)
            if status >= 500:
                metrics.http_errors.inc(route=route)
            user_id = getattr(request.state, "user_id", None)
            access_log.log(
                logging.DEBUG if request.url.path in QUIET_PATHS and status < 500 else logging.INFO,
                "%s %s %s %.1fms",
                request.method,
                request.url.path,
                status,
                elapsed * 1000,
                extra={
                    "method": request.method,
                    "path": request.url.path,
                    "route": route,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 1),
                    "client_ip": client_ip(request),
                    "user_id": str(user_id) if user_id is not None else None,
                },
            )

        async def send_with_request_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
                # Counted and logged as the answer starts, so the log line is written before the client has it.
                record(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_with_request_id)
        finally:
            if not recorded:  # the app failed before answering: the error handler outside us sends the 500
                record(500)
            _request_id.reset(token)


# --- Logging --------------------------------------------------------------------------------------------------

# Attributes every LogRecord has; anything else on a record came from `extra=` and goes into the JSON.
_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message", "asctime", "color_message", "rid"
}


class RequestIdFilter(logging.Filter):
    """Stamps every record with the current request id (None outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = _request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id and any `extra=` fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRS and key not in entry:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        return json.dumps(entry, default=str, ensure_ascii=False)


class PlainFormatter(logging.Formatter):
    """Readable lines for a person at a terminal, with the request id when there is one."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s%(rid)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        request_id = getattr(record, "request_id", None)
        record.rid = f" [{request_id[:12]}]" if request_id else ""
        return super().format(record)


def configure_logging(*, json_lines: bool, level: str = "INFO", stream: TextIO | None = None) -> logging.Handler:
    """Send every log line (the app's and uvicorn's) through one handler on stderr, as JSON or plain text.

    Replaces the plain console handler `logging.basicConfig` may have added, leaves other handlers (a test
    runner's capture) alone, and can be called again (each worker process calls it when it imports the app).
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        ours = getattr(handler, "_ks3", False)
        console = type(handler) is logging.StreamHandler and handler.stream in (sys.stderr, sys.stdout)
        if ours or console:
            root.removeHandler(handler)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler._ks3 = True  # type: ignore[attr-defined]
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter() if json_lines else PlainFormatter())
    root.addHandler(handler)
    root.setLevel(level.upper())
    # uvicorn's own loggers go through ours, so a log collector sees one format; its access log is replaced
    # by ours (RequestMiddleware), which carries the request id, route and duration.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = name != "uvicorn.access"
    # Libraries that log every HTTP call or migration step at INFO; the app logs what matters about those.
    for name in ("alembic", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler


async def collect_database_gauges(session: AsyncSession) -> None:
    """Refresh the gauges that come from the database (attempts in progress, jobs by status) before a scrape."""
    try:
        active = await session.scalar(
            select(func.count()).select_from(Attempt).where(Attempt.status == AttemptStatus.in_progress)
        )
        counted = await session.execute(select(Job.status, func.count().label("jobs")).group_by(Job.status))
        by_status = {row.status: row.jobs for row in counted}
    except Exception:
        logging.getLogger("app.metrics").warning("could not read the database for metrics", exc_info=True)
        await session.rollback()
        metrics.database_up.set(0)
        return
    metrics.active_attempts.set(active or 0)
    for status in JobStatus:
        metrics.jobs.set(by_status.get(status, 0), status=status.value)
    metrics.database_up.set(1)
