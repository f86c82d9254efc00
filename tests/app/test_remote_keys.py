"""Where remote models' API keys live: the OS keychain through keyring, or this session's
memory when there is none; never the registry file. The keychain here is an in-memory keyring
backend (keyring's plugin interface), so no test touches the user's real keychain."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail, null

from app.paths import data_dir
from app.remote_models import KEYCHAIN_SERVICE, KEYS, RemoteModel, add_remote, find_remote, remove_remote
from tests.helpers.keychain import MemoryKeychain, keychain_in_use


@pytest.fixture
def keychain() -> Iterator[MemoryKeychain]:
    with keychain_in_use(MemoryKeychain()) as store:
        yield store
    KEYS.session.clear()


@pytest.fixture(params=["fail", "null"])
def no_keychain(request: pytest.FixtureRequest) -> Iterator[None]:
    # keyring's two stand-ins for "no keychain": one raises, one silently keeps nothing.
    with keychain_in_use(fail.Keyring() if request.param == "fail" else null.Keyring()):
        yield
    KEYS.session.clear()


def test_a_key_goes_to_the_keychain_and_not_to_the_file(keychain: MemoryKeychain) -> None:
    assert add_remote(RemoteModel("studio", "http://studio:8080/v1", "gemma"), "sk-abc") == "keychain"
    assert keychain.items[(KEYCHAIN_SERVICE, "studio")] == "sk-abc"
    assert "sk-abc" not in (data_dir() / "remote-models.json").read_text()
    KEYS.session.clear()  # as in a later run of Hearth
    model = find_remote("studio")
    assert model is not None and model.spec().remote.api_key == "sk-abc"  # type: ignore[union-attr]
    assert remove_remote("studio") and (KEYCHAIN_SERVICE, "studio") not in keychain.items


def test_without_a_keychain_a_key_lasts_the_session_or_comes_from_the_environment(
    no_keychain: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert add_remote(RemoteModel("studio", "http://studio:8080/v1", "gemma"), "sk-abc") == "session"
    assert find_remote("studio").spec().remote.api_key == "sk-abc"  # type: ignore[union-attr]
    KEYS.session.clear()  # Hearth restarted: the key is gone, and was never written anywhere
    assert find_remote("studio").spec().remote.api_key is None  # type: ignore[union-attr]
    assert "sk-abc" not in (data_dir() / "remote-models.json").read_text()
    monkeypatch.setenv("STUDIO_KEY", "sk-env")
    assert add_remote(RemoteModel("studio", "http://studio:8080/v1", "gemma", key_env="STUDIO_KEY")) == "environment"
    assert find_remote("studio").spec().remote.api_key == "sk-env"  # type: ignore[union-attr]


def test_a_damaged_registry_reads_as_no_remote_models() -> None:
    (data_dir() / "remote-models.json").write_text("{not json")
    assert find_remote("studio") is None


def test_one_test_of_a_usable_keychain_serves_remote_keys_and_the_server(keychain: MemoryKeychain) -> None:
    from keyring.backends import null

    from app.keychain import usable_keychain
    from app.server.keys import KeyRefused, choose_key

    assert usable_keychain()
    keyring.set_keyring(null.Keyring())  # accepts every key and keeps none
    assert not usable_keychain()
    with pytest.raises(KeyRefused, match="no keychain"):
        choose_key("0.0.0.0", None)
