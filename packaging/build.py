"""Build the app bundle with PyInstaller, then run the bundled binary's self-test.

python packaging/build.py               # build/dist/Hearth (Linux) or build/dist/Hearth.app (macOS)
python packaging/build.py --self-test   # ... and check the result
python packaging/build.py --dmg         # macOS: also make build/dist/Hearth-VERSION.dmg
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST, WORK = ROOT / "build" / "dist", ROOT / "build" / "pyinstaller"


def bundled_binary() -> Path:
    if sys.platform == "darwin":
        return DIST / "Hearth.app" / "Contents" / "MacOS" / "Hearth"
    return DIST / "Hearth" / "Hearth"


def build() -> Path:
    start = time.monotonic()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(ROOT / "packaging" / "hearth.spec"),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    binary = bundled_binary()
    size = sum(f.lstat().st_size for f in binary.parent.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"built {binary} ({size / 1e6:.0f} MB in its folder, {time.monotonic() - start:.0f} s)", flush=True)
    return binary


def self_test(binary: Path) -> int:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}  # prove the bundle needs no venv
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.run([str(binary), "--self-test"], env=env, cwd="/", check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--self-test", action="store_true", help="run the bundled binary's --self-test")
    parser.add_argument("--dmg", action="store_true", help="macOS: wrap Hearth.app in a disk image")
    args = parser.parse_args()
    binary = build()
    if args.self_test and (code := self_test(binary)) != 0:
        return code
    if args.dmg:
        if sys.platform != "darwin":
            print("--dmg needs macOS (hdiutil)", file=sys.stderr)
            return 2
        subprocess.run(["bash", str(ROOT / "packaging" / "make_dmg.sh")], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
