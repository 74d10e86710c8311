"""Expanding the canvas in the editor with the mouse, sent to the local server over sockets,
checked on what the server received and what the gallery kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from studio.config import Paths
from studio.core import JobState
from studio.gallery import GalleryStore
from studio.imaging import Anchor
from tests.images import opened
from tests.inbox import RecordingServer
from tests.ui.conftest import Workspace, choose, finished, type_prompt, until
from tests.ui.test_editing import image_file

GREEN = (10, 200, 10, 255)


def point(rect_point: QPointF) -> QPoint:
    return rect_point.toPoint()


async def test_expand_by_dragging_an_edge_and_choosing_an_anchor(
    recorded: Workspace, recording_server: RecordingServer, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = recorded
    editor = window.editor
    choose(window.params.model, "gpt-image-2")
    await window._add_files([image_file(tmp_path, size=(1024, 768))])
    await until(lambda: editor.canvas.layer is not None)
    button = editor.options.widgetForAction(editor.expand_action)
    assert isinstance(button, QToolButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = editor.expand_view
    await until(lambda: editor.pages.currentWidget() is view and view.isVisible())
    assert editor.session.expansion is not None
    assert (editor.session.expansion.width, editor.session.expansion.height) == (1536, 768)
    # Drag the canvas's bottom edge down: the canvas grows taller.
    canvas = view.canvas_rect()
    start = QPointF(canvas.center().x(), canvas.bottom())
    scale = canvas.width() / 1536
    end = start + QPointF(0, 256 * scale)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=point(start))
    qtbot.mouseMove(view, point(end))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=point(end))
    choice = editor.session.expansion
    assert choice is not None
    assert choice.width == 1536
    assert abs(choice.height - 1024) <= 6
    qtbot.mouseClick(editor.expand_panel.anchor_buttons[Anchor.TOP_LEFT], Qt.MouseButton.LeftButton)
    assert editor.session.expansion.anchor is Anchor.TOP_LEFT
    assert editor.session.expansion.offset is None
    await until(lambda: editor._plan is not None and editor._plan.box[:2] == (0, 0))
    plan = editor._plan
    assert plan is not None
    assert f"sends {plan.canvas[0]}x{plan.canvas[1]}" in editor.expand_panel.sent.text()
    assert "Expanding the picture" in window.prompt.mode.text()

    type_prompt(window, qtbot, "more garden")
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    await until(lambda: queue.jobs)
    await finished(queue)
    (job,) = queue.jobs
    assert job.state is JobState.DONE, job.message
    assert job.request.size == f"{plan.canvas[0]}x{plan.canvas[1]}"
    (sent,) = recording_server.received
    image = opened(sent.files["image"][0])
    alpha = opened(sent.files["mask"][0]).convert("RGBA").getchannel("A")
    assert image.size == alpha.size == plan.canvas
    width, height = plan.canvas
    assert image.getpixel((100, 100)) == GREEN  # the picture, top left
    assert image.getpixel((width - 1, height - 1))[3] == 0  # new area: clear …
    assert alpha.getpixel((width - 1, height - 1)) == 0  # … and to be painted
    assert alpha.getpixel((100, 100)) == 255  # the picture stays
    assert alpha.getpixel((1023, 100)) < 255  # the seam at its right edge
    with GalleryStore(Paths.from_environment().data) as store:
        kept = store.get(job.image_ids[0])
        assert kept is not None
        kept_image = opened(kept.path.read_bytes()).convert("RGBA")
        assert kept_image.size == plan.canvas
        assert kept_image.getpixel((100, 100)) == GREEN
        ancestors = [record.id for record, _ in store.lineage(kept.id).ancestors]
        assert job.raw_image_ids[0] in ancestors


async def test_dragging_the_picture_places_it_and_stopping_goes_back_to_painting(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, _ = workspace
    editor = window.editor
    choose(window.params.model, "gpt-image-1.5")
    await window._add_files([image_file(tmp_path, size=(512, 512))])
    await until(lambda: editor.canvas.layer is not None)
    editor.set_expanding(True)
    view = editor.expand_view
    await until(lambda: view.isVisible())
    picture = view.picture_rect()
    scale = picture.width() / 512
    start = picture.center()
    end = start + QPointF(-200 * scale, 0)  # as far left as it goes
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=point(start))
    qtbot.mouseMove(view, point(end))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=point(end))
    choice = editor.session.expansion
    assert choice is not None
    assert choice.offset == (0, 0)
    assert not any(b.isChecked() for b in editor.expand_panel.anchor_buttons.values())
    # 768x512 is not a gpt-image-1.5 size: 1536x1024 is the nearest, the picture kept whole.
    await until(lambda: editor._plan is not None and editor._plan.canvas == (1536, 1024))
    assert editor._plan.box == (0, 0, 1024, 1024)
    assert "nearest size the model accepts" in editor.expand_panel.sent.text()
    qtbot.mouseClick(
        next(
            b for b in editor.expand_panel.findChildren(QToolButton) if b.text() == "Stop expanding"
        ),
        Qt.MouseButton.LeftButton,
    )
    assert editor.session.expansion is None
    assert editor.pages.currentWidget() is editor.canvas
    assert editor.toolbar.isEnabled()
