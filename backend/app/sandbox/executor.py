"""Run one job in one sandboxed process and collect what came back, with every limit enforced from outside.

The process gets the job (and the per-run key) on stdin, writes tagged frames on a dedicated pipe, and the pupil's
output on stdout. From here we enforce the wall-clock limit and the output cap by killing the whole process group,
and check every frame as it arrives (protocol.FrameDecoder). Nothing in here decides whether a test passed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import shutil
import signal
import time
from dataclasses import dataclass, field

from app.sandbox import protocol
from app.sandbox.isolation import MINIMAL_ENV, Isolation, IsolationError, Limits, harness_code

log = logging.getLogger("app.sandbox")

START_GRACE_SECONDS = 1.0  # on top of the pupil's time limit, for starting the sandbox itself
STDERR_CAP_BYTES = 16 * 1024  # diagnostics only (bubblewrap's own complaints)
KILL_WAIT_SECONDS = 5.0
CELL_CHARS = 200  # the harness cuts each trace-table value to this many characters


@dataclass
class Execution:
    """The raw outcome of one process: checked frames, capped output, and how it ended."""

    run_id: str = ""
    frames: list[protocol.Frame] = field(default_factory=list)
    stdout: str = ""
    stderr: str = ""
    timed_out: bool = False
    output_overflow: bool = False
    tampered: bool = False
    returncode: int | None = None
    duration_ms: int = 0

    @property
    def started(self) -> bool:
        return bool(self.frames) and self.frames[0].kind == "start"

    @property
    def finished(self) -> bool:
        return bool(self.frames) and self.frames[-1].kind == "end"

    @property
    def signal(self) -> int | None:
        """The signal that ended the harness (bubblewrap reports it as 128 + n; a direct child as -n)."""
        code = self.returncode
        if code is None:
            return None
        if code < 0:
            return -code
        if code > 128:
            return code - 128
        return None


def result_cap(job: dict) -> int:
    """The most an honest harness could write for this job (text travels as hex); more is tampering."""
    items = len(job.get("tests", ())) + len(job.get("stdins", ()))
    cells = job.get("max_rows", 0) * (len(job.get("variables", ())) + 1)
    return 2 * job["output_limit"] * (items + 2) + cells * 2 * (CELL_CHARS * 4 + 16) + 64 * 1024


async def execute(isolation: Isolation, limits: Limits, job: dict, *, run_id: str | None = None) -> Execution:
    """Run `job` under `isolation` and `limits`; raises IsolationError if the sandbox could not be started.

    `run_id` (random by default) is the harness's last argument, so logs and tests can find the process.
    """
    run_id = run_id or secrets.token_hex(6)
    key = protocol.new_key()
    decoder = protocol.FrameDecoder(key, row_width=len(job.get("variables", ())))
    stdin_data = protocol.encode_stdin(harness_code(), job, key)
    read_fd, write_fd = os.pipe()
    workdir = isolation.make_workdir() if isolation.needs_workdir else None
    env = dict(MINIMAL_ENV, **({"HOME": workdir, "TMPDIR": workdir} if workdir else {}))
    outcome = Execution(run_id=run_id)
    started = time.monotonic()
    try:
        argv = isolation.command(limits, write_fd) + [run_id]
        proc = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            pass_fds=(write_fd,),
            start_new_session=True,  # its own process group, so one killpg stops everything it started
            env=env,
            cwd=workdir or "/",
        )
    except (OSError, IsolationError) as exc:
        os.close(read_fd)
        _remove(workdir)
        raise IsolationError(f"could not start the sandbox ({isolation.mode}): {exc}") from exc
    finally:
        os.close(write_fd)

    killed = False

    def kill() -> None:
        nonlocal killed
        if killed:
            return
        killed = True
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)

    loop = asyncio.get_running_loop()
    result_reader = asyncio.StreamReader()
    result_transport, _ = await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(result_reader), os.fdopen(read_fd, "rb", buffering=0)
    )

    async def feed() -> None:
        assert proc.stdin is not None
        try:
            proc.stdin.write(stdin_data)
            await proc.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            proc.stdin.close()

    async def read_capped(stream: asyncio.StreamReader, cap: int, *, is_stdout: bool) -> bytes:
        chunks: list[bytes] = []
        size = 0
        while chunk := await stream.read(65536):
            if size < cap:
                chunks.append(chunk[: cap - size])
            size += len(chunk)
            if is_stdout and size > cap and not outcome.output_overflow:
                outcome.output_overflow = True
                kill()
        return b"".join(chunks)

    cap = result_cap(job)

    async def read_results() -> None:
        size = 0
        while chunk := await result_reader.read(65536):
            size += len(chunk)
            if outcome.tampered:
                continue
            try:
                if size > cap:
                    raise protocol.Tampered("result channel over its size cap")
                decoder.feed(chunk)
            except protocol.Tampered as exc:
                log.info("sandbox run %s: result channel rejected: %s", run_id, exc)
                outcome.tampered = True
                kill()

    assert proc.stdout is not None and proc.stderr is not None
    readers = [
        asyncio.ensure_future(feed()),
        asyncio.ensure_future(read_capped(proc.stdout, limits.output_limit_bytes, is_stdout=True)),
        asyncio.ensure_future(read_capped(proc.stderr, STDERR_CAP_BYTES, is_stdout=False)),
        asyncio.ensure_future(read_results()),
    ]
    waiter = asyncio.ensure_future(proc.wait())
    try:
        done, _ = await asyncio.wait({waiter}, timeout=limits.time_limit + START_GRACE_SECONDS)
        if not done:
            outcome.timed_out = True
            kill()
        await asyncio.wait_for(asyncio.gather(waiter, *readers), KILL_WAIT_SECONDS)
    except TimeoutError:
        log.error("sandbox run %s (pid %s) did not close its pipes after being killed", run_id, proc.pid)
    finally:
        if proc.returncode is None:
            kill()
        for task in (waiter, *readers):
            task.cancel()
        result_transport.close()
        _remove(workdir)

    outcome.returncode = proc.returncode
    outcome.duration_ms = round((time.monotonic() - started) * 1000)
    stdout_bytes = readers[1].result() if readers[1].done() and not readers[1].cancelled() else b""
    stderr_bytes = readers[2].result() if readers[2].done() and not readers[2].cancelled() else b""
    outcome.stdout = stdout_bytes.decode("utf-8", errors="replace")
    outcome.stderr = stderr_bytes.decode("utf-8", errors="replace")
    if not outcome.tampered:
        try:
            decoder.finish(interrupted=killed or outcome.signal is not None)
        except protocol.Tampered as exc:
            log.info("sandbox result channel rejected: %s", exc)
            outcome.tampered = True
    outcome.frames = decoder.frames
    return outcome


def _remove(workdir: str | None) -> None:
    if workdir:
        shutil.rmtree(workdir, ignore_errors=True)
