"""The seccomp filter that keeps pupil code from making user namespaces (app/sandbox/seccomp.py), loaded by real
bubblewrap as the runs load it. Pupil code cannot call unshare() itself (no ctypes in the sandbox), so the filter
is tried on util-linux's `unshare`, the same system call, inside the same kind of bubblewrap."""

from __future__ import annotations

import os
import pwd
import shutil
import struct
import subprocess

import pytest

from app.sandbox import seccomp
from app.sandbox.isolation import Isolation, Limits
from tests import dbs

pytestmark = pytest.mark.slow


def _bwrap_as_sandbox_user(program: list[str], *, with_filter: bool) -> subprocess.CompletedProcess[str]:
    bwrap = shutil.which("bwrap")
    if bwrap is None or os.geteuid() != 0:
        if dbs.in_ci():
            pytest.fail("bubblewrap and root are needed for this test (.ci/run provides both)")
        pytest.skip("needs bubblewrap and root")
    user = pwd.getpwnam("sandbox")
    argv = ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups", "--", bwrap,
            "--unshare-all", "--unshare-user", "--die-with-parent", "--ro-bind", "/usr", "/usr",
            "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
            "--dev", "/dev"]
    fds: tuple[int, ...] = ()
    if with_filter:
        fd = seccomp.program_fd()
        os.set_inheritable(fd, True)
        fds = (fd,)
        argv += ["--seccomp", str(fd)]
    try:
        return subprocess.run([*argv, *program], capture_output=True, text=True, pass_fds=fds, timeout=30,
                              check=False)
    finally:
        for fd in fds:
            os.close(fd)


def test_without_the_filter_a_nested_user_namespace_can_be_made_here():
    """The control: on this machine unprivileged user namespaces work, so the next test can fail."""
    done = _bwrap_as_sandbox_user(["/usr/bin/unshare", "--user", "true"], with_filter=False)
    assert done.returncode == 0, done.stderr


def test_with_the_filter_no_user_namespace_can_be_made():
    done = _bwrap_as_sandbox_user(["/usr/bin/unshare", "--user", "true"], with_filter=True)
    assert done.returncode != 0
    assert "Operation not permitted" in done.stderr


def test_with_the_filter_threads_processes_and_forks_still_work():
    """clone3 answers ENOSYS, so the C library falls back to clone(), which the filter checks and allows."""
    code = ("import os, subprocess, threading\n"
            "t = threading.Thread(target=print, args=('thread',)); t.start(); t.join()\n"
            "print(subprocess.run(['/usr/bin/true']).returncode)\n"
            "pid = os.fork()\n"
            "os._exit(7) if pid == 0 else print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))\n")
    done = _bwrap_as_sandbox_user(["/usr/bin/python3", "-I", "-S", "-c", code], with_filter=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["thread", "0", "7"]


@pytest.mark.parametrize("machine", sorted(seccomp.ARCHES))
def test_the_program_is_whole_instructions_ending_in_a_return(machine: str):
    program = seccomp.program(machine)
    assert len(program) % 8 == 0
    last_code = struct.unpack("=HBBI", program[-8:])[0]
    assert last_code == 0x06


def test_an_unknown_architecture_is_refused_not_guessed():
    with pytest.raises(seccomp.UnsupportedArch):
        seccomp.program("sparc64")


def test_bubblewrap_runs_are_given_the_filter_not_the_proc_sys_switch():
    """--disable-userns writes /proc/sys, which Docker mounts read-only: the runs must not depend on it."""
    argv = Isolation("bwrap", None).command(Limits(time_limit=1, memory_mb=64, output_limit_bytes=1024), 5, 9)
    assert "--disable-userns" not in argv
    assert argv[argv.index("--seccomp") + 1] == "9"
