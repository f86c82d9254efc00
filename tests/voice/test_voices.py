"""Speech picks a voice for the text's language: real espeak-ng, real language detection."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from voice.tts import EspeakSynthesizer
from voice.voices import MissingVoice, detect_language, parse_espeak_voices, parse_say_voices

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")

GERMAN = "Das Wetter ist heute schön, und wir gehen später im Park spazieren."
JAPANESE = "今日はいい天気ですね。公園を散歩しましょう。"
ARABIC = "الطقس جميل اليوم، وسنذهب للتنزه في الحديقة لاحقا."
XHOSA = "Molo, unjani namhlanje? Ndiyabulela kakhulu ngoncedo lwakho."  # espeak-ng has no Xhosa voice


@pytest.mark.parametrize(("text", "language"), [(GERMAN, "de"), (JAPANESE, "ja"), (ARABIC, "ar"), (XHOSA, "xh")])
def test_the_language_of_a_sentence_is_detected(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_sentence_too_short_to_tell_is_not_guessed() -> None:
    assert detect_language("OK.") is None


@needs_espeak
@pytest.mark.parametrize(("text", "voice"), [(GERMAN, "de"), (JAPANESE, "ja"), (ARABIC, "ar")])
def test_espeak_reads_each_language_with_its_own_voice(text: str, voice: str) -> None:
    synth = EspeakSynthesizer()
    missing: list[MissingVoice] = []
    synth.on_missing_voice = missing.append
    pcm = synth.synthesize(text)
    assert synth.last_voice == voice and missing == []
    assert len(pcm) > 16_000 * 0.5 and float(np.abs(pcm).max()) > 0.01  # real audio


@needs_espeak
def test_a_short_sentence_keeps_the_voice_of_the_one_before() -> None:
    synth = EspeakSynthesizer()
    synth.synthesize(GERMAN)
    synth.synthesize("Ja.")
    assert synth.last_voice == "de"
    synth.synthesize("The weather is lovely today, so we will walk in the park later.")
    assert synth.last_voice == "en-us"


@needs_espeak
def test_a_language_without_a_voice_falls_back_and_says_so_once() -> None:
    synth = EspeakSynthesizer()
    missing: list[MissingVoice] = []
    synth.on_missing_voice = missing.append
    first = synth.synthesize(XHOSA)
    second = synth.synthesize(XHOSA)
    assert synth.last_voice == "en-us" and len(first) > 16_000 * 0.5 and len(second) > 0
    assert missing == [MissingVoice("xh", "en")]
    assert missing[0].message == "No Xhosa voice is installed; replies in Xhosa are read in English."


ESPEAK_SAMPLE = """Pty Language       Age/Gender VoiceName          File                 Other Languages
 5  af              --/M      Afrikaans          gmw/af
 5  cmn             --/M      Chinese_(Mandarin,_latin_as_English) sit/cmn              (zh-cmn 5)(zh 5)
 5  de              --/M      German             gmw/de
 2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
"""


def test_espeak_voice_list_maps_languages_to_voices() -> None:
    voices = parse_espeak_voices(ESPEAK_SAMPLE)
    assert voices["de"] == "de" and voices["zh"] == "cmn" and voices["en"] == "en-gb" and voices["en-us"] == "en-us"


# The format of macOS `say -v ?` (names may hold spaces and brackets).
SAY_SAMPLE = """Albert              en_US    # Hello! My name is Albert.
Samantha            en_US    # Hello! My name is Samantha.
Anna                de_DE    # Hallo! Ich heiße Anna.
Eddy (German (Germany)) de_DE    # Hallo! Ich heiße Eddy.
Kyoko               ja_JP    # こんにちは! 私の名前はKyokoです。
Majed               ar_001   # مرحبًا! اسمي Majed.
Tingting            zh_CN    # 你好！我叫Tingting。
"""


def test_say_voice_list_maps_languages_to_voices() -> None:
    voices = parse_say_voices(SAY_SAMPLE)
    # Albert, listed first, is one of Apple's novelty voices: never chosen to read a reply.
    assert voices == {"en": "Samantha", "de": "Anna", "ja": "Kyoko", "ar": "Majed", "zh": "Tingting"}
