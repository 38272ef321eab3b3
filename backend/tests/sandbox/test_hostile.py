"""Hostile pupil code, in this process and through the runner service. Every attack must be contained, reported
calmly, and never marked passed. The function under test is always `add`, and `add(2, 3)` must give 5: the
attacks know the answer they want to fake, so a forged result would show up as a pass.
"""

from __future__ import annotations

import os
import socket
import time

import pytest

from app.sandbox import ProgramCase, TestCase, messages, run_program, run_tests
from tests.sandbox.conftest import PLANTED

pytestmark = pytest.mark.usefixtures("runner")

ADD = [TestCase("add(2, 3)", "5"), TestCase("add(10, 5)", "15")]
WRONG_ADD = "def add(a, b):\n    return a - b\n"
FORBIDDEN = ("wrong", "incorrect", "failed", "bad")


def assert_contained(report, status: str) -> None:
    """The run ended with `status`, said so calmly, and nothing passed."""
    assert report.status == status, (report.status, report.message, report.stdout[:500])
    assert report.passed_count == 0
    assert report.message
    assert not any(word in report.message.lower() for word in FORBIDDEN)


# --- time -------------------------------------------------------------------------------------------------


async def test_an_infinite_loop_is_stopped_and_explained():
    started = time.monotonic()
    report = await run_tests("def add(a, b):\n    while True:\n        pass\n", ADD, time_limit=1)
    assert_contained(report, "timeout")
    assert report.message == messages.TIMEOUT
    assert time.monotonic() - started < 8
    assert report.results[0].error == "This test did not finish because the code took too long."


async def test_sleeping_forever_is_stopped_by_the_wall_clock():
    started = time.monotonic()
    report = await run_tests("import time\ntime.sleep(120)\n" + WRONG_ADD, ADD, time_limit=1)
    assert_contained(report, "timeout")
    assert time.monotonic() - started < 8


async def test_ignoring_the_cpu_limit_signal_does_not_help():
    code = "import signal\nsignal.signal(signal.SIGXCPU, signal.SIG_IGN)\nwhile True:\n    pass\n"
    report = await run_tests(code, ADD, time_limit=1)
    assert_contained(report, "timeout")


async def test_tests_that_finished_before_a_loop_keep_their_results():
    code = "def add(a, b):\n    while a > 5:\n        pass\n    return a + b\n"
    report = await run_tests(code, ADD, time_limit=1)
    assert report.status == "timeout"
    assert [r.passed for r in report.results] == [True, False]


# --- memory -----------------------------------------------------------------------------------------------


async def test_one_huge_allocation_is_a_memory_report():
    report = await run_tests("data = 'x' * (10 ** 10)\n" + WRONG_ADD, ADD)
    assert_contained(report, "memory")
    assert report.message == messages.MEMORY


async def test_growing_until_memory_runs_out_is_a_memory_report():
    code = "chunks = []\nwhile True:\n    chunks.append(bytearray(10 ** 6))\n"
    report = await run_tests(code, ADD, time_limit=5)
    assert_contained(report, "memory")


async def test_memory_bomb_inside_a_test():
    code = "def add(a, b):\n    return [a] * (10 ** 10)\n"
    report = await run_tests(code, ADD)
    assert_contained(report, "memory")


# --- processes --------------------------------------------------------------------------------------------


async def test_a_fork_bomb_cannot_fork_even_once():
    code = (
        "import os\ncount = 0\ntry:\n    while True:\n        os.fork()\n        count += 1\n"
        "except OSError as exc:\n    print('forks:', count, type(exc).__name__)\n" + WRONG_ADD
    )
    report = await run_tests(code, ADD)
    assert report.status == "ok" and report.passed_count == 0
    assert report.stdout == "forks: 0 BlockingIOError\n"


async def test_an_unhandled_fork_error_is_explained():
    report = await run_tests("import os\nwhile True:\n    os.fork()\n", ADD)
    assert report.passed_count == 0
    assert "Line 3: BlockingIOError" in report.stdout
    assert "Code here cannot start other programs." in report.stdout


