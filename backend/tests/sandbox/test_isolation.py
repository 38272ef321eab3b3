"""The isolation itself, on this machine: which mode is active, that killed runs leave nothing behind, that runs
queue in the pool, and what the weaker fallback modes still guarantee."""

from __future__ import annotations

import asyncio
import os
import pwd
import secrets
import socket
import time
from pathlib import Path

import pytest

from app.config import get_settings
from app.sandbox import TestCase, isolation_status, run_tests, selection
from app.sandbox.executor import execute
from app.sandbox.isolation import Limits
from tests.sandbox.conftest import PLANTED

ADD = [TestCase("add(2, 3)", "5")]


@pytest.fixture(autouse=True)
def local_runner(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(get_settings(), "runner_url", "")
    for name, value in PLANTED.items():
        monkeypatch.setenv(name, value)


def pids_running(run_id: str) -> list[int]:
    """Processes whose command line carries this run id (setpriv, bwrap, the harness)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if run_id.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


async def test_full_isolation_is_active_here():
    status = await isolation_status()
    assert status["ok"]
    assert status["runner"] == "local"
    assert status["mode"] == "bwrap"
    assert status["user"] in ("sandbox", "nobody")
    assert status["rlimits"]["processes"] == 1
    assert "only its own loopback" in status["network"]


async def test_the_code_runs_as_the_unprivileged_user():
    report = await run_tests("import os\nprint(os.getuid(), os.getgid(), os.getgroups())\n", [])
    expected = (await isolation_status())["user"]
    entry = pwd.getpwnam(expected)
    # Inside its user namespace the id is mapped to itself; supplementary groups are gone.
    assert report.stdout == f"{entry.pw_uid} {entry.pw_gid} []\n"


async def test_a_killed_run_leaves_no_process_behind():
    isolation = await selection.current()
    run_id = "leakcheck" + secrets.token_hex(4)
    job = {"mode": "tests", "code": "import time\ntime.sleep(120)\n", "tests": [], "output_limit": 4096}
    task = asyncio.ensure_future(execute(isolation, Limits(1.0, 256, 4096), job, run_id=run_id))
    seen = False
    for _ in range(100):
        if pids_running(run_id):
            seen = True
            break
        await asyncio.sleep(0.02)
    outcome = await task
    assert seen, "the run's processes were never visible, so this test proves nothing"
    assert outcome.timed_out
    await asyncio.sleep(0.3)
    assert pids_running(run_id) == []


async def test_a_test_process_that_leaves_its_session_still_stops_with_the_run():
    """Each test runs in a process forked inside the sandbox; one that starts a session of its own (out of reach of
    the process-group kill) and outlives its harness still dies with bubblewrap's PID namespace."""
    isolation = await selection.current()
    run_id = "sessioncheck" + secrets.token_hex(4)
    code = "import os, signal, time\nos.setsid()\nos.kill(os.getppid(), signal.SIGKILL)\ntime.sleep(120)\n"
    job = {"mode": "tests", "code": code, "tests": [], "output_limit": 4096}
    outcome = await execute(isolation, Limits(1.0, 256, 4096), job, run_id=run_id)
    assert not outcome.finished
    await asyncio.sleep(0.3)
    assert pids_running(run_id) == []


async def test_runs_queue_in_the_pool(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(get_settings(), "sandbox_max_concurrency", 2)
    code = "import time\ntime.sleep(0.6)\n"
    started = time.monotonic()
    reports = await asyncio.gather(*[run_tests(code, []) for _ in range(4)])
    elapsed = time.monotonic() - started
    assert all(r.status == "ok" for r in reports)
    assert elapsed >= 1.2  # two rounds of two: the third and fourth waited for a free place


async def test_root_is_never_the_sandbox_user(forced_isolation, monkeypatch):
    if os.geteuid() != 0:
        pytest.skip("only root switches users")
    forced_isolation("bwrap")
    monkeypatch.setattr(get_settings(), "sandbox_user", "root")
    status = await isolation_status()
    assert status["ok"]
    assert status["user"] == "nobody"
    report = await run_tests("import os\nprint(os.getuid())\n", [])
    assert report.stdout == "65534\n"


@pytest.mark.parametrize("mode", ["unshare", "rlimits"])
async def test_the_fallback_modes_keep_their_limits(forced_isolation, mode: str):
    if os.geteuid() != 0 and mode == "unshare":
        pytest.skip("unshare --net needs root")
    forced_isolation(mode)
    status = await isolation_status()
    assert status["ok"]
    assert status["mode"] == mode

    assert (await run_tests("def add(a, b):\n    return a + b\n", ADD)).passed_count == 1
    assert (await run_tests("while True:\n    pass\n", ADD, time_limit=1)).status == "timeout"
    assert (await run_tests("x = 'x' * (10 ** 10)\n", ADD)).status == "memory"
    assert (await run_tests("print('x' * 10_000_000)\n", ADD)).status == "output_limit"

    probe = (
        "import os\nprint(os.getuid() != 0)\n"
        "try:\n    os.fork()\n    print('forked')\nexcept OSError as exc:\n    print(type(exc).__name__)\n"
        "print(sorted(os.environ))\n"
        "try:\n    open('big', 'wb').write(b'x' * 5_000_000)\nexcept OSError as exc:\n    print('file', exc.errno)\n"
        "print(os.listdir('.'))\n"
    )
    report = await run_tests(probe, [])
    lines = report.stdout.splitlines()
    assert lines[0] == "True"
    assert lines[1] == "BlockingIOError"
    assert not any(value in report.stdout for value in PLANTED.values())
    assert set(eval(lines[2])) <= {"PATH", "HOME", "LANG", "TMPDIR"}
    assert lines[3] == "file 27"
    assert lines[4] == "['big']"  # an empty folder of its own (holding only the file it just cut off)


async def test_unshare_mode_has_no_network(forced_isolation):
    if os.geteuid() != 0:
        pytest.skip("unshare --net needs root")
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=2).close()
    except OSError:
        pytest.skip("PostgreSQL is not listening on 127.0.0.1:5432")
    forced_isolation("unshare")
    code = (
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 5432), timeout=2)\n    print('connected')\n"
        "except OSError as exc:\n    print(type(exc).__name__)\n"
    )
    report = await run_tests(code, [])
    assert report.stdout.strip() in ("OSError", "ConnectionRefusedError")


async def test_rlimits_mode_says_the_network_is_not_isolated(forced_isolation):
    forced_isolation("rlimits")
    status = await isolation_status()
    assert status["network"].startswith("NOT isolated")


async def test_an_unknown_forced_mode_makes_the_runner_unavailable(forced_isolation):
    forced_isolation("chroot")
    report = await run_tests("def add(a, b):\n    return a + b\n", ADD)
    assert report.status == "unavailable"
    assert report.passed_count == 0
    assert "teacher" in report.message
    status = await isolation_status()
    assert not status["ok"]
    assert "SANDBOX_ISOLATION" in status["detail"]
