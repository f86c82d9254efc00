"""Which API key a server asks for, by where it listens.

On the loopback address only this computer's programs can connect: no key is needed
unless one is given. Listening on the network needs a key, which is either read from an
environment variable the user names (``--api-key-env VAR``) or generated once
(``secrets.token_urlsafe``), shown once, and kept in the OS keychain through ``keyring``.
Where no keychain exists (a headless Linux box) the server refuses to listen on the
network and says how to give a key instead: a key is never written to a plain file.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from ..keychain import usable_keychain
from ..loopback import is_loopback

KEYRING_SERVICE = "Hearth"
KEYRING_USER = "api-server"
MIN_KEY_CHARS = 16


class KeyRefused(Exception):
    """The server must not start as asked; the message says what to do instead."""


@dataclass(frozen=True)
class KeyChoice:
    key: str | None
    source: str  # "none" | "env" | "keychain" | "keychain-new"


def choose_key(
    host: str, env_var: str | None, *, new_key: bool = False, say: Callable[[str], None] = print
) -> KeyChoice:
    if env_var:
        value = os.environ.get(env_var, "")
        if len(value) < MIN_KEY_CHARS:
            raise KeyRefused(
                f"--api-key-env {env_var}: the variable must hold a key of at least {MIN_KEY_CHARS} characters "
                f"(it is {'unset' if env_var not in os.environ else f'{len(value)} characters long'})."
            )
        return KeyChoice(value, "env")
    if is_loopback(host):
        return KeyChoice(None, "none")
    return _keychain_key(host, new_key, say)


def _keychain_key(host: str, new_key: bool, say: Callable[[str], None]) -> KeyChoice:
    import keyring
    from keyring.errors import KeyringError

    if not usable_keychain():  # keyring's "fail" / "null" backends: no keychain here
        raise KeyRefused(
            f"Listening on {host} needs an API key, and this system has no keychain to keep one in. "
            "Put a long random key in an environment variable and name it, e.g.\n"
            "  export HEARTH_API_KEY=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')\n"
            f"  hearth serve --host {host} --api-key-env HEARTH_API_KEY\n"
            "or listen on 127.0.0.1 (the default), which needs no key."
        )
    try:
        key = None if new_key else keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        if key:
            say(f"API key: the one in your keychain ({KEYRING_SERVICE} / {KEYRING_USER}); --new-key replaces it.")
            return KeyChoice(key, "keychain")
        key = secrets.token_urlsafe(32)
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key)
    except KeyringError as exc:
        raise KeyRefused(f"The keychain could not be used ({exc}). Pass a key with --api-key-env VAR instead.") from exc
    say(
        f"New API key (shown once; kept in your keychain as {KEYRING_SERVICE} / {KEYRING_USER}):\n  {key}\n"
        "Clients send it as 'Authorization: Bearer KEY' (the openai client's api_key)."
    )
    return KeyChoice(key, "keychain-new")
