"""The harness that runs pupil code inside the sandbox and reports what happened.

This file is executed, never imported by the app. It is compiled once by the sandbox's own interpreter; each run
starts `/usr/bin/python3 -I -S -u -B -X utf8 -c <bootstrap> <result fd> <run id>` inside bubblewrap, and the
bootstrap (isolation.BOOTSTRAP) reads this code, marshalled, from stdin and runs it. It uses only modules built
into the interpreter (no site, no `os`, no `signal`) so a run starts in about 10 ms.

Protocol (docs/sandbox.md has the full story):
  stdin      after the harness code: ten ASCII digits N, N bytes of marshal(job), then the 32-byte per-run key.
             Read completely, then replaced by /dev/null, so the pupil's code can never read the key from it.
  result fd  one frame per line: "<seq> <kind> <field>... <tag>". The tag is keyed BLAKE2b (16 bytes, hex) over
             everything before it; fields are "-" (None), "=<hex of UTF-8>" (text) or a decimal integer.
  stdout     the pupil's own output; stderr is joined to it.
The key is read into a bytearray, absorbed into a BLAKE2b state and wiped before any pupil code runs, so no str,
bytes or int in this process holds it. The expected answers never enter the sandbox: passing is decided outside.
"""

import builtins
import marshal
import posix
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

# Released when the pupil's code runs out of memory, so the harness still has room to report it.
_reserve = [bytearray(1 << 20)]


class OutputFull(BaseException):
    """The program printed more than the output limit (BaseException: `except Exception` cannot swallow it)."""


class RowLimit(BaseException):
    """A trace made more rows than allowed."""


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


def read_key(fd: int) -> blake2b:
    """Read the per-run key straight into a BLAKE2b state, then wipe the only buffer that held it."""
    key = bytearray(KEY_BYTES)
    view = memoryview(key)
    got = 0
    while got < KEY_BYTES:
        count = _readv(fd, [view[got:]])
        if count == 0:
            raise EOFError("key missing")
        got += count
    view.release()
    mac = blake2b(key=key, digest_size=16)
    for index in range(KEY_BYTES):
        key[index] = 0
    return mac


def text_field(value: str | None) -> bytes:
    if value is None:
        return b"-"
    return b"=" + value.encode("utf-8", "backslashreplace").hex().encode("ascii")


def int_field(value: int | None) -> bytes:
    return b"-" if value is None else b"%d" % value


class Channel:
    """Writes tagged, numbered frames to the result pipe."""

    def __init__(self, fd: int, mac: blake2b) -> None:
        self.fd = fd
        self.mac = mac
        self.seq = 0

    def send(self, kind: bytes, *fields: bytes) -> None:
        body = b"%d %s" % (self.seq, kind) + b"".join([b" " + field for field in fields])
        tag = self.mac.copy()
        tag.update(body)
        data = body + b" " + tag.hexdigest().encode("ascii") + b"\n"
        while data:
            data = data[_write(self.fd, data) :]
        self.seq += 1


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


def fresh_main() -> dict[str, object]:
    """A new __main__ module for the pupil's code (so `import __main__` finds theirs, not ours)."""
    module = _Module("__main__")
    module.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = module
    return module.__dict__


def run_tests(channel: Channel, job: Job, code: CodeType) -> None:
    """Exec the pupil's code once, then evaluate each test expression in its namespace."""
    tests = []
    for expression in job["tests"]:
        try:
            tests.append(compile(expression, "<test>", "eval", dont_inherit=True))
        except BaseException:  # noqa: BLE001 - a test expression that does not compile is reported as that test's error
            tests.append(None)
    limit = job["output_limit"]
    namespace = fresh_main()
    outcome = run_module(code, namespace)
    if outcome == MEMORY:
        namespace.clear()
        channel.send(b"memory")
        return
    if outcome is not None:
        # Shown where a traceback would be: in the pupil's output.
        data = (outcome + "\n").encode("utf-8", "backslashreplace")
        while data:
            data = data[_write(1, data) :]
    for index, test in enumerate(tests):
        got = error = None
        if test is None:
            error = "This test could not be read. Ask your teacher to check it."
        else:
            try:
                got = repr(eval(test, namespace))
                if type(got) is not str:
                    got, error = None, "repr() did not give text."
                elif len(got) > limit:
                    got = got[:limit] + "…"
            except MemoryError:
                release_reserve()
                channel.send(b"memory")
                error = "This test used too much memory."
            except BaseException as exc:  # noqa: BLE001 - pupil code may raise anything, even SystemExit or its own BaseException
                got, error = None, describe(exc)
        channel.send(b"result", b"%d" % index, text_field(got), text_field(error))


class Capture:
    """Collects what a program prints (stdout and stderr together), up to a shared budget of characters."""

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


def run_program(channel: Channel, job: Job, code: CodeType) -> None:
    """Run the whole program once per case, each with its own stdin and captured output."""
    budget = job["output_limit"]
    real = (sys.stdin, sys.stdout, sys.stderr)
    for index, stdin in enumerate(job["stdins"]):
        capture = Capture(budget)
        sys.stdin, sys.stdout, sys.stderr = StringIO(stdin), capture, capture
        namespace = fresh_main()
        outcome = run_module(code, namespace)
        sys.stdin, sys.stdout, sys.stderr = real
        namespace.clear()
        budget = capture.budget
        if outcome == MEMORY:
            channel.send(b"memory")
            return
        if outcome == LIMIT:
            channel.send(b"limit")
            return
        channel.send(b"case", b"%d" % index, text_field(capture.value()), text_field(outcome))


CELL_CHARS = 200  # executor.CELL_CHARS: a trace-table cell longer than this is cut short


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


def run_trace(channel: Channel, job: Job, code: CodeType) -> None:
    """Record a row each time a tracked variable changes value, and (with "output") each time the code prints."""
    variables = job["variables"]
    max_rows = job["max_rows"]
    tracked = [name for name in variables if name != "output"]
    with_output = "output" in variables
    state = {"last": {name: "" for name in tracked}, "rows": 0}
    real_print = print
    stdout = sys.stdout

    def emit(values: dict[str, str], output: str) -> None:
        if state["rows"] >= max_rows:
            raise RowLimit()
        state["rows"] += 1
        channel.send(
            b"row", *[text_field(output if name == "output" else values[name]) for name in variables]
        )

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
        channel.send(b"memory")
    elif outcome == LIMIT:
        channel.send(b"limit")
    elif outcome is not None:
        channel.send(b"error", text_field(outcome))


def main() -> None:
    result_fd = int(sys.argv[1])
    posix.set_inheritable(result_fd, False)  # a program the pupil execs must not inherit it
    job = marshal.loads(read_exact(0, int(read_exact(0, 10))))
    channel = Channel(result_fd, read_key(0))
    null = posix.open("/dev/null", posix.O_RDONLY)
    posix.dup2(null, 0)
    posix.close(null)
    posix.dup2(1, 2)
    channel.send(b"start")
    try:
        code = compile(job["code"], FILENAME, "exec", dont_inherit=True)
    except SyntaxError as exc:
        channel.send(b"syntax", int_field(exc.lineno), text_field(str(exc.msg)))
        code = None
    except (ValueError, MemoryError, RecursionError) as exc:
        channel.send(b"syntax", b"-", text_field(str(exc)))
        code = None
    if code is not None:
        {"tests": run_tests, "program": run_program, "trace": run_trace}[job["mode"]](channel, job, code)
    channel.send(b"end")
    _exit(0)


if __name__ == "__main__":
    main()
