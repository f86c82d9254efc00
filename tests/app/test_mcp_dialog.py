"""Settings → Tool servers (MCP): importing the JSON of another app, where each server stands,
turning one off, removing one; every control has a name a screen reader can say."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.mcp import McpHub, ServerStatus
from app.settings import Settings
from app.ui.mcp_dialog import AddServerDialog, ImportDialog, status_words
from app.ui.settings_dialog import SettingsDialog
from tests.app.test_accessibility import unnamed
from tests.app.test_mcp_client import HOSTILE, server_processes


@pytest.fixture
def hub() -> Iterator[McpHub]:
    h = McpHub()
    yield h
    h.close()
    assert server_processes() == []


def test_import_show_status_turn_off_and_remove(qtbot, hub: McpHub) -> None:
    settings = Settings()
    dialog = SettingsDialog(settings, None, None, mcp=hub)
    qtbot.addWidget(dialog)
    tab = dialog.tool_servers
    assert tab is not None
    dialog.show()
    importer = ImportDialog(tab)
    qtbot.addWidget(importer)
    importer.text.setPlainText("{not json")
    importer.accept()
    assert not importer.error.isHidden() and "not valid JSON" in importer.error.text() and importer.result() == 0
    document = {"mcpServers": {"hostile": {"command": sys.executable, "args": [HOSTILE]}}}
    importer.text.setPlainText(json.dumps(document))
    importer.accept()
    tab._put(importer.servers)
    assert settings.mcp_servers == [] and hub.servers() == []  # until the settings are saved
    dialog.accept()
    assert settings.mcp_servers == [
        {"name": "hostile", "enabled": True, "timeout_s": 60.0, "command": sys.executable, "args": [HOSTILE], "env": {}}
    ]
    assert tab.table.rowCount() == 1 and [s.name for s in hub.servers()] == ["hostile"]
    assert tab.table.item(0, 2).text() == "Starts when a model uses tools" and server_processes() == []
    hub.start("hostile")
    qtbot.waitUntil(
        lambda: tab.table.item(0, 2).text() == "Running · 9 tools", timeout=60_000
    )  # a safety net only: a loaded CI machine
    assert tab.budget.isHidden()
    settings.context_length = 256  # room for a few of the nine tools' declarations only
    tab.refresh_status()
    assert not tab.budget.isHidden() and " of 9 tools do not fit" in tab.budget.text()
    tab.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # off: the hub stops it once saved
    assert tab.table.item(0, 2).text() == "Off"
    tab.apply()
    assert settings.mcp_servers[0]["enabled"] is False and hub.servers() == [] and server_processes() == []
    tab.table.selectRow(0)
    tab.remove()
    tab.apply()
    assert settings.mcp_servers == [] and tab.table.rowCount() == 0


def test_always_allow_does_not_pass_to_a_server_that_replaces_another(qtbot, hub: McpHub) -> None:
    time = {"name": "time", "command": sys.executable, "args": ["-m", "mcp_server_time"], "enabled": True}
    mine = {"name": "notes", "command": sys.executable, "args": [HOSTILE], "enabled": True}
    grants = ["notes__echo", "time__get_current_time"]
    settings = Settings(mcp_servers=[time, mine], mcp_always_allow=list(grants))
    dialog = SettingsDialog(settings, None, None, mcp=hub)
    qtbot.addWidget(dialog)
    tab = dialog.tool_servers
    assert tab is not None
    tab.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # turned off, the same program: still granted
    tab.apply()
    assert settings.mcp_always_allow == grants
    importer = ImportDialog(tab)
    qtbot.addWidget(importer)
    importer.text.setPlainText(json.dumps({"mcpServers": {"notes": {"command": sys.executable, "args": ["evil.py"]}}}))
    importer.accept()
    tab._put(importer.servers)  # another program under the same name replaces it
    tab.apply()
    assert settings.mcp_always_allow == ["time__get_current_time"]
    assert [tab.grants.item(i).text() for i in range(tab.grants.count())] == ["time__get_current_time"]
    tab.table.selectRow(0)
    tab.remove()
    tab.apply()
    assert settings.mcp_always_allow == []


def test_a_granted_tool_can_be_made_to_ask_again(qtbot, hub: McpHub) -> None:
    settings = Settings(mcp_always_allow=["time__get_current_time", "time__convert_time"])
    dialog = SettingsDialog(settings, None, None, mcp=hub)
    qtbot.addWidget(dialog)
    tab = dialog.tool_servers
    assert tab is not None
    dialog.show()
    assert not tab.grants.isHidden() and tab.grants.count() == 2
    tab.grants.setCurrentRow(0)
    tab.revoke_button.click()
    assert settings.mcp_always_allow == ["time__get_current_time", "time__convert_time"]  # until saved
    tab.apply()
    assert settings.mcp_always_allow == ["time__convert_time"]
    tab.grants.setCurrentRow(0)
    tab.revoke_button.click()
    tab.apply()
    assert settings.mcp_always_allow == [] and tab.grants.isHidden()


def test_the_status_says_when_tools_were_left_out() -> None:
    note = "1 tool(s) left out: a name that is not a plain name, or more than 256 tools."
    assert status_words(ServerStatus("ready", note, tools=2), True) == f"Running · 2 tools · {note}"


def test_a_server_added_by_hand_says_what_is_wrong(qtbot) -> None:
    dialog = AddServerDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("time")
    dialog.accept()
    assert not dialog.error.isHidden() and "“command”" in dialog.error.text() and dialog.server is None
    dialog.command.setText("uvx mcp-server-time")
    dialog.pairs.setPlainText("TZ=UTC")
    dialog.accept()
    assert dialog.server is not None and dialog.server.env == {"TZ": "UTC"}


def test_every_control_has_a_name(qtbot, hub: McpHub) -> None:
    settings = Settings(mcp_servers=[{"name": "t", "command": "x"}])
    for dialog in (
        AddServerDialog(),
        ImportDialog(),
        SettingsDialog(settings, None, None, mcp=hub),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        missing = unnamed(dialog)
        if isinstance(dialog, SettingsDialog):  # the tool servers page too
            dialog.tabs.setCurrentWidget(dialog.tool_servers)
            missing += unnamed(dialog)
        assert missing == []
        dialog.reject()


def test_the_presets_dialog_edits_a_presets_tool_servers(qtbot, tmp_path) -> None:
    from app.presets import Preset, PresetLibrary
    from app.ui.presets_dialog import ON, PresetsDialog

    library = PresetLibrary(tmp_path / "presets.json")
    library.save(Preset("Clock", tool_servers=("time",)))
    dialog = PresetsDialog(library, [])
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(next(i for i in range(dialog.list.count()) if dialog.list.item(i).text() == "Clock"))
    assert dialog.tool_names.text() == "time" and dialog.tool_choice.currentData() == ON
    dialog.tool_names.setText("time, git ,")
    assert dialog.edited().tool_servers == ("time", "git")
    dialog.tool_choice.setCurrentIndex(1)  # None
    assert dialog.edited().tool_servers == () and not dialog.tool_names.isEnabled()
    dialog.tool_choice.setCurrentIndex(0)  # all that are on in Settings
    assert dialog.edited().tool_servers is None
