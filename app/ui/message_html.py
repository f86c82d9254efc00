"""HTML for one chat message (header, thinking, Markdown body, stats and status lines)."""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, QLocale, QUrl

from app.render import MarkdownRenderer, RenderedCode
from app.render.markdown import Palette
from app.store import StoredMessage
from app.ui.attachment_text import describe
from app.ui.i18n import translate
from app.ui.lower_text import in_interface_language

from .sources_view import link_citations, sources_html
from .theme import bubble_colors
from .tool_card import tool_card_html


def speaker(role: str) -> str:
    """Who wrote a message, as its header names them."""
    names = {
        "user": translate("MessageHtml", "You"),
        "assistant": translate("MessageHtml", "Assistant"),
        "system": translate("MessageHtml", "System"),
        "tool": translate("MessageHtml", "Tool"),
    }
    return names.get(role, role)


def notice(status: str) -> str | None:
    """The line under a reply that did not finish normally, if its status has one."""
    notices = {
        "interrupted": translate(
            "MessageHtml", "Interrupted: Hearth closed before this reply finished. What was written is kept."
        ),
        "cancelled": translate("MessageHtml", "Stopped."),
    }
    return notices.get(status)


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def header_html(m: StoredMessage, p: Palette, *, last_assistant: bool, actions: bool = True) -> str:
    name = f"<b>{html.escape(speaker(m.role))}</b>"
    detail = f" · {html.escape(m.model)}" if (m.role == "assistant" and m.model) else ""
    when = (
        QLocale().toString(QDateTime.fromSecsSinceEpoch(int(m.created_at)).time(), QLocale.FormatType.ShortFormat)
        if m.created_at
        else ""
    )
    pin = " · 📌 " + html.escape(translate("MessageHtml", "pinned")) if m.pinned else ""
    meta = f'<span style="color:{p.muted};">{detail}{" · " + when if when else ""}{pin}</span>'
    links = []
    if actions:
        if len(m.siblings) > 1:
            links.append(versions_html(m, p))
        links.append(_link(f"msg:copy:{m.id}", translate("MessageHtml", "Copy"), p))
        if m.role == "user":
            links.append(_link(f"msg:edit:{m.id}", translate("MessageHtml", "Edit"), p))
        if m.role == "assistant" and last_assistant:
            links.append(_link(f"msg:regenerate:{m.id}", translate("MessageHtml", "Regenerate"), p))
        if m.role in ("user", "assistant"):
            pin_label = translate("MessageHtml", "Unpin") if m.pinned else translate("MessageHtml", "Pin")
            links.append(_link(f"msg:pin:{m.id}", pin_label, p))
            links.append(_link(f"msg:fork:{m.id}", translate("MessageHtml", "Fork into a new chat"), p))
    tail = f'&nbsp;&nbsp;<span style="font-size: small;">{" · ".join(links)}</span>' if links else ""
    return f'<p style="margin: 14px 0 4px 0;">{name}{meta}{tail}</p>'


def version_label(m: StoredMessage) -> str:
    """Which of the versions at a message's place it is ("2/3"), for its header."""
    return translate("MessageHtml", "{index}/{count}").format(index=m.siblings.index(m.id) + 1, count=len(m.siblings))


def versions_html(m: StoredMessage, p: Palette) -> str:
    """‹ 2/3 ›: links to the previous and next version of a message (Regenerate and Edit keep
    the old ones); an end with nothing beyond it is shown greyed, not linked."""
    i = m.siblings.index(m.id)
    back = _link(f"msg:version:{m.siblings[i - 1]}", "‹", p) if i > 0 else f'<span style="color:{p.muted};">‹</span>'
    ahead = (
        _link(f"msg:version:{m.siblings[i + 1]}", "›", p)
        if i + 1 < len(m.siblings)
        else f'<span style="color:{p.muted};">›</span>'
    )
    return f"{back} {html.escape(version_label(m))} {ahead}"