async def test_os_system_and_subprocess_cannot_run_anything():
    code = (
        "import os, subprocess\n"
        "print('system:', os.system('echo FROM-A-SHELL'))\n"
        "try:\n    subprocess.run(['/bin/sh', '-c', 'echo FROM-A-SHELL'])\n"
        "except OSError as exc:\n    print('subprocess:', type(exc).__name__)\n"
        "def add(a, b):\n    return os.system('exit 5')\n"
    )
    report = await run_tests(code, ADD)
    assert report.passed_count == 0
    assert "FROM-A-SHELL" not in report.stdout
    # 32512 is "exit status 127": glibc's answer when it cannot start the shell at all
    assert "system: 32512" in report.stdout and "subprocess: BlockingIOError" in report.stdout


async def test_threads_cannot_start():
    code = "import threading\nthreading.Thread(target=print, args=('thread ran',)).start()\n" + WRONG_ADD
    report = await run_tests(code, ADD)
    assert report.passed_count == 0
    assert "thread ran" not in report.stdout and "can't start new thread" in report.stdout


async def test_replacing_the_harness_with_exec_is_not_a_pass():
    fake = "print('1 result 0 =35 - ' + '0' * 32)"
    code = f"import os\nos.execv('/usr/bin/python3', ['python3', '-c', {fake!r}])\n"
    report = await run_tests(code, ADD)
    assert_contained(report, "crashed")


# --- network ----------------------------------------------------------------------------------------------


async def test_no_network_not_even_the_hosts_loopback_services(runner: str, request: pytest.FixtureRequest):
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=2).close()
    except OSError:
        pytest.skip("PostgreSQL is not listening on 127.0.0.1:5432, so there is nothing to try to reach")
    ports = [5432]
    if runner == "service":
        ports.append(request.getfixturevalue("runner_service").port)
    code = (
        "import socket\n"
        "def reach(port):\n"
        "    try:\n"
        "        socket.create_connection(('127.0.0.1', port), timeout=2).close()\n"
        "        return 'connected'\n"
        "    except OSError as exc:\n"
        "        return type(exc).__name__\n"
        f"for port in {ports!r}:\n"
        "    print(port, reach(port))\n"
        "print('interfaces:', [name for _, name in socket.if_nameindex()])\n" + WRONG_ADD
    )
    report = await run_tests(code, ADD)
    assert report.passed_count == 0
    assert "connected" not in report.stdout
    for port in ports:
        assert f"{port} ConnectionRefusedError" in report.stdout
    assert "interfaces: ['lo']" in report.stdout


# --- files ------------------------------------------------------------------------------------------------


async def test_huge_files_are_cut_off_and_the_rest_is_read_only():
    code = (
        "def attempt(path, size):\n"
        "    try:\n"
        "        with open(path, 'wb') as f:\n"
        "            f.write(b'x' * size)\n"
        "        return 'wrote'\n"
        "    except OSError as exc:\n"
        "        return type(exc).__name__ + ' ' + str(exc.errno)\n"
        "print('huge:', attempt('huge.bin', 50_000_000))\n"
        "print('many:', [attempt(f'part{i}.bin', 900_000) for i in range(10)].count('wrote'))\n"
        "print('usr:', attempt('/usr/planted', 10))\n"
        "print('root:', attempt('/planted', 10))\n"
        "print('dev:', attempt('/dev/shm/planted', 10))\n" + WRONG_ADD
    )
    report = await run_tests(code, ADD)
    assert report.status == "ok" and report.passed_count == 0
    lines = dict(line.split(": ", 1) for line in report.stdout.splitlines())
    assert lines["huge"] == "OSError 27"  # EFBIG: over the file-size limit
    assert int(lines["many"]) <= 4  # the private /tmp is 4 MB in all
    for place in ("usr", "root", "dev"):
        assert lines[place].split()[-1] in ("30", "2", "13"), lines  # read-only, missing or not allowed


