"""The window's side of projects: the Chat menu's "Project" choice for the open chat, the
Projects… dialog, and re-indexing a chat's project in the background when its files changed
(the reply meanwhile reads what is indexed). The projects themselves: app/documents/projects.py."""

from __future__ import annotations

import threading

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.documents.projects import IndexReport, Projects, index_apart
from app.ui.i18n import translate

from .a11y import Announcer
from .banner import Banner
from .controller import ChatController
from .tasks import Task


class ChatProjects:
    def __init__(
        self, projects: Projects, chat: ChatController, banner: Banner, announcer: Announcer, menu: QMenu
    ) -> None:
        self.projects, self.chat, self.banner, self.announcer = projects, chat, banner, announcer
        self.running: dict[str, threading.Event] = {}  # projects being re-indexed, by name
        self.menu = QMenu(translate("ChatProjects", "Project"), menu)
        self.menu.aboutToShow.connect(self.sync)
        menu.addSeparator()
        menu.addMenu(self.menu)
        self.manage = QAction(translate("ChatProjects", "Projects…"), menu)
        self.manage.triggered.connect(lambda _checked: self.open_dialog())
        menu.addAction(self.manage)
        chat.project_stale.connect(self.reindex)
        self.sync()

    def sync(self) -> None:
        """The menu lists the projects, the open chat's checked ("None": it reads none of its own)."""
        self.menu.clear()
        group = QActionGroup(self.menu)
        cid = self.chat.conversation_id
        chosen = self.chat.session.store.project(cid) if cid is not None else self.chat.session.project_for_new_chats
        names = [None, *(p.name for p in self.projects.all())]
        for name in names:
            action = QAction(name if name is not None else translate("ChatProjects", "None"), self.menu)
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.triggered.connect(lambda _checked, n=name: self.choose(n))
            group.addAction(action)
            self.menu.addAction(action)

    def choose(self, name: str | None) -> None:
        """The open chat reads ``name`` from its next reply on (new chats start with it)."""
        self.chat.session.project_for_new_chats = name
        cid = self.chat.conversation_id
        if cid is not None:
            self.chat.session.set_project(cid, name)
        self.announcer.say(
            translate("ChatProjects", "This chat reads the project “{name}”.").format(name=name)
            if name
            else translate("ChatProjects", "This chat reads no project.")
        )
        project = self.projects.get(name)
        if project is not None and self.projects.stale(project):
            self.reindex(project.name)

    def reindex(self, name: str, _changed: int = 0) -> None:
        """Read the project's new and changed files on a worker thread (once at a time per project)."""
        project = self.projects.get(name)
        if project is None or name in self.running:
            return
        cancel = self.running[name] = threading.Event()
        db_path = self.projects.file
        task = Task(lambda progress: index_apart(db_path, project, cancel, progress), name="hearth-project")
        task.succeeded.connect(lambda report: self._done(name, report))
        task.failed.connect(lambda _exc: self._done(name, None))
        self.banner.show_message(translate("ChatProjects", "Re-indexing “{name}”…").format(name=name), "info")
        task.start()

    def _done(self, name: str, report: IndexReport | None) -> None:
        self.running.pop(name, None)
        if report is not None and report.failed:
            self.banner.show_message(
                translate(
                    "ChatProjects",
                    "“{name}” is indexed; %n file(s) could not be read (see Projects…).",
                    None,
                    len(report.failed),
                ).format(name=name),
                "warning",
            )
        else:
            self.announcer.say(translate("ChatProjects", "“{name}” is indexed.").format(name=name))

    def stop(self) -> None:
        for cancel in self.running.values():
            cancel.set()

    def open_dialog(self, parent: QWidget | None = None) -> None:
        from .projects_dialog import ProjectsDialog

        ProjectsDialog(self.projects, parent or self.menu.parentWidget()).exec()
        self.sync()
