"""A hostile-code world: canary folders, a fake secret, a victim folder, a loopback listener."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sandbox import Limits, Sandbox

SECRET_TEXT = "CANARY_SSH_KEY_do_not_leak"
API_KEY = "sk-CANARY-api-key"
TEST_LIMITS = Limits(timeout_s=5, cpu_s=2, memory_mb=1024, file_mb=32, max_output_chars=20_000)


@dataclass
class World:
    canary: Path
    secret: Path
    victim: Path
    port: int
    hits: list[int]

    def fill(self, code: str) -> str:
        return (
            code.replace("{canary}", str(self.canary))
            .replace("{secret}", str(self.secret))
            .replace("{victim}", str(self.victim))
            .replace("{port}", str(self.port))
        )

    def escapes(self, text: str) -> list[str]:
        """Side effects that prove an escape (empty when everything held)."""
        found = []
        if "PWNED_42" in text:
            found.append("a shell ran")
        if SECRET_TEXT in text or API_KEY in text:
            found.append("a secret was read")
        if any(self.canary.iterdir()):
            found.append(f"files written outside the work folder: {[p.name for p in self.canary.iterdir()]}")
        if not (self.victim / "keep.txt").exists():
            found.append("the victim folder was deleted")
        if self.hits:
            found.append("the loopback listener was reached")
        if "root:x:0" in text:
            found.append("/etc/passwd was read")
        return found


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    base = tmp_path_factory.mktemp("hostile")
    (base / "canary").mkdir()
    (base / "home" / ".ssh").mkdir(parents=True)
    secret = base / "home" / ".ssh" / "id_rsa"
    secret.write_text(SECRET_TEXT + "\n")
    (base / "victim").mkdir()
    (base / "victim" / "keep.txt").write_text("still here")
    server = socket.create_server(("127.0.0.1", 0))
    hits: list[int] = []

    def listen() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            hits.append(1)
            conn.close()

    threading.Thread(target=listen, daemon=True).start()
    yield World(base / "canary", secret, base / "victim", server.getsockname()[1], hits)
    server.close()


@pytest.fixture(scope="session")
def secret_env() -> Iterator[None]:
    import os

    os.environ["OPENAI_API_KEY"] = API_KEY  # the app's environment holds a secret...
    yield
    os.environ.pop("OPENAI_API_KEY", None)


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory, secret_env) -> Iterator[Sandbox]:
    box = Sandbox(TEST_LIMITS, cache_dir=tmp_path_factory.mktemp("sandbox-cache"))
    yield box
    box.close()


@pytest.fixture(scope="session")
def os_only_sandbox(tmp_path_factory: pytest.TempPathFactory, secret_env) -> Iterator[Sandbox]:
    """The language layer switched off (plain exec, full builtins): the OS layer alone."""
    box = Sandbox(TEST_LIMITS, cache_dir=tmp_path_factory.mktemp("sandbox-cache-os"), language_layer=False)
    yield box
    box.close()


HOME_SECRET = "HOME_CANARY_do_not_leak"


@dataclass
class Host:
    """Real host services and files the child must never reach (a fake home under /tmp)."""

    home: Path
    canary: Path
    listener: Path  # a path-named Unix socket, like D-Bus's or X11's
    agent: Path | None  # a real ssh-agent's socket, where ssh-agent is installed
    abstract: str  # an abstract Unix socket name
    hits: list[str]

    def fill(self, code: str) -> str:
        return (
            code.replace("{home}", str(self.home))
            .replace("{canary}", str(self.canary))
            .replace("{listener}", str(self.listener))
            .replace("{abstract}", self.abstract)
            .replace("{agent}", str(self.agent or self.listener))
        )


@pytest.fixture(scope="session")
def host() -> Iterator[Host]:
    import os
    import shutil
    import subprocess
    import tempfile
    import time

    home = Path(tempfile.mkdtemp(prefix="hearth-fake-home-", dir="/tmp"))
    os.chmod(home, 0o755)
    (home / ".ssh").mkdir()
    canary = home / ".ssh" / "id_ed25519"
    canary.write_text(HOME_SECRET + "\n")
    os.chmod(canary, 0o644)  # readable by anyone on the host: only the boundary hides it
    hits: list[str] = []
    servers = []
    for address in (str(home / "bus.sock"), f"\0hearth-test-{os.getpid()}"):
        server = socket.socket(socket.AF_UNIX)
        server.bind(address)
        server.listen()
        servers.append(server)

        def accept(server: socket.socket = server, address: str = address) -> None:
            while True:
                try:
                    conn, _ = server.accept()
                except OSError:
                    return
                hits.append(address)
                conn.close()

        threading.Thread(target=accept, daemon=True).start()
    os.chmod(home / "bus.sock", 0o777)
    agent, agent_proc = None, None
    if shutil.which("ssh-agent"):
        agent = home / "agent.sock"
        agent_proc = subprocess.Popen(
            ["ssh-agent", "-D", "-a", str(agent)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 30
        while not agent.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        os.chmod(agent, 0o777)
    try:
        yield Host(home, canary, home / "bus.sock", agent, f"\0hearth-test-{os.getpid()}"[1:], hits)
    finally:
        for server in servers:
            server.close()
        if agent_proc is not None:
            agent_proc.kill()
            agent_proc.wait()
        shutil.rmtree(home, ignore_errors=True)
