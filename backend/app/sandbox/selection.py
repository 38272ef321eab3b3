"""Choose the strongest isolation that really works on this machine, by running a tiny job in each, once.

A container without user namespaces makes bubblewrap fail; a non-root app cannot `unshare --net`. Rather than
guess, each candidate runs a real probe through the real harness; the first that answers correctly is kept for
the life of the process. If none works, runs report "unavailable" and the probe is retried a minute later.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref

from app.config import get_settings
from app.sandbox.executor import execute
from app.sandbox.isolation import Isolation, IsolationError, Limits, candidates, harness_code

log = logging.getLogger("app.sandbox")

RETRY_AFTER_SECONDS = 60.0
PROBE_JOB = {"mode": "tests", "code": "value = 41\n", "tests": ["value + 1"], "output_limit": 1024}

_chosen: Isolation | None = None
_failure: tuple[float, str] | None = None  # (when, why) of the last time nothing worked
_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()


def _lock() -> asyncio.Lock:
    loop = asyncio.get_running_loop()
    if loop not in _locks:
        _locks[loop] = asyncio.Lock()
    return _locks[loop]


async def probe(isolation: Isolation) -> str | None:
    """None when `isolation` runs the probe job correctly, else why not."""
    limits = Limits(time_limit=5.0, memory_mb=get_settings().sandbox_memory_mb, output_limit_bytes=1024)
    try:
        await asyncio.to_thread(harness_code)  # compiled once, by the sandbox's interpreter
        outcome = await execute(isolation, limits, dict(PROBE_JOB))
    except IsolationError as exc:
        return str(exc)
    results = [f.fields for f in outcome.frames if f.kind == "result"]
    if outcome.finished and results == [(0, "42", None)]:
        return None
    return (outcome.stderr.strip() or f"exit status {outcome.returncode}")[:500]


async def current() -> Isolation:
    """The isolation to use; raises IsolationError when no mode works here."""
    global _chosen, _failure
    if _chosen is not None:
        return _chosen
    async with _lock():
        if _chosen is not None:
            return _chosen
        if _failure and time.monotonic() - _failure[0] < RETRY_AFTER_SECONDS:
            raise IsolationError(_failure[1])
        settings = get_settings()
        reasons = []
        for isolation in candidates(settings.sandbox_isolation, settings.sandbox_user):
            reason = await probe(isolation)
            if reason is None:
                if isolation.mode != "bwrap":
                    log.warning(
                        "sandbox: bubblewrap unavailable, using the weaker %r isolation", isolation.mode
                    )
                if isolation.user is not None and isolation.user.name != settings.sandbox_user:
                    log.warning(
                        "sandbox: no %r user; running pupil code as %r",
                        settings.sandbox_user,
                        isolation.user.name,
                    )
                _chosen, _failure = isolation, None
                return isolation
            reasons.append(f"{isolation.mode}: {reason}")
            log.warning("sandbox: %s isolation does not work here: %s", isolation.mode, reason)
        _failure = (time.monotonic(), "; ".join(reasons) or "no isolation mode available")
        raise IsolationError(_failure[1])


def forget() -> None:
    """Drop the cached choice (tests that change SANDBOX_ISOLATION call this)."""
    global _chosen, _failure
    _chosen, _failure = None, None
