"""Bugs of the window as a view (issue 14), driven as a person would: the clicked cell of a
grid is the one acted on, a stopped job's kept preview can be edited, and without a key only
sending is closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from studio.app import build_window
from studio.config import Paths
from studio.core import JobState, settle
from studio.gallery import GalleryStore
from studio.localapi import Fault, FaultKind, FaultPlan
from studio.ui import MainWindow
from studio.worker.protocol import Done, FinalImage
from tests.gallery.conftest import generate
from tests.images import png
from tests.ui.conftest import Workspace, choose, finished, type_prompt, until


def _cell_centre(window: MainWindow, cell: int) -> QPoint:
    canvas = window.canvas
    columns = 2  # 2 to 4 cells: two columns
    width, height = canvas.width() / columns, canvas.height() / 2
    return QPoint(int((cell % columns + 0.5) * width), int((cell // columns + 0.5) * height))


async def test_edit_export_and_copy_act_on_the_clicked_cell(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _, queue = workspace
    window.params.stream.setChecked(True)
    window.params.partials.setValue(1)
    window.params.count.setValue(3)
    type_prompt(window, qtbot, "three kites")
    window.generate()
    await finished(queue)
    assert [job.short_title() for job in queue.jobs] == [
        f"{n} of 3 · three kites" for n in (1, 2, 3)
    ]
    ids = [job.image_ids[0] for job in queue.jobs]
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=_cell_centre(window, 2))
    assert window.workspace.selected_cell == 2
    target = tmp_path / "chosen.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.images.export_shown()
    await until(target.exists)
    with GalleryStore(Paths.from_environment().data) as store:
        chosen = store.get(ids[2])
    assert chosen is not None
    assert target.read_bytes() == chosen.path.read_bytes()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: window.editor.editing)
    assert window.editor.inputs[0].image_id == ids[2]


async def test_ctrl_e_edits_a_stopped_jobs_kept_preview(
    workspace: Workspace, qtbot: QtBot, faults: FaultPlan
) -> None:
    window, _, queue = workspace
    window.params.stream.setChecked(True)
    window.params.partials.setValue(3)
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=2))
    type_prompt(window, qtbot, "interrupted")
    window.generate()
    await finished(queue)
    (job,) = queue.jobs
    assert job.state is JobState.FAILED
    assert job.kept_image_id is not None
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: window.editor.editing)
    assert window.editor.inputs[0].image_id == job.kept_image_id


async def test_without_a_key_browsing_editing_and_the_gallery_stay_open(qtbot: QtBot) -> None:
    paths = Paths.from_environment()
    with GalleryStore(paths.data) as store:
        (kept,) = generate(store, "a fox kept from an earlier run")
        (gone,) = generate(store, "a fox whose file went", colours=((1, 2, 3, 255),))
    gone.path.unlink()
    main_window, session, queue = build_window(paths)  # a first start after using the CLI
    qtbot.addWidget(main_window)
    main_window.show()
    try:
        await session.refresh_active_key()
        assert not session.ready
        await until(lambda: main_window.recent.model.rowCount() == 2)
        await until(lambda: "missing from the gallery folder" in main_window.notices.label.text())
        assert main_window.welcome.isVisible()
        assert main_window.pages.currentWidget() is main_window.results
        main_window.gallery_action.trigger()
        assert main_window.pages.currentWidget() is main_window.gallery
        main_window.editor_action.trigger()
        assert main_window.pages.currentWidget() is main_window.editor
        await main_window.images.show_gallery_image(kept.id)
        assert main_window.workspace.shown_image_id == kept.id
        qtbot.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: main_window.editor.editing)
        assert not main_window.prompt.generate.isEnabled()  # only sending needs the key
    finally:
        main_window.close()
        await queue.link.close()
        await session.shutdown()
        await settle()


async def test_copy_and_drag_of_a_cell_carry_the_whole_image(
    workspace: Workspace, qtbot: QtBot
) -> None:
    """A grid's cell shows a copy sized to it; Ctrl+C and a drag take the image itself."""
    window, _, queue = workspace
    choose(window.params.size, "1024x1024")
    window.params.count.setValue(3)
    type_prompt(window, qtbot, "three kites")
    window.generate()
    await finished(queue)
    ids = [image_id for job in queue.jobs for image_id in job.image_ids]
    assert len(ids) == 3
    picture = window.canvas.picture(2)
    assert picture is not None
    assert picture.pixels.width < 1024  # what the cell shows is smaller than the image
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=_cell_centre(window, 2))
    assert window.workspace.selected_cell == 2
    with GalleryStore(Paths.from_environment().data) as store:
        chosen = store.get(ids[2])
    assert chosen is not None
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: not QGuiApplication.clipboard().image().isNull())
    copied = QGuiApplication.clipboard().image()
    assert (copied.width(), copied.height()) == (1024, 1024)
    assert copied.convertToFormat(QImage.Format.Format_RGBA8888) == QImage(
        str(chosen.path)
    ).convertToFormat(QImage.Format.Format_RGBA8888)
    dragged = window.canvas.drag_mime(2)
    assert dragged is not None
    assert bytes(dragged.data("image/png").data()) == chosen.path.read_bytes()
    assert [url.toLocalFile() for url in dragged.urls()] == [str(chosen.path)]


