"""The harness that runs pupil code inside the sandbox and reports what happened.

This file is executed, never imported by the app. It is compiled once by the sandbox's own interpreter; each run
starts `/usr/bin/python3 -I -S -u -B -X utf8 -c <bootstrap> <result fd> <run id>` inside bubblewrap, and the
bootstrap (isolation.BOOTSTRAP) reads this code, marshalled, from stdin and runs it. It imports only modules built
into the interpreter, and `resource`, so a run starts in about 10 ms.

Two kinds of process (docs/sandbox.md, section 3):
  the harness     reads the job, the key and the tests' inputs, and never runs pupil code. For each test (each program case, the one
                  trace) it forks a test process, relays what that process reports as tagged frames, then puts the
                  working folder back as it was and checks that nothing the next test process would inherit from
                  it was changed (a test that changed it could pass on what it saw: the run is refused).
  a test process  before any pupil code, drops everything that is not its own: the other tests' inputs (kept
                  only as one bytearray, which it decodes its own input from and then overwrites, so neither an
                  object route — a frame, a global, a closure, a traceback, gc — nor its raw memory holds them),
                  the job (cleared in place), the result channel and its key, every inherited file descriptor; lowers its own process limit to 1 (no fork, no thread);
                  then runs the pupil's code and its one test, reporting on a pipe of its own. The harness takes
                  from it only messages about that one test, so it can say nothing about any other.

Protocol:
  stdin      after the harness code: ten ASCII digits N, N bytes of marshal(job), the 32-byte per-run key, then
             the inputs (ten digits N, N bytes: each input as ten digits and UTF-8; protocol.encode_stdin).
             Read completely, then replaced by /dev/null, so the pupil's code can never read any of it again.
  result fd  one frame per line: "<seq> <kind> <field>... <tag>". The tag is keyed BLAKE2b (16 bytes, hex) over
             everything before it; fields are "-" (None), "=<hex of UTF-8>" (text) or a decimal integer.
  stdout     the pupil's own output, copied from each test process's own pipe; stderr is joined to it.
  reports    a test process to the harness, one line each: "<kind> <field>...", fields as in frames.
The key is read into a bytearray, absorbed into a BLAKE2b state and wiped before any pupil code runs, so no str,
bytes or int in this process holds it. The expected answers never enter the sandbox: passing is decided outside.
"""

import builtins
import marshal
import posix
import resource
import select
import sys
from _blake2 import blake2b
from _io import StringIO

# Our own copy of the builtins, taken before pupil code runs: the pupil's code may reassign builtins.repr, print,
# len, str... and that changes what their code sees, never what this harness uses.
globals().update({name: value for name, value in vars(builtins).items() if not name.startswith("_")})

_read = posix.read
_readv = posix.readv
_write = posix.write
_exit = posix._exit
_settrace = sys.settrace
_getframe = sys._getframe
_Module = type(sys)
# Types for annotations, taken from objects rather than imported: `types` and `typing` would cost start-up time.
FunctionType = type(lambda: None)
CodeType = type((lambda: None).__code__)
FrameType = type(_getframe())
Job = dict  # the job, unmarshalled: "code", "mode", then "tests" | "stdins" | "variables" and the limits

FILENAME = "<your code>"
KEY_BYTES = 32
MEMORY = "memory"
LIMIT = "limit"
HINTS = {
    "RecursionError": "Check that your function stops calling itself.",
    "EOFError": "The program asked for input, but there was no more input to read.",
}
NO_PROGRAMS = "Code here cannot start other programs."
UNREADABLE_TEST = "This test could not be read. Ask your teacher to check it."
CELL_CHARS = 200  # executor.CELL_CHARS: a trace-table cell longer than this is cut short
FD_LIMIT = 1 << 16  # above any descriptor a run can hold (isolation.OPEN_FILES is 64)
# What a test process may report, per mode: kind -> (stage, number of fields; -1: one per traced variable).
# Stages only go forward and each kind but "row" comes at most once; "done" says the process finished its work.
REPORTS = {
    "tests": {b"memory": (0, 0), b"result": (1, 2), b"done": (9, 0)},
    "program": {b"case": (0, 2), b"memory": (0, 0), b"limit": (0, 0), b"done": (9, 0)},
    "trace": {b"row": (0, -1), b"memory": (1, 0), b"limit": (1, 0), b"error": (1, 1), b"done": (9, 0)},
}
# Everything about this process that a test process (the same user) can change from outside and the next test
# process would inherit: the resource limits, the priority, the CPUs and the scheduler.
RLIMITS = tuple(value for name, value in sorted(vars(resource).items()) if name.startswith("RLIMIT_"))

