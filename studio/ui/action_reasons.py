"""One way for every action that can be unavailable to say why where the user looks: the
reason follows the action's name in its menu, and is its tooltip and status-bar text."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction

__all__ = ["action_name", "plain_name", "set_available"]

#: The action's own name and tooltip, kept while its text and tooltip carry the reason.
_NAME = "studio_name"
_TIP = "studio_tip"
_REASON = "studio_reason"
#: A menu accelerator: "&File", or "文件(&F)" as CJK menus write it (the letter in brackets).
_MNEMONIC = re.compile(r"\s*\(&[^&\s]\)|&(&)|&")


def set_available(action: QAction, reason: str | None) -> None:
    """Enable ``action``, or disable it with ``reason`` (translated, short, lower case) shown
    after its name: "Make variations — dall-e-3 makes no variations"."""
    name = action.property(_NAME)
    if not isinstance(name, str):
        name = action.text()
        action.setProperty(_NAME, name)
    shown = action.property(_REASON)
    if reason is not None:
        if action.toolTip() != shown:  # the owner's own tooltip, to give back later
            action.setProperty(_TIP, action.toolTip())
        action.setToolTip(reason)
    elif shown is not None and action.toolTip() == shown:  # untouched since: give it back
        action.setToolTip(action.property(_TIP) or "")
    action.setProperty(_REASON, reason)
    action.setEnabled(reason is None)
    action.setText(name if reason is None else f"{name} — {reason}")
    action.setStatusTip(reason or "")


def action_name(action: QAction) -> str:
    """The action's own name, without a reason it may carry now."""
    name = action.property(_NAME)
    return name if isinstance(name, str) else action.text()


def plain_name(text: str) -> str:
    """A menu text as a tooltip, a toolbar button or a list says it: no accelerator, no "…"."""
    return _MNEMONIC.sub(lambda match: match.group(1) or "", text).rstrip("…").strip()