async def test_copy_and_drag_of_an_opened_file_carry_the_whole_image(
    window: tuple[MainWindow, object], qtbot: QtBot, tmp_path: Path
) -> None:
    """A file larger than the view is shown as a copy sized to it; out goes the file whole."""
    main_window = window[0]
    path = tmp_path / "wide.png"
    path.write_bytes(png(3000, 2000))
    await main_window.images.open_file(path)
    picture = main_window.canvas.picture(0)
    assert picture is not None
    assert picture.pixels.width < 3000
    QGuiApplication.clipboard().clear()
    main_window.canvas.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: not QGuiApplication.clipboard().image().isNull())
    copied = QGuiApplication.clipboard().image()
    assert (copied.width(), copied.height()) == (3000, 2000)
    dragged = main_window.canvas.drag_mime(0)
    assert dragged is not None
    assert bytes(dragged.data("image/png").data()) == path.read_bytes()
    assert [url.toLocalFile() for url in dragged.urls()] == [str(path)]


async def test_a_job_that_ends_without_an_image_says_so_instead_of_waiting(
    workspace: Workspace, qtbot: QtBot, faults: FaultPlan
) -> None:
    window, _, queue = workspace
    assert window.canvas.waiting_text(0) == "Waiting…"
    faults.add(Fault(FaultKind.MODERATION))
    type_prompt(window, qtbot, "refused")
    window.generate()
    await finished(queue)
    (job,) = queue.jobs
    assert job.state is JobState.FAILED
    await until(lambda: window.canvas.waiting_text(0) != "Waiting…")
    assert window.canvas.waiting_text(0) == f"No image: {job.message}"


async def test_an_image_saved_but_not_shown_says_so_instead_of_waiting(
    workspace: Workspace, qtbot: QtBot, faults: FaultPlan
) -> None:
    """The worker could not hand the pixels over (no room left in memory): the image is in the
    gallery, and its cell says so rather than wait for ever."""
    window, _, queue = workspace
    faults.add(Fault(FaultKind.LATENCY, seconds=3))
    type_prompt(window, qtbot, "not painted")
    window.generate()
    await until(lambda: bool(queue.jobs) and queue.jobs[0].state is JobState.SENDING)
    (job,) = queue.jobs
    queue.link.received.emit(FinalImage(job.number, 0, None, image_id=41))
    queue.link.received.emit(Done(job.number))
    assert job.state is JobState.DONE
    await until(lambda: window.canvas.waiting_text(0) != "Waiting…")
    assert window.canvas.waiting_text(0) == "Saved in the gallery, but not shown here."
