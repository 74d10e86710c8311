"""The session learns which models the active provider offers: from a day-old cache or by asking
it in the background, never failing loudly, and offers them as ``model_choices``."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, date, datetime, timedelta

import pytest

from studio.api import Lifecycle, ModelCache, ProviderModel
from studio.config import KeyStore, Paths, Provider, ProviderKind, SettingsFile
from studio.core import Session
from studio.localapi import LocalServer
from tests.conftest import TEST_KEY_PREFIX, SlowModels

TODAY = date(2026, 12, 1)


async def session_for(kind: ProviderKind, base_url: str, key: str = "ok") -> Session:
    paths = Paths.from_environment()
    settings_file = SettingsFile(paths.settings_file)
    session = Session(settings_file, KeyStore(), settings_file.load())
    session.today = lambda: TODAY
    provider = Provider("p", "Provider", kind, base_url=base_url)
    settings = session.settings.with_providers((provider,), provider.id)
    await session.apply(settings, {provider.id: TEST_KEY_PREFIX + key})
    return session


async def settled(session: Session) -> None:
    task = session._models_task
    if task is not None:
        await asyncio.wait_for(asyncio.shield(task), 15)


async def test_openai_choices_come_from_its_list_and_are_cached(
    local_server: LocalServer,
) -> None:
    session = await session_for(ProviderKind.OPENAI, local_server.base_url)
    changes: list[object] = []
    session.model_choices_changed.connect(changes.append)
    await settled(session)
    names = [info.name for info in session.model_choices]
    assert names[:2] == ["gpt-image-2.6-sunburst", "gpt-image-2.6-flare"]  # newest live first
    assert "gpt-image-1.5" not in names  # shut down today: hidden for OpenAI
    assert all(info.offered for info in session.model_choices)
    cached = ModelCache().fresh("p")
    assert cached is not None
    assert {m.id: m.shutdown_date for m in cached}["gpt-image-1.5"] == TODAY
    # The same answer again is no change: nothing is emitted.
    count = len(changes)
    await session.refresh_models(force=True)
    assert len(changes) == count
    await session.shutdown()


async def test_a_fresh_cache_is_used_without_asking(slow_models: SlowModels) -> None:
    app, base_url = slow_models, slow_models.base_url
    ModelCache().save("p", (ProviderModel("gpt-image-2"), ProviderModel("my-own-image-model")))
    started = time.monotonic()
    session = await session_for(ProviderKind.COMPATIBLE, base_url)
    await settled(session)
    assert time.monotonic() - started < 2.0  # the slow server was not waited for
    assert app.asked == 0
    # A compatible server's list is shown as it is.
    assert [info.name for info in session.model_choices] == ["gpt-image-2", "my-own-image-model"]
    await session.shutdown()


async def test_a_stale_cache_stands_while_the_provider_is_asked(
    slow_models: SlowModels,
) -> None:
    app, base_url = slow_models, slow_models.base_url
    day_old = datetime.now(UTC) - timedelta(days=2)
    ModelCache().save("p", (ProviderModel("gpt-image-2"),), fetched_at=day_old)
    session = await session_for(ProviderKind.COMPATIBLE, base_url)
    await asyncio.sleep(0.5)
    assert [info.name for info in session.model_choices] == ["gpt-image-2"]  # meanwhile
    await settled(session)
    assert app.asked == 1
    assert "gpt-image-2.6-flare" in [info.name for info in session.model_choices]
    assert ModelCache().fresh("p") is not None
    await session.shutdown()


async def test_an_unreachable_provider_keeps_the_cached_list(
    caplog: pytest.LogCaptureFixture,
) -> None:
    day_old = datetime.now(UTC) - timedelta(days=2)
    ModelCache().save("p", (ProviderModel("gpt-image-2", TODAY + timedelta(30)),), day_old)
    with caplog.at_level(logging.INFO, logger="studio.core.session"):
        # Nothing listens on port 9 of loopback: the connection is refused.
        session = await session_for(ProviderKind.OPENAI, "http://127.0.0.1:9/v1")
        await settled(session)
    (info,) = session.model_choices
    assert info.name == "gpt-image-2"
    assert info.state(TODAY) is Lifecycle.DEPRECATED
    assert "stay as they were" in caplog.text
    await session.shutdown()


async def test_replacements_follow_the_provider(local_server: LocalServer) -> None:
    openai = await session_for(ProviderKind.OPENAI, local_server.base_url)
    await settled(openai)
    assert openai.replacement_for("gpt-image-1.5") == "gpt-image-2.6-sunburst"
    assert openai.replacement_for("gpt-image-2") is None
    await openai.shutdown()
    ModelCache().save("q", (ProviderModel("gpt-image-1.5"),))  # a server that still serves it
    paths = Paths.from_environment()
    settings_file = SettingsFile(paths.settings_file)
    compatible = Session(settings_file, KeyStore(), settings_file.load())
    provider = Provider("q", "Mine", ProviderKind.COMPATIBLE, base_url=local_server.base_url)
    await compatible.apply(
        compatible.settings.with_providers((provider,), "q"), {"q": TEST_KEY_PREFIX + "q"}
    )
    await settled(compatible)
    assert compatible.replacement_for("gpt-image-1.5") is None
    await compatible.shutdown()
