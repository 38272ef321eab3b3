"""Reading the files of one upload in a process of its own, which exits when it has answered them all.

The parsers (pypdf, python-docx, python-pptx) run on hostile input, and some inputs make them slow or greedy: a
55 KB PDF can take minutes, and walking a 100,000-page PDF's page tree takes hundreds of MB that a long-lived
server would keep. So the server never parses a document itself. An upload's files go to a fresh Python process,
one after another, with an address-space limit (DOCUMENT_MAX_MEMORY_MB) and a wall clock per file
(DOCUMENT_MAX_SECONDS, after which it is killed); everything it used goes back to the system when it exits. A
document that needs more is refused with a 422 that names it and says what to do; the other files are still read.

Starting the reader costs about 0.7 s (Python and the parsers), so one reader reads a whole upload. It hands
over to a fresh one when it could not answer (killed by its clock or a parser's crash: that file is refused) and
when its address space has passed half its limit (so the next file has its own room, and the memory test in
`read_here` stays true for the file it is about).

    readings = await read_all_in_child([FileToRead("Unit 3.zip", upload.read), ...])   # the server's side
    python -m app.services.documents.reader_process     # the reader's side: a ReadRequest line, then per file a
                                                        # FileHeader line and its bytes, on stdin; "ready" once
                                                        # started, then per file its reply's length on a line
                                                        # and the ReaderReply, on stdout

The reader gets no environment from the server (no database address, no keys): only the files and their limits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel

from app.config import get_settings
from app.errors import Unavailable
from app.services.documents import read_upload, safety
from app.services.documents.extracted import UploadRejected, UploadResult, WholeUploadRejected
from app.services.documents.safety import Limits

log = logging.getLogger(__name__)

MODULE = "app.services.documents.reader_process"
# The folder that holds the `app` package: the reader is started there, so `python -m` finds this module.
BACKEND_ROOT = Path(__file__).resolve().parents[3]
# The reader checks its own time between pages, and refuses calmly; the kill is for a page that never ends.
KILL_AFTER_EXTRA_SECONDS = 2.0
# Readers running at once in one server process: each may use DOCUMENT_MAX_MEMORY_MB. Others wait their turn.
MAX_READERS = 2
# Memory the reader holds back while it reads, and lets go if reading fails, so that it can still answer.
MEMORY_RESERVE = 8 * 1024 * 1024
# A reader whose address space has passed this share of its limit reads no further file: a fresh one does.
HAND_OVER_AT = 0.5
# How long a reader that has answered everything is given to exit before it is killed.
EXIT_SECONDS = 5.0
# How long a new reader may take to start (Python and the parsers: about 0.7 s, much more on a busy server) before
# its first file's clock starts: starting is the server's cost, not the file's.
START_SECONDS = 30.0
READY = b"ready\n"  # the line a reader writes once it has started and taken its bounds
ERRORS_KEPT = 4000  # the end of what a reader wrote on stderr, for the log
_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = weakref.WeakKeyDictionary()


class ReadRequest(BaseModel):
    """What the server sends the reader first: one line of JSON, the bounds for every file that follows."""

    limits: Limits
    allowed_extensions: list[str]


class FileHeader(BaseModel):
    """What the server sends before each file's bytes: one line of JSON."""

    name: str
    size: int


class ReaderReply(BaseModel):
    """What the reader answers for one file: the documents read, or why the file was refused."""

    pid: int
    result: UploadResult | None = None
    refused: str = ""
    refused_whole: bool = False  # a refusal of the whole file (WholeUploadRejected), e.g. over a bound
    last: bool = False  # the reader reads no further file (it has used much of its memory): start a fresh one


class FileToRead(NamedTuple):
    """An uploaded file to read: its name, and how to get its bytes (asked for only when it is its turn)."""

    name: str
    read: Callable[[], Awaitable[bytes]]


class ChildRead(NamedTuple):
    """An uploaded file as the reader process read it, and that process's id."""

    result: UploadResult
    pid: int


class FileReading(NamedTuple):
    """One file of an upload once the reader has answered: what it read, or why the file was refused."""

    name: str
    read: ChildRead | None
    refusal: UploadRejected | None = None


async def read_in_child(
    name: str, data: bytes, *, limits: Limits | None = None, allowed_extensions: list[str] | None = None
) -> ChildRead:
    """Read one uploaded file (`documents.read_upload`) in a new process that exits afterwards.

    Raises UploadRejected, naming the file, when it cannot be used (over a bound, damaged, or the reader was
    stopped), and Unavailable (503) when the server cannot start a reader at all; never another error.
    """

    async def the_bytes() -> bytes:
        return data

    [reading] = await read_all_in_child([FileToRead(name, the_bytes)], limits=limits,
                                        allowed_extensions=allowed_extensions)
    if reading.read is None:
        raise reading.refusal or safety.could_not_read(name)
    return reading.read


