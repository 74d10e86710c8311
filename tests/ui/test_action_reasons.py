"""A disabled action says why in its own menu entry and the status bar, not only in a tooltip."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from studio.core import Session
from studio.ui import MainWindow
from studio.ui.action_reasons import action_name, set_available


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