# Released when the pupil's code runs out of memory, so the harness still has room to report it.
_reserve = [bytearray(1 << 20)]


class OutputFull(BaseException):
    """The program printed more than the output limit (BaseException: `except Exception` cannot swallow it)."""


class RowLimit(BaseException):
    """A trace made more rows than allowed."""


class Refused(BaseException):
    """A test process reported something an honest one never would, or changed what the next one inherits."""


def read_exact(fd: int, size: int) -> bytes:
    parts = []
    got = 0
    while got < size:
        chunk = _read(fd, size - got)
        if not chunk:
            raise EOFError("job ended early")
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def read_into(fd: int, buffer: bytearray) -> None:
    """Fill `buffer` from `fd` with no other copy of the data made on the way."""
    view = memoryview(buffer)
    got = 0
    while got < len(buffer):
        count = _readv(fd, [view[got:]])
        if count == 0:
            raise EOFError("stdin ended early")
        got += count
    view.release()


def read_key(fd: int) -> blake2b:
    """Read the per-run key straight into a BLAKE2b state, then wipe the only buffer that held it."""
    key = bytearray(KEY_BYTES)
    read_into(fd, key)
    mac = blake2b(key=key, digest_size=16)
    for index in range(KEY_BYTES):
        key[index] = 0
    return mac


def read_inputs(fd: int) -> tuple[bytearray, list[tuple[int, int]]]:
    """The tests' inputs, kept as one bytearray (never as str objects here), and where each one lies in it."""
    block = bytearray(int(read_exact(fd, 10)))
    read_into(fd, block)
    spans = []
    at = 0
    while at < len(block):
        size = int(bytes(block[at : at + 10]))  # digits only: no input is copied out
        spans.append((at + 10, at + 10 + size))
        at += 10 + size
    return block, spans


def text_field(value: str | None) -> bytes:
    if value is None:
        return b"-"
    return b"=" + value.encode("utf-8", "backslashreplace").hex().encode("ascii")


def int_field(value: int | None) -> bytes:
    return b"-" if value is None else b"%d" % value


def write_all(fd: int, data: bytes) -> None:
    while data:
        data = data[_write(fd, data) :]


class Channel:
    """Writes tagged, numbered frames to the result pipe (in the harness process only)."""

    def __init__(self, fd: int, mac: blake2b) -> None:
        self.fd = fd
        self.mac = mac
        self.seq = 0

    def send(self, kind: bytes, *fields: bytes) -> None:
        body = b"%d %s" % (self.seq, kind) + b"".join([b" " + field for field in fields])
        tag = self.mac.copy()
        tag.update(body)
        write_all(self.fd, body + b" " + tag.hexdigest().encode("ascii") + b"\n")
        self.seq += 1

    def forget(self) -> None:
        """In a test process: drop the key's state (the descriptor is closed with the others)."""
        self.fd = -1
        self.mac = None


class Reporter:
    """How a test process tells the harness what its code produced: one line per message, on its own pipe."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def send(self, kind: bytes, *fields: bytes) -> None:
        write_all(self.fd, kind + b"".join([b" " + field for field in fields]) + b"\n")


def describe(exc: BaseException) -> str:
    """'Line 3: NameError: name 'x' is not defined' plus a hint for the errors pupils meet most."""
    name = type(exc).__name__
    try:
        text = str(exc)
    except BaseException:  # noqa: BLE001 - str() of pupil code's exception runs pupil code, which may raise anything
        text = ""
    if type(text) is not str:
        text = ""
    line = None
    tb = exc.__traceback__
    depth = 0
    while tb is not None and depth < 10000:
        if tb.tb_frame.f_code.co_filename == FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
        depth += 1
    message = name + ": " + text if text else name
    if line is not None:
        message = f"Line {line}: {message}"
    message = message.replace("bad operand type", "unsupported operand type")
    hint = HINTS.get(name)
    if isinstance(exc, OSError) and exc.errno == 11 or name == "RuntimeError" and "new thread" in text:
        hint = NO_PROGRAMS
    if hint:
        message = message + ". " + hint if not message.endswith(".") else message + " " + hint
    return message[:600]


def release_reserve() -> None:
    if _reserve:
        _reserve.pop()


def run_module(code: CodeType, namespace: dict[str, object]) -> str | None:
    """Run the pupil's module; return None, MEMORY, LIMIT or a description of the error."""
    try:
        exec(code, namespace)
    except SystemExit:
        return None
    except MemoryError:
        release_reserve()
        return MEMORY
    except (OutputFull, RowLimit):
        return LIMIT
    except BaseException as exc:  # noqa: BLE001 - pupil code may raise anything, even SystemExit or its own BaseException
        return describe(exc)
    return None


