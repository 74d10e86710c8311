"""How the canvas paints: an image at its own size pixel for pixel, a smaller one smoothly, a
magnified one as its pixels would be drawn, and a new partial image in a grid without repainting
the other cells."""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image
from PySide6.QtCore import QEvent, QObject, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from studio.imaging import display_pixels
from studio.ui.canvas import Canvas
from studio.ui.picture import Picture
from studio.ui.pixels import frame_image
from tests.images import png


def pattern(width: int, height: int) -> bytes:
    """A PNG whose every pixel differs from its neighbours (a blur would show)."""
    image = Image.new("RGB", (width, height))
    rows = range(height)
    pixels = [(x * 37 % 256, y * 59 % 256, x * y % 256) for y in rows for x in range(width)]
    image.putdata(pixels)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def stripes(width: int, height: int) -> bytes:
    """A PNG of one-pixel black and white columns."""
    image = Image.new("L", (width, height))
    image.putdata([255 * (x % 2) for _ in range(height) for x in range(width)])
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def shown(canvas: Canvas) -> QImage:
    return canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_an_image_at_its_own_size_is_painted_pixel_for_pixel(qtbot: QtBot) -> None:
    source = pattern(200, 100)
    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.resize(401, 301)  # the fitted image's corner falls between two pixels
    canvas.show()
    canvas.show_frame(display_pixels(source))
    grabbed = shown(canvas)
    rect = canvas.shown_rect()
    assert rect is not None
    assert rect.width() == 200
    expected = QImage.fromData(source).convertToFormat(QImage.Format.Format_RGB32)
    left, top = round(rect.x()), round(rect.y())
    assert grabbed.copy(QRect(left, top, 200, 100)) == expected


def test_a_smaller_picture_is_averaged_not_sampled(qtbot: QtBot) -> None:
    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.resize(200, 150)
    canvas.show()
    canvas.show_frame(display_pixels(stripes(400, 200)))  # shown at half size
    for _ in range(2):  # and the same when painted again from the copy kept
        grabbed = shown(canvas)
        rect = canvas.shown_rect()
        assert rect is not None
        middle = grabbed.pixelColor(round(rect.center().x()), round(rect.center().y()))
        assert 100 <= middle.red() <= 155, middle.name()  # grey: each two columns averaged
        canvas.repaint()


class PaintedRegions(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def test_a_new_image_in_a_grid_repaints_its_own_cell_only(qtbot: QtBot) -> None:
    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.show()
    canvas.show_cells(4)
    for index in range(4):
        canvas.set_cell(index, display_pixels(png(1024, 768)))
    qtbot.waitExposed(canvas)
    qtbot.wait(100)  # the first paints are done
    painted = PaintedRegions()
    canvas.installEventFilter(painted)
    canvas.set_cell(3, display_pixels(png(1024, 768, colour=(200, 30, 30, 255))))
    qtbot.waitUntil(lambda: bool(painted.rects))
    # The bottom right cell, and the gap around it: never the other three.
    assert all(rect.left() > 380 and rect.top() > 280 for rect in painted.rects), painted.rects
    colour = shown(canvas).pixelColor(600, 450)
    assert (colour.red(), colour.green(), colour.blue()) == (200, 30, 30)


def test_the_same_image_again_is_not_painted_again(qtbot: QtBot) -> None:
    """A job's other news (progress, saving) hands the canvas the frame it already shows."""
    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.show()
    frame = display_pixels(png(1024, 768))
    canvas.show_frame(frame)
    qtbot.waitExposed(canvas)
    qtbot.wait(100)
    painted = PaintedRegions()
    canvas.installEventFilter(painted)
    canvas.set_cell(0, frame)
    qtbot.wait(100)
    assert painted.rects == []


def test_a_magnified_picture_is_painted_as_drawing_its_pixels_would(qtbot: QtBot) -> None:
    """Zoomed in, the picture is drawn from a copy in the screen's format: the same pixels as
    drawing its RGBA bytes, transparency included, the first time and from the copy kept."""
    image = Image.new("RGBA", (40, 30))
    image.putdata([(x * 6, y * 8, 200, (x + y) * 3 % 256) for y in range(30) for x in range(40)])
    out = io.BytesIO()
    image.save(out, "PNG")
    frame = display_pixels(out.getvalue())
    picture = Picture(frame)
    target = QRectF(3, 5, 130, 97)  # magnified by a little over three

    def painted(draw: Callable[[QPainter], None]) -> QImage:
        canvas = QImage(140, 110, QImage.Format.Format_ARGB32_Premultiplied)
        canvas.fill(QColor("white"))
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        draw(painter)
        painter.end()
        return canvas

    expected = painted(lambda painter: painter.drawImage(target, frame_image(frame)))
    for _ in range(2):
        got = painted(lambda painter: picture.paint(painter, target, QRectF(0, 0, 140, 110), 1.0))
        assert got == expected
