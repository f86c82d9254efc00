"""Walls the child builds around itself, inside the boundary the runner started it in.

Linux: the runner starts the child in bubblewrap (boundary.py: namespaces, a read-only
view of the runtime only). Inside, the child adds Landlock where the kernel has it
(read-only runtime, read-write work folder, no execute, no TCP, signals scoped), a seccomp
filter (below), rlimits and a wall-clock watchdog. macOS: a deny-by-default sandbox-exec
profile built by the parent, rlimits, and the parent's memory watchdog. Each step reports
whether it took effect; isolation.py refuses to run code where a required one cannot.
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
#
# A small classic-BPF program, assembled here rather than through libseccomp: the only PyPI
# bindings (pyseccomp) are unmaintained since 2021 and would need the system's libseccomp.so
# at run time, also inside the packaged app. The program, in order:
#   1. kill the process for any other architecture (32-bit `int 0x80` calls report
#      AUDIT_ARCH_I386) and, on x86-64, for x32 calls (numbers with bit 30 set);
#   2. refuse, with EPERM, calls that start programs or processes, reach other processes
#      (ptrace, process_vm_*, signals, pidfds), make executable memory files, touch kernel
#      keys, BPF, userfaultfd, io_uring, mounts and namespaces, or escape the session;
#   3. allow socketpair(AF_UNIX) but no socket() at all, kill/tgkill/prlimit64 on this
#      process only, clone only for threads (clone3 answers ENOSYS so glibc falls back);
#   4. allow everything else.

_RET_KILL_PROCESS, _RET_ALLOW = 0x80000000, 0x7FFF0000
_EPERM, _ENOSYS = 1, 38
_X32_BIT = 0x40000000
AF_UNIX = 1

_DENIED = ("execve", "execveat", "fork", "vfork", "ptrace", "process_vm_readv", "process_vm_writev",
           "memfd_create", "memfd_secret", "keyctl", "add_key", "request_key", "bpf", "userfaultfd",
           "mount", "umount2", "pivot_root", "chroot", "unshare", "setns", "setsid", "setpgid",
           "socket", "tkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo", "pidfd_open", "pidfd_send_signal",
           "pidfd_getfd", "io_uring_setup", "io_uring_enter", "io_uring_register", "perf_event_open",
           "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "open_tree",
           "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr", "personality", "kcmp",
           "open_by_handle_at", "name_to_handle_at", "quotactl", "reboot", "swapon", "swapoff", "acct",
           "iopl", "ioperm", "modify_ldt", "syslog", "lookup_dcookie", "vhangup", "move_pages",
           "migrate_pages", "process_madvise", "process_mrelease")  # fmt: skip

_X86_64 = {
    "read": 0, "socket": 41, "socketpair": 53, "clone": 56, "fork": 57, "vfork": 58, "execve": 59, "kill": 62,
    "ptrace": 101, "syslog": 103, "setpgid": 109, "setsid": 112, "rt_sigqueueinfo": 129, "personality": 135,
    "vhangup": 153, "modify_ldt": 154, "pivot_root": 155, "chroot": 161, "acct": 163, "mount": 165,
    "umount2": 166, "swapon": 167, "swapoff": 168, "reboot": 169, "iopl": 172, "ioperm": 173,
    "init_module": 175, "delete_module": 176, "quotactl": 179, "tkill": 200, "lookup_dcookie": 212,
    "tgkill": 234, "kexec_load": 246, "add_key": 248, "request_key": 249, "keyctl": 250,
    "migrate_pages": 256, "unshare": 272, "move_pages": 279, "rt_tgsigqueueinfo": 297, "perf_event_open": 298,
    "prlimit64": 302, "name_to_handle_at": 303, "open_by_handle_at": 304, "setns": 308,
    "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312, "finit_module": 313, "memfd_create": 319,
    "kexec_file_load": 320, "bpf": 321, "execveat": 322, "userfaultfd": 323, "pidfd_send_signal": 424,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427, "open_tree": 428,
    "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433, "pidfd_open": 434,
    "clone3": 435, "pidfd_getfd": 438, "process_madvise": 440, "mount_setattr": 442, "memfd_secret": 447,
    "process_mrelease": 448,
}  # fmt: skip
# The generic table (arm64 has no fork, vfork, iopl, ioperm or modify_ldt). Not run in CI.
_AARCH64 = {
    "lookup_dcookie": 18, "umount2": 39, "mount": 40, "pivot_root": 41, "chroot": 51, "vhangup": 58,
    "quotactl": 60, "acct": 89, "personality": 92, "unshare": 97, "kexec_load": 104, "init_module": 105,
    "delete_module": 106, "syslog": 116, "ptrace": 117, "kill": 129, "tkill": 130, "tgkill": 131,
    "rt_sigqueueinfo": 138, "reboot": 142, "setpgid": 154, "setsid": 157, "socket": 198, "socketpair": 199,
    "add_key": 217, "request_key": 218, "keyctl": 219, "clone": 220, "execve": 221, "swapon": 224,
    "swapoff": 225, "migrate_pages": 238, "move_pages": 239, "rt_tgsigqueueinfo": 240, "perf_event_open": 241,
    "prlimit64": 261, "name_to_handle_at": 264, "open_by_handle_at": 265, "setns": 268,
    "process_vm_readv": 270, "process_vm_writev": 271, "kcmp": 272, "finit_module": 273, "memfd_create": 279,
    "bpf": 280, "execveat": 281, "userfaultfd": 282, "kexec_file_load": 294, "pidfd_send_signal": 424,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427, "open_tree": 428,
    "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433, "pidfd_open": 434,
    "clone3": 435, "pidfd_getfd": 438, "process_madvise": 440, "mount_setattr": 442, "memfd_secret": 447,
    "process_mrelease": 448,
}  # fmt: skip
_ARCH = {"x86_64": (0xC000003E, _X86_64), "aarch64": (0xC00000B7, _AARCH64)}

# classic BPF opcodes
_LD_W_ABS, _JEQ_K, _JGE_K, _JSET_K, _RET_K = 0x20, 0x15, 0x35, 0x45, 0x06


def _arg_low(index: int) -> int:
    """Offset of the low 32 bits of argument `index` in struct seccomp_data (little-endian)."""
    return 16 + 8 * index


def _only_if_arg(nr: int, index: int, values: tuple[int, ...], otherwise: int) -> list[tuple[int, int, int, int]]:
    """If the call is `nr`: allow it when argument `index` is one of `values`, else return `otherwise`."""
    size = 2 + len(values) + 2
    block = [(_JEQ_K, 0, size - 1, nr), (_LD_W_ABS, 0, 0, _arg_low(index))]
    for i, value in enumerate(values):
        at = 2 + i
        block.append((_JEQ_K, size - 1 - at - 1, 0, value & 0xFFFFFFFF))
    block += [(_RET_K, 0, 0, otherwise), (_RET_K, 0, 0, _RET_ALLOW)]
    return block


def seccomp_program(machine: str, own_pid: int) -> list[tuple[int, int, int, int]] | None:
    """The filter as (code, jt, jf, k) instructions, or None on an architecture without a table."""
    if machine not in _ARCH:
        return None
    audit_arch, nr = _ARCH[machine]
    eperm, enosys = 0x00050000 | _EPERM, 0x00050000 | _ENOSYS
    prog = [(_LD_W_ABS, 0, 0, 4), (_JEQ_K, 1, 0, audit_arch), (_RET_K, 0, 0, _RET_KILL_PROCESS)]
    prog.append((_LD_W_ABS, 0, 0, 0))  # the system call number
    if machine == "x86_64":
        prog += [(_JGE_K, 0, 1, _X32_BIT), (_RET_K, 0, 0, _RET_KILL_PROCESS)]
    for name in _DENIED:
        if name in nr:
            prog += [(_JEQ_K, 0, 1, nr[name]), (_RET_K, 0, 0, eperm)]
    prog += [(_JEQ_K, 0, 1, nr["clone3"]), (_RET_K, 0, 0, enosys)]
    prog += [(_JEQ_K, 0, 4, nr["clone"]), (_LD_W_ABS, 0, 0, _arg_low(0)), (_JSET_K, 1, 0, CLONE_THREAD),
             (_RET_K, 0, 0, eperm), (_RET_K, 0, 0, _RET_ALLOW)]  # fmt: skip
    prog += _only_if_arg(nr["socketpair"], 0, (AF_UNIX,), eperm)
    prog += _only_if_arg(nr["kill"], 0, (own_pid,), eperm)
    prog += _only_if_arg(nr["tgkill"], 0, (own_pid,), eperm)
    prog += _only_if_arg(nr["prlimit64"], 0, (0, own_pid), eperm)
    prog.append((_RET_K, 0, 0, _RET_ALLOW))
    return prog


def seccomp_available() -> bool:
    """The kernel has seccomp filter mode, and there is a filter for this architecture."""
    if not sys.platform.startswith("linux") or platform.machine() not in _ARCH:
        return False
    return _libc.prctl(21, 0, 0, 0, 0) >= 0  # PR_GET_SECCOMP answers instead of EINVAL


def apply_seccomp() -> bool:
    """Install the filter on this process (and every thread it starts later)."""
    if not sys.platform.startswith("linux"):
        return False
    prog = seccomp_program(platform.machine(), os.getpid())
    if prog is None:
        return False
    raw = b"".join(struct.pack("HBBI", *ins) for ins in prog)
    filters = ctypes.create_string_buffer(raw, len(raw))
    fprog = struct.pack("HxxxxxxQ", len(prog), ctypes.addressof(filters))
    fprog_buf = ctypes.create_string_buffer(fprog, len(fprog))
    if _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    return _libc.prctl(PR_SET_SECCOMP, 2, ctypes.addressof(fprog_buf), 0, 0) == 0


# ---- wall clock inside the boundary -------------------------------------------------------------


def start_watchdog(timeout_s: float) -> int | None:
    """Fork a sleeper that kills this process `timeout_s` after it hears b"S" on the returned fd.

    Forked before Landlock and seccomp, so the code cannot signal it (Landlock scopes signals
    to its own domain, the filter lets kill() reach this process only). It needs no parent:
    inside bubblewrap's PID namespace it ends with the run, and it ends the run even when the
    app is gone and the code has cleared its own death signal. Returns None where fork fails.
    """
    read_fd, write_fd = os.pipe()
    target = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid:
        os.close(read_fd)
        return write_fd
    try:  # the watchdog: hold no pipe of the run open, so EOFs still reach the parent
        _libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE=0: no /proc/PID/mem for the code, even without Landlock
        os.closerange(3, read_fd)
        os.closerange(read_fd + 1, 1 << 16)
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        if os.read(read_fd, 1) == b"S":  # EOF before that: the child is gone without running code
            import select
            import time

            end = time.monotonic() + timeout_s
            while (left := end - time.monotonic()) > 0:
                select.select([], [], [], left)  # the code closing our pipe must not end the clock
            os.kill(target, signal.SIGKILL)
    finally:
        os._exit(0)


# ---- macOS ------------------------------------------------------------------------------------


def seatbelt_profile(read_only: list[Path], read_write: list[Path]) -> str:
    """A deny-by-default sandbox-exec profile (macOS). Written and reviewed here, run on a Mac only.

    The closing denies restate the default for the classes that matter most; nothing above
    allows any of them, so rule order cannot open them.
    - programs: only the interpreter (a framework Python's `python3` re-executes
      Python.app/Contents/MacOS/Python), nothing else; forks are denied;
    - files: contents readable only in the runtime, the system libraries and the work
      folder; metadata (stat) only of those and of the folders above them, so code cannot
      even probe for ~/.ssh; writes only in the work folder and /dev/null;
    - network: none at all, Unix-domain sockets included (`network*`);
    - IPC: no mach or XPC services, no shared memory; signals to itself only;
    - /System/Volumes/Data is the user's data volume seen through /System (firmlinks): its
      /Users, /private and /opt are only reachable by the paths allowed above, never through
      this alias (the later, more specific deny wins over the /System allow).
    """
    executables = _seatbelt_executables()
    readable = [Path(p).resolve() for p in read_only if Path(p).exists()]
    writable = [Path(p).resolve() for p in read_write if Path(p).exists()]
    system = [
        Path(p)
        for p in (
            "/System",
            "/usr/lib",
            "/usr/share/zoneinfo",
            "/private/var/db/timezone",
            "/private/var/db/dyld",
            "/Library/Apple/System",
        )
    ]
    ancestors = sorted({str(a) for p in [*readable, *writable, *system, *executables] for a in p.parents})

    def subpaths(items: list[Path]) -> str:
        return " ".join(f'(subpath "{_sb_quote(p)}")' for p in items)

    def literals(items: list[str] | list[Path]) -> str:
        return " ".join(f'(literal "{_sb_quote(p)}")' for p in items)

    devices = literals(["/dev/null", "/dev/zero", "/dev/urandom", "/dev/random"])
    return f"""(version 1)
(deny default)
(allow process-exec {literals(executables)})
(allow file-read-metadata {literals(ancestors)} {subpaths([*readable, *writable, *system])} {devices})
(allow file-read* {subpaths([*readable, *system])} {devices})
(allow file-read* file-write* {subpaths(writable)} (literal "/dev/null"))
(allow sysctl-read)
(allow signal (target self))
(deny network*)
(deny process-fork)
(deny mach-lookup)
(deny ipc-posix-shm*)
(deny file-read* file-read-metadata file-write* (subpath "/System/Volumes/Data"))
"""


def _seatbelt_executables() -> list[Path]:
    exe = Path(sys.executable)
    found = {exe, exe.resolve()}
    app = Path(sys.base_prefix) / "Resources" / "Python.app" / "Contents" / "MacOS" / "Python"
    if app.exists():  # python.org and Homebrew framework builds
        found |= {app, app.resolve()}
    return sorted(found)


def _sb_quote(path: object) -> str:
    """A path inside an SBPL string: backslashes and quotes escaped."""
    return str(path).replace("\\", "\\\\").replace('"', '\\"')