def run_module_quietly(code: CodeType, namespace: dict[str, object]) -> str | None:
    """run_module with what the module prints thrown away: the first test's process has already shown it."""
    quiet = posix.open("/dev/null", posix.O_WRONLY)
    saved = posix.dup(1)
    posix.dup2(quiet, 1)
    posix.dup2(quiet, 2)
    posix.close(quiet)
    try:
        return run_module(code, namespace)
    finally:
        try:
            posix.dup2(saved, 1)
            posix.dup2(saved, 2)
            posix.close(saved)
        except OSError:
            pass  # the module closed them: its own output is all it loses


def fresh_main() -> dict[str, object]:
    """A new __main__ module for the pupil's code (so `import __main__` finds theirs, not ours)."""
    module = _Module("__main__")
    module.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = module
    return module.__dict__


def compile_test(expression: str | None) -> CodeType | None:
    try:
        return compile(expression, "<test>", "eval", dont_inherit=True)
    except BaseException:  # noqa: BLE001 - a test expression that does not compile is reported as that test's error
        return None


def evaluate(test: CodeType, namespace: dict[str, object], limit: int, reporter: Reporter) -> tuple:
    """(repr of the test's value, None) or (None, why there is none)."""
    try:
        got = repr(eval(test, namespace))
    except MemoryError:
        release_reserve()
        reporter.send(b"memory")
        return None, "This test used too much memory."
    except BaseException as exc:  # noqa: BLE001 - pupil code may raise anything, even SystemExit or its own BaseException
        return None, describe(exc)
    if type(got) is not str:
        return None, "repr() did not give text."
    return (got[:limit] + "…" if len(got) > limit else got), None


def one_test(reporter: Reporter, expression: str | None, code: CodeType, index: int, limit: int) -> None:
    """In a test process: run the pupil's module, then evaluate this one test expression in its namespace."""
    test = compile_test(expression)
    namespace = fresh_main()
    outcome = run_module_quietly(code, namespace) if index else run_module(code, namespace)
    if outcome == MEMORY:
        namespace.clear()
        reporter.send(b"memory")
        return
    if outcome is not None and index == 0:
        write_all(1, (outcome + "\n").encode("utf-8", "backslashreplace"))  # where a traceback would be
    if expression is None:
        return  # a run with no tests: the module ran, and its output is all there is
    if test is None:
        got, error = None, UNREADABLE_TEST
    else:
        got, error = evaluate(test, namespace, limit, reporter)
    reporter.send(b"result", text_field(got), text_field(error))


class Capture:
    """Collects what a program prints (stdout and stderr together), up to a budget of characters."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, budget: int) -> None:
        self.parts = []
        self.budget = budget

    def write(self, text: str) -> int:
        if type(text) is not str:
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        size = len(text)
        if size > self.budget:
            self.parts.append(text[: max(self.budget, 0)])
            self.budget = 0
            raise OutputFull()
        self.parts.append(text)
        self.budget -= size
        return size

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def value(self) -> str:
        return "".join(self.parts)


def one_case(reporter: Reporter, stdin: str, code: CodeType, budget: int) -> None:
    """In a test process: run the whole program with this case's stdin, capturing what it prints."""
    capture = Capture(budget)
    sys.stdin, sys.stdout, sys.stderr = StringIO(stdin), capture, capture
    namespace = fresh_main()
    outcome = run_module(code, namespace)
    namespace.clear()
    if outcome == MEMORY:
        reporter.send(b"memory")
    elif outcome == LIMIT:
        reporter.send(b"limit")
    else:
        reporter.send(b"case", text_field(capture.value()), text_field(outcome))


