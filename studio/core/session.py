"""The session: settings, the active provider and its key, the models it offers, and the
actions that change them.

Keychain calls can block (an unlock prompt, a slow D-Bus), so they run in a thread; widgets wait
for them through async actions and observe the outcome through signals. Which models the active
provider offers (and when each shuts down) is asked in the background whenever the provider
changes, from a list cached a day: until it answers, the cache or Studio's own table stands.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from studio.api import (
    ApiError,
    Lifecycle,
    ModelCache,
    ModelInfo,
    ProviderModel,
    is_image_model,
    lifecycle_for,
    model_choices,
    replacement_for,
)
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
from studio.core.locale_format import format_day
from studio.core.tasks import spawn
from studio.localapi import DEMO_KEY

if TYPE_CHECKING:
    from studio.api import ImagesClient

__all__ = ["DEMO_PROVIDER_ID", "ConnectionCheck", "Session"]

log = logging.getLogger(__name__)

DEMO_PROVIDER_ID = "demo"


def _images_client(provider: Provider, key: str) -> ImagesClient:
    """A client, made in a thread by the callers: importing the HTTP stack (httpx2, TLS) and
    building its TLS context take 300+ ms of CPU, which on the GUI thread was a 0.7 s freeze
    right after the window showed, when the model list is refreshed."""
    # The HTTP stack's loop backend too: its first use on the GUI thread imported it (33 ms).
    import anyio._backends._asyncio  # noqa: F401

    from studio.api import ImagesClient

    return ImagesClient(provider, key)


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
    #: ``model_choices`` changed (the new tuple of ``ModelInfo``).
    model_choices_changed = Signal(object)

    def __init__(
        self,
        settings_file: SettingsFile,
        keys: KeyStore,
        loaded: LoadedSettings,
        models_cache: ModelCache | None = None,
    ) -> None:
        super().__init__()
        self.keys = keys
        self._file = settings_file
        self._settings = loaded.settings
        #: Shown once at start when the settings file could not be used as it was.
        self.startup_notice = loaded.notice
        self._demo = DemoServer()
        self._active_key = StoredKey("", KeySource.NONE)
        #: What day it is for the models' lifecycle (tests set another).
        self.today: Callable[[], date] = date.today
        self._models_cache = models_cache or ModelCache()
        #: The active provider's ``/models`` list; None until it (or the cache) answered.
        self._provider_models: tuple[ProviderModel, ...] | None = None
        #: The provider ``_provider_models`` belong to.
        self._models_for: Provider | None = None
        self._model_choices = self._choices(None)
        self._models_task: asyncio.Task[None] | None = None

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
                name=self.tr("Offline demo server"),
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
        self._refresh_models_soon()

    # -- the models the active provider offers ----------------------------------------------

    @property
    def model_choices(self) -> tuple[ModelInfo, ...]:
        """What the model list shows for the active provider, in order (``model_choices``)."""
        return self._model_choices

    @property
    def provider_models(self) -> tuple[ProviderModel, ...] | None:
        return self._provider_models

    def replacement_for(self, model: str) -> str | None:
        """The model to use instead of ``model`` when the active provider no longer serves it;
        None while it does (or may: a compatible server without its own date for it)."""
        provider = self.active_provider
        today = self.today()
        if provider is None:
            return None
        openai = provider.kind is ProviderKind.OPENAI
        if not openai and self._provider_models is None:
            return None  # a compatible server's own list decides, and it has not answered
        return replacement_for(model, today, self._provider_models, openai=openai)

    def lifecycle(self, model: str) -> ModelInfo:
        """``model``'s lifecycle as the table and the active provider's list say."""
        info = lifecycle_for(model)
        entry = next((m for m in self._provider_models or () if m.id == model), None)
        if entry is None:
            return info
        provider = self.active_provider
        openai = provider is not None and provider.kind is ProviderKind.OPENAI
        # The table's dates are OpenAI's: a compatible server that lists a model decides.
        return replace(info, shutdown=entry.shutdown_date or (info.shutdown if openai else None))

    def _choices(self, models: tuple[ProviderModel, ...] | None) -> tuple[ModelInfo, ...]:
        provider = self.active_provider
        openai = provider is not None and provider.kind is ProviderKind.OPENAI
        return model_choices(models, openai=openai, today=self.today())

    def _set_models(self, models: tuple[ProviderModel, ...] | None) -> None:
        self._provider_models = models
        choices = self._choices(models)
        if choices != self._model_choices:
            self._model_choices = choices
            self.model_choices_changed.emit(choices)

    def _refresh_models_soon(self) -> None:
        provider = self.active_provider
        if provider != self._models_for:
            # Another provider: its kind's table at once, its own list when it answers.
            self._models_for = provider
            self._set_models(None)
        if self._models_task is not None:
            self._models_task.cancel()
        self._models_task = spawn(self.refresh_models())

    async def refresh_models(self, *, force: bool = False) -> None:
        """Learn which models the active provider offers: from the cache while it is fresh
        (unless ``force``), else by asking it. Failing that (offline, a refused key) the cached
        list or the table stands; the failure is logged, never shown as an error."""
        provider, key = self.active_provider, self.active_key.value
        if provider is None or provider.kind is ProviderKind.AZURE or not self.ready:
            # An Azure deployment is one model, not a list to choose from.
            self._set_models(None)
            return
        cache = self._models_cache
        fresh = None if force else await asyncio.to_thread(cache.fresh, provider.id)
        if fresh is not None:
            self._set_models(fresh)
            return
        stale = await asyncio.to_thread(cache.load, provider.id)
        self._set_models(stale[0] if stale else None)
        try:
            async with await asyncio.to_thread(_images_client, provider, key) as client:
                models = await client.list_models()
        except ApiError as error:
            log.info("the models of %s stay as they were: %s", provider.name, error.message)
            return
        if self.active_provider != provider:
            return  # the user moved on meanwhile
        self._set_models(models)
        await self._keep_models(provider, models)

    async def _keep_models(self, provider: Provider, models: tuple[ProviderModel, ...]) -> None:
        try:
            await asyncio.to_thread(self._models_cache.save, provider.id, models)
        except OSError as error:
            log.warning("the models of %s could not be cached: %s", provider.name, error)

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
                    self.keys.keychain_problem
                    + " "
                    + self.tr(
                        "The key for {name} is kept for this session only; set {variable} to "
                        "keep it across sessions."
                    ).format(name=provider.name, variable=provider.kind.key_variable)
                )
        if leave_demo:
            await self._demo.stop()
        self.settings_changed.emit()
        await self.refresh_active_key()

    async def check_connection(self, provider: Provider, key: str) -> ConnectionCheck:
        """Ask the provider for its models, as the official SDK's ``models.list()`` does: how
        many image models the key may use, and which of them shut down soon. The answer for
        the active provider also refreshes its model list."""
        provider = provider.resolved()
        problem = provider.problem()
        if problem:
            return ConnectionCheck(False, problem)
        try:
            async with await asyncio.to_thread(_images_client, provider, key) as client:
                models = await client.list_models()
        except ApiError as error:
            return ConnectionCheck(False, error.message)
        if provider.kind is ProviderKind.AZURE:
            return ConnectionCheck(True, self.tr("Connected to {name}.").format(name=provider.name))
        if provider == self.active_provider and key == self.active_key.value:
            self._set_models(models)
            await self._keep_models(provider, models)
        openai = provider.kind is ProviderKind.OPENAI
        today = self.today()
        usable = [
            info
            for info in model_choices(models, openai=openai, today=today)
            if info.state(today) is not Lifecycle.SHUT_DOWN
        ]
        image_count = sum(1 for m in models if is_image_model(m.id, openai=openai))
        text = self.tr(
            "Connected to {name}: this key may use %n image model(s)", None, len(usable)
        ).format(name=provider.name)
        if not openai:
            text = self.tr(
                "Connected to {name}: %n model(s) offered, {images} of them for images",
                None,
                len(models),
            ).format(name=provider.name, images=image_count)
        ending = [
            self.tr("{model} on {day}").format(model=info.name, day=format_day(info.shutdown))
            for info in usable
            if info.state(today) is Lifecycle.DEPRECATED and info.shutdown is not None
        ]
        if ending:
            text += self.tr(". Shutting down: {models}").format(models=", ".join(ending))
        return ConnectionCheck(True, text + ".")

    async def use_demo_server(self) -> None:
        """Start the offline demo server and make it the active provider for this session."""
        await self._demo.start()
        self.active_changed.emit()
        self._refresh_models_soon()

    async def shutdown(self) -> None:
        if self._models_task is not None:
            self._models_task.cancel()
        await self._demo.stop()
