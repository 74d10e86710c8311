"""Compare plays a GIF with the canvas's play/pause bar: Space or the button pauses it."""

from __future__ import annotations

import asyncio
import io

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.imaging import display_pixels
from studio.ui.compare_view import CompareView
from tests.images import png
from tests.ui.conftest import until


def _gif(frames: int = 4) -> bytes:
    pictures = [Image.new("RGB", (64, 48), (60 * n, 255 - 60 * n, 30)) for n in range(frames)]
    out = io.BytesIO()
    pictures[0].save(out, "GIF", save_all=True, append_images=pictures[1:], duration=100, loop=0)
    return out.getvalue()


async def test_a_gif_in_compare_can_be_paused(qtbot: QtBot) -> None:
    view = CompareView(display_pixels(_gif()), display_pixels(png(64, 48)))
    qtbot.addWidget(view)
    view.resize(640, 400)
    view.show()
    animation = view.pictures[0].animation
    assert animation is not None
    bar = view.playback
    assert bar.isVisible()
    assert bar.geometry().bottom() <= view.height()
    await until(lambda: animation.index != 0)  # it plays
    assert bar.label.text() == f"Frame {animation.index + 1} of 4"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not animation.playing
    paused = animation.index
    await asyncio.sleep(0.35)  # three frames' time
    assert animation.index == paused
    qtbot.mouseClick(bar.play, Qt.MouseButton.LeftButton)
    assert animation.playing
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not animation.playing


async def test_two_stills_in_compare_have_no_play_bar(qtbot: QtBot) -> None:
    view = CompareView(display_pixels(png(64, 48)), display_pixels(png(64, 48, (0, 0, 255, 255))))
    qtbot.addWidget(view)
    view.show()
    assert not view.playback.isVisible()
