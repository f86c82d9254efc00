"""Multimodal models (Gemma 4 unified and other mlx-vlm families) through mlx-vlm."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Generator, Hashable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import media_suffix, window_checkpoint
from .backend import LocalBackend, PromptState, RawStep, markup_for, message_dicts
from .drafter import Drafter, find_drafter, load_drafter
from .errors import ModelLoadFailed
from .media import MediaError, MediaRef, audio_clips, decode_audio, decode_video, file_key, open_image
from .media_cache import media_token_ids, new_cache_state, video_token_ids
from .model_folder import ModelFolder
from .text_backend import _quantization
from .tokenizer_once import tokenizer_read_once
from .types import GenerationParams, Message, ModelInfo


class VisionBackend(LocalBackend):
    def __init__(self, folder: ModelFolder) -> None:
        import mlx_vlm

        from . import mlx_vlm_patches

        mlx_vlm_patches.apply()  # before loading: the processor and model classes are patched
        window_checkpoint.install()
        t0 = time.perf_counter()
        with tokenizer_read_once(folder.path):
            try:
                self.model, self.processor = mlx_vlm.load(str(folder.path))
            except Exception as exc:
                raise ModelLoadFailed(f"Could not load '{folder.name}': {exc}") from exc
            self.tokenizer = self.processor.tokenizer
            self.markup = markup_for(self.tokenizer)
        self.default_stop = tuple(folder.meta.get("stop", ()))
        eos = self.model.config.eos_token_id
        self.eos_ids = tuple(eos if isinstance(eos, list) else [eos])
        notes = list(folder.meta.get("notes", ()))
        self.drafter: Drafter | None = None
        drafter_path = find_drafter(folder.path)
        if drafter_path is not None:
            try:
                self.drafter = load_drafter(drafter_path, self.model)
            except ValueError as exc:  # the model still works, just without the speed-up
                notes.append(f"Speculative decoding is off: {exc}.")
        self.info = ModelInfo(
            name=folder.name,
            path=folder.path,
            model_type=folder.model_type,
            backend="mlx-vlm",
            modalities=folder.modalities,
            supports_thinking=self.markup.think_start is not None,
            supports_tools=self.markup.tool_start is not None,
            context_length=folder.context_length,
            weight_bytes=folder.weight_bytes,
            quantization=_quantization(folder.config),
            load_seconds=time.perf_counter() - t0,
            notes=tuple(notes),
            defaults=dict(folder.meta.get("defaults", {})),
            drafter=drafter_path.name if drafter_path is not None and self.drafter is not None else None,
        )
        self._media_ids = media_token_ids(getattr(self.model, "config", None))
        self._video_ids = video_token_ids(getattr(self.model, "config", None))
        self._cache_state = new_cache_state(self._media_ids, self._video_ids)
        # Only Gemma 4 unified's processor output is known key by key (runtime/media_suffix.py).
        self._suffix_prefill = folder.model_type.startswith("gemma4_unified")
        self._media_counts: dict[tuple, int] = {}
        self._generation_prompt_lengths: dict[bool, int] = {}
        self._taken: list[window_checkpoint.Checkpoint] = []  # during the current prefill
        self._base_checkpoint: window_checkpoint.Checkpoint | None = None
        self._vision_cache = mlx_vlm.VisionFeatureCache()
        if folder.model_type.startswith("gemma4_unified") and not hasattr(self.model, "encode_images"):
            # mlx-vlm's feature cache calls encode_image(pixels) without patch positions,
            # which gives Gemma 4 unified different features; hand it the positions.
            model = self.model
            model.encode_images = lambda pixel_values, image_position_ids=None, **_: model.get_image_features(
                pixel_values, image_position_ids
            )

    def render(self, messages: Sequence[Message], params: GenerationParams) -> str:
        return self._prompt(self._prepare(messages)[0], params)

    def _prompt(self, dicts: list[dict[str, Any]], params: GenerationParams, generation_prompt: bool = True) -> str:
        # Render with the tokenizer directly: mlx_vlm.apply_chat_template turns system
        # content into a list, which Gemma templates then print as a Python repr.
        kwargs: dict[str, Any] = {"enable_thinking": params.enable_thinking}
        if params.tools:
            kwargs["tools"] = list(params.tools)
        return self.tokenizer.apply_chat_template(
            dicts, tokenize=False, add_generation_prompt=generation_prompt, **kwargs
        )

    def _prepare(self, messages: Sequence[Message]) -> tuple[list[dict[str, Any]], list, list, list]:
        """Template messages plus the decoded media, in the order their placeholders appear."""
        images: list[Any] = []
        audio: list[Any] = []
        videos: list[Any] = []
        dicts = message_dicts(messages, media_parts=True)
        for d in dicts:
            if not isinstance(d["content"], list):
                continue
            parts: list[dict[str, Any]] = []
            for part in d["content"]:
                ref = part.pop("ref", None)
                if ref is None:
                    parts.append(part)
                    continue
                if ref.kind not in self.info.modalities:
                    raise MediaError(_cannot_read(self.info.name, ref.kind, ref.label))
                if ref.kind == "image":
                    images.append(_image(*file_key(ref.path)))
                    parts.append({"type": "image"})
                    continue
                track = _sound(ref) if ref.kind == "audio" else None
                if ref.kind == "video":
                    video = _video(*file_key(ref.path))
                    videos.append(video.frames)
                    parts.append({"type": "video"})
                    track = video.audio
                if track is not None:  # one part per 30-second clip: long sound is split, not cut
                    for clip in audio_clips(track):
                        audio.append(clip)
                        parts.append({"type": "audio"})
            d["content"] = parts
        return dicts, images, audio, videos

    def media_tokens(self, message: Message) -> int:
        """Tokens the processor adds when it expands the message's attachments.

        Measured with the processor itself on the attachments alone, once per set of files:
        image sizes, video frame counts and sound lengths all change the count.
        """
        if not message.media:
            return 0
        key = _media_keys([message])
        if key not in self._media_counts:
            from mlx_vlm.utils import prepare_inputs

            probe = [Message("user", "", media=message.media)]
            dicts, images, audio, videos = self._prepare(probe)
            prompt = self._prompt(dicts, GenerationParams())
            extra = {"video_metadata": video_metadata(probe)} if videos else {}
            ids = prepare_inputs(
                self.processor,
                images=images or None,
                audio=audio or None,
                videos=videos or None,
                prompts=prompt,
                **extra,
            )["input_ids"]
            self._media_counts[key] = int(ids.shape[-1]) - self.count_tokens(prompt)
        return self._media_counts[key]

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    def reset_cache(self) -> None:
        self._cache_state = new_cache_state(self._media_ids, self._video_ids)

    def close(self) -> None:
        self.reset_cache()
        del self.model

    def prefill(self, messages: Sequence[Message], params: GenerationParams) -> int:
        """Compute the KV cache of ``messages`` ahead of the turn that will extend them.

        Rendered without the generation prompt: that is how the next prompt writes them, so
        the next turn reuses all of it and prefills only its own part. Used while the engine
        is idle (the user listens to a reply, or pauses mid-sentence). Returns the tokens
        computed (0 when nothing new was there).
        """
        if not params.reuse_cache:
            return 0
        state = PromptState()
        messages, params = self.fit(messages, params, state)
        for _ in self._raw_stream(messages, params, state, lambda: False, prefill_only=True):
            pass
        return max(state.prompt_tokens - state.cached_tokens, 0)

    def _raw_stream(
        self,
        messages: Sequence[Message],
        params: GenerationParams,
        state: PromptState,
        should_stop: Callable[[], bool],
        prefill_only: bool = False,
    ) -> Generator[RawStep, None, None]:
        import mlx_vlm
        from mlx_vlm.models.cache import make_prompt_cache

        dicts, images, audio, videos = self._prepare(messages)
        prompt = self._prompt(dicts, params, generation_prompt=not prefill_only)
        max_tokens = 0 if prefill_only else params.max_tokens
        # A prefill samples nothing: it must not take a scripted reply or compile a grammar.
        sampling = {} if prefill_only else self.sampling_kwargs(params)
        kwargs: dict[str, Any] = dict(sampling, max_tokens=max_tokens)
        kwargs.update(image=images or None, audio=audio or None, video=videos or None)
        if videos:
            kwargs["video_metadata"] = video_metadata(messages)
        kwargs["vision_cache"] = self._vision_cache
        if params.thinking_budget is not None and params.enable_thinking and not prefill_only:
            kwargs.update(
                thinking_budget=params.thinking_budget,
                enable_thinking=True,
                thinking_start_token=getattr(self.tokenizer, "soc_token", None) or "<|channel>",
                thinking_end_token=getattr(self.tokenizer, "eoc_token", None) or "<channel|>",
            )
        drafter = None if prefill_only else self._drafter_for(params, kwargs)
        if drafter is not None:
            kwargs.update(draft_model=drafter.model, draft_kind=drafter.kind)
            if params.temperature == 0:  # mlx-vlm's exact greedy verification
                kwargs.update(sampler=None, temperature=0.0)
        suffix: _WarmSuffix | None = None
        ids: list[int] | None = None  # the prompt's token ids, where Hearth prepares the inputs
        fresh: list[Any] | None = None  # the cache mlx-vlm fills when it cannot reuse the old one
        self._taken, self._base_checkpoint = [], None
        if params.reuse_cache:
            self._cache_state.next_media = _media_items(messages)
            if not videos:
                # Prepared once here: mlx-vlm takes the tensors instead of preparing them again.
                # A voice chat's clips get their features only where they are computed: the
                # history's clips are in the cache (features for all would grow every turn).
                lazy = bool(audio) and drafter is None and self._suffix_prefill
                inputs = self._inputs(prompt, images, audio, audio_features=not lazy)
                ids = inputs["input_ids"].flatten().tolist()
                if prefill_only and self._holds(ids):
                    state.prompt_tokens = state.cached_tokens = len(ids)
                    return
                self._rewind_to_checkpoint(ids)
                self._base_checkpoint = self._cache_as_base_of(ids)
                if (images or audio) and drafter is None and self._suffix_prefill:
                    suffix = self._warm_media_suffix(inputs, images, audio, lazy)
                if suffix is None and lazy:
                    inputs = self._with_audio_features(inputs, audio)
                kwargs.update(suffix.kwargs if suffix is not None else _caller_prepared(inputs))
                points = self._checkpoint_points(messages, dicts, params, prompt, prefill_only)
                if points:
                    window_checkpoint.request(points, self._checkpoint_taker(ids))
            if suffix is None:
                kwargs["prompt_cache_state"] = self._cache_state
                if drafter is None and ids is not None:
                    fresh = kwargs["prompt_cache"] = make_prompt_cache(self.model.language_model)
            else:
                kwargs.update(image=suffix.images or None, audio=None)
        generated: list[int] = []
        prefilled = drained = False
        try:
            for r in mlx_vlm.stream_generate(self.model, self.processor, prompt, **kwargs):
                state.prompt_tokens, state.cached_tokens = r.prompt_tokens, r.cached_tokens
                if suffix is not None:  # mlx-vlm saw only the new part
                    state.prompt_tokens += suffix.prefix_len
                    state.cached_tokens = suffix.prefix_len
                if drafter is not None:
                    state.draft_tokens, state.accepted_tokens = drafter.last_run()
                prefilled = True
                if r.finish_reason:
                    state.finish_reason = "stop" if r.finish_reason == "stop" else "length"
                    generated = list(r.token_ids or generated)
                if r.token is None:  # nothing was generated
                    return
                if not r.finish_reason:
                    generated.append(int(r.token))
                # On "length" the last result repeats the final token to flush the detokenizer.
                yield RawStep(r.text, None if r.finish_reason == "length" else int(r.token))
            drained = True
        finally:
            window_checkpoint.clear_request()
            if params.reuse_cache:
                filled = _Filled(suffix, ids, fresh, generated, prefilled, drained, state.cached_tokens)
                self._settle_cache(filled)

    def _settle_cache(self, run: _Filled) -> None:
        """Leave the cache state true to the KV cache, however the generation ended.

        mlx-vlm updates the state only once its stream is drained; a reply stopped early
        (stop string, tool call, cancel, a prefill) left the old ids over a cache that holds
        the reused prefix and then this prompt: a later prompt matching the old ids past that
        prefix was answered from another prompt's KV.
        """
        state = self._cache_state
        if run.suffix is not None and run.prefilled:
            # The cache holds these tokens and perhaps one more, which the next trim drops.
            state.update(run.suffix.ids + run.generated, run.suffix.cache)
        elif run.drained:
            pass  # mlx-vlm updated the state itself
        elif not run.prefilled and state.cache is not None:
            self.reset_cache()  # failed before its first token: what the cache holds is unknown
        elif run.prefilled and run.ids is not None and (run.reused or run.fresh is not None):
            # The whole prompt was computed into the reused cache or the fresh one (and perhaps
            # some of a reply, which the next trim drops).
            state.update(run.ids, state.cache if run.reused else run.fresh)
        elif run.reused and state.token_ids is not None:
            state.token_ids = state.token_ids[: run.reused]  # only the reused prefix is still the old ids
        # The checkpoints that belong to what the cache now holds (rotating layers cannot go
        # back), newest first: this prompt's history, and the one before it, where a turn that
        # replaces this prompt's last message (a voice turn continued, an edit) starts.
        kept: list[window_checkpoint.Checkpoint] = []
        taken = sorted(self._taken, key=lambda c: -c.length)
        for checkpoint in (*taken, self._base_checkpoint, *state.checkpoints):
            if (
                checkpoint is not None
                and state.cache is not None
                and checkpoint.valid_for(state.token_ids, state.cached_media)
                and all(k.length != checkpoint.length for k in kept)
            ):
                kept.append(checkpoint)
        state.checkpoints = tuple(kept[: window_checkpoint.KEPT])
        self._taken, self._base_checkpoint = [], None

    def _rewind_to_checkpoint(self, ids: list[int]) -> None:
        """Put the cache back to the last prompt's history when that is the only way to reuse it.

        Needed when the new prompt shares that history but the cache cannot be trimmed to the
        shared part: its sliding-window layers have wrapped (runtime/window_checkpoint.py).
        """
        from mlx_vlm.generate.dispatch import _prefix_cache_trim_amount

        state = self._cache_state
        if not state.checkpoints or state.cache is None:
            return
        shared = min(state.prefix_with_media(ids), len(ids) - 1)  # one token is always computed
        if _prefix_cache_trim_amount(state.cache, shared) is not None:
            return  # a plain trim reuses more
        # The longest history this prompt still shares.
        for checkpoint in sorted(state.checkpoints, key=lambda c: -c.length):
            if checkpoint.length <= shared and checkpoint.valid_for(state.token_ids, state.cached_media):
                if window_checkpoint.restore(state.cache, checkpoint):
                    state.token_ids = list(checkpoint.token_ids)
                return

    def _cache_as_base_of(self, ids: list[int]) -> window_checkpoint.Checkpoint | None:
        """A checkpoint of the cache as it stands, when this prompt extends it whole (after a
        history or pause prefill): the start of the turn, which a continued voice turn or
        another pause goes back to once the window has wrapped. None when one is kept already."""
        state = self._cache_state
        held = state.token_ids
        if state.cache is None or not held or len(held) >= len(ids) or state.prefix_with_media(ids) < len(held):
            return None
        if any(c.length == len(held) and c.valid_for(held, state.cached_media) for c in state.checkpoints):
            return None
        return window_checkpoint.take(state.cache, held, _media_in(held, state.cached_media, self._media_ids))

    def _holds(self, ids: list[int]) -> bool:
        """Whether the cache already holds all of ``ids`` (a prefill with nothing to do): it
        starts with them and can be cut back to them (a wrapped window cannot)."""
        from mlx_vlm.generate.dispatch import _prefix_cache_trim_amount

        state = self._cache_state
        if state.cache is None or state.prefix_with_media(ids) != len(ids):
            return False
        return _prefix_cache_trim_amount(state.cache, len(ids)) is not None

    def _checkpoint_taker(self, ids: list[int]) -> Callable[[list[Any]], None]:
        def take(cache: list[Any]) -> None:
            length = max(int(getattr(c, "offset", 0) or 0) for c in cache)
            held = ids[:length]
            media = _media_in(held, self._cache_state.next_media, self._media_ids)
            checkpoint = window_checkpoint.take(cache, held, media)
            if checkpoint is not None:
                self._taken.append(checkpoint)

        return take

    def _checkpoint_points(
        self,
        messages: Sequence[Message],
        dicts: list[dict[str, Any]],
        params: GenerationParams,
        prompt: str,
        prefill_only: bool,
    ) -> list[int]:
        """Where this prefill keeps copies, in tokens before the prompt's end: the generation
        prompt (the history's end, where the next turn goes on) and the user's message (where
        a turn that replaces it starts: a voice turn continued, another pause, an edit)."""
        opening = 0 if prefill_only else self._generation_prompt_tokens(params)
        points = [opening] if opening else []
        if len(dicts) > 1 and messages[-1].role == "user":
            before = self._prompt(dicts[:-1], params, generation_prompt=False)  # one render: ~10 ms at 400 messages
            if prompt.startswith(before):
                points.append(self.count_tokens(prompt[len(before) :]) + self.media_tokens(messages[-1]))
        return points

    def _generation_prompt_tokens(self, params: GenerationParams) -> int:
        """Tokens the chat template adds to open the reply (the part a later turn writes differently)."""
        key = bool(params.enable_thinking)
        if key not in self._generation_prompt_lengths:
            probe = [{"role": "user", "content": "Hi"}]
            kwargs = {"enable_thinking": params.enable_thinking}
            with_prompt = self.tokenizer.apply_chat_template(
                probe, tokenize=False, add_generation_prompt=True, **kwargs
            )
            without = self.tokenizer.apply_chat_template(probe, tokenize=False, add_generation_prompt=False, **kwargs)
            added = with_prompt[len(without) :] if with_prompt.startswith(without) else ""
            self._generation_prompt_lengths[key] = self.count_tokens(added) if added else 0
        return self._generation_prompt_lengths[key]

    def _inputs(self, prompt: str, images: list, audio: list, audio_features: bool = True) -> dict[str, Any]:
        """The processor's tensors for a prompt, prepared as mlx-vlm's stream_generate does.

        ``audio_features=False``: token ids, masks and types as the processor makes them (its
        placeholder count per clip comes from the clip's length), without the clips' features;
        _with_audio_features adds those for the clips that are computed.
        """
        from mlx_vlm.utils import prepare_inputs, should_add_special_tokens

        config = self.model.config
        extractor = getattr(self.processor, "feature_extractor", None)
        if audio and not audio_features and extractor is not None:
            self.processor.feature_extractor = _NoFeatures(extractor)  # engine thread only
        try:
            return dict(
                prepare_inputs(
                    self.processor,
                    images=images or None,
                    audio=audio or None,
                    prompts=prompt,
                    image_token_index=getattr(config, "image_token_index", None),
                    add_special_tokens=should_add_special_tokens(config.model_type, self.processor),
                )
            )
        finally:
            if extractor is not None:
                self.processor.feature_extractor = extractor

    def _with_audio_features(self, inputs: dict[str, Any], clips: list) -> dict[str, Any]:
        """``inputs`` with the features of ``clips`` (the processor's own extractor), or none."""
        import mlx.core as mx

        out = {k: v for k, v in inputs.items() if k not in ("input_features", "input_features_mask")}
        if clips:
            extractor = self.processor.feature_extractor
            features = extractor(clips, sampling_rate=extractor.sampling_rate, return_attention_mask=True)
            out["input_features"] = mx.array(features["input_features"])
            out["input_features_mask"] = mx.array(features["input_features_mask"])
        return out

    def _warm_media_suffix(
        self, inputs: dict[str, Any], images: list, audio: list, lazy: bool = False
    ) -> _WarmSuffix | None:
        """Inputs that prefill only the uncached part of a prompt whose new part holds media
        (or, when ``inputs`` lack the clips' features, any new part: only its clips get them).

        None where mlx-vlm's own path should run: no cache, no media in the new part, or
        inputs media_suffix cannot cut (mlx-vlm then refuses the cache: a cold prefill).
        """
        from mlx_vlm.generate.dispatch import _prefix_cache_trim_amount

        state = self._cache_state
        config = self.model.config
        if state.cache is None:
            return None
        ids = inputs["input_ids"].flatten().tolist()
        n = state.prefix_with_media(ids)
        if not lazy and not any(t in self._media_ids for t in ids[n:]):
            return None  # text-only new part: mlx-vlm's own path reuses the cache
        split = media_suffix.split_at(
            ids,
            n,
            image_id=getattr(config, "image_token_id", None),
            audio_id=getattr(config, "audio_token_id", None),
            n_images=len(images),
            n_clips=len(audio),
        )
        if split is not None and lazy:  # the features of the new part's clips only
            inputs, split = self._with_audio_features(inputs, audio[split.clips :]), replace(split, clips=0)
        part = media_suffix.suffix_inputs(inputs, split) if split is not None else None
        if split is None or part is None or split.prefix_len >= len(ids):
            return None
        n_drop = _prefix_cache_trim_amount(state.cache, split.prefix_len)
        if n_drop is None:  # a wrapped sliding window cannot go back to the prefix
            return None
        for c in state.cache:
            if n_drop:
                c.trim(n_drop)
        kwargs = dict(_caller_prepared(part), prompt_cache=state.cache)
        return _WarmSuffix(split.prefix_len, ids, state.cache, images[split.images :], kwargs)

    def _drafter_for(self, params: GenerationParams, kwargs: dict[str, Any]) -> Drafter | None:
        """MTP only where it cannot change the output: mlx-vlm's speculative rounds skip
        logits processors (repetition penalty, scripted replies) and thinking budgets."""
        if self.drafter is None or not params.speculative:
            return None
        if kwargs.get("logits_processors") or "thinking_budget" in kwargs:
            return None
        return self.drafter


class _NoFeatures:
    """Stands in for the processor's audio feature extractor when only token ids are wanted:
    the processor counts a clip's placeholders from its length, not from its features."""

    def __init__(self, real: Any) -> None:
        self.sampling_rate = real.sampling_rate

    def __call__(self, clips: list, **_: Any) -> dict[str, Any]:
        import numpy as np

        return {
            "input_features": np.zeros((len(clips), 0, 1), np.float32),
            "input_features_mask": np.zeros((len(clips), 0), bool),
        }


@dataclass(frozen=True)
class _Filled:
    """How a generation used the cache: what _settle_cache needs to keep the state true."""

    suffix: _WarmSuffix | None
    ids: list[int] | None  # the prompt's token ids (None: mlx-vlm prepared the inputs)
    fresh: list[Any] | None  # the cache handed to mlx-vlm for a prompt it could not reuse
    generated: list[int]
    prefilled: bool
    drained: bool
    reused: int


@dataclass(frozen=True)
class _WarmSuffix:
    """A prompt's uncached part, ready for mlx-vlm, and what the cache holds once it ran."""

    prefix_len: int
    ids: list[int]  # the whole prompt's token ids
    cache: list[Any]  # trimmed to the prefix
    images: list[Any]  # the new part's pictures (for mlx-vlm's vision feature cache)
    kwargs: dict[str, Any]


def _caller_prepared(inputs: dict[str, Any]) -> dict[str, Any]:
    """Processor tensors as stream_generate's keyword arguments (it then skips the processor)."""
    rest = {k: v for k, v in inputs.items() if k not in ("input_ids", "pixel_values", "attention_mask")}
    return dict(
        rest, input_ids=inputs["input_ids"], pixel_values=inputs.get("pixel_values"), mask=inputs.get("attention_mask")
    )


def video_metadata(messages: Sequence[Message]) -> list[dict[str, Any]]:
    """When each video frame Hearth sampled was taken, for the frame timestamps in the prompt.

    Handed bare frames, mlx-vlm stamps them at its default 2 fps (32 frames of a 2 s clip
    would read 00:00 to 00:15); the reference processor stamps their true times."""
    out = []
    for ref in (r for m in messages for r in m.media if r.kind == "video"):
        video = _video(*file_key(ref.path))
        n = len(video.frames)
        out.append({"fps": video.fps, "total_num_frames": n, "frames_indices": list(range(n))})
    return out


def _media_keys(messages: Sequence[Message]) -> tuple[tuple, ...]:
    """Identify the attachments of messages, in order: content digest, else (path, mtime, size)."""
    return tuple(ref.identity() for m in messages for ref in m.media)


def _media_in(ids: Sequence[int], items: Sequence[Hashable], media_ids: frozenset[int]) -> tuple[Hashable, ...]:
    """The first of ``items`` (one per placeholder run, runtime/media_cache.py) that ``ids`` hold."""
    runs = sum(1 for i, t in enumerate(ids) if t in media_ids and (i == 0 or ids[i - 1] != t))
    return tuple(items[:runs])


def _media_items(messages: Sequence[Message]) -> tuple[Hashable, ...]:
    """One key per placeholder run the prompt holds, in order: each 30-second clip of a
    sound is its own run. (A video is keyed once; media_cache does not align videos.)"""
    items: list[Hashable] = []
    for ref in (r for m in messages for r in m.media):
        if ref.kind == "audio":
            items += [(ref.identity(), i) for i in range(len(audio_clips(_sound(ref))))]
        else:
            items.append(ref.identity())
    return tuple(items)


def _sound(ref: MediaRef) -> Any:
    """A clip's samples: in memory for a voice turn (no WAV decode before its first token)."""
    return ref.samples if ref.samples is not None else _audio(*file_key(ref.path))


# Decoded media, keyed by (path, mtime, size): a follow-up turn about the same files does
# not decode them again.
@functools.lru_cache(maxsize=32)
def _image(path: str, _mtime: int, _size: int) -> Any:
    return open_image(Path(path))


@functools.lru_cache(maxsize=16)
def _audio(path: str, _mtime: int, _size: int) -> Any:
    return decode_audio(Path(path))


@functools.lru_cache(maxsize=8)
def _video(path: str, _mtime: int, _size: int) -> Any:
    return decode_video(Path(path))


def _cannot_read(model: str, kind: str, label: str) -> str:
    """Whole sentences per kind: a translation can inflect each noun (app/ui/lower_text.py)."""
    if kind == "image":
        return f"{model} cannot read images; “{label}” was not sent."
    if kind == "audio":
        return f"{model} cannot read audio; “{label}” was not sent."
    return f"{model} cannot read video; “{label}” was not sent."
