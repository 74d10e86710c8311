"""Painting a mask: brush dab latency, mask export time, and the undo history's memory.

A real PaintCanvas (offscreen, 1280x800, fitted) over a 1024x1024 and a 4096x2160 image. A dab's
latency runs from the mouse-move event being sent to the repainted rectangle being on the
widget (event handling, painting into the layer, and the partial repaint). Export is the mask
PNG built from a snapshot of the layer, as the editor does it in a worker thread. The undo
figure is the history's size after 200 strokes of 40 dabs on the 4096x2160 image.

Selecting without painting, on a 4096x2160 picture of a few hundred coloured shapes: selection
by colour (contiguous and global), grow and shrink by 16 px, feather by 8 px. These run off the
GUI thread (the editor computes them in a worker thread), so their figures need not be under a
frame; the part that does run on the GUI thread — putting the result into the layer as one undo
step (``apply_ms_4096``: more than a quarter of the layer is swapped in whole;
``apply_quarter_ms_4096``: a quarter, copied; with the repaint, ``apply_and_repaint_ms_4096``)
— must be.

    python bench/mask.py [--dabs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw
from PySide6.QtCore import QEvent, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from studio.imaging import DisplayPixels, feather, grow, select_colour
from studio.ui.paint_canvas import (
    LayerKind,
    PaintCanvas,
    coverage_layer,
    export_layer,
    layer_coverage,
)

SIZES = {"1024": (1024, 1024), "4096": (4096, 2160)}


def _mouse(kind: QEvent.Type, position: QPointF, buttons: Qt.MouseButton) -> QMouseEvent:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    return QMouseEvent(kind, position, position, button, buttons, Qt.KeyboardModifier.NoModifier)


def _canvas(width: int, height: int) -> PaintCanvas:
    canvas = PaintCanvas()
    canvas.resize(1280, 800)
    canvas.show()
    grey = bytes([90, 120, 150, 255]) * (width * height)
    canvas.set_base(DisplayPixels(width, height, grey, width, height))
    canvas.brush_size = 64
    canvas.hardness = 0.7
    QApplication.processEvents()
    return canvas


def _stroke(canvas: PaintCanvas, rng: random.Random, dabs: int, timings: list[float]) -> None:
    x, y = rng.uniform(200, 1000), rng.uniform(150, 650)
    held = Qt.MouseButton.LeftButton
    QApplication.sendEvent(canvas, _mouse(QEvent.Type.MouseButtonPress, QPointF(x, y), held))
    QApplication.processEvents()
    for _ in range(dabs):
        x = min(1270.0, max(10.0, x + rng.uniform(-6, 9)))
        y = min(790.0, max(10.0, y + rng.uniform(-5, 5)))
        started = time.perf_counter()
        QApplication.sendEvent(canvas, _mouse(QEvent.Type.MouseMove, QPointF(x, y), held))
        QApplication.processEvents()  # the queued partial repaint
        timings.append((time.perf_counter() - started) * 1000)
    QApplication.sendEvent(
        canvas, _mouse(QEvent.Type.MouseButtonRelease, QPointF(x, y), Qt.MouseButton.NoButton)
    )
    QApplication.processEvents()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _median_ms(work: object, repeats: int = 5) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        timings.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(timings), 1)


def _shapes(width: int, height: int, rng: random.Random) -> bytes:
    """A picture of a few hundred flat shapes on a flat ground: regions to select."""
    image = Image.new("RGBA", (width, height), (90, 120, 150, 255))
    draw = ImageDraw.Draw(image)
    for _ in range(300):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(10, 200)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256), 255)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    return image.tobytes()


def _selection_figures(figures: dict[str, float], rng: random.Random) -> None:
    width, height = SIZES["4096"]
    size = (width, height)
    rgba = _shapes(width, height, rng)
    figures["select_colour_contiguous_ms_4096"] = _median_ms(
        lambda: select_colour(rgba, size, (2, 2), tolerance=24, contiguous=True)
    )
    figures["select_colour_global_ms_4096"] = _median_ms(
        lambda: select_colour(rgba, size, (2, 2), tolerance=24, contiguous=False)
    )
    selected = select_colour(rgba, size, (2, 2), tolerance=24, contiguous=True)
    figures["grow_16_ms_4096"] = _median_ms(lambda: grow(selected, size, 16))
    figures["shrink_16_ms_4096"] = _median_ms(lambda: grow(selected, size, -16))
    figures["feather_8_ms_4096"] = _median_ms(lambda: feather(selected, size, 8))
    canvas = _canvas(width, height)
    layer = canvas.layer
    assert layer is not None
    colour = QColor(255, 40, 110)
    # In the worker thread too: the layer read as coverage, and the result made into pixels.
    figures["layer_round_trip_ms_4096"] = _median_ms(
        lambda: coverage_layer(layer_coverage(layer.snapshot()), size, colour)
    )
    pixels = coverage_layer(selected, size, colour)
    whole = QRect(0, 0, width, height)

    def apply_and_paint() -> None:
        canvas.replace_pixels(layer, pixels, whole)
        QApplication.processEvents()

    figures["apply_ms_4096"] = _median_ms(lambda: canvas.replace_pixels(layer, pixels, whole))
    # A change of a quarter of the layer, the most that is copied (more is swapped in).
    quarter = QRect(0, 0, width // 4, height)
    figures["apply_quarter_ms_4096"] = _median_ms(
        lambda: canvas.replace_pixels(layer, pixels, quarter)
    )
    figures["apply_and_repaint_ms_4096"] = _median_ms(apply_and_paint)
    canvas.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dabs", type=int, default=600, help="dabs measured per size")
    args = parser.parse_args()
    app = QApplication([])
    figures: dict[str, float] = {}
    rng = random.Random(7)
    for label, (width, height) in SIZES.items():
        canvas = _canvas(width, height)
        timings: list[float] = []
        while len(timings) < args.dabs:
            _stroke(canvas, rng, 40, timings)
        figures[f"dab_p50_ms_{label}"] = round(statistics.median(timings), 2)
        figures[f"dab_p99_ms_{label}"] = round(_percentile(timings, 0.99), 2)
        layer = canvas.layer
        assert layer is not None
        exports = []
        for _ in range(5):
            started = time.perf_counter()
            data = export_layer(layer.snapshot(), LayerKind.MASK)
            exports.append((time.perf_counter() - started) * 1000)
            assert data is not None
        figures[f"export_ms_{label}"] = round(statistics.median(exports), 1)
        if label == "4096":
            fresh = _canvas(width, height)
            for _ in range(200):
                _stroke(fresh, rng, 40, [])
            assert fresh.layer is not None
            figures["undo_mb_200"] = round(fresh.layer.history_bytes / 2**20, 1)
            figures["layer_mb_4096"] = round(width * height * 4 / 2**20, 1)
            fresh.close()
        canvas.close()
    _selection_figures(figures, rng)
    app.processEvents()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
