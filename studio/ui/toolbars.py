"""Tool rows as the editor and the gallery make them: buttons that wrap onto a further row when
the page is narrow (a toolbar would hide the tools people use most behind »), and actions with
text, a tooltip and one slot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from studio.ui.flow_layout import FlowLayout

__all__ = ["ToolRow", "add_action"]


class ToolRow(QWidget):
    """A toolbar's interface (``addAction``, ``addWidget``, ``addSeparator``) over a flow layout:
    every tool stays in sight, on as many rows as the width needs. As in a toolbar, an action
    returned by ``addWidget`` shows, hides, enables and disables its widget."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.setWindowTitle(title)
        self._flow = FlowLayout(self, spacing=2)
        self._flow.setContentsMargins(2, 2, 2, 2)
        self._style = Qt.ToolButtonStyle.ToolButtonTextOnly
        self._widgets: dict[QAction, QWidget] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def addAction(self, action: QAction | str) -> QAction:  # type: ignore[override]
        if isinstance(action, str):
            action = QAction(action, self)
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setToolButtonStyle(self._style)
        button.setDefaultAction(action)
        super().addAction(action)
        self._hold(action, button)
        action.changed.connect(lambda: self._follow_menu(action, button))
        return action

    def addWidget(self, widget: QWidget) -> QAction:
        action = QAction(self)
        self._hold(action, widget)
        return action

    def addLabelled(self, text: str, widget: QWidget) -> QAction:
        """``widget`` after its label, the two kept on one row."""
        pair = QWidget(self)
        row = QHBoxLayout(pair)
        row.setContentsMargins(4, 0, 0, 0)
        row.setSpacing(4)
        label = QLabel(text, pair)
        label.setBuddy(widget)
        row.addWidget(label)
        row.addWidget(widget)
        return self.addWidget(pair)

    def addSeparator(self) -> None:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._flow.addWidget(line)

    def setToolButtonStyle(self, style: Qt.ToolButtonStyle) -> None:
        self._style = style
        for widget in self._widgets.values():
            if isinstance(widget, QToolButton):
                widget.setToolButtonStyle(style)

    def widgetForAction(self, action: QAction) -> QWidget | None:
        return self._widgets.get(action)

    def _hold(self, action: QAction, widget: QWidget) -> None:
        self._widgets[action] = widget
        self._flow.addWidget(widget)
        action.changed.connect(lambda: self._follow(action, widget))
        self._follow(action, widget)

    def _follow(self, action: QAction, widget: QWidget) -> None:
        if widget.isVisibleTo(self) != action.isVisible():
            widget.setVisible(action.isVisible())
            self._flow.invalidate()
        widget.setEnabled(action.isEnabled())

    @staticmethod
    def _follow_menu(action: QAction, button: QToolButton) -> None:
        if action.menu() is not None:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)


def add_action(bar: QWidget, text: str, tip: str, slot: Callable[[], object]) -> QAction:
    """Add a text-only action to ``bar`` (a ToolRow or a QToolBar; ``text`` and ``tip`` already
    translated)."""
    action = bar.addAction(text)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    return action
