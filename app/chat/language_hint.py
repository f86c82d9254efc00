"""The sentence that tells the model which language the user reads the interface in."""

from __future__ import annotations

from app.languages import ENGLISH_NAMES, SOURCE_LANGUAGE


def language_hint(language: str | None) -> str:
    """One sentence for the system prompt, or "" for English or an unknown language.

    ``language`` is a resolved interface language code (app/languages.py): the front end
    resolves the setting and the system language (Qt), the Qt-free session only passes it on.
    """
    if not language or language == SOURCE_LANGUAGE:
        return ""
    name = ENGLISH_NAMES.get(language)
    if name is None:
        return ""
    return f"The user's interface language is {name}; answer in {name} unless the user writes in another language."
