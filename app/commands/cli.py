"""The `hearth` command: the desktop app, plus chat, serve, models and bench subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..blas import PROBE_FLAG, reexec_with_openblas, status_line, using_fallback
from ..paths import cache_dir


def _number(
    kind: type[int] | type[float], low: float | None = None, high: float | None = None, *, low_open: bool = False
) -> Callable[[str], float]:
    """An argparse type that refuses values out of range (before any model is loaded)."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {'whole ' if kind is int else ''}number") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
        if low is not None and (value <= low if low_open else value < low):
            raise argparse.ArgumentTypeError(
                f"must be {'more than' if low_open else 'at least'} {_plain(low)}, not {text}"
            )
        if high is not None and value > high:
            raise argparse.ArgumentTypeError(f"must be at most {_plain(high)}, not {text}")
        return value

    return parse


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


POSITIVE = _number(int, 1)
SERVE_PORT = 8642


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hearth", description="Hearth: a private, local AI assistant.")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (tiny model, sandbox, window) and exit",
    )
    sub = parser.add_subparsers(dest="command")

    chat = sub.add_parser("chat", help="chat in the terminal (one prompt with -p, else a REPL)")
    chat.add_argument("--model", default="bundled", help="'bundled', a library name or a folder")
    chat.add_argument("-p", "--prompt", help="answer this prompt and exit")
    chat.add_argument("--system", help="system prompt")
    chat.add_argument("--preset", help="answer as this preset (see `hearth presets`); other options override it")
    chat.add_argument("--temperature", type=_number(float, 0, 10), help="0 = always the likeliest token")
    chat.add_argument("--top-p", type=_number(float, 0, 1, low_open=True))
    chat.add_argument("--top-k", type=_number(int, 0), help="0 disables")
    chat.add_argument("--min-p", type=_number(float, 0, 1))
    chat.add_argument("--repetition-penalty", type=_number(float, 0, 10, low_open=True))
    chat.add_argument("--max-tokens", type=POSITIVE)
    chat.add_argument("--seed", type=_number(int, 0, 2**32 - 1))
    chat.add_argument("--stop", action="append", help="stop string (repeatable)")
    chat.add_argument("--think", action="store_true", help="enable thinking mode")
    chat.add_argument(
        "--file",
        action="append",
        type=Path,
        metavar="PATH",
        help="attach a document to the first message (repeatable); one too long for the context is read "
        "through the passages that match the question, cited as [1], [2]",
    )
    chat.add_argument(
        "--project",
        metavar="NAME",
        help="read this project's documents (see `hearth projects`): the passages that match each question, "
        "cited as [1], [2]",
    )
    chat.add_argument("--context-length", type=POSITIVE, help="tokens of context (default: as in Settings)")
    chat.add_argument("--yes", action="store_true", help="run the model's Python without asking first")
    chat.add_argument(
        "--no-tools", action="store_true", help="offer the model no tools (sandbox, skills, tool servers)"
    )
    chat.add_argument("--web", action="store_true", help="offer the web fetch skill (off unless on in Settings)")
    chat.add_argument("--stats", action="store_true", help="print speed figures after each reply")

    from .cli_ask import add_ask_parser
    from .cli_presets import add_presets_parser
    from .cli_projects import add_projects_parser

    add_presets_parser(sub)
    add_projects_parser(sub)
    add_ask_parser(sub)
    models = sub.add_parser("models", help="list, import or remove models")
    msub = models.add_subparsers(dest="action", required=True)
    msub.add_parser("list", help="list the models in your library")
    imp = msub.add_parser("import", help="import a .gguf file or an MLX model folder")
    imp.add_argument("source")
    imp.add_argument("--name", help="library name (default: from the file name)")
    imp.add_argument("--dtype", choices=("float32", "bfloat16", "float16"))
    rm = msub.add_parser("rm", help="delete a model from your library, or forget a remote one")
    rm.add_argument("name")
    remote = msub.add_parser(
        "add-remote", help="use a model another machine serves (hearth serve, mlx_lm.server, vLLM, LM Studio...)"
    )
    remote.add_argument("url", help="the server's address, e.g. http://studio.local:8080")
    remote.add_argument("--model", help="the model id the server lists (default: its only model)")
    remote.add_argument("--name", help="name to use in Hearth (default: from the model id and host)")
    remote.add_argument("--key-env", metavar="VAR", help="read the server's API key from this environment variable")
    remote.add_argument(
        "--reads", action="append", choices=("image", "audio"), default=[], help="the model reads images/audio"
    )
    remote.add_argument("--no-tools", action="store_true", help="never offer tools (for servers that refuse them)")

    bench = sub.add_parser("bench", help="measure speed against raw mlx-lm / mlx-vlm")
    bench.add_argument("--model", default="bundled")
    bench.add_argument("--json", action="store_true", help="print JSON")
    bench.add_argument("--tokens", type=POSITIVE, default=128, help="tokens to decode")
    bench.add_argument("--turns", type=POSITIVE, default=10, help="turns in the cache-reuse run")
    bench.add_argument("--repeats", type=POSITIVE, default=4, help="alternating runs per side")
    ui = sub.add_parser("bench-ui", help="measure GUI event-loop lag while a long reply streams")
    ui.add_argument("--model", help="a model folder (default: a tiny model scripted to write Markdown)")
    ui.add_argument("--sections", type=POSITIVE, default=40, help="length of the scripted reply")
    ui.add_argument(
        "--history",
        type=int,
        default=0,
        metavar="N",
        help="stream into a conversation that already has N messages (code blocks, two charts)",
    )
    ui.add_argument(
        "--harm",
        action="store_true",
        help="instead: lag while sandboxed code floods the app (huge output, errors, charts)",
    )
    ui.add_argument(
        "--attach-pdf",
        type=POSITIVE,
        metavar="PAGES",
        help="instead: lag while a generated PDF of PAGES pages is attached (read and stored)",
    )
    ui.add_argument("--json", action="store_true", help="print JSON")
    box = sub.add_parser("bench-sandbox", help="time a small run in the Python sandbox (cold and warm)")
    box.add_argument("--runs", type=POSITIVE, default=10)
    box.add_argument("--json", action="store_true", help="print JSON")
    tools = sub.add_parser("bench-tools", help="tool-call round trip overhead; app start with 20 MCP servers")
    tools.add_argument("--turns", type=POSITIVE, default=20, help="scripted tool rounds per poll rate")
    tools.add_argument("--launches", type=POSITIVE, default=3, help="warm app launches per side")
    tools.add_argument("--servers", type=POSITIVE, default=20, help="MCP servers configured on one side")
    tools.add_argument("--no-start", action="store_true", help="skip the app launches")
    tools.add_argument("--json", action="store_true", help="print JSON")
    start = sub.add_parser("bench-startup", help="launch the app: time to the window and to the bundled model")
    start.add_argument("--runs", type=POSITIVE, default=5, help="warm launches after the first run")
    start.add_argument("--no-first-run", action="store_true", help="skip timing the first run's import")
    start.add_argument("--json", action="store_true", help="print JSON")
    _add_serve_parsers(sub)
    docs = sub.add_parser("bench-docs", help="read and index a 1,000-page PDF; retrieval speed over 10,000 passages")
    docs.add_argument("--pages", type=POSITIVE, default=1000, help="pages of the generated PDF (at most 1,000)")
    docs.add_argument("--passages", type=POSITIVE, default=10_000, help="passages in the retrieval index")
    docs.add_argument("--queries", type=POSITIVE, default=200, help="questions timed")
    docs.add_argument("--json", action="store_true", help="print JSON")
    media = sub.add_parser("bench-media", help="peak memory of decoding hostile files (huge PNG, GIF bomb...)")
    media.add_argument("names", nargs="*", help="files of the suite to run (default: all)")
    media.add_argument("--json", action="store_true", help="print JSON")
    crash = sub.add_parser("bench-crash", help="SIGKILL a process doing store operations; check the history")
    crash.add_argument("--kills", type=int, default=300)
    crash.add_argument("--seed", type=int, default=0)
    crash.add_argument("--json", action="store_true", help="print JSON")
    soak = sub.add_parser("bench-soak", help="a long scripted conversation in one process: growth and leaks")
    soak.add_argument("--turns", type=int, default=500)
    soak.add_argument(
        "--new-chat-every",
        type=int,
        default=100,
        metavar="N",
        help="start a new conversation every N turns (0: one conversation)",
    )
    soak.add_argument("--no-voice", action="store_true", help="no spoken turns")
    soak.add_argument("--json", action="store_true", help="print JSON")
    voice = sub.add_parser("bench-voice", help="replay WAV files through the voice path; p50/p90 per stage")
    voice.add_argument("wavs", nargs="*", help="16 kHz speech files (default: espeak-ng sentences)")
    voice.add_argument("--model", help="a model folder (default: a tiny model with a scripted reply)")
    voice.add_argument(
        "--session",
        action="store_true",
        help="end of speech -> first reply token through the chat session: the WAV round trip "
        "(before) against the samples in memory (now), alternated",
    )
    voice.add_argument(
        "--history",
        action="store_true",
        help="end of speech -> first token turn by turn through one growing voice chat, without and "
        "with reuse of the cached history (the bar: last turn / first turn <= 1.2)",
    )
    voice.add_argument(
        "--speculative",
        action="store_true",
        help="end of speech -> first token with the prefill that starts at a pause, and without it "
        "(the same endpoint threshold)",
    )
    voice.add_argument(
        "--turns", type=int, default=12, metavar="N", help="--session: turns per way; --history: turns (default 12)"
    )
    voice.add_argument(
        "--pauses",
        action="store_true",
        help="questions with a 0.3-1 s pause mid-sentence (espeak-ng, several voices): merges and cut-offs",
    )
    voice.add_argument("--json", action="store_true", help="print JSON")
    return parser


