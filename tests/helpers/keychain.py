"""An OS keychain stand-in for tests: a real keyring backend (keyring's plugin interface) that
keeps passwords in memory, so no test reads or writes the user's own keychain."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import keyring
from keyring.backend import KeyringBackend


class MemoryKeychain(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


B = TypeVar("B", bound=KeyringBackend)


@contextmanager
def keychain_in_use(backend: B) -> Iterator[B]:
    """``backend`` is the keychain keyring uses until the block ends."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
