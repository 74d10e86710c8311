"""Compare's difference mode: for two pictures, and for an edit against its base."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.core import JobState
from studio.imaging import display_pixels
from studio.ui.compare_view import CompareDialog
from studio.ui.difference_view import DifferenceDialog
from studio.ui.paint_canvas import Tool
from tests.images import png
from tests.ui.conftest import Workspace, choose, finished, type_prompt, until
from tests.ui.test_editing import at, drag, image_file, open_for_editing
from tests.ui.test_gallery_page import open_gallery, select_rows


def patched(shift: int) -> bytes:
    image = Image.new("RGBA", (100, 100), (100, 100, 100, 255))
    image.paste((100 + shift, 100, 100, 255), (0, 0, 20, 10))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


async def test_the_share_changed_follows_the_threshold(qtbot: QtBot) -> None:
    before = display_pixels(png(100, 100, (100, 100, 100, 255)))
    after = display_pixels(patched(40))
    dialog = DifferenceDialog(("before", before), ("after", after))
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.view
    await until(lambda: view.result is not None)
    assert view.result is not None
    assert view.result.share == pytest.approx(0.02)
    assert "2.0% of the pixels changed" in view.share.text()
    view.threshold.setFocus()
    qtbot.keyClick(view.threshold, Qt.Key.Key_End)  # a threshold above the change
    await until(lambda: view.result is not None and view.result.changed == 0)
    assert "0.0% of the pixels changed" in view.share.text()


async def test_an_edit_against_its_base_from_the_gallery(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = workspace
    choose(window.params.model, "gpt-image-2.6-flare")
    canvas = await open_for_editing(window, image_file(tmp_path, size=(512, 384)))
    window.editor.set_tool(Tool.RECTANGLE)
    drag(qtbot, canvas, at(canvas, 0, 0), at(canvas, 256, 384))  # the left half
    type_prompt(window, qtbot, "a red door")
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    await until(lambda: queue.jobs)
    await finished(queue)
    (job,) = queue.jobs
    assert job.state is JobState.DONE, job.message
    gallery = await open_gallery(window)
    await until(lambda: gallery.model.record(0) is not None)
    newest = gallery.model.record(0)
    assert newest is not None
    assert newest.id == job.image_ids[0]  # the kept result
    select_rows(gallery, 0)
    gallery._compare_with_base()
    await until(lambda: isinstance(getattr(gallery, "compare_dialog", None), CompareDialog))
    compare = gallery.compare_dialog
    qtbot.mouseClick(compare.difference_button, Qt.MouseButton.LeftButton)
    await until(lambda: getattr(compare, "difference_dialog", None) is not None)
    view = compare.difference_dialog.view
    await until(lambda: view.result is not None)
    assert view.result is not None
    # The unmasked half was put back: the change is within the masked half.
    assert 0.2 < view.result.share <= 0.52
    compare.close()


async def test_an_image_without_a_base_is_said(workspace: Workspace) -> None:
    window, _, queue = workspace
    choose(window.params.model, "gpt-image-2.6-flare")
    window.prompt.editor.setPlainText("a lighthouse")
    window.generate()
    await until(lambda: queue.jobs)
    await finished(queue)
    gallery = await open_gallery(window)
    select_rows(gallery, 0)
    gallery._compare_with_base()
    await until(lambda: "has no base" in window.notices.label.text())
