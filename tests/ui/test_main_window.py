import sys

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from studio.app import build_window
from studio.config import Paths, Provider, ProviderKind
from studio.core import Session
from studio.ui import ErrorReporter, MainWindow
from tests.ui.conftest import find, until


async def test_the_window_opens_titled_studio_and_closes_cleanly(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    main_window, _ = window
    assert main_window.windowTitle() == "Studio"
    assert main_window.isVisible()
    with qtbot.waitSignal(main_window.closed, timeout=1000):
        main_window.close()
    assert not main_window.isVisible()


def test_the_window_remembers_its_size_and_place(qtbot: QtBot) -> None:
    first, _, _ = build_window(Paths.from_environment())
    qtbot.addWidget(first)
    first.show()
    first.resize(795, 560)
    first.close()
    second, _, _ = build_window(Paths.from_environment())
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (795, 560)


def test_a_damaged_settings_file_is_announced_in_the_window(qtbot: QtBot) -> None:
    paths = Paths.from_environment()
    paths.config.mkdir(parents=True)
    paths.settings_file.write_text("{ not json")
    main_window, _, _ = build_window(paths)
    qtbot.addWidget(main_window)
    main_window.show()
    assert main_window.notices.isVisible()
    assert "damaged" in main_window.notices.label.text()


async def test_without_a_key_the_window_offers_a_key_or_the_demo(
    window: tuple[MainWindow, Session],
) -> None:
    main_window, session = window
    assert not session.ready
    assert find(main_window, QPushButton, "Add an API key")
    assert find(main_window, QPushButton, "Use the offline demo server")
    assert "no API key" in main_window.provider_label.text()


async def test_the_demo_server_starts_from_the_welcome_panel(
    window: tuple[MainWindow, Session],
) -> None:
    main_window, session = window
    find(main_window, QPushButton, "Use the offline demo server").click()
    await until(lambda: session.using_demo)
    assert session.ready
    assert main_window.provider_label.text() == "Provider: Offline demo server"
    assert "offline demo server at http://127.0.0.1:" in main_window.welcome.status.text()
    check = await session.check_connection(session.active_provider, session.active_key.value)
    assert check.ok, check.message
    await session.shutdown()
    assert not session.using_demo


async def test_an_unexpected_error_is_shown_and_logged_and_the_app_goes_on(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    main_window, _ = window
    paths = Paths.from_environment()
    reporter = ErrorReporter(paths.log_file)
    try:
        raise ValueError("boom with api-key: sk-studiotest-zzz")
    except ValueError:
        reporter.report(*sys.exc_info())
    await until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QMessageBox)
    assert "ValueError: boom" in dialog.text()
    assert "sk-studiotest" not in dialog.text() + dialog.detailedText()
    dialog.close()
    assert main_window.isVisible()


async def test_an_error_report_hides_every_key_held_whatever_its_shape(
    window: tuple[MainWindow, Session],
) -> None:
    _, session = window
    azure_key = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    azure = Provider.new(ProviderKind.AZURE, "Work", base_url="https://w.example", deployment="d")
    await session.apply(session.settings.with_providers((azure,), azure.id), {azure.id: azure_key})
    reporter = ErrorReporter(Paths.from_environment().log_file)
    try:
        raise RuntimeError(f"the gateway echoed {azure_key}")
    except RuntimeError:
        reporter.report(*sys.exc_info())
    await until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QMessageBox)
    shown = dialog.text() + dialog.detailedText()
    assert azure_key not in shown
    assert "…e1f0" in shown
    dialog.close()


async def test_saving_providers_keeps_the_demo_unless_another_provider_is_chosen(
    window: tuple[MainWindow, Session],
) -> None:
    main_window, session = window
    await session.use_demo_server()
    await session.apply(session.settings, {})
    assert session.using_demo
    await session.apply(session.settings, {session.settings.active_provider_id: "sk-studiotest-1"})
    assert not session.using_demo
    assert main_window.provider_label.text() == "Provider: OpenAI"
