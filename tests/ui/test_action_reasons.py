"""A disabled action says why in its own menu entry and the status bar, not only in a tooltip."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from studio.core import Session
from studio.ui import MainWindow
from studio.ui.action_reasons import action_name, plain_name, set_available


def _menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for menu in window.findChildren(QMenu) for action in menu.actions()]


async def test_greyed_actions_in_the_menus_carry_their_reason(
    window: tuple[MainWindow, Session],
) -> None:
    main, session = window
    assert not session.ready
    assert not main.vary_action.isEnabled()
    texts = _menu_texts(main)
    assert "Make &variations — add an API key or start the demo server first" in texts
    assert "&Export shown image… — no saved image shown" in texts
    assert main.export_action.statusTip() == "no saved image shown"


def test_an_action_made_available_again_gets_its_own_name_back() -> None:
    action = QAction("&Compare")
    set_available(action, "select two images")
    assert (action.isEnabled(), action.text()) == (False, "&Compare — select two images")
    set_available(action, "select one more image")
    assert action.text() == "&Compare — select one more image"
    set_available(action, None)
    assert (action.isEnabled(), action.text(), action.statusTip()) == (True, "&Compare", "")
    assert action_name(action) == "&Compare"


def test_an_action_available_again_has_its_own_tooltip_back(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    action = QAction("&Export…", owner)
    action.setToolTip("Export (Ctrl+S)")
    set_available(action, "no saved image shown")
    assert (action.toolTip(), action.isEnabled()) == ("no saved image shown", False)
    set_available(action, None)
    assert (action.toolTip(), action.text(), action.isEnabled()) == (
        "Export (Ctrl+S)",
        "&Export…",
        True,
    )


def test_a_plain_name_has_no_accelerator_in_any_script() -> None:
    assert plain_name("&Results") == "Results"
    assert plain_name("结果(&R)") == "结果"  # CJK menus write the letter in brackets
    assert plain_name("Make &variations…") == "Make variations"
    assert plain_name("Save && go") == "Save & go"
