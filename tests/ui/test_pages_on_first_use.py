"""The window shows before the pages its first screen does not show are made (and their modules
loaded); each way to one of them makes it, and it works as if it had been there all along."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from studio.batch import BatchDraft
from studio.config import Paths
from studio.core import Session
from studio.core import batches as batches_module
from studio.core.batches import BatchSession
from studio.localapi import LocalServer
from studio.ui import MainWindow
from studio.ui.batch_page import BatchPage
from studio.ui.editor import EditorPage
from studio.ui.gallery_page import GalleryPage
from studio.ui.spending_dialog import SpendingDialog
from tests.conftest import TEST_KEY_PREFIX
from tests.images import png
from tests.ui.conftest import Workspace, drop_files, generated, until

#: Modules only the pages and dialogs made on first use need, Pillow (for the first image), and
#: the gallery's database (opened on its own thread).
DEFERRED = (
    "PIL",
    "sqlite3",
    "studio.gallery._store",
    "studio.gallery._journal",
    "studio.ui.editor",
    "studio.ui.gallery_page",
    "studio.ui.batch_page",
    "studio.ui.compare_view",
    "studio.ui.shortcuts_dialog",
    "studio.ui.spending_dialog",
    "studio.ui.appearance_dialog",
)

_START = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from studio.app import build_window
from studio.config import Paths
window, session, queue = build_window(Paths.from_environment())
window.show()
app.processEvents()
print(window.pages.count())
print(" ".join(sorted(sys.modules)))
"""


def _made(window: MainWindow, kind: type[QWidget]) -> bool:
    return window.findChild(kind) is not None


def test_a_fresh_start_loads_neither_the_other_pages_nor_pillow_nor_the_database(
    tmp_path: Path,
) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "STUDIO_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(root), env.get("PYTHONPATH"))))
    shown = subprocess.run(
        [sys.executable, "-c", _START],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
        cwd=tmp_path,  # not a folder holding a ``studio`` directory (design.md's pitfall)
    ).stdout.splitlines()
    pages, loaded = int(shown[-2]), set(shown[-1].split())
    assert pages == 1  # the results page only
    assert "studio.ui.main_window" in loaded
    assert loaded.isdisjoint(DEFERRED), loaded & set(DEFERRED)


async def test_the_page_actions_make_each_page_when_first_chosen(
    window: tuple[MainWindow, Session],
) -> None:
    main_window, _ = window
    assert main_window.pages.count() == 1
    for kind in (EditorPage, GalleryPage, BatchPage):
        assert not _made(main_window, kind)
    for action, kind in (
        (main_window.editor_action, EditorPage),
        (main_window.gallery_action, GalleryPage),
        (main_window.batches_action, BatchPage),
    ):
        action.trigger()
        page = main_window.pages.currentWidget()
        assert isinstance(page, kind)
        assert page.isVisible()
        assert action.isChecked()
    main_window.results_action.trigger()
    main_window.editor_action.trigger()  # made once, shown again
    assert main_window.pages.count() == 4
    assert main_window.findChildren(EditorPage) == [main_window.pages.currentWidget()]


async def test_results_saved_before_the_gallery_is_made_are_in_it(
    workspace: Workspace, qtbot: QtBot
) -> None:
    main_window, _, queue = workspace
    await generated(main_window, qtbot, queue, "a lantern in fog")
    await until(lambda: main_window.recent.model.rowCount() == 1)
    assert not _made(main_window, GalleryPage)
    main_window.gallery_action.trigger()
    gallery = main_window.gallery
    await until(lambda: gallery.model.rowCount() == 1)
    assert gallery.model.record(0).name == "a lantern in fog"
    # Undo acts on the gallery now it is shown; the editor was never needed.
    assert main_window.undo_action.isEnabled()
    assert not _made(main_window, EditorPage)


async def test_edit_shown_image_makes_the_editor_with_the_image_in_it(
    workspace: Workspace, qtbot: QtBot
) -> None:
    main_window, _, queue = workspace
    await generated(main_window, qtbot, queue, "a red kite")
    assert not _made(main_window, EditorPage)
    main_window.edit_shown_action.trigger()
    await until(lambda: _made(main_window, EditorPage))
    editor = main_window.editor
    await until(lambda: len(editor.inputs) == 1)
    assert main_window.pages.currentWidget() is editor
    assert editor.inputs[0].image_id == queue.jobs[0].image_ids[0]
    assert main_window.prompt.generate.text() == "Edit image"  # the window sends an edit now


async def test_sending_a_recent_result_to_the_editor_makes_it(
    workspace: Workspace, qtbot: QtBot
) -> None:
    main_window, _, queue = workspace
    await generated(main_window, qtbot, queue, "an owl at night")
    await until(lambda: main_window.recent.model.rowCount() == 1)
    image_id = main_window.recent.item(0).id  # type: ignore[union-attr]
    main_window.recent.edit_requested.emit(image_id)  # its menu's "Edit"
    await until(lambda: _made(main_window, EditorPage) and main_window.editor.editing)
    assert main_window.editor.inputs[0].image_id == image_id
    assert main_window.pages.currentWidget() is main_window.editor


async def test_a_file_dropped_before_the_editor_is_made_is_shown_not_edited(
    window: tuple[MainWindow, Session], tmp_path: Path
) -> None:
    main_window, _ = window
    dropped = tmp_path / "dropped.png"
    dropped.write_bytes(png(40, 30))
    drop_files(main_window, [dropped])
    await until(lambda: main_window.workspace.shown.source == dropped)
    assert main_window.pages.currentWidget() is main_window.results
    assert not _made(main_window, EditorPage)
    main_window.editor_action.trigger()  # once the editor is open, a drop goes into it
    drop_files(main_window, [dropped])
    await until(lambda: main_window.editor.editing)
    assert main_window.editor.inputs[0].name == "dropped.png"


@pytest.fixture
def quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unfinished batches asked about every 50 ms (from before the window is made)."""
    monkeypatch.setattr(batches_module, "POLL_MS", 50)


async def test_batches_are_watched_from_the_start_and_their_end_told_without_the_batch_page(
    quick_polls: None, workspace: Workspace, local_server: LocalServer
) -> None:
    main_window, session, _ = workspace
    provider = session.active_provider
    assert provider is not None
    # Sent from elsewhere (the CLI, an earlier run): the window has never touched its batches.
    elsewhere = BatchSession(Paths.from_environment().data, lambda: session.settings)
    base = replace(main_window.params.request(""), stream=False, partial_images=None)
    local_server.batches.running.clear()
    try:
        batch_id = await elsewhere.send(
            BatchDraft("a {fox|owl}", base=base), provider, TEST_KEY_PREFIX + "ws"
        )
        assert batch_id is not None
    finally:
        elsewhere.close()
        local_server.batches.running.set()
    await until(
        lambda: f"Batch {batch_id} finished: 2 of 2 done" in main_window.notices.label.text()
    )
    assert not _made(main_window, BatchPage)
    main_window.batches_action.trigger()  # the page shows what the session knows
    page = main_window.batch_page
    await until(lambda: page.list.topLevelItemCount() == 1)
    assert page.list.topLevelItem(0).text(0) == batch_id


async def test_spending_caps_open_without_the_batch_page(
    window: tuple[MainWindow, Session],
) -> None:
    main_window, _ = window
    main_window.open_spending()
    dialog = main_window.findChild(SpendingDialog)
    assert dialog is not None
    await until(dialog.isVisible)
    assert not _made(main_window, BatchPage)
    dialog.close()