def _add_serve_parsers(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser("serve", help="serve the model to other apps (OpenAI-compatible API)")
    serve.add_argument("--model", default="bundled", help="'bundled', a library name or a folder")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this computer only)")
    serve.add_argument(
        "--port", type=_number(int, 0, 65535), default=SERVE_PORT, help=f"default {SERVE_PORT}; 0: any free port"
    )
    serve.add_argument(
        "--api-key-env", metavar="VAR", help="read the API key from this environment variable (not the keychain)"
    )
    serve.add_argument("--new-key", action="store_true", help="replace the API key kept in the keychain")
    serve.add_argument(
        "--allow-files",
        action="append",
        default=[],
        metavar="DIR",
        help="requests may name images inside this folder by path (repeatable; default: none)",
    )
    serve.add_argument("--max-waiting", type=POSITIVE, default=16, help="queued requests before a 429 (default 16)")
    bench = sub.add_parser("bench-serve", help="the same model in-process and through `hearth serve`: overheads")
    bench.add_argument("--model", default="bundled")
    bench.add_argument("--tokens", type=POSITIVE, default=64, help="tokens to decode per reply")
    bench.add_argument("--turns", type=POSITIVE, default=10, help="turns of the growing conversation")
    bench.add_argument("--clients", type=POSITIVE, default=8, help="concurrent streaming clients")
    bench.add_argument("--repeats", type=POSITIVE, default=3, help="alternating runs per side")


