"""Attached documents in a chat: the text goes into the prompt, data files into the sandbox.

The real engine (tiny model, scripted replies), the real store and the real sandbox, as in
tests/app/test_chat_session.py, whose fixtures and helpers these tests share.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.attachments import kind_refused, prepare
from app.chat import ChatSession, Problem
from app.chat.sources import SOURCE_SHARE
from app.commands.lag_bench import tool_call_reply
from app.documents import DocumentError
from app.settings import Settings
from app.store import HistoryStore, to_json, to_markdown
from app.tools import ToolBox, ToolRecord
from runtime import Engine, GenerationParams, ModelSpec
from tests.app.test_chat_session import HANG_GUARD_S, idle, rows, script
from tests.helpers import documents as make

PLOT = (
    "import pandas as pd\nimport matplotlib.pyplot as plt\n"
    "df = pd.read_csv('data/sales.csv')\n"
    "totals = df.groupby('month')['amount'].sum()\n"
    "totals.plot(kind='bar')\n"
    "print(round(totals.sum(), 1), len(totals))"
)


@pytest.fixture(scope="module")
def engine(tiny_gemma4: Path) -> Iterator[Engine]:
    e = Engine()
    e.load(ModelSpec(tiny_gemma4)).result(timeout=HANG_GUARD_S)
    yield e
    e.close()


@pytest.fixture
def session(engine: Engine, tmp_path: Path) -> Iterator[ChatSession]:
    store = HistoryStore(tmp_path / "history.db")
    toolbox = ToolBox(tmp_path / "sandbox")
    s = ChatSession(store, engine, Settings(max_tokens=4000), toolbox)
    s.on_model_ready("tiny")
    yield s
    s.stop()
    idle(s)
    toolbox.close()
    store.close()


def test_a_document_is_prepared_with_its_text_beside_it(session: ChatSession, tmp_path: Path) -> None:
    pdf = make.text_pdf(tmp_path / "report.pdf", ["Revenue grew", "Costs fell"])
    assert kind_refused(pdf, frozenset()) == (None, None)  # text-only models read documents too
    prepared = prepare(pdf, session.store.blobs)
    assert prepared.kind == "document" and prepared.meta["unit"] == "pages" and prepared.meta["count"] == 2
    assert prepared.thumb.exists()
    script(session, "Costs fell.")
    session.send("What fell?", attachments=[prepared])
    idle(session)
    history = session.history_for(session.conversation_id)
    user = history[-2]
    assert user.content.startswith('<document name="report.pdf" pages="2">\n--- page 1 ---\nRevenue grew')
    assert user.content.endswith("</document>\n\nWhat fell?") and user.media == ()
    assert rows(session)[0].attachments[0].kind == "document"
    assert rows(session)[1].sources == ()  # read whole: no passages, nothing to cite


def long_manual(path: Path, sections: int = 60) -> Path:
    """A Markdown manual of ``sections`` sections (~12,000 tokens); one says how often the pumps are serviced."""
    filler = " ".join(f"routine{i % 40} inspection note {i}." for i in range(45))
    parts = [f"## Section {n}\n\n{filler}" for n in range(sections)]
    parts[37] = "## Coolant\n\nThe coolant pumps are serviced every 400 operating hours by the maintenance crew."
    path.write_text("# Plant manual\n\n" + "\n\n".join(parts) + "\n")
    return path


def test_a_document_longer_than_the_context_is_read_through_cited_passages(
    session: ChatSession, tmp_path: Path
) -> None:
    session.settings.context_length, session.settings.max_tokens = 2048, 128
    prepared = prepare(long_manual(tmp_path / "manual.md"), session.store.blobs)  # indexed when first needed
    assert prepared.meta["chars"] // 4 > 2048
    script(session, "Every 400 hours [1].")
    session.send("How often are the coolant pumps serviced?", attachments=[prepared])
    events = idle(session)
    assert not [e for e in events if isinstance(e, Problem)]
    user, reply = rows(session)
    assert reply.content == "Every 400 hours [1]." and reply.status == "complete"
    first = reply.sources[0]
    assert (first.n, first.document, first.unit, first.place) == (1, "manual.md", "section", "Coolant")
    assert "400 operating hours" in first.text
    prompt = session.history_for(session.conversation_id)[-2].content
    assert '<document name="manual.md" lines=' in prompt and "[Too long to read whole" in prompt
    assert '<source id="1" document="manual.md" section="Coolant">' in prompt and "cite" in prompt
    assert "routine39 inspection note 44." not in prompt.split("<source", 1)[0]  # the text itself is not there
    assert len(prompt) // 4 < 2048 * SOURCE_SHARE + 200  # the sources keep to their share of the context
    # What the model was given: its stats show the whole prompt fitted, nothing left out.
    assert reply.stats and not reply.stats.get("context_dropped") and reply.stats["prompt_tokens"] <= 2048
    asked = session.history_for(session.conversation_id)[:-1]
    rendered = session.engine.call(lambda b: b.render(asked, GenerationParams())).result(timeout=HANG_GUARD_S)
    assert "serviced every 400 operating hours" in rendered
    # Kept with the reply: another process reading the history finds them, and exports list them.
    again = HistoryStore(session.store.path)
    try:
        kept = again.messages(session.conversation_id)[1]
        conv = again.conversation(session.conversation_id)
        assert conv is not None and kept.sources == reply.sources
        markdown = to_markdown(conv, again.messages(conv.id))
        assert "**Sources**" in markdown and "1. manual.md, section Coolant: “## Coolant The coolant pumps" in markdown
        exported = json.loads(to_json(conv, again.messages(conv.id), again.all_messages(conv.id)))
        assert exported["messages"][1]["sources"][0]["place"] == "Coolant"
        assert exported["all_messages"][1]["sources"] == exported["messages"][1]["sources"]
        assert "sources" not in exported["messages"][0]  # the question has none of its own
    finally:
        again.close()


def test_a_busy_history_leaves_the_prompt_without_sources_and_says_so(session: ChatSession, tmp_path: Path) -> None:
    """The long document's passages must be indexed when the prompt is made (an older chat), and
    the history is locked by another Hearth writing it: the prompt goes without them, and says why."""
    session.settings.context_length, session.settings.max_tokens = 2048, 64
    prepared = prepare(long_manual(tmp_path / "manual.md"), session.store.blobs)
    script(session, "Every 400 hours [1].")
    session.send("How often are the coolant pumps serviced?", attachments=[prepared])
    idle(session)
    with session.store.db:  # as in a chat from before documents were indexed
        session.store.db.execute("DELETE FROM document_passages")
        session.store.db.execute("DELETE FROM indexed_documents")
    session.store.db.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(session.store.path)
    try:
        other.execute("BEGIN EXCLUSIVE")
        history = session.history_for(session.conversation_id)
    finally:
        other.rollback()
        other.close()
    problems = [e for e in session.poll() if isinstance(e, Problem)]
    assert len(problems) == 1 and "could not be searched just now" in problems[0].text
    assert session.sources == () and "<source" not in history[-2].content


def test_regenerating_and_forking_keep_the_sources(session: ChatSession, tmp_path: Path) -> None:
    session.settings.context_length, session.settings.max_tokens = 2048, 128
    prepared = prepare(long_manual(tmp_path / "manual.md"), session.store.blobs)
    script(session, "Every 400 hours [1].", "It is 400 hours [1].")
    session.send("How often are the coolant pumps serviced?", attachments=[prepared])
    idle(session)
    first = rows(session)[1]
    session.regenerate(first.id)
    idle(session)
    second = rows(session)[1]
    assert second.id != first.id and second.sources == first.sources
    fork = session.fork(second.id)
    assert fork is not None and session.store.messages(fork)[1].sources == first.sources


def test_a_hostile_document_fails_on_its_own(session: ChatSession, tmp_path: Path) -> None:
    bomb = make.zip_bomb_docx(tmp_path / "bomb.docx", make.docx_file(tmp_path / "ok.docx", ["hi"]), 32)
    with pytest.raises(DocumentError, match="zip bomb"):
        prepare(bomb, session.store.blobs)
    assert not list(session.store.blobs.root.glob("*/*.docx"))  # nothing stored


def test_the_model_plots_an_attached_csv_in_the_sandbox(session: ChatSession, tmp_path: Path) -> None:
    session.settings.ask_before_running_code = False
    csv = make.csv_rows(tmp_path / "sales.csv", 120)
    prepared = prepare(csv, session.store.blobs)
    assert (prepared.meta["unit"], prepared.meta["count"]) == ("rows", 121)
    script(session, tool_call_reply(PLOT), "Here is the chart.")
    session.send("Plot monthly totals from the attached sheet", attachments=[prepared])
    idle(session)
    tool = next(m for m in rows(session) if m.role == "tool")
    record = ToolRecord.parse(tool.content)
    expected = round(sum((i * 37) % 1000 + 0.5 for i in range(120)), 1)
    assert record.status == "done", record.result
    assert record.result["stdout"] == f"{expected} 12\n" and record.result["figures"] == 1
    assert [a.kind for a in tool.attachments] == ["image"]  # the chart, in the chat
    assert rows(session)[-1].content == "Here is the chart."
    description = session.toolbox.declarations()[0]["function"]["description"]
    assert "data/sales.csv" in description


def test_the_sandbox_cannot_change_an_attached_file(session: ChatSession, tmp_path: Path) -> None:
    session.settings.ask_before_running_code = False
    prepared = prepare(make.csv_rows(tmp_path / "sales.csv", 3), session.store.blobs)
    before = prepared.path.read_bytes()
    code = "import pandas as pd\npd.DataFrame({'a': [1]}).to_csv('data/sales.csv')"
    script(session, tool_call_reply(code), "Could not.")
    session.send("Overwrite it", attachments=[prepared])
    idle(session)
    record = ToolRecord.parse(next(m for m in rows(session) if m.role == "tool").content)
    assert "Read-only file system" in record.result["error"]
    assert prepared.path.read_bytes() == before


def test_other_chats_files_are_not_visible(session: ChatSession, tmp_path: Path) -> None:
    session.settings.ask_before_running_code = False
    prepared = prepare(make.csv_rows(tmp_path / "sales.csv", 3), session.store.blobs)
    script(session, "Noted.")
    session.send("Here is a file", attachments=[prepared])
    idle(session)
    session.new_conversation()
    script(session, tool_call_reply("import pandas as pd\nprint(pd.read_csv('data/sales.csv'))"), "Not here.")
    session.send("Read the sales file")
    idle(session)
    record = ToolRecord.parse(next(m for m in rows(session) if m.role == "tool").content)
    assert "No such file or directory" in record.result["error"]
    assert "data/" not in session.toolbox.declarations()[0]["function"]["description"]
