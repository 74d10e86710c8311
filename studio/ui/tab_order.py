"""The order Tab takes through a window: blocks of widgets in reading order (left panel, page,
right panel), and the toolbar buttons Qt leaves out of it."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

__all__ = ["reach_toolbars", "set_tab_order", "tabbable_in"]


def _tabbable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def tabbable_in(block: QWidget) -> list[QWidget]:
    """``block`` and the widgets in it that Tab stops at (shown or not), in Tab's order now."""
    found = [block] if _tabbable(block) else []
    widget = block.nextInFocusChain()
    while widget is not block:
        if block.isAncestorOf(widget) and _tabbable(widget):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def set_tab_order(blocks: Sequence[QWidget]) -> None:
    """Tab goes through ``blocks`` one after the other, through each in its own order.
    (``QWidget.setTabOrder`` moves one widget: a block's children are moved one by one.)"""
    widgets = [widget for block in blocks for widget in tabbable_in(block)]
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def reach_toolbars(root: QWidget) -> None:
    """Toolbar buttons take no keyboard focus in Qt; here Tab reaches them like any button
    (the "»" that shows the tools that do not fit too)."""
    for bar in root.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton):
            if button.focusPolicy() == Qt.FocusPolicy.NoFocus:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
