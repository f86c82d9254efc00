"""The streaming reply: what the user reads does not move when the reply finishes."""

from __future__ import annotations

import dataclasses

from app.store import StoredMessage
from app.ui.chat_view import ChatView

ANSWER = (
    "# Title\n\nSome **bold** text and a list:\n\n- one\n- two\n\n```python\nprint(1)\n```\n\n"
    "A closing paragraph that is long enough to wrap around the view width, or nearly so.\n"
)


def _positions(view: ChatView) -> dict[str, int]:
    doc, out = view.document(), {}
    block = doc.begin()
    while block.isValid():
        if text := block.text().strip():
            out.setdefault(text[:12], int(doc.documentLayout().blockBoundingRect(block).y()))
        block = block.next()
    return out


def _stream(qtbot, view: ChatView, message: StoredMessage, answer: str) -> None:
    view.begin_live(message)
    for end in range(1, len(answer) + 1, 5):
        view.live_update("", answer[:end])
    view.live_update("", answer)


def test_finishing_a_reply_moves_nothing_and_keeps_its_links(qtbot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    view.resize(800, 900)
    view.show()
    user = StoredMessage(id=1, conversation_id=1, seq=0, role="user", content="Explain", created_at=1e9)
    view.set_messages([user])
    reply = StoredMessage(id=2, conversation_id=1, seq=1, role="assistant", content="", created_at=1e9)
    _stream(qtbot, view, reply, ANSWER)
    before = _positions(view)
    stats = {"ttft_s": 0.5, "decode_tps": 10.0, "generated_tokens": 50}
    view.end_live(dataclasses.replace(reply, content=ANSWER.rstrip(), stats=stats))
    after = _positions(view)
    assert {k: after[k] for k in before if k in after} == {k: v for k, v in before.items() if k in after}
    assert "Title" in after and "A closing pa" in after
    assert "to first token" in view.toPlainText() and "Regenerate" in view.toPlainText()
    assert view.code_block("2:0") == "print(1)\n"  # Copy and Run links of the finished reply work

    second = StoredMessage(id=4, conversation_id=1, seq=3, role="assistant", content="", created_at=1e9)
    _stream(qtbot, view, second, "Again.")
    view.end_live(dataclasses.replace(second, content="Again."))
    html = view.toHtml()
    assert "msg:regenerate:4" in html and "msg:regenerate:2" not in html  # only the last reply offers it
    assert "msg:copy:2" in html


def test_a_reply_whose_stored_text_differs_is_redrawn(qtbot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    reply = StoredMessage(id=2, conversation_id=1, seq=0, role="assistant", content="", created_at=1e9)
    _stream(qtbot, view, reply, "Partial")
    view.end_live(dataclasses.replace(reply, content="Something else entirely"))
    text = view.toPlainText()
    assert "Something else entirely" in text and "Partial" not in text


def test_drawing_in_place_after_a_finished_reply_leaves_nothing_behind(qtbot) -> None:
    """end_live takes the previous reply's Regenerate link out, above the messages drawn in
    place: their recorded starts must move with it, or a later redraw cuts in the wrong place."""
    view = ChatView()
    qtbot.addWidget(view)

    def m(i: int, role: str, content: str) -> StoredMessage:
        return StoredMessage(id=i, conversation_id=1, seq=i, role=role, content=content, created_at=1e9)

    first = [m(1, "user", "First question"), m(2, "assistant", "First answer.")]
    view.set_messages(first)
    question = m(3, "user", "Second question")
    view.show_messages([*first, question])
    reply = m(4, "assistant", "")
    view.begin_live(reply)
    view.live_update("", "Second answer.")
    view.end_live(dataclasses.replace(reply, content="Second answer."))
    view.show_messages([*first, question])  # Regenerate: the reply's row is gone
    assert view.toPlainText().rstrip().endswith("Second question")


def test_opening_earlier_thoughts_while_a_reply_streams_keeps_the_reply_whole(qtbot) -> None:
    from PySide6.QtCore import QUrl

    view = ChatView()
    qtbot.addWidget(view)

    def m(i: int, role: str, content: str, thinking: str = "") -> StoredMessage:
        return StoredMessage(
            id=i, conversation_id=1, seq=i, role=role, content=content, thinking=thinking, created_at=1e9
        )

    earlier = [m(1, "user", "Q1"), m(2, "assistant", "A1.", "pondering"), m(3, "user", "Q2")]
    view.set_messages(earlier)
    reply = m(4, "assistant", "")
    view.begin_live(reply)
    view.live_update("", "Part one. ")
    view.anchorClicked.emit(QUrl("msg:think:2"))  # a full redraw while the reply streams
    view.live_update("", "Part one. And part two.")
    view.refresh_theme()  # another one (the system switched to dark mode)
    view.live_update("", "Part one. And part two. Three.")
    assert "And part two. Three." in view.toPlainText()  # the reply still streams on screen
    view.live_update("", "Part one. And part two.")
    final = dataclasses.replace(reply, content="Part one. And part two.")
    view.end_live(final)
    fresh = ChatView()
    qtbot.addWidget(fresh)
    fresh._expanded = {2}
    fresh.set_messages([*earlier, final])
    assert view.toPlainText().split() == fresh.toPlainText().split()
