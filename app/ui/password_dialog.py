"""Asks for the password of an encrypted PDF the user attached.

The password goes to the one read that needs it (app/documents/isolated.py hands it to the
reader on a pipe) and is written nowhere: not in the settings, the history or a log. The
field is emptied as soon as it has been read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui.i18n import translate

from .a11y import accessible


class PasswordDialog(QDialog):
    """``given`` carries the password typed; ``rejected`` means the user chose not to give one."""

    given = Signal(str)

    def __init__(self, name: str, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PasswordDialog", "Password needed"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.prompt = QLabel(translate("PasswordDialog", "“{name}” is protected by a password.").format(name=name))
        self.prompt.setWordWrap(True)
        self.problem = QLabel(translate("PasswordDialog", "That password does not open it. Try again."))
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setVisible(wrong)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(translate("PasswordDialog", "&Password:"))
        label.setBuddy(self.field)
        accessible(
            self.field,
            translate("PasswordDialog", "Password for {name}").format(name=name),
            self.problem.text() if wrong else "",
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(translate("PasswordDialog", "Open"))
        self.open_button.setEnabled(False)
        self.field.textChanged.connect(lambda text: self.open_button.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.problem, label, self.field, buttons):
            layout.addWidget(widget)
        self.field.setFocus()

    def accept(self) -> None:
        password = self.field.text()
        if not password:
            return
        self.field.clear()
        super().accept()
        self.given.emit(password)
