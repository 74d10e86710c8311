"""Paths, settings, providers, secrets and logging: the ground every other layer stands on."""

from studio.config.bundle import RUN_MODULE, frozen, module_command, resource
from studio.config.logs import RedactingFormatter, redact, remember_secret, setup_logging
from studio.config.paths import APP_NAME, Paths
from studio.config.providers import OPENAI_BASE_URL, Provider, ProviderKind, check_base_url
from studio.config.secrets import KEYRING_SERVICE, KeySource, KeyStore, StoredKey
from studio.config.settings import (
    DEFAULT_REQUEST_TIMEOUT,
    SCHEMA_VERSION,
    LoadedSettings,
    Settings,
    SettingsFile,
)
from studio.config.spending import CapAction, CapPeriod, SpendingCap
from studio.config.wording import Words, from_plain, to_plain, words

__all__ = [
    "APP_NAME",
    "DEFAULT_REQUEST_TIMEOUT",
    "KEYRING_SERVICE",
    "OPENAI_BASE_URL",
    "RUN_MODULE",
    "SCHEMA_VERSION",
    "CapAction",
    "CapPeriod",
    "KeySource",
    "KeyStore",
    "LoadedSettings",
    "Paths",
    "Provider",
    "ProviderKind",
    "RedactingFormatter",
    "Settings",
    "SettingsFile",
    "SpendingCap",
    "StoredKey",
    "Words",
    "check_base_url",
    "from_plain",
    "frozen",
    "module_command",
    "redact",
    "remember_secret",
    "resource",
    "setup_logging",
    "to_plain",
    "words",
]
