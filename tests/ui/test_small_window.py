"""The window from 800x600 to 4K: each page keeps room for what it shows, the tools people use
most stay in sight, the parameter panel fits its dock, and the docks come back when there is
room again."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from studio.core import JobQueue, Session
from studio.ui import MainWindow
from tests.ui.conftest import finished, type_prompt, until

SMALL = [(800, 600), (900, 600)]


async def _show(window: MainWindow, width: int, height: int, page: QWidget) -> None:
    window.resize(width, height)
    window.pages.setCurrentWidget(page)
    for _ in range(3):  # the docks re-tab on the resize, then the pages lay out
        await asyncio.sleep(0.02)


def _in_sight(widget: QWidget, window: MainWindow) -> bool:
    """Shown, with all of it inside the window (not folded behind a » or cut off)."""
    if not widget.isVisible() or widget.width() <= 0:
        return False
    box = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
    return window.rect().contains(box)


def _params_scroller(window: MainWindow) -> QScrollArea:
    scroller = window.params.parentWidget().parentWidget()
    assert isinstance(scroller, QScrollArea)
    return scroller


@pytest.mark.parametrize(("width", "height"), SMALL)
async def test_each_page_keeps_room_for_its_content(
    window: tuple[MainWindow, Session], width: int, height: int
) -> None:
    main, _ = window
    await _show(main, width, height, main.results)
    assert (main.width(), main.height()) == (width, height)
    assert main.canvas.width() >= 400
    assert main.canvas.height() >= 300

    await _show(main, width, height, main.editor)
    editor = main.editor
    assert editor.pages.width() >= 400
    assert editor.pages.height() >= 300
    for used in (editor.colour, editor.opacity, editor.show_layer, editor.size):
        assert _in_sight(used, main), used.accessibleName() or used.text()

    await _show(main, width, height, main.gallery)
    gallery = main.gallery
    cell_width = gallery.view.cell_size().width()
    assert gallery.view.viewport().width() >= 2 * cell_width
    assert gallery.view.viewport().height() >= cell_width
    for action in (gallery.reveal_button, gallery.compare_button, gallery.delete_button):
        button = gallery.actions_bar.widgetForAction(action)
        assert button is not None, action.text()
        assert _in_sight(button, main), action.text()
    assert _in_sight(gallery.details, main)
    assert gallery.details.width() >= 160

    await _show(main, width, height, main.batch_page)
    assert main.batch_page.width() >= 400
    assert main.batch_page.height() >= 300

    scroller = _params_scroller(main)
    assert main.params.width() <= scroller.viewport().width()
    assert main.params.minimumSizeHint().width() <= scroller.viewport().width()
    assert not scroller.horizontalScrollBar().isVisible()


async def test_small_window_tabs_the_docks_and_gives_them_back(
    window: tuple[MainWindow, Session],
) -> None:
    main, _ = window
    docks = main.dock_layout
    await _show(main, 1600, 1000, main.results)
    assert docks.compact == (False, False)
    roomy_canvas = main.canvas.width()
    assert not main.tabifiedDockWidgets(main.jobs.parentWidget())

    await _show(main, 900, 600, main.results)
    assert docks.compact == (True, True)
    prompt_dock = main.prompt.parentWidget().parentWidget()
    tabbed = main.tabifiedDockWidgets(prompt_dock)
    assert main.jobs.parentWidget() in tabbed
    assert main.recent.parentWidget() in tabbed
    # What is remembered is the roomy arrangement, not the tabs of a small window.
    assert docks.state() != main.saveState()

    await _show(main, 1600, 1000, main.results)
    assert docks.compact == (False, False)
    assert not main.tabifiedDockWidgets(prompt_dock)
    assert main.dockWidgetArea(main.jobs.parentWidget()) == Qt.DockWidgetArea.RightDockWidgetArea
    assert main.canvas.width() >= roomy_canvas * 0.95


async def test_a_4k_window_gives_the_page_the_room(window: tuple[MainWindow, Session]) -> None:
    main, _ = window
    await _show(main, 3840, 2160, main.results)
    assert main.dock_layout.compact == (False, False)
    assert main.canvas.width() >= 3840 * 0.6
    assert main.canvas.height() >= 2160 * 0.7
    await _show(main, 3840, 2160, main.gallery)
    assert main.gallery.view.viewport().width() >= 2000
    scroller = _params_scroller(main)
    assert main.params.width() <= scroller.viewport().width()


async def test_export_waits_for_a_saved_image_on_show(
    workspace: tuple[MainWindow, Session, JobQueue], qtbot: QtBot
) -> None:
    main, _, queue = workspace
    assert not main.export_action.isEnabled()
    type_prompt(main, qtbot, "a red kite over a field")
    main.generate()
    await finished(queue)
    await until(lambda: main.workspace.shown_image_id is not None)
    assert main.export_action.isEnabled()
