"""Clicks, drags, the wheel and the keys on a canvas with nothing to act on (no image, no
cells, no room) do nothing: no error reaches the user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from studio.core import Session
from studio.imaging import display_pixels
from studio.ui import MainWindow
from studio.ui.canvas import Canvas
from studio.ui.compare_view import CompareView
from studio.ui.paint_canvas import PaintCanvas
from tests.images import png
from tests.ui.conftest import until
from tests.ui.test_zoom_at_pointer import wheel

KEYS = (
    Qt.Key.Key_Plus,
    Qt.Key.Key_Minus,
    Qt.Key.Key_0,
    Qt.Key.Key_1,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
)


def handle_everything(qtbot: QtBot, widget: QWidget) -> None:
    """What a person does to a widget: click, double-click, drag, wheel, every key."""
    middle = QPoint(max(1, widget.width() // 2), max(1, widget.height() // 2))
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(widget, middle + QPoint(30, 30))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=middle + QPoint(30, 30))
    qtbot.mouseClick(widget, Qt.MouseButton.MiddleButton, pos=middle)
    wheel(widget, QPointF(middle), 2)
    wheel(widget, QPointF(middle), -3)
    for key in KEYS:
        qtbot.keyClick(widget, key)
    widget.repaint()


@pytest.mark.parametrize("kind", [Canvas, PaintCanvas])
def test_a_canvas_without_an_image_ignores_clicks_and_keys(qtbot: QtBot, kind: type) -> None:
    canvas = kind()
    qtbot.addWidget(canvas)
    canvas.resize(400, 300)
    canvas.show()
    handle_everything(qtbot, canvas)  # pytest-qt fails the test on an exception in a handler
    assert canvas.cell_count == 0
    canvas.show_cells(0)
    handle_everything(qtbot, canvas)
    assert canvas.cell_count == 0


@pytest.mark.parametrize("kind", [Canvas, PaintCanvas])
@pytest.mark.parametrize("cells", [1, 3])
def test_a_canvas_with_no_room_ignores_clicks_and_keys(
    qtbot: QtBot, kind: type, cells: int
) -> None:
    """A window squeezed to nothing leaves the canvas no pixels: zooming has no scale."""
    canvas = kind()
    qtbot.addWidget(canvas)
    frame = display_pixels(png(64, 48))
    if isinstance(canvas, PaintCanvas):
        canvas.set_base(frame)
    else:
        canvas.show_cells(cells)
        for cell in range(cells):
            canvas.set_cell(cell, frame)
    canvas.setMinimumSize(0, 0)
    canvas.show()
    canvas.resize(0, 0)
    handle_everything(qtbot, canvas)
    canvas.resize(1, 1)
    handle_everything(qtbot, canvas)


def test_compare_with_no_room_ignores_clicks_and_keys(qtbot: QtBot) -> None:
    frame = display_pixels(png(64, 48))
    view = CompareView(frame, frame)
    qtbot.addWidget(view)
    view.setMinimumSize(0, 0)
    view.show()
    view.resize(0, 0)
    handle_everything(qtbot, view)
    view.split_mode = True
    handle_everything(qtbot, view)


async def test_the_window_with_nothing_shown_ignores_clicks_and_keys(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    """The tester's first click: the empty results canvas; then every other picture area of
    a window that has no image yet (the editor, its expand view, the empty gallery)."""
    main_window = window[0]
    handle_everything(qtbot, main_window.canvas)
    assert main_window.workspace.shown_image_id is None
    main_window.show_gallery()
    await until(lambda: not main_window.gallery.model.fetching)
    handle_everything(qtbot, main_window.gallery.view)
    handle_everything(qtbot, main_window.recent.view)
    for widget in (main_window.editor.canvas, main_window.editor.expand_view):
        widget.resize(400, 300)
        handle_everything(qtbot, widget)
