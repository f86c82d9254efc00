"""`hearth bench-voice` replays speech through the voice path and reports every stage."""

from __future__ import annotations

import json
from pathlib import Path

from app.commands.cli import main
from tests.helpers import media_factory as mf


def test_bench_voice_reports_each_stage(tmp_path: Path, capsys) -> None:
    wavs = [
        mf.speech(tmp_path / "a.wav", "What is the weather like in Paris tomorrow?"),
        mf.speech(tmp_path / "b.wav", "How far away is the moon?"),
    ]
    assert main(["bench-voice", *map(str, wavs), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["turns"] == 2
    stages = result["stages_ms"]
    for name in (
        "endpoint",
        "prefill_done",
        "first_token",
        "first_sentence",
        "first_audio_out",
        "barge_detected",
        "barge_silent",
    ):
        assert stages[name]["n"] == 2, name
    # Ordered on one clock: the turn ends ~500 ms after speech, then tokens, then sound.
    assert 300 < stages["endpoint"]["p50"] < 1500
    assert stages["endpoint"]["p50"] <= stages["first_token"]["p50"] <= stages["first_audio_out"]["p50"]
    assert stages["barge_detected"]["p50"] <= stages["barge_silent"]["p50"]


def test_bench_voice_refuses_a_file_that_is_not_audio(tmp_path: Path, capsys) -> None:
    fake = tmp_path / "notes.wav"
    fake.write_text("this is not a recording")
    assert main(["bench-voice", str(fake)]) == 1
    assert "notes.wav" in capsys.readouterr().err


def test_bench_voice_session_times_both_ways_through_the_chat_session(tmp_path: Path, capsys) -> None:
    wav = mf.speech(tmp_path / "a.wav", "How far away is the moon?")
    assert main(["bench-voice", str(wav), "--session", "--turns", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    ways = result["handoff_to_first_token_ms"]
    assert set(ways) == {"wav_round_trip", "in_memory"}
    assert all(row["n"] == 2 and 0 < row["p50"] < 60_000 for row in ways.values())
    assert result["load"]["cpus"] >= 1 and len(result["load"]["loadavg_before"]) == 3


def test_bench_voice_pauses_counts_merges_and_no_cut_offs(capsys) -> None:
    assert main(["bench-voice", "--pauses", "--json"]) == 0  # non-zero when anything was cut off
    result = json.loads(capsys.readouterr().out)
    assert result["recordings"] == 30 and result["cut_offs"] == 0
    rows = result["by_pause"]
    assert set(rows) == {"0.30", "0.50", "0.65", "0.80", "1.00"}
    assert rows["1.00"]["merges"] == rows["1.00"]["recordings"]  # a 1 s pause always reaches an endpoint
    assert rows["0.30"]["merges"] == 0  # a short one never does: nothing to merge
    assert len({(r["voice"], r["speed"]) for r in result["per_recording"]}) >= 6


def test_bench_voice_history_reuses_the_cached_chat_only_when_warm(tmp_path: Path, capsys) -> None:
    wav = mf.speech(tmp_path / "a.wav", "How far away is the moon?")
    assert main(["bench-voice", str(wav), "--history", "--turns", "3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    cached = result["cached_tokens"]
    assert cached["cold"] == [0, 0, 0] and cached["cold_again"] == [0, 0, 0]
    assert all(n > 0 for n in cached["warm"][1:])  # each voice turn reads the conversation before its clip
    assert all(len(v) == 3 and all(ms > 0 for ms in v) for v in result["first_token_ms"].values())


def test_bench_voice_speculative_computes_the_clip_at_the_pause(tmp_path: Path, capsys) -> None:
    wav = mf.speech(tmp_path / "a.wav", "How far away is the moon?")
    assert main(["bench-voice", str(wav), "--speculative", "--turns", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    cached = result["cached_tokens"]
    # The same chat both ways; with the pause's prefill the reply also found the clip cached.
    assert all(p > e for p, e in zip(cached["pause"], cached["endpoint"], strict=True))
    assert cached["endpoint"] == cached["endpoint_again"]
    # End of speech -> first token includes the endpoint's silence, the same both ways.
    assert all(ms >= 1000 * result["stop_s"] for v in result["end_of_speech_to_first_token_ms"].values() for ms in v)
