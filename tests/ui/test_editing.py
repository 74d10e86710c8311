"""Editing and variations in the window, driven as a person would, against the local server."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.api import Endpoint
from studio.config import Paths
from studio.core import JobState
from studio.gallery import GalleryStore
from studio.ui import MainWindow
from studio.ui.gallery_model import GalleryModel
from studio.ui.paint_canvas import LayerKind, PaintCanvas, Tool
from tests.images import opened, png
from tests.ui.conftest import Workspace, choose, finished, type_prompt, until

GREEN = (10, 200, 10, 255)


def newest(model: GalleryModel) -> list[int]:
    """The ids a grid over the gallery shows, first to last."""
    items = (model.record(row) for row in range(model.rowCount()))
    return [item.id for item in items if item is not None]


def image_file(folder: Path, name: str = "photo.png", size=(512, 384), fmt="PNG") -> Path:  # type: ignore[no-untyped-def]
    path = folder / name
    path.write_bytes(png(*size, GREEN, fmt=fmt))
    return path


async def open_for_editing(window: MainWindow, *paths: Path) -> PaintCanvas:
    await window.images.add_files(list(paths))
    canvas = window.editor.canvas
    await until(lambda: canvas.layer is not None and canvas.shown_rect() is not None)
    assert window.pages.currentWidget() is window.editor
    return canvas


def at(canvas: PaintCanvas, x: float, y: float) -> QPoint:
    return canvas.widget_point(x, y)


def drag(qtbot: QtBot, canvas: PaintCanvas, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def gallery() -> GalleryStore:
    return GalleryStore(Paths.from_environment().data)


async def test_a_masked_edit_changes_only_the_masked_area_and_keeps_the_raw_result(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = workspace
    window.gallery.open()
    await until(
        lambda: window.gallery.model.query is not None and not window.gallery.model.fetching
    )
    choose(window.params.model, "gpt-image-2.6-flare")
    canvas = await open_for_editing(window, image_file(tmp_path))
    assert window.prompt.generate.text() == "Edit image"
    assert "Editing 1 image" in window.prompt.mode.text()
    window.editor.set_tool(Tool.RECTANGLE)
    drag(qtbot, canvas, at(canvas, 2, 2), at(canvas, 256, 382))  # the left half
    assert "with a mask" in window.prompt.mode.text()
    type_prompt(window, qtbot, "a red door")
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    await until(lambda: queue.jobs)
    (job,) = queue.jobs
    assert job.request.endpoint is Endpoint.EDITS
    assert job.request.mask is not None
    await finished(queue)
    assert job.state is JobState.DONE, job.message
    assert window.pages.currentWidget() is window.results
    assert window.compare.isVisible()
    assert job.changed_outside[0] is not None
    assert job.changed_outside[0] > 0  # the model drifted outside the mask …
    with gallery() as store:
        kept = store.get(job.image_ids[0])
        raw = store.get(job.raw_image_ids[0] or 0)
        assert kept is not None
        assert raw is not None
        kept_pixels = opened(kept.path.read_bytes()).convert("RGBA")
        raw_pixels = opened(raw.path.read_bytes()).convert("RGBA")
        inputs = store.inputs_of(raw.generation.id)
    assert kept_pixels.size == (512, 384)
    outside = [kept_pixels.getpixel((x, y)) for x in range(300, 512, 30) for y in range(0, 384, 30)]
    assert set(outside) == {GREEN}  # … and it was put back exactly
    assert raw_pixels.getpixel((400, 200)) != GREEN or raw_pixels.getpixel((450, 50)) != GREEN
    assert kept_pixels.getpixel((100, 200)) != GREEN  # the masked half was edited
    assert {role for role, _ in inputs} == {"image", "mask"}
    # Both are in the gallery and the recent strip at once, the kept one first (as after a
    # restart) …
    await until(
        lambda: newest(window.gallery.model) == newest(window.recent.model) == [kept.id, raw.id]
    )
    # … and the request counts once in the status bar's spending, as in the gallery's totals.
    await until(lambda: window.workspace.spending.today > 0)
    assert window.workspace.spending.today == pytest.approx(kept.generation.cost)
    with gallery() as store:
        assert store.stats().cost_today == pytest.approx(window.workspace.spending.today)

    qtbot.mouseClick(window.compare.show_heat, Qt.MouseButton.LeftButton)
    assert window.canvas._overlay is not None
    qtbot.mouseClick(window.compare.show_raw, Qt.MouseButton.LeftButton)
    await until(lambda: window.workspace.shown_image_id == raw.id)
    qtbot.mouseClick(window.compare.show_raw, Qt.MouseButton.LeftButton)
    assert window.workspace.shown_image_id == kept.id


async def test_undo_in_the_editor_takes_back_a_stroke(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window = workspace[0]
    canvas = await open_for_editing(window, image_file(tmp_path))
    drag(qtbot, canvas, at(canvas, 100, 100), at(canvas, 200, 100))
    assert window.undo_action.isEnabled()
    assert canvas.layer is not None
    window.undo_action.trigger()
    assert not canvas.layer.can_undo
    assert window.redo_action.isEnabled()


async def test_mask_and_markup_are_never_sent_together(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = workspace
    choose(window.params.model, "gpt-image-2.6-sunburst")
    canvas = await open_for_editing(window, image_file(tmp_path))
    drag(qtbot, canvas, at(canvas, 50, 50), at(canvas, 150, 50))
    qtbot.mouseClick(window.editor.kind_buttons[LayerKind.MARKUP], Qt.MouseButton.LeftButton)
    assert "Only the markup is sent" in window.notices.label.text()
    window.editor.set_tool(Tool.ARROW)
    drag(qtbot, canvas, at(canvas, 300, 300), at(canvas, 450, 200))
    type_prompt(window, qtbot, "put a bird where the arrow points")
    window.generate()
    await until(lambda: queue.jobs)
    request = queue.jobs[0].request
    assert request.markup is not None
    assert request.mask is None
    assert opened(request.markup.data).size == (512, 384)
    await finished(queue)
    assert queue.jobs[0].state is JobState.DONE, queue.jobs[0].message


async def test_markup_is_offered_only_to_models_that_take_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    window = workspace[0]
    await open_for_editing(window, image_file(tmp_path))
    markup = window.editor.kind_buttons[LayerKind.MARKUP]
    choose(window.params.model, "gpt-image-2.6-sunburst")
    assert markup.isEnabled()
    window.editor.set_kind(LayerKind.MARKUP)
    choose(window.params.model, "gpt-image-1.5")
    assert not markup.isEnabled()
    assert window.editor.kind is LayerKind.MASK
    assert "takes no markup" in window.notices.label.text()


async def test_dall_e_2_inputs_are_converted_and_the_user_is_told(
    retired_workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = retired_workspace
    choose(window.params.model, "dall-e-2")
    choose(window.params.size, "256x256")
    photo = image_file(tmp_path, "photo.jpg", (300, 200), "JPEG")
    canvas = await open_for_editing(window, photo)
    drag(qtbot, canvas, at(canvas, 100, 100), at(canvas, 200, 100))
    type_prompt(window, qtbot, "a sailing boat")
    window.generate()
    await until(lambda: queue.jobs)
    notices = window.notices.label.text()
    assert "padded with transparency to a 300x300 square" in notices
    assert "converted from JPEG to PNG" in notices
    request = queue.jobs[0].request
    (image,) = request.images
    assert (image.format, image.dimensions) == ("png", (300, 300))
    assert request.mask is not None
    alpha = opened(request.mask.data).getchannel("A")
    assert alpha.size == (300, 300)
    assert alpha.getpixel((150, 10)) == 255  # the padding is not to be repainted
    assert alpha.getpixel((150, 150)) == 0  # the stroke, moved down with the image
    await finished(queue)
    assert queue.jobs[0].state is JobState.DONE, queue.jobs[0].message


async def test_bad_inputs_are_refused_with_a_sentence(workspace: Workspace, tmp_path: Path) -> None:
    window = workspace[0]
    choose(window.params.model, "dall-e-2")
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("shopping list")
    await window.images.add_files([not_an_image])
    assert "notes.png could not be opened" in window.notices.label.text()
    assert not window.editor.editing
    await open_for_editing(window, image_file(tmp_path, "a.png"))
    await window.images.add_files([image_file(tmp_path, "b.png")])
    assert len(window.editor.inputs) == 1
    assert "at most 1 input image" in window.notices.label.text()


async def test_several_inputs_reorder_and_the_first_is_the_base(
    workspace: Workspace, tmp_path: Path
) -> None:
    window = workspace[0]
    choose(window.params.model, "gpt-image-1.5")
    first = image_file(tmp_path, "first.png", (512, 384))
    second = image_file(tmp_path, "second.png", (256, 256))
    canvas = await open_for_editing(window, first, second)
    assert [i.name for i in window.editor.inputs] == ["first.png", "second.png"]
    strip = window.editor.strip.list
    moved = strip.takeItem(1)
    strip.insertItem(0, moved)
    window.editor.strip._reordered()
    await until(lambda: canvas.layer is not None and canvas.layer.width == 256)
    assert strip.item(0).text() == "Base"


async def test_edit_a_generated_result_and_the_gallery_links_them(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    choose(window.params.model, "gpt-image-2.6-flare")
    choose(window.params.size, "1024x1024")
    type_prompt(window, qtbot, "a quiet harbour")
    window.generate()
    await finished(queue)
    (generated_id,) = queue.jobs[0].image_ids
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    canvas = window.editor.canvas
    await until(lambda: canvas.layer is not None and window.editor.editing)
    assert window.editor.inputs[0].image_id == generated_id
    drag(qtbot, canvas, at(canvas, 400, 400), at(canvas, 600, 400))
    type_prompt(window, qtbot, "add a lighthouse")
    window.generate()
    await until(lambda: len(queue.jobs) == 2)
    await finished(queue)
    edit = queue.jobs[1]
    assert edit.state is JobState.DONE, edit.message
    with gallery() as store:
        lineage = store.lineage(edit.image_ids[0])
    assert generated_id in [record.id for record, _ in lineage.ancestors]
    window.editor.stop_action.trigger()
    assert not window.editor.editing
    assert window.prompt.generate.text() == "Generate"


async def test_variations_of_the_shown_image(retired_workspace: Workspace, tmp_path: Path) -> None:
    window, _, queue = retired_workspace
    await window.images.open_file(image_file(tmp_path, "cat.png", (400, 300)))
    choose(window.params.model, "dall-e-2")
    choose(window.params.size, "256x256")
    window.params.count.setValue(2)
    assert window.vary_action.isEnabled()
    window.vary_action.trigger()
    await until(lambda: queue.jobs)
    request = queue.jobs[0].request
    assert request.endpoint is Endpoint.VARIATIONS
    assert request.images[0].dimensions == (400, 400)
    await finished(queue)
    job = queue.jobs[0]
    assert job.state is JobState.DONE, job.message
    assert len(job.image_ids) == 2
    with gallery() as store:
        record = store.get(job.image_ids[0])
    assert record is not None
    assert record.generation.kind.value == "variation"
    assert Image.open(io.BytesIO(record.path.read_bytes())).size == (256, 256)


async def test_generate_edits_only_where_the_edit_is_in_view(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = workspace
    await open_for_editing(window, image_file(tmp_path))
    assert window.prompt.generate.text() == "Edit image"
    for page in (window.gallery, window.batch_page):
        window.pages.setCurrentWidget(page)
        assert window.prompt.generate.text() == "Generate"
        assert not window.prompt.mode.isVisible()
    type_prompt(window, qtbot, "a lighthouse")
    qtbot.keyClick(window.prompt.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: queue.jobs)
    assert queue.jobs[0].request.endpoint is Endpoint.GENERATIONS
    await finished(queue)
    assert window.pages.currentWidget() is window.results
    assert window.prompt.generate.text() == "Generate"  # a generation is shown, not the edit
    window.pages.setCurrentWidget(window.editor)
    type_prompt(window, qtbot, "a red door")
    qtbot.keyClick(window.prompt.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: len(queue.jobs) == 2)
    assert queue.jobs[1].request.endpoint is Endpoint.EDITS
    assert window.pages.currentWidget() is window.results
    assert window.prompt.generate.text() == "Edit image"  # its result may be refined
    await finished(queue)


async def test_the_compare_bar_reads_as_its_state_and_the_strip_marks_the_new_result(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = workspace
    choose(window.params.model, "gpt-image-2.6-flare")
    type_prompt(window, qtbot, "a green field")
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    await finished(queue)
    strip = window.recent
    await until(lambda: strip.model.rowCount() == 1)
    base = strip.item(0)
    assert base is not None
    # The person picks the base in the strip (it is the one shown), then edits it.
    strip.view.setCurrentIndex(strip.model.index(0, 0))
    await until(lambda: window.workspace.shown_image_id == base.id)
    await until(window.edit_shown_action.isEnabled)
    window.edit_shown_action.trigger()
    canvas = window.editor.canvas
    await until(lambda: window.pages.currentWidget() is window.editor)
    await until(lambda: canvas.layer is not None and canvas.shown_rect() is not None)
    await until(lambda: window.editor.pages.currentWidget() is canvas and canvas.isVisible())
    await asyncio.sleep(0.1)  # the page's layout settles before the drag is aimed
    window.editor.set_tool(Tool.RECTANGLE)
    drag(qtbot, canvas, at(canvas, 2, 2), at(canvas, 300, 300))
    await until(lambda: "with a mask" in window.prompt.mode.text())
    type_prompt(window, qtbot, "a red door")
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    await until(lambda: len(queue.jobs) == 2)
    await finished(queue)
    job = queue.jobs[-1]
    assert job.state is JobState.DONE, job.message
    kept = job.image_ids[0]
    await until(lambda: strip.model.row_of(kept) is not None)
    await until(lambda: strip.view.currentIndex().row() == strip.model.row_of(kept))
    assert [i.row() for i in strip.view.selectionModel().selectedIndexes()] == [
        strip.model.row_of(kept)
    ]

    bar = window.compare
    await until(bar.isVisible)
    image_top = window.canvas.geometry().top()
    image_height = window.canvas.height()
    assert bar.show_heat.text() == "Show changes outside the mask"
    qtbot.mouseClick(bar.show_heat, Qt.MouseButton.LeftButton)
    assert bar.heat_legend.isVisible()
    assert bar.show_heat.text() == "Hide changes outside the mask"
    QApplication.processEvents()
    # The legend's line was kept for it: the image neither moves nor shrinks.
    assert (window.canvas.geometry().top(), window.canvas.height()) == (image_top, image_height)
    qtbot.mouseClick(bar.show_heat, Qt.MouseButton.LeftButton)
    assert bar.show_heat.text() == "Show changes outside the mask"
    assert not bar.heat_legend.isVisible()

    assert "were put back" in bar.label.text()
    qtbot.mouseClick(bar.show_raw, Qt.MouseButton.LeftButton)
    raw = job.raw_image_ids[0]
    await until(lambda: window.workspace.shown_image_id == raw)
    assert bar.show_raw.text() == "Show the kept result"
    assert "put back" not in bar.label.text()
    assert bar.label.text().startswith("Shown: the model's own result")
    qtbot.mouseClick(bar.show_raw, Qt.MouseButton.LeftButton)
    assert window.workspace.shown_image_id == kept
    assert bar.show_raw.text() == "Show the model's own result"
    assert "were put back" in bar.label.text()
    await until(lambda: strip.view.currentIndex().row() == strip.model.row_of(kept))
