"""The OS boundary on its own: attack classes of the round-2 red team, written fresh.

Each attack runs with both layers and with the language layer switched off (plain exec,
full builtins), where only bubblewrap, seccomp, Landlock and the limits stand in the way.
Host services are real: a path-named Unix socket listener, an abstract one, an ssh-agent.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sandbox import Limits, Sandbox
from tests.sandbox.conftest import HOME_SECRET, TEST_LIMITS, Host

MARK = "ESCAPED_"  # printed only when an attack got through

ATTACKS = {
    # 2: host services on path-named and abstract Unix sockets
    "unix_sockets": """
import socket
for name, address in (('bus', '{listener}'), ('agent', '{agent}'), ('abstract', '\\0{abstract}')):
    try:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(2)
        s.connect(address)
        print('ESCAPED_' + name)
    except Exception as e:
        print(name, type(e).__name__)
""",
    "udp_and_tcp_out": """
import socket
for family, kind in ((socket.AF_INET, socket.SOCK_DGRAM), (socket.AF_INET6, socket.SOCK_STREAM),
                     (socket.AF_NETLINK, socket.SOCK_RAW), (socket.AF_PACKET, socket.SOCK_RAW)):
    try:
        s = socket.socket(family, kind)
        print('ESCAPED_socket', family)
    except Exception as e:
        print('refused', type(e).__name__)
a, b = socket.socketpair()  # the one kind of socket allowed: a connected pair inside the child
a.sendall(b'pair ok'); print(b.recv(7).decode())
""",
    # 3: the home folder through allowed-looking library calls
    "home_files": """
import numpy as np, pandas as pd
for read in (lambda: open('{canary}').read(), lambda: pd.read_fwf('{canary}').to_string(),
             lambda: str(np.fromregex('{canary}', r'(.+)', [('x', 'U64')])),
             lambda: str(__import__('os').listdir('{home}'))):
    try:
        text = read()
        print('ESCAPED_read' if 'HOME_CANARY' in text or '.ssh' in text else 'nothing')
    except Exception as e:
        print('refused', type(e).__name__)
""",
    # 4: 32-bit and x32 system calls, processes that outlive the run, programs from memory
    "int80_syscall": """
import ctypes, mmap
code = bytes([0xb8, 0x14, 0, 0, 0, 0xcd, 0x80, 0xc3])  # mov eax, 20 (i386 getpid); int 0x80; ret
page = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
page.write(code)
call = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.addressof(ctypes.c_char.from_buffer(page)))
print('ESCAPED_int80', call())
""",
    "x32_syscall": """
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
print('ESCAPED_x32', libc.syscall(0x40000000 + 39))  # getpid through the x32 ABI
""",
    "fork_setsid_memfd": """
import os, ctypes
libc = ctypes.CDLL(None, use_errno=True)

def checked(value):
    if value < 0:
        raise OSError(ctypes.get_errno(), 'refused')
    return value

for name, attempt in (('fork', os.fork), ('setsid', os.setsid), ('raw_fork', lambda: checked(libc.syscall(57))),
                      ('memfd', lambda: os.memfd_create('x')), ('unshare', lambda: checked(libc.unshare(0x10000000))),
                      ('spawn', lambda: os.posix_spawn('/bin/sh', ['sh', '-c', 'true'], {})),
                      ('ptrace_attach', lambda: checked(libc.ptrace(16, 1, 0, 0)))):
    try:
        result = attempt()
        if result == 0 and name in ('fork', 'raw_fork'):
            os._exit(0)
        print('ESCAPED_' + name, result)
    except Exception as e:
        print(name, 'refused', type(e).__name__)
""",
    # 6: signals to other processes (the victim is a real host process)
    "signal_others": """
import os, signal
for target in ({victim}, -1, 1, 0):
    try:
        os.kill(target, signal.SIGKILL)
        print('ESCAPED_kill', target)
    except Exception as e:
        print('refused', target, type(e).__name__)
