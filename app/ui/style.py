"""The app's style sheet, in light and dark variants (follows the system)."""

from __future__ import annotations

ACCENT = "#b5491a"  # the hearth's ember, dark enough for white text (WCAG AA: 5.3:1)
STOP_RED = "#b3261e"


def colors(dark: bool) -> dict[str, str]:
    return {
        "surface": "#1c1c1e" if dark else "#ffffff",
        "side": "#232326" if dark else "#f4f3f7",
        "border": "#3a3a3c" if dark else "#d8d6de",
        "text": "#f2f2f7" if dark else "#1d1d1f",
        "selected": "#3a2f4d" if dark else "#e4ddf3",
    }


def text_pairs(dark: bool) -> dict[str, tuple[str, str]]:
    """(text, background) of every text the style sheet colours: tests hold them to WCAG AA."""
    c = colors(dark)
    return {
        "chat list": (c["text"], c["side"]),
        "selected chat": (c["text"], c["selected"]),
        "message box": (c["text"], c["surface"]),
        "Send and Voice buttons": ("#ffffff", ACCENT),
        "Mute button": ("#ffffff", STOP_RED),
    }


def style_sheet(dark: bool, text_points: float | None = None) -> str:
    """The sheet for light or dark mode; ``text_points`` sets every text's size (None: the system's)."""
    c = colors(dark)
    surface, side, border, text, selected = c["surface"], c["side"], c["border"], c["text"], c["selected"]
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
    QPushButton#muteButton:checked {{ background: {STOP_RED}; color: white; border: none; border-radius: 4px;
                              padding: 4px 10px; }}
    QPushButton#newChatButton {{ border: 1px solid {border}; border-radius: 8px; padding: 6px; }}
    QLineEdit#searchField {{ background: {surface}; color: {text}; border: 1px solid {border};
                             border-radius: 8px; padding: 4px 8px; }}
    QPlainTextEdit#composerEditor:focus, QLineEdit#searchField:focus {{ border: 2px solid {ACCENT}; }}
    QListWidget#conversationList:focus {{ border: 2px solid {ACCENT}; }}
    QPushButton#sendButton:focus {{ border: 2px solid {text}; }}
    QPushButton#newChatButton:focus {{ border: 2px solid {ACCENT}; }}
    """ + (f"* {{ font-size: {text_points:g}pt; }}" if text_points else "")