def render(value: object) -> str:
    """How a trace table shows a value: str() for numbers, booleans and text, repr() for everything else."""
    text = str(value) if isinstance(value, (bool, int, float, str)) else repr(value)
    return text if len(text) <= CELL_CHARS else text[:CELL_CHARS] + "…"


def snapshot(frame: FrameType, names: list[str]) -> dict[str, str]:
    """The tracked variables as a trace table shows them: the frame's local, else its global, else blank."""
    local = frame.f_locals
    glob = frame.f_globals
    values = {}
    for name in names:
        if name in local:
            values[name] = render(local[name])
        elif name in glob:
            values[name] = render(glob[name])
        else:
            values[name] = ""
    return values


def one_trace(reporter: Reporter, _: None, code: CodeType, variables: list[str], max_rows: int) -> None:
    """In a test process: a row each time a tracked variable changes value (and, with "output", per print)."""
    tracked = [name for name in variables if name != "output"]
    with_output = "output" in variables
    state = {"last": {name: "" for name in tracked}, "rows": 0}
    real_print = print
    stdout = sys.stdout

    def emit(values: dict[str, str], output: str) -> None:
        if state["rows"] >= max_rows:
            raise RowLimit()
        state["rows"] += 1
        reporter.send(b"row", *[text_field(output if name == "output" else values[name]) for name in variables])

    def check(frame: FrameType) -> None:
        values = snapshot(frame, tracked)
        if values != state["last"]:
            state["last"] = values
            emit(values, "")

    def local_trace(frame: FrameType, event: str, arg: object) -> FunctionType:
        if event == "line" or event == "return":
            check(frame)
        return local_trace

    def global_trace(frame: FrameType, event: str, arg: object) -> FunctionType | None:
        return local_trace if frame.f_code.co_filename == FILENAME else None

    def traced_print(*args: object, sep: str | None = " ", end: str | None = "\n", file: object = None,
                     flush: bool = False) -> None:
        real_print(*args, sep=sep, end=end, file=file, flush=flush)
        if with_output and (file is None or file is stdout):
            caller = _getframe(1)
            if caller.f_code.co_filename == FILENAME:
                check(caller)
            text = (" " if sep is None else sep).join([str(arg) for arg in args])
            emit(state["last"], text)

    namespace = fresh_main()
    builtins.print = traced_print
    _settrace(global_trace)
    outcome = run_module(code, namespace)
    _settrace(None)
    builtins.print = real_print
    if outcome == MEMORY:
        reporter.send(b"memory")
    elif outcome == LIMIT:
        reporter.send(b"limit")
    elif outcome is not None:
        reporter.send(b"error", text_field(outcome))


def clear_folder(path: str) -> None:
    """Delete everything under `path`, whatever permissions a test gave it (links are removed, never followed)."""
    for name in posix.listdir(path):
        entry = path + "/" + name
        if posix.lstat(entry).st_mode & 0o170000 == 0o040000:
            posix.chmod(entry, 0o700)
            clear_folder(entry)
            posix.rmdir(entry)
        else:
            posix.unlink(entry)


def attributes(path: str) -> list[str]:
    try:
        return posix.listxattr(path)
    except OSError:
        return []  # a file system without extended attributes


def folder_state() -> tuple:
    """The working folder as a test process may change it: its mode and times (the rest: its entries, its
    extended attributes, are emptied). The change time cannot be set back; it only says when."""
    info = posix.stat(".")
    return info.st_mode, info.st_atime_ns, info.st_mtime_ns


def process_state() -> tuple:
    return (
        tuple(resource.getrlimit(limit) for limit in RLIMITS),
        posix.getpriority(posix.PRIO_PROCESS, 0),
        posix.sched_getaffinity(0),
        posix.sched_getscheduler(0),
        posix.sched_getparam(0),
    )


def tidy(field: bytes) -> tuple[bytes, str | None]:
    """A reported field in its one honest form, and its text; Refused if it is not a field."""
    if field == b"-":
        return field, None
    if not field.startswith(b"="):
        raise Refused()
    try:
        data = bytes.fromhex(field[1:].decode("ascii"))
    except ValueError:
        raise Refused() from None
    return b"=" + data.hex().encode("ascii"), data.decode("utf-8", "replace")


