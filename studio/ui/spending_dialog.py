"""Settings ▸ Spending caps: per day or month, per provider or overall, each warning or refusing."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from studio.config import CapAction, CapPeriod, SpendingCap
from studio.core import Session
from studio.core.batches import BatchSession
from studio.core.locale_format import money_affixes
from studio.gallery.spending import Spent
from studio.ui.cost_words import spent_text

__all__ = ["SpendingDialog", "open_spending_dialog"]

Start = Callable[[Coroutine[Any, Any, Any]], None]
_ALL = ""


class SpendingDialog(QDialog):
    def __init__(self, session: Session, start: Start, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Spending caps"))
        self._session = session
        self._start = start
        self.spent = QLabel(self.tr("Spent: reading the gallery…"))
        self.spent.setAccessibleName(self.tr("Spent"))
        note = QLabel(
            self.tr(
                "Before each request, what was spent (images kept, and requests that may have "
                "been billed) plus the request's estimate is checked against these caps."
            ),
            wordWrap=True,
        )
        self.caps = QTableWidget(0, 4)
        self.caps.setAccessibleName(self.tr("Caps"))
        self.caps.setHorizontalHeaderLabels(
            [self.tr("Per"), self.tr("Limit (USD)"), self.tr("Provider"), self.tr("When passed")]
        )
        self.caps.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add cap"))
        self.remove_button = QPushButton(self.tr("Remove cap"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(note)
        column.addWidget(self.caps, 1)
        column.addLayout(row)
        column.addWidget(self.spent)
        column.addWidget(self.buttons)

        for cap in session.settings.spending_caps:
            self.add_cap(cap)
        self.add_button.clicked.connect(lambda: self.add_cap())
        self.remove_button.clicked.connect(self._remove)
        self.caps.itemSelectionChanged.connect(self._update_buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._update_buttons()
        self.resize(640, 360)

    def show_spent(self, money: Spent) -> None:
        self.spent.setText(self.tr("Spent: {text}").format(text=spent_text(money)))

    def add_cap(self, cap: SpendingCap | None = None) -> None:
        cap = cap or SpendingCap(CapPeriod.DAY, 5.0)
        row = self.caps.rowCount()
        self.caps.insertRow(row)
        period = QComboBox()
        period.addItem(self.tr("day"), CapPeriod.DAY.value)
        period.addItem(self.tr("month"), CapPeriod.MONTH.value)
        period.setCurrentIndex(period.findData(cap.period.value))
        limit = QDoubleSpinBox()
        limit.setRange(0.0, 100_000.0)
        limit.setDecimals(2)
        prefix, suffix = money_affixes()
        limit.setPrefix(prefix)
        limit.setSuffix(suffix)
        limit.setValue(cap.limit)
        provider = QComboBox()
        provider.addItem(self.tr("All providers"), _ALL)
        for known in self._session.settings.providers:
            provider.addItem(known.name, known.name)
        if provider.findData(cap.provider) < 0:
            provider.addItem(cap.provider, cap.provider)
        provider.setCurrentIndex(provider.findData(cap.provider))
        action = QComboBox()
        action.addItem(self.tr("warn"), CapAction.WARN.value)
        action.addItem(self.tr("refuse"), CapAction.REFUSE.value)
        action.setCurrentIndex(action.findData(cap.action.value))
        for number, widget in enumerate((period, limit, provider, action)):
            widget.setAccessibleName(self.caps.horizontalHeaderItem(number).text())
            self.caps.setCellWidget(row, number, widget)
        self._update_buttons()

    def chosen(self) -> tuple[SpendingCap, ...]:
        caps = []
        for row in range(self.caps.rowCount()):
            period, limit, provider, action = (
                self.caps.cellWidget(row, column) for column in range(4)
            )
            assert isinstance(period, QComboBox)
            assert isinstance(limit, QDoubleSpinBox)
            assert isinstance(provider, QComboBox)
            assert isinstance(action, QComboBox)
            caps.append(
                SpendingCap(
                    CapPeriod(period.currentData()),
                    round(limit.value(), 2),
                    CapAction(action.currentData()),
                    str(provider.currentData() or ""),
                )
            )
        return tuple(caps)

    def _remove(self) -> None:
        row = self.caps.currentRow()
        if row >= 0:
            self.caps.removeRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.caps.currentRow() >= 0)

    def _save(self) -> None:
        self._start(self._apply())

    async def _apply(self) -> None:
        settings = replace(self._session.settings, spending_caps=self.chosen())
        try:
            await self._session.apply(settings, {})
        except OSError as error:
            self.spent.setText(
                self.tr("The settings could not be saved: {why}").format(
                    why=error.strerror or error
                )
            )
            return
        self.accept()


def open_spending_dialog(
    parent: QWidget, session: Session, batches: BatchSession, start: Start
) -> SpendingDialog:
    """Show the dialog, with what was spent filled in when the gallery has answered."""
    dialog = SpendingDialog(session, start, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    batches.spent_changed.connect(dialog.show_spent)  # Qt drops it with the dialog
    start(batches.load())
    dialog.open()
    return dialog