async def test_the_hosts_files_and_proc_are_not_there():
    # The app's own files where the runner has them: beside these tests, or in the runner image (the stack test).
    app_dir = os.environ.get("STACK_RUNNER_APP_DIR") or os.path.join(os.path.dirname(__file__), "..", "..")
    config_file = os.path.join(app_dir, "app", "config.py")
    paths = [
        "/etc/passwd",
        "/etc/shadow",
        "/proc/self/environ",
        "/proc/1/environ",
        os.path.abspath(config_file),
    ]
    code = (
        f"for path in {paths!r}:\n"
        "    try:\n"
        "        print(path, open(path).read()[:300])\n"
        "    except OSError as exc:\n"
        "        print(path, type(exc).__name__)\n"
        "import os\nprint('root:', sorted(os.listdir('/')))\n" + WRONG_ADD
    )
    report = await run_tests(code, ADD)
    assert report.passed_count == 0
    assert "root:x:0:0" not in report.stdout and "class Settings" not in report.stdout
    for path in paths:
        assert f"{path} FileNotFoundError" in report.stdout
    assert "root: ['bin', 'dev', 'lib', 'lib64', 'tmp', 'usr']" in report.stdout


async def test_the_apps_environment_is_invisible(runner: str, request: pytest.FixtureRequest):
    assert os.environ["KS3_PLANTED_SECRET"] == PLANTED["KS3_PLANTED_SECRET"]  # the secret is really there
    code = "import os\nprint(sorted(os.environ.items()))\nprint(sorted(os.environ))\n" + WRONG_ADD
    report = await run_tests(code, ADD)
    assert report.passed_count == 0
    secrets = [*PLANTED.values(), os.environ["DATABASE_URL"]]
    if runner == "service":  # the runner's own token is in its environment (in the container, too)
        secrets.append(request.getfixturevalue("runner_service").token)
    for value in secrets:
        assert value not in report.stdout
    names = set(eval(report.stdout.splitlines()[1]))
    assert names <= {"PATH", "HOME", "LANG", "PWD"}


# --- output -----------------------------------------------------------------------------------------------


async def test_printing_megabytes_is_capped():
    report = await run_tests("print('x' * 10_000_000)\n" + WRONG_ADD, ADD)
    assert_contained(report, "output_limit")
    assert "64 KB" in report.message
    assert len(report.stdout.encode()) <= 64 * 1024


async def test_printing_forever_is_stopped_by_the_output_cap_not_the_clock():
    started = time.monotonic()
    report = await run_tests("while True:\n    print('spam spam spam')\n", ADD, time_limit=10)
    assert_contained(report, "output_limit")
    assert time.monotonic() - started < 8


async def test_a_program_printing_forever_is_capped():
    report = await run_program("while True:\n    print('spam')\n", [ProgramCase("", "spam")], time_limit=10)
    assert_contained(report, "output_limit")


# --- the result channel -----------------------------------------------------------------------------------


async def test_printing_a_fake_all_tests_passed_is_just_output():
    code = (
        WRONG_ADD + "print('All tests passed!')\nprint('PASS add(2, 3) == 5')\n"
        "print('1 result 0 =35 - ' + '0' * 32)\nprint('2 result 1 =3135 - ' + 'f' * 32)\nprint('3 end ' + '0' * 32)\n"
    )
    report = await run_tests(code, ADD)
    assert report.status == "ok" and report.passed_count == 0
    assert "All tests passed!" in report.stdout
    assert [r.got for r in report.results] == ["-1", "5"]


async def test_framed_lines_written_to_every_fd_are_rejected():
    code = WRONG_ADD + (
        "import os\n"
        "lines = [b'1 result 0 =35 - ' + b'0' * 32 + b'\\n', b'2 result 1 =3135 - ' + b'0' * 32 + b'\\n',"
        " b'3 end ' + b'0' * 32 + b'\\n']\n"
        "for fd in range(0, 64):\n"
        "    for line in lines:\n"
        "        try:\n"
        "            os.write(fd, line)\n"
        "        except OSError:\n"
        "            pass\n"
    )
    report = await run_tests(code, ADD)
    assert_contained(report, "crashed")
    assert report.message == messages.TAMPERED


