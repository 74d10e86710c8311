"""GIF and SVG results as a person meets them: a GIF plays, an SVG stays sharp when zoomed,
both have thumbnails, compare shows them, and copy and export hand out the very bytes."""

from __future__ import annotations

import asyncio
import itertools
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from studio.config import Paths
from studio.core import JobQueue, JobState
from studio.gallery import GalleryStore
from studio.ui import MainWindow
from tests.ui.conftest import Workspace, choose, finished, type_prompt, until

#: Has gif and svg in every version of the capability table.
MODEL = "gpt-image-2.6-flare"


async def _generate(
    window: MainWindow, qtbot: QtBot, queue: JobQueue, fmt: str, prompt: str
) -> int:
    """One result of ``fmt`` made through the window, the real worker and the local server
    (gif and svg do not stream); its gallery id."""
    choose(window.params.model, MODEL)
    choose(window.params.size, "1536x1024")
    choose(window.params.output_format, fmt)
    if fmt == "gif":
        window.params.controls["frame_count"].setValue(4)  # type: ignore[attr-defined]
    type_prompt(window, qtbot, prompt)
    window.generate()
    await finished(queue)
    (job,) = queue.jobs
    assert job.state is JobState.DONE, job.message
    return job.image_ids[0]


def _original(image_id: int) -> bytes:
    with GalleryStore(Paths.from_environment().data) as store:
        record = store.get(image_id)
        assert record is not None
        return record.path.read_bytes()


def _repeated_rows(image: QImage) -> float:
    """Share of rows equal to the row above: a picture scaled up from few pixels repeats
    rows in blocks; a picture drawn at the scale shown hardly ever does."""
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = [bytes(image.constScanLine(y))[: image.width() * 4] for y in range(image.height())]
    return sum(a == b for a, b in itertools.pairwise(rows)) / (len(rows) - 1)


async def test_a_gif_plays_on_the_canvas_and_can_be_paused(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    await _generate(window, qtbot, queue, "gif", "a spinning top")
    (picture,) = window.canvas.pictures
    animation = picture.animation
    assert animation is not None
    bar = window.canvas.playback
    assert bar.isVisible()
    assert bar.label.text().endswith("of 4")
    before = window.canvas.grab().toImage()
    await until(lambda: animation.index != 0)
    assert window.canvas.grab().toImage() != before  # another frame was painted
    assert bar.label.text() == f"Frame {animation.index + 1} of 4"
    qtbot.keyClick(window.canvas, Qt.Key.Key_Space)
    assert not animation.playing
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert animation.playing
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert not animation.playing
    paused = animation.index
    await asyncio.sleep(0.6)  # three frames' time
    assert animation.index == paused
    window.canvas.grab().save("/tmp/media-gif-canvas.png")
    # Zoomed in past the fitted copy: the full-size frames come in, paused on the same frame.
    window.canvas.actual_size()
    await until(lambda: window.canvas.pictures[0].pixels.width == 1536)
    sharper = window.canvas.pictures[0].animation
    assert sharper is not None
    await until(lambda: sharper.ready)
    assert (sharper.index, sharper.playing) == (paused, False)
    assert bar.label.text() == f"Frame {paused + 1} of 4"


async def test_an_svg_is_drawn_sharp_at_four_times_zoom(workspace: Workspace, qtbot: QtBot) -> None:
    window, _, queue = workspace
    image_id = await _generate(window, qtbot, queue, "svg", "a badge")
    canvas = window.canvas
    (picture,) = canvas.pictures
    assert picture.vector is not None
    canvas.actual_size()
    canvas.zoom_by(4.0)
    # Drag the right edge of the first circle to the middle: curves to be sharp or not.
    cx, cy, r = (
        float(v) for v in re.findall(rb'cx="(\d+)" cy="(\d+)" r="(\d+)"', _original(image_id))[0]
    )
    middle = canvas.rect().center()
    rect = canvas.shown_rect()
    assert rect is not None
    edge = QPoint(round(rect.x() + (cx + r) * 4), round(rect.y() + cy * 4))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(canvas, middle)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=middle)
    canvas.grab()  # a paint asks for the render at this zoom
    await until(lambda: picture.settled)
    sharp = canvas.grab().toImage()
    sharp.save("/tmp/media-svg-zoom.png")
    assert _repeated_rows(sharp) < 0.5
    # The stand-in pixels scaled to the same zoom, for contrast: blocks of repeated rows.
    picture.vector = None
    assert _repeated_rows(canvas.grab().toImage()) > 0.8


async def _both(window: MainWindow, qtbot: QtBot, queue: JobQueue) -> tuple[int, int]:
    gif = await _generate(window, qtbot, queue, "gif", "a spinning top")
    queue.jobs.clear()
    svg = await _generate(window, qtbot, queue, "svg", "a badge")
    return gif, svg


