"""`hearth serve` as a process, and `hearth bench-serve` (a smoke run on a tiny model)."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from openai import OpenAI

from app.commands.cli import main
from tests.conftest import WAIT_SCALE

pytestmark = pytest.mark.timeout(600)


def test_hearth_serve_answers_then_stops_on_ctrl_c(tiny_gemma3: Path, tmp_path: Path) -> None:
    env = dict(os.environ, HEARTH_HOME=str(tmp_path / "home"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "serve", "--model", str(tiny_gemma3), "--port", "0"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr], daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        seen = []
        while not any("Serving" in line for line in seen):
            seen.append(lines.get(timeout=120 * WAIT_SCALE))
        url = re.search(r"http://\S+/v1", "".join(seen)).group(0)  # type: ignore[union-attr]
        assert "no API key" in "".join(seen)
        client = OpenAI(base_url=url, api_key="none", max_retries=0, timeout=120)
        reply = client.chat.completions.create(model="x", messages=[{"role": "user", "content": "hi"}], max_tokens=4)
        assert reply.usage.completion_tokens >= 1
        assert [m.id for m in client.models.list().data][0] == reply.model
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60 * WAIT_SCALE) in (0, 130)  # uvicorn re-raises the Ctrl-C it handled
        reader.join(30)
        rest = []
        while not lines.empty():
            rest.append(lines.get())
        assert "Traceback" not in "".join(seen + rest)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_hearth_serve_refuses_a_busy_port_clearly(tiny_gemma3: Path, tmp_path: Path, capsys) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        assert main(["serve", "--model", str(tiny_gemma3), "--port", str(port)]) == 2
        err = capsys.readouterr().err
        assert "cannot listen on 127.0.0.1" in err and "Warning" not in err
        # Allowed files without a key: anyone on this computer can read them, and is told so.
        assert main(["serve", "--model", str(tiny_gemma3), "--port", str(port), "--allow-files", str(tmp_path)]) == 2
    assert f"every user on this computer can read the images in {tmp_path}" in capsys.readouterr().err


def test_bench_serve_prints_its_figures_as_json(tiny_gemma3: Path, capsys) -> None:
    argv = ["bench-serve", "--model", str(tiny_gemma3), "--tokens", "6", "--turns", "3", "--clients", "3"]
    assert main([*argv, "--repeats", "1"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["in_process"]["generated_tokens"] >= 1 and result["through_api"]["generated_tokens"] >= 1
    assert len(result["turn_ttft_s"]) == 3 and result["turn_last_over_turn1"] > 0
    assert result["concurrent"]["clients"] == 3 and result["concurrent"]["completed"] == 3
    assert {"decode_ratio", "ttft_overhead_s", "ttft_difference_s"} <= set(result)
    # Both sides know how long their request spent outside the engine (the server says its part).
    assert result["in_process"]["outside_engine_s"] > 0 and result["through_api"]["outside_engine_s"] > 0
