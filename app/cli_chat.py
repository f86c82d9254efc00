"""`hearth chat`: one-shot (-p) or an interactive terminal chat over the engine."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from runtime import (
    DoneChunk,
    Engine,
    Generation,
    Message,
    ModelSpec,
    StatsChunk,
    TextChunk,
    ThinkingChunk,
    ToolCallChunk,
    params_for,
)

from .cli_models import terminal_progress
from .model_refs import resolve_model

HELP = "Commands: /reset (new conversation), /think on|off, /system TEXT, /exit"


def run_chat(args: argparse.Namespace) -> int:
    path = resolve_model(args.model, terminal_progress())
    engine = Engine()
    try:
        info = engine.load(ModelSpec(path)).result()
        overrides = dict(
            temperature=args.temperature,
            top_p=args.top_p,
            top_k=args.top_k,
            min_p=args.min_p,
            repetition_penalty=args.repetition_penalty,
            max_tokens=args.max_tokens,
            seed=args.seed,
            stop=tuple(args.stop) if args.stop else None,
            enable_thinking=args.think or None,
        )
        if args.think and not info.supports_thinking:
            print(f"hearth: {info.name} cannot think; answering without thinking", file=sys.stderr)
            overrides["enable_thinking"] = None
        history: list[Message] = [Message("system", args.system)] if args.system else []
        if args.prompt is not None:
            history.append(Message("user", args.prompt))
            done = _stream(engine.generate(history, params_for(info, **overrides)), sys.stdout, args.stats)
            return 0 if done.finish_reason != "error" else 1
        return _repl(engine, info.name, history, overrides, args.stats)
    finally:
        engine.close()


def _repl(engine: Engine, name: str, history: list[Message], overrides: dict, stats: bool) -> int:
    print(f"Chatting with {name}. {HELP}", file=sys.stderr)
    while True:
        try:
            line = input("\nyou> ").strip()
        except EOFError:
            return 0
        except KeyboardInterrupt:
            print(file=sys.stderr)
            return 0
        if not line:
            continue
        if line.startswith("/"):
            if _command(line, history, overrides, engine):
                return 0
            continue
        history.append(Message("user", line))
        info = engine.info
        done, reply = _stream_collect(engine.generate(history, params_for(info, **overrides)), stats)
        if done.finish_reason == "error":
            history.pop()  # keep the conversation usable after a failed turn
        else:
            history.append(Message("assistant", reply))


def _command(line: str, history: list[Message], overrides: dict, engine: Engine) -> bool:
    cmd, _, rest = line.partition(" ")
    if cmd in ("/exit", "/quit"):
        return True
    if cmd == "/reset":
        system = [m for m in history if m.role == "system"]
        history[:] = system
        engine.reset_cache()
        print("(new conversation)", file=sys.stderr)
    elif cmd == "/think":
        if engine.info is not None and not engine.info.supports_thinking:
            print(f"({engine.info.name} cannot think; nothing changed)", file=sys.stderr)
            return False
        overrides["enable_thinking"] = rest.strip() != "off"
        print(f"(thinking {'on' if overrides['enable_thinking'] else 'off'})", file=sys.stderr)
    elif cmd == "/system":
        history[:] = [Message("system", rest)] + [m for m in history if m.role != "system"]
    else:
        print(HELP, file=sys.stderr)
    return False


def _stream_collect(gen: Generation, stats: bool) -> tuple[DoneChunk, str]:
    parts: list[str] = []
    done = _stream(gen, sys.stdout, stats, parts)
    return done, "".join(parts)


def _stream(gen: Generation, out: TextIO, stats: bool, parts: list[str] | None = None) -> DoneChunk:
    """Print a reply as it streams; Ctrl-C stops the reply, not the program."""
    dim = "\033[2m" if out.isatty() else ""
    reset = "\033[0m" if out.isatty() else ""
    thinking = False
    chunks = iter(gen)
    while True:
        try:
            chunk = next(chunks)
        except KeyboardInterrupt:
            gen.cancel()
            continue
        if isinstance(chunk, ThinkingChunk):
            if not thinking:
                out.write(f"{dim}[thinking] ")
                thinking = True
            out.write(chunk.text)
        elif isinstance(chunk, TextChunk):
            if thinking:
                out.write(f"{reset}\n")
                thinking = False
            out.write(chunk.text)
            if parts is not None:
                parts.append(chunk.text)
        elif isinstance(chunk, ToolCallChunk):
            out.write(f"\n[tool call] {chunk.call.name}({chunk.call.arguments})\n")
        elif isinstance(chunk, StatsChunk) and stats:
            s = chunk.stats
            print(
                f"{reset}\n{dim}[{s.generated_tokens} tokens, TTFT {s.ttft_s:.2f}s, "
                f"prefill {s.prefill_tps:.0f} tok/s, decode {s.decode_tps:.1f} tok/s, "
                f"cached {s.cached_tokens}/{s.prompt_tokens}, peak {s.peak_memory_gb:.2f} GB]{reset}",
                file=sys.stderr,
            )
        elif isinstance(chunk, DoneChunk):
            out.write(reset + "\n")
            out.flush()
            if chunk.finish_reason == "cancelled":
                print("(stopped)", file=sys.stderr)
            elif chunk.finish_reason == "repetition":
                print("(stopped: the reply kept repeating itself)", file=sys.stderr)
            if chunk.error is not None:
                print(f"hearth: {chunk.error}", file=sys.stderr)
            return chunk
        out.flush()
