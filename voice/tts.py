"""Speaking replies: synthesize each sentence to PCM and play it through a sink we control.

Owning the PCM gives three things: an echo reference for barge-in, a stop that silences the
output within one 20 ms block, and a record of exactly what was heard and when. Synthesis
uses the system voice (`say` on macOS) or espeak-ng; the app can also speak through Qt's
QTextToSpeech (app/ui/qt_speech.py), which implements the same small Speaker protocol.
"""

from __future__ import annotations

import functools
import io
import locale
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from .voices import MissingVoice, VoiceChooser, parse_espeak_voices, parse_say_voices

RATE = 16_000
SINK_BLOCK = 320  # 20 ms


class Speaker(Protocol):
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...
    @property
    def speaking(self) -> bool: ...
    def reference(self, at: float, n: int) -> np.ndarray | None: ...


class Synthesizer(Protocol):
    def synthesize(self, text: str) -> np.ndarray: ...


class _ChoosesVoices:
    """Each sentence is read by a voice for its language (voice/voices.py)."""

    chooser: VoiceChooser
    last_voice = ""  # the voice of the last sentence (tests and traces)

    @property
    def on_missing_voice(self) -> Callable[[MissingVoice], None]:
        return self.chooser.on_missing_voice

    @on_missing_voice.setter
    def on_missing_voice(self, callback: Callable[[MissingVoice], None]) -> None:
        self.chooser.on_missing_voice = callback  # called on the synthesis thread, once per language


class EspeakSynthesizer(_ChoosesVoices):
    def __init__(self, voice: str = "en-us", words_per_minute: int = 175) -> None:
        exe = shutil.which("espeak-ng") or shutil.which("espeak")
        if exe is None:
            raise FileNotFoundError("espeak-ng is not installed")
        self.exe = exe
        self.voice, self.wpm = voice, words_per_minute
        self.chooser = VoiceChooser(_installed_voices(exe, "--voices", parse_espeak_voices), voice, voice.split("-")[0])

    def synthesize(self, text: str) -> np.ndarray:
        self.last_voice = voice = self.chooser.voice_for(text)
        # Text goes in on stdin: as an argument, "-5 degrees" or "- item" would read as an option.
        out = subprocess.run(
            [self.exe, "-v", voice, "-s", str(self.wpm), "--stdin", "--stdout"],
            input=text.encode(),
            capture_output=True,
            check=True,
            timeout=30,
        )
        return _wav_to_16k(out.stdout)


class SaySynthesizer(_ChoosesVoices):
    """macOS system voices through `say` (the same voices as AVSpeechSynthesizer)."""

    def __init__(self) -> None:
        if not Path("/usr/bin/say").exists():
            raise FileNotFoundError("/usr/bin/say is not available")
        # "" is the user's system voice, assumed to speak the system language.
        system_language = _mac_language() or (locale.getlocale()[0] or "en").split("_")[0].lower()
        self.chooser = VoiceChooser(_installed_voices("/usr/bin/say", "-v?", parse_say_voices), "", system_language)

    def synthesize(self, text: str) -> np.ndarray:
        self.last_voice = voice = self.chooser.voice_for(text)
        with tempfile.TemporaryDirectory() as tmp:
            path, source = Path(tmp) / "s.wav", Path(tmp) / "s.txt"
            source.write_text(text, encoding="utf-8")  # not an argument: text may start with "-"
            subprocess.run(
                ["/usr/bin/say", *(["-v", voice] if voice else []), "-o", str(path), "--file-format=WAVE"]
                + ["--data-format=LEI16@16000", "-f", str(source)],
                capture_output=True,
                check=True,
                timeout=60,
            )
            return _wav_to_16k(path.read_bytes())


