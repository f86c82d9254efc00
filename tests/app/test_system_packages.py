"""The Debian package list (README and .ci/run share it) covers what Qt loads, and a missing
display or library gets a clear sentence instead of Qt's abort."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import display_check

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT / "packaging" / "debian-packages.txt"
# The Qt plugins Hearth's window can load on a Linux desktop (X11 or Wayland), and their helpers.
PLUGINS = ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
           "xcbglintegrations", "wayland-graphics-integration-client", "wayland-shell-integration",
           "wayland-decoration-client", "imageformats", "multimedia", "platforminputcontexts")  # fmt: skip
NOT_USED = {"libqtvirtualkeyboardplugin.so"}  # Qt's on-screen keyboard: Hearth never asks for it


def _packages() -> list[str]:
    return [line.strip() for line in LIST.read_text().splitlines() if line.strip()]


def test_readme_and_ci_install_the_same_list() -> None:
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "packaging/debian-packages.txt" in readme
    assert "packaging/debian-packages.txt" in ci


@pytest.mark.skipif(shutil.which("dpkg") is None or not sys.platform.startswith("linux"), reason="Debian only")
def test_the_list_covers_every_library_qt_loads() -> None:
    import PySide6

    plugins = Path(PySide6.__file__).parent / "Qt" / "plugins"
    libraries: list[Path] = []
    for name in PLUGINS:
        path = plugins / name
        libraries += sorted(path.glob("*.so")) if path.is_dir() else [path]
    libraries = [lib for lib in libraries if lib.name not in NOT_USED]
    needed: dict[str, str] = {}
    for lib in libraries:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if "not found" in line:
                pytest.fail(f"{lib.name} needs {parts[0]}, which is not installed: add its package to {LIST.name}")
            if "=>" in parts and parts[-2].startswith("/") and "PySide6" not in parts[-2]:
                needed[str(Path(parts[-2]).resolve())] = lib.name
    owners = _owning_packages(list(needed))
    closure = _dependency_closure(_packages()) | _required_packages()
    uncovered = sorted({f"{pkg} (for {needed[path]})" for path, pkg in owners.items() if pkg not in closure})
    assert not uncovered, f"not installed by {LIST.name}: {uncovered}"


def test_no_display_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    problem = display_check.display_problem()
    assert problem and problem.startswith("no display") and "hearth chat" in problem
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display_check.display_problem() is None


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (CI installs it)")
def test_a_display_nobody_answers_is_named_and_a_real_one_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    number = 170 + os.getpid() % 50
    monkeypatch.setenv("DISPLAY", f":{number}")
    problem = display_check.display_problem()
    assert problem and f"cannot reach the X display ':{number}'" in problem
    server = subprocess.Popen(["Xvfb", f":{number}", "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120  # generous: a busy machine starts Xvfb slowly
        while not display_check.x_server_answers(f":{number}") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert display_check.display_problem() is None
    finally:
        server.terminate()
        server.wait(timeout=30)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert "DISPLAY is not set" in (display_check.display_problem() or "")


def test_a_missing_library_is_named(tmp_path: Path) -> None:
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None or shutil.which("ldd") is None:
        pytest.fail("cc and ldd are needed")
    (tmp_path / "gone.c").write_text("int gone(void) { return 1; }\n")
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(tmp_path / "libgone.so"), str(tmp_path / "gone.c")], check=True)
    (tmp_path / "user.c").write_text("int gone(void);\nint user(void) { return gone(); }\n")
    subprocess.run(
        [
            cc,
            "-shared",
            "-fPIC",
            "-o",
            str(tmp_path / "libuser.so"),
            str(tmp_path / "user.c"),
            f"-L{tmp_path}",
            "-lgone",
        ],
        check=True,
    )
    (tmp_path / "libgone.so").unlink()
    assert display_check.missing_libraries(tmp_path / "libuser.so") == ["libgone.so"]


def _owning_packages(paths: list[str]) -> dict[str, str]:
    out = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True).stdout
    owners = {}
    for line in out.splitlines():
        pkg, _, path = line.partition(": ")
        owners[path.strip()] = pkg.split(":")[0].split(",")[0].strip()
    # Libraries under /usr/lib may be registered under their /lib alias (merged /usr), and back.
    for path in paths:
        if path not in owners:
            alias = path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path
            pkgs = subprocess.run(["dpkg", "-S", alias], capture_output=True, text=True).stdout
            assert pkgs, f"no Debian package owns {path}"
            owners[path] = pkgs.split(":")[0]
    return owners


def _dependency_closure(packages: list[str]) -> set[str]:
    out = subprocess.run(
        [
            "apt-cache",
            "depends",
            "--recurse",
            "--no-recommends",
            "--no-suggests",
            "--no-conflicts",
            "--no-breaks",
            "--no-replaces",
            "--no-enhances",
            "--installed",
            *packages,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    names = set(packages)
    for line in out.splitlines():
        word = line.strip().split(":")[-1].strip() if line.startswith(" ") else line.strip()
        names.add(word.strip("<>"))
    return names


def _required_packages() -> set[str]:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${Priority}\n"], capture_output=True, text=True).stdout
    return {line.split()[0] for line in out.splitlines() if line.split()[1:] == ["required"]}