class Relay:
    """Checks each line one test process reports and forwards it as a frame, adding the test's index."""

    def __init__(self, harness: "Harness", index: int) -> None:
        self.harness = harness
        self.index = index
        self.kinds = set()
        self.stage = -1
        self.pending = b""
        self.chars = 0  # characters in the case's output: what the next case has left to print

    def feed(self, data: bytes) -> None:
        if b"\n" not in data:
            self.pending += data
            if len(self.pending) > self.harness.line_cap:
                raise Refused()
            return
        *lines, rest = (self.pending + data).split(b"\n")
        self.pending = rest
        for line in lines:
            self.take(line)

    def take(self, line: bytes) -> None:
        kind, *fields = line.split(b" ")
        rule = REPORTS[self.harness.mode].get(kind)
        if rule is None:
            raise Refused()
        stage, count = rule
        if stage < self.stage or stage == self.stage and kind != b"row":
            raise Refused()  # out of order, or twice (nothing comes after "done": it is the last stage)
        if len(fields) != (self.harness.row_width if count < 0 else count):
            raise Refused()
        self.stage = stage
        self.kinds.add(kind)
        if kind == b"done":
            return
        tidied = [tidy(field) for field in fields]
        if kind == b"case":
            self.chars = len(tidied[0][1] or "")
        numbered = [b"%d" % self.index] if kind in (b"result", b"case") else []
        self.harness.channel.send(kind, *numbered, *[field for field, _ in tidied])


class Harness:
    """Starts one test process per test from this clean process, relays what each reports, and puts back or
    checks everything a test process could leave for the next one."""

    def __init__(self, channel: Channel, job: Job, code: CodeType, inputs: bytearray, spans: list) -> None:
        self.channel = channel
        self.job = job
        self.code = code
        self.inputs = inputs
        self.spans = spans
        self.mode = job["mode"]
        self.row_width = len(job.get("variables", ()))
        # Longest honest report line: a value or an output (text travels as hex, up to 12 characters per
        # character with backslash escapes), or a row of cells.
        self.line_cap = 32 * job["output_limit"] + 16 * CELL_CHARS * (self.row_width + 1) + 65536
        self.folder = folder_state()
        self.process = process_state()

    def run(self, body: FunctionType, index: int, *args: object) -> Relay:
        """body(reporter, its own input or None, *args) in a test process of its own. Returns only if that process
        finished its work; otherwise ends the run here, as the process did (a signal), stopped itself, or was
        refused."""
        out_read, out_write = posix.pipe()
        report_read, report_write = posix.pipe()
        pid = posix.fork()
        if pid == 0:
            try:  # whatever happens in here, this process never goes back to being the harness
                own = self.become_test_process(index, out_write, report_write)
                reporter = Reporter(report_write)
                body(reporter, own, *args)
                reporter.send(b"done")
            finally:
                _exit(0)
        posix.close(out_write)
        posix.close(report_write)
        relay = Relay(self, index)
        try:
            pump(out_read, report_read, relay)
        except Refused:
            posix.kill(pid, 9)
            posix.waitpid(pid, 0)
            self.refuse()
        posix.close(out_read)
        posix.close(report_read)
        self.settle(posix.waitpid(pid, 0)[1], relay)
        return relay

    def become_test_process(self, index: int, out_write: int, report_write: int) -> str | None:
        """In the new test process, before any pupil code: keep only what is this test's own, and return its
        input. The other inputs exist only as bytes in `self.inputs`, which is wiped in this process's memory."""
        resource.setrlimit(resource.RLIMIT_NPROC, (1, 1))  # counted with the harness: no fork, no thread
        own = None
        if index < len(self.spans):
            start, end = self.spans[index]
            own = bytes(self.inputs[start:end]).decode("utf-8", "surrogatepass")
        self.inputs[:] = bytes(len(self.inputs))  # in place, same size: the only copy here is overwritten
        self.spans.clear()
        self.job.clear()  # in place: every route to the job (a frame, gc, a closure) now finds it empty
        self.channel.forget()
        null = posix.open("/dev/null", posix.O_RDONLY)
        posix.dup2(null, 0)  # a fresh open file, so no flag set by an earlier test reaches this one
        posix.dup2(out_write, 1)
        posix.dup2(out_write, 2)
        posix.closerange(3, report_write)
        posix.closerange(report_write + 1, FD_LIMIT)
        return own

    def settle(self, status: int, relay: Relay) -> None:
        """After a test process ended: pass on a signal that killed it, or put things back for the next one."""
        if posix.WIFSIGNALED(status):
            self.channel.send(b"signal", b"%d" % posix.WTERMSIG(status))
            _exit(0)
        if relay.pending:
            self.refuse()  # half a line, from a process that was not killed
        try:
            self.put_back()
        except (OSError, RecursionError):
            self.refuse()
        if b"done" not in relay.kinds:
            _exit(0)  # it stopped itself (os._exit, exec): no end frame, exactly as if the whole run had

    def put_back(self) -> None:
        """Empty the working folder and restore its mode and times; refuse the run if that, or this process's
        own limits, priority and CPUs, cannot be what they were before the first test."""
        mode, accessed, modified = self.folder
        posix.chmod(".", 0o700)
        clear_folder(".")
        for name in attributes("."):
            posix.removexattr(".", name)
        if posix.listdir(".") or attributes("."):
            self.refuse()
        posix.utime(".", ns=(accessed, modified))
        posix.chmod(".", mode & 0o7777)
        if folder_state() != self.folder or process_state() != self.process:
            self.refuse()

    def refuse(self) -> None:
        self.channel.send(b"tampered")
        _exit(0)