@functools.cache
def _installed_voices(exe: str, flag: str, parse: Callable[[str], dict[str, str]]) -> dict[str, str]:
    """The voices the system has, by language (listed once per process)."""
    try:
        listing = subprocess.run([exe, flag], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return {}  # only the default voice then: speech goes on
    return parse(listing)


def make_synthesizer() -> Synthesizer | None:
    for make in (SaySynthesizer, EspeakSynthesizer) if sys.platform == "darwin" else (EspeakSynthesizer,):
        try:
            return make()
        except FileNotFoundError:
            continue
    return None


def _wav_to_16k(data: bytes) -> np.ndarray:
    with wave.open(io.BytesIO(data)) as w:
        raw = w.readframes(w.getnframes())
        samples = np.frombuffer(raw, np.int16).astype(np.float32) / 32768
        if w.getnchannels() > 1:
            samples = samples.reshape(-1, w.getnchannels()).mean(axis=1)
        rate = w.getframerate()
    return resample_to_16k(samples, rate)


def resample_to_16k(samples: np.ndarray, rate: int) -> np.ndarray:
    """Mono float32 at ``rate`` -> 16 kHz, with FFmpeg's resampler (PyAV): band-limited, where
    linear interpolation folds the speech's high frequencies back in as noise."""
    if rate == RATE or not len(samples):
        return samples.astype(np.float32)
    import av

    frame = av.AudioFrame.from_ndarray(samples.astype(np.float32).reshape(1, -1), format="flt", layout="mono")
    frame.sample_rate = rate
    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    out = [f.to_ndarray().reshape(-1) for f in (*resampler.resample(frame), *resampler.resample(None))]
    return np.concatenate(out).astype(np.float32) if out else np.zeros(0, np.float32)


class PcmSpeaker:
    """Sentences in, audio out; `stop()` silences it at once and drops what was queued."""

    def __init__(self, synthesizer: Synthesizer, sink: Sink | None = None) -> None:
        self.synth = synthesizer
        self.sink = sink or SoundDeviceSink()
        self.on_audio_start: Callable[[float], None] = lambda _t: None
        self.on_silent: Callable[[float], None] = lambda _t: None
        self._texts: queue.Queue[tuple[int, str] | None] = queue.Queue()  # None: closed
        self._pcm: deque[np.ndarray] = deque()
        self._lock = threading.Lock()
        self._epoch = 0  # bumped by stop(): audio synthesized for an older epoch is dropped
        self._busy = 0  # texts queued or being synthesized
        self._was_playing = False
        self._history: deque[tuple[float, np.ndarray]] = deque(maxlen=200)  # ~4 s of played blocks
        threading.Thread(target=self._synthesize_loop, name="hearth-tts", daemon=True).start()
        self.sink.start(self.pull)

    @property
    def speaking(self) -> bool:
        with self._lock:
            return self._busy > 0 or bool(self._pcm)

    def say(self, text: str) -> None:
        with self._lock:
            self._busy += 1
            epoch = self._epoch
        self._texts.put((epoch, text))

    def stop(self) -> None:
        with self._lock:
            self._epoch += 1
            self._pcm.clear()

    def close(self) -> None:
        self.stop()
        self._texts.put(None)  # ends the synthesis thread (a new speaker is made per settings change)
        self.sink.close()

    def pull(self, n: int) -> np.ndarray:
        """Called by the sink for each output block (on its thread)."""
        out = np.zeros(n, np.float32)
        with self._lock:
            filled = 0
            while filled < n and self._pcm:
                head = self._pcm[0]
                take = min(n - filled, len(head))
                out[filled : filled + take] = head[:take]
                filled += take
                if take == len(head):
                    self._pcm.popleft()
                else:
                    self._pcm[0] = head[take:]
            playing = filled > 0
            started, stopped = playing and not self._was_playing, self._was_playing and not playing
            self._was_playing = playing
        now = time.monotonic()
        self._history.append((now, out.copy()))
        if started:
            self.on_audio_start(now)
        if stopped:
            self.on_silent(now)
        return out

    def reference(self, at: float, n: int) -> np.ndarray | None:
        """What was played during [at, at + n samples): the echo to subtract."""
        out = np.zeros(n, np.float32)
        end = at + n / RATE
        for t, block in list(self._history):
            t_end = t + len(block) / RATE
            if t_end <= at or t >= end:
                continue
            src0 = max(0, int(round((at - t) * RATE)))
            dst0 = max(0, int(round((t - at) * RATE)))
            count = min(len(block) - src0, n - dst0)
            if count > 0:
                out[dst0 : dst0 + count] = block[src0 : src0 + count]
        return out

    def _synthesize_loop(self) -> None:
        while (item := self._texts.get()) is not None:
            epoch, text = item
            try:
                pcm = self.synth.synthesize(text) if epoch == self._epoch else None
            except Exception:  # one failed sentence must not silence the rest
                pcm = None
            with self._lock:
                self._busy -= 1
                if pcm is not None and len(pcm) and epoch == self._epoch:
                    self._pcm.append(pcm)


class Sink(Protocol):
    def start(self, pull: Callable[[int], np.ndarray]) -> None: ...
    def close(self) -> None: ...


class SoundDeviceSink:
    """The default output device through PortAudio."""

    def __init__(self) -> None:
        self._stream: Any = None  # a sounddevice.OutputStream once started

    def start(self, pull: Callable[[int], np.ndarray]) -> None:
        import sounddevice as sd

        def callback(outdata, frames, _time, _status) -> None:
            outdata[:, 0] = pull(frames)

        self._stream = sd.OutputStream(
            samplerate=RATE, channels=1, dtype="float32", blocksize=SINK_BLOCK, callback=callback, latency="low"
        )
        self._stream.start()

    def close(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()


class NullSink:
    """Consumes audio at real-time pace without a device; keeps what was 'played' (tests, CI)."""

    def __init__(self, keep_s: float | None = None) -> None:
        # Everything played is kept unless keep_s bounds it (a long run: 64 KB a second otherwise).
        maxlen = None if keep_s is None else max(1, int(keep_s * RATE / SINK_BLOCK))
        self.played: deque[tuple[float, np.ndarray]] = deque(maxlen=maxlen)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, pull: Callable[[int], np.ndarray]) -> None:
        def run() -> None:
            next_at = time.monotonic()
            while not self._stop.is_set():
                block = pull(SINK_BLOCK)
                self.played.append((time.monotonic(), block))
                next_at += SINK_BLOCK / RATE
                time.sleep(max(0.0, next_at - time.monotonic()))

        self._thread = threading.Thread(target=run, name="hearth-null-sink", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)

    def audible(self, after: float = 0.0) -> list[float]:
        """Times of blocks that carried sound."""
        return [t for t, b in list(self.played) if t >= after and float(np.abs(b).max()) > 1e-4]


def _mac_language() -> str | None:
    """The Mac's own language (an app opened from the Finder has no LANG to read it from)."""
    try:
        out = subprocess.run(
            ["/usr/bin/defaults", "read", "-g", "AppleLocale"], capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    code = out.stdout.strip().split("@")[0]
    return code.replace("-", "_").split("_")[0].lower() or None if out.returncode == 0 else None
