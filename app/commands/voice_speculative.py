"""`hearth bench-voice --speculative`: end of speech -> first token, with and without the
prefill that starts at a pause (voice/events.py TurnPaused, ChatSession.prefill_spoken).

Each recording goes through the real pipeline (VAD, endpointing) on the stream's own clock to
find its pauses and its endpoint; then the chat session gets them with the same spacing in
wall-clock time: the work started at a pause has exactly the head start it would have live.
Both ways use the same endpoint threshold (``VadParams.stop_s``), so end of speech -> first
token is ``stop_s`` plus endpoint -> first token. Ways run one after the other on one engine,
each in its own chat with the same history: ``endpoint`` (the reply's prompt is computed at
the endpoint), ``pause`` (from the last pause on), ``endpoint_again`` (the first way once more,
to show the drift of a busy machine).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from runtime import Engine, ModelSpec, decode_audio
from voice import ArraySource, TurnPaused, Utterance, VadParams, VoicePipeline
from voice.sources import RATE

from .voice_bench import NO_TOOLS, SCRIPTED_REPLY, first_token_at, make_default_wavs

WAYS = ("endpoint", "pause", "endpoint_again")


def pauses_and_endpoint(audio: np.ndarray, params: VadParams) -> list[tuple[float, TurnPaused | Utterance]]:
    """The pipeline's pauses and its first endpoint for a recording, at their stream times."""
    events: list[Any] = []
    lead = np.zeros(RATE // 2, np.float32)
    source = ArraySource(np.concatenate([lead, audio]), realtime=False, tail_s=2.0)
    pipeline = VoicePipeline(source, events.append, params=params, echo=False)
    pipeline.start()
    assert pipeline._thread is not None
    pipeline._thread.join(120)
    timed: list[tuple[float, TurnPaused | Utterance]] = []
    for e in events:
        if isinstance(e, TurnPaused):
            timed.append((e.utterance.speech_end + params.pause_s, e))
        elif isinstance(e, Utterance):
            timed.append((e.speech_end + params.stop_s, e))
            break
    return timed


def run_speculative_voice_bench(
    wavs: list[Path] | None = None, model: Path | None = None, turns: int = 10
) -> dict[str, Any]:
    from app.chat import ChatSession
    from app.settings import Settings
    from app.store import HistoryStore
    from app.voice_clip import voice_clip

    params = VadParams()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="hearth-bench-voice-") as tmp:
        folder = Path(tmp)
        recordings = [pauses_and_endpoint(decode_audio(w), params) for w in wavs or make_default_wavs(folder)]
        recordings = [r for r in recordings if r and isinstance(r[-1][1], Utterance)]
        if not recordings:
            raise ValueError("No recording ended in a turn the voice pipeline heard.")
        engine = Engine()
        store = HistoryStore(folder / "history.db")
        ms: dict[str, list[float]] = {}
        cached: dict[str, list[int]] = {}
        try:
            if model is None:
                from runtime.tiny_model import build_tiny_gemma4

                model = build_tiny_gemma4(folder / "tiny")
            engine.load(ModelSpec(model)).result()
            scripted = model.parent == folder
            settings = Settings(**NO_TOOLS, max_tokens=48, temperature=0.0)
            for way in ("warm_up", *WAYS):
                engine.reset_cache().result()  # every way starts from nothing cached
                session = ChatSession(store, engine, settings)
                session.on_model_ready(model.name)
                cid = session.new_conversation()
                ms[way], cached[way] = [], []
                for turn in range(turns if way != "warm_up" else 1):
                    events = recordings[turn % len(recordings)]
                    previous = events[0][0]
                    for at, event in events:
                        time.sleep(max(0.0, at - previous))  # the spacing the pipeline would give them
                        previous = at
                        if isinstance(event, TurnPaused):
                            if way == "pause":
                                session.prefill_spoken(voice_clip(event.utterance.audio, store.blobs).prepared)
                            continue
                        endpoint = time.monotonic()
                        clip = voice_clip(event.audio, store.blobs)
                        clip.save()
                        if scripted:
                            engine.call(lambda b: b.script_next_reply(SCRIPTED_REPLY)).result()
                        session.send("", None, [clip.prepared], voice=True)
                        ms[way].append((first_token_at(session) - endpoint + params.stop_s) * 1000)
                    engine.call(lambda _backend: None).result()  # the history's prefill has run (the reply is heard)
                    stats = session.store.messages(cid)[-1].stats or {}
                    cached[way].append(int(stats.get("cached_tokens") or 0))
        finally:
            engine.close()
            store.close()
    load_after = os.getloadavg()
    ms.pop("warm_up", None)
    cached.pop("warm_up", None)
    return {
        "turns": turns,
        "stop_s": params.stop_s,
        "pause_s": params.pause_s,
        "end_of_speech_to_first_token_ms": {w: [round(x, 1) for x in v] for w, v in ms.items()},
        "p50_ms": {w: round(statistics.median(v), 1) for w, v in ms.items()},
        "cached_tokens": cached,
        "load": {
            "cpus": os.cpu_count(),
            "loadavg_before": [round(x, 2) for x in load_before],
            "loadavg_after": [round(x, 2) for x in load_after],
        },
    }
