"""Settings ▸ Appearance… and Help ▸ Keyboard shortcuts say every word through tr(): with a
catalogue that marks each message it translates, every word the dialogs show comes out marked
(so lupdate finds them all and a translation reaches them); the language the system setting
would pick is named as that language names itself, in the window's language around it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from studio.core import Session
from studio.ui import MainWindow
from studio.ui.appearance_dialog import AppearanceDialog
from studio.ui.i18n import available_languages
from studio.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.conftest import until

#: Language names stand as each language writes its own name: never translated.
_OWN_NAMES = {"English", "Deutsch", "简体中文"}


class _Marking(QTranslator):
    """A catalogue with a translation for everything: the source in «»."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context.startswith("Q") and context[1:2].isupper():
            return None  # Qt's own (standard buttons, key names): its catalogues' business
        return f"«{source}»"


@pytest.fixture
def marked(qapp: QApplication) -> Iterator[None]:
    translator = _Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _marked(text: str) -> bool:
    return text.startswith("«") and text.endswith("»")


def _settings_action(window: MainWindow, text: str) -> QAction:
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() == text:
                return action
    raise LookupError(text)


async def test_every_word_of_the_appearance_dialog_is_translated(
    marked: None, window: tuple[MainWindow, Session]
) -> None:
    main_window, _ = window
    _settings_action(main_window, "«&Appearance…»").trigger()
    dialog = main_window.findChild(AppearanceDialog)
    assert dialog is not None
    await until(dialog.isVisible)
    shown = [dialog.windowTitle()]
    shown += [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    for combo in dialog.findChildren(QComboBox):
        shown.append(combo.accessibleName())
        shown += [combo.itemText(n) for n in range(combo.count())]
    unmarked = [text for text in shown if not _marked(text) and text not in _OWN_NAMES]
    assert not unmarked
    system = dialog.language.itemText(dialog.language.findData("system"))
    assert system == "«System language (English)»"  # the offscreen system speaks English
    dialog.reject()


def test_the_system_language_is_named_in_its_own_words_inside_the_windows(
    marked: None,
) -> None:
    (code, system), *named = available_languages()
    assert code == "system"
    assert system == "«System language (English)»"
    assert {name for _, name in named} == _OWN_NAMES


async def test_every_word_of_the_shortcut_list_is_translated(
    marked: None, window: tuple[MainWindow, Session], qtbot: QtBot
) -> None:
    main_window, _ = window
    _settings_action(main_window, "«&Keyboard shortcuts»").trigger()
    dialog = main_window.findChild(ShortcutsDialog)
    assert dialog is not None
    await until(dialog.isVisible)
    shown = [dialog.windowTitle(), dialog.search.placeholderText(), dialog.search.accessibleName()]
    header = dialog.tree.headerItem()
    shown += [header.text(0), header.text(1)]
    shown += [dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())]
    shown += [
        what.split("» («")[0] + "»" if "» («" in what else what for what, _ in dialog.listed()
    ]
    qtbot.keyClicks(dialog.search, "no such key")
    shown.append(dialog.nothing.text())
    unmarked = [text for text in shown if not _marked(text)]
    assert not unmarked
    dialog.close()
