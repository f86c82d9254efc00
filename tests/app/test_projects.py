"""Projects: folders of real documents scanned, indexed once, re-indexed when they change, searched,
and read by a chat (the real engine with scripted replies, the real store)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.chat import ChatSession, ProjectStale
from app.commands.cli import main
from app.documents import passages
from app.documents import projects as projects_module
from app.documents.limits import MAX_FILE_BYTES
from app.documents.projects import Project, ProjectError, Projects
from app.documents.scan import scan
from app.presets import Preset, PresetError, PresetLibrary, preset_from_json
from app.settings import Settings
from app.store import HistoryStore
from tests.app.test_chat_session import engine, idle, rows, script  # noqa: F401  (fixtures)
from tests.helpers import documents as make

PUMPS = "The coolant pumps are serviced every 400 operating hours by the maintenance crew."


def folder(root: Path) -> Path:
    """A project folder: Markdown, text, a DOCX and a PDF, with things that must be left out."""
    docs = root / "Manuals"
    (docs / "sub").mkdir(parents=True)
    (docs / "pumps.md").write_text(f"# Pumps\n\n## Coolant\n\n{PUMPS}\n")
    (docs / "sub" / "notes.txt").write_text("Valve torque is 45 newton metres on the north line.\n")
    make.docx_file(docs / "boilers.docx", ["Boiler pressure is checked weekly by the shift lead."])
    make.text_pdf(docs / "fans.pdf", ["Exhaust fans run on the blue circuit."])
    (docs / ".secret.md").write_text("hidden password hunter2\n")
    (docs / ".git").mkdir()
    (docs / ".git" / "config.txt").write_text("hidden git config\n")
    (docs / "photo.png").write_bytes(b"\x89PNG not a document")
    outside = root / "outside.md"
    outside.write_text("Private diary: outside the project folder.\n")
    (docs / "escape.md").symlink_to(outside)
    (docs / "inside.md").symlink_to(docs / "pumps.md")  # a link within the folder is fine
    big = docs / "huge.txt"
    with big.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: over the limit without writing 100 MB
    return docs


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(tmp_path / "history.db")
    yield s
    s.close()


def passage_rows(db, sha: str | None = None) -> list[tuple[int, str]]:
    where, args = ("WHERE sha256=?", (sha,)) if sha else ("", ())
    return db.execute(f"SELECT rowid, sha256 FROM document_passages {where} ORDER BY rowid", args).fetchall()


def test_the_scan_leaves_out_hidden_escaping_oversized_and_other_files(tmp_path: Path) -> None:
    docs = folder(tmp_path)
    found = scan([str(docs)])
    names = sorted(f.name for f in found.files)
    assert names == [
        "Manuals/boilers.docx",
        "Manuals/fans.pdf",
        "Manuals/inside.md",
        "Manuals/pumps.md",
        "Manuals/sub/notes.txt",
    ]
    why = {Path(p).name: reason for p, reason in found.left_out}
    assert why == {"escape.md": "it is a link to a file outside the folder", "huge.txt": "it is larger than 100 MB"}
    assert found.hidden == 2 and found.other_types == 1  # .secret.md, .git/; photo.png
    capped = scan([str(docs)], max_files=2)
    assert len(capped.files) == 2 and capped.over_cap == 3


def test_a_project_is_indexed_once_and_only_changes_are_read_again(
    store: HistoryStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = folder(tmp_path)
    read: list[str] = []  # every document extracted (the real extraction, counted)
    real_read = projects_module.read_document
    monkeypatch.setattr(
        projects_module, "read_document", lambda path, **kw: read.append(path.name) or real_read(path, **kw)
    )
    projects = Projects(store.db)
    project = projects.create("Plant", [docs])
    first = projects.index(project)
    assert sorted(first.indexed) == [
        "Manuals/boilers.docx",
        "Manuals/fans.pdf",
        "Manuals/inside.md",
        "Manuals/pumps.md",
        "Manuals/sub/notes.txt",
    ]
    assert first.failed == [] and len(first.scan.left_out) == 2
    # pumps.md and its link inside the folder are one document, read once.
    assert sorted(read) == ["boilers.docx", "fans.pdf", "notes.txt", "pumps.md"] or sorted(read) == [
        "boilers.docx",
        "fans.pdf",
        "inside.md",
        "notes.txt",
    ]
    read.clear()
    assert len(projects.documents(project)) == 4
    hits = projects.search(project, "how often are the coolant pumps serviced")
    assert (
        hits[0].name in ("Manuals/inside.md", "Manuals/pumps.md") and "400 operating hours" in hits[0].hit.passage.text
    )
    assert projects.search(project, "exhaust fans circuit")[0].name == "Manuals/fans.pdf"
    assert projects.search(project, "boiler pressure")[0].name == "Manuals/boilers.docx"
    assert projects.search(project, "hunter2 diary") == []  # the hidden file and the escaping link
    before = passage_rows(store.db)

    again = projects.index(project)
    assert again.indexed == [] and again.unchanged == 5 and passage_rows(store.db) == before and read == []
    assert projects.stale(project) == 0

    notes = docs / "sub" / "notes.txt"
    old_sha = next(f.sha256 for f in projects.files(project) if f.name == "Manuals/sub/notes.txt")
    notes.write_text("Valve torque is now 60 newton metres on the south line.\n")
    os.utime(notes, ns=(notes.stat().st_atime_ns, notes.stat().st_mtime_ns + 10**9))
    assert projects.stale(project) == 1
    changed = projects.index(project)
    assert changed.indexed == ["Manuals/sub/notes.txt"] and changed.unchanged == 4 and read == ["notes.txt"]
    assert passage_rows(store.db, old_sha) == []  # the old text's passages are gone
    assert not passages.is_indexed(store.db, old_sha)
    assert "60 newton metres" in projects.search(project, "valve torque")[0].hit.passage.text
    unchanged_rows = [r for r in before if r[1] != old_sha]
    assert [r for r in passage_rows(store.db) if r[1] != changed_sha(projects, project)] == unchanged_rows

    (docs / "fans.pdf").unlink()
    fans_sha = next(f.sha256 for f in projects.files(project) if f.name == "Manuals/fans.pdf")
    gone = projects.index(project)
    assert gone.removed == 1 and "Manuals/fans.pdf" not in [f.name for f in projects.files(project)]
    assert passage_rows(store.db, fans_sha) == [] and projects.search(project, "exhaust fans circuit") == []

    # The whole folder gone (a drive unplugged): nothing is dropped, and it is not "changed".
    docs.rename(tmp_path / "unplugged")
    assert projects.stale(project) == 0
    away = projects.index(project)
    assert away.removed == 0 and away.scan.missing == [str(docs)] and len(projects.files(project)) == 4


def changed_sha(projects: Projects, project: Project) -> str:
    return next(str(f.sha256) for f in projects.files(project) if f.name == "Manuals/sub/notes.txt")


def test_a_file_that_cannot_be_read_is_listed_with_its_reason(store: HistoryStore, tmp_path: Path) -> None:
    docs = tmp_path / "Mixed"
    docs.mkdir()
    (docs / "good.md").write_text("Turbine blades are inspected every spring.\n")
    (docs / "broken.docx").write_bytes(b"this is not a zip file at all")
    (docs / "empty.txt").write_bytes(b"")
    projects = Projects(store.db)
    project = projects.create("Mixed", [docs])
    report = projects.index(project)
    assert report.indexed == ["Mixed/good.md"]
    reasons = dict(report.failed)
    assert set(reasons) == {"Mixed/broken.docx", "Mixed/empty.txt"} and "empty" in reasons["Mixed/empty.txt"]
    assert projects.search(project, "turbine blades")[0].name == "Mixed/good.md"
    # Not read again until it changes (or the user asks), and still listed.
    again = projects.index(project)
    assert again.indexed == [] and dict(again.failed) == reasons


def test_a_document_shared_with_an_attachment_keeps_its_passages(store: HistoryStore, tmp_path: Path) -> None:
    from app.attachments import prepare_document

    docs = tmp_path / "Shared"
    docs.mkdir()
    doc = docs / "plan.md"
    doc.write_text("The launch plan starts with the harbour crane.\n")
    projects = Projects(store.db)
    project = projects.create("Shared", [docs])
    projects.index(project)
    sha = projects.files(project)[0].sha256
    prepared = prepare_document(doc, store.blobs, index_db=store.path)
    conv = store.create_conversation()
    message = store.add_message(conv.id, "user", "see this")
    store.attach(message.id, [prepared.record()])
    projects.delete(project)
    assert passages.is_indexed(store.db, str(sha))  # the attachment still uses it


def test_cancelled_indexing_keeps_what_was_read_and_goes_on_next_time(store: HistoryStore, tmp_path: Path) -> None:
    import threading

    from app.documents.limits import Cancelled

    projects = Projects(store.db)
    project = projects.create("Plant", [folder(tmp_path)])
    cancel = threading.Event()
    steps: list[str] = []

    def progress(_fraction: float, text: str) -> None:
        steps.append(text)
        if len(steps) == 2:  # while the second file is read
            cancel.set()

    with pytest.raises(Cancelled):
        projects.index(project, cancel, progress)
    assert [f.name for f in projects.files(project)] == ["Manuals/boilers.docx"]
    rest = projects.index(project)
    assert rest.unchanged == 1 and len(rest.indexed) == 4 and projects.stale(project) == 0


def test_a_staleness_check_out_of_time_asks_for_a_reindex(store: HistoryStore, tmp_path: Path) -> None:
    projects = Projects(store.db)
    project = projects.create("Plant", [folder(tmp_path)])
    projects.index(project)
    assert projects.stale(project) == 0
    assert projects.stale(project, max_seconds=-1) == 1  # nothing walked: not known to be current


def test_the_start_up_sweep_keeps_a_projects_passages(store: HistoryStore, tmp_path: Path) -> None:
    projects = Projects(store.db)
    project = projects.create("Plant", [folder(tmp_path)])
    projects.index(project)
    passages.forget(store.db, store.referenced_blobs() | projects.used_documents(), older_than_s=-1)  # as main.py
    assert projects.search(project, "coolant pumps serviced")
    passages.forget(store.db, store.referenced_blobs(), older_than_s=-1)  # what it would do without them
    assert projects.search(project, "coolant pumps serviced") == []


def test_project_names_are_checked(store: HistoryStore) -> None:
    projects = Projects(store.db)
    projects.create("Plant")
    with pytest.raises(ProjectError, match="already"):
        projects.create("Plant")
    with pytest.raises(ProjectError, match="name"):
        projects.create("  ")
    renamed = projects.rename(projects.get("Plant"), "Factory")  # type: ignore[arg-type]
    assert projects.get("Plant") is None and projects.get("Factory") == renamed


# ---- a chat that reads a project -------------------------------------------------------------


@pytest.fixture
def session(engine, store: HistoryStore, tmp_path: Path) -> Iterator[ChatSession]:  # noqa: F811
    presets = PresetLibrary(tmp_path / "presets.json")
    s = ChatSession(store, engine, Settings(max_tokens=64), presets=presets, projects=Projects(store.db))
    s.on_model_ready("tiny")
    yield s
    s.stop()
    idle(s)


def test_a_chat_with_a_project_reads_its_passages_and_keeps_the_sources(session: ChatSession, tmp_path: Path) -> None:
    docs = folder(tmp_path)
    projects = session.projects
    assert projects is not None
    projects.index(projects.create("Plant", [docs]))
    cid = session.new_conversation()
    session.set_project(cid, "Plant")
    script(session, "Every 400 hours [1].")
    session.send("How often are the coolant pumps serviced?")
    events = idle(session)
    assert not [e for e in events if isinstance(e, ProjectStale)]
    user, reply = rows(session)
    first = reply.sources[0]
    assert first.n == 1 and first.document in ("Manuals/pumps.md", "Manuals/inside.md") and first.place == "Coolant"
    assert PUMPS in first.text
    prompt = session.history_for(cid)[-2].content
    assert "project documents" in prompt and '<source id="1" document="Manuals/' in prompt
    assert prompt.endswith("How often are the coolant pumps serviced?")
    kept = HistoryStore(session.store.path)
    try:
        assert kept.messages(cid)[1].sources == reply.sources and kept.project(cid) == "Plant"
    finally:
        kept.close()


def test_a_changed_file_is_flagged_before_the_reply(session: ChatSession, tmp_path: Path) -> None:
    docs = folder(tmp_path)
    projects = session.projects
    assert projects is not None
    projects.index(projects.create("Plant", [docs]))
    (docs / "new.md").write_text("Forklifts charge overnight in bay 7.\n")
    cid = session.new_conversation()
    session.set_project(cid, "Plant")
    script(session, "Noted.")
    session.send("Where do forklifts charge?")
    events = idle(session)
    assert ProjectStale("Plant", 1) in events
    assert rows(session)[1].sources == () or all("Forklifts" not in s.text for s in rows(session)[1].sources)


def test_a_preset_brings_its_project_and_the_field_round_trips(session: ChatSession, tmp_path: Path) -> None:
    docs = folder(tmp_path)
    projects = session.projects
    assert projects is not None and session.presets is not None
    projects.index(projects.create("Plant", [docs]))
    session.presets.save(Preset("Plant engineer", "Answer from the manuals.", knowledge="Plant"))
    cid = session.new_conversation(preset="Plant engineer")
    project = session.project_of(cid)
    assert project is not None and project.name == "Plant"
    session.set_project(cid, "Plant")
    out = tmp_path / "export.json"
    session.presets.export(["Plant engineer"], out)
    other = PresetLibrary(tmp_path / "other.json")
    assert other.import_file(out)[0].knowledge == "Plant"
    for bad in (3, "", "x" * 61, ["Plant"], "bad\nname"):
        with pytest.raises(PresetError, match="knowledge"):
            preset_from_json({"name": "P", "knowledge": bad})
    assert preset_from_json({"name": "P"}).knowledge is None


# ---- the command line ------------------------------------------------------------------------


def test_the_projects_command_adds_indexes_and_searches(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = folder(tmp_path)
    assert main(["projects", "add", "Plant", str(docs)]) == 0
    assert main(["projects", "index", "Plant"]) == 0
    out = capsys.readouterr()
    assert "Plant: 5 read, 0 unchanged, 0 removed, 0 could not be read" in out.out
    assert "escape.md: it is a link to a file outside the folder" in out.out
    assert "1/5" in out.err  # the progress line
    assert main(["projects", "search", "Plant", "how", "often", "are", "coolant", "pumps", "serviced"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("1. Manuals/") and ", section Coolant: " in first and "400 operating hours" in first
    assert main(["projects", "list"]) == 0
    assert "Plant  (5 document(s) indexed, 0 could not be read)" in capsys.readouterr().out
    assert main(["projects", "index", "Plant"]) == 0
    assert "0 read, 5 unchanged" in capsys.readouterr().out
    assert main(["projects", "search", "Nope", "x"]) == 2 and "no project named 'Nope'" in capsys.readouterr().err


def test_chat_with_a_project_cites_its_documents(
    tiny_gemma4: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = folder(tmp_path)
    assert main(["projects", "add", "Plant", str(docs)]) == 0  # indexed by `chat` itself: it is stale
    capsys.readouterr()
    assert main(["chat", "--model", str(tiny_gemma4), "--project", "Plant", "-p", "coolant pumps serviced",
                 "--max-tokens", "4", "--temperature", "0"]) == 0  # fmt: skip
    out = capsys.readouterr()
    assert "Plant: 5 read" in out.err
    assert "Sources:\n[1] Manuals/" in out.out and ", section Coolant" in out.out
    with pytest.raises(SystemExit, match="no project named 'Nope'"):
        main(["chat", "--model", str(tiny_gemma4), "--project", "Nope", "-p", "hi"])


def test_the_command_beside_a_running_window_leaves_its_streaming_reply_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.paths import data_dir

    window_store = HistoryStore(data_dir() / "history.db")  # the window, writing a reply
    try:
        conv = window_store.create_conversation()
        reply = window_store.add_message(conv.id, "assistant", "Half a rep", status="streaming")
        assert main(["projects", "add", "Plant", str(folder(tmp_path))]) == 0
        assert main(["projects", "index", "Plant"]) == 0
        assert window_store.messages(conv.id)[0].status == "streaming" and reply.id
        assert Projects(window_store.db).get("Plant") is not None  # the window sees the project
    finally:
        window_store.close()