def thinking_html(m: StoredMessage, p: Palette, expanded: bool) -> str:
    if not m.thinking.strip():
        return ""
    words = len(m.thinking.split())
    arrow = "▾" if expanded else "▸"
    label = f"{arrow} " + translate("MessageHtml", "Thoughts")
    count = translate("MessageHtml", "(%n words)", None, words)
    toggle = (
        f'<p style="margin: 2px 0;">{_link(f"msg:think:{m.id}", label, p)} '
        f'<span style="color:{p.muted}; font-size: small;">{html.escape(count)}</span></p>'
    )
    if not expanded:
        return toggle
    return toggle + thought_block(m.thinking, p)


def thought_block(text: str, p: Palette) -> str:
    body = html.escape(text.strip()).replace("\n", "<br>")
    return f'<p style="color:{p.muted}; font-style: italic; margin: 2px 0 8px 12px;">{body}</p>'


def footer_html(m: StoredMessage, p: Palette, show_stats: bool) -> str:
    parts = []
    colors = bubble_colors(p.dark)
    if m.damaged:
        parts.append(
            _note(
                translate("MessageHtml", "Part of this message could not be read from the history file."),
                colors["notice"],
            )
        )
    status_note = notice(m.status)
    if status_note is not None:
        parts.append(_note(status_note, colors["notice"] if m.status == "interrupted" else p.muted))
    if m.status == "error":
        reason = in_interface_language(m.error) if m.error else translate("MessageHtml", "the reply failed.")
        parts.append(_note(translate("MessageHtml", "Error: {reason}").format(reason=reason), colors["error"]))
    if m.stats and m.stats.get("finish_reason") == "length" and m.status == "complete":
        parts.append(
            _note(
                translate(
                    "MessageHtml",
                    "The reply reached its length limit (Max reply tokens in Settings, or the end of "
                    "the context). Ask it to continue.",
                ),
                p.muted,
            )
        )
    if m.stats and m.stats.get("finish_reason") == "repetition" and m.status == "complete":
        parts.append(
            _note(
                translate(
                    "MessageHtml",
                    "Stopped here: the reply kept repeating itself. Small models fall into loops; "
                    "rephrase the question, or try a larger model.",
                ),
                p.muted,
            )
        )
    if m.stats and m.stats.get("context_dropped"):
        parts.append(_note(context_note(m.stats), p.muted))
    if show_stats and m.stats and m.role == "assistant":
        parts.append(f'<p style="color:{p.muted}; font-size: small; margin: 2px 0;">{stats_line(m.stats)}</p>')
    return "".join(parts)


def context_note(s: dict) -> str:
    limit = int(s.get("context_limit") or 0)
    size = f"{QLocale().toString(limit // 1024)}K" if limit >= 1024 else QLocale().toString(limit)
    dropped = int(s["context_dropped"])  # a plain name: lupdate drops a call whose count is an expression
    return translate(
        "MessageHtml",
        "To fit the {size}-token context, the %n oldest messages were not sent "
        "with this reply (the system prompt and pinned messages always are). Pin a message to keep it, "
        "or raise the context length in Settings.",
        None,
        dropped,
    ).format(size=size)


def stats_line(s: dict) -> str:
    bits = []
    if s.get("ttft_s") is not None:
        bits.append(translate("MessageHtml", "{seconds} s to first token").format(seconds=_number(s["ttft_s"], 2)))
    if s.get("decode_tps"):
        bits.append(translate("MessageHtml", "{rate} tok/s").format(rate=_number(s["decode_tps"], 1)))
    if s.get("generated_tokens") is not None:
        generated = int(s["generated_tokens"])
        bits.append(translate("MessageHtml", "%n tokens", None, generated))
    if s.get("cached_tokens"):
        prompt = s.get("prompt_tokens")
        bits.append(
            translate("MessageHtml", "{cached}/{prompt} prompt tokens cached").format(
                cached=QLocale().toString(int(s["cached_tokens"])),
                prompt=QLocale().toString(int(prompt)) if prompt is not None else "?",
            )
        )
    if s.get("draft_tokens"):
        bits.append(
            translate("MessageHtml", "MTP: {accepted}/{drafted} drafts accepted").format(
                accepted=QLocale().toString(int(s.get("accepted_tokens", 0))),
                drafted=QLocale().toString(int(s["draft_tokens"])),
            )
        )
    return " · ".join(bits)


