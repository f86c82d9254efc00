"""The app's style sheet, in light and dark variants (follows the system)."""

from __future__ import annotations

ACCENT = "#d9652b"  # the hearth's ember


def style_sheet(dark: bool) -> str:
    surface = "#1c1c1e" if dark else "#ffffff"
    side = "#232326" if dark else "#f4f3f7"
    border = "#3a3a3c" if dark else "#d8d6de"
    text = "#f2f2f7" if dark else "#1d1d1f"
    selected = "#3a2f4d" if dark else "#e4ddf3"
    return f"""
    QWidget#sidebar {{ background: {side}; }}
    QListWidget#conversationList {{ background: {side}; border: none; outline: 0; }}
    QListWidget#conversationList::item {{ padding: 7px 8px; border-radius: 6px; color: {text}; }}
    QListWidget#conversationList::item:selected {{ background: {selected}; color: {text}; }}
    QTextBrowser#chatView {{ background: {surface}; border: none; }}
    QPlainTextEdit#composerEditor {{ background: {surface}; color: {text}; border: 1px solid {border};
                                     border-radius: 10px; padding: 6px; }}
    QPushButton#sendButton {{ background: {ACCENT}; color: white; border: none; border-radius: 8px;
                              padding: 6px 18px; font-weight: 600; }}
    QPushButton#sendButton:disabled {{ background: {border}; }}
    QPushButton#voiceButton:checked, QPushButton#holdButton:pressed {{ background: {ACCENT}; color: white;
                              border: none; border-radius: 4px; padding: 4px 10px; }}
    QPushButton#muteButton:checked {{ background: #b3261e; color: white; border: none; border-radius: 4px;
                              padding: 4px 10px; }}
    QPushButton#newChatButton {{ border: 1px solid {border}; border-radius: 8px; padding: 6px; }}
    QLineEdit#searchField {{ background: {surface}; color: {text}; border: 1px solid {border};
                             border-radius: 8px; padding: 4px 8px; }}
    """
