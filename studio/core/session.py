"""The session: settings, the active provider and its key, and the actions that change them.

Keychain calls can block (an unlock prompt, a slow D-Bus), so they run in a thread; widgets wait
for them through async actions and observe the outcome through signals.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from studio.api import ApiError
from studio.config import (
    KeySource,
    KeyStore,
    LoadedSettings,
    Provider,
    ProviderKind,
    Settings,
    SettingsFile,
    StoredKey,
)
from studio.core.demo import DemoServer
from studio.localapi import DEMO_KEY

__all__ = ["DEMO_PROVIDER_ID", "ConnectionCheck", "Session"]

log = logging.getLogger(__name__)

DEMO_PROVIDER_ID = "demo"


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    message: str


class Session(QObject):
    """What Studio works with right now. ``active_changed`` fires when the active provider or
    its key changes; ``settings_changed`` when the saved settings do."""

    settings_changed = Signal()
    active_changed = Signal()
    #: A sentence the user should read, not an error (e.g. where a key was kept).
    notice = Signal(str)

    def __init__(self, settings_file: SettingsFile, keys: KeyStore, loaded: LoadedSettings) -> None:
        super().__init__()
        self.keys = keys
        self._file = settings_file
        self._settings = loaded.settings
        #: Shown once at start when the settings file could not be used as it was.
        self.startup_notice = loaded.notice
        self._demo = DemoServer()
        self._active_key = StoredKey("", KeySource.NONE)

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def using_demo(self) -> bool:
        return self._demo.running

    @property
    def active_provider(self) -> Provider | None:
        if self._demo.running and self._demo.base_url:
            return Provider(
                id=DEMO_PROVIDER_ID,
                name="Offline demo server",
                kind=ProviderKind.COMPATIBLE,
                base_url=self._demo.base_url,
            )
        provider = self._settings.active_provider
        return provider.resolved() if provider else None

    @property
    def active_key(self) -> StoredKey:
        if self._demo.running:
            return StoredKey(DEMO_KEY, KeySource.SESSION)
        return self._active_key

    @property
    def ready(self) -> bool:
        """Whether requests can be sent: a usable provider with a key."""
        provider = self.active_provider
        return provider is not None and provider.problem() is None and bool(self.active_key)

    async def refresh_active_key(self) -> None:
        provider = self._settings.active_provider
        self._active_key = (
            await self.key_for(provider) if provider else StoredKey("", KeySource.NONE)
        )
        self.active_changed.emit()

    async def key_for(self, provider: Provider) -> StoredKey:
        return await asyncio.to_thread(self.keys.get, provider)

    async def apply(self, settings: Settings, new_keys: Mapping[str, str]) -> None:
        """Save ``settings`` and the keys typed for them (provider id → key; "" forgets it).

        A key that could only be kept for this session is announced by ``notice``. Raises
        OSError when the settings file cannot be written; nothing is changed then.
        """
        await asyncio.to_thread(self._file.save, settings)
        removed = [p for p in self._settings.providers if settings.provider(p.id) is None]
        # Leave the demo only when the user chose another provider or gave the active one a key.
        leave_demo = settings.active_provider_id != self._settings.active_provider_id or bool(
            new_keys.get(settings.active_provider_id)
        )
        self._settings = settings
        for provider in removed:
            await asyncio.to_thread(self.keys.delete, provider)
        for provider_id, key in new_keys.items():
            provider = settings.provider(provider_id)
            if provider is None:
                continue
            where = await asyncio.to_thread(self.keys.set, provider, key)
            if where is KeySource.SESSION:
                self.notice.emit(
                    f"{self.keys.keychain_problem} The key for {provider.name} is kept for this "
                    f"session only; set {provider.kind.key_variable} to keep it across sessions."
                )
        if leave_demo:
            await self._demo.stop()
        self.settings_changed.emit()
        await self.refresh_active_key()

    async def check_connection(self, provider: Provider, key: str) -> ConnectionCheck:
        """Ask the provider for its models, as the official SDK's ``models.list()`` does."""
        provider = provider.resolved()
        problem = provider.problem()
        if problem:
            return ConnectionCheck(False, problem)
        from studio.api import ImagesClient  # its HTTP stack loads only when needed

        try:
            async with ImagesClient(provider, key) as client:
                models = await client.list_models()
        except ApiError as error:
            return ConnectionCheck(False, error.message)
        image_models = [m for m in models if m.startswith(("gpt-image", "dall-e", "chatgpt-image"))]
        if provider.kind is ProviderKind.AZURE:
            return ConnectionCheck(True, f"Connected to {provider.name}.")
        return ConnectionCheck(
            True,
            f"Connected to {provider.name}: {len(models)} models offered, "
            f"{len(image_models)} of them for images.",
        )

    async def use_demo_server(self) -> None:
        """Start the offline demo server and make it the active provider for this session."""
        await self._demo.start()
        self.active_changed.emit()

    async def shutdown(self) -> None:
        await self._demo.stop()
