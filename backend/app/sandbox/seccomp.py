"""A seccomp filter that stops pupil code making user namespaces, handed to bubblewrap with `--seccomp FD`.

Why not bubblewrap's own `--disable-userns`: it writes /proc/sys/user/max_user_namespaces, which Docker mounts
read-only, so it fails in the runner container. Docker's `systempaths=unconfined` would make it work, but it
also un-masks /proc and makes /proc/sys writable to the container's root, who is root on the host: one fault in
the runner service would then be a fault of the host kernel's settings. This filter needs neither: the kernel
refuses the calls themselves, in the container and on a VM alike (docs/sandbox.md, "User namespaces").

What it refuses, for the sandboxed process and everything it starts (bubblewrap loads it last, just before it
starts prlimit and Python; it cannot be removed, and no-new-privs keeps setuid programs from escaping it):
- unshare() and clone() with CLONE_NEWUSER: no nested user namespace, so no capabilities inside one;
- clone3(): its flags are in memory a filter cannot read, so it answers ENOSYS and the C library falls back to
  clone(), which the filter can check (as Docker's and Flatpak's filters do);
- setns(): no joining another namespace;
- any system call of another ABI (32-bit or x32 on a 64-bit kernel), where the numbers above mean other things.
Everything else is allowed: the sandbox's other walls (namespaces, rlimits, a read-only view of Python) stay.

The program is classic BPF, built here by hand (no libseccomp binding is needed): each instruction is
`struct sock_filter {u16 code; u8 jt; u8 jf; u32 k}`, read against `struct seccomp_data {int nr; u32 arch;
u64 ip; u64 args[6]}`.
"""

from __future__ import annotations

import errno
import os
import platform
import struct
from typing import NamedTuple


class Arch(NamedTuple):
    """A 64-bit ABI's audit number and its system call numbers."""

    audit: int
    unshare: int
    clone: int
    clone3: int
    setns: int
    first_foreign: int | None  # x86_64: numbers from here up are the x32 ABI's


ARCHES = {
    "x86_64": Arch(audit=0xC000003E, unshare=272, clone=56, clone3=435, setns=308, first_foreign=0x40000000),
    "aarch64": Arch(audit=0xC00000B7, unshare=97, clone=220, clone3=435, setns=268, first_foreign=None),
}

CLONE_NEWUSER = 0x10000000

# Offsets into struct seccomp_data; args[0]'s low 32 bits (little-endian), where the flags of both calls are.
_NR, _ARCH, _ARG0_LOW = 0, 4, 16
# BPF opcodes and seccomp return values (linux/filter.h, linux/seccomp.h).
_LOAD = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ, _JGE, _JSET = 0x15, 0x35, 0x45  # BPF_JMP | BPF_JEQ / BPF_JGE / BPF_JSET, with a constant
_RET = 0x06  # BPF_RET | BPF_K
ALLOW = 0x7FFF0000


def _errno(number: int) -> int:
    return 0x00050000 | number  # SECCOMP_RET_ERRNO


def _op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k)


class UnsupportedArch(Exception):
    """No filter is known for this machine's architecture."""


def program(machine: str | None = None) -> bytes:
    """The filter for `machine` (default: this one's), as bubblewrap reads it."""
    arch = ARCHES.get(machine or platform.machine())
    if arch is None:
        raise UnsupportedArch(f"no seccomp filter for {machine or platform.machine()!r}")
    refuse, nosys = _errno(errno.EPERM), _errno(errno.ENOSYS)
    ops = [
        _op(_LOAD, _ARCH),
        _op(_JEQ, arch.audit, jt=1),
        _op(_RET, refuse),  # another ABI: nothing at all
        _op(_LOAD, _NR),
    ]
    if arch.first_foreign is not None:
        ops += [_op(_JGE, arch.first_foreign, jf=1), _op(_RET, refuse)]
    # From here, jumps count instructions to skip: the four checks, then ALLOW, then the flags check.
    ops += [
        _op(_JEQ, arch.unshare, jt=6),  # -> load flags
        _op(_JEQ, arch.clone, jt=5),  # -> load flags
        _op(_JEQ, arch.clone3, jt=1),  # -> ENOSYS
        _op(_JEQ, arch.setns, jt=1, jf=2),  # -> refuse, else -> allow
        _op(_RET, nosys),
        _op(_RET, refuse),
        _op(_RET, ALLOW),
        _op(_LOAD, _ARG0_LOW),
        _op(_JSET, CLONE_NEWUSER, jt=1),
        _op(_RET, ALLOW),
        _op(_RET, refuse),
    ]
    return b"".join(ops)


def program_fd() -> int:
    """A file descriptor holding the filter, at its start, for one bubblewrap to read (`--seccomp FD`). The
    caller passes it to the child and closes its own copy once the child has started."""
    fd = os.memfd_create("ks3-seccomp", os.MFD_CLOEXEC)
    os.write(fd, program())
    os.lseek(fd, 0, os.SEEK_SET)
    return fd
