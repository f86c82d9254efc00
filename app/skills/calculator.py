"""A calculator and unit converter that evaluates in the sandbox, never in the app. Qt-free.

The program is fixed (calc_program.py, a small parser: no eval, no exec of what the model
wrote); the model's expression reaches it only as a JSON string, so nothing it writes runs as
code, and the sandbox's limits still hold if the parser has a flaw.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sandbox import Result, Sandbox, SandboxUnavailable

NAME = "calculate"
DECLARATION = {
    "type": "function",
    "function": {
        "name": NAME,
        "description": (
            "Evaluate arithmetic exactly (+ - * / % ^, parentheses, sqrt, sin, log, pi...) or convert units "
            "('5 km to mi', '70 F to C', '2 cups in ml', '3 GiB to MB')."
        ),
        "parameters": {
            "type": "object",
            "properties": {"expression": {"type": "string", "description": "The expression or conversion"}},
            "required": ["expression"],
        },
    },
}
PROGRAM = (Path(__file__).with_name("calc_program.py")).read_text(encoding="utf-8")


def program_for(expression: str) -> str:
    """The fixed program with the expression appended as data (a JSON string literal)."""
    literal = json.dumps(json.dumps(expression))  # a Python string literal holding JSON text
    return f"{PROGRAM}\nprint(json.dumps(evaluate(json.loads({literal}))))\n"


def calculate(sandbox: Sandbox, expression: str) -> tuple[dict[str, Any], Result]:
    """(what the model reads, the sandbox's result for the card)."""
    try:
        result = sandbox.run(program_for(expression))
    except SandboxUnavailable as exc:
        return {"error": str(exc)}, Result(ok=False, error=str(exc))
    if not result.ok:
        return {"error": result.error or "The calculation failed."}, result
    try:
        answer = json.loads(result.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"error": "The calculator gave no answer."}, Result(ok=False, error="The calculator gave no answer.")
    if "error" in answer:
        return answer, Result(ok=False, error=str(answer["error"]), duration_s=result.duration_s)
    shown = f"{expression} = {answer['result']}{' ' + answer['unit'] if 'unit' in answer else ''}"
    return answer, Result(ok=True, stdout=shown, duration_s=result.duration_s)
