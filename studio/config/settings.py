"""The settings file: a versioned JSON document that is migrated on load and never crashes the app.

A file that cannot be read or parsed is kept aside as ``settings.json.bad-<time>`` and defaults
are used; the caller gets a notice to show. Writes go to a temp file that is fsynced and renamed,
so a crash mid-save leaves the old file intact.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from studio.config.providers import Provider, ProviderKind
from studio.config.spending import SpendingCap, caps_from_json
from studio.config.wording import words

__all__ = [
    "DEFAULT_REQUEST_TIMEOUT",
    "LANGUAGES",
    "REQUEST_TIMEOUT_RANGE",
    "SCHEMA_VERSION",
    "THEMES",
    "LoadedSettings",
    "Settings",
    "SettingsFile",
]

log = logging.getLogger(__name__)

SCHEMA_VERSION = 5
#: Seconds one request may take in all, from sending to its last image (streams included).
DEFAULT_REQUEST_TIMEOUT = 600.0
REQUEST_TIMEOUT_RANGE = (5.0, 3600.0)
#: "system" follows the desktop's colour scheme, live when it changes.
THEMES = ("system", "light", "dark")
#: "system" follows the system locale; the others are the shipped catalogues.
LANGUAGES = ("system", "en", "de", "zh_CN")


def _add_pricing_overrides(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "pricing_overrides": {}}


def _add_request_timeout(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "request_timeout": DEFAULT_REQUEST_TIMEOUT}


def _add_spending_caps(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "spending_caps": []}


def _add_appearance(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "theme": "system", "language": "system"}


#: ``_MIGRATIONS[n]`` turns a version-``n`` document into a version-``n + 1`` one.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _add_pricing_overrides,
    2: _add_request_timeout,
    3: _add_spending_caps,
    4: _add_appearance,
}

DEFAULT_PROVIDER = Provider(id="openai", name="OpenAI", kind=ProviderKind.OPENAI)


@dataclass(frozen=True)
class Settings:
    providers: tuple[Provider, ...] = (DEFAULT_PROVIDER,)
    active_provider_id: str = DEFAULT_PROVIDER.id
    concurrent_jobs: int = 2
    #: Per model, USD per 1M tokens: {"text_input": …, "image_input": …, "image_output": …};
    #: replaces the shipped price list for that model.
    pricing_overrides: dict[str, dict[str, float]] = field(default_factory=dict)
    #: The overall deadline of one request, in seconds (a server that drips forever ends).
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT
    #: Per day or month, per provider or overall, each warning or refusing (config/spending).
    spending_caps: tuple[SpendingCap, ...] = ()
    #: One of THEMES.
    theme: str = "system"
    #: One of LANGUAGES.
    language: str = "system"

    @property
    def active_provider(self) -> Provider | None:
        return self.provider(self.active_provider_id)

    def provider(self, provider_id: str) -> Provider | None:
        return next((p for p in self.providers if p.id == provider_id), None)

    def with_providers(self, providers: tuple[Provider, ...], active_id: str) -> Settings:
        if active_id not in {p.id for p in providers}:
            active_id = providers[0].id if providers else ""
        return replace(self, providers=providers, active_provider_id=active_id)

    def to_json(self) -> dict[str, Any]:
        document = {"schema_version": SCHEMA_VERSION, **asdict(self)}
        document["spending_caps"] = [cap.to_json() for cap in self.spending_caps]
        return document

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> Settings:
        """Build settings from a current-version document; raises ValueError when malformed."""
        try:
            known = {f.name for f in fields(Provider)}
            providers = tuple(
                Provider(**{k: str(v) for k, v in entry.items() if k in known})
                for entry in document.get("providers", [asdict(DEFAULT_PROVIDER)])
            )
            defaults = cls()
            settings = cls(
                providers=providers,
                active_provider_id=str(
                    document.get("active_provider_id", defaults.active_provider_id)
                ),
                concurrent_jobs=int(document.get("concurrent_jobs", defaults.concurrent_jobs)),
                pricing_overrides=_prices(document.get("pricing_overrides", {})),
                request_timeout=float(document.get("request_timeout", defaults.request_timeout)),
                spending_caps=caps_from_json(document.get("spending_caps", [])),
                theme=str(document.get("theme", defaults.theme)),
                language=str(document.get("language", defaults.language)),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"malformed settings: {error}") from error
        if not 1 <= settings.concurrent_jobs <= 16:
            raise ValueError("concurrent_jobs must be between 1 and 16")
        if settings.theme not in THEMES:
            raise ValueError(f"theme must be one of {', '.join(THEMES)}")
        if settings.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        low, high = REQUEST_TIMEOUT_RANGE
        if not low <= settings.request_timeout <= high:
            raise ValueError(f"request_timeout must be between {low:g} and {high:g} seconds")
        return settings.with_providers(settings.providers, settings.active_provider_id)


def _prices(overrides: Any) -> dict[str, dict[str, float]]:
    if not isinstance(overrides, dict):
        raise ValueError("pricing_overrides must be an object")
    names = ("text_input", "image_input", "image_output")
    return {
        str(model): {name: float(prices[name]) for name in names}
        for model, prices in overrides.items()
    }


def _no_userinfo(url: str) -> str:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    #: A sentence for the user when the file could not be used as it was, else None.
    notice: str | None = None


class SettingsFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> LoadedSettings:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return LoadedSettings(Settings())
        except OSError as error:
            log.warning("settings file unreadable: %s", error)
            return LoadedSettings(
                Settings(),
                words(
                    "Settings",
                    "Studio could not read its settings file ({reason}); it is using "
                    "default settings for now. The file is at {path}.",
                ).format(reason=error.strerror, path=self.path),
            )
        try:
            document = json.loads(text)
            if not isinstance(document, dict):
                raise ValueError("the document is not a JSON object")
            document = self._migrated(document)
            settings = Settings.from_json(document)
        except ValueError as error:
            kept = self._move_aside(f"bad-{time.strftime('%Y%m%d-%H%M%S')}")
            log.warning("settings file corrupt (%s); kept aside as %s", error, kept)
            damaged = (
                words(
                    "Settings",
                    "Studio's settings file was damaged, so default settings are in use. "
                    "It was kept as {path}.",
                ).format(path=kept)
                if kept
                else words(
                    "Settings",
                    "Studio's settings file was damaged, so default settings are in use.",
                )
            )
            return LoadedSettings(Settings(), damaged)
        return self._without_credentials(settings)

    def _without_credentials(self, settings: Settings) -> LoadedSettings:
        """A base URL holding ``user:password@`` is refused: the credentials are removed from
        the settings and the file (nothing else keeps them), and the user is told."""
        cleaned = tuple(replace(p, base_url=_no_userinfo(p.base_url)) for p in settings.providers)
        named = [p.name for p, c in zip(settings.providers, cleaned, strict=True) if p != c]
        if not named:
            return LoadedSettings(settings)
        settings = replace(settings, providers=cleaned)
        log.warning("removed a user name and password from the base URL of %s", named)
        try:
            self.save(settings)
        except OSError as error:
            log.warning("could not rewrite the settings file: %s", error)
        return LoadedSettings(
            settings,
            words(
                "Settings",
                "The base URL of {names} held a user name and password; Studio removed "
                "them. Credentials belong in the key field (Settings → Providers).",
            ).format(names=", ".join(named)),
        )

    def save(self, settings: Settings) -> None:
        """Write atomically; raises OSError (with its strerror) when the folder is not writable."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            with temp.open("w", encoding="utf-8") as stream:
                json.dump(settings.to_json(), stream, indent=2)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp, self.path)
        finally:
            temp.unlink(missing_ok=True)

    def _migrated(self, document: dict[str, Any]) -> dict[str, Any]:
        version = document.get("schema_version")
        if not isinstance(version, int) or version < 1:
            raise ValueError(f"unknown schema_version {version!r}")
        if version > SCHEMA_VERSION:
            # Written by a newer Studio: read what this one understands, but keep the original.
            self._copy_aside(f"from-v{version}")
            return document
        while version < SCHEMA_VERSION:
            document = _MIGRATIONS[version](document)
            version += 1
            document["schema_version"] = version
        return document

    def _move_aside(self, suffix: str) -> Path | None:
        aside = self.path.with_name(f"{self.path.name}.{suffix}")
        try:
            os.replace(self.path, aside)
        except OSError as error:
            log.warning("could not move the settings file aside: %s", error)
            return None
        return aside

    def _copy_aside(self, suffix: str) -> None:
        aside = self.path.with_name(f"{self.path.name}.{suffix}")
        if aside.exists():
            return
        try:
            aside.write_bytes(self.path.read_bytes())
        except OSError as error:
            log.warning("could not copy the settings file aside: %s", error)
