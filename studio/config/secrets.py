"""API keys: kept in the system keychain, never in a file.

Where no keychain backend exists (``NoKeyringError``) or it refuses (locked, D-Bus gone), a key
comes from the environment variable the official SDK reads, else from what the user typed this
session, held in memory only. ``keyrings.alt`` is deliberately not used: it stores keys in plain
text. A keychain that takes a key and keeps nothing (``keyring.backends.null``) is found by reading
the key back, and treated like a missing one.

Every key read or kept here is remembered by the log's redaction (``remember_secret``), so no key
Studio holds reaches the log, a dialog or an error report, whatever its shape.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import ModuleType
from typing import TYPE_CHECKING

from studio.config.logs import remember_secret
from studio.config.providers import Provider

if TYPE_CHECKING:
    import keyring.errors

__all__ = ["KEYRING_SERVICE", "KeySource", "KeyStore", "StoredKey"]

log = logging.getLogger(__name__)

KEYRING_SERVICE = "studio"


def _keyring() -> ModuleType:
    """The keyring package, imported on the first key read (after the window is shown): it
    finds its backends through package metadata, 50-70 ms that the first paint need not wait
    for."""
    import keyring
    import keyring.errors

    return keyring


class KeySource(StrEnum):
    KEYCHAIN = "keychain"
    SESSION = "session"
    ENVIRONMENT = "environment"
    NONE = "none"


@dataclass(frozen=True)
class StoredKey:
    value: str = field(repr=False)
    source: KeySource

    def __bool__(self) -> bool:
        return bool(self.value)


class KeyStore:
    """Reads and writes provider keys. Calls may block on the keychain: keep them off the GUI
    thread."""

    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self._environ = environ
        self._session: dict[str, str] = {}
        self._keychain_problem: str | None = None
        for kind_variable in ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY"):
            remember_secret(environ.get(kind_variable, ""))

    @property
    def keychain_problem(self) -> str | None:
        """Why the last keychain call failed, or None when it worked (or none was made)."""
        return self._keychain_problem

    def get(self, provider: Provider) -> StoredKey:
        try:
            value = _keyring().get_password(KEYRING_SERVICE, provider.id)
        except _keyring().errors.KeyringError as error:
            self._note_keychain_failure(error)
        else:
            if value:
                self._keychain_problem = None
                remember_secret(value)
                return StoredKey(value, KeySource.KEYCHAIN)
            if provider.id not in self._session:  # else the keychain dropped it: still a problem
                self._keychain_problem = None
        if provider.id in self._session:
            return StoredKey(self._session[provider.id], KeySource.SESSION)
        from_env = self._environ.get(provider.kind.key_variable, "")
        if from_env:
            return StoredKey(from_env, KeySource.ENVIRONMENT)
        return StoredKey("", KeySource.NONE)

    def set(self, provider: Provider, key: str) -> KeySource:
        """Keep ``key`` for ``provider``; an empty key forgets it. Returns where it was kept."""
        key = key.strip()
        if not key:
            self.delete(provider)
            return KeySource.NONE
        remember_secret(key)
        try:
            _keyring().set_password(KEYRING_SERVICE, provider.id, key)
            kept = _keyring().get_password(KEYRING_SERVICE, provider.id)
        except _keyring().errors.KeyringError as error:
            self._note_keychain_failure(error)
            self._session[provider.id] = key
            return KeySource.SESSION
        if kept != key:
            self._keychain_problem = (
                "The system keychain accepted the key but did not keep it (no working "
                "keychain backend is set up)."
            )
            log.info("keychain unavailable: %s", self._keychain_problem)
            self._session[provider.id] = key
            return KeySource.SESSION
        self._keychain_problem = None
        self._session.pop(provider.id, None)
        return KeySource.KEYCHAIN

    def delete(self, provider: Provider) -> None:
        self._session.pop(provider.id, None)
        try:
            _keyring().delete_password(KEYRING_SERVICE, provider.id)
        except _keyring().errors.PasswordDeleteError:
            pass
        except _keyring().errors.KeyringError as error:
            self._note_keychain_failure(error)

    def _note_keychain_failure(self, error: keyring.errors.KeyringError) -> None:
        if isinstance(error, _keyring().errors.NoKeyringError):
            self._keychain_problem = "No system keychain is available on this computer."
        elif isinstance(error, _keyring().errors.KeyringLocked):
            self._keychain_problem = "The system keychain is locked."
        else:
            self._keychain_problem = f"The system keychain did not answer ({type(error).__name__})."
        log.info("keychain unavailable: %s", self._keychain_problem)