def pump(out_read: int, report_read: int, relay: Relay) -> None:
    """Copy the test process's output to ours and feed its reports to `relay`, until it closes both."""
    poller = select.poll()
    poller.register(out_read, select.POLLIN)
    poller.register(report_read, select.POLLIN)
    open_pipes = 2
    while open_pipes:
        for fd, _ in poller.poll():
            data = _read(fd, 65536)
            if not data:
                poller.unregister(fd)
                open_pipes -= 1
            elif fd == out_read:
                write_all(1, data)
            else:
                relay.feed(data)


def serve_tests(harness: Harness) -> None:
    limit = harness.job["output_limit"]
    for index in range(max(len(harness.spans), 1)):  # with no tests, the module still runs once (its output)
        kinds = harness.run(one_test, index, harness.code, index, limit).kinds
        if b"memory" in kinds and b"result" not in kinds:
            return  # the module itself ran out of memory: no test runs after that


def serve_program(harness: Harness) -> None:
    budget = harness.job["output_limit"]
    for index in range(len(harness.spans)):
        relay = harness.run(one_case, index, harness.code, budget)
        if b"case" not in relay.kinds:
            return  # out of memory or output: no case runs after that
        budget -= relay.chars


def serve_trace(harness: Harness) -> None:
    harness.run(one_trace, 0, harness.code, list(harness.job["variables"]), harness.job["max_rows"])


MODES = {"tests": serve_tests, "program": serve_program, "trace": serve_trace}


def compile_code(channel: Channel, source: str) -> CodeType | None:
    """The pupil's code compiled (compiling runs none of it), or None after a `syntax` frame saying why not."""
    try:
        return compile(source, FILENAME, "exec", dont_inherit=True)
    except SyntaxError as exc:
        channel.send(b"syntax", int_field(exc.lineno), text_field(str(exc.msg)))
    except (ValueError, MemoryError, RecursionError) as exc:
        channel.send(b"syntax", b"-", text_field(str(exc)))
    return None


def main() -> None:
    result_fd = int(sys.argv[1])
    posix.set_inheritable(result_fd, False)  # a program the pupil execs must not inherit it
    job = marshal.loads(read_exact(0, int(read_exact(0, 10))))
    channel = Channel(result_fd, read_key(0))
    inputs, spans = read_inputs(0)
    null = posix.open("/dev/null", posix.O_RDONLY)
    posix.dup2(null, 0)
    posix.close(null)
    posix.dup2(1, 2)
    channel.send(b"start")
    code = compile_code(channel, job["code"])
    if code is not None:
        MODES[job["mode"]](Harness(channel, job, code, inputs, spans))
    channel.send(b"end")
    _exit(0)


if __name__ == "__main__":
    main()
