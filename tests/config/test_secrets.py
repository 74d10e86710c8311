import logging
from pathlib import Path

import keyring
import keyring.backends.null
import keyring.errors
import pytest

from studio.config import (
    KEYRING_SERVICE,
    KeySource,
    KeyStore,
    Provider,
    ProviderKind,
    redact,
    setup_logging,
)
from tests.conftest import TEST_KEY_PREFIX, MemoryKeyring

OPENAI = Provider("p1", "OpenAI", ProviderKind.OPENAI)
AZURE = Provider("p2", "Azure", ProviderKind.AZURE)
KEY = TEST_KEY_PREFIX + "abc123"


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_key_goes_to_the_keychain_and_comes_back(memory_keyring: MemoryKeyring) -> None:
    store = KeyStore({})
    assert store.set(OPENAI, f"  {KEY}\n") is KeySource.KEYCHAIN
    assert memory_keyring.passwords == {(KEYRING_SERVICE, "p1"): KEY}
    got = KeyStore({}).get(OPENAI)
    assert (got.value, got.source) == (KEY, KeySource.KEYCHAIN)


def test_an_empty_key_forgets_the_stored_one(memory_keyring: MemoryKeyring) -> None:
    store = KeyStore({})
    store.set(OPENAI, KEY)
    assert store.set(OPENAI, "") is KeySource.NONE
    assert memory_keyring.passwords == {}
    assert store.get(OPENAI).source is KeySource.NONE


def test_the_environment_is_used_when_the_keychain_has_nothing() -> None:
    store = KeyStore({"OPENAI_API_KEY": KEY, "AZURE_OPENAI_API_KEY": KEY + "az"})
    assert (store.get(OPENAI).value, store.get(OPENAI).source) == (KEY, KeySource.ENVIRONMENT)
    assert store.get(AZURE).value == KEY + "az"


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keychain_the_environment_then_the_session_hold_the_key() -> None:
    store = KeyStore({"OPENAI_API_KEY": KEY})
    assert store.get(OPENAI).source is KeySource.ENVIRONMENT
    assert store.keychain_problem == "No system keychain is available on this computer."
    typed = KEY + "typed"
    assert store.set(OPENAI, typed) is KeySource.SESSION
    assert (store.get(OPENAI).value, store.get(OPENAI).source) == (typed, KeySource.SESSION)
    assert KeyStore({}).get(OPENAI).source is KeySource.NONE  # gone with the session


def test_a_locked_keychain_keeps_the_key_for_the_session() -> None:
    keyring.set_keyring(LockedKeyring())
    store = KeyStore({})
    assert store.set(OPENAI, KEY) is KeySource.SESSION
    assert store.keychain_problem == "The system keychain is locked."
    assert store.get(OPENAI).value == KEY


def test_a_stored_key_never_shows_in_its_repr(memory_keyring: MemoryKeyring) -> None:
    store = KeyStore({})
    store.set(OPENAI, KEY)
    assert KEY not in repr(store.get(OPENAI))


def test_a_keychain_that_keeps_nothing_is_found_out_and_the_session_holds_the_key() -> None:
    keyring.set_keyring(keyring.backends.null.Keyring())
    store = KeyStore({})
    assert store.set(OPENAI, KEY) is KeySource.SESSION
    assert store.keychain_problem is not None
    assert "did not keep it" in store.keychain_problem
    got = store.get(OPENAI)
    assert (got.value, got.source) == (KEY, KeySource.SESSION)
    assert store.keychain_problem is not None  # still true after reading


def test_every_key_held_is_redacted_whatever_its_shape(tmp_path: Path) -> None:
    azure_key = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"  # no sk- prefix, as Azure keys are
    KeyStore({}).set(AZURE, azure_key)
    from_env = "custom-server-token-77"
    KeyStore({"OPENAI_API_KEY": from_env})
    text = f"the server said {azure_key} and {from_env}"
    assert redact(text) == "the server said …e1f0 and …n-77"
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(tmp_path / "studio.log", console=False)
    try:
        logging.getLogger("studio.test").warning("answer: %s", text)
    finally:
        for added in set(root.handlers) - set(before):
            root.removeHandler(added)
            added.close()
    written = (tmp_path / "studio.log").read_text()
    assert "…e1f0" in written
    assert azure_key not in written
    assert from_env not in written
