"""The painting surface, driven by real mouse events; exported masks checked pixel by pixel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.imaging import DisplayPixels, PreparedInput, display_pixels
from studio.ui.paint_canvas import LayerKind, PaintCanvas, Tool, export_layer
from studio.ui.paint_layer import PaintLayer
from tests.images import opened, png

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


@pytest.fixture
def canvas(qtbot: QtBot) -> PaintCanvas:
    widget = PaintCanvas()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    widget.set_base(display_pixels(png(1024, 768)))
    widget.hardness = 1.0
    return widget


def drag(qtbot: QtBot, widget: PaintCanvas, points: list[QPoint], button=LEFT) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(widget, button, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, button, pos=points[-1])


def to_widget(widget: PaintCanvas, x: float, y: float) -> QPoint:
    """Where image pixel (x, y) is on the widget."""
    return widget.widget_point(x, y)


def mask_alpha(widget: PaintCanvas) -> Image.Image | None:
    """The exported mask's alpha: 0 where the image may change."""
    assert widget.layer is not None
    data = export_layer(widget.layer.snapshot(), LayerKind.MASK)
    return None if data is None else opened(data).getchannel("A")


@pytest.mark.parametrize("zoom", [None, 1.0, 2.5])
def test_a_stroke_masks_the_image_pixels_under_it_at_any_zoom(
    canvas: PaintCanvas, qtbot: QtBot, zoom: float | None
) -> None:
    if zoom is not None:
        canvas._set_zoom(zoom)
    canvas.brush_size = 40
    centre_y = 384
    drag(qtbot, canvas, [to_widget(canvas, x, centre_y) for x in range(480, 561, 8)])
    alpha = mask_alpha(canvas)
    assert alpha is not None
    assert alpha.size == (1024, 768)  # the image's own grid, whatever the zoom
    for x in (480, 520, 560):
        assert alpha.getpixel((x, centre_y)) == 0, x
    assert alpha.getpixel((520, centre_y + 40)) == 255  # beyond the brush's radius
    assert alpha.getpixel((100, 100)) == 255


def test_the_eraser_and_the_right_button_clear(canvas: PaintCanvas, qtbot: QtBot) -> None:
    canvas.fill_all()
    drag(qtbot, canvas, [to_widget(canvas, 200, 300), to_widget(canvas, 300, 300)], RIGHT)
    canvas.tool = Tool.ERASER
    drag(qtbot, canvas, [to_widget(canvas, 700, 500), to_widget(canvas, 800, 500)])
    alpha = mask_alpha(canvas)
    assert alpha is not None
    assert alpha.getpixel((250, 300)) == 255
    assert alpha.getpixel((750, 500)) == 255
    assert alpha.getpixel((500, 100)) == 0


def test_a_lasso_fills_what_it_encloses(canvas: PaintCanvas, qtbot: QtBot) -> None:
    canvas.tool = Tool.LASSO
    corners = [(200, 200), (600, 200), (600, 600), (200, 600), (200, 210)]
    drag(qtbot, canvas, [to_widget(canvas, x, y) for x, y in corners])
    alpha = mask_alpha(canvas)
    assert alpha is not None
    assert alpha.getpixel((400, 400)) == 0
    assert alpha.getpixel((700, 400)) == 255
    assert alpha.getpixel((100, 100)) == 255


def test_a_rectangle_fills_and_a_right_dragged_one_clears(
    canvas: PaintCanvas, qtbot: QtBot
) -> None:
    canvas.tool = Tool.RECTANGLE
    drag(qtbot, canvas, [to_widget(canvas, 100, 100), to_widget(canvas, 500, 500)])
    drag(qtbot, canvas, [to_widget(canvas, 200, 200), to_widget(canvas, 300, 300)], RIGHT)
    alpha = mask_alpha(canvas)
    assert alpha is not None
    assert alpha.getpixel((150, 150)) == 0
    assert alpha.getpixel((250, 250)) == 255
    assert alpha.getpixel((600, 600)) == 255


