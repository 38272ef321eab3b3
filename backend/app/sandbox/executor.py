"""Run one job in one sandbox and collect what came back, with every limit enforced from outside.

The sandbox's harness gets the job (and the per-run key) on stdin, runs each test in a process of its own, writes
tagged frames on a dedicated pipe, and the pupil's output on stdout. From here we enforce the wall-clock limit and
the output cap by killing the whole process group, and check every frame as it arrives (protocol.FrameDecoder).
Nothing in here decides whether a test passed.
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

from app.sandbox import protocol, seccomp
from app.sandbox.isolation import MINIMAL_ENV, Isolation, IsolationError, Limits, harness_code

log = logging.getLogger("app.sandbox")

START_GRACE_SECONDS = 1.0  # on top of the pupil's time limit, for starting the sandbox itself
STDERR_CAP_BYTES = 16 * 1024  # diagnostics only (bubblewrap's own complaints)
KILL_WAIT_SECONDS = 5.0
CELL_CHARS = 200  # the harness cuts each trace-table value to this many characters


@dataclass
class Execution:
    """The raw outcome of one sandboxed run: checked frames, capped output, and how it ended."""

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
        """The signal that ended the run: the harness's own (bubblewrap reports it as 128 + n; a direct child as
        -n), else the one that ended a test process, as the harness reported it."""
        code = self.returncode
        if code is not None and code < 0:
            return -code
        if code is not None and code > 128:
            return code - 128
        reported = next((f.fields[0] for f in self.frames if f.kind == "signal"), None)
        return reported if isinstance(reported, int) else None


def result_cap(job: dict) -> int:
    """The most an honest harness could write for this job (text travels as hex); more is tampering."""
    items = len(job.get("tests", ())) + len(job.get("stdins", ()))
    cells = job.get("max_rows", 0) * (len(job.get("variables", ())) + 1)
    return 2 * job["output_limit"] * (items + 2) + cells * 2 * (CELL_CHARS * 4 + 16) + 64 * 1024


class Run:
    """One job in one sandbox: start it, feed it the job, read its output under the caps, enforce the wall clock
    by killing its process group, and collect what came back."""

    proc: asyncio.subprocess.Process  # set by start()
    results: asyncio.StreamReader  # the result pipe's frames
    results_transport: asyncio.ReadTransport

    def __init__(self, isolation: Isolation, limits: Limits, job: dict, run_id: str) -> None:
        self.isolation = isolation
        self.limits = limits
        key = protocol.new_key()
        self.decoder = protocol.FrameDecoder(key, row_width=len(job.get("variables", ())))
        self.stdin_data = protocol.encode_stdin(harness_code(), job, key)
        self.result_cap = result_cap(job)
        self.outcome = Execution(run_id=run_id)
        self.killed = False
        self.workdir: str | None = None
        self.started = 0.0

    @property
    def run_id(self) -> str:
        return self.outcome.run_id

    async def start(self) -> None:
        """Start the sandbox with the result pipe's write end; raises IsolationError if it cannot start."""
        read_fd, write_fd = os.pipe()
        seccomp_fd = seccomp.program_fd() if self.isolation.needs_seccomp else None
        self.workdir = self.isolation.make_workdir() if self.isolation.needs_workdir else None
        env = dict(MINIMAL_ENV, **({"HOME": self.workdir, "TMPDIR": self.workdir} if self.workdir else {}))
        self.started = time.monotonic()
        try:
            argv = self.isolation.command(self.limits, write_fd, seccomp_fd) + [self.run_id]
            self.proc = await asyncio.create_subprocess_exec(
                *argv,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                pass_fds=(write_fd,) if seccomp_fd is None else (write_fd, seccomp_fd),
                start_new_session=True,  # its own process group, so one killpg stops everything it started
                env=env,
                cwd=self.workdir or "/",
            )
        except (OSError, IsolationError) as exc:
            os.close(read_fd)
            _remove(self.workdir)
            raise IsolationError(f"could not start the sandbox ({self.isolation.mode}): {exc}") from exc
        finally:
            os.close(write_fd)
            if seccomp_fd is not None:
                os.close(seccomp_fd)
        self.results = asyncio.StreamReader()
        self.results_transport, _ = await asyncio.get_running_loop().connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(self.results), os.fdopen(read_fd, "rb", buffering=0)
        )

    def kill(self) -> None:
        """Kill the whole process group (once)."""
        if self.killed:
            return
        self.killed = True
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)

    async def feed(self) -> None:
        """Write the harness, the job and the key to the process's stdin, then close it."""
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(self.stdin_data)
            await self.proc.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.proc.stdin.close()

    async def read_capped(self, stream: asyncio.StreamReader, cap: int, *, is_stdout: bool) -> bytes:
        """Up to `cap` bytes of a stream, reading on to its end; stdout past its cap kills the run."""
        chunks: list[bytes] = []
        size = 0
        while chunk := await stream.read(65536):
            if size < cap:
                chunks.append(chunk[: cap - size])
            size += len(chunk)
            if is_stdout and size > cap and not self.outcome.output_overflow:
                self.outcome.output_overflow = True
                self.kill()
        return b"".join(chunks)

    async def read_results(self) -> None:
        """Check each frame as it arrives; a forged frame or too much data kills the run as tampered."""
        size = 0
        while chunk := await self.results.read(65536):
            size += len(chunk)
            if self.outcome.tampered:
                continue
            try:
                if size > self.result_cap:
                    raise protocol.Tampered("result channel over its size cap")
                self.decoder.feed(chunk)
            except protocol.Tampered as exc:
                log.info("sandbox run %s: result channel rejected: %s", self.run_id, exc)
                self.outcome.tampered = True
                self.kill()

    async def supervise(self) -> tuple[bytes, bytes]:
        """Feed and read the process until it ends, killing it at the wall-clock limit; (stdout, stderr)."""
        assert self.proc.stdout is not None and self.proc.stderr is not None
        stdout_cap = self.limits.output_limit_bytes
        readers = [
            asyncio.ensure_future(self.feed()),
            asyncio.ensure_future(self.read_capped(self.proc.stdout, stdout_cap, is_stdout=True)),
            asyncio.ensure_future(self.read_capped(self.proc.stderr, STDERR_CAP_BYTES, is_stdout=False)),
            asyncio.ensure_future(self.read_results()),
        ]
        waiter = asyncio.ensure_future(self.proc.wait())
        try:
            done, _ = await asyncio.wait({waiter}, timeout=self.limits.time_limit + START_GRACE_SECONDS)
            if not done:
                self.outcome.timed_out = True
                self.kill()
            await asyncio.wait_for(asyncio.gather(waiter, *readers), KILL_WAIT_SECONDS)
        except TimeoutError:
            log.error("sandbox run %s (pid %s) did not close its pipes after being killed", self.run_id,
                      self.proc.pid)
        finally:
            if self.proc.returncode is None:
                self.kill()
            for task in (waiter, *readers):
                task.cancel()
            self.results_transport.close()
            _remove(self.workdir)
        return _finished_bytes(readers[1]), _finished_bytes(readers[2])

    def collect(self, stdout: bytes, stderr: bytes) -> Execution:
        """The outcome: how the process ended, its output, and the frames (the decoder's last word on them)."""
        outcome = self.outcome
        outcome.returncode = self.proc.returncode
        outcome.duration_ms = round((time.monotonic() - self.started) * 1000)
        outcome.stdout = stdout.decode("utf-8", errors="replace")
        outcome.stderr = stderr.decode("utf-8", errors="replace")
        if not outcome.tampered:
            try:
                self.decoder.finish(interrupted=self.killed or outcome.signal is not None)
            except protocol.Tampered as exc:
                log.info("sandbox result channel rejected: %s", exc)
                outcome.tampered = True
        outcome.frames = self.decoder.frames
        if any(frame.kind == "tampered" for frame in outcome.frames):
            log.info("sandbox run %s: the harness refused what a test process did", self.run_id)
            outcome.tampered = True
        return outcome


async def execute(isolation: Isolation, limits: Limits, job: dict, *, run_id: str | None = None) -> Execution:
    """Run `job` under `isolation` and `limits`; raises IsolationError if the sandbox could not be started.

    `run_id` (random by default) is the harness's last argument, so logs and tests can find the process.
    """
    run = Run(isolation, limits, job, run_id or secrets.token_hex(6))
    await run.start()
    stdout, stderr = await run.supervise()
    return run.collect(stdout, stderr)


def _finished_bytes(task: asyncio.Future[bytes]) -> bytes:
    """What a reader read, or nothing if it was cancelled before it finished."""
    return task.result() if task.done() and not task.cancelled() else b""


def _remove(workdir: str | None) -> None:
    if workdir:
        shutil.rmtree(workdir, ignore_errors=True)
