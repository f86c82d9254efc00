"""Start the desktop app: the composition root that builds every service."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import startup_trace
from app.documents import passages
from app.documents.projects import Projects
from app.paths import data_dir
from app.settings import load_settings_reporting
from app.store import HistoryStore
from runtime import Engine

log = logging.getLogger("hearth")


def build_window(app: QApplication):
    """Everything the app needs, wired; returns the (not yet shown) main window."""
    qInstallMessageHandler(qt_message_to_log)  # before Qt Multimedia loads and probes its libraries
    from app.ui.i18n import chosen_language, install_language
    from app.ui.main_window import MainWindow
    from app.ui.resources import icon_path

    app.setApplicationName("Hearth")
    app.setApplicationDisplayName("Hearth")
    app.setWindowIcon(QIcon(str(icon_path())))
    settings, notes = load_settings_reporting(data_dir() / "settings.json")
    language = install_language(app, chosen_language(settings.ui_language))  # before any widget is built
    if language.problem:
        notes.append(language.problem)
    store = HistoryStore(data_dir() / "history.db")
    if store.writable:  # a copy in memory does not know every file the real history refers to
        referenced = store.referenced_blobs()
        store.blobs.collect_garbage(referenced)  # files attached but never sent
        # and their passages (a project's documents keep theirs)
        passages.forget(store.db, referenced | Projects(store.db).used_documents())
    engine = Engine()
    window = MainWindow(engine, store, settings, notes)
    app.aboutToQuit.connect(lambda: close_services(window))
    _install_excepthook(window)
    return window


def close_services(window) -> None:
    """Stop what build_window started: the model thread, the sandbox child, the database."""
    window.chat.shutdown()  # before the database closes: a streaming reply is saved, not lost
    window.api.stop()  # before the engine: a request in flight is cancelled, not left waiting
    window.engine.close()
    window.toolbox.close()
    window.store.close()


def run_app(quick_ask: bool = False) -> int:
    from app.display_check import display_problem

    if problem := display_problem():
        print(f"hearth: {problem}", file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)  # instance() is typed as the QCoreApplication base
    from app.ui.instance_socket import SHOW, SUMMON, summon

    if summon(message=SUMMON if quick_ask else SHOW, timeout_ms=500):
        # Hearth already runs for this user and data folder: it shows itself (a second one
        # would load a second model over the same history).
        print("hearth: already running; its window was brought to the front", file=sys.stderr)
        return 0
    window = build_window(app)
    if quick_ask:  # `hearth ask` with no Hearth running: the prompt first, the window behind it
        window.showMinimized()
        window.show_quick_ask()
    else:
        window.show()
        QTimer.singleShot(0, window.start_quick_ask)
    trace = startup_trace.trace_path()
    if trace is not None:  # `hearth bench-startup` times this launch
        startup_trace.attach(window, app, trace)
    window.refresh_picker()
    window.load_model(window.settings.model)
    if not window.settings.welcome_done:
        from app.ui.welcome import WelcomeDialog

        WelcomeDialog(window).open()  # returns at once; the model keeps preparing behind it
    return app.exec()


# Qt Multimedia reports every optional library it does not find (PipeWire, VA-API, PulseAudio
# on a machine without it) at start-up; that is expected, not something a user should read.
QUIET_QT_CATEGORIES = ("qt.multimedia",)
QUIET_QT_MESSAGES = ("PulseAudioService:", "This plugin does not support")  # the last: offscreen windows
QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
             QtMsgType.QtFatalMsg: logging.CRITICAL}  # fmt: skip


def qt_message_to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages go to Hearth's log; Qt Multimedia's probing only at debug level."""
    category = context.category or ""
    quiet = category.startswith(QUIET_QT_CATEGORIES) or message.startswith(QUIET_QT_MESSAGES)
    level = logging.DEBUG if quiet else QT_LEVELS.get(kind, logging.WARNING)
    logging.getLogger(f"qt.{category}" if category and not category.startswith("qt.") else category or "qt").log(
        level, message
    )


def _install_excepthook(window) -> None:
    """An unexpected error in a slot is logged and shown; the app keeps running."""

    def hook(kind, value, tb) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        try:
            from app.ui.i18n import translate

            problem = f"{kind.__name__}: {value}"
            window.banner.show_message(
                translate("MainWindow", "Something went wrong: {problem}").format(problem=problem), "error"
            )
        except Exception:  # the window may be gone during shutdown
            pass

    sys.excepthook = hook
