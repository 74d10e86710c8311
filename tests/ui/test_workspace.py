"""The generation workspace, driven as a person would against the local server."""

from __future__ import annotations

import asyncio
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from studio.config import Paths
from studio.core import JobState
from studio.gallery import GalleryStore, Query, Status
from studio.localapi import Fault, FaultKind, FaultPlan
from tests.ui.conftest import Workspace, choose, drop_files, finished, type_prompt, until


async def test_generate_shows_partials_then_the_final_image_and_keeps_it(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    choose(window.params.size, "1024x1024")
    window.params.stream.setChecked(True)
    window.params.partials.setValue(2)
    type_prompt(window, qtbot, "a lighthouse at dusk")
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    (job,) = queue.jobs
    await until(lambda: job.partials_received >= 1)
    assert window.canvas.current_image is not None  # a partial is on the canvas
    await finished(queue)
    assert job.state is JobState.DONE
    assert len(job.image_ids) == 1
    assert window.canvas.current_image is not None
    await until(lambda: window.recent.model.rowCount() == 1)  # read from the gallery
    assert "cost $" in window.usage_label.text()
    with GalleryStore(Paths.from_environment().data) as store:
        (record,) = store.query(Query(text="lighthouse")).images
    assert record.id == job.image_ids[0]
    assert window.prompt.recent.itemData(1) == "a lighthouse at dusk"


async def test_ctrl_enter_generates(workspace: Workspace, qtbot: QtBot) -> None:
    window, _, queue = workspace
    type_prompt(window, qtbot, "a kite")
    qtbot.keyClick(window.prompt.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(queue.jobs) == 1
    await finished(queue)


@pytest.mark.parametrize(
    ("model", "usable", "disabled"),
    [
        ("dall-e-3", ["style", "response_format"], ["background", "stream", "moderation"]),
        ("gpt-image-1.5", ["background", "stream", "moderation"], ["style", "complexity"]),
        ("gpt-image-2", ["background", "quality"], ["style", "complexity"]),
        ("gpt-image-2.6-sunburst", ["complexity", "output_format"], ["style", "frame_count"]),
    ],
)
async def test_controls_follow_the_model(
    workspace: Workspace, model: str, usable: list[str], disabled: list[str]
) -> None:
    params = workspace[0].params
    choose(params.model, model)
    for name in usable:
        assert params.controls[name].isEnabled(), name
        assert not params._reasons[name].isVisibleTo(params), name
    for name in disabled:  # still there, greyed, saying why (once for neighbours alike)
        assert not params._rows[name].isHidden(), name
        assert not params.controls[name].isEnabled(), name
        assert params._reasons[name].text(), name


async def test_gif_and_free_sizes_show_their_own_controls(workspace: Workspace) -> None:
    params = workspace[0].params
    choose(params.model, "gpt-image-2.6-flare")
    choose(params.output_format, "gif")
    assert params.controls["frame_count"].isEnabled()
    assert not params.stream.isEnabled()
    assert params._reasons["stream"].text() == "GIF images cannot stream."
    assert params._rows["custom_size"].isHidden()  # noise while a fixed size is chosen
    choose(params.size, "__custom__")
    assert not params._rows["custom_size"].isHidden()
    params.width_box.setValue(1920)
    params.height_box.setValue(1088)
    assert params.aspect.text() == "30:17"
    assert params.request("x").size == "1920x1088"


async def test_a_refused_combination_is_explained_and_blocks_sending(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    choose(window.params.model, "gpt-image-1.5")
    choose(window.params.background, "transparent")
    choose(window.params.output_format, "jpeg")
    type_prompt(window, qtbot, "a sticker")
    note = window.params._notes["background"]
    assert note.isVisible()
    assert "png or webp" in note.text()
    assert not window.prompt.generate.isEnabled()
    window.generate()
    assert queue.jobs == []
    choose(window.params.output_format, "png")
    assert not note.isVisible()
    assert window.prompt.generate.isEnabled()


async def test_a_rate_limit_is_waited_out(
    workspace: Workspace, qtbot: QtBot, faults: FaultPlan
) -> None:
    window, _, queue = workspace
    faults.add(Fault(FaultKind.RATE_LIMIT, seconds=0.3))
    type_prompt(window, qtbot, "patience")
    window.generate()
    await finished(queue)
    assert queue.jobs[0].state is JobState.DONE


async def test_a_cut_stream_fails_keeps_its_preview_and_can_be_retried(
    workspace: Workspace, qtbot: QtBot, faults: FaultPlan
) -> None:
    window, _, queue = workspace
    window.params.stream.setChecked(True)
    window.params.partials.setValue(3)
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=2))
    type_prompt(window, qtbot, "interrupted")
    window.generate()
    await finished(queue)
    (job,) = queue.jobs
    assert job.state is JobState.FAILED
    assert job.kept_image_id is not None
    assert window.canvas.current_image is not None  # the last preview stays on screen
    row = window.jobs.row(job)
    # the words match what happened: kept, in the gallery, under this id
    assert f"last preview was kept in the gallery as image {job.kept_image_id}" in (
        row.message.text()
    )
    assert job.request_id is None or row.request.text().endswith(job.request_id)
    with GalleryStore(Paths.from_environment().data) as store:
        kept = store.get(job.kept_image_id)
    assert kept is not None
    assert kept.generation.status is Status.PARTIAL
    # It is in the recent strip at once, as it will be after a restart.
    await until(lambda: window.recent.model.row_of(kept.id) == 0)
    retry = next(b for b in row.findChildren(QPushButton) if b.text() == "Retry")
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    await finished(queue)
    assert queue.jobs[-1].state is JobState.DONE


async def test_escape_cancels_the_newest_job(
    workspace: Workspace, qtbot: QtBot, faults: FaultPlan
) -> None:
    window, _, queue = workspace
    faults.add(Fault(FaultKind.LATENCY, seconds=5))
    type_prompt(window, qtbot, "never mind")
    window.generate()
    await until(lambda: queue.jobs[0].state is JobState.SENDING)
    window.cancel_action.trigger()
    await finished(queue)
    assert queue.jobs[0].state is JobState.CANCELLED


async def test_streaming_several_images_fills_a_grid_live(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    window.params.stream.setChecked(True)
    window.params.partials.setValue(1)
    window.params.count.setValue(3)
    type_prompt(window, qtbot, "three kites")
    window.generate()
    assert len(queue.jobs) == 3
    assert {job.group for job in queue.jobs} == {queue.jobs[0].group}
    assert window.canvas.cell_count == 3
    await finished(queue)
    assert all(cell is not None for cell in window.canvas._cells)
    assert all(job.request.n == 1 for job in queue.jobs)


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
async def test_quitting_with_a_running_job_asks_first(
    workspace: Workspace,
    qtbot: QtBot,
    faults: FaultPlan,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    window, _, queue = workspace
    asked: list[str] = []

    def question(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    faults.add(Fault(FaultKind.LATENCY, seconds=3))
    type_prompt(window, qtbot, "slow")
    window.generate()
    window.close()
    assert asked
    assert "still running" in asked[0]
    assert window.isVisible() is (answer is QMessageBox.StandardButton.No)
    queue.cancel_newest()
    await finished(queue)


async def test_without_a_prompt_nothing_is_sent_and_the_user_is_told(
    workspace: Workspace,
) -> None:
    window, _, queue = workspace
    window.generate()
    assert queue.jobs == []
    assert "Write a prompt" in window.prompt.note.text()
    assert isinstance(window.prompt.note, QLabel)


async def test_when_the_worker_dies_the_job_fails_and_the_next_one_works(
    workspace: Workspace, qtbot: QtBot, faults: FaultPlan
) -> None:
    window, _, queue = workspace
    faults.add(Fault(FaultKind.LATENCY, seconds=2))
    type_prompt(window, qtbot, "doomed")
    window.generate()
    await until(lambda: queue.link.running)
    await asyncio.sleep(0.3)
    queue.link._process.kill()  # type: ignore[union-attr]
    await finished(queue)
    (job,) = queue.jobs
    assert job.state is JobState.FAILED
    assert job.retryable
    assert "stopped unexpectedly" in window.notices.label.text()
    type_prompt(window, qtbot, "after the restart")
    window.generate()
    await finished(queue)
    assert queue.jobs[-1].state is JobState.DONE


async def test_zooming_in_past_the_fitted_copy_shows_the_full_image(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    choose(window.params.size, "1536x1024")
    type_prompt(window, qtbot, "a detailed map")
    window.generate()
    await finished(queue)
    fitted = window.canvas._cells[0]
    assert fitted is not None
    assert fitted.width < 1536  # sized to the canvas, cheap to paint
    window.canvas.actual_size()
    await until(lambda: window.canvas._cells[0].width == 1536)  # type: ignore[union-attr]
    assert window.canvas.zoom == 1.0


async def test_copy_export_and_drop(
    workspace: Workspace,
    qtbot: QtBot,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QFileDialog

    from studio.gallery.embedded import read
    from tests.images import png

    window, _, queue = workspace
    type_prompt(window, qtbot, "a keeper")
    window.generate()
    await finished(queue)
    window.images.copy_shown()  # read whole in the background when the view shows less
    await until(lambda: not QGuiApplication.clipboard().image().isNull())
    target = tmp_path / "kept.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.images.export_shown()
    await until(lambda: target.with_suffix(".xmp").exists())
    assert read(target.read_bytes()).parameters is None  # the bytes as they came
    assert json.loads((tmp_path / "kept.png.json").read_text())["prompt"] == "a keeper"
    inside = tmp_path / "inside.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(inside), ""))
    assert "invalidates content credentials" in window.export_inside_action.text()
    window.export_inside_action.trigger()
    await until(inside.exists)
    assert read(inside.read_bytes()).parameters.startswith("a keeper\n")  # type: ignore[union-attr]
    dropped = tmp_path / "dropped.png"
    dropped.write_bytes(png(40, 30))
    drop_files(window, [dropped])
    await until(lambda: window.canvas._cells and window.canvas._cells[0].width == 40)