def main(argv: list[str] | None = None) -> int:
    # Hearth is torch-free on purpose: transformers' "PyTorch was not found" advice is noise here.
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    raw = sys.argv[1:] if argv is None else argv
    if raw[:1] == ["--sandbox-child"]:  # a packaged app is its own sandbox child: no Python to run
        return _sandbox_child(raw[1:])
    if raw[:1] == ["--document-child"]:  # likewise the document reader (app/documents/isolated.py)
        from ..documents.child import main as document_child

        return document_child()
    if raw[:1] == [PROBE_FLAG]:  # likewise the BLAS probe child (app/blas.py)
        from runtime import probe_main

        probe_main()
        return 0
    args = build_parser().parse_args(argv)  # a mistyped option fails before anything slow
    if argv is None and args.command != "bench-startup":  # its launches re-execute themselves
        reexec_with_openblas(cache_dir() / "blas")
        if using_fallback():
            print(f"hearth: BLAS: {status_line()}", file=sys.stderr)
    # Imported after the re-exec: the first process would load numpy and the runtime for nothing.
    from runtime import EngineError, remember_transformers_index

    remember_transformers_index(cache_dir() / "transformers-index.json")

    try:
        if args.self_test:
            from .self_test import run_self_test

            return run_self_test()
        if args.command == "chat":
            from .cli_chat import run_chat

            return run_chat(args)
        if args.command == "models":
            from .cli_models import run_models

            return run_models(args)
        if args.command == "ask":
            from .cli_ask import run_ask

            return run_ask(args)
        if args.command == "projects":
            from .cli_projects import run_projects

            return run_projects(args)
        if args.command == "presets":
            from .cli_presets import run_presets

            return run_presets(args)
        if args.command == "bench":
            from .cli_bench import run_bench_cli

            return run_bench_cli(args)
        if args.command == "serve":
            from .serve import run_serve

            return run_serve(args)
        if args.command == "bench-serve":
            from .bench_serve import run_bench_serve

            return run_bench_serve(args)
        if args.command == "bench-sandbox":
            from .cli_bench import run_sandbox_bench_cli

            return run_sandbox_bench_cli(args)
        if args.command == "bench-tools":
            from .tools_bench import run_tools_bench_cli

            return run_tools_bench_cli(args)
        if args.command == "bench-startup":
            from .cli_bench import run_startup_bench_cli

            return run_startup_bench_cli(args)
        if args.command == "bench-docs":
            from .docs_bench import run_docs_bench_cli

            return run_docs_bench_cli(args)
        if args.command == "bench-media":
            from .cli_bench import run_media_bench_cli

            return run_media_bench_cli(args)
        if args.command == "bench-crash":
            from .cli_bench import run_crash_bench_cli

            return run_crash_bench_cli(args)
        if args.command == "bench-soak":
            from .cli_bench import run_soak_bench_cli

            return run_soak_bench_cli(args)
        if args.command == "bench-voice":
            from .cli_bench import run_voice_bench_cli

            return run_voice_bench_cli(args)
        if args.command == "bench-ui":
            from .cli_bench import run_ui_bench_cli

            return run_ui_bench_cli(args)
        from ..main import run_app

        return run_app()
    except EngineError as exc:
        print(f"hearth: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _sandbox_child(rest: list[str]) -> int:
    from sandbox.child import entry

    sys.argv = [sys.argv[0], *rest]
    entry()
    return 0


if __name__ == "__main__":
    sys.exit(main())
