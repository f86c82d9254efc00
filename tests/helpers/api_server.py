"""Run the real API (app.server) on a free loopback port in a thread, around a real Engine."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.server import ServerOptions
from app.server.background import BackgroundServer
from runtime import Engine, ModelSpec


@dataclass
class RunningServer:
    engine: Engine
    app: object
    base_url: str  # http://127.0.0.1:PORT/v1
    root: str  # http://127.0.0.1:PORT

    def script(self, text: str) -> None:
        """Make the model's next reply exactly ``text`` (real tokenizer, splitter and tool parser)."""
        self.engine.call(lambda backend: backend.script_next_reply(text)).result(timeout=60)

    def finished(self) -> list:
        return list(self.app.state.admission.finished)  # type: ignore[attr-defined]

    def client(self, key: str = "none", **kwargs):
        from openai import OpenAI

        return OpenAI(base_url=self.base_url, api_key=key, max_retries=0, timeout=120, **kwargs)


@contextmanager
def serving(model: Path, options: ServerOptions | None = None) -> Iterator[RunningServer]:
    engine = Engine()
    try:
        engine.load(ModelSpec(model)).result()
        server = BackgroundServer(engine, options).start()
        try:
            yield RunningServer(engine, server.app, server.base_url, server.root)
        finally:
            server.stop()
    finally:
        engine.close()