def test_invert_swaps_painted_and_unpainted(canvas: PaintCanvas, qtbot: QtBot) -> None:
    canvas.tool = Tool.RECTANGLE
    # (Not from 0, 0: QTest takes a null point to mean the widget's centre.)
    drag(qtbot, canvas, [to_widget(canvas, 2, 2), to_widget(canvas, 300, 300)])
    canvas.invert()
    alpha = mask_alpha(canvas)
    assert alpha is not None
    assert alpha.getpixel((100, 100)) == 255
    assert alpha.getpixel((800, 600)) == 0


def test_undo_and_redo_every_stroke_keeping_only_the_changed_patch(
    canvas: PaintCanvas, qtbot: QtBot
) -> None:
    canvas.brush_size = 20
    drag(qtbot, canvas, [to_widget(canvas, 100, 100), to_widget(canvas, 150, 100)])
    drag(qtbot, canvas, [to_widget(canvas, 600, 600), to_widget(canvas, 650, 600)])
    layer = canvas.layer
    assert layer is not None
    full = layer.width * layer.height * 4
    assert layer.history_bytes < full / 20  # patches, not copies of the layer
    canvas.undo()
    alpha = mask_alpha(canvas)
    assert alpha is not None
    assert (alpha.getpixel((120, 100)), alpha.getpixel((620, 600))) == (0, 255)
    canvas.undo()
    assert mask_alpha(canvas) is None  # back to nothing painted
    canvas.redo()
    canvas.redo()
    alpha = mask_alpha(canvas)
    assert alpha is not None
    assert (alpha.getpixel((120, 100)), alpha.getpixel((620, 600))) == (0, 0)
    canvas.clear_all()
    assert mask_alpha(canvas) is None
    canvas.undo()
    assert mask_alpha(canvas) is not None


def test_brackets_size_the_brush_and_letters_pick_tools(canvas: PaintCanvas, qtbot: QtBot) -> None:
    size = canvas.brush_size
    qtbot.keyClick(canvas, Qt.Key.Key_BracketRight)
    assert canvas.brush_size == pytest.approx(size * 1.25)
    qtbot.keyClick(canvas, Qt.Key.Key_BracketLeft)
    qtbot.keyClick(canvas, Qt.Key.Key_BracketLeft)
    assert canvas.brush_size == pytest.approx(size / 1.25)
    qtbot.keyClick(canvas, Qt.Key.Key_L)
    assert canvas.tool is Tool.LASSO
    canvas.set_kind(LayerKind.MARKUP)
    assert canvas.tool is Tool.BRUSH  # markup has no lasso
    qtbot.keyClick(canvas, Qt.Key.Key_A)
    assert canvas.tool is Tool.ARROW


def test_the_middle_button_pans_instead_of_painting(canvas: PaintCanvas, qtbot: QtBot) -> None:
    canvas._set_zoom(2.0)
    before = canvas.shown_rect()
    drag(qtbot, canvas, [QPoint(300, 200), QPoint(340, 220)], Qt.MouseButton.MiddleButton)
    assert canvas.shown_rect() != before
    assert mask_alpha(canvas) is None


def test_markup_strokes_are_coloured_on_a_transparent_layer(
    canvas: PaintCanvas, qtbot: QtBot
) -> None:
    canvas.set_kind(LayerKind.MARKUP)
    canvas.tool = Tool.ARROW
    drag(qtbot, canvas, [to_widget(canvas, 100, 400), to_widget(canvas, 500, 400)])
    assert canvas.layer is not None
    data = export_layer(canvas.layer.snapshot(), LayerKind.MARKUP)
    assert data is not None
    markup = opened(data)
    assert (markup.mode, markup.size) == ("RGBA", (1024, 768))
    assert markup.getpixel((300, 400)) == (255, 200, 0, 255)
    assert markup.getpixel((300, 100))[3] == 0
    assert canvas.layers[LayerKind.MASK].touched is False  # the mask is its own layer


