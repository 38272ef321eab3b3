"""Hidden tests stay hidden from the pupil's own code (issue 15, item 7: "hidden test inputs leak").

The attack is the pupil's answer itself. It defines the function under test and, both when it is loaded and
whenever a test calls it, follows every route we know to the harness's data: the call stack (`sys._getframe`,
`inspect`, tracebacks' `tb_frame.f_back`), `gc.get_objects()` and `gc.get_referents()`, `sys.modules['__main__']`
and `__import__('__main__')`, the globals, defaults and closures of every function (the harness's included),
every module and the builtins, `sys.argv`, stdin read again (fd 0, `sys.stdin`, `sys.__stdin__`), every open file
descriptor, `/proc/self/fd`, `/proc/self` and `/proc/<parent>`, and the environment. When a hidden test calls it,
it also leaves what it was given wherever a later test might find it: a global, the builtins, `sys.modules`, the
environment, files in the working folder and in /tmp, extended attributes and the times of those folders.
When a visible test calls it, it returns (and prints) everything it found as "LEAK:[...]".

It keeps only strings with the shape of what it is after ("hid-" for a hidden input, "EXP-" for an expected
value), as a pupil would filter by the function's name, so that the report stays under the output limit; what
it keeps, it reports.

Nothing a pupil can see may hold a hidden test's input or any expected value: not a visible test's `got` or
error, not the run's message, not the printed output (which the pupil sees only in "Run my code", where only the
visible tests run: so the attack prints from visible tests alone) — and, through the API, nothing in a submit's
reply. Expected values never enter the sandbox at all.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

import pytest

from app.models import Role
from app.sandbox import ProgramCase, TestCase, messages, run_program, run_tests
from tests.factories import make_assessment, make_class, make_user
from tests.sandbox.conftest import forced_isolation, runner, runner_service  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow  # runs pupil code in the real sandbox

HIDDEN = [f"hid-{secrets.token_hex(4)}" for _ in range(3)]  # what the hidden tests pass to the function
EXPECTED = [f"EXP-{secrets.token_hex(4)}" for _ in range(5)]  # expected values, never derivable from the input
TIME_LIMIT = 10

ATTACK = r'''
import builtins, gc, os, sys

MARKS = ("hid-", "EXP-")
FOUND = set()
STASHED = []
SEEN = set()


def keep(text):
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8", "replace")
    if isinstance(text, str) and any(mark in text for mark in MARKS):
        FOUND.add(text[:300])


def take(value, depth=0):
    """Every string reachable from `value`, a few references down."""
    if isinstance(value, (str, bytes, bytearray)):
        keep(value)
        return
    if depth > 4 or id(value) in SEEN:
        return
    SEEN.add(id(value))
    kind = type(value).__name__
    try:
        if isinstance(value, dict):
            for key, item in list(value.items()):
                take(key, depth + 1)
                take(item, depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in list(value):
                take(item, depth + 1)
        elif kind == "frame":
            for part in (value.f_locals, value.f_globals, value.f_code):
                take(part, depth + 1)
        elif kind == "code":
            take(value.co_consts, depth + 1)
        elif kind in ("function", "method"):
            function = getattr(value, "__func__", value)
            cells = [cell.cell_contents for cell in (function.__closure__ or ())]
            for part in (function.__defaults__, function.__kwdefaults__, cells, function.__code__,
                         function.__globals__, getattr(value, "__self__", None)):
                take(part, depth + 1)
        elif kind == "cell":
            take(value.cell_contents, depth + 1)
        elif hasattr(value, "__dict__"):
            take(vars(value), depth + 1)
    except Exception:
        pass


def frames():
    frame = sys._getframe()
    while frame is not None:
        yield frame
        frame = frame.f_back


def through_a_traceback():
    try:
        raise ValueError("look up the stack")
    except ValueError as exc:
        frame = exc.__traceback__.tb_frame
        while frame is not None:
            take(frame)
            frame = frame.f_back


def read_every_fd():
    import select
    for fd in range(64):
        try:
            if select.select([fd], [], [], 0)[0]:
                keep(os.read(fd, 1 << 20))
        except Exception:
            pass


def read_proc():
    for name in os.listdir("/proc/self/fd"):
        try:
            fd = os.open("/proc/self/fd/" + name, os.O_RDONLY | os.O_NONBLOCK)
            keep(os.read(fd, 1 << 20))
        except Exception:
            pass
    for path in ("/proc/self/cmdline", "/proc/self/environ", "/proc/%d/cmdline" % os.getppid(),
                 "/proc/%d/environ" % os.getppid()):
        try:
            keep(open(path, "rb").read(1 << 20))
        except Exception:
            pass


def read_stash():
    for place in (".", "/tmp"):  # the same folder inside bubblewrap; written only through "."
        info = os.stat(place)
        keep(info.st_atime_ns.to_bytes(8, "big")[1:] + info.st_mtime_ns.to_bytes(8, "big")[1:])
        for name in os.listxattr(place):
            keep(os.getxattr(place, name))
        for name in os.listdir(place):
            keep(name)
            try:
                keep(open(place + "/" + name, "rb").read(1 << 16))
            except Exception:
                pass
    take([builtins.__dict__.get("STASH"), sys.modules.get("stash"), dict(os.environ), STASHED])


ROUTES = [
    lambda: [take(frame) for frame in frames()],
    lambda: [take(info.frame) for info in __import__("inspect").stack(0)],
    through_a_traceback,
    lambda: [take(obj, 3) for obj in gc.get_objects()],
    lambda: [keep(ref) for obj in gc.get_objects() for ref in gc.get_referents(obj)],
    lambda: take(vars(sys.modules["__main__"])),
    lambda: take(vars(__import__("__main__"))),
    lambda: [take(vars(module), 2) for module in list(sys.modules.values())],
    lambda: take(vars(builtins)),
    lambda: take([sys.argv, getattr(sys, "orig_argv", None), getattr(sys, "last_value", None), sys.exc_info()]),
    lambda: keep(os.read(0, 1 << 20)),
    lambda: keep(sys.stdin.read()),
    lambda: keep(sys.__stdin__.read()),
    read_every_fd,
    read_proc,
    lambda: take(dict(os.environ)),
    read_stash,
]


def attempt(route):
    SEEN.clear()
    try:
        route()
    except BaseException:
        pass


def stash(word):
    """Leave `word` wherever a later test might look."""
    data = word.encode()
    attempt(lambda: open("stash-" + word, "w").write(word))
    attempt(lambda: os.setxattr(".", "user.stash%d" % len(STASHED), data))
    times = (int.from_bytes(data[:7], "big"), int.from_bytes(data[7:14], "big"))
    attempt(lambda: os.utime(".", ns=times))
    builtins.__dict__.setdefault("STASH", []).append(word)
    sys.modules.setdefault("stash", type(sys)("stash")).__dict__.setdefault("words", []).append(word)
    os.environ["STASH_%d" % len(STASHED)] = word
    STASHED.append(word)


def shout(word):
    for route in ROUTES:
        attempt(route)
    if word.startswith("visible"):
        report = "LEAK:" + repr(sorted(FOUND))
        print(report)
        return report
    attempt(lambda: stash(word))
    return word.upper() + "!"


for route in ROUTES:
    attempt(route)
'''

# As a code_debug answer: its own input is read first (the attack reads stdin again, which would empty it).
PROGRAM = "WORD = input()\n" + ATTACK + "print(shout(WORD))\n"
SECRETS = [*HIDDEN, *EXPECTED]


def assert_nothing_hidden(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in (text or ""), f"{secret!r} reached {where}: {text[:2000]!r}"


# --- straight through the sandbox, in this process and through the runner service --------------------------


@pytest.mark.usefixtures("runner")
async def test_a_visible_test_reaches_no_hidden_input_and_no_expected_value():
    tests = [
        TestCase("shout('visible-0')", repr(EXPECTED[0])),
        TestCase(f"shout({HIDDEN[0]!r})", repr(EXPECTED[1])),
        TestCase(f"shout({HIDDEN[1]!r})", repr(EXPECTED[2])),
        TestCase("shout('visible-3')", repr(EXPECTED[3])),
        TestCase(f"shout({HIDDEN[2]!r})", repr(EXPECTED[4])),
    ]
    report = await run_tests(ATTACK, tests, time_limit=TIME_LIMIT)
    assert report.status == "ok", (report.status, report.message, report.stdout[-2000:])
    for index in (0, 3):
        result = report.results[index]
        assert (result.got or "")[1:].startswith("LEAK:"), result  # the attack ran, and reported what it found
        assert_nothing_hidden(result.got, f"visible test {index}'s value")
        assert_nothing_hidden(result.error or "", f"visible test {index}'s error")
    assert_nothing_hidden(report.message, "the run's message")
    assert_nothing_hidden(report.stdout, "the printed output")


@pytest.mark.usefixtures("runner")
async def test_a_visible_program_case_reaches_no_other_cases_input():
    cases = [
        ProgramCase("visible-0\n", EXPECTED[0]),
        ProgramCase(HIDDEN[0] + "\n", EXPECTED[1]),
        ProgramCase(HIDDEN[1] + "\n", EXPECTED[2]),
        ProgramCase("visible-3\n", EXPECTED[3]),
        ProgramCase(HIDDEN[2] + "\n", EXPECTED[4]),
    ]
    report = await run_program(PROGRAM, cases, time_limit=TIME_LIMIT)
    assert report.status == "ok", (report.status, report.message, report.stdout[-2000:])
    for index in (0, 3):
        result = report.results[index]
        assert (result.got or "").startswith("LEAK:"), result
        assert_nothing_hidden(result.got, f"visible case {index}'s output")
        assert_nothing_hidden(result.error or "", f"visible case {index}'s error")
    assert_nothing_hidden(report.message, "the run's message")
    assert_nothing_hidden(report.stdout, "the printed output")


STATE = r'''
import builtins, fcntl, os, sys

def state():
    """What one test could leave behind for the next (ctime aside: it only says when something last changed)."""
    info = os.stat(".")
    seen = {"folder": (oct(info.st_mode), info.st_atime_ns, info.st_mtime_ns, sorted(os.listxattr(".")),
                       sorted(os.listdir(".")))}
    for fd in (0, 1, 2):
        for command in (fcntl.F_GETFL, fcntl.F_GETOWN, 11, 1032):  # 11: F_GETSIG, 1032: F_GETPIPE_SZ
            try:
                seen[fd, command] = fcntl.fcntl(fd, command)
            except OSError as exc:  # not every kind of file has every setting
                seen[fd, command] = exc.errno
    seen["env"] = sorted(os.environ.items())
    seen["builtins"] = sorted(vars(builtins))
    seen["modules"] = sorted(sys.modules)
    seen["priority"] = os.getpriority(os.PRIO_PROCESS, 0)
    seen["cpus"] = sorted(os.sched_getaffinity(0))
    seen["umask"] = os.umask(0o022)
    os.umask(seen["umask"])
    return repr(seen)

def change_everything():
    os.makedirs("left/behind")
    open("left/note.txt", "w").write("from an earlier test")
    os.chmod("left", 0)
    os.setxattr(".", "user.note", b"from an earlier test")
    os.utime(".", ns=(1234567890, 987654321))
    os.chmod(".", 0o711)
    for fd in (0, 1, 2):
        for command, value in ((fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_APPEND),
                               (fcntl.F_SETOWN, os.getpid()), (10, 12), (1031, 8192)):  # F_SETSIG, F_SETPIPE_SZ
            try:
                fcntl.fcntl(fd, command, value)
            except OSError:
                pass
    os.environ["LEFT"] = "behind"
    builtins.left = "behind"
    import json
    os.nice(3)
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    os.umask(0o077)
    return "changed"

def probe(step):
    return change_everything() if step == 1 else state()
'''


@pytest.mark.usefixtures("runner")
async def test_what_one_test_changes_does_not_reach_the_next():
    report = await run_tests(STATE, [TestCase(f"probe({step})") for step in range(3)], time_limit=TIME_LIMIT)
    assert report.status == "ok", (report.status, report.message, report.stdout[-2000:])
    before, changed, after = (result.got for result in report.results)
    assert changed == "'changed'", report.results[1]
    assert after == before


TOUCH_THE_HARNESS = r'''
import os, resource

def probe(step):
    if step == 1:
        parent = os.getppid()
        resource.prlimit(parent, resource.RLIMIT_RSS, (int.from_bytes(b"hidden!", "big"), resource.RLIM_INFINITY))
        os.setpriority(os.PRIO_PROCESS, parent, 7)
        os.sched_setaffinity(parent, {min(os.sched_getaffinity(0))})
        os.setpriority(os.PRIO_PGRP, 0, 9)
        os.setpriority(os.PRIO_USER, os.getuid(), 11)
        return "changed"
    return repr((resource.getrlimit(resource.RLIMIT_RSS), os.getpriority(os.PRIO_PROCESS, 0),
                 sorted(os.sched_getaffinity(0))))
'''


@pytest.mark.usefixtures("runner")
async def test_a_test_that_changes_the_process_running_the_tests_is_refused():
    """Limits, priority and CPUs of the process that starts each test are inherited by the next test: a test that
    changes them could pass on what it saw. The run is thrown away instead, calmly."""
    report = await run_tests(TOUCH_THE_HARNESS, [TestCase(f"probe({step})") for step in range(3)])
    assert report.status == "crashed", (report.status, report.message, [r.got for r in report.results])
    assert report.message == messages.TAMPERED
    assert report.passed_count == 0
    assert [r.got for r in report.results] == [None, None, None]


MEMORY_SCAN = r'''
import re

def scan():
    """Every hidden-looking input anywhere in this process's memory, read raw through /proc/self/mem."""
    found = set()
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", 0) as memory:
        for line in maps:
            start, end = (int(part, 16) for part in line.split()[0].split("-"))
            if "r" not in line.split()[1]:
                continue
            try:
                memory.seek(start)
                data = memory.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            found.update(match.decode() for match in re.findall(rb"hid-[0-9a-f]{8}", data))
    return sorted(found)

