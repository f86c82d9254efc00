"""Multimodal models (Gemma 4 unified and other mlx-vlm families) through mlx-vlm."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import Any

from .backend import LocalBackend, PromptState, RawStep, markup_for, message_dicts
from .drafter import Drafter, find_drafter, load_drafter
from .errors import ModelLoadFailed
from .media import MediaError, MediaRef, audio_clips, decode_audio, decode_video, file_key, open_image
from .media_cache import media_token_ids, new_cache_state
from .model_folder import ModelFolder
from .text_backend import _quantization
from .tokenizer_once import tokenizer_read_once
from .types import GenerationParams, Message, ModelInfo


class VisionBackend(LocalBackend):
    def __init__(self, folder: ModelFolder) -> None:
        import mlx_vlm

        from . import mlx_vlm_patches

        mlx_vlm_patches.apply()  # before loading: the processor and model classes are patched
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
        self._cache_state = new_cache_state(self._media_ids)
        self._media_counts: dict[tuple, int] = {}
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

    def _prompt(self, dicts: list[dict[str, Any]], params: GenerationParams) -> str:
        # Render with the tokenizer directly: mlx_vlm.apply_chat_template turns system
        # content into a list, which Gemma templates then print as a Python repr.
        kwargs: dict[str, Any] = {"enable_thinking": params.enable_thinking}
        if params.tools:
            kwargs["tools"] = list(params.tools)
        return self.tokenizer.apply_chat_template(dicts, tokenize=False, add_generation_prompt=True, **kwargs)

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
        self._cache_state = new_cache_state(self._media_ids)

    def close(self) -> None:
        self.reset_cache()
        del self.model

    def _raw_stream(
        self,
        messages: Sequence[Message],
        params: GenerationParams,
        state: PromptState,
        should_stop: Callable[[], bool],
    ) -> Generator[RawStep, None, None]:
        import mlx_vlm

        dicts, images, audio, videos = self._prepare(messages)
        prompt = self._prompt(dicts, params)
        kwargs: dict[str, Any] = dict(self.sampling_kwargs(params), max_tokens=params.max_tokens)
        kwargs.update(image=images or None, audio=audio or None, video=videos or None)
        if videos:
            kwargs["video_metadata"] = video_metadata(messages)
        kwargs["vision_cache"] = self._vision_cache
        if params.reuse_cache:
            self._cache_state.next_media = _media_keys(messages)
            kwargs["prompt_cache_state"] = self._cache_state
        if params.thinking_budget is not None and params.enable_thinking:
            kwargs.update(
                thinking_budget=params.thinking_budget,
                enable_thinking=True,
                thinking_start_token=getattr(self.tokenizer, "soc_token", None) or "<|channel>",
                thinking_end_token=getattr(self.tokenizer, "eoc_token", None) or "<channel|>",
            )
        drafter = self._drafter_for(params, kwargs)
        if drafter is not None:
            kwargs.update(draft_model=drafter.model, draft_kind=drafter.kind)
            if params.temperature == 0:  # mlx-vlm's exact greedy verification
                kwargs.update(sampler=None, temperature=0.0)
        for r in mlx_vlm.stream_generate(self.model, self.processor, prompt, **kwargs):
            state.prompt_tokens, state.cached_tokens = r.prompt_tokens, r.cached_tokens
            if drafter is not None:
                state.draft_tokens, state.accepted_tokens = drafter.last_run()
            if r.finish_reason:
                state.finish_reason = "stop" if r.finish_reason == "stop" else "length"
            if r.token is None:  # nothing was generated
                return
            # On "length" the last result repeats the final token to flush the detokenizer.
            yield RawStep(r.text, None if r.finish_reason == "length" else int(r.token))

    def _drafter_for(self, params: GenerationParams, kwargs: dict[str, Any]) -> Drafter | None:
        """MTP only where it cannot change the output: mlx-vlm's speculative rounds skip
        logits processors (repetition penalty, scripted replies) and thinking budgets."""
        if self.drafter is None or not params.speculative:
            return None
        if kwargs.get("logits_processors") or "thinking_budget" in kwargs:
            return None
        return self.drafter


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
