"""What every window gets for keyboard and screen-reader users: a focus ring in the palette's
highlight colour around the widget with keyboard focus, and names for the parts Qt makes
unnamed (a combo box's list, a toolbar's "»" button, a search field's clear button)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRectF, QSizeF
from PySide6.QtGui import QAccessible, QAccessibleInterface, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFocusFrame,
    QMenu,
    QMenuBar,
    QToolBar,
    QWidget,
)

__all__ = ["FocusRing", "install"]


class FocusRing(QFocusFrame):
    """Two pixels of the highlight colour around the focused widget (inside it where its
    parent's edge would hide them): visible on a default button too, whose own frame already
    uses the highlight, and in light and dark palettes alike."""

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.widget() is None:
            return
        area = QRectF(self.rect())
        parent = self.parentWidget()
        if parent is not None:
            area = area.intersected(QRectF(self.mapFromParent(QPoint(0, 0)), QSizeF(parent.size())))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 2))
        painter.drawRoundedRect(area.adjusted(1, 1, -1, -1), 3, 3)


class _FocusFollower(QObject):
    """Moves the one ring to whichever widget takes the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        ring = self._ring
        if ring is None or not shiboken6.isValid(ring):
            ring = self._ring = FocusRing()  # the last one went with its parent
        # Menus show their own highlight; a window is not ringed inside itself.
        if now is None or now.isWindow() or isinstance(now, QMenu | QMenuBar):
            ring.setWidget(None)
        else:
            ring.setWidget(now)


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
    elif key == "QLineEditIconButton":
        target.setAccessibleName(QCoreApplication.translate("accessibility", "Clear"))
    return None


def install(app: QApplication) -> None:
    """Give ``app``'s windows the focus ring and the names (once per application)."""
    if app.findChild(_FocusFollower) is None:
        _FocusFollower(app)
        QAccessible.installFactory(_name_unnamed_parts)
