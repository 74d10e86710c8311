"""The wheel zooms about the pointer: the image point under it stays under it (results canvas,
editor, both sides of Compare)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio.imaging import display_pixels
from studio.ui.canvas import Canvas
from studio.ui.compare_view import CompareView
from studio.ui.paint_canvas import PaintCanvas
from tests.images import png


def wheel(widget: QWidget, position: QPointF, notches: int) -> None:
    """A real wheel event at ``position``: 120 eighths of a degree a notch."""
    event = QWheelEvent(
        position,
        QPointF(widget.mapToGlobal(position.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def image_point(canvas: Canvas, position: QPointF) -> QPointF:
    """The image pixel under widget point ``position``."""
    shown = canvas.shown_rect()
    assert shown is not None
    return QPointF(
        (position.x() - shown.x()) * 1024 / shown.width(),
        (position.y() - shown.y()) * 768 / shown.height(),
    )


def near(a: QPointF, b: QPointF) -> bool:
    return abs(a.x() - b.x()) <= 1 and abs(a.y() - b.y()) <= 1


@pytest.mark.parametrize("kind", [Canvas, PaintCanvas])
def test_the_wheel_keeps_the_image_point_under_the_pointer(qtbot: QtBot, kind: type) -> None:
    canvas = kind()
    qtbot.addWidget(canvas)
    canvas.resize(640, 480)
    canvas.show()
    canvas.show_frame(display_pixels(png(1024, 768)))
    if isinstance(canvas, PaintCanvas):
        canvas.set_base(display_pixels(png(1024, 768)))
    fitted = canvas.zoom
    for position, notches in [
        (QPointF(100, 90), 2),  # in from the fitted view, near the top left corner
        (QPointF(500, 400), 3),  # in again elsewhere
        (QPointF(300, 150), -2),  # and out
    ]:
        before = image_point(canvas, position)
        wheel(canvas, position, notches)
        assert near(image_point(canvas, position), before), (position, notches)
    assert canvas.zoom == pytest.approx(fitted * 1.25**3)
    centre = QPointF(320, 240)
    before = image_point(canvas, centre)
    canvas.zoom_by(2)  # keys and menus zoom about the view's centre
    assert near(image_point(canvas, centre), before)


@pytest.mark.parametrize("split", [False, True])
def test_compare_zooms_both_sides_about_the_pointer(qtbot: QtBot, split: bool) -> None:
    view = CompareView(display_pixels(png(1024, 768)), display_pixels(png(1024, 768)))
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.show()
    view.set_split_mode(split)
    wheels = [(QPointF(150, 120), 2), (QPointF(600, 300), 3), (QPointF(420, 50), -1)]
    for position, notches in wheels:
        side = 1 if not split and position.x() > 400 else 0
        other = 1 - side
        # The same image point on the other side, where it lies on the widget
        other_offset = QPointF(0, 0) if split else QPointF(402 if side == 0 else -402, 0)
        before = view.image_point(position, side)
        before_other = view.image_point(position + other_offset, other)
        wheel(view, position, notches)
        assert near(view.image_point(position, side), before), (position, notches)
        # in step: the other side shows the same image point at the matching place
        assert near(view.image_point(position + other_offset, other), before_other)
        assert near(before, before_other)
    assert view.zoom == pytest.approx(1.25**4)


def test_compare_zooms_from_the_keyboard_about_the_middle(qtbot: QtBot) -> None:
    view = CompareView(display_pixels(png(1024, 768)), display_pixels(png(1024, 768)))
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.show()
    middle = QRectF(0, 0, 398, 400).center()  # of the left image's area
    before = view.image_point(middle, 0)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(1.25**2)
    assert near(view.image_point(middle, 0), before)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == 1.0
