"""The Batch page and the Generate button's estimate, driven as a person would."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.api import Endpoint, ImageFile, ImageRequest
from studio.config import CapAction, CapPeriod, Paths, SettingsFile, SpendingCap
from studio.core.locale_format import format_money
from studio.gallery import GalleryStore, RequestState
from studio.localapi import LocalServer
from studio.ui.params_panel import ParamsPanel
from studio.ui.spending_dialog import open_spending_dialog
from tests.conftest import requests_from_now
from tests.images import png
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
    choose(page.via, False)  # live: the Batch API preview is no longer what would be sent
    assert page.lines.count() == 0
    assert "Batch API" not in page.summary.text()
    choose(page.via, True)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.lines.count() == 3)
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
    await until(lambda: page.list.topLevelItem(0).text(6) == "yes")
    with GalleryStore(Paths.from_environment().data) as store:
        (record,) = store.journal.batches()
        assert len(list(store.journal.batch_images(record.id))) == 3
    assert record.cost is not None
    assert page.list.topLevelItem(0).text(5) == format_money(record.cost)  # beside the estimate


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
    await until(lambda: window.status_line.estimate.text().startswith("Estimate: $0.139"))
    assert window.status_line.estimate.text() in window.prompt.generate.toolTip()
    params.model.setCurrentIndex(params.model.findData("gpt-image-2"))
    await until(lambda: "unknown" in window.status_line.estimate.text())


async def test_spending_caps_are_set_in_settings(workspace: Workspace, qtbot: QtBot) -> None:
    window, session, _ = workspace
    dialog = open_spending_dialog(window, session, window.batch_page.batches, window.start)
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


async def test_a_live_run_goes_through_the_windows_queue_and_the_gallery_filters_by_it(
    workspace: Workspace, qtbot: QtBot, local_server: LocalServer
) -> None:
    window, _, queue = workspace
    window.show_batches()
    page = window.batch_page
    queue.concurrency = 1
    qtbot.keyClicks(page.template, "a {red|green|blue} kite")
    choose(page.via, False)  # live
    await until(page.send_button.isEnabled)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    await until(lambda: len(queue.jobs) == 3)
    # The window's one-at-a-time limit holds the run's requests too.
    assert sum(1 for job in queue.jobs if job.started is not None) == 1
    assert [job.request.prompt for job in queue.jobs] == [
        "a red kite",
        "a green kite",
        "a blue kite",
    ]
    await until(lambda: "finished: 3 of 3 done" in window.notices.label.text())
    await until(lambda: "finished" in page.summary.text())
    assert "Running" not in page.summary.text()
    await until(lambda: page.list.topLevelItemCount() == 1)
    batch_id = page.list.topLevelItem(0).text(0)
    assert batch_id.startswith("live-")
    await until(lambda: page.list.topLevelItem(0).text(1) == "completed")
    page.list.setCurrentItem(page.list.topLevelItem(0))
    assert not page.fetch_button.isEnabled()  # kept as each line came back

    type_prompt(window, qtbot, "a lone hare")
    window.generate()
    await finished(queue)
    window.gallery_action.trigger()
    gallery = window.gallery
    await until(lambda: gallery.batch_filter.findData(batch_id) > 0)
    await until(lambda: gallery.model.rowCount() == 4)
    choose(gallery.batch_filter, batch_id)
    await until(lambda: gallery.model.rowCount() == 3)
    with GalleryStore(Paths.from_environment().data) as store:
        assert len(list(store.journal.batch_images(batch_id))) == 3

    choose(gallery.batch_filter, "")  # all batches again
    await until(lambda: gallery.model.rowCount() == 4)
    window.show_batches()
    await until(page.images_button.isEnabled)
    qtbot.mouseClick(page.images_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is gallery
    assert gallery.batch_filter.currentData() == batch_id
    await until(lambda: gallery.model.rowCount() == 3)


async def test_a_past_batch_is_loaded_to_run_again_with_changes(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, _ = workspace
    window.show_batches()
    page = window.batch_page
    choose(window.params.quality, "medium")
    qtbot.keyClicks(page.template, "a small {subject}")
    page.values.setPlainText("fox\nowl")
    page.matrix.setText("size=1024x1024,1536x1024")
    await until(page.send_button.isEnabled)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.list.topLevelItemCount() == 1)
    batch_id = page.list.topLevelItem(0).text(0)
    for field in (page.template, page.matrix):
        field.clear()
    page.values.clear()
    choose(window.params.quality, "high")  # the panel moves on; the batch keeps its own

    page.list.setCurrentItem(page.list.topLevelItem(0))
    await until(page.rerun_button.isEnabled)
    qtbot.mouseClick(page.rerun_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.template.text() == "a small {subject}")
    assert page.values.toPlainText() == "fox\nowl"
    assert page.matrix.text() == "size=1024x1024,1536x1024"
    assert page.via.currentData() is True
    assert "medium" in page.parameters.text()
    assert batch_id in page.parameters.text()
    page.values.setPlainText("fox\nowl\nhare")  # the change
    await until(page.preview_button.isEnabled)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.lines.count() == 6)
    assert {item.request.quality for item in page.batches.preview.items} == {"medium"}
    qtbot.mouseClick(page.use_panel, Qt.MouseButton.LeftButton)
    assert not page.use_panel.isVisible()
    await until(page.preview_button.isEnabled)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    await until(lambda: {i.request.quality for i in page.batches.preview.items} == {"high"})


async def test_an_edit_batch_sends_its_images_and_mask(
    workspace: Workspace, qtbot: QtBot, local_server: LocalServer, tmp_path: Path
) -> None:
    window, _, _ = workspace
    window.show_batches()
    page = window.batch_page
    assert not page.add_mask.isEnabled()  # a mask needs images to apply to
    (tmp_path / "wall.png").write_bytes(png(64, 64, (200, 40, 40, 255)))
    (tmp_path / "mask.png").write_bytes(png(64, 64, (0, 0, 0, 0)))
    await page.read_inputs([tmp_path / "wall.png"], None)
    await page.read_inputs(None, tmp_path / "mask.png")
    assert page.inputs.text() == "wall.png · mask mask.png"
    qtbot.keyClicks(page.template, "paint the wall {colour}")
    page.values.setPlainText("blue\nyellow")
    await until(page.preview_button.isEnabled)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.lines.count() == 2)
    assert page.summary.text().endswith("; each edits 1 image")
    await until(page.send_button.isEnabled)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.list.topLevelItemCount() == 1)
    batch_id = page.list.topLevelItem(0).text(0)
    with GalleryStore(Paths.from_environment().data) as store:
        record = store.journal.batch(batch_id)
    assert record is not None
    assert record.endpoint == "edits"
    assert [kept["role"] for kept in record.recipe["inputs"]] == ["image", "mask"]
    sent = local_server.batches.files[record.input_file_id]
    first = json.loads(sent.data.splitlines()[0])
    assert first["url"] == "/v1/images/edits"
    assert first["body"]["images"][0]["image_url"].startswith("data:image/png;base64,")
    assert first["body"]["mask"]["image_url"].startswith("data:image/png;base64,")

    qtbot.mouseClick(page.clear_inputs, Qt.MouseButton.LeftButton)
    assert page.inputs.text().startswith("None")
    page.list.setCurrentItem(page.list.topLevelItem(0))
    await until(page.rerun_button.isEnabled)
    qtbot.mouseClick(page.rerun_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.inputs.text().startswith("image-1"))
    assert "mask" in page.inputs.text()


async def test_batches_are_polled_with_the_page_closed_and_their_end_told(
    workspace: Workspace, qtbot: QtBot, local_server: LocalServer
) -> None:
    window, _, _ = workspace
    window.show_batches()
    page = window.batch_page
    local_server.batches.running.clear()  # the batch waits until the test lets it go
    try:
        qtbot.keyClicks(page.template, "a {fox|owl}")
        await until(page.send_button.isEnabled)
        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
        await until(lambda: page.list.topLevelItemCount() == 1)
        batch_id = page.list.topLevelItem(0).text(0)
        window.show_results()
        assert not page.isVisible()
        page.batches.poll.setInterval(50)
    finally:
        local_server.batches.running.set()
    await until(lambda: f"Batch {batch_id} finished: 2 of 2 done" in window.notices.label.text())
    with GalleryStore(Paths.from_environment().data) as store:
        record = store.journal.batch(batch_id)
    assert record is not None
    assert record.status == "completed"


async def test_an_interrupted_edit_is_retried_with_its_kept_images(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    picture = ImageFile(png(64, 64, (10, 120, 200, 255)), "picture.png", "png")
    request = ImageRequest(
        Endpoint.EDITS, "a boat", "gpt-image-2.6-flare", images=(picture,), quality="low"
    )
    with GalleryStore(Paths.from_environment().data) as store:
        for inputs in ((), store.keep_inputs(request)):
            entry = store.journal.begin(
                provider="Local server",
                model=request.model_name,
                endpoint="edits",
                prompt=request.prompt,
                params=request.parameters(),
                estimate=0.01,
                inputs=inputs,
            )
            store.journal.failed(entry, "The connection broke.", may_be_billed=True)
    window.show_batches()
    page = window.batch_page
    await until(lambda: page.interrupted.count() == 2)
    page.interrupted.setCurrentRow(1)  # the older: sent before inputs were kept
    assert not page.retry_button.isEnabled()
    assert "not kept" in page.retry_button.toolTip()
    page.interrupted.setCurrentRow(0)
    assert page.retry_button.isEnabled()
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.interrupted.count() == 1)
    await finished(queue)
    (job,) = queue.jobs
    assert job.request.endpoint is Endpoint.EDITS
    assert job.request.images[0].data == picture.data
    assert job.image_ids
