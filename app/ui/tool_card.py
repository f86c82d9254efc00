"""The card for one tool call: the code (highlighted), its output as plain text, its charts.

Output comes from code the model wrote, or from an MCP server (app/mcp): it is escaped and
shown as text, never as HTML. An MCP call shows its server and tool, its arguments as JSON,
and offers "Always allow this tool" besides Run and Skip. A skill that reads or saves a file
offers "Choose file…" or "Choose folder…" instead of Run: the user's pick is the path.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl

from app import skills
from app.attachments import THUMB
from app.mcp import SEPARATOR
from app.render import MarkdownRenderer, RenderedCode
from app.store import StoredAttachment, StoredMessage
from app.tools import ToolRecord
from app.ui.i18n import translate
from app.ui.lower_text import in_interface_language

from .figure_alt import figure_alt
from .skills_tab import skill_title
from .theme import bubble_colors


def status_text(status: str, code: bool = True) -> str:
    """Where a tool call stands, as its card says it."""
    texts = {
        "pending": translate("ToolCard", "Wants to run this code")
        if code
        else translate("ToolCard", "Wants to use this tool"),
        "running": translate("ToolCard", "Running…"),
        "done": translate("ToolCard", "Ran"),
        "failed": translate("ToolCard", "Ran, with an error"),
        "declined": translate("ToolCard", "Not run"),
    }
    return texts.get(status, status)


def tool_card_html(m: StoredMessage, renderer: MarkdownRenderer, code: dict[str, str]) -> str:
    p = renderer.palette
    record = ToolRecord.parse(m.content)
    shown = record.display or record.result
    code_run = record.name == "run_python"
    server, _, tool = record.name.partition(SEPARATOR)
    title = "Python" if code_run else html.escape(f"{server} › {tool}" if tool else skill_title(record.name))
    pick = skills.pick_for(record.name)
    status = html.escape(status_text(record.status, code_run))
    if record.by_user:
        title = html.escape(translate("ToolCard", "Your Python run")) if record.name == "run_python" else title
    if record.status in ("done", "failed") and shown.get("duration_s") is not None:
        seconds = QLocale().toString(float(shown["duration_s"]), "f", 2)
        status = html.escape(
            translate("ToolCard", "{status} in {seconds} s").format(status=status_text(record.status), seconds=seconds)
        )
    head = f'<p style="margin: 2px 0;"><b>{title}</b> <span style="color:{p.muted};">· {status}</span>'
    if record.status == "pending" and pick is not None:  # the user's choice of path is the Run
        choose = translate("ToolCard", "Choose file…") if pick == "file" else translate("ToolCard", "Choose folder…")
        skip = html.escape(translate("ToolCard", "Skip", "link: do not run the code"))
        head += (
            f'&nbsp;&nbsp;<a href="msg:pick:{m.id}" style="color:{p.link};"><b>{html.escape(choose)}</b></a> · '
            f'<a href="msg:skip:{m.id}" style="color:{p.link};">{skip}</a>'
        )
    elif record.status == "pending":
        run = html.escape(translate("ToolCard", "Run", "link: run the code"))
        skip = html.escape(translate("ToolCard", "Skip", "link: do not run the code"))
        head += (
            f'&nbsp;&nbsp;<a href="msg:run:{m.id}" style="color:{p.link};"><b>{run}</b></a> · '
            f'<a href="msg:skip:{m.id}" style="color:{p.link};">{skip}</a>'
        )
        if not code_run:
            always = html.escape(translate("ToolCard", "Always allow this tool"))
            head += f' · <a href="msg:always:{m.id}" style="color:{p.link};">{always}</a>'
    head += "</p>"
    source = record.arguments.get("code") if code_run else None  # an MCP tool's "code" is not Python
    blocks: list[RenderedCode] = []
    if isinstance(source, str):
        body = renderer.render(f"```python\n{source.rstrip()}\n```\n", blocks, key=str(m.id), runnable=False)
    elif record.name in (skills.READ_FILE, skills.WRITE_FILE):
        body = _file_request(record, p.text, p.muted)
    else:
        body = _pre(json.dumps(record.arguments, ensure_ascii=False, indent=2), p.text)
    for i, block in enumerate(blocks):
        code[f"{m.id}:{i}"] = block.code
    output = str(shown.get("stdout") or "")
    if output:
        label = html.escape(translate("ToolCard", "Output"))
        body += f'<p style="color:{p.muted}; font-size: small; margin: 4px 0 0 0;">{label}</p>' + _pre(output, p.text)
    error = str(shown.get("error") or "")
    if "\n" not in error:  # the sandbox's own one-line reasons (English); a traceback stays as it is
        error = in_interface_language(error)
    if error and record.status != "declined":
        body += _pre(str(error), bubble_colors(p.dark)["error"])
    elif error:
        body += f'<p style="color:{p.muted};">{html.escape(str(error))}</p>'
    body += "".join(
        f'<p><a href="figure:{a.id}"><img src="{QUrl.fromLocalFile(str(_shown(a))).toString()}" width="520" '
        f'alt="{html.escape(figure_alt(a))}"></a></p>'
        for a in m.attachments
        if a.kind == "image"
    )
    return (
        f'<table width="100%" cellpadding="10" cellspacing="0" style="margin: 4px 0;" '
        f'bgcolor="{p.code_bg}"><tr><td>{head}{body}</td></tr></table>'
    )


def _file_request(record: ToolRecord, color: str, muted: str) -> str:
    """What the model asks of a file: its reason to read one; the name and text it would save."""
    args = record.arguments
    shown = record.display
    if record.name == skills.READ_FILE:
        label = translate("ToolCard", "Reason: {reason}").format(reason=str(args.get("reason", "")))
        out = f'<p style="color:{color};">{html.escape(label)}</p>'
    else:
        label = translate("ToolCard", "File name: {name}").format(name=str(args.get("name", "")))
        out = f'<p style="color:{color};">{html.escape(label)}</p>' + _pre(str(args.get("content", "")), color)
    if shown.get("pick"):
        where = translate("ToolCard", "Chosen: {path}").format(path=str(shown["pick"]))
        out += f'<p style="color:{muted}; font-size: small;">{html.escape(where)}</p>'
    return out


def _shown(figure: StoredAttachment) -> Path:
    """The chart's preview (app/attachments.store_figures); charts stored before it existed
    have only a 160 px thumbnail, so those show the full picture."""
    return figure.thumb if figure.thumb.exists() and _width(figure.thumb) > THUMB else figure.path


def _width(path: Path) -> int:
    from PIL import Image  # the first chart shown loads Pillow, not the window

    try:
        with Image.open(path) as im:  # reads the header only
            return int(im.width)
    except (OSError, ValueError):
        return 0


def _pre(text: str, color: str) -> str:
    return f'<pre style="color:{color}; margin: 2px 0; white-space: pre-wrap;">{html.escape(text)}</pre>'
