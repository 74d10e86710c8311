"""One way for every action that can be unavailable to say why where the user looks: the
reason follows the action's name in its menu, and is its tooltip and status-bar text."""

from __future__ import annotations

from PySide6.QtGui import QAction

__all__ = ["action_name", "set_available"]

#: The action's own name, kept while its text carries a reason.
_NAME = "studio_name"


def set_available(action: QAction, reason: str | None) -> None:
    """Enable ``action``, or disable it with ``reason`` (translated, short, lower case) shown
    after its name: "Make variations — dall-e-3 makes no variations"."""
    name = action.property(_NAME)
    if not isinstance(name, str):
        name = action.text()
        action.setProperty(_NAME, name)
    action.setEnabled(reason is None)
    action.setText(name if reason is None else f"{name} — {reason}")
    action.setStatusTip(reason or "")
    if reason is not None:
        action.setToolTip(reason)


def action_name(action: QAction) -> str:
    """The action's own name, without a reason it may carry now."""
    name = action.property(_NAME)
    return name if isinstance(name, str) else action.text()