async def read_all_in_child(
    files: Sequence[FileToRead], *, limits: Limits | None = None, allowed_extensions: list[str] | None = None
) -> list[FileReading]:
    """Read the files of one upload, in order, in one new process that exits afterwards (another only when that
    one could not go on); each file within the bounds, and its time bound counted from when it is handed over.

    A file that cannot be used has its refusal (UploadRejected naming it) in its FileReading, and the others are
    still read. Raises Unavailable (503) when the server cannot start a reader at all; never another error.
    """
    limits = limits or Limits.from_settings()
    allowed = allowed_extensions or get_settings().allowed_extension_list
    request = ReadRequest(limits=limits, allowed_extensions=allowed)
    readings: list[FileReading] = []
    async with _gate():
        while len(readings) < len(files):
            async with _reader(request, files[len(readings)].name) as reader:
                while len(readings) < len(files) and reader.goes_on:
                    readings.append(await reader.read(files[len(readings)], last=len(readings) == len(files) - 1))
    return readings


def _gate() -> asyncio.Semaphore:
    """At most MAX_READERS readers at once (one semaphore per event loop: the tests run several loops)."""
    loop = asyncio.get_running_loop()
    gate = _gates.get(loop)
    if gate is None:
        gate = _gates[loop] = asyncio.Semaphore(MAX_READERS)
    return gate


async def start_reader(first: str) -> asyncio.subprocess.Process:
    """A new reader process, with none of the server's environment; Unavailable (503) when none can be started."""
    try:
        return await asyncio.create_subprocess_exec(
            # -E: ignore PYTHON* variables; -s: no user site-packages; -B: write no .pyc files.
            sys.executable, "-E", "-s", "-B", "-m", MODULE,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            cwd=BACKEND_ROOT, env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"},
        )
    except OSError:  # no processes or memory left on the server: nothing to do with the files
        log.exception("could not start a reader for %s", first)
        raise _short_of_room() from None


def _short_of_room() -> Unavailable:
    return Unavailable(
        "Lesson documents cannot be read just now: the server is short of room. Try again in a minute, and if "
        "it keeps happening, tell your admin."
    )


@contextlib.asynccontextmanager
async def _reader(request: ReadRequest, first: str) -> AsyncIterator[_Reader]:
    """A started reader that has its bounds; killed on the way out if it is still running (also when the request
    is abandoned, so no reader outlives the upload it was for), and what it said on stderr logged."""
    process = await start_reader(first)
    reader = _Reader(process, request.limits)
    try:
        reader.send(request.model_dump_json().encode() + b"\n")
        yield reader
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), timeout=EXIT_SECONDS)
    finally:
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
        await reader.log_errors()


class _Reader:
    """The server's side of one reader process: hands it a file at a time and waits for its reply."""

    def __init__(self, process: asyncio.subprocess.Process, limits: Limits) -> None:
        self.process = process
        self.limits = limits
        self.goes_on = True  # False once it has been stopped, has died, or said it will read no more
        self.started = False  # True once it has said it is ready
        self.current = ""
        self.errors = bytearray()
        self._errors_read = asyncio.ensure_future(self._keep_errors())

    def send(self, data: bytes) -> None:
        """Hand the reader more of its input (flushed by `_reply`)."""
        assert self.process.stdin is not None
        with contextlib.suppress(ConnectionError):  # it has died: its reply is missing, and says so
            self.process.stdin.write(data)

    async def read(self, file: FileToRead, *, last: bool) -> FileReading:
        """The reader's answer for one file; a reader that did not answer in time, or died, is done with."""
        self.current = file.name
        data = await file.read()
        self.send(FileHeader(name=file.name, size=len(data)).model_dump_json().encode() + b"\n" + data)
        del data
        try:
            await self._handed_over(last=last)
        except TimeoutError:  # the server is too busy to start a reader: no file's fault
            log.warning("a reader for %s did not start in %ss: it was stopped", file.name, START_SECONDS)
            self._stop()
            raise _short_of_room() from None
        try:
            reply = await asyncio.wait_for(self._reply(), timeout=self.limits.max_seconds + KILL_AFTER_EXTRA_SECONDS)
        except TimeoutError:
            log.warning("reading %s took longer than %ss: the reader was stopped", file.name,
                        self.limits.max_seconds)
            self._stop()
            return FileReading(file.name, None, safety.too_slow(file.name, self.limits))
        if reply is None:  # died without answering (killed by the memory limit inside a C library, for instance)
            self._stop()
            return FileReading(file.name, None, UploadRejected(
                f"‘{file.name}’ could not be read: it needs more memory or time than this server allows, or it is "
                "damaged. Open it, save it again (or split it), and upload the new copy."
            ))
        self.goes_on = not reply.last
        if reply.result is None:
            return FileReading(file.name, None, (WholeUploadRejected if reply.refused_whole else UploadRejected)(
                reply.refused))
        return FileReading(file.name, ChildRead(reply.result, reply.pid))

    async def _handed_over(self, *, last: bool) -> None:
        """Wait until the file has been handed over and, for a new reader, until it has started (TimeoutError when
        it has not started in START_SECONDS; a reader that ended instead is found out by `_reply`)."""
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        with contextlib.suppress(ConnectionError):
            await stdin.drain()
            if last:
                stdin.close()  # nothing more to read: the reader exits once it has answered
        if not self.started:
            self.started = await asyncio.wait_for(stdout.readline(), timeout=START_SECONDS) == READY

    async def _reply(self) -> ReaderReply | None:
        """The next reply, or None when the reader ended without one."""
        stdout = self.process.stdout
        assert stdout is not None
        try:
            size = int(await stdout.readline())
            return ReaderReply.model_validate_json(await stdout.readexactly(size))
        except (ValueError, asyncio.IncompleteReadError):
            return None

    def _stop(self) -> None:
        self.goes_on = False
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()

    async def _keep_errors(self) -> None:
        """What the reader writes on stderr (a parser's traceback, or why it died), its end kept for the log."""
        assert self.process.stderr is not None
        while chunk := await self.process.stderr.read(65536):
            self.errors = (self.errors + chunk)[-ERRORS_KEPT:]

    async def log_errors(self) -> None:
        """Log what the reader said on stderr, naming the file it was reading last."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._errors_read, timeout=1.0)
        if self.errors:
            log.warning("the reader of %s (exit code %s) said: %s", self.current, self.process.returncode,
                        self.errors.decode(errors="replace"))


# --- The reader's side ------------------------------------------------------------------------------------------


def _limit_resources(limits: Limits) -> None:
    """Where the OS allows: this process's memory (for all the files it reads) and files it may write."""
    import resource  # Unix only; the reader is started only where it exists

    memory = limits.max_memory_mb * 1024 * 1024
    for kind, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_FSIZE, 0), (resource.RLIMIT_CORE, 0)):
        with contextlib.suppress(ValueError, OSError):  # e.g. macOS refuses some address-space limits
            resource.setrlimit(kind, (value, value))


