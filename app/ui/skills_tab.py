"""Settings → Skills: switch the built-in skills (app/skills) on or off. Web fetch is off
until the user turns it on here: Hearth stays offline unless asked."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app import skills
from app.settings import Settings
from app.ui.a11y import accessible
from app.ui.i18n import translate


def skill_title(name: str) -> str:
    """A skill's name as the card and Settings say it."""
    titles = {
        skills.CURRENT_TIME: translate("Skills", "Date and time"),
        skills.CALCULATE: translate("Skills", "Calculator and unit converter"),
        skills.READ_FILE: translate("Skills", "Read a file you choose"),
        skills.WRITE_FILE: translate("Skills", "Save a file in a folder you choose"),
        skills.WEB_FETCH: translate("Skills", "Fetch web pages"),
    }
    return titles.get(name, name)


def skill_note(name: str) -> str:
    notes = {
        skills.CURRENT_TIME: translate("Skills", "Runs without asking: it only reads the clock."),
        skills.CALCULATE: translate("Skills", "Asks first; calculates in the sandbox."),
        skills.READ_FILE: translate("Skills", "You pick the file each time; the model never chooses a path."),
        skills.WRITE_FILE: translate("Skills", "You pick the folder each time; existing files are never replaced."),
        skills.WEB_FETCH: translate(
            "Skills", "Off unless you turn it on: Hearth then goes online for each page you approve."
        ),
    }
    return notes.get(name, "")


class SkillsTab(QWidget):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        accessible(self, translate("Skills", "Skills"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Skills",
                "Small tools the model may use when it can call tools. Each asks before it runs, except the clock.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for name in skills.NAMES:
            box = QCheckBox(skill_title(name))
            on = settings.web_fetch if name == skills.WEB_FETCH else name not in settings.skills_off
            box.setChecked(on)
            accessible(box, skill_title(name), skill_note(name))
            note = QLabel(skill_note(name))
            note.setWordWrap(True)
            note.setIndent(24)
            layout.addWidget(box)
            layout.addWidget(note)
            self.boxes[name] = box
        layout.addStretch(1)

    def apply(self) -> None:
        s = self.settings
        s.web_fetch = self.boxes[skills.WEB_FETCH].isChecked()
        s.skills_off = [n for n, box in self.boxes.items() if n != skills.WEB_FETCH and not box.isChecked()]