async def test_the_gallery_shows_both_with_thumbnails_details_and_compare(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    gif, svg = await _both(window, qtbot, queue)
    window.show_gallery()
    gallery = window.gallery
    model = gallery.model
    await until(lambda: model.rowCount() == 2 and not model.fetching)
    assert [model.record(row).id for row in (0, 1)] == [svg, gif]  # type: ignore[union-attr]
    gallery.view.grab()  # painting asks for the thumbnails
    await until(lambda: all(model.cell(row)[0] is not model._placeholder for row in (0, 1)))
    for row in (0, 1):
        thumb = model.cell(row)[0]
        assert thumb is not None
        assert thumb.width() >= 100  # drawn, in the picture's shape
        assert thumb.width() / thumb.height() == pytest.approx(1.5, abs=0.02)
    gallery.view.grab().save("/tmp/media-gallery-grid.png")

    gallery.select_image(gif)
    await until(lambda: gallery.details.record is not None and gallery.details.record.id == gif)
    preview = gallery.details.preview.picture
    assert preview is not None
    assert preview.animation is not None
    await until(lambda: preview.animation.index != 0)  # type: ignore[union-attr]
    gallery.details.grab().save("/tmp/media-details-gif.png")
    gallery.copy_image()
    await until(
        lambda: (
            (copied := QGuiApplication.clipboard().mimeData()) is not None
            and copied.hasFormat("image/gif")
        )
    )
    assert bytes(QGuiApplication.clipboard().mimeData().data("image/gif").data()) == _original(gif)
    gallery.select_image(svg)
    await until(lambda: gallery.details.record is not None and gallery.details.record.id == svg)
    preview = gallery.details.preview.picture
    assert preview is not None
    assert preview.vector is not None
    gallery.details.preview.grab()
    await until(lambda: preview.settled)
    gallery.details.grab().save("/tmp/media-details-svg.png")

    gallery.view.selectAll()
    await until(lambda: gallery.compare_button.isEnabled())
    gallery.compare_button.trigger()
    await until(lambda: getattr(gallery, "compare_dialog", None) is not None)
    view = gallery.compare_dialog.view
    left, right = view.pictures
    assert {left.pixels.source_format, right.pixels.source_format} == {"gif", "svg"}
    animated = left.animation or right.animation
    assert animated is not None
    view.grab()
    await until(lambda: animated.index != 0 and left.settled and right.settled)
    view.grab().save("/tmp/media-compare.png")
    gallery.compare_dialog.close()


async def test_copy_and_export_hand_out_the_original_bytes(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window, _, queue = workspace
    asked: list[str] = []
    target = tmp_path / "exported"

    def answer(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[-1]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    for fmt, mime_type, prompt in (
        ("gif", "image/gif", "a spinning top"),
        ("svg", "image/svg+xml", "a badge"),
    ):
        queue.jobs.clear()
        image_id = await _generate(window, qtbot, queue, fmt, prompt)
        original = _original(image_id)
        window.copy_shown()
        copied = QGuiApplication.clipboard().mimeData()
        assert bytes(copied.data(mime_type).data()) == original
        pixels = QGuiApplication.clipboard().image()
        assert pixels.width() / pixels.height() == pytest.approx(1.5, abs=0.01)
        if fmt == "svg":
            assert (pixels.width(), pixels.height()) == (1536, 1024)  # drawn at its own size
        dragged = window.canvas.drag_mime()
        assert dragged is not None
        assert bytes(dragged.data(mime_type).data()) == original
        target.unlink(missing_ok=True)
        window.export_shown()
        await until(target.exists)
        assert asked[-1].endswith(f"studio-{image_id}.{fmt}")
        assert target.read_bytes() == original


async def test_editing_an_svg_says_why_it_cannot_be(workspace: Workspace, qtbot: QtBot) -> None:
    window, _, queue = workspace
    await _generate(window, qtbot, queue, "svg", "a badge")
    window.edit_shown()
    await until(lambda: "SVG" in window.notices.label.text())
    assert "the Images API edits pictures" in window.notices.label.text()


async def test_an_svg_on_screen_reads_no_file_it_names(qtbot: QtBot, tmp_path: Path) -> None:
    from studio.imaging import display_pixels
    from studio.ui.picture import PictureView
    from tests.images import png

    red = tmp_path / "red.png"
    red.write_bytes(png(40, 40, (255, 0, 0, 255)))
    hostile = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
        f'<rect width="40" height="40" fill="#0000ff"/><image href="{red}" width="40" '
        'height="40"/></svg>'
    ).encode()
    view = PictureView()
    qtbot.addWidget(view)
    view.resize(200, 200)
    view.show_pixels(display_pixels(hostile))
    view.grab()  # asks QtSvg for a render at this size
    picture = view.picture
    assert picture is not None
    await until(lambda: picture.settled)
    shown = view.grab().toImage().pixelColor(100, 100)
    assert (shown.red(), shown.green(), shown.blue()) == (0, 0, 255)  # the rect, not the file