def _limit_cpu_for_one_file(limits: Limits) -> None:
    """CPU time for the next file, on top of what has been used (a backstop should the server be gone)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    allowed = int(usage.ru_utime + usage.ru_stime + limits.max_seconds + KILL_AFTER_EXTRA_SECONDS) + 1
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if hard != resource.RLIM_INFINITY:
        allowed = min(allowed, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (allowed, hard))  # the soft limit only: it is raised again per file


def read_here(name: str, data: bytes, request: ReadRequest) -> ReaderReply:
    """Read one file in this process (the reader's work), as a reply: the result or the refusal."""
    refusal: UploadRejected | None = None
    reserve = bytearray(MEMORY_RESERVE)  # given back on a failure, so the refusal can still be made and sent
    try:
        result = read_upload(name, data, limits=request.limits, allowed_extensions=request.allowed_extensions)
        return ReaderReply(pid=os.getpid(), result=result, last=_memory_used(request.limits) >= HAND_OVER_AT)
    except UploadRejected as exc:
        refusal = exc
    except MemoryError:
        reserve.clear()  # the refusal is made below, once leaving this block has let the parser's memory go
    except Exception:  # a parser failing on a file it should have refused: reported, never a crash
        reserve.clear()
        log.exception("document extraction failed for %s", name)
        refusal = safety.could_not_read(name)
    reserve.clear()
    # Running out of memory does not always show as a MemoryError (a parser may report it as damage, CPython as
    # a SystemError): a failure with the memory nearly all used is taken for what it is. (Earlier files in this
    # process stayed under HAND_OVER_AT, so the peak is this file's.)
    used = _memory_used(request.limits)
    if refusal is None or (not isinstance(refusal, WholeUploadRejected) and used >= 0.9):
        refusal = safety.too_much_memory(name)
        used = 1.0
    return ReaderReply(pid=os.getpid(), refused=refusal.detail,
                       refused_whole=isinstance(refusal, WholeUploadRejected), last=used >= HAND_OVER_AT)


def _memory_used(limits: Limits) -> float:
    """The share of its memory limit this process's peak address space has reached (Linux; elsewhere 0)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0.0
    peak_kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmPeak:")), 0)
    return peak_kb * 1024 / (limits.max_memory_mb * 1024 * 1024)


def main() -> None:
    """The reader process: a ReadRequest line, then per file a FileHeader line and its bytes, on stdin; a READY line
    once started, then per file the length of its ReaderReply on a line, and the reply, on stdout. Ends at the end of stdin, or after a reply
    that says it is the last."""
    request = ReadRequest.model_validate_json(sys.stdin.buffer.readline())
    _limit_resources(request.limits)
    sys.stdout.buffer.write(READY)  # started: the first file's clock starts now
    sys.stdout.buffer.flush()
    while header_line := sys.stdin.buffer.readline():
        header = FileHeader.model_validate_json(header_line)
        data = sys.stdin.buffer.read(header.size)
        _limit_cpu_for_one_file(request.limits)
        reply = read_here(header.name, data, request)
        del data
        encoded = reply.model_dump_json().encode()
        sys.stdout.buffer.write(b"%d\n" % len(encoded) + encoded)
        sys.stdout.buffer.flush()
        if reply.last:
            return


if __name__ == "__main__":
    main()
