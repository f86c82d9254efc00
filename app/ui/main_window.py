"""The main window: layout, menus, shortcuts and wiring. Behaviour lives in the controllers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import skills
from app.attachments import Prepared
from app.mcp import McpHub, parse_servers
from app.model_refs import library
from app.paths import cache_dir, data_dir
from app.presets import PresetLibrary
from app.settings import Settings, save_settings
from app.store import HistoryStore
from app.tools import ToolBox, ToolRecord
from app.ui.i18n import translate
from app.ui.lower_text import in_interface_language
from app.ui.memory_text import memory_summary
from runtime import Engine, EngineError, ModelInfo

from .a11y import Announcer, message_announcement, reply_announcement, version_announcement
from .api_service import ApiService
from .audio_player import AudioPlayer
from .banner import Banner
from .chat_projects import ChatProjects
from .chat_view import ChatView
from .composer import Composer, files_from_mime
from .controller import ChatController
from .conversations import Conversations
from .downloads import DownloadManager
from .figure_alt import figure_alt
from .figure_dialog import FigureDialog
from .model_bar import ModelBar
from .model_service import ModelService
from .preset_text import preset_label
from .remembered import RememberedFacts
from .sidebar import Sidebar
from .style import style_sheet
from .tasks import Task
from .theme import is_dark

if TYPE_CHECKING:
    from .quick_ask import QuickAskService
    from .voice_bridge import VoiceBridge


WARM_UP_AFTER_MS = 500  # after the model is ready and the window shows it
MIN_TEXT_SIZE, MAX_TEXT_SIZE = -4, 12  # points around the system's text size


class MainWindow(QMainWindow):
    def __init__(self, engine: Engine, store: HistoryStore, settings: Settings, notes: Sequence[str] = ()) -> None:
        super().__init__()
        self.engine, self.store, self.settings = engine, store, settings
        self.setWindowTitle("Hearth")
        self.resize(1180, 780)
        self.view = ChatView()
        self.view.show_stats = settings.show_stats
        self.composer = Composer()
        self.composer.think_box.setChecked(settings.thinking)
        self.composer.strip.blobs = store.blobs
        self.composer.strip.index_db = store.path if store.writable else None  # a copy in memory indexes on send
        self.composer.set_model(translate("MainWindow", "No model"), frozenset())
        self.view.setAcceptDrops(False)  # drops on the conversation go to the window
        self.setAcceptDrops(True)
        self.sidebar = Sidebar()
        self.banner = Banner()
        self.models = ModelService(engine)
        self.downloads = DownloadManager()
        # MCP servers start when a model that calls tools is loaded (_on_loaded), not before.
        self.toolbox = ToolBox(cache_dir() / "sandbox", mcp=McpHub(parse_servers(settings.mcp_servers)[0]))
        self.presets = PresetLibrary(data_dir() / "presets.json")
        self.chat = ChatController(store, engine, settings, self.view, self.toolbox, self.presets)
        self._voice: VoiceBridge | None = None  # made on first use: see `voice`
        self.quick_ask: QuickAskService | None = None  # started once the window shows (run_app)
        self.conversations = Conversations(store, self.sidebar, self.chat, self.banner, self)
        self.player = AudioPlayer(self)
        self._model_notes: tuple[str, ...] = ()
        self.announcer = Announcer(self)
        self.api = ApiService(engine, self)
        self._build_layout()
        self._build_toolbar()
        self._build_menus_and_shortcuts()
        self._wire()
        self.refresh_conversations()
        notes = [*store.report.notes, *notes]  # the banner holds one message: show them together
        if self.presets.problem:
            notes.append(self.presets.problem)
        if notes:
            self.banner.show_message("\n\n".join(notes), "warning")

    # ---- construction --------------------------------------------------------------------

    def _build_layout(self) -> None:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.composer)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.sidebar)
        split.addWidget(column)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 920])
        self.setCentralWidget(split)

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Model"))
        bar.setMovable(False)
        self.model_bar = ModelBar()
        self.model_bar.picked.connect(self._on_pick)
        self.model_bar.manage_requested.connect(self.open_model_manager)
        self.model_bar.preset_picked.connect(self._on_preset)
        self.model_bar.presets_requested.connect(self.open_presets)
        self.model_bar.fill_presets(self._preset_choices(), None)
        bar.addWidget(self.model_bar)
        self.addToolBar(bar)

    def _build_menus_and_shortcuts(self) -> None:
        file = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self._action(file, translate("MainWindow", "New Chat"), self.new_chat, QKeySequence.StandardKey.New)
        self._action(
            file, translate("MainWindow", "Export as Markdown…"), lambda: self.conversations.export_current("md")
        )
        self._action(
            file, translate("MainWindow", "Export as JSON…"), lambda: self.conversations.export_current("json")
        )
        file.addSeparator()
        self._action(file, translate("MainWindow", "Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        self._action(
            edit, translate("MainWindow", "Find Chats"), self.conversations.focus_search, QKeySequence.StandardKey.Find
        )
        settings = self._action(edit, translate("MainWindow", "Settings…"), self.open_settings)
        # StandardKey.Preferences is empty on most Linux desktops: add Ctrl+, (⌘, on a Mac) there too.
        settings.setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")])
        view = self.menuBar().addMenu(translate("MainWindow", "&View"))
        larger = self._action(view, translate("MainWindow", "Larger Text"), lambda: self.change_text_size(+1))
        # Ctrl++ needs Shift on most keyboards: Ctrl+= (⌘= on a Mac) does the same, as in browsers.
        larger.setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self._action(
            view,
            translate("MainWindow", "Smaller Text"),
            lambda: self.change_text_size(-1),
            QKeySequence.StandardKey.ZoomOut,
        )
        self._action(view, translate("MainWindow", "Actual Text Size"), lambda: self.change_text_size(0), "Ctrl+0")
        chat = self.menuBar().addMenu(translate("MainWindow", "&Chat"))
        self._action(chat, translate("MainWindow", "Quick Ask…"), self.show_quick_ask, "Ctrl+Shift+Space")
        self._action(chat, translate("MainWindow", "Previous Message"), lambda: self.read_message(-1), "Alt+Up")
        self._action(chat, translate("MainWindow", "Next Message"), lambda: self.read_message(+1), "Alt+Down")
        self._action(
            chat, translate("MainWindow", "Previous Version"), lambda: self.switch_version(-1), "Ctrl+Alt+Left"
        )
        self._action(chat, translate("MainWindow", "Next Version"), lambda: self.switch_version(+1), "Ctrl+Alt+Right")
        self._action(chat, translate("MainWindow", "Copy Last Reply"), self.copy_last_reply, "Ctrl+Shift+C")
        self._action(chat, translate("MainWindow", "Regenerate Last Reply"), self.regenerate_last_reply, "Ctrl+R")
        self._action(
            chat,
            translate("MainWindow", "Run Waiting Code"),
            lambda: self.decide_waiting_tool(True),
            "Ctrl+Shift+Return",
        )
        self._action(
            chat,
            translate("MainWindow", "Skip Waiting Code"),
            lambda: self.decide_waiting_tool(False),
            "Ctrl+Shift+Backspace",
        )
        self.remembered = RememberedFacts(self.store, self.chat, self.banner, self.announcer, chat)
        assert self.chat.session.projects is not None
        self.projects = ChatProjects(self.chat.session.projects, self.chat, self.banner, self.announcer, chat)
        models = self.menuBar().addMenu(translate("MainWindow", "&Models"))
        self._action(models, translate("MainWindow", "Manage Models…"), self.open_model_manager)
        self._action(models, translate("MainWindow", "Benchmark…"), self.open_benchmark)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self._action(help_menu, translate("MainWindow", "Keyboard Shortcuts"), self.open_shortcuts, "Ctrl+/")
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.composer._on_send)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.escape)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _wire(self) -> None:
        self.composer.submitted.connect(self.chat.send)
        self.composer.stop_requested.connect(self.chat.stop)
        self.composer.files_left_out.connect(lambda text: self.banner.show_message(text, "warning"))
        self.composer.think_box.toggled.connect(self._on_think)
        self.chat.busy_changed.connect(self.composer.set_busy)
        self.chat.problem.connect(lambda text: self.banner.show_message(text, "error"))
        self.view.action_requested.connect(self._on_message_action)
        self.chat.conversation_shown.connect(self._show_preset)
        self.view.code_run_requested.connect(self.chat.run_code)
        self.view.figure_requested.connect(lambda a: FigureDialog(a.path, a.name, self, figure_alt(a)).exec())
        self.view.play_requested.connect(lambda a: self.player.toggle(a.path))
        self.player.problem.connect(lambda text: self.banner.show_message(text, "warning"))
        self._wire_announcements()
        self.api.started.connect(
            lambda url: self.banner.show_message(
                translate("MainWindow", "Serving the loaded model to other apps at {url}").format(url=url), "info"
            )
        )
        self.api.problem.connect(lambda text: self.banner.show_message(text, "error"))
        if self.settings.serve_api:  # once the model is ready: FastAPI's import would slow its load
            self.models.loaded.connect(
                lambda *_: QTimer.singleShot(WARM_UP_AFTER_MS, self.apply_api_setting),
                Qt.ConnectionType.SingleShotConnection,
            )
        # Load Markdown and the code highlighter once the model is ready, not during the first
        # code card, and not while the model loads (it would compete with the tokenizer build).
        self.models.loaded.connect(
            lambda *_: QTimer.singleShot(WARM_UP_AFTER_MS, self.view.warm_up), Qt.ConnectionType.SingleShotConnection
        )
        bar = self.composer.voice
        bar.conversation_toggled.connect(lambda on: self.voice.start() if on else self.voice.stop())
        bar.talk_pressed.connect(lambda: self.voice.press())
        bar.talk_released.connect(lambda: self.voice.release())
        bar.mute_toggled.connect(lambda muted: self.voice.set_muted(muted))
        self.sidebar.new_requested.connect(self.new_chat)
        self.models.preparing.connect(lambda f, m: self.model_bar.show_progress(f, m))
        self.models.loaded.connect(self._on_loaded)
        self.models.failed.connect(self._on_load_failed)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _s: self.apply_theme())
        self.apply_theme()

    def apply_theme(self) -> None:
        # The text size goes through the style sheet: with one set, Qt ignores setFont().
        size = self.settings.text_size
        points = max(6.0, QApplication.font().pointSizeF() + size) if size else None
        self.setStyleSheet(style_sheet(is_dark(), points))
        self.view.refresh_theme()

    # ---- conversations -------------------------------------------------------------------

    def refresh_conversations(self) -> None:
        self.conversations.refresh()

    def new_chat(self) -> None:
        self.conversations.new()
        self.composer.editor.setFocus()

    def export(self, cid: int, fmt: str, path: str | None = None) -> Path | None:
        return self.conversations.export(cid, fmt, path)

    # ---- keyboard and screen reader ------------------------------------------------------

    def read_message(self, step: int) -> None:
        message = self.view.step_message(step)
        self.announcer.say(
            message_announcement(message) if message else translate("MainWindow", "This chat has no messages yet.")
        )

    def switch_version(self, step: int) -> None:
        """Show the previous (-1) or next (+1) version of the message stepped to with Alt+Up/Down,
        else of the last message that has several, and say which one it is now."""
        shown = self.view.messages()
        reading = self.view.reading_id
        message = next((m for m in shown if m.id == reading and len(m.siblings) > 1), None)
        message = message or next((m for m in reversed(shown) if len(m.siblings) > 1), None)
        if message is None:
            self.announcer.say(translate("MainWindow", "This chat has only one version of each message."))
            return
        index = message.siblings.index(message.id) + step
        if not 0 <= index < len(message.siblings) or self.chat.busy:
            self.announcer.say(version_announcement(message))
            return
        self.chat.switch_branch(message.siblings[index])
        now = next((m for m in self.view.messages() if m.id == message.siblings[index]), None)
        if now is not None:
            self.view.reading_id = now.id
            self.announcer.say(version_announcement(now))

    def copy_last_reply(self) -> None:
        reply = next((m for m in reversed(self.view.messages()) if m.role == "assistant" and m.content), None)
        if reply is None:
            self.announcer.say(translate("MainWindow", "There is no reply to copy yet."))
            return
        QGuiApplication.clipboard().setText(reply.content)
        self.announcer.say(translate("MainWindow", "Last reply copied."))

    def regenerate_last_reply(self) -> None:
        reply = next((m for m in reversed(self.view.messages()) if m.role == "assistant"), None)
        if reply is not None and not self.chat.busy:
            self.chat.regenerate(reply.id)

    def decide_waiting_tool(self, run: bool) -> None:
        waiting = next(
            (
                m
                for m in reversed(self.view.messages())
                if m.role == "tool" and ToolRecord.parse(m.content).status == "pending"
            ),
            None,
        )
        if waiting is None:
            self.announcer.say(translate("MainWindow", "No code is waiting for approval."))
            return
        if run and skills.pick_for(ToolRecord.parse(waiting.content).name) is not None:
            self.pick_for_tool(waiting.id)  # running it means choosing the file or folder
            return
        self.chat.decide_tool(waiting.id, run)

    def pick_for_tool(self, message_id: int) -> None:
        """The user chooses the file a skill reads, or the folder it saves into (the model
        never names a path); cancelling the dialog leaves the call waiting."""
        from PySide6.QtWidgets import QFileDialog

        message = next((m for m in self.view.messages() if m.id == message_id), None)
        if message is None:
            return
        record = ToolRecord.parse(message.content)
        if skills.pick_for(record.name) == "file":
            path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Choose the file to read"))
        else:
            path = QFileDialog.getExistingDirectory(self, translate("MainWindow", "Choose where to save the file"))
        if path:
            self.chat.decide_tool(message_id, True, pick=Path(path))

    def change_text_size(self, step: int) -> None:
        """Text a point larger or smaller than the system's (0: the system's own), remembered."""
        size = 0 if step == 0 else max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, self.settings.text_size + step))
        self.settings.text_size = size
        self.apply_theme()
        self.save_settings()
        if size == 0:
            self.announcer.say(translate("MainWindow", "Text size: system default."))
        else:
            signed = QLocale().toString(size) if size < 0 else "+" + QLocale().toString(size)
            self.announcer.say(translate("MainWindow", "Text size: {size} points.").format(size=signed))

    def start_quick_ask(self) -> None:
        """Listen for `hearth ask` and the global shortcut (after the window shows: QtNetwork is
        not needed to draw it)."""
        from .quick_ask import QuickAskService

        if self.quick_ask is None:
            self.quick_ask = QuickAskService(self)

    def show_quick_ask(self) -> None:
        self.start_quick_ask()
        assert self.quick_ask is not None
        self.quick_ask.show()

    def open_shortcuts(self) -> None:
        from .keyboard import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def escape(self) -> None:
        if self.chat.busy:
            self.chat.stop()
        elif self.composer.editing_id is not None:
            self.composer.cancel_edit()

    def _on_message_action(self, action: str, message_id: int) -> None:
        if action in ("run", "skip"):
            self.chat.decide_tool(message_id, action == "run")
        elif action == "pick":  # Choose file… / Choose folder…: the pick is the Run
            self.pick_for_tool(message_id)
        elif action == "always":  # Run, and never ask again for this MCP tool
            self.chat.decide_tool(message_id, True, always=True)
            self.save_settings()
        elif action == "regenerate":
            self.chat.regenerate(message_id)
        elif action == "version":
            self.chat.switch_branch(message_id)
        elif action == "fork":
            self.chat.fork(message_id)
        elif action == "pin":
            message = next((m for m in self.view.messages() if m.id == message_id), None)
            if message is not None:
                self.store.set_pinned(message_id, not message.pinned)
                self.chat.open_conversation(self.chat.conversation_id)  # type: ignore[arg-type]
        elif action == "edit":
            message = next((m for m in self.view.messages() if m.id == message_id), None)
            if message is not None and not self.chat.busy:
                self.composer.begin_edit(
                    message_id, message.content, [Prepared.from_stored(a) for a in message.attachments]
                )

    def _on_think(self, on: bool) -> None:
        self.settings.thinking = on
        self.save_settings()

    # ---- models --------------------------------------------------------------------------

    def load_model(self, ref: str) -> None:
        self.chat.on_model_unloaded()
        self.models.load(ref)

    def confirm_fit(self, key: str) -> bool:
        """Before loading: warn when weights + KV cache at the chosen context will not fit."""
        path = library().root / key
        if not path.is_dir():
            return True  # the bundled model before its first import: small by construction
        try:
            est = self.models.memory_estimate(path, self.settings.context_length)
        except EngineError:
            return True  # a broken folder fails on load with its own message
        if est.verdict != "too_big":
            return True
        answer = QMessageBox.warning(
            self,
            translate("MainWindow", "Model may not fit"),
            memory_summary(est) + "\n\n" + translate("MainWindow", "Load it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ---- presets --------------------------------------------------------------------------

    def _preset_choices(self) -> list[tuple[str, str]]:
        return [(p.name, preset_label(p)) for p in self.presets.all()]

    def _show_preset(self, conversation_id: int) -> None:
        self.model_bar.fill_presets(self._preset_choices(), self.chat.session.store.preset(conversation_id))

    def _on_preset(self, name: str) -> None:
        """The open chat uses the preset from its next reply on, and new chats start with it."""
        chosen = name or None
        self.chat.preset_for_new_chats = chosen
        if self.chat.conversation_id is not None:
            self.chat.session.set_preset(self.chat.conversation_id, chosen)
        preset = self.presets.get(chosen)
        if preset and preset.model and preset.model != self.models.current_key:
            if self.model_bar.picker.findData(preset.model) >= 0:  # in the library: load it as if picked
                self._on_pick(preset.model)
            else:
                self.banner.show_message(
                    translate(
                        "MainWindow", "The preset asks for the model “{model}”, which is not in your library."
                    ).format(model=preset.model),
                    "warning",
                )

    def open_presets(self) -> None:
        from .presets_dialog import PresetsDialog

        picker = self.model_bar.picker
        models = [(str(picker.itemData(i)), picker.itemText(i)) for i in range(picker.count()) if picker.itemData(i)]
        projects = [p.name for p in self.projects.projects.all()]
        PresetsDialog(self.presets, models, self, projects).exec()
        cid = self.chat.conversation_id
        self.model_bar.fill_presets(
            self._preset_choices(),
            self.chat.session.store.preset(cid) if cid is not None else self.chat.preset_for_new_chats,
        )

    def refresh_picker(self) -> None:
        task = Task(lambda _p: ModelService.choices(), name="hearth-list-models")
        task.succeeded.connect(self._fill_picker)
        task.start()

    def _fill_picker(self, choices: list[tuple[str, str]]) -> None:
        self.model_bar.fill(choices, self.models.loading_key or self.models.current_key)

    def _on_pick(self, key: str) -> None:
        if key and key != self.models.current_key and not self.models.loading:
            if not self.confirm_fit(key):
                self.model_bar.select(self.models.current_key)
                return
            self.settings.model = key
            self.save_settings()
            self.load_model(key)

    def _on_loaded(self, info: ModelInfo, key: str) -> None:
        self.model_bar.show_state(translate("MainWindow", "{name} · ready").format(name=info.name))
        self.composer.think_box.setEnabled(info.supports_thinking)
        self.composer.set_model(info.name, info.modalities)
        if info.supports_tools:  # a warm sandbox child makes the first code run quick
            self.toolbox.prewarm(code=self.settings.allow_code)
        if "audio" in info.modalities and self._voice is None:
            # The voice stack takes ~0.5 s to import: not at the first Voice click or F5 press,
            # where it would freeze the window and lose the start of what is said.
            QTimer.singleShot(WARM_UP_AFTER_MS, lambda: self.voice)
        self.chat.on_model_ready(key)
        self.refresh_picker()
        if self.banner.isVisible() and self.banner.label.text() in self._model_notes:
            self.banner.hide()  # the previous model's note
        self._model_notes = tuple(in_interface_language(note) for note in info.notes)  # as the banner shows them
        for note in info.notes:
            # It says what the model cannot do, for as long as it is loaded (dismiss to hide).
            self.banner.show_message(note, "info", stays=True)

    def _on_load_failed(self, message: str) -> None:
        still = self.engine.info
        self.model_bar.show_state(
            translate("MainWindow", "{name} · ready").format(name=still.name)
            if still
            else translate("MainWindow", "No model loaded")
        )
        if still is not None:
            self.chat.on_model_ready(self.models.current_key)
        self.banner.show_message(
            translate("MainWindow", "The model could not be loaded: {message}").format(message=message), "error"
        )
        self.refresh_picker()

    # ---- dialogs -------------------------------------------------------------------------

    def open_model_manager(self) -> None:
        from .model_manager import ModelManagerDialog

        ModelManagerDialog(self).exec()
        self.refresh_picker()

    def _wire_announcements(self) -> None:
        """What happens away from the keyboard focus is read out by the screen reader."""
        say = self.announcer.say
        self.banner.shown.connect(lambda text, kind: say(text, urgent=kind != "info"))
        self.chat.reply_finished.connect(lambda message: say(reply_announcement(message)))
        self.chat.tool_waiting.connect(
            lambda name: say(
                translate("MainWindow", "The model wants to run {name}. Run or Skip it in the conversation.").format(
                    name=name
                ),
                urgent=True,
            )
        )

    @property
    def voice(self) -> VoiceBridge:
        """The voice conversation, made the first time it is used: the voice stack (numpy, VAD,
        echo cancellation, audio devices) is not loaded before the window shows."""
        if self._voice is None:
            from .voice_bridge import VoiceBridge, connect_bridge_to_bar

            self._voice = VoiceBridge(
                self.chat, stop_s=self.settings.voice_stop_ms / 1000, speaker_factory=self._speaker_factory()
            )
            connect_bridge_to_bar(
                self._voice, self.composer.voice, lambda text: self.banner.show_message(text, "warning")
            )
            self._voice.status.connect(self.announcer.say)
        return self._voice

    def _speaker_factory(self):
        from .voice_bridge import default_speaker

        return lambda: default_speaker(self.settings.voice_output)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings, self.engine.info, self.models.current_key, self, self.store.memories, self.toolbox.mcp
        )
        if dialog.exec():
            self.view.show_stats = self.settings.show_stats
            self.composer.think_box.setChecked(self.settings.thinking)
            if self._voice is not None:
                self._voice.apply_settings(self.settings.voice_stop_ms / 1000, self._speaker_factory())
            self.composer.voice.conversation.setChecked(False)
            self.apply_api_setting()
            self.save_settings()
            if self.chat.conversation_id is not None:
                self.chat.open_conversation(self.chat.conversation_id)

    def apply_api_setting(self) -> None:
        self.api.apply(self.settings.serve_api, self.settings.serve_port)

    def open_benchmark(self) -> None:
        from .bench_dialog import BenchDialog

        BenchDialog(self.engine, self).exec()

    def save_settings(self) -> None:
        save_settings(self.settings, data_dir() / "settings.json")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = files_from_mime(event.mimeData())
        if files:
            self.composer.add_files(files)
            event.acceptProposedAction()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F5 and not event.isAutoRepeat() and self.composer.voice.hold.isEnabled():
            self.voice.press()  # F5: the dictation key on Mac keyboards
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F5 and not event.isAutoRepeat() and self._voice is not None:
            self._voice.release()
        super().keyReleaseEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._voice is not None:
            self._voice.close()
        self.chat.stop()
        self.projects.stop()  # a re-index in the background stops at its next file
        self.save_settings()
        super().closeEvent(event)
