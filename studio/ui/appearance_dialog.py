"""Settings ▸ Appearance: light or dark (seen at once) and the language (from the next start)."""

from __future__ import annotations

import os
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from studio.core import Session
from studio.ui.i18n import ENV_VARIABLE, available_languages
from studio.ui.theme import ThemeFollower, mark_warning

__all__ = ["AppearanceDialog", "open_appearance_dialog"]

Start = Callable[[Coroutine[Any, Any, Any]], None]


class AppearanceDialog(QDialog):
    """The theme applies as it is picked and goes back on Cancel; both are saved on OK."""

    def __init__(self, session: Session, start: Start, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Appearance"))
        self._session, self._start = session, start
        self._follower = ThemeFollower.of()
        saved = session.settings
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for value, text in (
            ("system", self.tr("System (follows the desktop)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(self.theme.findData(saved.theme))
        self.theme.currentIndexChanged.connect(self._preview)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for value, text in available_languages():
            self.language.addItem(text, value)
        self.language.setCurrentIndex(self.language.findData(saved.language))
        self.language.currentIndexChanged.connect(self._language_picked)
        self.language_note = QLabel(wordWrap=True)
        self.language_note.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel(wordWrap=True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.problem)
        column.addWidget(buttons)
        self._language_picked()

    def chosen_theme(self) -> str:
        return str(self.theme.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _preview(self) -> None:
        self._follower.set_choice(self.chosen_theme())

    def _language_picked(self) -> None:
        note = self.tr("The language changes the next time Studio starts.")
        override = os.environ.get(ENV_VARIABLE, "")
        if override:
            note += " " + self.tr("While {variable} is set ({value}), it wins.").format(
                variable=ENV_VARIABLE, value=override
            )
        self.language_note.setText(note)

    def reject(self) -> None:
        self._follower.set_choice(self._session.settings.theme)
        super().reject()

    def _save(self) -> None:
        self.ok_button.setEnabled(False)
        self._start(self._apply())

    async def _apply(self) -> None:
        settings = replace(
            self._session.settings, theme=self.chosen_theme(), language=self.chosen_language()
        )
        try:
            await self._session.apply(settings, {})
        except OSError as error:
            if not shiboken6.isValid(self):
                return  # the window closed meanwhile, and the dialog with it
            self.problem.setText(
                self.tr("The settings could not be saved: {why}").format(
                    why=error.strerror or error
                )
            )
            mark_warning(self.problem, True)
            self.problem.show()
            self.ok_button.setEnabled(True)
            return
        if shiboken6.isValid(self):
            self.accept()


def open_appearance_dialog(parent: QWidget, session: Session, start: Start) -> AppearanceDialog:
    dialog = AppearanceDialog(session, start, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
