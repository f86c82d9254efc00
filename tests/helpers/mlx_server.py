"""Start a real ``mlx_lm.server`` on loopback for the remote-model tests."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def mlx_lm_server(folder: Path, log: Path, wait_s: float = 240.0) -> Iterator[tuple[int, str]]:
    """(port, model id) of ``python -m mlx_lm.server --model FOLDER``, until the block ends."""
    port = free_port()
    # mlx_lm.server's GET /v1/models scans the Hugging Face cache and fails (an empty 200)
    # when that folder does not exist, as on a machine that never downloaded a model.
    cache = log.parent / "hf-cache"
    cache.mkdir(exist_ok=True)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": str(cache)}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mlx_lm.server", "--model", str(folder), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        deadline = time.monotonic() + wait_s
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"mlx_lm.server exited ({proc.returncode}):\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=5) as r:
                    ids = [m["id"] for m in json.load(r)["data"]]
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"mlx_lm.server did not start:\n{log.read_text()[-3000:]}") from None
                time.sleep(0.3)
        model_id = str(folder.resolve())
        assert model_id in ids, ids
        yield port, model_id
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
