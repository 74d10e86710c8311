"""The Providers dialog, driven as a person would: type, click, read."""

import json
from datetime import date

import keyring
import keyring.backends.null
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from studio.api import lifecycle_for, table_models
from studio.config import KEYRING_SERVICE, Paths
from studio.core import Session
from studio.localapi import LocalServer
from studio.ui import MainWindow, ProvidersDialog
from tests.conftest import TEST_KEY_PREFIX, MemoryKeyring
from tests.ui.conftest import find, gone, until

KEY = TEST_KEY_PREFIX + "0123456789"


async def open_dialog(main_window: MainWindow) -> ProvidersDialog:
    main_window.open_providers()
    dialog = main_window.findChild(ProvidersDialog)
    assert dialog is not None
    assert dialog.isVisible()
    key_field = find(dialog, QLineEdit, "API key")
    await until(key_field.isEnabled)  # keys load from the keychain in a thread
    return dialog


def labels(dialog: QDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def add_provider(dialog: ProvidersDialog, kind_label: str) -> None:
    add = find(dialog, QToolButton, "Add")
    action = next(a for a in add.menu().actions() if a.text() == kind_label)
    action.trigger()


async def test_a_typed_key_goes_to_the_keychain_and_nowhere_else(
    window: tuple[MainWindow, Session], qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    main_window, session = window
    dialog = await open_dialog(main_window)
    key_field = find(dialog, QLineEdit, "API key")
    assert key_field.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(key_field, KEY)
    find(dialog, QPushButton, "Save").click()
    await until(lambda: gone(dialog))
    assert memory_keyring.passwords == {(KEYRING_SERVICE, "openai"): KEY}
    assert session.ready
    assert main_window.provider_label.text() == "Provider: OpenAI"
    # the settings file exists and holds no key (the teardown scans every file for it too)
    assert KEY not in Paths.from_environment().settings_file.read_text()


async def test_show_reveals_the_key_and_hide_masks_it_again(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    dialog = await open_dialog(window[0])
    key_field = find(dialog, QLineEdit, "API key")
    show = find(dialog, QToolButton, "Show")
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert key_field.echoMode() is QLineEdit.EchoMode.Normal
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert key_field.echoMode() is QLineEdit.EchoMode.Password


@pytest.mark.usefixtures("no_keyring")
async def test_without_a_keychain_the_dialog_and_window_say_the_key_is_for_this_session(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    main_window, session = window
    dialog = await open_dialog(main_window)
    assert (
        "No system keychain is available on this computer. A key you enter here is kept for "
        "this session only" in labels(dialog)
    )
    qtbot.keyClicks(find(dialog, QLineEdit, "API key"), KEY)
    find(dialog, QPushButton, "Save").click()
    await until(lambda: gone(dialog))
    assert session.ready
    notice = main_window.notices.label.text()
    assert "No system keychain is available" in notice
    assert "kept for this session only" in notice
    dialog = await open_dialog(main_window)
    assert "kept for this session only" in labels(dialog)


async def test_an_invalid_base_url_is_explained_and_nothing_is_saved(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    main_window, session = window
    dialog = await open_dialog(main_window)
    add_provider(dialog, "Compatible server")
    url = find(dialog, QLineEdit, "Base URL")
    qtbot.keyClicks(url, "localhost:8000/v1")
    assert "must start with https://" in labels(dialog)
    find(dialog, QPushButton, "Save").click()
    assert dialog.isVisible()
    assert "must start with https://" in labels(dialog)
    assert not Paths.from_environment().settings_file.exists()
    assert len(session.settings.providers) == 1


async def test_adding_removing_and_choosing_providers_is_saved(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    main_window, session = window
    dialog = await open_dialog(main_window)
    add_provider(dialog, "Azure OpenAI")
    qtbot.keyClicks(find(dialog, QLineEdit, "Endpoint"), "https://res.openai.azure.com")
    qtbot.keyClicks(find(dialog, QLineEdit, "Deployment"), "images")
    with pytest.raises(LookupError):
        find(dialog, QLineEdit, "Organization")  # an OpenAI-only field is hidden for Azure
    find(dialog, QPushButton, "Use this provider").click()
    assert find(dialog, QPushButton, "In use")
    providers = dialog.findChild(QListWidget)
    providers.setCurrentRow(0)
    find(dialog, QPushButton, "Remove").click()
    assert providers.count() == 1
    find(dialog, QPushButton, "Save").click()
    await until(lambda: gone(dialog))
    document = json.loads(Paths.from_environment().settings_file.read_text())
    (azure,) = document["providers"]
    assert (azure["kind"], azure["base_url"], azure["deployment"]) == (
        "azure",
        "https://res.openai.azure.com",
        "images",
    )
    assert document["active_provider_id"] == azure["id"]
    assert session.active_provider is not None
    assert session.active_provider.name == "Azure OpenAI"


async def test_test_connection_reports_success_against_a_real_server(
    window: tuple[MainWindow, Session], qtbot: QtBot, local_server: LocalServer
) -> None:
    dialog = await open_dialog(window[0])
    add_provider(dialog, "Compatible server")
    qtbot.keyClicks(find(dialog, QLineEdit, "Base URL"), local_server.base_url)
    qtbot.keyClicks(find(dialog, QLineEdit, "API key"), KEY)
    find(dialog, QPushButton, "Test connection").click()
    await until(lambda: "✓" in labels(dialog))
    count = len(table_models())
    expected = (
        f"Connected to Compatible server: {count} models offered, {count} of them for images."
    )
    assert expected in labels(dialog)


async def test_test_connection_explains_a_refused_key(
    window: tuple[MainWindow, Session], qtbot: QtBot, local_server: LocalServer
) -> None:
    dialog = await open_dialog(window[0])
    add_provider(dialog, "Compatible server")
    qtbot.keyClicks(find(dialog, QLineEdit, "Base URL"), local_server.base_url)
    find(dialog, QPushButton, "Test connection").click()
    await until(lambda: "✗" in labels(dialog))
    assert "did not accept the API key" in labels(dialog)


async def test_test_connection_counts_the_image_models_a_key_may_use_and_what_ends_soon(
    window: tuple[MainWindow, Session], qtbot: QtBot, local_server: LocalServer
) -> None:
    main_window, session = window
    session.today = lambda: date(2026, 11, 1)
    dialog = await open_dialog(main_window)
    add_provider(dialog, "OpenAI")
    qtbot.keyClicks(find(dialog, QLineEdit, "Base URL"), local_server.base_url)
    qtbot.keyClicks(find(dialog, QLineEdit, "API key"), KEY)
    qtbot.mouseClick(find(dialog, QPushButton, "Test connection"), Qt.MouseButton.LeftButton)
    await until(lambda: "✓" in labels(dialog))
    live = [
        name
        for name, info in ((n, lifecycle_for(n)) for n in table_models())
        if info.shutdown is None or info.shutdown > date(2026, 11, 1)
    ]
    assert f"this key may use {len(live)} image models." in labels(dialog)
    assert "Shutting down: gpt-image-1.5 on 2026-12-01" in labels(dialog)


async def test_a_keychain_that_keeps_nothing_is_told_like_a_missing_one(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    keyring.set_keyring(keyring.backends.null.Keyring())
    main_window, session = window
    dialog = await open_dialog(main_window)
    qtbot.keyClicks(find(dialog, QLineEdit, "API key"), KEY)
    find(dialog, QPushButton, "Save").click()
    await until(lambda: gone(dialog))
    assert session.ready  # the key works for this session…
    notice = main_window.notices.label.text()
    assert "did not keep it" in notice  # …and the user knows it will not be remembered
    assert "kept for this session only" in notice
    dialog = await open_dialog(main_window)
    assert "kept for this session only" in labels(dialog)


async def test_a_base_url_with_a_password_is_refused_and_nothing_is_saved(
    window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    main_window, session = window
    dialog = await open_dialog(main_window)
    add_provider(dialog, "Compatible server")
    qtbot.keyClicks(find(dialog, QLineEdit, "Base URL"), "https://me:hunter2@images.example/v1")
    assert "credentials belong in the key field" in labels(dialog)
    find(dialog, QPushButton, "Save").click()
    assert dialog.isVisible()
    assert not Paths.from_environment().settings_file.exists()
    assert len(session.settings.providers) == 1


async def test_notes_keep_their_room_and_a_test_result_goes_when_the_values_change(
    window: tuple[MainWindow, Session], qtbot: QtBot, local_server: LocalServer
) -> None:
    dialog = await open_dialog(window[0])
    add_provider(dialog, "Compatible server")
    test_button = find(dialog, QPushButton, "Test connection")
    save = find(dialog, QPushButton, "Save")

    def places() -> tuple[int, int]:
        """How far down the buttons are: a note coming or going must not push them."""
        return test_button.mapTo(dialog, QPoint()).y(), save.mapTo(dialog, QPoint()).y()

    before = places()
    url = find(dialog, QLineEdit, "Base URL")
    qtbot.keyClicks(url, "localhost:8000/v1")  # a problem appears under the URL
    assert "must start with https://" in labels(dialog)
    url.clear()
    qtbot.keyClicks(url, local_server.base_url)
    qtbot.keyClicks(find(dialog, QLineEdit, "API key"), KEY)
    assert places() == before
    test_button.click()
    await until(lambda: "✓" in labels(dialog))
    assert places() == before
    # The answer was about this URL: typing another one takes it away.
    qtbot.keyClicks(url, "x")
    assert "✓" not in labels(dialog)
    assert "Connected" not in labels(dialog)
