"""The local socket a running Hearth listens on: `hearth ask` and a second start reach it.

One socket per user and data folder. `hearth ask` sends SUMMON (show the quick-ask prompt); a
second Hearth started for the same data folder sends SHOW (bring the window forward) and exits.
Kept apart from the quick-ask window so the start-up check imports only QtNetwork.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.paths import data_dir

SUMMON = b"quick-ask\n"
SHOW = b"show\n"  # a second Hearth started: the first shows its window instead
# A client writes as it connects: a short wait, so one that never writes cannot freeze the window.
READ_WAIT_MS = 100


def server_name() -> str:
    """One socket per user and data folder (two HEARTH_HOMEs each have their own). On Unix it is
    a path in a folder only this user can enter, not a name in the shared /tmp, where another
    user could take it first."""
    home = hashlib.sha256(str(data_dir()).encode()).hexdigest()[:10]
    folder = _private_folder()
    if folder is None:  # Windows (named pipes are per session), or no private folder to be had
        user = re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser()) or "user"
        return f"hearth-quick-ask-{user}-{home}"
    return str(folder / f"quick-ask-{home}")


def _private_folder() -> Path | None:
    """$XDG_RUNTIME_DIR (made by the system for this user), else a 0700 folder of ours in the
    temporary directory; None if neither can be trusted."""
    if sys.platform == "win32":
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    folder = base / f"hearth-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None  # someone else's, or opened up: do not put the socket there
    return folder


class QuickAskServer(QObject):
    """Listens for `hearth ask` on a local socket; ``summoned`` when one asks."""

    summoned = Signal()
    show_requested = Signal()

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; False if another Hearth of this user already does (it keeps the name).
        Asked first, because Qt would silently take the name over from a live one."""
        if summon(self.name, timeout_ms=300, message=b""):
            return False
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a socket file left by a Hearth that crashed
        return self.server.listen(self.name)

    def _accept(self) -> None:
        # Read at once (the client wrote before it connected us, or is about to), then close:
        # no per-socket callbacks that could outlive the socket. A probe that sends nothing
        # (another Hearth checking this one is alive) disconnects at once.
        said: set[bytes] = set()
        while (socket := self.server.nextPendingConnection()) is not None:
            if socket.bytesAvailable() or socket.waitForReadyRead(READ_WAIT_MS):
                said.add(bytes(socket.readAll().data()).strip())
            socket.disconnectFromServer()
            socket.deleteLater()
        if SHOW.strip() in said:
            self.show_requested.emit()
        if SUMMON.strip() in said:
            self.summoned.emit()


def summon(name: str | None = None, timeout_ms: int = 2000, message: bytes = SUMMON) -> bool:
    """Ask the running Hearth to show its quick-ask window; False if none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    if message:
        socket.write(message)
        socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True
