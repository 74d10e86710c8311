"""Screenshots of the real main window for README.md, made against the offline demo server.

    python docs/make_screenshots.py

Runs offscreen in a temporary STUDIO_HOME, so it touches none of your settings or images.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "screenshots"
PROMPT = (
    "A lighthouse on a rocky coast at dusk, warm light in the windows, long-exposure sea, "
    "soft watercolour washes"
)


async def when(queue: Any, condition: Callable[[], bool]) -> None:
    """Wait until ``condition`` holds after one of the queue's changes."""
    reached = asyncio.Event()

    def check(*_: object) -> None:
        if condition():
            reached.set()

    queue.changed.connect(check)
    check()
    await reached.wait()
    queue.changed.disconnect(check)


async def shoot() -> None:
    from studio.app import build_window
    from studio.config import Paths

    window, session, queue = build_window(Paths.from_environment())
    window.resize(1440, 900)
    window.show()
    await session.refresh_active_key()
    window.grab().save(str(HERE / "welcome.png"))
    await session.use_demo_server()
    window.params.stream.setChecked(True)
    window.params.partials.setValue(3)
    window.params.size.setCurrentIndex(window.params.size.findData("1536x1024"))
    window.prompt.set_text(PROMPT)
    window.generate()
    await when(queue, lambda: queue.jobs[0].partials_received > 0)
    await asyncio.sleep(0.1)
    window.grab().save(str(HERE / "mid-stream.png"))
    await when(queue, lambda: all(job.state.finished for job in queue.jobs))
    await asyncio.sleep(0.3)
    window.grab().save(str(HERE / "generated.png"))
    await edit(window, queue)
    window.compare.show_heat.setChecked(False)
    await browse(window)
    await regions_and_expanding(window)
    await media(window, queue)
    await batches(window)
    await queue.link.close()
    await session.shutdown()


async def edit(window: Any, queue: Any) -> None:
    """The generated image in the editor with a mask painted, then the edit's result."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.edit_shown_action.trigger()
    canvas = window.editor.canvas
    while canvas.layer is None or canvas.shown_rect() is None:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.1)
    at = canvas.widget_point
    canvas.brush_size = 120
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(900, 300))
    for step in range(1, 30):
        QTest.mouseMove(canvas, at(900 + step * 12, 300 + step * 9))
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(1248, 561))
    QTest.mouseMove(canvas, at(700, 700))
    window.prompt.set_text("Add a small red sailing boat near the rocks")
    await asyncio.sleep(0.2)
    window.grab().save(str(HERE / "editing.png"))
    window.generate()
    await when(queue, lambda: len(queue.jobs) > 1 and queue.jobs[-1].state.finished)
    await asyncio.sleep(0.3)
    window.compare.show_heat.setChecked(True)
    await asyncio.sleep(0.1)
    window.grab().save(str(HERE / "edited.png"))


async def browse(window: Any) -> None:
    """The gallery with the edit selected: its details and where it came from."""
    window.show_gallery()
    gallery = window.gallery
    while gallery.model.rowCount() < 2:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    gallery.view.setCurrentIndex(gallery.model.index(0))
    await asyncio.sleep(0.8)
    window.grab().save(str(HERE / "gallery.png"))


async def regions_and_expanding(window: Any) -> None:
    """Two regions of the mask with their own instructions; then the canvas expanded."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from studio.core.edit_session import ExpansionChoice
    from studio.imaging import Anchor
    from studio.ui.paint_canvas import Tool

    window.show_editor()
    editor, canvas = window.editor, window.editor.canvas
    canvas.clear_all()
    editor.set_tool(Tool.RECTANGLE)
    at = canvas.widget_point
    for number, (start, end), instruction in (
        (1, ((80, 80), (520, 420)), "a flock of seagulls"),
        (2, ((1000, 640), (1480, 980)), "a small red sailing boat"),
    ):
        if number > 1:
            editor.session.add_region()
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(*start))
        QTest.mouseMove(canvas, at(*end))
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(*end))
        editor.session.set_instruction(number, instruction)  # the panel shows it
    window.prompt.set_text("Keep the watercolour style")
    await asyncio.sleep(0.3)
    window.grab().save(str(HERE / "regions.png"))
    window.params.model.setCurrentIndex(window.params.model.findData("gpt-image-2"))
    editor.session.expansion = ExpansionChoice(2560, 1080, Anchor.LEFT, seam=48)
    while editor._plan is None:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    window.prompt.set_text("The coast goes on to the right: cliffs and a second lighthouse")
    await asyncio.sleep(0.3)
    window.grab().save(str(HERE / "expanding.png"))


async def media(window: Any, queue: Any) -> None:
    """A GIF playing on the canvas, then an SVG drawn sharp at 4x zoom."""
    from PySide6.QtCore import QPointF

    window.editor.stop()  # back to generating
    params = window.params
    params.model.setCurrentIndex(params.model.findData("gpt-image-2.6-flare"))
    params.size.setCurrentIndex(params.size.findData("1536x1024"))
    for fmt, prompt in (("gif", "A paper windmill turning"), ("svg", "A flat badge of a fox")):
        params.output_format.setCurrentIndex(params.output_format.findData(fmt))
        window.prompt.set_text(prompt)
        window.generate()
        await when(queue, lambda: all(job.state.finished for job in queue.jobs))
        if fmt == "gif":
            (playing,) = window.canvas.pictures
            while not playing.settled:  # noqa: ASYNC110 - a poll
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.9)  # a few frames in
            window.grab().save(str(HERE / "gif.png"))
    # The edge of the SVG's most central circle in the middle, at 4x: drawn from the vectors.
    canvas = window.canvas
    (picture,) = canvas.pictures
    circles = re.findall(rb'cx="(\d+)" cy="(\d+)" r="(\d+)"', picture.pixels.source)
    cx, cy, r = min(
        (tuple(map(float, c)) for c in circles),
        key=lambda c: abs(c[0] - 768) + abs(c[1] - 512),
    )
    canvas.actual_size()
    canvas.zoom_by(4.0)
    rect = canvas.shown_rect()
    edge = QPointF(rect.x() + (cx + r * 0.7) * 4, rect.y() + (cy - r * 0.7) * 4)
    canvas._pan += QPointF(canvas.rect().center()) - edge
    canvas.repaint()
    while not picture.settled:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)
    window.grab().save(str(HERE / "svg-zoomed.png"))


async def batches(window: Any) -> None:
    """The Batch page: a template over a list and a matrix, previewed; one batch sent and kept."""
    window.show_batches()
    page = window.batch_page
    page.template.setText("A {watercolour|linocut} of a {subject} at dusk")
    page.values.setPlainText("lighthouse\nharbour crane\nfishing boat")
    page.matrix.setText("quality=low,medium")
    page.make_preview()
    while page.lines.count() < 12:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    page.send()
    while page.list.topLevelItemCount() < 1:  # noqa: ASYNC110 - a poll
        await asyncio.sleep(0.05)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    while page.list.topLevelItem(0).text(1) != "completed":
        await asyncio.sleep(0.5)
        page.refresh()
    await asyncio.sleep(0.3)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    page.make_preview()
    await asyncio.sleep(0.5)
    window.grab().save(str(HERE / "batches.png"))


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["STUDIO_HOME"] = home
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        app.setQuitOnLastWindowClosed(False)
        HERE.mkdir(parents=True, exist_ok=True)
        qasync.run(shoot())
    print(f"screenshots written to {HERE}")


if __name__ == "__main__":
    main()
