"""Mask painting from the keyboard: arrows move a brush cursor, Space paints a dab (Shift+Space
or X erases), Enter makes shapes; each is one step to undo, like a mouse stroke."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from studio.imaging import display_pixels
from studio.ui.paint_canvas import LayerKind, PaintCanvas, Tool, export_layer
from tests.images import opened, png

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def canvas(qtbot: QtBot) -> PaintCanvas:
    widget = PaintCanvas()
    qtbot.addWidget(widget)
    widget.resize(640, 480)  # the 1024x768 image fits it exactly
    widget.show()
    widget.set_base(display_pixels(png(1024, 768)))
    widget.hardness = 1.0
    widget.brush_size = 40  # arrows step 10 px, 40 with Shift, 160 with Ctrl
    widget.setFocus()
    return widget


def mask_alpha(widget: PaintCanvas) -> Image.Image:
    """The exported mask's alpha: 0 where the image may change (all 255 when empty)."""
    assert widget.layer is not None
    data = export_layer(widget.layer.snapshot(), LayerKind.MASK)
    return Image.new("L", (1024, 768), 255) if data is None else opened(data).getchannel("A")


def press(
    qtbot: QtBot,
    canvas: PaintCanvas,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    times: int = 1,
) -> None:
    for _ in range(times):
        qtbot.keyClick(canvas, key, modifiers)


def test_arrows_move_a_visible_cursor_and_space_paints_a_dab_there(
    canvas: PaintCanvas, qtbot: QtBot
) -> None:
    assert canvas.key_point is None
    before = canvas.grab().toImage()
    press(qtbot, canvas, Qt.Key.Key_Right)  # the cursor appears in the middle of the view
    assert canvas.key_point == QPointF(512, 384)
    shown = canvas.grab().toImage()
    spot = canvas.widget_point(512, 384)
    changed = [
        (x, y)
        for x in range(spot.x() - 10, spot.x() + 11)
        for y in range(spot.y() - 10, spot.y() + 11)
        if shown.pixel(x, y) != before.pixel(x, y)
    ]
    assert len(changed) > 20  # its cross (and the brush's outline) is drawn there
    press(qtbot, canvas, Qt.Key.Key_Right, times=3)
    press(qtbot, canvas, Qt.Key.Key_Down, SHIFT)
    assert canvas.key_point == QPointF(542, 424)
    press(qtbot, canvas, Qt.Key.Key_Space)
    alpha = mask_alpha(canvas)
    assert alpha.getpixel((542, 424)) == 0
    assert alpha.getpixel((542 + 15, 424)) == 0  # the brush's 20 px radius
    assert alpha.getpixel((542 + 25, 424)) == 255
    assert alpha.getpixel((512, 384)) == 255  # moving did not paint
    press(qtbot, canvas, Qt.Key.Key_Left, CTRL)
    assert canvas.key_point == QPointF(382, 424)
    canvas.undo()
    assert mask_alpha(canvas).getpixel((542, 424)) == 255  # one dab, one step


def test_holding_space_the_arrows_paint_one_stroke_undone_at_once(
    canvas: PaintCanvas, qtbot: QtBot
) -> None:
    press(qtbot, canvas, Qt.Key.Key_Down)
    press(qtbot, canvas, Qt.Key.Key_Space, SHIFT)  # nothing to erase yet: still a step
    canvas.undo()
    qtbot.keyPress(canvas, Qt.Key.Key_Space)
    press(qtbot, canvas, Qt.Key.Key_Right, SHIFT, times=3)
    qtbot.keyRelease(canvas, Qt.Key.Key_Space)
    alpha = mask_alpha(canvas)
    assert [alpha.getpixel((x, 384)) for x in (512, 560, 600, 630)] == [0, 0, 0, 0]
    assert alpha.getpixel((700, 384)) == 255
    assert alpha.getpixel((570, 440)) == 255
    press(qtbot, canvas, Qt.Key.Key_Down, SHIFT)
    press(qtbot, canvas, Qt.Key.Key_Space)
    assert mask_alpha(canvas).getpixel((632, 424)) == 0
    canvas.undo()
    canvas.undo()
    assert mask_alpha(canvas).getpixel((560, 384)) == 255


