"""GIF and SVG results as a person meets them: a GIF plays, an SVG stays sharp when zoomed,
both have thumbnails, compare shows them, and copy and export hand out the very bytes."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from studio.config import Paths
from studio.core import JobState
from studio.gallery import GalleryStore
from studio.ui import MainWindow
from tests.ui.conftest import Workspace, choose, finished, type_prompt, until

#: Has gif and svg in every version of the capability table.
MODEL = "gpt-image-2.6-flare"


async def _generate(window: MainWindow, qtbot: QtBot, queue, fmt: str, prompt: str) -> int:  # type: ignore[no-untyped-def]
    choose(window.params.model, MODEL)
    choose(window.params.size, "1536x1024")
    choose(window.params.output_format, fmt)
    if fmt == "gif":
        window.params.frames.setValue(4)
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
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert not animation.playing
    paused = animation.index
    await qtbot_wait(0.6)
    assert animation.index == paused
    window.canvas.grab().save("/tmp/media-gif-canvas.png")


async def qtbot_wait(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


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
