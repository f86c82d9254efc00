"""Projects in the window: the Projects dialog (index, failures, search, a passage opened), the
Chat menu's choice for the open chat, the preset's knowledge field, re-indexing when files change."""

from __future__ import annotations

from pathlib import Path

from app.documents.projects import Projects
from app.presets import PresetLibrary
from app.store import HistoryStore
from app.ui.presets_dialog import PresetsDialog
from app.ui.projects_dialog import ProjectsDialog
from app.ui.sources_view import SourceDialog
from tests.app.conftest import script, send
from tests.app.test_projects import PUMPS, folder


def _indexed(qtbot, dialog: ProjectsDialog, start) -> object:
    with qtbot.waitSignal(dialog.indexed, timeout=60_000) as done:
        start()
    return done.args[0]


def test_the_dialog_indexes_a_folder_lists_failures_and_searches_it(qtbot, tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.db")
    try:
        docs = folder(tmp_path)
        (docs / "broken.docx").write_bytes(b"not a zip")
        dialog = ProjectsDialog(Projects(store.db))
        qtbot.addWidget(dialog)
        assert dialog.create_project("Plant") and dialog.current().name == "Plant"
        report = _indexed(qtbot, dialog, lambda: dialog.add_paths([docs]))
        assert len(report.indexed) == 5 and [name for name, _why in report.failed] == ["Manuals/broken.docx"]
        assert dialog.paths.item(0).text() == str(docs)
        assert "5 documents indexed" in dialog.state.text() and "1 file could not be read" in dialog.state.text()
        assert dialog.failures.count() == 1 and dialog.failures.item(0).text().startswith("Manuals/broken.docx: ")
        assert dialog.progress.isHidden() and dialog.reindex_button.isEnabled()

        dialog.query.setText("how often are the coolant pumps serviced")
        dialog.query.returnPressed.emit()
        first = dialog.results.item(0).text()
        assert first.startswith("Manuals/") and "section “Coolant”" in first and "400 operating hours" in first
        opened = dialog.open_hit(0)
        assert isinstance(opened, SourceDialog) and opened.passage.toPlainText().endswith(PUMPS)
        assert "Coolant" in opened.heading.text()
        opened.close()
        dialog.query.setText("zebra quasar")
        dialog.query.returnPressed.emit()
        assert dialog.hits == [] and dialog.results.item(0).text() == "Nothing found."

        assert dialog.rename_project("Factory") and dialog.current().name == "Factory"
        assert not dialog.create_project("Factory") and "already" in dialog.state.text()
        dialog.paths.setCurrentRow(0)
        report = _indexed(qtbot, dialog, dialog.remove_selected_path)
        assert report.removed == 6 and dialog.paths.count() == 0 and "0 documents indexed" in dialog.state.text()
        for widget in (dialog.list, dialog.paths, dialog.query, dialog.results, dialog.reindex_button, dialog.failures):
            assert widget.accessibleName(), widget
    finally:
        store.close()


def test_the_chat_menu_gives_the_open_chat_a_project_and_a_reply_cites_it(qtbot, window, tmp_path: Path) -> None:
    docs = folder(tmp_path)
    projects = window.projects.projects
    projects.index(projects.create("Plant", [docs]))
    script(window, "Hello.")
    send(qtbot, window, "Hi")
    cid = window.chat.conversation_id
    window.projects.sync()
    names = [a.text() for a in window.projects.menu.actions()]
    assert names == ["None", "Plant"] and window.projects.menu.actions()[0].isChecked()
    window.projects.menu.actions()[1].trigger()
    assert window.chat.session.store.project(cid) == "Plant"
    script(window, "Every 400 hours [1].")
    send(qtbot, window, "How often are the coolant pumps serviced?")
    reply = window.chat.session.store.messages(cid)[-1]
    assert reply.sources and reply.sources[0].document.startswith("Manuals/") and PUMPS in reply.sources[0].text


def test_a_changed_project_is_reindexed_in_the_background(qtbot, window, tmp_path: Path) -> None:
    docs = folder(tmp_path)
    projects = window.projects.projects
    projects.index(projects.create("Plant", [docs]))
    window.projects.choose("Plant")
    (docs / "forklifts.md").write_text("Forklifts charge overnight in bay 7.\n")
    script(window, "Noted.")
    with qtbot.waitSignal(window.chat.project_stale, timeout=60_000):
        send(qtbot, window, "Where do forklifts charge?")
    qtbot.waitUntil(lambda: not window.projects.running, timeout=60_000)
    assert projects.stale(projects.get("Plant")) == 0
    assert projects.search(projects.get("Plant"), "forklifts charge")[0].name == "Manuals/forklifts.md"


def test_a_preset_picks_its_project_in_the_presets_dialog(qtbot, tmp_path: Path) -> None:
    library = PresetLibrary(tmp_path / "presets.json")
    dialog = PresetsDialog(library, [], None, ["Plant", "Shop"])
    qtbot.addWidget(dialog)
    dialog._new()
    dialog.name.setText("Engineer")
    assert [dialog.knowledge.itemText(i) for i in range(dialog.knowledge.count())] == ["None", "Plant", "Shop"]
    dialog.knowledge.setCurrentIndex(dialog.knowledge.findData("Shop"))
    assert dialog.save_current()
    assert PresetLibrary(tmp_path / "presets.json").get("Engineer").knowledge == "Shop"
    assert dialog.knowledge.accessibleName()
