"""Models with a lifecycle in the window: the model list follows the provider, and a model that
was shut down never fails silently — its replacement is named and offered in one click."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from studio.api import Endpoint, GeneratedImage, ImageRequest
from studio.app import build_window
from studio.config import KeyStore, Paths, Provider, ProviderKind, SettingsFile
from studio.core import JobState, settle
from studio.gallery import GalleryStore, Outcome
from studio.localapi import LocalServer
from studio.ui.model_picker import OTHER_MODEL, ModelPicker
from tests.conftest import TEST_KEY_PREFIX, SlowModels
from tests.images import png
from tests.ui.conftest import Workspace, choose, find, finished, type_prompt, until

TODAY = date(2026, 12, 1)
REPLACEMENT = "gpt-image-2.6-sunburst"


def shown(picker: ModelPicker) -> list[tuple[str, str]]:
    """(name, label) of each model in the list, in order, separators left out."""
    return [
        (picker.itemData(i), picker.itemText(i))
        for i in range(picker.count())
        if picker.itemData(i) is not None
    ]


async def test_openai_list_live_first_deprecated_dated_shut_down_hidden(
    openai_workspace: Workspace,
) -> None:
    window, session, _ = openai_workspace
    session.today = lambda: date(2026, 11, 1)  # a month before the December shutdowns
    await session.refresh_models(force=True)
    items = shown(window.params.model)
    names = [name for name, _ in items]
    assert names[:2] == ["gpt-image-2.6-sunburst", "gpt-image-2.6-flare"]
    assert ("gpt-image-2.6-flare", "gpt-image-2.6-flare (fast)") in items
    deprecated = names.index("gpt-image-1.5")
    assert all(name.startswith("gpt-image-2") for name in names[:deprecated])
    assert dict(items)["gpt-image-1.5"] == "gpt-image-1.5  (until 2026-12-01)"
    assert "gpt-image-1" not in names  # shut down in October
    assert "dall-e-2" not in names
    assert names[-1] == OTHER_MODEL
    picker = window.params.model
    tooltip = picker.itemData(picker.findData("gpt-image-1.5"), Qt.ItemDataRole.ToolTipRole)
    assert "stops working on 2026-12-01" in tooltip
    assert REPLACEMENT in tooltip
    # On the day itself, the deprecated ones are gone from the list.
    session.today = lambda: TODAY
    await session.refresh_models(force=True)
    assert "gpt-image-1.5" not in [name for name, _ in shown(window.params.model)]


async def test_a_compatible_servers_list_is_shown_as_it_is(workspace: Workspace) -> None:
    window, session, _ = workspace
    session.today = lambda: TODAY
    await session.refresh_models(force=True)
    listed = session.provider_models
    assert listed is not None
    items = shown(window.params.model)
    assert [name for name, _ in items][:-1] == [m.id for m in listed]
    assert dict(items)["gpt-image-1.5"] == "gpt-image-1.5  (shut down 2026-12-01)"
    assert dict(items)[OTHER_MODEL] == "Other model (compatible server)…"


async def test_a_gone_model_names_its_replacement_and_retries_with_it_in_one_click(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, session, queue = workspace
    session.today = lambda: TODAY
    await session.refresh_models(force=True)
    choose(window.params.model, "gpt-image-1.5")  # listed by the server, no longer served
    type_prompt(window, qtbot, "a lighthouse at dusk")
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    await finished(queue)
    (job,) = queue.jobs
    assert job.state is JobState.FAILED
    assert job.replacement == REPLACEMENT
    assert REPLACEMENT in job.message  # a sentence, not a raw 404
    row = window.jobs.row(job)
    assert row.message.text().startswith(job.message)
    assert row.use_replacement.text() == f"Use {REPLACEMENT}"
    assert row.retry_with.text() == f"Retry with {REPLACEMENT}"
    assert not row.retry.isVisible()  # the retry offered is the one with the replacement
    assert job.message in window.notices.label.text()
    find(window.notices, QPushButton, f"Use {REPLACEMENT} and retry")  # offered there too

    qtbot.mouseClick(row.retry_with, Qt.MouseButton.LeftButton)
    assert window.params.model_name == REPLACEMENT
    await until(lambda: len(queue.jobs) == 2)
    await finished(queue)
    retried = queue.jobs[-1]
    assert retried.request.model == REPLACEMENT
    assert retried.state is JobState.DONE, retried.message
    assert retried.image_ids


async def test_the_notice_button_switches_the_model(
    openai_workspace: Workspace, qtbot: QtBot
) -> None:
    window, session, queue = openai_workspace
    provider = session.active_provider
    assert provider is not None
    request = ImageRequest(Endpoint.GENERATIONS, "a kite", model="gpt-image-1.5")
    (job,) = queue.submit(request, provider, session.active_key.value)  # an old job, say
    await finished(queue)
    assert job.state is JobState.FAILED
    assert f"Use {REPLACEMENT}" in job.message or REPLACEMENT in job.message
    window.params.apply({"model": "gpt-image-2"})
    button = find(window.notices, QPushButton, f"Use {REPLACEMENT}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.params.model_name == REPLACEMENT
    # Retrying the old job as it was maps the shut-down model too, and says so.
    (again,) = queue.retry(job)
    assert again.request.model == REPLACEMENT
    assert "gpt-image-1.5 has been shut down: the job was retried with" in (
        window.notices.label.text()
    )
    await finished(queue)
    assert again.state is JobState.DONE, again.message


async def test_reusing_an_image_of_a_shut_down_model_takes_its_replacement(
    openai_workspace: Workspace,
) -> None:
    window, _, _ = openai_workspace
    old = ImageRequest(Endpoint.GENERATIONS, "a red kite", model="gpt-image-1.5", quality="high")
    with GalleryStore(Paths.from_environment().data) as store:
        (record,) = store.save(Outcome(old, (GeneratedImage(png(), "png"),)))
    window.reuse(record, all_settings=True)
    assert window.params.model_name == REPLACEMENT
    assert window.params.quality.currentData() == "high"
    assert (
        f"Image {record.id} was made with gpt-image-1.5, which was shut down on 2026-12-01: "
        f"its settings are taken with {REPLACEMENT}."
    ) in window.notices.label.text()


def _remember(paths: Paths, provider: Provider, model: str) -> None:
    state = QSettings(str(paths.config / "window.ini"), QSettings.Format.IniFormat)
    state.setValue("params/model", model)
    state.sync()
    settings_file = SettingsFile(paths.settings_file)
    settings = settings_file.load().settings.with_providers((provider,), provider.id)
    settings_file.save(settings)
    KeyStore().set(provider, TEST_KEY_PREFIX + "start")


async def test_a_remembered_shut_down_model_gives_way_at_start_and_says_so(
    qtbot: QtBot, local_server: LocalServer
) -> None:
    paths = Paths.from_environment()
    provider = Provider("o", "OpenAI", ProviderKind.OPENAI, base_url=local_server.base_url)
    _remember(paths, provider, "gpt-image-1.5")
    window, session, queue = build_window(paths)
    qtbot.addWidget(window)
    window.show()
    await session.refresh_active_key()
    assert window.params.model_name == REPLACEMENT
    assert (
        f"gpt-image-1.5 was shut down on 2026-12-01: Studio now uses {REPLACEMENT} in its place."
    ) in window.notices.label.text()
    await queue.link.close()
    await session.shutdown()
    await settle()


async def test_start_up_shows_the_window_before_a_slow_provider_answers(
    qtbot: QtBot, slow_models: SlowModels
) -> None:
    paths = Paths.from_environment()
    provider = Provider("o", "OpenAI", ProviderKind.OPENAI, base_url=slow_models.base_url)
    _remember(paths, provider, "gpt-image-2")
    window, session, queue = build_window(paths)
    qtbot.addWidget(window)
    window.show()
    started = time.monotonic()
    await session.refresh_active_key()
    assert time.monotonic() - started < 1.0  # the list is asked for in the background
    assert window.isVisible()
    assert window.params.model_name == "gpt-image-2"  # the table stands meanwhile
    gaps: list[float] = []
    last = time.monotonic()

    def beat() -> None:
        nonlocal last
        now = time.monotonic()
        gaps.append(now - last)
        last = now

    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    await until(lambda: session.provider_models is not None)
    heartbeat.stop()
    assert slow_models.asked == 1
    assert max(gaps) < 0.25, max(gaps)  # the window kept painting while it waited
    assert len(gaps) > 50
    await queue.link.close()
    await session.shutdown()
    await settle()
