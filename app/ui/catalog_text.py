"""The download catalogue's model descriptions in the interface language.

runtime/models/catalog.py is Qt-free and keeps them in English (the CLI prints them); each is
listed here once so translators see it. A description not listed is shown as it is."""

from __future__ import annotations

from app.ui.i18n import translate


def model_description(english: str) -> str:
    known = {
        "Text, images, audio and video in one model; thinking and tools. Best on a Mac with 16 GB or more.": translate(
            "ModelCatalog",
            "Text, images, audio and video in one model; thinking and tools. Best on a Mac with 16 GB or more.",
        ),
        "Higher fidelity than 4-bit; needs a Mac with 24 GB or more.": translate(
            "ModelCatalog", "Higher fidelity than 4-bit; needs a Mac with 24 GB or more."
        ),
        "Smaller and faster; images and audio. Good on 8 GB Macs.": translate(
            "ModelCatalog", "Smaller and faster; images and audio. Good on 8 GB Macs."
        ),
        "The smallest Gemma 4; quick answers on any Apple-silicon Mac.": translate(
            "ModelCatalog", "The smallest Gemma 4; quick answers on any Apple-silicon Mac."
        ),
    }
    return known.get(english, english)