def ignore(word):
    return None
'''


async def test_not_even_a_test_processs_raw_memory_holds_another_tests_input(request: pytest.FixtureRequest):
    """Below every reference: the harness keeps the tests' inputs only as one block of bytes, which each test
    process wipes before any pupil code, so another test's input is nowhere in its memory. Proved where raw memory
    can be read (the `rlimits` fallback has /proc; under bubblewrap neither /proc nor ctypes is there): a test that
    reads all of its own memory finds no input of a test that ran before it (and did not echo it back) or that has
    yet to run."""
    request.getfixturevalue("forced_isolation")("rlimits")
    tests = [TestCase(f"ignore({HIDDEN[0]!r})"), TestCase("scan()"), TestCase(f"ignore({HIDDEN[1]!r})")]
    report = await run_tests(MEMORY_SCAN, tests, time_limit=TIME_LIMIT)
    assert report.status == "ok", (report.status, report.message, report.stdout[-2000:])
    assert report.results[1].got == "[]", report.results[1]


# --- what a pupil sees after a submit, through the API, on SQLite and PostgreSQL ------------------------------


def _questions() -> list[tuple[str, dict, int]]:
    code = {
        "type": "python_code", "starter_code": "def shout(word):\n    ...\n",
        "test_cases": [
            {"input": "shout('visible-0')", "expected": "'VISIBLE-0!'", "visible": True},
            {"input": f"shout({HIDDEN[0]!r})", "expected": repr(HIDDEN[0].upper() + "!"), "visible": False},
            {"input": f"shout({HIDDEN[1]!r})", "expected": repr(HIDDEN[1].upper() + "!"), "visible": False},
            {"input": "shout('visible-3')", "expected": "'VISIBLE-3!'", "visible": True},
            {"input": f"shout({HIDDEN[2]!r})", "expected": repr(HIDDEN[2].upper() + "!"), "visible": False},
        ],
        "hidden_test_weight": 0.5, "time_limit_seconds": TIME_LIMIT, "banned_keywords": [],
        "required_keywords": [], "reference_solution": "def shout(word):\n    return word.upper() + '!'\n",
    }
    debug = {
        "type": "code_debug", "buggy_code": "print(input().lower() + '!')\n", "bug_description": "lower, not upper",
        "correct_code": "print(input().upper() + '!')\n", "alternative_fixes": [],
        "test_cases": [
            {"input": "visible-0", "expected_output": "VISIBLE-0!", "visible": True},
            {"input": HIDDEN[0], "expected_output": HIDDEN[0].upper() + "!", "visible": False},
            {"input": HIDDEN[1], "expected_output": HIDDEN[1].upper() + "!", "visible": False},
            {"input": "visible-3", "expected_output": "VISIBLE-3!", "visible": True},
        ],
        "time_limit_seconds": TIME_LIMIT,
    }
    return [("python_code", code, 4), ("code_debug", debug, 4)]


async def test_a_submit_shows_the_pupil_nothing_of_the_hidden_tests(seed: Any, real_clients: Any):
    async with seed() as session:
        teacher = await make_user(session, Role.teacher)
        pupil = await make_user(session, Role.pupil)
        school_class = await make_class(session, teachers=[teacher], pupils=[pupil])
        assessment = await make_assessment(session, owner=teacher, questions=_questions(),
                                           publish_to=[school_class])
        pupil_name, assessment_id = pupil.username, assessment.id
    client = real_clients()
    await client.login(pupil_name)
    started = await client.post(f"/api/pupil/assessments/{assessment_id}/start")
    assert started.status_code == 200, started.text
    attempt = started.json()
    programs = {"python_code": ATTACK, "code_debug": PROGRAM}
    for question in attempt["questions"]:
        url = f"/api/pupil/attempts/{attempt['attempt_id']}/answers/{question['id']}/submit"
        reply = await client.post(url, json={"answer_data": {"code": programs[question["type"]]}})
        assert reply.status_code == 200, reply.text
        body = reply.json()
        shown = [test["got"] or "" for test in body["details"]["tests"]]
        assert len(shown) == 2 and all("LEAK:" in got for got in shown), body  # the attack ran and reported
        assert_nothing_hidden(json.dumps(body), f"the reply to a {question['type']} submit")