async def test_finding_the_channel_without_proc_and_forging_then_exiting_is_rejected():
    code = WRONG_ADD + (
        "import os, stat\n"
        "for where in ('/proc/self/fd', '/dev/fd'):\n"
        "    try:\n"
        "        print(where, os.listdir(where))\n"
        "    except OSError as exc:\n"
        "        print(where, type(exc).__name__)\n"
        "pipes = [fd for fd in range(3, 64) if fd_is_pipe(fd)]\n"
        "print('pipes found:', len(pipes))\n"
        "for fd in pipes:\n"
        "    for seq in range(1, 5):\n"
        "        os.write(fd, b'%d result 0 =35 - ' % seq + os.urandom(16).hex().encode() + b'\\n')\n"
        "os._exit(0)\n"
    )
    code = (
        "import os, stat\ndef fd_is_pipe(fd):\n    try:\n        return stat.S_ISFIFO(os.fstat(fd).st_mode)\n    except OSError:\n        return False\n"
        + code
    )
    report = await run_tests(code, ADD)
    assert_contained(report, "crashed")
    assert "/proc/self/fd FileNotFoundError" in report.stdout
    assert "pipes found: 1" in report.stdout  # the attack really did reach the channel


KEY_HUNT = r"""
import gc, hashlib, os, stat, sys

def add(a, b):
    return a - b

candidates = set()
def collect(value):
    if isinstance(value, (bytes, bytearray)) and 8 <= len(value) <= 64:
        candidates.add(bytes(value))
    elif isinstance(value, str) and 8 <= len(value) <= 128:
        candidates.add(value.encode())
        try:
            candidates.add(bytes.fromhex(value))
        except ValueError:
            pass
    elif isinstance(value, int) and not isinstance(value, bool) and 64 < value.bit_length() <= 512:
        candidates.add(value.to_bytes((value.bit_length() + 7) // 8, "big"))

frame = sys._getframe()
while frame is not None:
    for namespace in (frame.f_locals, frame.f_globals):
        for value in list(namespace.values()):
            collect(value)
    for constant in frame.f_code.co_consts:
        collect(constant)
    frame = frame.f_back
for obj in gc.get_objects():
    collect(obj)
    for ref in gc.get_referents(obj):
        collect(ref)
candidates = [key for key in candidates if 16 <= len(key) <= 64][:20000]
print("candidates:", len(candidates) > 100)

def is_pipe(fd):
    try:
        return stat.S_ISFIFO(os.fstat(fd).st_mode)
    except OSError:
        return False

pipes = [fd for fd in range(3, 64) if is_pipe(fd)]
print("pipes found:", len(pipes))
for key in candidates:
    for seq in (1, 2):
        body = b"%d result 0 =35 -" % seq
        tag = hashlib.blake2b(body, key=key, digest_size=16).hexdigest().encode()
        for fd in pipes:
            os.write(fd, body + b" " + tag + b"\n")
os._exit(0)
"""


async def test_hunting_for_the_key_in_frames_and_gc_finds_nothing_usable():
    report = await run_tests(KEY_HUNT, ADD, time_limit=10)
    assert_contained(report, "crashed")
    assert "candidates: True" in report.stdout and "pipes found: 1" in report.stdout


async def test_monkeypatching_print_repr_and_builtins_does_not_change_the_marking():
    code = WRONG_ADD + (
        "import builtins, os, posix, sys\n"
        "builtins.repr = lambda value: '5'\n"
        "builtins.str = lambda value='': '5'\n"
        "builtins.eval = lambda *args, **kwargs: 5\n"
        "builtins.isinstance = lambda *args: True\n"
        "builtins.print = lambda *args, **kwargs: None\n"
        "os.write = posix.write = lambda fd, data: len(data)\n"
        "sys.stdout = None\n"
    )
    report = await run_tests(code, ADD)
    assert report.status == "ok" and report.passed_count == 0
    assert [r.got for r in report.results] == ["-1", "5"]


async def test_exiting_before_the_tests_run():
    report = await run_tests("import sys\nsys.exit(0)\n" + WRONG_ADD.replace("a - b", "a + b"), ADD)
    assert report.status == "ok" and report.passed_count == 0
    assert report.results[0].error == "NameError: name 'add' is not defined"


async def test_os_exit_before_the_tests_run():
    report = await run_tests("import os\nos._exit(0)\n", ADD)
    assert_contained(report, "crashed")
    assert report.message == messages.STOPPED_EARLY


async def test_os_exit_inside_a_test():
    report = await run_tests("import os\ndef add(a, b):\n    os._exit(0)\n", ADD)
    assert_contained(report, "crashed")


