"""The result channel is untrusted: huge text, forged results, figure bombs, litter.

Code with the language layer switched off can write anything to its stdout and to the
result pipe (its number is in sys.argv[1]); the parent must stay bounded, hand the model
capped text, and return a Result whatever comes back.
"""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

from sandbox import Limits, Result, Sandbox
from sandbox.channel import clip, parse, png_size
from tests.sandbox.conftest import TEST_LIMITS

SHOWN, ERROR = Limits().max_shown_chars, Limits().max_error_chars
NOTE = 40  # room for the "…N more characters" note


def _forge(payload: str) -> str:
    """Code that writes `payload` (a Python expression giving bytes) to the result pipe and exits."""
    return f"import os, sys, json, base64\nos.write(int(sys.argv[1]), {payload})\nos._exit(0)"


def _png(width: int, height: int) -> bytes:
    """A real, valid PNG of any size (all-zero grey rows compress to almost nothing)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = zlib.compress(b"\0" * ((width + 1) * height), 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", rows)
        + chunk(b"IEND", b"")
    )


def test_a_huge_error_is_capped_for_the_window_and_the_model(sandbox: Sandbox) -> None:
    result = sandbox.run("raise ValueError('e' * 2_000_000)")
    assert not result.ok and len(result.error) <= ERROR + NOTE and "more characters" in result.error


def test_huge_output_written_past_the_child_is_capped(os_only_sandbox: Sandbox) -> None:
    result = os_only_sandbox.run("import os\nfor _ in range(50):\n    os.write(1, b'x' * 100_000)")
    assert result.ok and len(result.stdout) <= SHOWN + 2 * NOTE and "more" in result.stdout


def test_a_forged_result_with_many_figures_is_bounded(os_only_sandbox: Sandbox) -> None:
    fake = base64.b64encode(_png(64, 64)).decode()
    result = os_only_sandbox.run(
        _forge(
            f"json.dumps({{'ok': True, 'stdout': 'FAKE' * 10**6, 'error': None, 'figures': ['{fake}'] * 60,"
            " 'notes': ['n'] * 10**5, 'isolation': ['x' * 10**5] * 100}).encode()"
        )
    )
    assert isinstance(result, Result) and len(result.figures) <= Limits().max_figures
    assert "50 more figures were dropped" in result.stdout and len(result.stdout) <= SHOWN + NOTE
    assert "FAKE" not in result.stdout  # stdout comes from the stdout pipe, not the result's claims
    assert all(len(layer) <= 120 for layer in result.isolation)


def test_figure_bombs_are_checked_by_the_parent(os_only_sandbox: Sandbox) -> None:
    bomb = base64.b64encode(_png(5000, 5000)).decode()  # 25 megapixels in a few kilobytes
    result = os_only_sandbox.run(
        _forge(f"json.dumps({{'ok': True, 'figures': ['{bomb}', 'not base64!', 'aGVsbG8=']}}).encode()")
    )
    assert result.figures == ()
    assert "5000×5000 pixels" in result.stdout and "not a valid image" in result.stdout
    assert "not a PNG" in result.stdout


def test_a_figure_that_lies_about_its_size_is_dropped(sandbox: Sandbox) -> None:
    code = (
        "import matplotlib.pyplot as plt\nfig = plt.figure(figsize=(1, 1))\nplt.plot([1, 2])\n"
        "fig.dpi = 2100\nfig.get_size_inches = lambda: (0.5, 0.5)\n"
    )  # claims 1 megapixel, draws 4.4
    result = sandbox.run(code)
    assert result.figures == () and "pixels is more than the limit" in result.stdout


def test_garbage_on_the_result_pipe_is_a_result(os_only_sandbox: Sandbox) -> None:
    for payload in (
        "b'[' * 200_000",
        "b'\\xff\\xfe not json'",
        "json.dumps([1, 2]).encode()",
        "json.dumps({'ok': 'yes', 'error': 5, 'limit_hit': 'rm -rf', 'figures': 7}).encode()",
    ):
        result = os_only_sandbox.run(_forge(payload))
        assert isinstance(result, Result) and not result.ok, payload
        assert result.limit_hit in (None, "crash"), payload


def test_an_oversized_result_is_cut_off(tmp_path: Path) -> None:
    box = Sandbox(Limits(timeout_s=30, max_result_bytes=2**20), cache_dir=tmp_path, warm=False, language_layer=False)
    try:
        result = box.run(_forge("b'{' + b' ' * (8 * 2**20)"))
    finally:
        box.close()
    assert not result.ok and "larger than" in result.error and result.limit_hit == "output"


def test_errors_that_fight_back_still_give_a_result(sandbox: Sandbox) -> None:
    recursive = "class Loop(Exception):\n    def __str__(self):\n        return str(self)\nraise Loop()"
    deep = "def f(n):\n    return f(n + 1)\nf(0)"
    for code in (recursive, deep):
        result = sandbox.run(code)
        assert not result.ok and result.error and len(result.error) <= ERROR + NOTE, code


def test_unreadable_folders_leave_no_litter(tmp_path: Path) -> None:
    """Outside bubblewrap (macOS, tests) the work folder is on disk: it must still go away."""
    box = Sandbox(TEST_LIMITS, cache_dir=tmp_path, warm=False, isolate=False, language_layer=False)
    try:
        result = box.run(
            "import os\nos.makedirs('a/b')\nopen('a/b/f', 'w').write('x' * 10000)\n"
            "os.chmod('a/b', 0)\nos.chmod('a', 0o100)\nprint('done')"
        )
    finally:
        box.close()
    assert result.stdout.strip() == "done"
    assert list((tmp_path / "runs").iterdir()) == []


def test_bubblewrap_runs_leave_nothing_on_disk(sandbox: Sandbox) -> None:
    sandbox.run("open('big.bin', 'wb').write(b'x' * 1000)")
    assert list(sandbox.runs_dir.iterdir()) == []


def test_channel_helpers() -> None:
    assert clip("abc", 5) == "abc" and clip("abcdef", 2) == "ab\n…4 more characters"
    assert png_size(_png(7, 9)) == (7, 9) and png_size(b"GIF89a" + b"\0" * 30) is None
    assert parse(b"", 10, 100, 100) is None and parse(b"[" * 100_000, 10, 100, 100) is None
