"""`hearth bench-serve`: what serving costs. One engine, one model, both ways in one run.

In-process replies (Engine.generate) alternate with the same requests through the API on
loopback (the official openai client, from the test extra), so drift on a busy
machine hits both sides alike. Reports decode tok/s (through / in-process), the TTFT
overhead, TTFT of turn N over turn 1 of a growing conversation through the API (prompt
cache reuse), and N concurrent streaming clients. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from runtime import Engine, ModelSpec, StatsChunk, TextChunk, params_for

from ..model_refs import resolve_model
from ..server.background import BackgroundServer
from .cli_models import terminal_progress

PROMPT = "Write a short story about a lighthouse keeper who finds a message in a bottle."


def run_bench_serve(args: argparse.Namespace) -> int:
    try:
        import openai  # noqa: F401  (the clients below)
    except ImportError:
        print("hearth bench-serve: needs the openai package (pip install openai)", file=sys.stderr)
        return 2
    engine = Engine()
    path = resolve_model(args.model, terminal_progress())
    server: BackgroundServer | None = None
    try:
        info = engine.load(ModelSpec(path)).result()
        server = BackgroundServer(engine).start()
        result = bench(engine, server.base_url, info.name, args.tokens, args.turns, args.clients, args.repeats)
    finally:
        if server is not None:
            server.stop()
        engine.close()
    print(json.dumps(result, indent=2))
    return 0


def bench(engine: Engine, base_url: str, model: str, tokens: int, turns: int, clients: int, repeats: int) -> dict:
    from openai import OpenAI

    # One client for the whole run, as an editor or script keeps one: its connection is reused.
    client: Any = OpenAI(base_url=base_url, api_key="none", max_retries=0, timeout=600)  # a loose JSON-shaped use
    local: list[dict[str, float]] = []
    remote: list[dict[str, float]] = []
    messages = [{"role": "user", "content": PROMPT}]
    _through_api(client, messages, 2)  # the first request pays for connecting and warming the app
    for i in range(repeats):
        _log(f"round {i + 1}/{repeats}")
        engine.reset_cache().result()  # both sides start cold: neither reuses the other's prompt
        local.append(_in_process(engine, PROMPT, tokens))
        engine.reset_cache().result()
        remote.append(_through_api(client, messages, tokens))
    lo, re_ = _median(local), _median(remote)
    conversation = _conversation(client, turns, tokens)
    turn_ttfts = [t["ttft_s"] for t in conversation]
    crowd = _concurrent(base_url, clients, tokens)
    return {
        "model": model,
        "tokens": tokens,
        "in_process": lo,
        "through_api": re_,
        "decode_ratio": re_["decode_tps"] / lo["decode_tps"] if lo["decode_tps"] else 0.0,
        # What the API adds before the first token: each request's TTFT seen by its client less
        # the engine's own (taking the request -> first token), so prefill drift cancels out.
        # None when the server sent no timings (not a Hearth server).
        "ttft_overhead_s": (re_["outside_engine_s"] - lo["outside_engine_s"]) if re_["outside_engine_s"] else None,
        "ttft_difference_s": re_["ttft_s"] - lo["ttft_s"],  # the plain difference: prefill drift included
        "turn_ttft_s": turn_ttfts,
        "turns": conversation,
        "turn_last_over_turn1": turn_ttfts[-1] / turn_ttfts[0] if turn_ttfts[0] else 0.0,
        "concurrent": crowd,
    }


def _in_process(engine: Engine, prompt: str, tokens: int) -> dict[str, float]:
    """Wall-clock from asking to the first and last text, as a client would measure it."""
    from runtime import Message

    info = engine.info
    params = params_for(info, temperature=0.0, max_tokens=tokens)
    t0 = time.perf_counter()
    first = last = engine_ttft = 0.0
    generated = 0
    for chunk in engine.generate([Message("user", prompt)], params):
        if isinstance(chunk, TextChunk) and chunk.text:
            last = time.perf_counter()
            first = first or last
        elif isinstance(chunk, StatsChunk):
            generated = chunk.stats.generated_tokens
            engine_ttft = chunk.stats.ttft_s
    return _figures(t0, first, last, generated, engine_ttft)


def _through_api(client: Any, messages: list[dict[str, Any]], tokens: int) -> dict[str, float]:
    reply = _stream(client, messages, tokens)
    return _figures(reply.t0, reply.first, reply.last, reply.completion_tokens, reply.engine_ttft_s)


@dataclass
class _Streamed:
    t0: float
    first: float = 0.0
    last: float = 0.0
    text: str = ""
    prompt_tokens: int = 0
    cached_tokens: int = 0
    completion_tokens: int = 0
    engine_ttft_s: float = 0.0  # from the server's timings


def _stream(client: Any, messages: list[dict[str, Any]], tokens: int) -> _Streamed:
    """One streamed request, timed as its client sees it."""
    reply = _Streamed(time.perf_counter())
    parts = []
    stream = client.chat.completions.create(
        model="bench",
        messages=messages,
        max_tokens=tokens,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            reply.last = time.perf_counter()
            reply.first = reply.first or reply.last
            parts.append(chunk.choices[0].delta.content)
        timings = (chunk.model_extra or {}).get("timings")
        if isinstance(timings, dict):
            reply.engine_ttft_s = float(timings.get("prompt_ms") or 0.0) / 1000
        if chunk.usage is not None:
            reply.prompt_tokens = chunk.usage.prompt_tokens
            reply.completion_tokens = chunk.usage.completion_tokens
            details = chunk.usage.prompt_tokens_details
            reply.cached_tokens = details.cached_tokens if details is not None else 0
    reply.text = "".join(parts)
    return reply


def _figures(t0: float, first: float, last: float, generated: int, engine_ttft: float) -> dict[str, float]:
    decode = (generated - 1) / (last - first) if generated > 1 and last > first else 0.0
    ttft = (first - t0) if first else 0.0
    return {
        "ttft_s": ttft,
        "outside_engine_s": ttft - engine_ttft if first and engine_ttft else 0.0,
        "decode_tps": decode,
        "generated_tokens": float(generated),
    }


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def _conversation(client: Any, turns: int, tokens: int) -> list[dict[str, float]]:
    """A growing conversation resent whole each turn, as chat clients do: TTFT and cache reuse."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": "You are a helpful assistant."}]
    out = []
    for turn in range(turns):
        _log(f"conversation turn {turn + 1}/{turns}")
        messages.append({"role": "user", "content": f"Question {turn + 1}: tell me one more fact about the sea."})
        reply = _stream(client, messages, tokens)
        out.append(
            {
                "ttft_s": (reply.first or time.perf_counter()) - reply.t0,
                "prompt_tokens": reply.prompt_tokens,
                "cached_tokens": reply.cached_tokens,
            }
        )
        messages.append({"role": "assistant", "content": reply.text})
    return out


def _concurrent(base_url: str, clients: int, tokens: int) -> dict[str, Any]:
    _log(f"{clients} concurrent clients")

    from openai import OpenAI

    def one(i: int) -> dict[str, float]:
        client: Any = OpenAI(base_url=base_url, api_key="none", max_retries=0, timeout=600)  # a loose JSON-shaped use
        messages = [{"role": "user", "content": f"Client {i}: {PROMPT}"}]
        return _through_api(client, messages, tokens)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        runs = list(pool.map(one, range(clients)))
    wall = time.perf_counter() - t0
    total = sum(r["generated_tokens"] for r in runs)
    ttfts = sorted(r["ttft_s"] for r in runs)
    return {
        "clients": clients,
        "completed": sum(1 for r in runs if r["generated_tokens"] > 0),
        "wall_s": wall,
        "tokens_per_s_total": total / wall if wall else 0.0,
        "ttft_s_first": ttfts[0],
        "ttft_s_last": ttfts[-1],
    }


def _log(message: str) -> None:
    print(f"bench-serve: {message}", file=sys.stderr, flush=True)