async def test_closing_the_channel_is_not_a_pass():
    code = (
        WRONG_ADD
        + "import os\nfor fd in range(3, 64):\n    try:\n        os.close(fd)\n    except OSError:\n        pass\n"
    )
    report = await run_tests(code, ADD)
    assert_contained(report, "crashed")


async def test_impersonating_the_harness_cannot_pass_a_hidden_test():
    """The limit of what pupil code can fake, stated as a test. The harness's own sender is no use to it: in the
    process where a test runs, that sender has no key and no descriptor left. What such a process does have is its
    own report pipe, which speaks for that one test only: code that finds it can report any value it likes for its
    own test, exactly as `return 'a guess'` can, but passing is decided outside against expected values that never
    entered the sandbox, so it can only "pass" by already knowing the answer (which hard-coding also does)."""
    hidden = [TestCase("add(2, 3)", "5"), TestCase("secret_value()", "'the hidden answer'")]
    through_the_channel = (
        "import gc\n"
        "def add(a, b):\n    return a - b\n"
        "channel = next(o for o in gc.get_objects() if type(o).__name__ == 'Channel')\n"
        "print('channel:', channel.fd, channel.mac)\n"
        "channel.send(b'result', b'1', b'=' + repr('a guess').encode().hex().encode(), b'-')\n"
    )
    report = await run_tests(through_the_channel, hidden)
    assert report.status == "ok" and report.passed_count == 0
    assert "channel: -1 None" in report.stdout and "AttributeError" in report.stdout
    assert [r.got for r in report.results] == ["-1", None]

    through_its_own_pipe = (
        "import os, stat\n"
        "guess = b'result =' + repr('a guess').encode().hex().encode() + b' -\\ndone\\n'\n"
        "for fd in range(3, 64):\n"
        "    try:\n"
        "        if stat.S_ISFIFO(os.fstat(fd).st_mode):\n"
        "            os.write(fd, guess)\n"
        "    except OSError:\n"
        "        pass\n"
        "os._exit(0)\n"
    )
    report = await run_tests(through_its_own_pipe, hidden)
    assert report.status == "ok" and report.passed_count == 0
    assert [r.got for r in report.results] == ["'a guess'", "'a guess'"]


# --- recursion --------------------------------------------------------------------------------------------


async def test_deep_recursion_is_an_error_on_that_test_only():
    code = "def add(a, b):\n    return add(a, b)\n\ndef double(n):\n    return n * 2\n"
    report = await run_tests(code, [TestCase("add(2, 3)", "5"), TestCase("double(4)", "8")])
    assert report.status == "ok"
    assert [r.passed for r in report.results] == [False, True]
    assert report.results[0].error.startswith("Line 2: RecursionError: maximum recursion depth exceeded")
    assert "Check that your function stops calling itself." in report.results[0].error


async def test_recursion_past_the_c_stack_is_a_calm_crash():
    code = "import sys\nsys.setrecursionlimit(10 ** 7)\nnested = []\nfor _ in range(1_000_000):\n    nested = [nested]\n"
    report = await run_tests(code + WRONG_ADD, [TestCase("len(repr(nested))", "1"), *ADD])
    assert_contained(report, "crashed")
    assert report.message == messages.CRASHED


async def test_modules_that_reach_raw_memory_are_not_importable():
    code = (
        "for name in ('ctypes', '_ctypes', '_testcapi', '_testinternalcapi'):\n"
        "    try:\n"
        "        __import__(name)\n"
        "        print(name, 'imported')\n"
        "    except ImportError as exc:\n"
        "        print(name, type(exc).__name__)\n" + WRONG_ADD
    )
    report = await run_tests(code, ADD)
    assert "imported" not in report.stdout
    assert report.stdout.count("Error") == 4


async def test_a_run_that_stops_itself_passes_nothing_even_tests_that_reported_first():
    code = "import os\ndef add(a, b):\n    return a + b\ndef stop():\n    os._exit(0)\n"
    report = await run_tests(code, [TestCase("add(2, 3)", "5"), TestCase("stop()", "None")])
    assert_contained(report, "crashed")
    assert report.results[0].got == "5"  # it did report, but a run that stopped itself is not trusted
