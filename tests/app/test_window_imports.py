"""The window shows before the heavy stacks load: each is imported where it is first used.

A warm start's window must be interactive in under a second (`hearth bench-startup`); numpy
alone is a tenth of that on a 2-core machine. This launches the real window in a fresh
process and lists what it loaded by the time the window is shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Stacks the window does not need to show: voice (numpy, VAD, echo cancellation), Markdown and
# highlighting (the first message), Pillow (pictures), the GGUF importer (first run only),
# RestrictedPython (runs in the sandbox child), importlib.metadata (when transformers loads).
DEFERRED = ("numpy", "voice", "markdown_it", "pygments", "PIL", "gguf", "RestrictedPython", "importlib.metadata")

SHOW_WINDOW = """
import json, sys
from PySide6.QtWidgets import QApplication
from app.main import build_window, close_services
app = QApplication([])
window = build_window(app)
window.show()
app.processEvents()
loaded = sorted(m for m in json.loads(sys.argv[1]) if m in sys.modules)
close_services(window)
print(json.dumps(loaded))
"""


def test_showing_the_window_loads_none_of_the_deferred_stacks(tmp_path: Path) -> None:
    env = {**os.environ, "HEARTH_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", SHOW_WINDOW, json.dumps(DEFERRED)], env=env, capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_the_deferred_stacks_load_when_used(window, qtbot) -> None:
    """The lazy paths work: the first message renders Markdown, the voice bridge is made on demand."""
    from app.ui.voice_bridge import VoiceBridge

    assert isinstance(window.voice, VoiceBridge) and window.voice is window.voice
    html = window.view._renderer.render("**bold** and `code`\n\n```python\nprint(1)\n```")
    assert "<strong>bold</strong>" in html and "Run" in html
