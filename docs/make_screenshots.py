"""Screenshots of the real main window for README.md, made against the offline demo server.

    python docs/make_screenshots.py

Runs offscreen in a temporary STUDIO_HOME, so it touches none of your settings or images.
"""

from __future__ import annotations

import asyncio
import os
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
    await batches(window)
    await queue.link.close()
    await session.shutdown()


async def edit(window: Any, queue: Any) -> None:
    """The generated image in the editor with a mask painted, then the edit's result."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.edit_shown()
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
