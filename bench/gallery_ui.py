"""The real gallery view, offscreen, over a seeded store: first screen, scrolling, searching.

Seeds a store of N generations (see seeding.py), then opens a GalleryPage (1280x800) on the
qasync loop as the app does. First screen is from opening the page to every visible cell
painted with its thumbnail. A 5 ms timer on the GUI thread measures the longest stall while the
view scrolls through 5,000 rows (a screen every 16 ms, paging itself in) and while a search is
typed a key every 60 ms; the GUI thread's CPU time per screen scrolled is its own work, whatever
the machine's load. Peak RSS is the process's.

    python bench/gallery_ui.py [--items N] [--seeded FOLDER]

``--seeded`` measures a gallery seeded before (``bench.seeding.seed(FOLDER, N)``), to repeat a
measurement without seeding again; the view only reads it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.seeding import seed_apart

if TYPE_CHECKING:
    from studio.core import GuiThreadCollector

SCROLL_ROWS = 5000
SEARCH = "lighthouse at dusk"


class Heartbeat:
    """The longest gap between ticks of a 5 ms timer: how long the GUI thread was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return round(self.longest, 1)


async def until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 60
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the gallery did not get there")
        await asyncio.sleep(0.002)


async def measure(root: Path, items: int, collector: GuiThreadCollector) -> dict[str, float]:
    from PySide6.QtCore import QModelIndex, QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from studio.core import GalleryReader, spawn
    from studio.ui.gallery_page import GalleryPage

    def start(work):  # type: ignore[no-untyped-def]
        spawn(work)

    reader = GalleryReader(root)
    page = GalleryPage(reader, start)
    page.resize(1280, 800)
    page.show()
    QApplication.processEvents()
    collector.freeze_start_up()  # as studio.app does once the window is up
    model, view = page.model, page.view

    def visible_rows() -> list[int]:
        """The rows on screen, found as the view finds them (not by walking every row)."""
        area = view.viewport().rect()
        first = view.indexAt(area.topLeft() + QPoint(4, 4))
        last = QModelIndex()
        for x in range(area.right() - 4, 0, -40):  # the bottom row may not be full
            last = view.indexAt(QPoint(x, area.bottom() - 4))
            if last.isValid():
                break
        if not first.isValid():
            return []
        end = last.row() if last.isValid() else model.rowCount() - 1
        return list(range(first.row(), end + 1))

    def screen_loaded() -> bool:
        rows = visible_rows()
        return bool(rows) and all(
            (record := model.record(row)) is not None and record.id in model._thumbs for row in rows
        )

    started = time.perf_counter()
    page.open()
    await until(screen_loaded)
    view.viewport().repaint()
    first_screen = (time.perf_counter() - started) * 1000

    beat = Heartbeat()
    beat.start()
    bar = view.verticalScrollBar()
    steps, cpu = 0, time.thread_time()
    while True:
        last = visible_rows()
        if last and last[-1] >= SCROLL_ROWS:
            break
        bar.setValue(bar.value() + view.viewport().height())
        steps += 1
        await asyncio.sleep(0.016)
    scroll_stall = beat.stop()
    scroll_cpu = (time.thread_time() - cpu) * 1000 / steps

    beat.start()
    page.search.setFocus()
    for character in SEARCH:
        QTest.keyClick(page.search, character)
        await asyncio.sleep(0.06)
    await until(lambda: model.query.text == SEARCH and screen_loaded())
    search_stall = beat.stop()
    results = model.rowCount()
    page.close()
    reader.close()
    return {
        "items": items,
        "first_screen_ms": round(first_screen, 1),
        "scroll_stall_max_ms": scroll_stall,
        # The GUI thread's own work per screen scrolled, which the machine's load barely moves.
        "scroll_cpu_per_screen_ms": round(scroll_cpu, 2),
        "search_stall_max_ms": search_stall,
        "search_results_first_page": results,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seeded", type=Path, help="a gallery seeded before, of --items images")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = args.seeded or Path(folder) / "gallery"
        seeding = time.perf_counter()
        if args.seeded is None:
            seed_apart(root, args.items)
        seed_s = time.perf_counter() - seeding

        import qasync
        from PySide6.QtWidgets import QApplication

        from studio.core import GuiThreadCollector

        app = QApplication(sys.argv[:1])
        app.setQuitOnLastWindowClosed(False)
        collector = GuiThreadCollector(app)
        figures = qasync.run(measure(root, args.items, collector))
        figures["seed_s"] = round(seed_s, 1)
        figures["load_average"] = round(os.getloadavg()[0], 2)
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
