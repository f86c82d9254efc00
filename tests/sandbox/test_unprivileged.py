"""The same boundary when the app runs as an ordinary user (uid 65534 via setpriv).

Needs root (to drop to the other user) and a Python that user can reach; skipped otherwise,
with the reason. As an ordinary user the litter test means something: root ignores modes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.sandbox.conftest import HOME_SECRET, Host

NOBODY = 65534
ROOT = Path(__file__).parents[2]

SCRIPT = r"""
import json, os, subprocess, sys, pathlib
from sandbox import Limits, Sandbox
cache = pathlib.Path(sys.argv[1])
victim = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])
box = Sandbox(Limits(timeout_s=30, cpu_s=20), cache_dir=cache / 'os', warm=False, language_layer=False)
plain = Sandbox(Limits(timeout_s=30, cpu_s=20), cache_dir=cache / 'plain', warm=False, isolate=False,
                language_layer=False)
out = {}
try:
    attack = sys.argv[2].replace('{victim}', str(victim.pid))
    result = box.run(attack)
    out['attack'] = result.stdout + (result.error or '')
    out['layers'] = list(result.isolation)
    litter = plain.run("import os\nos.makedirs('a/b')\nopen('a/b/f', 'w').write('x')\nos.chmod('a/b', 0)\n"
                       "os.chmod('a', 0)\nprint('left')")
    out['litter_ran'] = litter.stdout + (litter.error or '')
    out['runs_left'] = os.listdir(cache / 'plain' / 'runs')
finally:
    box.close()
    plain.close()
    out['victim_alive'] = victim.poll() is None
    victim.kill()
print(json.dumps(out))
"""

ATTACK = """
import os, signal, socket
for address in ('{listener}', '{agent}', '\\0{abstract}'):
    try:
        socket.socket(socket.AF_UNIX).connect(address)
        print('ESCAPED_socket', address)
    except Exception as e:
        print('held', type(e).__name__)
for read in (lambda: open('{canary}').read(), lambda: os.listdir('{home}')):
    try:
        print('ESCAPED_read', read())
    except Exception as e:
        print('held', type(e).__name__)
for target in ({victim}, -1):
    try:
        os.kill(target, signal.SIGKILL)
        print('ESCAPED_kill', target)
    except Exception as e:
        print('held', type(e).__name__)
"""


def _as_nobody(*args: str) -> list[str]:
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--inh-caps=-all", *args]


@pytest.fixture(scope="module")
def can_drop() -> None:
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run the app side as an ordinary user")
    check = "import subprocess, sys; subprocess.run([sys.executable, '-c', 'import numpy, sandbox'], check=True)"
    probe = subprocess.run(
        _as_nobody(sys.executable, "-c", check), cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    if probe.returncode != 0:
        pytest.skip(f"uid {NOBODY} cannot run this Python here: {probe.stderr.strip()[-200:]}")


def test_an_ordinary_user_gets_the_same_boundary(can_drop, host: Host) -> None:
    cache = Path(tempfile.mkdtemp(prefix="hearth-nobody-", dir="/tmp"))
    os.chown(cache, NOBODY, NOBODY)
    try:
        proc = subprocess.run(
            _as_nobody(sys.executable, "-c", SCRIPT, str(cache), host.fill(ATTACK)),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        out = json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    assert any(layer.startswith("bubblewrap") for layer in out["layers"]), out["layers"]
    assert "ESCAPED_" not in out["attack"] and HOME_SECRET not in out["attack"], out["attack"]
    assert out["attack"].count("held") == 7, out["attack"]
    assert out["victim_alive"]
    assert out["litter_ran"].strip() == "left" and out["runs_left"] == []
