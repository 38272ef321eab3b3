"""The runner's health: a trivial program run through the real sandbox, exactly as pupils' code is run.

A service that answers HTTP but cannot start bubblewrap (a container with the wrong options, a missing user) is
not healthy: every pupil's code would come back "unavailable". So the check runs the isolation's own probe job
with the isolation in use, and passes only when the right answer comes back. A pass is kept for PASS_FOR_SECONDS
(the container checks every 15 s, so each of its checks runs one); a failure is never kept.
"""

from __future__ import annotations

import time

from app.sandbox import selection
from app.sandbox.isolation import IsolationError

PASS_FOR_SECONDS = 5.0

_passed_at: float | None = None


async def run() -> str | None:
    """None when a trivial program runs correctly in the sandbox now, else why not (for the log and the reply)."""
    global _passed_at
    if _passed_at is not None and time.monotonic() - _passed_at < PASS_FOR_SECONDS:
        return None
    try:
        isolation = await selection.current()
    except IsolationError as exc:
        return str(exc)
    problem = await selection.probe(isolation)
    _passed_at = time.monotonic() if problem is None else None
    return problem