def test_tablet_pressure_thins_the_stroke(canvas: PaintCanvas) -> None:
    canvas.brush_size = 60
    device = QPointingDevice(
        "pen",
        1,
        QPointingDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QPointingDevice.Capability.Position | QPointingDevice.Capability.Pressure,
        1,
        3,
    )

    def tablet(kind, x: float, pressure: float) -> None:  # type: ignore[no-untyped-def]
        position = QPointF(to_widget(canvas, x, 384))
        event = QTabletEvent(
            kind,
            device,
            position,
            canvas.mapToGlobal(position),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            LEFT,
            LEFT,
        )
        QApplication.sendEvent(canvas, event)

    tablet(QTabletEvent.Type.TabletPress, 300, 0.2)
    tablet(QTabletEvent.Type.TabletMove, 400, 0.2)
    tablet(QTabletEvent.Type.TabletRelease, 400, 0.2)
    alpha = mask_alpha(canvas)
    assert alpha is not None
    assert alpha.getpixel((350, 384)) == 0
    assert alpha.getpixel((350, 384 + 15)) == 255  # a light touch: a sixth of full width


HIGH_DPI = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from studio.imaging import display_pixels
from studio.ui.paint_canvas import LayerKind, PaintCanvas, export_layer
from tests.images import opened, png
app = QApplication([])
canvas = PaintCanvas()
canvas.resize(500, 400)
canvas.show()
canvas.set_base(display_pixels(png(1024, 768)))
canvas.brush_size = 30
point = canvas.widget_point
QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=point(300, 300))
QTest.mouseMove(canvas, point(500, 300))
QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=point(500, 300))
alpha = opened(export_layer(canvas.layer.snapshot(), LayerKind.MASK)).getchannel("A")
print(json.dumps({
    "ratio": canvas.devicePixelRatioF(),
    "size": alpha.size,
    "inside": [alpha.getpixel((x, 300)) for x in (300, 400, 500)],
    "outside": [alpha.getpixel((400, 340)), alpha.getpixel((600, 300))],
}))
"""


def test_painting_on_a_high_dpi_screen_lands_on_the_same_image_pixels() -> None:
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", HIGH_DPI],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ratio"] == 2.0
    assert result["size"] == [1024, 768]
    assert result["inside"] == [0, 0, 0]
    assert result["outside"] == [255, 255]


def test_a_huge_base_gets_a_coarser_layer_exported_at_full_size(qtbot: QtBot) -> None:
    widget = PaintCanvas()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    shown = DisplayPixels(600, 300, bytes(600 * 300 * 4), 6000, 3000)  # a 6000x3000 photo
    widget.set_base(shown)
    assert widget.layer is not None
    assert (widget.layer.width, widget.layer.height) == (4096, 2048)
    widget.tool = Tool.RECTANGLE
    drag(qtbot, widget, [to_widget(widget, 2048, 2), to_widget(widget, 4094, 2046)])
    base = PreparedInput(b"", "png", 6000, 3000, box=(0, 0, 6000, 3000))
    data = export_layer(widget.layer.snapshot(), LayerKind.MASK, fit=base)
    assert data is not None
    alpha = opened(data).getchannel("A")
    assert alpha.size == (6000, 3000)
    assert (alpha.getpixel((4500, 1500)), alpha.getpixel((1500, 1500))) == (0, 255)


def test_a_whole_layer_replaced_is_one_step_and_undo_swaps_it_back() -> None:
    layer = PaintLayer(300, 200)
    layer.fill(QColor(255, 0, 0))
    before = layer.image
    made = QImage(300, 200, QImage.Format.Format_ARGB32_Premultiplied)
    made.fill(QColor(0, 0, 255))
    assert layer.replace(made, layer.rect) == layer.rect
    assert layer.image.pixelColor(10, 10) == QColor(0, 0, 255)
    layer.undo()
    assert layer.image is before
    assert layer.image.pixelColor(10, 10) == QColor(255, 0, 0)
    layer.redo()
    assert layer.image.pixelColor(299, 199) == QColor(0, 0, 255)
    # A small part of the layer: only that part changes (copied), undone as it was.
    layer.replace(before, QRect(0, 0, 50, 100))
    assert layer.image.pixelColor(25, 50) == QColor(255, 0, 0)
    assert layer.image.pixelColor(150, 50) == QColor(0, 0, 255)
    layer.undo()
    assert layer.image.pixelColor(25, 50) == QColor(0, 0, 255)
    # Most of it: the whole layer is swapped (the image given equals the layer elsewhere).
    mostly = QImage(layer.image)
    mostly.fill(QColor(0, 255, 0))
    swapped = layer.image
    assert layer.replace(mostly, QRect(0, 0, 200, 200)) == layer.rect
    layer.undo()
    assert layer.image is swapped
