"""Multimodal models (Gemma 4 unified and other mlx-vlm families) through mlx-vlm."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .backend import Backend, PromptState, RawStep, markup_for, message_dicts
from .errors import ModelLoadFailed
from .model_folder import ModelFolder
from .text_backend import _quantization
from .types import GenerationParams, Message, ModelInfo


class VisionBackend(Backend):
    def __init__(self, folder: ModelFolder) -> None:
        import mlx_vlm

        t0 = time.perf_counter()
        try:
            self.model, self.processor = mlx_vlm.load(str(folder.path))
        except Exception as exc:
            raise ModelLoadFailed(f"Could not load '{folder.name}': {exc}") from exc
        self.tokenizer = self.processor.tokenizer
        self.markup = markup_for(self.tokenizer)
        self.default_stop = tuple(folder.meta.get("stop", ()))
        eos = self.model.config.eos_token_id
        self.eos_ids = tuple(eos if isinstance(eos, list) else [eos])
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
            notes=tuple(folder.meta.get("notes", ())),
            defaults=dict(folder.meta.get("defaults", {})),
        )
        self._cache_state = mlx_vlm.PromptCacheState()

    def render(self, messages: Sequence[Message], params: GenerationParams) -> str:
        # Render with the tokenizer directly: mlx_vlm.apply_chat_template turns system
        # content into a list, which Gemma templates then print as a Python repr.
        kwargs: dict[str, Any] = {"enable_thinking": params.enable_thinking}
        if params.tools:
            kwargs["tools"] = list(params.tools)
        return self.tokenizer.apply_chat_template(
            message_dicts(messages), tokenize=False, add_generation_prompt=True, **kwargs
        )

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    def reset_cache(self) -> None:
        import mlx_vlm

        self._cache_state = mlx_vlm.PromptCacheState()

    def close(self) -> None:
        self.reset_cache()
        del self.model

    def _raw_stream(
        self,
        messages: Sequence[Message],
        params: GenerationParams,
        state: PromptState,
        should_stop: Callable[[], bool],
    ) -> Iterator[RawStep]:
        import mlx_vlm

        prompt = self.render(messages, params)
        kwargs: dict[str, Any] = dict(self.sampling_kwargs(params), max_tokens=params.max_tokens)
        if params.reuse_cache:
            kwargs["prompt_cache_state"] = self._cache_state
        if params.thinking_budget is not None and params.enable_thinking:
            kwargs.update(
                thinking_budget=params.thinking_budget,
                enable_thinking=True,
                thinking_start_token=getattr(self.tokenizer, "soc_token", None) or "<|channel>",
                thinking_end_token=getattr(self.tokenizer, "eoc_token", None) or "<channel|>",
            )
        for r in mlx_vlm.stream_generate(self.model, self.processor, prompt, **kwargs):
            state.prompt_tokens, state.cached_tokens = r.prompt_tokens, r.cached_tokens
            if r.finish_reason:
                state.finish_reason = "stop" if r.finish_reason == "stop" else "length"
            if r.token is None:  # nothing was generated
                return
            # On "length" the last result repeats the final token to flush the detokenizer.
            yield RawStep(r.text, None if r.finish_reason == "length" else int(r.token))
