"""What screen readers (VoiceOver, Orca) read: accessible names, and spoken announcements.

Qt exposes every widget to the platform's accessibility API; a button's text is its name,
but a text field, a list or an icon needs one set by hand. Announcements are for things that
happen away from the keyboard focus (a reply finishing, an error, a tool waiting for
approval): Qt 6.8's announcement event is read out without moving the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from app.store import StoredMessage
from app.ui.i18n import translate

ANNOUNCED_REPLY_CHARS = 300  # the start of a reply; the rest is in the conversation


def accessible(widget: QWidget, name: str, description: str = "") -> None:
    """Give ``widget`` the name a screen reader says, and optionally a longer description."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


class Announcer(QObject):
    """Speaks short messages through the platform's screen reader (and tells listeners)."""

    announced = Signal(str)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget

    def say(self, text: str, *, urgent: bool = False) -> None:
        text = " ".join(text.split())
        if not text:
            return
        event = QAccessibleAnnouncementEvent(self._widget, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)


def reply_announcement(message: StoredMessage) -> str:
    """What a screen reader says when a reply finishes: its status and how it starts."""
    status = message.status
    text = " ".join(message.content.split())
    if len(text) > ANNOUNCED_REPLY_CHARS:
        text = text[: ANNOUNCED_REPLY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    if status == "cancelled":
        return translate("Announcer", "Reply stopped. {text}").format(text=text).strip()
    if status == "error":
        return translate("Announcer", "The reply failed.")
    return translate("Announcer", "Reply finished. {text}").format(text=text).strip()


def message_announcement(message: StoredMessage) -> str:
    """A message read out when the user steps to it with the keyboard (Alt+Up / Alt+Down)."""
    if message.role == "tool":
        from app.tools import ToolRecord

        record = ToolRecord.parse(message.content)
        states = {
            "pending": translate("Announcer", "waiting for Run or Skip"),
            "running": translate("Announcer", "running"),
            "done": translate("Announcer", "done"),
            "failed": translate("Announcer", "failed"),
            "declined": translate("Announcer", "declined"),
        }
        state = states.get(record.status, record.status)
        return translate("Announcer", "Tool {name}, {state}.").format(name=record.name, state=state)
    who = translate("Announcer", "You:") if message.role == "user" else translate("Announcer", "Hearth:")
    files = ", ".join(a.name for a in message.attachments)
    text = " ".join(message.content.split()) or (translate("Announcer", "(no text)") if not files else "")
    attached = translate("Announcer", "Attached {files}.").format(files=files) if files else ""
    return " ".join(part for part in (who, attached, text) if part)


def version_announcement(message: StoredMessage) -> str:
    """Which version of a message is shown (‹ 2/3 ›), and the message, read out after a switch."""
    where = translate("Announcer", "Version {index} of {count}.").format(
        index=message.siblings.index(message.id) + 1, count=len(message.siblings)
    )
    return f"{where} {message_announcement(message)}"
