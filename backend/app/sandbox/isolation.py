"""How a sandboxed run is launched: the command line and the user for each isolation mode, and what each gives.

Modes, strongest first (docs/sandbox.md explains each layer):
- "bwrap":   bubblewrap with every namespace unshared (network: only its own loopback), a read-only view of just
             Debian's Python and its libraries, an empty size-capped tmpfs as /tmp, no /proc, an empty environment,
             plus rlimits set by prlimit inside, run as an unprivileged user.
- "unshare": no bubblewrap (or it cannot work here): `unshare --net --pid` for a private network and process
             tree, then setpriv to the unprivileged user, plus the same rlimits, in an empty working folder. Needs
             root.
- "rlimits": the same without the private network (the runner container's own network rules must do that job).
"""

from __future__ import annotations

import glob
import math
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODES = ("bwrap", "unshare", "rlimits")
SANDBOX_PYTHON = "/usr/bin/python3"  # Debian's interpreter: under /usr, starts fast, same everywhere
FILE_SIZE_BYTES = 1024 * 1024  # largest file pupil code may write
TMP_BYTES = 4 * 1024 * 1024  # the whole of /tmp inside bubblewrap
OPEN_FILES = 64
# Processes of one run inside bubblewrap's user namespace: bubblewrap's own init, the harness, and the one test
# process it runs at a time. Each test process lowers its own limit to 1 before any pupil code, so pupil code can
# never fork or start a thread. Outside bubblewrap the count would be every process of the sandbox user on the
# host, so there only that per-test limit applies.
BWRAP_PROCESSES = 3
# Extension modules that would give pupil code raw memory access (ctypes, CPython's test helpers): each is
# covered with /dev/null inside bubblewrap so importing it fails.
BLOCKED_MODULES = (
    "_ctypes",
    "_ctypes_test",
    "_testcapi",
    "_testinternalcapi",
    "_testbuffer",
    "_testclinic",
    "_testmultiphase",
    "_testimportmultiple",
    "_xxtestfuzz",
)
MINIMAL_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
HARNESS_SOURCE = (Path(__file__).with_name("harness.py")).read_text(encoding="utf-8")
PYTHON_FLAGS = ["-I", "-S", "-u", "-B", "-X", "utf8"]  # isolated, no site import, unbuffered, no .pyc writes
# What `python3 -c` runs: read the harness's pre-compiled code from stdin and run it. Compiling the harness on
# every run would cost more than starting Python itself.
BOOTSTRAP = (
    "import marshal, posix\n"
    "def take(size):\n"
    "    data = b''\n"
    "    while len(data) < size:\n"
    "        chunk = posix.read(0, size - len(data))\n"
    "        if not chunk:\n"
    "            raise EOFError('stdin ended early')\n"
    "        data += chunk\n"
    "    return data\n"
    "exec(marshal.loads(take(int(take(10)))), {'__name__': '__main__', '__builtins__': __builtins__})\n"
)
COMPILER = (
    "import marshal, sys\n"
    "sys.stdout.buffer.write(marshal.dumps(compile(sys.stdin.buffer.read(), '<harness>', 'exec', dont_inherit=True)))\n"
)


class IsolationError(RuntimeError):
    """This machine cannot give the requested isolation (the message says what is missing)."""


@dataclass(frozen=True)
class SandboxUser:
    name: str
    uid: int
    gid: int


@dataclass(frozen=True)
class Limits:
    time_limit: float
    memory_mb: int
    output_limit_bytes: int

    @property
    def cpu_seconds(self) -> int:
        return max(1, math.ceil(self.time_limit))


