"""The prompt: what to make, with a live count against the model's limit and recent prompts."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.locale_format import format_count
from studio.ui.theme import mark_warning

__all__ = ["PromptPanel"]

_RECENT = 20


class PromptEdit(QPlainTextEdit):
    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class PromptPanel(QWidget):
    generate_requested = Signal()
    changed = Signal()

    def __init__(self, state: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._limit = 32000
        self.editor = PromptEdit()
        self.editor.setAccessibleName(self.tr("Prompt"))
        self.editor.setAccessibleDescription(
            self.tr("What the image should show, or how to change it; Ctrl+Enter sends it")
        )
        self.editor.setPlaceholderText(
            self.tr("Describe the image: subject, setting, style, light… (Ctrl+Enter to make it)")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.submitted.connect(self.generate_requested)
        self.recent = QComboBox()
        self.recent.setAccessibleName(self.tr("Recent prompts"))
        self.recent.setToolTip(self.tr("Pick a prompt you used before"))
        self.recent.activated.connect(self._pick_recent)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Characters"))
        self.generate = QPushButton(self.tr("Generate"))
        self.generate.setDefault(True)
        self.generate.setToolTip(self.tr("Make the image (Ctrl+Enter)"))
        self.generate.clicked.connect(self.generate_requested)
        self.note = QLabel(wordWrap=True)
        self.note.hide()
        self.mode = QLabel(wordWrap=True)
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mode.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch()
        bottom.addWidget(self.generate)
        column = QVBoxLayout(self)
        column.addWidget(self.mode)
        column.addWidget(self.recent)
        column.addWidget(self.editor, 1)
        column.addWidget(self.note)
        column.addLayout(bottom)
        self._fill_recent()
        self._text_changed()

    @property
    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def set_limit(self, limit: int) -> None:
        self._limit = limit
        self._show_count()

    def show_mode(self, text: str | None) -> None:
        """Say what the button will do (an edit of what images, with what) or nothing."""
        self.mode.setText(f"<b>{text}</b>" if text else "")
        self.mode.setVisible(bool(text))

    def show_note(self, text: str | None) -> None:
        self.note.setText(text or "")
        self.note.setVisible(bool(text))

    def remember(self, prompt: str) -> None:
        prompt = prompt.strip()
        if not prompt:
            return
        recent = [p for p in self._recent() if p != prompt]
        self._state.setValue("prompts/recent", [prompt, *recent][:_RECENT])
        self._fill_recent()

    def _recent(self) -> list[str]:
        value = self._state.value("prompts/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value or []]

    def _fill_recent(self) -> None:
        self.recent.clear()
        prompts = self._recent()
        self.recent.addItem(
            self.tr("Recent prompts…") if prompts else self.tr("No recent prompts yet")
        )
        for prompt in prompts:
            self.recent.addItem(prompt if len(prompt) < 80 else prompt[:77] + "…", prompt)
        self.recent.setEnabled(bool(prompts))

    def _pick_recent(self, index: int) -> None:
        prompt = self.recent.itemData(index)
        if prompt:
            self.set_text(prompt)
            self.editor.setFocus()
        self.recent.setCurrentIndex(0)

    def _text_changed(self) -> None:
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        length = len(self.text)
        self.count.setText(
            self.tr("{n} / {limit}").format(n=format_count(length), limit=format_count(self._limit))
        )
        mark_warning(self.count, length > self._limit)
