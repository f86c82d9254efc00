"""The OS layer: the security boundary around the child process.

Linux (no root needed): an empty network namespace, Landlock (read-only runtime, read-write
work folder, no execute, no TCP, no signals to other processes), a seccomp filter (no new
processes or programs), and rlimits. macOS: a deny-by-default sandbox-exec profile built
by the parent, rlimits, and the parent's memory watchdog. Each step reports whether it
took effect, so a machine that lacks one layer says so instead of failing silently.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform
import resource
import signal
import struct
import sys
from pathlib import Path

_libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
if sys.platform.startswith("linux"):  # macOS's libc has no prctl: the child must still import this
    _libc.syscall.restype = ctypes.c_long
    _libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]

CLONE_NEWUSER, CLONE_NEWNET, CLONE_THREAD = 0x10000000, 0x40000000, 0x00010000
PR_SET_NO_NEW_PRIVS, PR_SET_PDEATHSIG, PR_SET_SECCOMP = 38, 1, 22


def set_rlimits(memory_mb: int, file_mb: int) -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-big write fails with EFBIG instead
    size = file_mb * 2**20
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    if sys.platform.startswith("linux"):  # macOS ignores RLIMIT_AS: the parent watches RSS there
        limit = memory_mb * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def limit_cpu(seconds: float) -> None:
    """CPU seconds from now: SIGXCPU at the soft limit, SIGKILL one second later."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    now = int(used.ru_utime + used.ru_stime) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (now + int(seconds), now + int(seconds) + 1))


def forbid_new_processes() -> bool:
    """RLIMIT_NPROC=0 (ignored for root, hence also the seccomp filter)."""
    try:
        resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))
        return True
    except (ValueError, OSError):
        return False


def die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def isolate_network() -> bool:
    """A new user + network namespace: only a loopback interface, and it is down."""
    if not sys.platform.startswith("linux"):
        return False
    return _libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0


# ---- Landlock ---------------------------------------------------------------------------------

_LL_CREATE, _LL_ADD_RULE, _LL_RESTRICT = 444, 445, 446
_FS_READ = (1 << 2) | (1 << 3)  # READ_FILE | READ_DIR
_FS_WRITE = sum(1 << b for b in (1, 4, 5, 6, 7, 8, 9, 10, 11, 12))  # write, remove, make_*
_FS_EXTRA = {2: 1 << 13, 3: 1 << 14, 5: 1 << 15}  # REFER (ABI 2), TRUNCATE (3), IOCTL_DEV (5)


def landlock_abi() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    abi = _libc.syscall(_LL_CREATE, None, 0, 1)  # LANDLOCK_CREATE_RULESET_VERSION
    return max(int(abi), 0)


def apply_landlock(read_only: list[Path], read_write: list[Path]) -> int:
    """Restrict this process (and children) to the given trees; returns the ABI used (0 = none)."""
    abi = landlock_abi()
    if abi < 1:
        return 0
    handled_fs = (1 << 0) | _FS_READ | _FS_WRITE  # EXECUTE is handled and never granted
    for version, bit in _FS_EXTRA.items():
        if abi >= version:
            handled_fs |= bit
    handled_net = 0b11 if abi >= 4 else 0  # BIND_TCP | CONNECT_TCP, never granted
    scoped = 0b11 if abi >= 6 else 0  # abstract unix sockets, signals outside the sandbox
    attr = struct.pack("QQQ", handled_fs, handled_net, scoped)
    size = 24 if abi >= 6 else (16 if abi >= 4 else 8)
    buf = ctypes.create_string_buffer(attr[:size], size)
    ruleset = _libc.syscall(_LL_CREATE, buf, size, 0)
    if ruleset < 0:
        return 0
    try:
        writable = handled_fs & ~(1 << 0)
        for path in read_only:
            _allow(ruleset, path, _FS_READ)
        for path in read_write:
            _allow(ruleset, path, writable)
        if _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return 0
        if _libc.syscall(_LL_RESTRICT, ruleset, 0) != 0:
            return 0
    finally:
        os.close(ruleset)
    return abi


