"""`hearth models add-remote URL`: name a model another machine serves, after checking it answers."""

from __future__ import annotations

import argparse
import os
import sys

from runtime.remote import api_root, list_models
from runtime.types import RemoteEndpoint

from ..model_refs import library
from ..remote_models import (
    CLEAR_KEY_WARNING,
    KEYS,
    RemoteModel,
    add_remote,
    check_url,
    default_name,
    key_sent_in_clear,
)


def add_remote_cli(args: argparse.Namespace) -> int:
    key = None
    if args.key_env:
        key = os.environ.get(args.key_env)
        if not key:
            print(f"hearth: the environment variable {args.key_env} is not set (or empty).", file=sys.stderr)
            return 2
    check_url(args.url)  # before the URL reaches a request, a message or the file
    if key and key_sent_in_clear(args.url):
        print(f"hearth: warning: {CLEAR_KEY_WARNING}", file=sys.stderr)
    listed = [m["id"] for m in list_models(RemoteEndpoint(args.url, args.model or "", api_key=key))]
    model_id = args.model
    if model_id is None:
        if len(listed) != 1:
            shown = "\n  ".join(listed) or "(none)"
            print(f"hearth: the server lists {len(listed)} models; pick one with --model:\n  {shown}", file=sys.stderr)
            return 2
        model_id = listed[0]
    elif model_id not in listed:
        shown = "\n  ".join(listed) or "(none)"
        print(f"hearth: the server has no model '{model_id}'. It lists:\n  {shown}", file=sys.stderr)
        return 1
    name = args.name or default_name(args.url, model_id)
    if (library().root / name).exists():
        print(f"hearth: a model in your library is already named '{name}'; pass --name.", file=sys.stderr)
        return 2
    keychain = KEYS.keychain_available()
    model = RemoteModel(
        name=name,
        base_url=api_root(args.url),
        model=model_id,
        modalities=tuple(dict.fromkeys(args.reads)),
        tools=not args.no_tools,
        # Without a keychain the key is not kept anywhere: the variable is read at each use.
        key_env=args.key_env if (args.key_env and not keychain) else None,
    )
    where = add_remote(model, key if keychain else None)
    print(f"Added '{name}': {model_id} at {model.base_url}.")
    if where == "keychain":
        print("Its API key is in your keychain.")
    elif args.key_env:
        print(f"No keychain here: the API key will be read from ${args.key_env} each time.")
    print(f"Chat with it: hearth chat --model {name}")
    return 0
