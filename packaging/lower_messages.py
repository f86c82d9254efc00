"""Find the sentences the Qt-free layers say to the user, and list them for translators.

runtime/, sandbox/, voice/ and app's Qt-free modules cannot use Qt's translator, so they write
their messages in English (the CLI prints them as they are). The window shows them in the
interface language by matching each message against these templates (app/ui/lower_text.py).

    python packaging/lower_messages.py          # rewrite app/ui/lower_messages.py
    python packaging/lower_messages.py --check  # exit 1 if it is out of date

A message is found where the code makes it: the first argument of an exception (or of a chat
`Problem`), a note appended to a list of notes, and what the functions in MESSAGE_FUNCTIONS
return or put in the variables of MESSAGE_VARIABLES. An f-string becomes a template whose
fields are named after their expressions: f"“{path.name}” was not found." → "“{path_name}” was
not found.". packaging/update_translations.py runs this first, so lupdate sees every template.
"""

from __future__ import annotations

import ast
import builtins
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "app" / "ui" / "lower_messages.py"
CONTEXT = "Messages"

# What the user never reads in the window: the CLI and the API speak English by design.
LAYERS = ("runtime", "sandbox", "voice", "app")
NOT_SCANNED = ("app/ui/", "app/server/", "app/commands/", "app/store/crash_harness.py", "runtime/bench.py")
# Programmer errors: never shown as a sentence (a traceback is not translated).
NOT_MESSAGES = {"TypeError", "AssertionError", "NotImplementedError", "KeyError", "AttributeError", "IndexError"}
# Functions whose returned strings are sentences for the user.
MESSAGE_FUNCTIONS = {
    "_explain", "explain", "microphone_status", "_too_long", "load_settings_reporting", "_reason",
    "wal_problem", "_not_a_file",  # fragments: "a folder", "it is cut short"
    "_cannot_read",
    "_unavailable",
}  # fmt: skip
# Calls with a sentence for the user (besides exceptions), and which argument it is:
# a chat problem, a history opened in memory, progress reported while a model is prepared,
# an MCP tool call that failed, and where an MCP server stands (app/mcp/client.py).
MESSAGE_CALLS = {"Problem": 0, "_in_memory": 0, "report": 1, "creeping": 3, "failure": 0, "ServerStatus": 1}
# Variables and attributes that hold a sentence (or part of one) before it is raised or noted.
MESSAGE_VARIABLES = {
    "note",
    "problem",
    "message",
    "found",
    "advice",
    "hint",
    "link",
    "error",
    "what",
    "where",
    "detail",
}
# Lists of sentences or fragments (appended to, or passed as keyword arguments and dict values).
MESSAGE_LISTS = {"notes", "missing", "error"}
# Module constants that hold a sentence, by the end of their name.
MESSAGE_CONSTANTS = ("_WARNING", "_NOTE")
# Module dicts of sentences, by the end of their name ({"file": "The user did not choose a file."}).
MESSAGE_DICTS = "_MESSAGES"


def _field_name(expr: ast.expr) -> str:
    parts: list[str] = []
    node: ast.expr = expr
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return "_".join(reversed(parts)).strip("_").lower() or "value"
    return "value"


def template(node: ast.expr, names: dict[str, str]) -> str | None:
    """The text of a string expression with ``{field}`` for each computed part; None if not text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.JoinedStr):
        out, used = [], set()
        for value in node.values:
            if isinstance(value, ast.Constant):
                out.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            elif isinstance(value, ast.FormattedValue):
                name = base = _field_name(value.value)
                n = 2
                while name in used:
                    name, n = f"{base}{n}", n + 1
                used.add(name)
                out.append("{" + name + "}")
        return "".join(out)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        pieces = _added(node)
        texts = [template(piece, names) for piece in pieces]
        if all(text is None for text in texts):
            return None
        unknown = iter(f"{{part{n if n > 1 else ''}}}" for n in range(1, len(pieces) + 1))
        return "".join(text if text is not None else next(unknown) for text in texts)
    return None


def _added(node: ast.expr) -> list[ast.expr]:
    """The operands of a chain of ``+``, left to right."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _added(node.left) + _added(node.right)
    return [node]


def _exception_names(trees: list[ast.Module]) -> set[str]:
    """Builtin exceptions and every class the layers derive from one (by name, to a fixed point)."""
    known = {n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException)}
    classes = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    while True:
        grown = {
            c.name
            for c in classes
            if any(isinstance(b, ast.Name | ast.Attribute) and _last_name(b) in known for b in c.bases)
        }
        if grown <= known:
            return known - NOT_MESSAGES
        known |= grown


