"""What every window gets for keyboard and screen-reader users: a focus ring in the palette's
highlight colour around the widget with keyboard focus, and names for the parts Qt makes
unnamed (a combo box's list, a toolbar's "»" button, a search field's clear button)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QMenu,
    QMenuBar,
    QToolBar,
    QWidget,
)

__all__ = ["FocusRing", "install"]


class FocusRing(QWidget):
    """Two pixels of the highlight colour around the focused widget: visible on a default
    button too, whose own frame already uses the highlight, and in light and dark palettes
    alike. A child of the focused widget's window (Qt's QFocusFrame draws only outside the
    widget, where a parent that the widget fills would clip it), following the widget as it
    or the panes around it move."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        #: The target and its ancestors: moving or resizing any of them moves the ring.
        self._watched: list[QWidget] = []

    @property
    def target(self) -> QWidget | None:
        return self._target

    def follow(self, widget: QWidget | None) -> None:
        for watched in self._watched:
            if shiboken6.isValid(watched):
                watched.removeEventFilter(self)
        self._watched, self._target = [], widget
        if widget is None:
            self.hide()
            return
        window = widget.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        ancestor: QWidget | None = widget
        while ancestor is not None and ancestor is not window:
            ancestor.installEventFilter(self)
            self._watched.append(ancestor)
            ancestor = ancestor.parentWidget()
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOVES:
            self._place()
        return False

    def _place(self) -> None:
        target, window = self._target, self.parentWidget()
        if target is None or window is None or not shiboken6.isValid(target):
            self.hide()
            return
        if not target.isVisible():
            self.hide()
            return
        # What shows of the target: its rectangle, cut by each pane it scrolls or sits in.
        shown = _area_in(target, window)
        ancestor = target.parentWidget()
        while ancestor is not None and ancestor is not window:
            shown &= _area_in(ancestor, window)
            ancestor = ancestor.parentWidget()
        if shown.isEmpty():
            self.hide()
            return
        self.setGeometry(shown.adjusted(-2, -2, 2, 2) & window.rect())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)


_MOVES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


def _area_in(widget: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` lies in ``window`` (QWidget's own methods: a panel may have an
    attribute called ``size``)."""
    return QRect(QWidget.mapTo(widget, window, QPoint(0, 0)), QWidget.size(widget))


class _FocusFollower(QObject):
    """Moves the one ring to whichever widget takes the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        ring = self._ring
        if ring is None or not shiboken6.isValid(ring):
            ring = self._ring = FocusRing()  # the last one went with its window
        # Menus show their own highlight; a window is not ringed inside itself.
        if now is None or now.isWindow() or isinstance(now, QMenu | QMenuBar):
            ring.follow(None)
        else:
            ring.follow(now)


def _name_unnamed_parts(key: str, target: QObject) -> QAccessibleInterface | None:
    """Called when an assistive technology (or a test) first asks about ``target``: names the
    parts Qt builds without a name, then lets Qt describe them as usual (returns None)."""
    if not isinstance(target, QWidget) or target.accessibleName():
        return None
    if key == "QComboBoxListView":
        combo = target.parent()
        while combo is not None and not isinstance(combo, QComboBox):
            combo = combo.parent()
        if isinstance(combo, QComboBox):
            name = combo.accessibleName() or combo.toolTip() or combo.currentText()
            target.setAccessibleName(
                QCoreApplication.translate("accessibility", "{name}: choices").format(name=name)
            )
            target.setAccessibleDescription(combo.accessibleDescription() or combo.toolTip())
    elif target.objectName() == "qt_toolbar_ext_button":
        bar = target.parent()
        title = bar.windowTitle() if isinstance(bar, QToolBar) else ""
        target.setAccessibleName(
            QCoreApplication.translate("accessibility", "More {toolbar} tools").format(
                toolbar=title
            )
            if title
            else QCoreApplication.translate("accessibility", "More tools")
        )
        target.setAccessibleDescription(
            QCoreApplication.translate("accessibility", "Shows the tools that do not fit")
        )
    elif key == "QLineEditIconButton":
        target.setAccessibleName(QCoreApplication.translate("accessibility", "Clear"))
        target.setAccessibleDescription(
            QCoreApplication.translate("accessibility", "Empties the field")
        )
    return None


def install(app: QApplication) -> None:
    """Give ``app``'s windows the focus ring and the names (once per application)."""
    if app.findChild(_FocusFollower) is None:
        _FocusFollower(app)
        QAccessible.installFactory(_name_unnamed_parts)
