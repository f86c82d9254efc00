"""Built-in skills: small tools the model may call, each with the user's approval. Qt-free.

current_time (runs without asking: it only reads the clock), calculate (through the sandbox),
read_file and write_file (the user picks the file or folder: the decision carries the path,
the model never names one) and web_fetch (off unless the user turns it on in Settings).
They are declared like run_python and the MCP tools (app/tools.py), within the same budget.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from sandbox import Result, Sandbox

from . import calculator, clock, files, web

CURRENT_TIME, CALCULATE, READ_FILE, WRITE_FILE, WEB_FETCH = (
    clock.NAME,
    calculator.NAME,
    files.READ_FILE,
    files.WRITE_FILE,
    web.NAME,
)
DECLARATIONS: dict[str, dict[str, Any]] = {
    CURRENT_TIME: clock.DECLARATION,
    CALCULATE: calculator.DECLARATION,
    READ_FILE: files.READ_DECLARATION,
    WRITE_FILE: files.WRITE_DECLARATION,
    WEB_FETCH: web.DECLARATION,
}
NAMES = tuple(DECLARATIONS)
HARMLESS = frozenset({CURRENT_TIME})  # runs without asking
PICKS: dict[str, Literal["file", "folder"]] = {READ_FILE: "file", WRITE_FILE: "folder"}
OFF_BY_DEFAULT = frozenset({WEB_FETCH})
NO_PICK_MESSAGES = {"file": "The user did not choose a file.", "folder": "The user did not choose a folder."}


def pick_for(name: str) -> Literal["file", "folder"] | None:
    """What the user must pick to run this tool ("file", "folder"), if anything."""
    return PICKS.get(name)


def enabled(skills_off: list[str] | frozenset[str], web_fetch: bool) -> tuple[str, ...]:
    """The skills on, in declaration order: all but those switched off; web fetch only if turned on."""
    return tuple(n for n in NAMES if n not in skills_off and (n != WEB_FETCH or web_fetch))


class Skills:
    """Runs the skills' calls. ``sandbox`` gives the ToolBox's warm sandbox (for calculate)."""

    def __init__(self, sandbox: Callable[[], Sandbox]) -> None:
        self._sandbox = sandbox
        # Non-public addresses web_fetch may reach. Only tests set it: their web server listens
        # on loopback, which the app refuses.
        self.allow_addresses_for_tests: frozenset[str] = frozenset()

    def run(self, name: str, arguments: dict[str, Any], pick: Path | None = None) -> tuple[dict[str, Any], Result]:
        """(what the model reads, a Result for the card). ``pick``: the user's file or folder."""
        started = time.perf_counter()
        try:
            if name == CALCULATE:
                expression = arguments.get("expression")
                if not isinstance(expression, str) or not expression.strip():
                    raise ValueError("calculate needs an 'expression' string.")
                return calculator.calculate(self._sandbox(), expression)
            view = self._run(name, arguments, pick)
        except (ValueError, OSError) as exc:  # each skill's errors are sentences (UnknownZone, FetchError...)
            return {"error": str(exc)}, Result(ok=False, error=str(exc), duration_s=time.perf_counter() - started)
        return view, Result(ok=True, stdout=_shown(view), duration_s=time.perf_counter() - started)

    def _run(self, name: str, arguments: dict[str, Any], pick: Path | None) -> dict[str, Any]:
        if name == CURRENT_TIME:
            zone = arguments.get("timezone")
            return clock.current_time(str(zone) if zone else None)
        if name == WEB_FETCH:
            return web.fetch(str(arguments.get("url", "")), allow=self.allow_addresses_for_tests)
        if name in PICKS and pick is None:
            raise ValueError(NO_PICK_MESSAGES[PICKS[name]])
        assert pick is not None
        if name == READ_FILE:
            return files.read_text(pick)
        if name == WRITE_FILE:
            return files.write_text(pick, str(arguments.get("name", "")), arguments.get("content", ""))
        raise ValueError(f"There is no tool named {name!r}.")


def _shown(view: dict[str, Any]) -> str:
    """The card's text: the result's fields, one a line (long text last)."""
    long = {k: v for k, v in view.items() if isinstance(v, str) and len(v) > 80}
    lines = [f"{k}: {v}" for k, v in view.items() if k not in long and v not in ("", None)]
    return "\n".join(lines + [f"\n{v}" for v in long.values()]).strip()
