"""Bars above the content: the notice bar for sentences the user must read (with buttons for
what a sentence offers), and the compare bar under a kept-unmasked edit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.locale_format import format_share
from studio.imaging.colours import HEAT
from studio.ui.theme import Legend

__all__ = ["CompareBar", "NoticeBar"]


class NoticeBar(QFrame):
    """A dismissable strip above the content for sentences the user must read, with buttons
    for what a sentence offers to do (each goes once it is used)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.label = QLabel(wordWrap=True)
        self.label.setForegroundRole(self.palette().ColorRole.ToolTipText)
        self.actions_row = QHBoxLayout()
        self.actions_row.addStretch()
        close = QToolButton(text="✕", autoRaise=True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss notice"))
        close.clicked.connect(self.dismiss)
        text_column = QVBoxLayout()
        text_column.addWidget(self.label)
        text_column.addLayout(self.actions_row)
        layout = QHBoxLayout(self)
        layout.addLayout(text_column, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def add(self, text: str, actions: tuple[tuple[str, Callable[[], object]], ...] = ()) -> None:
        current = self.label.text()
        self.label.setText(f"{current}\n{text}" if current else text)
        buttons: list[QPushButton] = []
        for label, act in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, act=act: self._use(act, buttons))
            buttons.append(button)
            self.actions_row.insertWidget(self.actions_row.count() - 1, button)
        self.show()

    def _use(self, act: Callable[[], object], buttons: list[QPushButton]) -> None:
        for button in buttons:
            button.deleteLater()
        act()

    def dismiss(self) -> None:
        self.label.clear()
        while self.actions_row.count() > 1:
            item = self.actions_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.hide()


class CompareBar(QFrame):
    """Under a kept-unmasked edit: how much the model changed outside the mask, and switches
    to see its own result or where it changed. Each switch's text says what pressing it does
    now, and the sentence says which image is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._share = 0.0
        self.label = QLabel(wordWrap=True)
        self.show_raw = QToolButton(checkable=True)
        self.show_heat = QToolButton(checkable=True)
        self.heat_legend = Legend(((HEAT, self.tr("changed outside the mask")),))
        # Its line is kept while hidden: showing it must not push the image down.
        policy = self.heat_legend.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.heat_legend.setSizePolicy(policy)
        self.heat_legend.hide()
        self.show_heat.toggled.connect(self._update)
        self.show_raw.toggled.connect(self._update)
        text_column = QVBoxLayout()
        text_column.addWidget(self.label)
        text_column.addWidget(self.heat_legend)
        layout = QHBoxLayout(self)
        layout.addLayout(text_column, 1)
        layout.addWidget(self.show_heat)
        layout.addWidget(self.show_raw)
        self._update()
        self.hide()

    def present(self, share: float) -> None:
        self._share = share
        for button in (self.show_raw, self.show_heat):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self._update()
        self.show()

    def _update(self) -> None:
        heat, raw = self.show_heat.isChecked(), self.show_raw.isChecked()
        self.heat_legend.setVisible(heat)
        self.show_heat.setText(
            self.tr("Hide changes outside the mask")
            if heat
            else self.tr("Show changes outside the mask")
        )
        self.show_raw.setText(
            self.tr("Show the kept result") if raw else self.tr("Show the model's own result")
        )
        share = format_share(self._share)
        if raw:
            text = self.tr(
                "Shown: the model's own result, which changed {share} of the pixels outside "
                "the mask. The kept result has the original pixels there."
            )
        else:
            text = self.tr(
                "The model changed {share} of the pixels outside the mask; the original "
                "pixels were put back there."
            )
        self.label.setText(text.format(share=share))
