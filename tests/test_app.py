"""The whole app as ``studio --demo`` runs it: starts, shows the window, closes cleanly."""

import logging
import os
import subprocess
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


def test_the_self_test_makes_a_streamed_image_and_passes() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    # No display: the self-test goes offscreen by itself.
    done = subprocess.run(
        [sys.executable, "-m", "studio", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "self-test passed" in done.stdout
    assert "Qt platform: offscreen" in done.stdout
