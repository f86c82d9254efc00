"""Text-only models through mlx-lm, with KV-cache reuse across chat turns."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from .backend import Cancelled, LocalBackend, PromptState, RawStep, markup_for, message_dicts
from .errors import ModelLoadFailed
from .model_folder import ModelFolder
from .sanity import check_model_outputs, vocab_size_of
from .templates import template_text
from .tokenizer_once import tokenizer_read_once
from .types import GenerationParams, Message, ModelInfo

PREFILL_STEP = 512  # small enough that cancelling during a long prefill is quick
BASE_TEMPLATE = "base_qa.jinja"
BASE_STOPS = ("\nQuestion:",)  # the model starts the next question: its answer is over


class TextBackend(LocalBackend):
    def __init__(self, folder: ModelFolder) -> None:
        from mlx_lm.utils import load_model

        t0 = time.perf_counter()
        # What mlx_lm.load does, in two halves side by side: building the tokenizer is Python
        # work (seconds for a 262K vocabulary) while loading the weights and the smoke check run
        # in MLX with the GIL released. Only this (the engine) thread touches MLX.
        with ThreadPoolExecutor(1, thread_name_prefix="hearth-tokenizer") as pool:
            tokenizer_job = pool.submit(_load_tokenizer, folder)
            try:
                self.model, config = load_model(folder.path)
            except Exception as exc:
                raise ModelLoadFailed(f"Could not load '{folder.name}': {exc}") from exc
            try:
                check_model_outputs(self.model, folder.name, vocab_size_of(config))
                self.tokenizer, self.markup = tokenizer_job.result()
            except BaseException:
                self.close()  # the weights of a model that failed must not outlive the error
                raise
        self.default_stop = tuple(folder.meta.get("stop", ()))
        # Base models get Hearth's current completion prompt, also in folders imported before it.
        self._template = template_text(BASE_TEMPLATE) if folder.meta.get("base_model") else None
        if self._template is not None:
            self.default_stop = tuple(dict.fromkeys((*BASE_STOPS, *self.default_stop)))
        self.eos_ids = tuple(sorted(self.tokenizer.eos_token_ids))
        self.info = ModelInfo(
            name=folder.name,
            path=folder.path,
            model_type=folder.model_type,
            backend="mlx-lm",
            modalities=folder.modalities,
            supports_thinking=self.markup.think_start is not None,
            supports_tools=self.markup.tool_start is not None,
            context_length=folder.context_length,
            weight_bytes=folder.weight_bytes,
            quantization=_quantization(folder.config),
            load_seconds=time.perf_counter() - t0,
            notes=tuple(folder.meta.get("notes", ())),
            defaults=model_defaults(folder.meta),
        )
        self._cache: list[Any] | None = None
        self._cached_ids: list[int] = []

    def render(self, messages: Sequence[Message], params: GenerationParams) -> str:
        kwargs: dict[str, Any] = {"enable_thinking": params.enable_thinking}
        if self._template is not None:
            kwargs["chat_template"] = self._template
        if params.tools:
            kwargs["tools"] = list(params.tools)
        return self.tokenizer.apply_chat_template(
            message_dicts(messages), tokenize=False, add_generation_prompt=True, **kwargs
        )

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    def reset_cache(self) -> None:
        self._cache, self._cached_ids = None, []

    def close(self) -> None:
        import mlx.core as mx

        self.reset_cache()
        self.__dict__.pop("model", None)
        mx.clear_cache()

    def _raw_stream(
        self,
        messages: Sequence[Message],
        params: GenerationParams,
        state: PromptState,
        should_stop: Callable[[], bool],
    ) -> Generator[RawStep, None, None]:
        from mlx_lm import stream_generate

        ids = self.tokenizer.encode(self.render(messages, params), add_special_tokens=False)
        cache, reused = self._cache_for(ids, params.reuse_cache)
        state.prompt_tokens, state.cached_tokens = len(ids), reused
        generated: list[int] = []

        def on_prefill(_done: int, _total: int) -> None:
            if should_stop():
                raise Cancelled

        try:
            for r in stream_generate(
                self.model,
                self.tokenizer,
                ids[reused:],
                max_tokens=params.max_tokens,
                prompt_cache=cache,
                prefill_step_size=PREFILL_STEP,
                prompt_progress_callback=on_prefill,
                **self.sampling_kwargs(params),
            ):
                generated.append(int(r.token))
                if r.finish_reason:
                    state.finish_reason = "stop" if r.finish_reason == "stop" else "length"
                yield RawStep(r.text, int(r.token))
        finally:
            # The cache now holds the prompt plus whatever was generated (even if cut short).
            offset = _cache_offset(cache)
            self._cached_ids = (ids + generated)[:offset]

    def _cache_for(self, ids: list[int], reuse: bool) -> tuple[list[Any], int]:
        """Return a cache and how many leading prompt tokens it already holds."""
        from mlx_lm.models.cache import can_trim_prompt_cache, make_prompt_cache, trim_prompt_cache

        if reuse and self._cache is not None:
            common = _common_prefix(self._cached_ids, ids)
            common = min(common, len(ids) - 1)  # always feed at least one token
            extra = _cache_offset(self._cache) - common
            if common > 0 and extra >= 0:
                if extra == 0:
                    return self._cache, common
                if can_trim_prompt_cache(self._cache):
                    trim_prompt_cache(self._cache, extra)
                    return self._cache, common
            # History was edited and the cache cannot be rewound: full prefill.
        self._cache = make_prompt_cache(self.model)
        self._cached_ids = []
        return self._cache, 0


def _load_tokenizer(folder: ModelFolder) -> tuple[Any, Any]:
    from mlx_lm.utils import load_config, load_tokenizer

    eos = load_config(folder.path).get("eos_token_id")  # as mlx_lm.load passes it (generation_config wins)
    with tokenizer_read_once(folder.path):  # mlx-lm and transformers share one parse of tokenizer.json
        try:
            tokenizer = load_tokenizer(folder.path, eos_token_ids=eos)
        except Exception as exc:
            raise ModelLoadFailed(f"Could not load the tokenizer of '{folder.name}': {exc}") from exc
        return tokenizer, markup_for(tokenizer._tokenizer)


def model_defaults(meta: dict[str, Any]) -> dict[str, Any]:
    """The sampling defaults in hearth.json, over the base-model ones where it is a base model."""
    from .models.gguf_import import BASE_MODEL_DEFAULTS

    base = dict(BASE_MODEL_DEFAULTS) if meta.get("base_model") else {}
    return {**base, **dict(meta.get("defaults", {}))}


def _cache_offset(cache: list[Any]) -> int:
    return max((int(getattr(c, "offset", 0) or 0) for c in cache), default=0)


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _quantization(config: dict[str, Any]) -> str:
    q = config.get("quantization") or config.get("quantization_config")
    if not q:
        return str(config.get("torch_dtype") or "none")
    return f"{q.get('bits', '?')}-bit (group {q.get('group_size', '?')})"
