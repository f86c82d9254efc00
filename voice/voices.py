"""Which installed voice reads a text: the text's language (py3langid), then the system's voice for it.

A reply in German is read by a German voice; a language with no voice installed is read by
the default voice, and the listener is told once (``MissingVoice``), so speech never goes
silent. Detection is per sentence, but a sentence too short or too ambiguous to tell ("OK.")
keeps the language of the one before it, so a reply does not hop between voices.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MIN_LETTERS = 12  # fewer letters say too little about the language
MIN_PROBABILITY = 0.5
# Regional varieties the detector tells apart but voices do not.
BASE_LANGUAGE = {"ary": "ar", "arz": "ar", "wuu": "zh", "uzs": "uz", "gug": "gn", "nn": "nb"}
# Scripts only one language here is written in: surer than the statistics on a short sentence.
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# English names for the message; any other language is named by its code.
NAMES = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fr": "French", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ru": "Russian",
    "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "xh": "Xhosa", "zh": "Chinese", "zu": "Zulu",
}  # fmt: skip


@dataclass(frozen=True)
class MissingVoice:
    """No installed voice speaks ``language``: replies in it are read by the default voice."""

    language: str  # ISO 639 code, as detected
    fallback_language: str  # the default voice's language

    @property
    def message(self) -> str:
        name = NAMES.get(self.language, f"'{self.language}'")
        fallback = NAMES.get(self.fallback_language, self.fallback_language)
        return f"No {name} voice is installed; replies in {name} are read in {fallback}."


_identifier: Any = None
_identifier_lock = threading.Lock()


def detect_language(text: str) -> str | None:
    """The language of ``text`` (ISO 639-1 where there is one), or None when it cannot be told."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS and not (_KANA.search(text) or _HANGUL.search(text)):
        return None
    if _KANA.search(text):
        return "ja"
    if _HANGUL.search(text):
        return "ko"
    arabic = len(_ARABIC.findall(text))
    scores: dict[str, float] = {}
    for language, probability in _detector().rank(text)[:10]:
        base = BASE_LANGUAGE.get(language, language)
        scores[base] = scores.get(base, 0.0) + float(probability)
    best = max(scores, key=lambda k: scores[k])
    if arabic > letters / 2 and best not in ("fa", "ur", "ps", "ug", "ku", "sd"):
        return "ar"  # the statistics split Arabic between its dialects
    return best if scores[best] >= MIN_PROBABILITY else None


def _detector() -> Any:
    global _identifier
    with _identifier_lock:  # loading takes most of a second: once, on the speech thread
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _identifier


def parse_espeak_voices(listing: str) -> dict[str, str]:
    """``espeak-ng --voices`` -> {language tag: voice}; a bare language ("de", "zh") maps to its
    preferred voice (the lowest priority number), a full tag ("en-gb") to its own."""
    best: dict[str, tuple[int, int, str]] = {}  # tag -> (exactness, priority, voice)
    for line in listing.splitlines()[1:]:
        parts = line.split()
        if len(parts) < 5 or not parts[0].isdigit():
            continue
        voice, priority = parts[1], int(parts[0])
        tags = [(voice, priority)] + [(t, int(p)) for t, p in re.findall(r"\(([^ )]+) (\d+)\)", line)]
        for tag, pty in tags:
            tag = tag.lower()
            for key, exact in ((tag, 0), (tag.split("-")[0], 1)):
                candidate = (exact, pty, voice)
                if key not in best or candidate < best[key]:
                    best[key] = candidate
    return {tag: voice for tag, (_e, _p, voice) in best.items()}


_SAY_LINE = re.compile(r"^(?P<name>\S.*?)\s+(?P<locale>[a-z]{2,3}[_-][A-Za-z0-9]{2,4})\s+#")


# Apple's novelty voices (sound effects, singing): never the voice a reply is read in.
NOVELTY_VOICES = frozenset(
    {"Albert", "Bad News", "Bahh", "Bells", "Boing", "Bubbles", "Cellos", "Good News", "Jester", "Organ",
     "Superstar", "Trinoids", "Whisper", "Wobble", "Zarvox"}
)  # fmt: skip


def parse_say_voices(listing: str) -> dict[str, str]:
    """``say -v ?`` -> {language: voice name}: the first real voice listed for each language."""
    voices: dict[str, str] = {}
    for line in listing.splitlines():
        match = _SAY_LINE.match(line)
        if match and match["name"].strip() not in NOVELTY_VOICES:
            language = match["locale"].replace("-", "_").split("_")[0].lower()
            voices.setdefault(language, match["name"])
    return voices


class VoiceChooser:
    """Picks the voice for each sentence; reports a missing voice once per language."""

    def __init__(
        self,
        voices: dict[str, str],
        default_voice: str,
        default_language: str,
        detect: Callable[[str], str | None] = detect_language,
    ) -> None:
        self.voices, self.default_voice, self.default_language = voices, default_voice, default_language
        self.detect = detect
        self.language = default_language  # of the last sentence that could be told
        self.on_missing_voice: Callable[[MissingVoice], None] = lambda _e: None
        self._reported: set[str] = set()

    def voice_for(self, text: str) -> str:
        try:
            detected = self.detect(text)
        except Exception:  # a detector failure must not silence the reply
            detected = None
        if detected is not None:
            self.language = detected
        if self.language == self.default_language:
            return self.default_voice
        voice = self.voices.get(self.language)
        if voice is not None:
            return voice
        if self.language not in self._reported:
            self._reported.add(self.language)
            self.on_missing_voice(MissingVoice(self.language, self.default_language))
        return self.default_voice