def test_shift_space_and_x_erase(canvas: PaintCanvas, qtbot: QtBot) -> None:
    canvas.fill_all()
    press(qtbot, canvas, Qt.Key.Key_Up)
    press(qtbot, canvas, Qt.Key.Key_Space, SHIFT)
    alpha = mask_alpha(canvas)
    assert alpha.getpixel((512, 384)) == 255
    assert alpha.getpixel((512, 300)) == 0
    press(qtbot, canvas, Qt.Key.Key_X)
    assert canvas.tool is Tool.ERASER
    press(qtbot, canvas, Qt.Key.Key_Up, SHIFT, times=2)
    press(qtbot, canvas, Qt.Key.Key_Space)
    alpha = mask_alpha(canvas)
    assert alpha.getpixel((512, 304)) == 255
    assert alpha.getpixel((512, 344)) == 0  # between the two dabs
    press(qtbot, canvas, Qt.Key.Key_X)
    assert canvas.tool is Tool.BRUSH


def test_a_rectangle_from_the_keyboard_and_esc_drops_one(canvas: PaintCanvas, qtbot: QtBot) -> None:
    press(qtbot, canvas, Qt.Key.Key_R)
    assert canvas.tool is Tool.RECTANGLE
    press(qtbot, canvas, Qt.Key.Key_Left)
    press(qtbot, canvas, Qt.Key.Key_Return)  # a corner at (512, 384)
    press(qtbot, canvas, Qt.Key.Key_Right, CTRL)
    press(qtbot, canvas, Qt.Key.Key_Down, SHIFT, times=2)
    assert mask_alpha(canvas).getpixel((600, 420)) == 255  # not yet: only outlined
    press(qtbot, canvas, Qt.Key.Key_Return)
    alpha = mask_alpha(canvas)
    assert alpha.getpixel((600, 420)) == 0
    assert alpha.getpixel((670, 460)) == 0
    assert alpha.getpixel((680, 420)) == 255
    assert alpha.getpixel((600, 470)) == 255
    assert alpha.getpixel((500, 420)) == 255
    canvas.undo()
    assert mask_alpha(canvas).getpixel((600, 420)) == 255


def test_esc_drops_a_shape_before_the_window_s_esc_shortcut_takes_it(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    canvas = PaintCanvas()
    QVBoxLayout(holder).addWidget(canvas)
    canvas.set_base(display_pixels(png(1024, 768)))
    canvas.brush_size = 40
    canvas.tool = Tool.RECTANGLE
    cancel = QAction(holder)
    cancel.setShortcut(QKeySequence("Esc"))
    triggered: list[bool] = []
    cancel.triggered.connect(lambda: triggered.append(True))
    holder.addAction(cancel)
    holder.resize(640, 480)
    holder.show()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    press(qtbot, canvas, Qt.Key.Key_Up)
    press(qtbot, canvas, Qt.Key.Key_Return)
    press(qtbot, canvas, Qt.Key.Key_Left, CTRL)
    press(qtbot, canvas, Qt.Key.Key_Escape)
    assert not triggered
    assert mask_alpha(canvas).getpixel((450, 384)) == 255  # nothing filled
    press(qtbot, canvas, Qt.Key.Key_Return)  # starts anew
    press(qtbot, canvas, Qt.Key.Key_Right, SHIFT)
    press(qtbot, canvas, Qt.Key.Key_Down, SHIFT)
    press(qtbot, canvas, Qt.Key.Key_Return)
    assert mask_alpha(canvas).getpixel((370, 400)) == 0
    press(qtbot, canvas, Qt.Key.Key_Escape)  # no shape: the window's Esc
    assert triggered


def test_a_lasso_follows_the_arrows(canvas: PaintCanvas, qtbot: QtBot) -> None:
    press(qtbot, canvas, Qt.Key.Key_L)
    press(qtbot, canvas, Qt.Key.Key_Up)
    press(qtbot, canvas, Qt.Key.Key_Return)
    press(qtbot, canvas, Qt.Key.Key_Right, CTRL)
    press(qtbot, canvas, Qt.Key.Key_Down, CTRL)
    press(qtbot, canvas, Qt.Key.Key_Return)
    alpha = mask_alpha(canvas)
    assert alpha.getpixel((640, 460)) == 0  # inside the triangle
    assert alpha.getpixel((560, 520)) == 255  # outside it
