"""The Settings switch "Serve the loaded model to other apps": `hearth serve`'s API, run by
the window around its own engine (no second copy of the model; requests queue with the
window's own replies, first come first served). Loopback only and without a key: serving
other machines needs `hearth serve --host`, which asks for a key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.ui.i18n import translate
from runtime import Engine

if TYPE_CHECKING:
    from app.server.background import BackgroundServer

HOST = "127.0.0.1"


class ApiService(QObject):
    started = Signal(str)  # the base URL clients use
    problem = Signal(str)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.server: BackgroundServer | None = None

    @property
    def base_url(self) -> str | None:
        return self.server.base_url if self.server is not None else None

    def apply(self, enabled: bool, port: int) -> None:
        """Serve on ``port`` (or stop serving); a port in use is reported, never raised."""
        if self.server is not None and (not enabled or self.server.port != port):
            self.stop()
        if not enabled or self.server is not None:
            return
        from app.server.background import BackgroundServer  # FastAPI and uvicorn load only when used

        try:
            self.server = BackgroundServer(self.engine, host=HOST, port=port).start()
        except (OSError, RuntimeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.problem.emit(
                translate("ApiService", "The API for other apps could not start on {address} ({reason}).").format(
                    address=f"{HOST}:{port}", reason=reason
                )
            )

            return
        self.started.emit(self.server.base_url)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
