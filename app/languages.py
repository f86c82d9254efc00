"""The languages Hearth's interface ships in (Qt-free: settings, the chat session and voice use it too)."""

from __future__ import annotations

# Each named in itself: a user who cannot read English must still find theirs in the list.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "ja": "日本語",
    "zh_CN": "简体中文",
    "ar": "العربية",
}
SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar"})

# The language's English name, for telling the model which language the user reads.
ENGLISH_NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "ja": "Japanese",
    "zh_CN": "Simplified Chinese",
    "ar": "Arabic",
}
