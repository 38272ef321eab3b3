"""Reading one uploaded file in a process of its own, which exits when it has answered.

The parsers (pypdf, python-docx, python-pptx) run on hostile input, and some inputs make them slow or greedy: a
55 KB PDF can take minutes, and walking a 100,000-page PDF's page tree takes hundreds of MB that a long-lived
server would keep. So the server never parses a document itself. Each uploaded file goes to a fresh Python
process, with an address-space limit (DOCUMENT_MAX_MEMORY_MB) and a wall clock (DOCUMENT_MAX_SECONDS, after
which it is killed); everything it used goes back to the system when it exits. A document that needs more is
refused with a 422 that names it and says what to do.

    read = await read_in_child("Unit 3.zip", data)      # the server's side: bytes in, an UploadResult out
    python -m app.services.documents.reader_process     # the reader's side: a JSON line, then the file's bytes,
                                                        # on stdin; one JSON reply (ReaderReply) on stdout

The reader gets no environment from the server (no database address, no keys): only the file and its limits.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
import weakref
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
_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = weakref.WeakKeyDictionary()


class ReadRequest(BaseModel):
    """What the server sends the reader before the file's bytes: one line of JSON."""

    name: str
    limits: Limits
    allowed_extensions: list[str]


class ReaderReply(BaseModel):
    """What the reader answers: the documents read, or why the file was refused."""

    pid: int
    result: UploadResult | None = None
    refused: str = ""
    refused_whole: bool = False  # a refusal of the whole file (WholeUploadRejected), e.g. over a bound


class ChildRead(NamedTuple):
    """An uploaded file as the reader process read it, and that process's id."""

    result: UploadResult
    pid: int


async def read_in_child(
    name: str, data: bytes, *, limits: Limits | None = None, allowed_extensions: list[str] | None = None
) -> ChildRead:
    """Read one uploaded file (`documents.read_upload`) in a new process that exits afterwards.

    Raises UploadRejected, naming the file, when it cannot be used (over a bound, damaged, or the reader was
    stopped), and Unavailable (503) when the server cannot start a reader at all; never another error.
    """
    limits = limits or Limits.from_settings()
    request = ReadRequest(
        name=name, limits=limits, allowed_extensions=allowed_extensions or get_settings().allowed_extension_list
    )
    async with _gate():
        output, returncode, errors = await _run(request.model_dump_json().encode() + b"\n" + data, name, limits)
    return _answer(name, output, returncode, errors)


def _gate() -> asyncio.Semaphore:
    """At most MAX_READERS readers at once (one semaphore per event loop: the tests run several loops)."""
    loop = asyncio.get_running_loop()
    gate = _gates.get(loop)
    if gate is None:
        gate = _gates[loop] = asyncio.Semaphore(MAX_READERS)
    return gate


async def _run(payload: bytes, name: str, limits: Limits) -> tuple[bytes, int, bytes]:
    """Start the reader, hand it the payload, and wait for its answer; kill it when its time is up (and when the
    request is abandoned, so no reader outlives the upload it was for)."""
    try:
        process = await asyncio.create_subprocess_exec(
            # -E: ignore PYTHON* variables; -s: no user site-packages; -B: write no .pyc files.
            sys.executable, "-E", "-s", "-B", "-m", MODULE,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            cwd=BACKEND_ROOT, env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"},
        )
    except OSError:  # no processes or memory left on the server: nothing to do with the file
        log.exception("could not start a reader for %s", name)
        raise Unavailable(
            "Lesson documents cannot be read just now: the server is short of room. Try again in a minute, and if "
            "it keeps happening, tell your admin."
        ) from None
    try:
        output, errors = await asyncio.wait_for(
            process.communicate(payload), timeout=limits.max_seconds + KILL_AFTER_EXTRA_SECONDS
        )
    except TimeoutError:
        log.warning("reading %s took longer than %ss: the reader was stopped", name, limits.max_seconds)
        raise safety.too_slow(name, limits) from None
    finally:
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
    return output, process.returncode, errors


def _answer(name: str, output: bytes, returncode: int, errors: bytes) -> ChildRead:
    """The reader's reply as a ChildRead or the refusal it carries; a reader that died without one (killed by
    the memory limit inside a C library, for instance) means the file could not be read here."""
    if errors:  # a parser's traceback, or why the reader died
        log.warning("the reader of %s (exit code %s) said: %s", name, returncode, errors[-4000:].decode(errors="replace"))
    try:
        reply = ReaderReply.model_validate_json(output) if returncode == 0 else None
    except ValueError:
        reply = None
    if reply is None:
        raise UploadRejected(
            f"‘{name}’ could not be read: it needs more memory or time than this server allows, or it is damaged. "
            "Open it, save it again (or split it), and upload the new copy."
        )
    if reply.result is None:
        raise (WholeUploadRejected if reply.refused_whole else UploadRejected)(reply.refused)
    return ChildRead(reply.result, reply.pid)


# --- The reader's side ------------------------------------------------------------------------------------------


def _limit_resources(limits: Limits) -> None:
    """Where the OS allows: this process's memory, CPU time (a backstop should the server be gone) and files."""
    import resource  # Unix only; the reader is started only where it exists

    memory = limits.max_memory_mb * 1024 * 1024
    cpu = int(limits.max_seconds + KILL_AFTER_EXTRA_SECONDS) + 1
    for kind, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu), (resource.RLIMIT_FSIZE, 0),
                        (resource.RLIMIT_CORE, 0)):
        with contextlib.suppress(ValueError, OSError):  # e.g. macOS refuses some address-space limits
            resource.setrlimit(kind, (value, value))


def read_here(request: ReadRequest, data: bytes) -> ReaderReply:
    """Read the file in this process (the reader's work), as a reply: the result or the refusal."""
    refusal: UploadRejected | None = None
    reserve = bytearray(MEMORY_RESERVE)  # given back on a failure, so the refusal can still be made and sent
    try:
        result = read_upload(request.name, data, limits=request.limits,
                             allowed_extensions=request.allowed_extensions)
        return ReaderReply(pid=os.getpid(), result=result)
    except UploadRejected as exc:
        refusal = exc
    except MemoryError:
        reserve.clear()  # the refusal is made below, once leaving this block has let the parser's memory go
    except Exception:  # a parser failing on a file it should have refused: reported, never a crash
        reserve.clear()
        log.exception("document extraction failed for %s", request.name)
        refusal = safety.could_not_read(request.name)
    reserve.clear()
    # Running out of memory does not always show as a MemoryError (a parser may report it as damage, CPython as
    # a SystemError): a failure with the memory nearly all used is taken for what it is.
    if refusal is None or (not isinstance(refusal, WholeUploadRejected) and _memory_nearly_used(request.limits)):
        refusal = safety.too_much_memory(request.name)
    return ReaderReply(pid=os.getpid(), refused=refusal.detail,
                       refused_whole=isinstance(refusal, WholeUploadRejected))


def _memory_nearly_used(limits: Limits) -> bool:
    """Whether this process's peak address space came within a tenth of its limit (Linux; elsewhere False)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return False
    peak_kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmPeak:")), 0)
    return peak_kb * 1024 >= 0.9 * limits.max_memory_mb * 1024 * 1024


def main() -> None:
    """The reader process: a ReadRequest line and the file's bytes on stdin, a ReaderReply on stdout."""
    request = ReadRequest.model_validate_json(sys.stdin.buffer.readline())
    data = sys.stdin.buffer.read()
    _limit_resources(request.limits)
    reply = read_here(request, data)
    sys.stdout.write(reply.model_dump_json())
    sys.stdout.flush()


if __name__ == "__main__":
    main()
