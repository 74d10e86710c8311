"""The whole app as ``studio --demo`` runs it: starts, shows the window, closes cleanly."""

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio import cli
from studio.app import run_app
from studio.ui import MainWindow


def test_studio_demo_opens_the_window_and_shuts_down_cleanly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handlers = list(logging.getLogger().handlers)
    seen: dict[str, object] = {}

    def close_when_the_demo_is_up() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].isVisible():
            window = windows[0]
            seen["provider"] = window.provider_label.text()
            if seen["provider"] == "Provider: Offline demo server":
                seen["demo_url"] = window.welcome.status.text()
                window.close()
                return
        QTimer.singleShot(50, close_when_the_demo_is_up)

    QTimer.singleShot(0, close_when_the_demo_is_up)
    try:
        assert run_app(cli.parse(["--demo"])) == 0
    finally:
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert seen["provider"] == "Provider: Offline demo server"
    assert "http://127.0.0.1:" in str(seen["demo_url"])
