"""Remote models the user added: a name for a model another machine serves (base URL + model
id), kept in ``remote-models.json`` in the data folder. Qt-free.

API keys never go in that file. They live in the OS keychain (``keyring``: macOS Keychain,
Windows Credential Locker, Secret Service on a Linux desktop). Without a keychain (a headless
Linux box) a key typed in is kept in memory for this session only; a key given as the name of
an environment variable (``--key-env``) is read from that variable each time instead, so only
the variable's name is saved.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from runtime import EngineError, ModelSpec
from runtime.types import RemoteEndpoint

from .keychain import usable_keychain
from .loopback import is_loopback
from .paths import data_dir

log = logging.getLogger(__name__)
KEYCHAIN_SERVICE = "Hearth remote models"
FILE_NAME = "remote-models.json"
MEDIA_KINDS = ("image", "audio")


class RemoteModelError(EngineError):
    """A remote model could not be added, found or removed."""


@dataclass(frozen=True)
class RemoteModel:
    name: str
    base_url: str
    model: str
    modalities: tuple[str, ...] = ()  # what the model reads besides text: "image", "audio"
    tools: bool = True
    key_env: str | None = None  # read the API key from this environment variable

    @property
    def label(self) -> str:
        return f"{self.name} (remote: {urlsplit(_with_scheme(self.base_url)).netloc})"

    def spec(self) -> ModelSpec:
        endpoint = RemoteEndpoint(
            base_url=self.base_url,
            model=self.model,
            api_key=api_key(self),
            modalities=frozenset(self.modalities),
            tools=self.tools,
        )
        return ModelSpec(name=self.name, remote=endpoint)


def registry_path() -> Path:
    return data_dir() / FILE_NAME


def remote_models() -> list[RemoteModel]:
    """Every remote model added; a damaged file reads as none (and is logged), never a crash."""
    path = registry_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [_from_dict(d) for d in data.get("models", [])]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, TypeError, AttributeError, KeyError) as exc:
        log.warning("remote models file %s unreadable (%s); ignoring it", path, exc)
        return []


def find_remote(name: str) -> RemoteModel | None:
    return next((m for m in remote_models() if m.name == name), None)


def check_url(base_url: str) -> None:
    """Refuse ``user:pass@host``: the file, labels and error messages would all show the password."""
    try:
        parts = urlsplit(_with_scheme(base_url.strip()))
        userinfo = parts.username is not None or parts.password is not None
    except ValueError:
        raise RemoteModelError(f"'{_without_userinfo(base_url)}' is not a server address.") from None
    if userinfo:
        raise RemoteModelError(
            "Leave the user name and password out of the server address; put the key in the API key field "
            "(or --key-env) instead: it is kept in the keychain, never in a file."
        )


def key_sent_in_clear(base_url: str) -> bool:
    """True when a key for ``base_url`` would cross the network unencrypted (http:// to another machine)."""
    parts = urlsplit(_with_scheme(base_url.strip()))
    return parts.scheme == "http" and not is_loopback(parts.hostname or "")


CLEAR_KEY_WARNING = (
    "The API key will cross the network unencrypted (http:// to another machine): anyone on the way can "
    "read it. Prefer https://, an SSH tunnel or a trusted network."
)


def add_remote(model: RemoteModel, key: str | None = None) -> str:
    """Save ``model`` (replacing one of the same name) and its key; returns where the key went."""
    check_url(model.base_url)
    if not valid_name(model.name):
        raise RemoteModelError(f"'{model.name}' cannot be used as a model name (letters, digits, . _ -).")
    if model.key_env and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", model.key_env):
        raise RemoteModelError(f"'{model.key_env}' is not an environment variable name.")
    others = [m for m in remote_models() if m.name != model.name]
    _write([*others, model])
    return KEYS.store(model.name, key) if key else ("environment" if model.key_env else "none")


def remove_remote(name: str) -> bool:
    models = remote_models()
    kept = [m for m in models if m.name != name]
    if len(kept) == len(models):
        return False
    _write(kept)
    KEYS.forget(name)
    return True


def api_key(model: RemoteModel) -> str | None:
    """The key for ``model``: the keychain's (or this session's), else its environment variable."""
    return KEYS.get(model.name) or (os.environ.get(model.key_env) if model.key_env else None) or None


def default_name(base_url: str, model_id: str) -> str:
    """``mlx-community/gemma-4-12b-it-4bit`` at ``studio.local:8080`` -> ``gemma-4-12b-it-4bit-studio``."""
    stem = model_id.rstrip("/").rsplit("/", 1)[-1]
    host = (urlsplit(_with_scheme(base_url)).hostname or "server").split(".")[0]
    return _slug(f"{stem}-{host}")


def valid_name(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", name)) and ".." not in name


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._").lower()[:100] or "remote"


def _with_scheme(url: str) -> str:
    return url if "://" in url else "http://" + url


def _without_userinfo(url: str) -> str:
    """``http://user:pass@host/`` -> ``http://host/`` (a file from before such URLs were refused)."""
    return re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://)?[^/@]*@", r"\1", url.strip())


def _from_dict(d: dict) -> RemoteModel:
    return RemoteModel(
        name=str(d["name"]),
        base_url=_without_userinfo(str(d["base_url"])),
        model=str(d["model"]),
        modalities=tuple(k for k in d.get("modalities", ()) if k in MEDIA_KINDS),
        tools=bool(d.get("tools", True)),
        key_env=d.get("key_env") or None,
    )


def _write(models: list[RemoteModel]) -> None:
    path = registry_path()
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps({"models": [asdict(m) for m in models]}, indent=2), encoding="utf-8")
    os.replace(tmp, path)  # a crash leaves the old file or the new one, never half of one


@dataclass
class KeyStore:
    """API keys by model name: the OS keychain, or this process's memory when there is none."""

    session: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def keychain_available() -> bool:
        return usable_keychain()

    def store(self, name: str, key: str) -> str:
        """Returns "keychain", or "session" when only this process will remember it."""
        self.session[name] = key
        if not self.keychain_available():
            return "session"
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYCHAIN_SERVICE, name, key)
        except KeyringError as exc:
            log.warning("keychain refused the key for %s (%s); kept for this session", name, exc)
            return "session"
        return "keychain"

    def get(self, name: str) -> str | None:
        if name in self.session:
            return self.session[name]
        if not self.keychain_available():
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYCHAIN_SERVICE, name)
        except KeyringError as exc:
            log.warning("keychain unreadable for %s (%s)", name, exc)
            return None

    def forget(self, name: str) -> None:
        self.session.pop(name, None)
        if not self.keychain_available():
            return
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(KEYCHAIN_SERVICE, name)
        except (PasswordDeleteError, KeyringError):
            pass  # there was none


KEYS = KeyStore()