def _allow(ruleset: int, path: Path, access: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return  # a path that does not exist here simply gets no rule
    try:
        if not Path(path).is_dir():
            access &= (1 << 0) | (1 << 1) | (1 << 2) | (1 << 14) | (1 << 15)  # file-only rights
        rule = ctypes.create_string_buffer(struct.pack("=Qi", access, fd), 12)
        _libc.syscall(_LL_ADD_RULE, ruleset, 1, rule, 0)  # LANDLOCK_RULE_PATH_BENEATH
    finally:
        os.close(fd)


# ---- seccomp ----------------------------------------------------------------------------------

_ARCH = {"x86_64": (0xC000003E, {"clone": 56, "fork": 57, "vfork": 58, "execve": 59, "ptrace": 101,
                                 "execveat": 322, "clone3": 435}),
         "aarch64": (0xC00000B7, {"clone": 220, "execve": 221, "ptrace": 117, "execveat": 281, "clone3": 435})}  # fmt: skip


def apply_seccomp() -> bool:
    """Deny new programs (execve), new processes (fork, clone without CLONE_THREAD) and ptrace."""
    machine = platform.machine()
    if not sys.platform.startswith("linux") or machine not in _ARCH:
        return False
    audit_arch, nr = _ARCH[machine]
    allow, eperm, enosys = 0x7FFF0000, 0x00050000 | 1, 0x00050000 | 38
    prog: list[tuple[int, int, int, int]] = [(0x20, 0, 0, 4)]  # load arch
    prog.append((0x15, 1, 0, audit_arch))  # same arch: continue past the next instruction
    prog.append((0x06, 0, 0, allow))  # another ABI: leave it alone
    prog.append((0x20, 0, 0, 0))  # load syscall number
    denied = [nr[n] for n in ("execve", "execveat", "fork", "vfork", "ptrace") if n in nr]
    for number in denied:
        prog += [(0x15, 0, 1, number), (0x06, 0, 0, eperm)]
    prog += [(0x15, 0, 1, nr["clone3"]), (0x06, 0, 0, enosys)]  # glibc falls back to clone for threads
    prog += [(0x15, 0, 3, nr["clone"]), (0x20, 0, 0, 16), (0x45, 1, 0, CLONE_THREAD), (0x06, 0, 0, eperm)]
    prog.append((0x06, 0, 0, allow))
    raw = b"".join(struct.pack("HBBI", *ins) for ins in prog)
    filters = ctypes.create_string_buffer(raw, len(raw))
    fprog = struct.pack("HxxxxxxQ", len(prog), ctypes.addressof(filters))
    fprog_buf = ctypes.create_string_buffer(fprog, len(fprog))
    if _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    return _libc.prctl(PR_SET_SECCOMP, 2, ctypes.addressof(fprog_buf), 0, 0) == 0


# ---- macOS ------------------------------------------------------------------------------------


def seatbelt_profile(read_only: list[Path], read_write: list[Path]) -> str:
    """A deny-by-default sandbox-exec profile (macOS). Untested on a Mac in this build.

    Programs may start only from the interpreter's own tree: a framework Python's `python3`
    re-executes Python.app inside it. Forks are denied, so nothing runs beside the child.
    """

    def paths(items: list[Path]) -> str:
        return " ".join(f'(subpath "{Path(p).resolve()}")' for p in items if Path(p).exists())

    return f"""(version 1)
(deny default)
(allow process-exec (literal "{Path(sys.executable).resolve()}") (subpath "{Path(sys.base_prefix).resolve()}"))
(allow file-read-metadata)
(allow file-read* {paths(read_only)} (subpath "/System") (subpath "/usr/lib") (subpath "/usr/share")
    (subpath "/private/var/db/timezone") (literal "/dev/null") (literal "/dev/urandom") (literal "/dev/random"))
(allow file-read* file-write* {paths(read_write)} (literal "/dev/null"))
(allow sysctl-read)
(allow signal (target self))
(allow mach-lookup (global-name "com.apple.system.opendirectoryd.libinfo"))
(deny network*)
(deny process-fork)
"""
