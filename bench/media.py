"""GIF playback and SVG zoom on the real canvas, offscreen: how long the GUI thread stalls.

A 1536x1024 GIF of 9 frames (as the local server makes for gpt-image-2.6) plays for a few
seconds; then a 1536x1024 SVG is zoomed from fitted to 32x, panning at each step, waiting for
each sharp render. A 5 ms timer on the GUI thread measures the longest stall. For reference,
QMovie's own per-frame decode (what playing with QMovie would cost the GUI thread) is timed.

    python bench/media.py [--seconds S]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STUDIO_HOME", tempfile.mkdtemp(prefix="studio-bench-"))


def qmovie_frame_ms(data: bytes) -> list[float]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QMovie

    array = QByteArray(data)
    buffer = QBuffer(array)  # kept alive with the array while the movie reads them
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    movie = QMovie(buffer)
    movie.setCacheMode(QMovie.CacheMode.CacheNone)
    times = []
    for index in range(movie.frameCount()):
        started = time.perf_counter()
        movie.jumpToFrame(index)
        movie.currentImage()
        times.append((time.perf_counter() - started) * 1000)
    return times


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=5)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000 - 5)
        self._last = now

    def start(self) -> None:
        self.longest, self._last = 0.0, time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.longest


async def measure(seconds: float) -> dict[str, object]:
    from PySide6.QtCore import QPointF

    from studio.core import GuiThreadCollector
    from studio.imaging import display_pixels
    from studio.localapi import render
    from studio.ui.canvas import Canvas

    GuiThreadCollector()
    gif = render.encode(render.picture("a spinning top", 1536, 1024), "gif", frames=9)
    svg = render.svg_picture("a badge", 1536, 1024)
    movie = qmovie_frame_ms(gif)

    canvas = Canvas()
    canvas.resize(1400, 900)
    canvas.show()
    beat = Heartbeat()
    beat.start()
    await asyncio.sleep(seconds)  # the machine's own noise, for comparison
    idle_stall = beat.stop()

    # As the window asks: display pixels no larger than the canvas (device pixels).
    frame = await asyncio.to_thread(display_pixels, gif, 1400)
    beat.start()
    canvas.show_frame(frame)
    (picture,) = canvas.pictures
    assert picture.animation is not None
    shown = []
    picture.animation.changed.connect(lambda: shown.append(time.perf_counter()))
    while not picture.animation.ready:  # noqa: ASYNC110 - polls what the canvas shows
        await asyncio.sleep(0.01)
    decoded_stall = beat.stop()
    beat.start()
    await asyncio.sleep(seconds)
    gif_stall = beat.stop()

    frame = await asyncio.to_thread(display_pixels, svg, 1400)
    canvas.show_frame(frame)
    (picture,) = canvas.pictures
    latencies = []
    beat.start()
    for zoom in (None, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0):
        started = time.perf_counter()
        if zoom is None:
            canvas.fit()
        else:
            canvas._set_zoom(zoom)
            canvas._pan = QPointF(-300 * zoom / 4, 120 * zoom / 4)  # somewhere off-centre
        canvas.repaint()
        while not picture.settled:  # noqa: ASYNC110 - polls what the canvas shows
            await asyncio.sleep(0.002)
        canvas.repaint()
        latencies.append((time.perf_counter() - started) * 1000)
    svg_stall = beat.stop()
    canvas.close()
    return {
        "gif": "1536x1024, 9 frames",
        "idle_stall_ms": round(idle_stall, 1),
        "qmovie_decode_ms_per_frame_median": round(statistics.median(movie), 1),
        "qmovie_decode_ms_per_frame_max": round(max(movie), 1),
        "gif_frames_shown": len(shown),
        "gif_stall_ms_while_decoding": round(decoded_stall, 1),
        "gif_stall_ms_playing": round(gif_stall, 1),
        "svg_zoom_steps": "fit,1,2,4,8,16,32",
        "svg_sharp_after_ms": [round(v, 1) for v in latencies],
        "svg_stall_ms": round(svg_stall, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    assert app is not None
    print(json.dumps(qasync.run(measure(args.seconds))))


if __name__ == "__main__":
    main()