def _last_name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _module_strings(tree: ast.Module) -> dict[str, str]:
    names = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            text = template(node.value, {})
            if text is not None:
                names[node.targets[0].id] = text
    return names


def _returned(node: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.expr]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Return) and sub.value is not None:
            values = sub.value.elts if isinstance(sub.value, ast.Tuple) else [sub.value]
            for value in values:
                yield from value.elts if isinstance(value, ast.List) else [value]


def _alternatives(found: list[ast.expr]) -> Iterator[ast.expr]:
    """Each branch of a conditional expression, and each item of a list or tuple, is its own message."""
    for expr in found:
        if isinstance(expr, ast.IfExp):
            yield from _alternatives([expr.body, expr.orelse])
        elif isinstance(expr, ast.List | ast.Tuple):
            yield from _alternatives(list(expr.elts))
        elif isinstance(expr, ast.Dict):
            yield from _alternatives(list(expr.values))
        else:
            yield expr


def messages_in(tree: ast.Module, exceptions: set[str]) -> Iterator[str]:
    names = _module_strings(tree)
    for node in ast.walk(tree):
        found: list[ast.expr] = []
        if isinstance(node, ast.Call) and node.args:
            callee = _last_name(node.func)
            notes = isinstance(node.func, ast.Attribute) and callee == "append"
            receiver = ast.unparse(node.func.value) if isinstance(node.func, ast.Attribute) else ""
            if callee in exceptions or (notes and any(name in receiver for name in MESSAGE_LISTS)):
                found.append(node.args[0])
            elif callee in MESSAGE_CALLS and len(node.args) > MESSAGE_CALLS[callee]:
                found.append(node.args[MESSAGE_CALLS[callee]])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in MESSAGE_FUNCTIONS:
            found.extend(_returned(node))
        elif isinstance(node, ast.Assign) and any(
            _last_name(t) in MESSAGE_VARIABLES
            or _last_name(t).endswith(MESSAGE_CONSTANTS)
            or (_last_name(t).endswith(MESSAGE_DICTS) and isinstance(node.value, ast.Dict))
            for t in node.targets
        ):
            found.append(node.value)
        found.extend(_worded(node, names))
        for expr in _alternatives(found):
            text = template(expr, names)
            if text is not None and re.search(r"[A-Za-z]{2}", re.sub(r"\{[^{}]*\}", "", text)):
                yield text


def _worded(node: ast.AST, names: dict[str, str]) -> list[ast.expr]:
    """Keyword arguments (error=...) and dict values ({"notes": [...]}) of the message kinds;
    status words live there too ({"error": "error"}), so a message there has two words or more."""
    values: list[ast.expr] = []
    if isinstance(node, ast.Call):
        values = [k.value for k in node.keywords if k.arg in MESSAGE_LISTS]
    elif isinstance(node, ast.Dict):
        values = [
            v for k, v in zip(node.keys, node.values, strict=True)
            if isinstance(k, ast.Constant) and k.value in MESSAGE_LISTS
        ]  # fmt: skip
    return [e for e in _alternatives(values) if " " in (template(e, names) or "")]


def scan(root: Path = ROOT) -> list[str]:
    """Every message template of the Qt-free layers, sorted, once each."""
    paths = [
        p
        for layer in LAYERS
        for p in sorted((root / layer).rglob("*.py"))
        if not any(p.relative_to(root).as_posix().startswith(skip) for skip in NOT_SCANNED)
    ]
    trees = [ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    exceptions = _exception_names(trees)
    found = sorted({text for tree in trees for text in messages_in(tree, exceptions)})
    # Templates that differ only in their field names are one message to a translator.
    by_shape = {re.sub(r"\{[^{}]*\}", "{}", text): text for text in reversed(found)}
    return sorted(by_shape.values())


def render(templates: list[str]) -> str:
    lines = [
        '"""The Qt-free layers\' messages, for translators. Generated by packaging/lower_messages.py: do not edit.',
        "",
        'app/ui/lower_text.py matches a message against these English templates and shows the translation."""',
        "",
        "from __future__ import annotations",
        "",
        "from app.ui.i18n import translate",
        "",
        "",
        "def templates() -> dict[str, str]:",
        '    """English template → the same in the interface language (fields in {braces} are kept)."""',
        "    return {",
    ]
    for text in templates:
        lines.append(f"        {text!r}: translate({CONTEXT!r}, {text!r}),")
    lines += ["    }", ""]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    wanted = render(scan())
    if "--check" in argv:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != wanted:
            print(f"{OUTPUT.relative_to(ROOT)} is out of date: run python packaging/lower_messages.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
