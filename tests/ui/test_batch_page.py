"""The Batch page and the Generate button's estimate, driven as a person would."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.config import CapAction, CapPeriod, Paths, SettingsFile, SpendingCap
from studio.gallery import GalleryStore, RequestState
from studio.localapi import LocalServer
from studio.ui.params_panel import ParamsPanel
from studio.ui.spending_dialog import open_spending_dialog
from tests.conftest import requests_from_now
from tests.ui.conftest import Workspace, choose, finished, gone, type_prompt, until


async def test_a_template_is_previewed_sent_through_the_batch_api_and_kept(
    workspace: Workspace, qtbot: QtBot, local_server: LocalServer
) -> None:
    window, _, _ = workspace
    window.show_batches()
    page = window.batch_page
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.template, "a small {subject}")
    page.values.setPlainText("fox\nowl\nhare")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.lines.count() == 3)
    assert page.summary.text().startswith("3 requests through the Batch API; estimated total")
    assert page.lines.item(0).text().startswith("line-1")
    received = requests_from_now(local_server)

    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.list.topLevelItemCount() == 1)
    assert received() == 0  # the Batch API, not the images endpoint
    for _ in range(100):
        if page.list.topLevelItem(0).text(1) == "completed":
            break
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
        await asyncio.sleep(0.1)
        await until(lambda: page.refresh_button.isEnabled())
    assert page.list.topLevelItem(0).text(1) == "completed"
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert page.fetch_button.isEnabled()
    assert not page.cancel_button.isEnabled()  # a finished batch cannot be cancelled
    qtbot.mouseClick(page.fetch_button, Qt.MouseButton.LeftButton)
    await until(lambda: "3 results of batch_" in window.notices.label.text())
    await until(lambda: page.list.topLevelItem(0).text(5) == "yes")
    with GalleryStore(Paths.from_environment().data) as store:
        (record,) = store.journal.batches()
        assert len(list(store.journal.batch_images(record.id))) == 3


async def test_a_template_that_cannot_expand_says_why(workspace: Workspace, qtbot: QtBot) -> None:
    window, _, _ = workspace
    window.show_batches()
    page = window.batch_page
    qtbot.keyClicks(page.template, "a {colour} {thing}")
    page.values.setPlainText("red")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    await until(lambda: "CSV or TSV" in window.notices.label.text())
    assert page.preview_button.isEnabled()


async def test_interrupted_requests_can_be_retried_or_dismissed(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    with GalleryStore(Paths.from_environment().data) as store:
        for prompt in ("a fox", "an owl"):
            entry = store.journal.begin(
                provider="Local server",
                model="gpt-image-2.6-flare",
                endpoint="generations",
                prompt=prompt,
                params={"quality": "low", "model": "gpt-image-2.6-flare"},
                estimate=0.01,
            )
            store.journal.failed(entry, "The connection broke.", may_be_billed=True)
    window.show_batches()
    page = window.batch_page
    await until(lambda: page.interrupted.count() == 2)
    assert "up to $0.01" in page.interrupted.item(0).text()
    assert page.spent.text().startswith("Spent: $0.02 today")
    assert not page.retry_button.isEnabled()  # nothing chosen yet
    page.interrupted.setCurrentRow(0)  # the newest: an owl
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.interrupted.count() == 1)
    page.interrupted.setCurrentRow(0)
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.interrupted.count() == 0)
    await finished(queue)
    assert queue.jobs[-1].request.prompt == "a fox"
    with GalleryStore(Paths.from_environment().data) as store:
        states = [entry.state for entry in store.journal.entries()]
    assert states.count(RequestState.DISMISSED) == 2
    assert RequestState.DONE in states


async def test_the_generate_button_says_what_it_will_cost(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, _ = workspace
    type_prompt(window, qtbot, "a lighthouse")
    params: ParamsPanel = window.params
    choose(params.model, "gpt-image-1.5")
    choose(params.quality, "high")
    choose(params.size, "1024x1024")
    # $0.133 listed, and two streamed partial images' 200 tokens at $32 per million.
    await until(lambda: window.estimate_label.text().startswith("Estimate: $0.139"))
    assert window.estimate_label.text() in window.prompt.generate.toolTip()
    params.model.setCurrentIndex(params.model.findData("gpt-image-2"))
    await until(lambda: "unknown" in window.estimate_label.text())


async def test_spending_caps_are_set_in_settings(workspace: Workspace, qtbot: QtBot) -> None:
    window, session, _ = workspace
    dialog = open_spending_dialog(window, session, window.batch_page.batches, window._start)
    await until(lambda: dialog.spent.text().startswith("Spent: $0.00 today"))
    assert not dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    limit = dialog.caps.cellWidget(1, 1)
    limit.setValue(20)
    choose(dialog.caps.cellWidget(1, 0), "month")
    choose(dialog.caps.cellWidget(1, 2), "Local server")
    choose(dialog.caps.cellWidget(1, 3), "refuse")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    await until(lambda: gone(dialog))
    assert session.settings.spending_caps == (
        SpendingCap(CapPeriod.DAY, 5.0, CapAction.WARN),
        SpendingCap(CapPeriod.MONTH, 20.0, CapAction.REFUSE, "Local server"),
    )
    saved = SettingsFile(Paths.from_environment().settings_file).load().settings
    assert saved.spending_caps == session.settings.spending_caps


@pytest.fixture
def qasync_policy() -> Iterator[None]:
    """The event-loop policy the app runs under (``qasync.run`` installs it)."""
    previous = asyncio.get_event_loop_policy()
    asyncio.set_event_loop_policy(qasync.DefaultQEventLoopPolicy())
    yield
    asyncio.set_event_loop_policy(previous)


async def test_the_page_works_under_the_apps_event_loop_policy(
    workspace: Workspace, qtbot: QtBot, qasync_policy: None
) -> None:
    window, _, _ = workspace
    window.show_batches()
    page = window.batch_page
    qtbot.keyClicks(page.template, "a {red|blue} kite")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.lines.count() == 2)
