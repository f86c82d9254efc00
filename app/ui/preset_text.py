"""Preset names as the user reads them: the built-in ones in the interface language.

app/presets.py is Qt-free and keeps its names in English (a chat stores the name it uses)."""

from __future__ import annotations

from app.presets import Preset
from app.ui.i18n import translate


def preset_label(preset: Preset) -> str:
    """A preset's name as the user reads it: the built-in ones in the interface language."""
    if not preset.builtin:
        return preset.name
    return {
        "Writing editor": translate("Presets", "Writing editor"),
        "Python data analyst": translate("Presets", "Python data analyst"),
        "Translator": translate("Presets", "Translator"),
        "Voice companion": translate("Presets", "Voice companion"),
    }.get(preset.name, preset.name)
