"""The conversation view: one QTextBrowser holding every message.

Finished messages are rendered once. A streaming reply lives at the end of the document:
its thinking is appended as plain text, and of its answer only the last, unfinished
Markdown block is re-rendered on each update; finished blocks are inserted once. So the
cost of an update does not grow with the length of the reply.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser

from app.render import MarkdownRenderer, RenderedCode, stable_prefix_length
from app.render.markdown import CodeLinks
from app.store import StoredMessage, StoredSource
from app.ui.i18n import translate

from .a11y import accessible
from .message_html import footer_html, header_html, message_html, thinking_html
from .sources_view import SourceDialog
from .theme import palette

HEADER_GAP = 14  # px above a message header, as header_html's margin
PARAGRAPH_GAP = 8  # px above each part of a streaming answer


def working_text() -> str:
    """The line shown in a reply until its first token."""
    return translate("ChatView", "Working…")


def welcome_html() -> str:
    """What an empty chat shows."""
    title = html.escape(translate("ChatView", "Start a conversation"))
    promise = html.escape(translate("ChatView", "Everything stays on this computer: no account, no cloud."))
    return f"<p style='margin-top: 40px;' align='center'><b>{title}</b></p><p align='center'>{promise}</p>"


@dataclass
class _Live:
    """Positions of a streaming reply inside the document."""

    message: StoredMessage
    start: int  # where the live region begins
    thinking_len: int = 0
    answer_start: int = -1  # -1 until the answer begins
    tail_start: int = -1  # first position of the re-rendered tail
    committed: int = 0  # characters of the answer rendered as finished blocks
    blocks: list[RenderedCode] = field(default_factory=list)  # code blocks of the committed part
    tail_blocks: list[RenderedCode] = field(default_factory=list)  # those of the re-rendered tail
    working_start: int = -1  # the "Working…" line shown until the first token, -1 once gone
    message_text: str = ""  # the answer as last shown
    thinking_text: str = ""  # the thinking as last shown


class ChatView(QTextBrowser):
    action_requested = Signal(str, int)  # (edit | regenerate | run | skip, message id)
    figure_requested = Signal(object)  # a StoredAttachment holding a chart
    play_requested = Signal(object)  # a StoredAttachment with sound
    code_run_requested = Signal(str)  # Python from a code block the user chose to run

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setObjectName("chatView")
        accessible(
            self,
            translate("ChatView", "Conversation"),
            translate("ChatView", "The messages of this chat; links run, copy or open what they name"),
        )
        self.anchorClicked.connect(self._on_anchor)
        self._messages: list[StoredMessage] = []
        self._expanded: set[int] = set()
        self._code: dict[str, str] = {}
        self._live: _Live | None = None
        # Where messages added one by one begin in the document (not those drawn by setHtml),
        # so a change near the end redraws from there instead of the whole conversation.
        self._starts: dict[int, int] = {}
        self._reading: int | None = None  # the message stepped to with the keyboard (Alt+Up/Down)
        self.show_stats = True
        self.source_dialog: SourceDialog | None = None  # the passage a citation last opened
        self.refresh_theme()

    # ---- finished messages ---------------------------------------------------------------

    def refresh_theme(self) -> None:
        code_links = CodeLinks(
            copy=translate("ChatView", "Copy", "link: copy the code"),
            run=translate("ChatView", "Run", "link: run the code"),
        )
        self._renderer = MarkdownRenderer(palette(), code_links)
        self.document().setDocumentMargin(18)
        if self._messages:
            self._redraw(keep_scroll=False)

    def warm_up(self) -> None:
        """Render a code block off screen once: the highlighter's first use imports its lexer
        and formatter (~50-80 ms), which would otherwise stall the first code card."""
        self._renderer.render("```python\nprint(1)\n```\n", [], key="warm-up")

    def messages(self) -> list[StoredMessage]:
        return list(self._messages)

    @property
    def reading_id(self) -> int | None:
        """The message last stepped to with the keyboard (Alt+Up/Down), if any."""
        return self._reading

    @reading_id.setter
    def reading_id(self, message_id: int | None) -> None:
        self._reading = message_id

    def step_message(self, step: int) -> StoredMessage | None:
        """Scroll to the message ``step`` away from the last one stepped to (-1: earlier, +1:
        later; the first step up starts from the newest); returns it, or None in an empty chat."""
        if not self._messages:
            return None
        ids = [m.id for m in self._messages]
        if self._reading in ids:
            index = ids.index(self._reading) + step
        else:
            index = len(ids) - 1 if step < 0 else 0
        message = self._messages[max(0, min(len(ids) - 1, index))]
        self._reading = message.id
        self.scrollToAnchor(_anchor_name(message.id))
        return message

    def set_messages(self, messages: list[StoredMessage]) -> None:
        self._messages = list(messages)
        self._live = None
        self._render_all(keep_scroll=False)

    def show_messages(self, messages: list[StoredMessage]) -> None:
        """Show the same conversation's messages after a change: redraw only from the first
        message that differs, when where it begins is known; else redraw everything."""
        if self._live is not None or not self._messages:
            self.set_messages(messages)
            return
        k = 0
        while k < min(len(messages), len(self._messages)) and messages[k] == self._messages[k]:
            k += 1
        if k == len(messages) == len(self._messages):
            return
        end = self._end_cursor().position()
        start = self._starts.get(self._messages[k].id) if k < len(self._messages) else end + 1
        if start is None:
            self.set_messages(messages)
            return
        follow = self._at_bottom()
        previous_last = _last_assistant(self._messages)
        if start <= end:  # take out the changed messages and the paragraph break before them
            cursor = self._end_cursor()
            cursor.setPosition(start - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            for gone in self._messages[k:]:
                self._starts.pop(gone.id, None)
        self._messages = self._messages[:k]
        last = _last_assistant(messages)
        added_by_user = False
        for m in messages[k:]:
            self._append(m, last_assistant=m.id == last)
            added_by_user |= m.role == "user"
        if previous_last is not None and previous_last != last and any(m.id == previous_last for m in self._messages):
            self._remove_link(f"msg:regenerate:{previous_last}", before=self._end_cursor().position())
        if follow or added_by_user:
            self._scroll_to_end()

    def _append(self, m: StoredMessage, *, last_assistant: bool) -> None:
        self._insert_at_end(
            m,
            message_html(
                m,
                self._renderer,
                self._code,
                expanded=m.id in self._expanded,
                last_assistant=last_assistant,
                show_stats=self.show_stats,
            ),
        )
        self._messages.append(m)

    def _insert_at_end(self, m: StoredMessage, fragment: str) -> int:
        """Begin ``m`` in a new block at the end of the document; returns (and records) where."""
        cursor = self._end_cursor()
        if not self.document().isEmpty():
            cursor.insertBlock()
        start = cursor.position()
        header = QTextBlockFormat()
        header.setTopMargin(HEADER_GAP)  # the margin header_html asks for, which insertHtml drops
        cursor.setBlockFormat(header)
        cursor.insertHtml(_anchor(m.id) + fragment)
        self._starts[m.id] = start
        return start

    def _redraw(self, keep_scroll: bool) -> None:
        """Draw everything again; a reply that is streaming is begun again with its text so far."""
        live = self._live
        if live is None:
            self._render_all(keep_scroll)
            return
        self._messages = [m for m in self._messages if m.id != live.message.id]
        self._live = None
        self._render_all(keep_scroll)
        self.begin_live(live.message)
        if live.thinking_text or live.message_text:
            self.live_update(live.thinking_text, live.message_text)

    def code_block(self, key: str) -> str | None:
        return self._code.get(key)

    def _render_all(self, keep_scroll: bool) -> None:
        bar = self.verticalScrollBar()
        old = bar.value()
        self._code.clear()
        self._starts.clear()
        last_assistant = max((m.id for m in self._messages if m.role == "assistant"), default=None)
        parts = [
            _anchor(m.id)
            + message_html(
                m,
                self._renderer,
                self._code,
                expanded=m.id in self._expanded,
                last_assistant=m.id == last_assistant,
                show_stats=self.show_stats,
            )
            for m in self._messages
        ]
        self.setHtml("".join(parts) if parts else welcome_html())
        bar.setValue(old if keep_scroll else bar.maximum())

    # ---- streaming reply -----------------------------------------------------------------

    def begin_live(self, message: StoredMessage) -> None:
        """Show an empty reply at the end; updates follow through ``live_update``."""
        if not self._messages:
            self.clear()
        self._messages.append(message)
        start = self._insert_at_end(
            message, header_html(message, self._renderer.palette, last_assistant=False, actions=False)
        )
        self._live = _Live(message, start)
        # Something moves from the first moment: prefill of a long prompt can take seconds.
        self._live.working_start = self._end_cursor().position()
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(self._renderer.palette.muted))
        fmt.setFontItalic(True)
        working = self._end_cursor()
        working.insertBlock()
        working.insertText(working_text(), fmt)
        self._scroll_to_end()

    @property
    def live_message_id(self) -> int | None:
        """The reply streaming at the end of the view, if any."""
        return self._live.message.id if self._live is not None else None

    def live_update(self, thinking: str, answer: str) -> None:
        live = self._live
        if live is None:
            return
        follow = self._at_bottom()
        live.thinking_text = thinking
        if (thinking or answer) and live.working_start >= 0:
            cursor = self._end_cursor()
            cursor.setPosition(live.working_start, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            live.working_start = -1
        if len(thinking) > live.thinking_len and live.answer_start < 0:
            self._append_thinking(thinking[live.thinking_len :])
            live.thinking_len = len(thinking)
        if answer:
            self._update_answer(answer)
        if follow:
            self._scroll_to_end()

    def end_live(self, final: StoredMessage) -> None:
        """Finish the streaming region in place: what was read does not move.

        The answer already on screen stays as it is; the header gets its links, thoughts fold
        into their toggle, the stats line is added, and the previous reply loses its
        Regenerate link. Nothing else is redrawn.
        """
        live = self._live
        self._live = None
        previous = max((m.id for m in self._messages if m.role == "assistant" and m.id != final.id), default=None)
        self._messages = [final if m.id == final.id else m for m in self._messages]
        if live is None or final.content.rstrip() != live.message_text.rstrip() or final.sources:
            # (a reply with sources is drawn again: its [n] become links, its sources are listed)
            self._render_all(keep_scroll=True)  # the stored text differs from what streamed
            return
        follow = self._at_bottom()
        p = self._renderer.palette
        cursor = self._end_cursor()
        if live.working_start >= 0:  # finished without a single token
            cursor.setPosition(live.working_start, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        head_end = live.answer_start if live.answer_start >= 0 else self._end_cursor().position()
        cursor = QTextCursor(self.document())
        cursor.setPosition(live.start)
        cursor.setPosition(head_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.insertHtml(
            header_html(final, p, last_assistant=True) + thinking_html(final, p, final.id in self._expanded)
        )
        footer = footer_html(final, p, self.show_stats)
        if footer:
            end = self._end_cursor()
            spaced = QTextBlockFormat()
            spaced.setTopMargin(PARAGRAPH_GAP)
            end.insertBlock(spaced, QTextCharFormat())
            end.insertHtml(footer)
        for i, block in enumerate(live.blocks + live.tail_blocks):
            self._code[f"{final.id}:{i}"] = block.code
        if previous is not None:  # only the reply before this one still offers Regenerate
            self._remove_link(f"msg:regenerate:{previous}", before=live.start)
        if follow:
            self._scroll_to_end()

    def _remove_link(self, href: str, before: int) -> None:
        """Take one link (and the ' · ' before it) out of the document without redrawing.

        Searches backwards from ``before``: the link sits in a header a few blocks up.
        """
        document = self.document()
        block = document.findBlock(before)
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and frag.charFormat().anchorHref() == href:
                    start = frag.position()
                    cursor = QTextCursor(document)
                    cursor.setPosition(max(start - 3, block.position()))
                    cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
                    if cursor.selectedText() != " · ":
                        cursor.setPosition(start)
                    cursor.setPosition(start + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                    removed = cursor.selectionEnd() - cursor.selectionStart()
                    cursor.removeSelectedText()
                    # Messages that begin after the link moved up: keep their recorded starts true.
                    self._starts = {k: v - removed if v > start else v for k, v in self._starts.items()}
                    return
                it += 1
            block = block.previous()

    def _append_thinking(self, delta: str) -> None:
        cursor = self._end_cursor()
        if self._live and self._live.thinking_len == 0:
            cursor.insertBlock()
            delta = delta.lstrip("\n")
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(self._renderer.palette.muted))
        fmt.setFontItalic(True)
        cursor.insertText(delta, fmt)

    def _update_answer(self, answer: str) -> None:
        live = self._live
        assert live is not None
        if live.answer_start < 0:
            live.answer_start = live.tail_start = self._end_cursor().position()
        live.message_text = answer
        stable = stable_prefix_length(answer)
        if stable > live.committed:
            self._replace_tail(self._render(answer[live.committed : stable], live.blocks, first=len(live.blocks)))
            live.committed = stable
            live.tail_start = self._end_cursor().position()
        live.tail_blocks = []
        self._replace_tail(self._render(answer[live.committed :], live.tail_blocks, first=len(live.blocks)))

    def _replace_tail(self, fragment: str) -> None:
        live = self._live
        assert live is not None
        cursor = self._end_cursor()
        cursor.setPosition(live.tail_start, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if fragment:
            # A fresh block, so the fragment's first paragraph does not merge into the previous one.
            # insertHtml drops that paragraph's own margin: give the block the usual paragraph gap.
            spaced = QTextBlockFormat()
            spaced.setTopMargin(PARAGRAPH_GAP)
            cursor.insertBlock(spaced, QTextCharFormat())
            cursor.insertHtml(fragment)

    def _render(self, text: str, blocks: list[RenderedCode], first: int = 0) -> str:
        """A part of the live reply; its code blocks are numbered on from ``first`` (for links)."""
        if not text.strip():
            return html.escape(text)
        live = self._live
        numbered: list[RenderedCode] = [RenderedCode("", "")] * first  # links count on from earlier parts
        fragment = self._renderer.render(text, numbered, key=str(live.message.id) if live else "live")
        blocks.extend(numbered[first:])
        return fragment

    def open_source(self, source: StoredSource) -> SourceDialog:
        """Show the passage a citation names (non-modal: the chat stays readable beside it)."""
        dialog = SourceDialog(source, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()  # keyboard and screen reader land in the passage; Esc closes it
        self.source_dialog = dialog
        return dialog

    # ---- helpers -------------------------------------------------------------------------

    def _end_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 24

    def _scroll_to_end(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def _on_anchor(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("copy-code:"):
            code = self._code.get(target.removeprefix("copy-code:"))
            if code is not None:
                QGuiApplication.clipboard().setText(code)
            return
        if target.startswith("run-code:"):
            code = self._code.get(target.removeprefix("run-code:"))
            if code is not None:
                self.code_run_requested.emit(code)
            return
        kind, _, rest = target.partition(":")
        if kind in ("figure", "play", "attachment"):
            attachment_id = int(rest)
            found = next((a for m in self._messages for a in m.attachments if a.id == attachment_id), None)
            if found is None:
                return
            if kind == "figure":
                self.figure_requested.emit(found)
            elif kind == "play":
                self.play_requested.emit(found)
            elif found.path.exists():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(found.path)))
            return
        if target.startswith("cite:"):
            _, message_id, n = target.split(":", 2)
            source = next(
                (s for m in self._messages if m.id == int(message_id) for s in m.sources if s.n == int(n)), None
            )
            if source is not None:
                self.open_source(source)
            return
        if target.startswith("msg:"):
            _, action, ident = target.split(":", 2)
            if action == "think":
                self._expanded ^= {int(ident)}
                self._redraw(keep_scroll=True)
            elif action == "copy":
                message = next((m for m in self._messages if m.id == int(ident)), None)
                if message is not None:
                    QGuiApplication.clipboard().setText(message.content)
            else:
                self.action_requested.emit(action, int(ident))
            return
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


def _last_assistant(messages: list[StoredMessage]) -> int | None:
    return max((m.id for m in messages if m.role == "assistant"), default=None)


def _anchor_name(message_id: int) -> str:
    return f"message-{message_id}"


def _anchor(message_id: int) -> str:
    """An invisible mark where a message begins: keyboard reading scrolls to it."""
    return f'<a name="{_anchor_name(message_id)}"></a>'
