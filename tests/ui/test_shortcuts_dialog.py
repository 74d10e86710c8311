"""Help ▸ Keyboard shortcuts lists the window's actions as they are (a shortcut changed shows
changed) and the canvas and editor keys; typing filters the list."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from studio.core import Session
from studio.ui import MainWindow
from studio.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.conftest import until


def _help_action(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Help")
    return next(a for a in menu.actions() if a.text() == text)


async def test_the_list_comes_from_the_actions_and_filters_as_you_type(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    main_window, _ = window
    main_window.generate_action.setShortcut(QKeySequence("Ctrl+G"))  # read, not copied
    _help_action(main_window, "&Keyboard shortcuts").trigger()
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog is not None
    await until(dialog.isVisible)
    listed = dict(dialog.listed())
    assert listed["Generate"] == "Ctrl+G"
    assert listed["Copy image"] == QKeySequence(QKeySequence.StandardKey.Copy).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert listed["Keyboard shortcuts"] == "Ctrl+/"
    assert "Delete (Gallery images)" in listed  # a key of one place says which
    assert "Paint a dab at the brush cursor (held, the arrows paint)" in listed  # editor keys
    assert "Zoom about the pointer" in listed  # canvas keys
    assert "Fit both images" in listed  # Compare's
    assert dialog.focusWidget() is dialog.search  # typing goes to the search field

    qtbot.keyClicks(dialog.search, "gen")
    assert [what for what, _ in dialog.listed()] == ["Generate"]
    assert not dialog.nothing.isVisible()

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "SHIFT+SPACE")  # keys too, any case
    assert [keys for _, keys in dialog.listed()] == ["Shift+Space"]

    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "no such thing")
    assert dialog.listed() == []
    assert dialog.nothing.isVisible()
    assert "no such thing" in dialog.nothing.text()

    _help_action(main_window, "&Keyboard shortcuts").trigger()  # the one open, raised
    assert main_window.findChildren(ShortcutsDialog) == [dialog]
    dialog.close()
