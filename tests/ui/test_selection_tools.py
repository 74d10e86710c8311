"""Selecting without painting in the editor: the colour tool clicked with the mouse, grow and
shrink, feather, masks saved and loaded — each one step that undo takes back."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.ui import MainWindow
from studio.ui.paint_canvas import LayerKind, PaintCanvas, Tool, layer_coverage
from tests.images import opened
from tests.ui.conftest import Workspace, until
from tests.ui.test_editing import at, open_for_editing

RED, GREEN = (220, 30, 30, 255), (30, 180, 60, 255)


def two_colours(folder: Path) -> Path:
    """Red on the left half, green on the right, a red square (20x20) inside the green."""
    image = Image.new("RGBA", (256, 192), GREEN)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 127, 191), fill=RED)
    draw.rectangle((200, 100, 219, 119), fill=RED)
    path = folder / "two.png"
    image.save(path)
    return path


def masked(canvas: PaintCanvas) -> int:
    """How many layer pixels are fully masked."""
    layer = canvas.layers[LayerKind.MASK]
    return layer_coverage(layer.snapshot()).count(255)


async def changed(canvas: PaintCanvas, before: int) -> int:
    await until(lambda: masked(canvas) != before)
    return masked(canvas)


async def editor_with(window: MainWindow, tmp_path: Path) -> PaintCanvas:
    canvas = await open_for_editing(window, two_colours(tmp_path))
    assert canvas.layer is not None
    assert (canvas.layer.width, canvas.layer.height) == (256, 192)
    return canvas


async def test_the_colour_tool_selects_the_clicked_area_and_shift_adds(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window = workspace[0]
    editor = window.editor
    canvas = await editor_with(window, tmp_path)
    qtbot.mouseClick(editor.tool_buttons[Tool.SELECT_COLOUR], Qt.MouseButton.LeftButton)
    assert canvas.tool is Tool.SELECT_COLOUR
    await until(lambda: editor.combine.isVisible() and not editor.size.isVisible())
    assert editor.tolerance.isVisible()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at(canvas, 40, 40))
    assert await changed(canvas, 0) == 128 * 192  # the left half only: contiguous
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, at(canvas, 210, 110)
    )
    assert await changed(canvas, 128 * 192) == 128 * 192 + 400
    editor.canvas.undo()
    assert masked(canvas) == 128 * 192
    # Not contiguous: every red pixel, replacing what was masked.
    editor.contiguous.setChecked(False)
    assert editor.session.colour_pick.contiguous is False
    editor.canvas.clear_all()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at(canvas, 40, 40))
    assert await changed(canvas, 0) == 128 * 192 + 400
    assert "with a mask" in window.prompt.mode.text()


async def test_grow_shrink_and_feather_change_the_mask_and_undo_takes_them_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    window = workspace[0]
    editor = window.editor
    canvas = await editor_with(window, tmp_path)
    editor.contiguous.setChecked(False)
    await editor.selection.select_colour_at(210, 110)
    assert masked(canvas) == 128 * 192 + 400
    await editor.selection.grow(2)
    # The half grows 2 px to the right; the square 2 px on every side.
    assert masked(canvas) == 130 * 192 + 24 * 24
    await editor.selection.grow(-4)
    assert masked(canvas) == 126 * 192 + 16 * 16
    editor.canvas.undo()
    editor.canvas.undo()
    assert masked(canvas) == 128 * 192 + 400
    await editor.selection.feather(3)
    coverage = layer_coverage(canvas.layers[LayerKind.MASK].snapshot())
    assert 0 < coverage[100 * 256 + 128] < 255  # soft at the edge


async def test_a_mask_saved_loads_back_and_a_pictures_alpha_loads_as_a_mask(
    workspace: Workspace, tmp_path: Path
) -> None:
    window = workspace[0]
    editor = window.editor
    canvas = await editor_with(window, tmp_path)
    await editor.selection.select_colour_at(40, 40)
    target = tmp_path / "saved-mask.png"
    assert await editor.selection.save(target)
    alpha = opened(target.read_bytes()).convert("RGBA").getchannel("A")
    assert alpha.getpixel((10, 10)) == 0  # the API's way: transparent where it may change
    assert alpha.getpixel((200, 10)) == 255
    canvas.clear_all()
    assert masked(canvas) == 0
    await editor.selection.load(target)
    assert masked(canvas) == 128 * 192
    cut_out = Image.new("RGBA", (256, 192), (0, 0, 0, 0))
    cut_out.paste((255, 255, 255, 255), (0, 0, 64, 192))  # the left quarter is opaque
    out = io.BytesIO()
    cut_out.save(out, "PNG")
    (tmp_path / "cut-out.png").write_bytes(out.getvalue())
    await editor.selection.load(tmp_path / "cut-out.png", from_alpha=True)
    assert masked(canvas) == 64 * 192
    (tmp_path / "broken.png").write_bytes(b"no picture")
    await editor.selection.load(tmp_path / "broken.png")
    assert "could not be loaded as a mask" in window.notices.label.text()
    assert masked(canvas) == 64 * 192
