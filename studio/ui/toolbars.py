"""Toolbar actions as the editor and the gallery make them: text, tooltip, one slot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar

__all__ = ["add_action"]


def add_action(bar: QToolBar, text: str, tip: str, slot: Callable[[], object]) -> QAction:
    """Add a text-only action to ``bar`` (``text`` and ``tip`` already translated)."""
    action = bar.addAction(text)
    action.setToolTip(tip)
    action.triggered.connect(slot)
    return action
