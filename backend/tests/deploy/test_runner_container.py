"""The runner service under exactly the privileges compose.yml gives its container: root with only the
capabilities in `cap_add`, no-new-privileges, and the isolation mode the container forces (SANDBOX_ISOLATION,
bubblewrap).

Docker itself is not on this machine; setpriv gives the same capability bounding set and no_new_privs bit, which
is what decides whether the runner can start each run as the `sandbox` user inside bubblewrap, stop it at its
time limit, and keep it away from the service. (The container's seccomp and AppArmor profiles are lifted for the
runner, as they are not enforced here either.) The network and filesystem walls of the container itself
(internal network, read-only root) are Docker's and are checked in test_compose.py.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from tests import dbs
from tests.deploy.servers import BACKEND, REPO, free_port, need_tool, wait_until


def _compose_runner() -> dict:
    return yaml.safe_load((REPO / "compose.yml").read_text())["services"]["runner"]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


class Runner:
    def __init__(self, proc: subprocess.Popen, url: str, token: str, scratch: Path, log: Path) -> None:
        self.proc, self.url, self.token, self.scratch, self.log = proc, url, token, scratch, log

    def run(self, code: str, *, time_limit: float = 2.0) -> dict:
        response = httpx.post(
            f"{self.url}/v1/run-program",
            json={"code": code, "cases": [{"stdin": ""}], "time_limit": time_limit},
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=60,
        )
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture(scope="module")
def runner() -> Iterator[Runner]:
    if os.geteuid() != 0:
        message = "the runner container starts as root; mimicking it needs root"
        if dbs.in_ci():
            pytest.fail(message)
        pytest.skip(message)
    setpriv = need_tool("setpriv")
    try:
        pwd.getpwnam("sandbox")
    except KeyError:
        pytest.fail("no `sandbox` user: useradd --system --no-create-home --shell /usr/sbin/nologin sandbox")
    service = _compose_runner()
    caps = ",".join(f"+{cap.lower()}" for cap in service["cap_add"])
    assert service["cap_drop"] == ["ALL"]
    assert "no-new-privileges:true" in service["security_opt"]
    # The container's /tmp is a tmpfs with mode 1777; runs get their working folders there.
    scratch = Path(tempfile.mkdtemp(prefix="ks3-runner-tmp-", dir="/tmp"))
    scratch.chmod(0o1777)
    port, token = free_port(), secrets.token_urlsafe(24)
    env = {key: str(value) for key, value in service["environment"].items() if "${" not in str(value)}
    # Over loopback TCP here; the socket the container listens on is docker/stack-test.sh's to check.
    env.pop("RUNNER_SOCKET", None)
    env.update({"PATH": "/usr/bin:/bin", "HOME": str(scratch), "TMPDIR": str(scratch),
                "DATA_DIR": "/proc/ks3-read-only",  # like the container's read-only root: nothing written
                "PYTHONPATH": str(BACKEND), "RUNNER_HOST": "127.0.0.1", "RUNNER_PORT": str(port),
                "RUNNER_TOKEN": token, "SANDBOX_TIME_LIMIT_SECONDS": "2"})  # fmt: skip
    log = scratch.parent / f"{scratch.name}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [setpriv, f"--bounding-set=-all,{caps}", "--inh-caps=-all", "--no-new-privs", "--",
             sys.executable, "-m", "app.sandbox.service"],
            cwd=BACKEND, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: httpx.get(f"{url}/health", timeout=2).status_code == 200, timeout=30,
                   what="the runner service under setpriv", log=lambda: log.read_text(errors="replace"))  # fmt: skip
        yield Runner(proc, url, token, scratch, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(scratch, ignore_errors=True)
        log.unlink(missing_ok=True)


def test_service_has_only_the_capabilities_compose_gives_it(runner):
    status = (Path("/proc") / str(runner.proc.pid) / "status").read_text()
    bounding = int(next(line for line in status.splitlines() if line.startswith("CapBnd:")).split()[1], 16)
    names = ["CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID"]
    granted = {name for bit, name in enumerate(names) if bounding & (1 << bit)}
    assert granted == set(_compose_runner()["cap_add"])
    assert bounding >> 8 == 0  # nothing above SETUID (SETPCAP, NET_*, SYS_ADMIN, ...)
    assert "NoNewPrivs:\t1" in status


def test_isolation_is_the_forced_mode_with_the_sandbox_user(runner):
    response = httpx.get(f"{runner.url}/v1/status", headers={"Authorization": f"Bearer {runner.token}"}, timeout=30)
    body = response.json()
    assert body["ok"] is True, body
    assert body["user"] == "sandbox", body
    assert body["mode"] == _compose_runner()["environment"]["SANDBOX_ISOLATION"] == "bwrap"
    assert body["namespaces"] == "user, mount, pid, net, ipc, uts, cgroup"


def test_pupil_code_runs_as_the_sandbox_user_not_root(runner):
    report = runner.run("import os\nprint(os.getuid(), os.geteuid(), os.getgid())")
    uid, gid = pwd.getpwnam("sandbox").pw_uid, pwd.getpwnam("sandbox").pw_gid
    assert report["results"][0]["got"].split() == [str(uid), str(uid), str(gid)]


def test_pupil_code_cannot_see_or_touch_the_service(runner):
    """The service holds the runner token in its environment; the run is in its own PID and network namespaces."""
    port = runner.url.rsplit(":", 1)[1]
    code = (
        "import os, socket\n"
        f"for attempt in (lambda: open('/proc/{runner.proc.pid}/environ').read(),\n"
        f"                lambda: os.kill({runner.proc.pid}, 9),\n"
        f"                lambda: socket.create_connection(('127.0.0.1', {port}), 1)):\n"
        "    try:\n"
        "        attempt()\n"
        "        print('allowed')\n"
        "    except OSError:\n"
        "        print('refused')\n"
    )
    report = runner.run(code)
    assert report["results"][0]["got"].split() == ["refused", "refused", "refused"]
    assert runner.proc.poll() is None


def test_a_sleeping_endless_loop_is_stopped_at_the_time_limit(runner):
    """Little CPU, so only the wall-clock kill stops it: the runner needs CAP_KILL for a process it does not own."""
    report = runner.run("import time\nwhile True:\n    time.sleep(0.01)\n", time_limit=1.0)
    assert report["status"] == "timeout"
    assert report["duration_ms"] < 8000
    wait_until(lambda: _children(runner.proc.pid) == [], timeout=5, what="the killed run to be gone")


def test_a_busy_loop_and_a_fork_are_contained(runner):
    assert runner.run("while True:\n    pass\n", time_limit=1.0)["status"] == "timeout"
    forked = runner.run("import os\nos.fork()\nprint('forked')")["results"][0]
    assert "forked" not in (forked["got"] or "")
    assert "cannot start other programs" in forked["error"]


def test_files_a_run_writes_stay_inside_its_own_tmpfs(runner):
    code = (
        "import os\n"
        "os.makedirs('deep/er', exist_ok=True)\n"
        "open('deep/er/file.txt', 'w').write('x' * 1000)\n"
        "os.chmod('deep/er', 0o500)\n"
        "print(os.getcwd(), sorted(os.listdir('/')))"
    )
    report = runner.run(code)
    cwd, listing = report["results"][0]["got"].split(" ", 1)
    assert cwd == "/tmp"
    assert "proc" not in listing
    assert "etc" not in listing
    assert [p.name for p in runner.scratch.iterdir()] == []  # nothing reached the container's own /tmp
