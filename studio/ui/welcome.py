"""The first thing a person sees: what Studio is, and how to start (with a key or offline)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.core import Session
from studio.core.messages import say

__all__ = ["WelcomePanel"]


class WelcomePanel(QWidget):
    add_key_requested = Signal()
    demo_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        title = QLabel(self.tr("Welcome to Studio"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(
            self.tr(
                "Generate images from a prompt, edit them by painting over what should change, "
                "and keep everything you make in a searchable gallery."
            ),
            wordWrap=True,
        )
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_key = QPushButton(self.tr("Add an API key…"))
        self.add_key.setAccessibleName(self.tr("Add an API key"))
        self.add_key.clicked.connect(self.add_key_requested)
        self.use_demo = QPushButton(self.tr("Use the offline demo server"))
        self.use_demo.setToolTip(
            self.tr("Try Studio with a local server that draws images itself; no key needed.")
        )
        self.use_demo.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_key)
        buttons.addWidget(self.use_demo)
        buttons.addStretch()

        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(blurb)
        column.addSpacing(16)
        column.addWidget(self.status)
        column.addSpacing(8)
        column.addLayout(buttons)
        column.addStretch(3)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(620)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box, 10)
        outer.addStretch()

        session.active_changed.connect(self.refresh)
        self.refresh()

    def set_starting_demo(self, starting: bool) -> None:
        self.use_demo.setEnabled(not starting)
        self.use_demo.setText(
            self.tr("Starting the demo server…")
            if starting
            else self.tr("Use the offline demo server")
        )

    def refresh(self) -> None:
        session = self._session
        provider = session.active_provider
        if session.using_demo and provider is not None:
            text = self.tr(
                "Using the offline demo server at {url}. Its images are drawn locally; nothing "
                "leaves this computer."
            ).format(url=provider.base_url)
        elif session.ready and provider is not None:
            text = self.tr("Ready to send requests to {name}.").format(name=provider.name)
        elif provider is not None and provider.problem():
            text = say(provider.problem() or "")
        else:
            name = provider.name if provider else self.tr("a provider")
            text = self.tr(
                "To start, add an API key for {name}, or try Studio offline with the built-in "
                "demo server."
            ).format(name=name)
        self.status.setText(text)
        self.add_key.setText(self.tr("Providers…") if session.ready else self.tr("Add an API key…"))
        self.use_demo.setVisible(not session.using_demo)
