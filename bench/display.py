"""Where a partial image's time goes between the request worker having it and the canvas
painting it: decode, scale, handing over (``shared_memory_ms``, the key of earlier rounds: now
a file in ``/dev/shm``, written and read once), wrapping and painting.

Each case is one event's image as the local server sends it: noise (the largest PNG possible,
with random transparency), a picture as PNG (opaque, and on a transparent background) and as
JPEG, at 1536x1024 and 3840x2160,
shown on a 1400x900 window's canvas (edge 1400). Figures are medians over ``--repeats`` of the
CPU time of the thread doing the work (``time.thread_time``): on a machine shared with other
work, wall time mostly measures the wait for a core.

    python bench/display.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CANVAS_EDGE = 1400
SIZES = {"1536": (1536, 1024), "3840": (3840, 2160)}


def median_ms(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.thread_time()
        work()
        times.append((time.thread_time() - started) * 1000)
    return round(statistics.median(times), 1)


def cases() -> dict[str, bytes]:
    from studio.localapi import render

    made = {}
    for label, (width, height) in SIZES.items():
        noise = render.noise(width, height)
        made[f"noise_png_{label}"] = render.encode(noise, "png", fast=True)
        picture = render.picture("a lighthouse at dusk", width, height)
        made[f"opaque_png_{label}"] = render.encode(picture, "png")
        cutout = render.picture("a lighthouse at dusk", width, height, transparent=True)
        made[f"transparent_png_{label}"] = render.encode(cutout, "png")
        made[f"jpeg_{label}"] = render.encode(picture, "jpeg")
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from studio.imaging import display_pixels
    from studio.imaging.thumbnails import open_image
    from studio.ui.pixels import frame_image
    from studio.worker.protocol import put_frame, take_frame

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (painting needs it)
    backing = QImage(1400, 900, QImage.Format.Format_ARGB32_Premultiplied)
    figures: dict[str, object] = {"load_average": round(os.getloadavg()[0], 2)}
    for name, data in cases().items():
        frame = display_pixels(data, CANVAS_EDGE)

        def paint(frame: object = frame) -> None:
            image = frame_image(frame)  # type: ignore[arg-type]
            painter = QPainter(backing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            fit = min(1400 / image.width(), 900 / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * fit, image.height() * fit), image)
            painter.end()

        figures[name] = {
            "decode_ms": median_ms(lambda data=data: open_image(data), args.repeats),
            "display_pixels_ms": median_ms(
                lambda data=data: display_pixels(data, CANVAS_EDGE), args.repeats
            ),
            "shared_memory_ms": median_ms(
                lambda frame=frame: take_frame(put_frame(frame)), args.repeats
            ),
            "paint_ms": median_ms(paint, args.repeats),
            "shown": f"{frame.width}x{frame.height}",
        }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
