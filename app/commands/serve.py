"""`hearth serve`: the loaded model behind an OpenAI-compatible API (app/server/), headless.

Loads a model as `hearth chat` does, decides the API key by where it listens (loopback: none
needed; the network: a key from the keychain or an environment variable, never a plain file)
and serves with uvicorn until Ctrl-C.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import uvicorn

from runtime import Engine, ModelSpec

from ..model_refs import library, resolve_model
from ..server import KeyRefused, ServerOptions, choose_key, create_app
from ..server.background import MAX_CONNECTIONS, bind
from .cli_models import terminal_progress


def run_serve(args: argparse.Namespace) -> int:
    try:
        choice = choose_key(args.host, args.api_key_env, new_key=args.new_key, say=_err)
    except KeyRefused as exc:
        print(f"hearth serve: {exc}", file=sys.stderr)
        return 2
    allowed = [Path(d).expanduser() for d in args.allow_files]
    for folder in allowed:
        if not folder.is_dir():
            print(f"hearth serve: --allow-files {folder}: not a folder", file=sys.stderr)
            return 2
    if allowed and choice.key is None:
        _err(
            "Warning: with no API key, every program and every user on this computer can read the images "
            f"in {', '.join(str(d) for d in allowed)} through this server. Add --api-key-env VAR to ask for a key."
        )
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(f"hearth serve: cannot listen on {args.host}:{args.port} ({exc.strerror or exc})", file=sys.stderr)
        return 2
    engine = Engine()  # first: a first-run import then does its MLX work on the engine's thread
    try:
        path = resolve_model(args.model, terminal_progress())
        info = engine.load(ModelSpec(path)).result()
        options = ServerOptions(
            api_key=choice.key,
            allowed_dirs=tuple(allowed),
            max_waiting=args.max_waiting,
            library=lambda: [
                e.name for e in library().entries() if e.problem is None and e.path.resolve() != info.path.resolve()
            ],
        )
        app = create_app(engine, options)
        host, port = sock.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        _err(f"Serving {info.name} at http://{shown}:{port}/v1 ({'API key required' if choice.key else 'no API key'}).")
        _err("Ctrl-C stops.")
        config = uvicorn.Config(
            app, log_level="warning", limit_concurrency=MAX_CONNECTIONS, timeout_graceful_shutdown=5
        )
        uvicorn.Server(config).run(sockets=[sock])
        return 0
    finally:
        sock.close()
        engine.close()


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)
