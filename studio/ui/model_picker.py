"""The model combo, filled from ``model_choices``: live models first, deprecated ones with the
date they stop, shut-down ones only where a compatible server still lists them, and an entry
for a model name of the user's own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from studio.api import Lifecycle, ModelInfo, model_choices
from studio.api import replacement_for as table_replacement
from studio.core.locale_format import format_day

__all__ = ["OTHER_MODEL", "ModelPicker"]

#: The item's data for "Other model (compatible server)…": the name is typed beside it.
OTHER_MODEL = "__other__"


class ModelPicker(QComboBox):
    """``replaced(old, new)`` fires when new choices leave out the chosen model because it was
    shut down, and the picker chose its replacement."""

    replaced = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Model"))
        # Until a provider is known: every model of the table, so a remembered one is found.
        today = date.today()
        self.set_choices(model_choices(None, openai=False, today=today), today)

    def set_choices(
        self,
        choices: tuple[ModelInfo, ...],
        today: date,
        replacement_for: Callable[[str], str | None] | None = None,
    ) -> None:
        """Show ``choices`` in their order; keep the chosen model, or take its replacement
        (``replacement_for``, else the table's) when it is gone from them because it was shut
        down. A live model the list lacks stays, marked, so a choice never changes unseen."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        previous: Lifecycle | None = None
        for info in choices:
            state = info.state(today)
            if previous is not None and state is not previous:
                self._separate()
            previous = state
            self.addItem(self._label(info, state), info.name)
            self.setItemData(
                self.count() - 1, self._tooltip(info, state), Qt.ItemDataRole.ToolTipRole
            )
        replacement = None
        if isinstance(current, str) and current != OTHER_MODEL and self.findData(current) < 0:
            if replacement_for is None:
                replacement = table_replacement(current, today)
            else:
                replacement = replacement_for(current)
            if replacement is not None and self.findData(replacement) < 0:
                replacement = None
            if replacement is None:
                self.insertItem(
                    0,
                    self.tr("{model}  (not listed by this provider)").format(model=current),
                    current,
                )
        self._separate()
        self.addItem(self.tr("Other model (compatible server)…"), OTHER_MODEL)
        index = self.findData(current)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(False)
        if replacement is not None and isinstance(current, str):
            self.setCurrentIndex(self.findData(replacement))
            self.replaced.emit(current, replacement)

    def _separate(self) -> None:
        """A line between groups, which a screen reader calls a separator."""
        self.insertSeparator(self.count())
        self.setItemData(self.count() - 1, self.tr("Separator"), Qt.ItemDataRole.AccessibleTextRole)

    def _label(self, info: ModelInfo, state: Lifecycle) -> str:
        if state is Lifecycle.DEPRECATED and info.shutdown is not None:
            return self.tr("{model}  (until {day})").format(
                model=info.label, day=format_day(info.shutdown)
            )
        if state is Lifecycle.SHUT_DOWN and info.shutdown is not None:
            return self.tr("{model}  (shut down {day})").format(
                model=info.label, day=format_day(info.shutdown)
            )
        return info.label

    def _tooltip(self, info: ModelInfo, state: Lifecycle) -> str:
        if state is Lifecycle.LIVE:
            return info.name
        after = (
            self.tr(" Its replacement: {model}.").format(model=info.replacement)
            if info.replacement
            else ""
        )
        if state is Lifecycle.DEPRECATED:
            return (
                self.tr("{model} stops working on {day}.").format(
                    model=info.name, day=format_day(info.shutdown) if info.shutdown else "?"
                )
                + after
            )
        return (
            self.tr("{model} was shut down at OpenAI; this server still lists it.").format(
                model=info.name
            )
            + after
        )