def message_html(
    m: StoredMessage,
    renderer: MarkdownRenderer,
    code: dict[str, str],
    *,
    expanded: bool = False,
    last_assistant: bool = False,
    show_stats: bool = True,
) -> str:
    """The full HTML of a finished message; its code blocks are recorded in ``code``."""
    if m.role == "tool":
        return tool_card_html(m, renderer, code)
    p = renderer.palette
    blocks: list[RenderedCode] = []
    if m.role == "user":
        body = attachments_html(m, p)
        if m.content:
            body += "<p>" + html.escape(m.content).replace("\n", "<br>") + "</p>"
        blocks = [b for b in renderer.code_blocks(m.content) if b.runnable]
        body += "".join(
            f'<p style="margin: 2px 0; font-size: small;">{_link(f"run-code:{m.id}:{i}", label, p)}</p>'
            for i, label in enumerate(_run_labels(len(blocks)))
        )
    else:
        body = renderer.render(m.content, blocks, key=str(m.id)) if m.content else ""
        body = link_citations(body, m, p.link) + sources_html(m, p.link, p.muted)
    for i, block in enumerate(blocks):
        code[f"{m.id}:{i}"] = block.code
    inner = (
        header_html(m, p, last_assistant=last_assistant)
        + thinking_html(m, p, expanded)
        + body
        + footer_html(m, p, show_stats)
    )
    if m.role == "user":
        bg = bubble_colors(p.dark)["user"]
        inner = f'<table width="100%" cellpadding="10" cellspacing="0" bgcolor="{bg}"><tr><td>{inner}</td></tr></table>'
    return inner + SPACER


def _run_labels(count: int) -> list[str]:
    if count == 1:
        return ["▶ " + translate("MessageHtml", "Run this Python code")]
    return [
        "▶ " + translate("MessageHtml", "Run Python block {number}").format(number=QLocale().toString(i))
        for i in range(1, count + 1)
    ]


SPACER = '<p style="font-size: 14px; margin: 0;">&nbsp;</p>'  # air between messages


def attachments_html(m: StoredMessage, p: Palette) -> str:
    """Thumbnails with name and length; a click opens the file in the system viewer."""
    if not m.attachments:
        return ""
    cells = []
    for a in m.attachments:
        picture = (
            f'<img src="{QUrl.fromLocalFile(str(a.thumb)).toString()}" height="64">'
            if a.thumb.exists()
            else f"[{a.kind}]"
        )
        detail = describe(a.meta, a.kind)
        caption = html.escape(a.name) + (f"<br>{html.escape(detail)}" if detail else "")
        if a.kind == "audio" or (a.kind == "video" and a.meta.get("has_audio")):
            caption += "<br>" + _link(f"play:{a.id}", "▶ " + translate("MessageHtml", "Play"), p)
        cells.append(
            f'<td valign="top"><a href="attachment:{a.id}">{picture}</a><br>'
            f'<span style="color:{p.muted}; font-size: small;">{caption}</span></td>'
        )
    return f'<table cellspacing="6" cellpadding="0"><tr>{"".join(cells)}</tr></table>'


def _link(href: str, label: str, p: Palette) -> str:
    return f'<a href="{href}" style="color:{p.link}; text-decoration: none;">{html.escape(label)}</a>'


def _note(text: str, color: str) -> str:
    return f'<p style="color:{color}; font-size: small; margin: 2px 0;">{html.escape(text)}</p>'