def resolve_user(preferred: str) -> SandboxUser | None:
    """The unprivileged user to run as: `preferred` (the `sandbox` system user) if it exists, else `nobody`.

    None when the app itself is not root: it cannot switch users, so code runs as the app's own user.
    """
    if os.geteuid() != 0:
        return None
    for name in (preferred, "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        if entry.pw_uid != 0:
            return SandboxUser(name=name, uid=entry.pw_uid, gid=entry.pw_gid)
    raise IsolationError(
        f"Neither a '{preferred}' user nor 'nobody' exists; pupil code must never run as root."
    )


@cache
def python_layout() -> tuple[str, str, tuple[str, ...]]:
    """(real interpreter path, its standard library folder, the shared-library folders it needs)."""
    real = os.path.realpath(SANDBOX_PYTHON)
    name = os.path.basename(real)  # python3.11
    stdlib = f"/usr/lib/{name}"
    if not os.path.isfile(real) or not os.path.isdir(stdlib):
        raise IsolationError(f"{SANDBOX_PYTHON} (Debian's python3) is not installed.")
    libdirs = tuple(sorted(d for d in glob.glob("/usr/lib/*-linux-gnu*") if os.path.isdir(d)))
    if os.path.isdir("/usr/lib64"):
        libdirs += ("/usr/lib64",)
    return real, stdlib, libdirs


def _prlimit(limits: Limits, *, processes: int | None) -> list[str]:
    """rlimits for the harness, inherited by each test process. The harness lowers the process limit to 1 in
    each test process itself, before any pupil code; `processes` caps the harness's own count too, where the
    count is this run's alone (inside bubblewrap's user namespace)."""
    if not os.path.exists("/usr/bin/prlimit"):
        raise IsolationError("prlimit (util-linux) is not installed.")
    cpu = limits.cpu_seconds
    nproc = [f"--nproc={processes}"] if processes is not None else []
    return [
        "/usr/bin/prlimit",
        f"--cpu={cpu}:{cpu + 1}",  # SIGXCPU at the soft limit, SIGKILL a second later (each test process)
        f"--as={limits.memory_mb * 1024 * 1024}",
        *nproc,
        f"--fsize={FILE_SIZE_BYTES}",
        f"--nofile={OPEN_FILES}",
        "--core=0",
        "--",
    ]


def _python(result_fd: int) -> list[str]:
    return [SANDBOX_PYTHON, *PYTHON_FLAGS, "-c", BOOTSTRAP, str(result_fd)]


@cache
def harness_code() -> bytes:
    """harness.py compiled and marshalled by the sandbox's own interpreter (bytecode is version-specific)."""
    python_layout()
    try:
        done = subprocess.run(
            [SANDBOX_PYTHON, "-I", "-S", "-c", COMPILER],
            input=HARNESS_SOURCE.encode(),
            capture_output=True,
            env=MINIMAL_ENV,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise IsolationError(f"could not compile the harness with {SANDBOX_PYTHON}: {exc}") from exc
    if done.returncode != 0 or not done.stdout:
        raise IsolationError(f"could not compile the harness: {done.stderr.decode(errors='replace')[:300]}")
    return done.stdout


def _bwrap(limits: Limits, result_fd: int, seccomp_fd: int) -> list[str]:
    bwrap = shutil.which("bwrap", path=MINIMAL_ENV["PATH"])
    if bwrap is None:
        raise IsolationError("bubblewrap (bwrap) is not installed.")
    real, stdlib, libdirs = python_layout()
    # fmt: off
    argv = [
        bwrap,
        "--unshare-all",  # mount, PID, network (only its own lo), IPC, UTS and cgroup namespaces
        "--unshare-user",  # required, not just "if possible" as --unshare-all alone asks
        "--seccomp", str(seccomp_fd),  # and pupil code cannot make more of them (app/sandbox/seccomp.py)
        "--die-with-parent",
        "--new-session",
        "--hostname", "sandbox",
        "--ro-bind", real, SANDBOX_PYTHON,
        "--ro-bind", os.path.realpath("/usr/bin/prlimit"), "/usr/bin/prlimit",
        "--ro-bind", stdlib, stdlib,
    ]
    # fmt: on
    for libdir in libdirs:
        argv += ["--ro-bind", libdir, libdir]
    argv += ["--symlink", "usr/lib", "/lib", "--symlink", "usr/bin", "/bin"]
    if "/usr/lib64" in libdirs:
        argv += ["--symlink", "usr/lib64", "/lib64"]
    for module in BLOCKED_MODULES:
        for path in glob.glob(f"{stdlib}/lib-dynload/{module}.*.so"):
            argv += ["--ro-bind", "/dev/null", path]
    # fmt: off
    argv += [
        "--dev", "/dev", "--remount-ro", "/dev",  # null, zero, urandom...; no writable /dev/shm
        "--size", str(TMP_BYTES), "--tmpfs", "/tmp",
        "--remount-ro", "/",
        "--chdir", "/tmp",
        "--clearenv", "--setenv", "PATH", "/usr/bin", "--setenv", "HOME", "/tmp", "--setenv", "LANG", "C.UTF-8",
    ]
    # fmt: on
    return argv + _prlimit(limits, processes=BWRAP_PROCESSES) + _python(result_fd)


def _setpriv(user: SandboxUser | None) -> list[str]:
    """Drop from root to the sandbox user before anything else runs (uvloop cannot switch users itself), and
    have the kernel kill the run if the app dies mid-run (bubblewrap's --die-with-parent does the same)."""
    switch = [f"--reuid={user.uid}", f"--regid={user.gid}", "--clear-groups"] if user else []
    return ["/usr/bin/setpriv", *switch, "--no-new-privs", "--inh-caps=-all", "--pdeathsig=KILL", "--"]


@dataclass(frozen=True)
class Isolation:
    """One way of launching the harness, with the user it runs as."""

    mode: str
    user: SandboxUser | None

    @property
    def needs_workdir(self) -> bool:
        """Without bubblewrap there is no private /tmp, so each run gets an empty folder of its own."""
        return self.mode != "bwrap"

    @property
    def needs_seccomp(self) -> bool:
        """bubblewrap reads a seccomp filter from a file descriptor it is given (`seccomp.program_fd`)."""
        return self.mode == "bwrap"

    def command(self, limits: Limits, result_fd: int, seccomp_fd: int | None = None) -> list[str]:
        if self.mode == "bwrap":
            if seccomp_fd is None:
                raise IsolationError("bubblewrap needs the seccomp filter's file descriptor.")
            return [*_setpriv(self.user), *_bwrap(limits, result_fd, seccomp_fd)]
        python_layout()
        if self.mode == "unshare":
            if os.geteuid() != 0:
                raise IsolationError("unshare --net needs root.")
            return [
                "/usr/bin/unshare",
                "--net",
                # A PID namespace of its own: a test process that leaves the process group (setsid) still dies
                # with the harness, the namespace's first process, which dies with unshare.
                "--pid",
                "--fork",
                "--kill-child",
                "--",
                *_setpriv(self.user),
                *_prlimit(limits, processes=None),
                *_python(result_fd),
            ]
        return [*_setpriv(self.user), *_prlimit(limits, processes=None), *_python(result_fd)]

    def make_workdir(self) -> str:
        path = tempfile.mkdtemp(prefix="ks3-sandbox-")
        if self.user is not None:
            os.chown(path, self.user.uid, self.user.gid)
        os.chmod(path, 0o700)
        return path

    def describe(self, limits: Limits) -> dict:
        """What this mode protects, in words an admin can check against docs/sandbox.md."""
        user = self.user.name if self.user else "the app's own user (the app is not running as root)"
        network = {
            "bwrap": "none: own network namespace with only its own loopback",
            "unshare": "none: own network namespace (unshare --net)",
            "rlimits": "NOT isolated here: the runner container's network rules must block it",
        }[self.mode]
        filesystem = (
            "only Debian's Python and its libraries, read-only; empty private /tmp "
            f"({TMP_BYTES // (1024 * 1024)} MB); no /proc"
            if self.mode == "bwrap"
            else "host files readable by the sandbox user; empty private working folder"
        )
        return {
            "mode": self.mode,
            "user": user,
            "network": network,
            "filesystem": filesystem,
            "namespaces": "user, mount, pid, net, ipc, uts, cgroup"
            if self.mode == "bwrap"
            else ("net, pid" if self.mode == "unshare" else "none"),
            "environment": "empty (PATH, HOME and LANG only)",
            "rlimits": {
                "cpu_seconds": limits.cpu_seconds,
                "memory_mb": limits.memory_mb,
                "processes": 1,
                "file_size_kb": FILE_SIZE_BYTES // 1024,
                "open_files": OPEN_FILES,
            },
            "output_limit_kb": limits.output_limit_bytes // 1024,
        }


def candidates(forced: str, preferred_user: str) -> list[Isolation]:
    """Modes to try in order: the forced one only, or the strongest this process could use."""
    user = resolve_user(preferred_user)
    if forced != "auto":
        if forced not in MODES:
            raise IsolationError(f"SANDBOX_ISOLATION must be auto, {', '.join(MODES)}; not {forced!r}.")
        return [Isolation(forced, user)]
    modes = ["bwrap", "unshare", "rlimits"] if os.geteuid() == 0 else ["bwrap", "rlimits"]
    return [Isolation(mode, user) for mode in modes]
