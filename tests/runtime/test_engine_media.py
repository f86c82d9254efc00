"""Images, audio and video reach the tiny Gemma 4 unified model through the real processor."""

from __future__ import annotations

from pathlib import Path

import pytest

from runtime import Engine, GenerationParams, Message, ModelSpec, StatsChunk, collect_text
from runtime.media import MediaRef
from tests.helpers import media_factory as mf

GREEDY = GenerationParams(temperature=0.0, max_tokens=12, model_stops=False, reuse_cache=False)


def ask(engine: Engine, *refs: MediaRef, text: str = "What is this?", params: GenerationParams = GREEDY):
    return list(engine.generate([Message("user", text, media=tuple(refs))], params))


def tokens(chunks) -> int:
    return next(c for c in chunks if isinstance(c, StatsChunk)).stats.prompt_tokens


def test_changing_the_image_changes_the_answer(engine: Engine, tmp_path: Path) -> None:
    a = mf.image(tmp_path / "a.png", seed=1)
    b = mf.image(tmp_path / "b.png", seed=2)
    out_a, out_b = ask(engine, MediaRef("image", a)), ask(engine, MediaRef("image", b))
    assert collect_text(out_a) != collect_text(out_b)
    assert tokens(out_a) > 200  # the image's soft tokens are in the prompt
    assert collect_text(ask(engine, MediaRef("image", a))) == collect_text(out_a)


def test_changing_the_speech_changes_the_answer(engine: Engine, tmp_path: Path) -> None:
    one = mf.speech(tmp_path / "one.wav", "Please describe the weather in Paris today.")
    two = mf.speech(tmp_path / "two.wav", "What is seven times eight?")
    out_one, out_two = ask(engine, MediaRef("audio", one)), ask(engine, MediaRef("audio", two))
    assert collect_text(out_one) != collect_text(out_two)
    assert tokens(out_one) > 20


def test_long_audio_reaches_the_model_as_several_clips(engine: Engine, tmp_path: Path) -> None:
    short = mf.write_wav(tmp_path / "short.wav", mf.tone(20))
    long = mf.write_wav(tmp_path / "long.wav", mf.tone(70))
    n_short, n_long = tokens(ask(engine, MediaRef("audio", short))), tokens(ask(engine, MediaRef("audio", long)))
    # 25 tokens a second, plus begin/end markers for each of the 3 clips
    assert n_long - n_short == pytest.approx(50 * 25 + 2 * 2, abs=6)


def test_changing_the_video_changes_the_answer(engine: Engine, tmp_path: Path) -> None:
    a = mf.video(tmp_path / "a.mp4", seed=1, audio_codec=None)
    b = mf.video(tmp_path / "b.mp4", seed=2, audio_codec=None)
    assert collect_text(ask(engine, MediaRef("video", a))) != collect_text(ask(engine, MediaRef("video", b)))


def test_a_videos_sound_track_is_heard(engine: Engine, tmp_path: Path) -> None:
    wave, _ = mf.read_wav(mf.speech(tmp_path / "s.wav", "Look at the moving square."))
    silent = mf.video(tmp_path / "silent.mp4", audio_codec=None)
    talking = mf.video(tmp_path / "talking.mp4", sound=wave)
    out_silent, out_talking = ask(engine, MediaRef("video", silent)), ask(engine, MediaRef("video", talking))
    assert tokens(out_talking) > tokens(out_silent) + 20
    assert collect_text(out_silent) != collect_text(out_talking)


def test_a_follow_up_about_the_same_image_does_not_encode_it_again(engine: Engine, tmp_path: Path) -> None:
    image = MediaRef("image", mf.image(tmp_path / "cat.png"))
    calls: list[int] = []

    def spy(backend) -> None:  # count vision-embedder runs
        original = backend.model.get_image_features

        def counted(*args, **kwargs):
            calls.append(1)
            return original(*args, **kwargs)

        backend.model.get_image_features = counted

    engine.call(spy).result()
    params = GenerationParams(temperature=0.0, max_tokens=8, model_stops=False)
    history = [Message("user", "What is this?", media=(image,))]
    history.append(Message("assistant", collect_text(engine.generate(history, params))))
    history.append(Message("user", "What colour is it?"))
    follow = list(engine.generate(history, params))
    assert collect_text(follow) and len(calls) == 1
    # Even with the KV cache thrown away, the image features come from the feature cache.
    engine.reset_cache().result()
    list(engine.generate(history, params))
    assert len(calls) == 1


def test_feature_cache_does_not_change_the_answer(engine: Engine, tmp_path: Path) -> None:
    image = MediaRef("image", mf.image(tmp_path / "dog.png", seed=5))
    first = collect_text(ask(engine, image))
    again = collect_text(ask(engine, image))  # served from the feature cache
    assert first == again


def test_a_text_only_model_is_told_about_attachments_instead_of_failing(tiny_gemma3: Path, tmp_path: Path) -> None:
    engine = Engine()
    try:
        engine.load(ModelSpec(tiny_gemma3)).result()
        msgs = [Message("user", "Look", media=(MediaRef("image", mf.image(tmp_path / "x.png")),))]
        prompt = engine.call(lambda b: b.render(msgs, GREEDY)).result()
        assert "[Attached: image “x.png”. This model cannot read attachments.]" in prompt
        assert list(engine.generate(msgs, GREEDY))[-1].finish_reason in ("stop", "length")
    finally:
        engine.close()


def test_a_damaged_attachment_fails_that_reply_with_its_name(engine: Engine, tmp_path: Path) -> None:
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    done = ask(engine, MediaRef("image", bad))[-1]
    assert done.finish_reason == "error" and "broken.jpg" in str(done.error)
    assert collect_text(engine.generate([Message("user", "still fine?")], GREEDY))