""",
}


@pytest.fixture(params=["both layers", "OS layer alone"])
def box(request: pytest.FixtureRequest) -> Sandbox:
    return request.getfixturevalue("sandbox" if request.param == "both layers" else "os_only_sandbox")


@pytest.fixture
def victim() -> Iterator[int]:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield proc.pid
    proc.kill()
    proc.wait()


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_class_is_contained(box: Sandbox, host: Host, victim: int, name: str) -> None:
    if name in ("int80_syscall", "x32_syscall") and platform.machine() != "x86_64":
        pytest.skip("x86-64 only")
    before = list(host.hits)
    result = box.run(host.fill(ATTACKS[name]).replace("{victim}", str(victim)))
    text = result.stdout + (result.error or "")
    assert MARK not in text and HOME_SECRET not in text, text[:500]
    assert host.hits == before, f"a host socket was reached: {host.hits}"
    assert os.waitpid(victim, os.WNOHANG) == (0, 0), "a host process was killed"
    if box.language_layer is False and name == "udp_and_tcp_out":
        assert "pair ok" in result.stdout  # socketpair still works: the filter is exact, not a blanket ban


def test_the_host_services_are_real(host: Host) -> None:
    """The same connections from outside the sandbox do succeed (the tests above mean something)."""
    for address in (str(host.listener), "\0" + host.abstract):
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(address)
    deadline = time.monotonic() + 30
    while len(host.hits) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    host.hits.clear()
    if host.agent is not None:
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(str(host.agent))  # ssh-agent answers on the host


def test_the_view_holds_only_the_runtime(os_only_sandbox: Sandbox) -> None:
    result = os_only_sandbox.run(
        "import os\nfor p in ('/home', '/root/.ssh', '/run', '/var/run', '/etc/passwd', '/tmp/work', '/proc/1/root'):\n"
        "    print(p, os.path.exists(p))\nprint('pid', os.getpid())"
    )
    out = result.stdout
    for path in ("/home", "/root/.ssh", "/run", "/var/run", "/etc/passwd", "/proc/1/root"):
        assert f"{path} False" in out, out
    assert "/tmp/work True" in out and "pid 2" in out  # private work folder; PID namespace (bubblewrap's init is 1)


def test_started_from_the_home_folder_the_home_folder_stays_hidden(tmp_path: Path, host: Host, monkeypatch) -> None:
    """`python -m app` in the home folder puts it on sys.path; the child must not see it."""
    (host.home / "home_module.py").write_text(f"SECRET = {HOME_SECRET!r}\n")
    monkeypatch.chdir(host.home)
    monkeypatch.syspath_prepend(str(host.home))
    monkeypatch.setenv("HOME", str(host.home))
    box = Sandbox(TEST_LIMITS, cache_dir=tmp_path, warm=False, language_layer=False)
    try:
        result = box.run(
            host.fill(
                "import os, sys\nfor read in (lambda: open('{canary}').read(), lambda: open('home_module.py').read(),\n"
                "             lambda: __import__('home_module').SECRET, lambda: os.listdir('{home}')):\n"
                "    try:\n        print('ESCAPED_', read())\n    except Exception as e:\n        print(type(e).__name__)"
            )
        )
    finally:
        box.close()
    assert result.ok, result.error
    assert MARK not in result.stdout and HOME_SECRET not in result.stdout, result.stdout


def test_the_wall_clock_holds_inside_the_boundary(tmp_path: Path) -> None:
    """A parent that never collects (hung, or gone): the watchdog in the PID namespace ends the run."""
    box = Sandbox(Limits(timeout_s=1, cpu_s=120), cache_dir=tmp_path, warm=False, language_layer=False)
    child = box._take_child()
    code = "import ctypes, time\nctypes.CDLL(None).prctl(1, 0, 0, 0, 0)\ntime.sleep(600)"  # clear PDEATHSIG, sleep
    child.proc.stdin.write(json.dumps({"code": code, "cpu_s": 120}).encode() + b"\n")
    child.proc.stdin.flush()
    try:
        child.proc.wait(timeout=120)  # tolerant: a busy machine; the code would sleep 600 s
    finally:
        child.kill()
        box.close()
    assert child.proc.returncode is not None


APP = """
import sys, pathlib
from sandbox import Limits, Sandbox
box = Sandbox(Limits(timeout_s=600, cpu_s=600), cache_dir=pathlib.Path(sys.argv[1]), warm=False, language_layer=False)
box.run(sys.argv[2])
"""


def _processes_named(mark: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == mark:
                found.append(int(entry.name))
        except OSError:
            pass
    return found


def test_the_child_dies_with_the_app(tmp_path: Path) -> None:
    """The code clears its death signal and sleeps; killing the app still ends it."""
    mark = f"hearth{os.getpid() % 100000}"
    code = (
        f"import ctypes, time\nlibc = ctypes.CDLL(None)\nlibc.prctl(15, b'{mark}', 0, 0, 0)\n"
        "libc.prctl(1, 0, 0, 0, 0)\ntime.sleep(600)"
    )
    app = subprocess.Popen([sys.executable, "-c", APP, str(tmp_path), code], cwd=Path(__file__).parents[2])
    try:
        deadline = time.monotonic() + 120  # start-up on a busy machine, not a measurement
        while not _processes_named(mark) and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.1)
        assert _processes_named(mark), "the child never started"
        app.send_signal(signal.SIGKILL)
        app.wait()
        deadline = time.monotonic() + 60
        while _processes_named(mark) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _processes_named(mark), "the child outlived the app"
    finally:
        app.kill()
        for pid in _processes_named(mark):
            os.kill(pid, signal.SIGKILL)
