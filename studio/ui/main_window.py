"""The main window: menus, a notice bar for things the user must know, the provider in the
status bar; its size and place are remembered between runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio import __version__
from studio.core import DemoServerFailed, Session, spawn
from studio.ui.providers_dialog import ProvidersDialog
from studio.ui.welcome import WelcomePanel

__all__ = ["MainWindow", "NoticeBar"]


class NoticeBar(QFrame):
    """A dismissable strip above the content for sentences the user must read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.label = QLabel(wordWrap=True)
        self.label.setForegroundRole(self.palette().ColorRole.ToolTipText)
        close = QToolButton(text="✕", autoRaise=True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss notice"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def add(self, text: str) -> None:
        current = self.label.text()
        self.label.setText(f"{current}\n{text}" if current else text)
        self.show()

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()


class MainWindow(QMainWindow):
    """``closed`` fires when the user closes the window; the app then shuts down cleanly."""

    closed = Signal()

    def __init__(self, session: Session, state_file: Path) -> None:
        super().__init__()
        self.setWindowTitle("Studio")
        self._session = session
        self._state = QSettings(str(state_file), QSettings.Format.IniFormat)
        self._providers_dialog: ProvidersDialog | None = None

        self.notices = NoticeBar()
        self.welcome = WelcomePanel(session)
        self.welcome.add_key_requested.connect(self.open_providers)
        self.welcome.demo_requested.connect(self.start_demo)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notices)
        column.addWidget(self.welcome, 1)
        self.setCentralWidget(central)

        self.provider_label = QLabel()
        self.statusBar().addPermanentWidget(self.provider_label)
        self._build_menus()

        session.active_changed.connect(self._show_provider)
        session.notice.connect(self.notices.add)
        self._show_provider()
        self.resize(1200, 800)
        geometry = self._state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        providers = QAction(self.tr("&Providers and API keys…"), self)
        providers.setShortcut(QKeySequence.StandardKey.Preferences)
        providers.triggered.connect(self.open_providers)
        settings_menu.addAction(providers)
        demo = QAction(self.tr("Use the offline &demo server"), self)
        demo.triggered.connect(self.start_demo)
        settings_menu.addAction(demo)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Studio"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _show_provider(self) -> None:
        provider = self._session.active_provider
        if provider is None:
            text = self.tr("No provider")
        elif self._session.ready:
            text = self.tr("Provider: {name}").format(name=provider.name)
        else:
            text = self.tr("Provider: {name} (no API key)").format(name=provider.name)
        self.provider_label.setText(text)

    def open_providers(self) -> None:
        if self._providers_dialog is not None and self._providers_dialog.isVisible():
            self._providers_dialog.raise_()
            return
        dialog = ProvidersDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_providers_dialog)
        self._providers_dialog = dialog
        dialog.open()

    def _forget_providers_dialog(self) -> None:
        self._providers_dialog = None

    def start_demo(self) -> None:
        spawn(self._start_demo())

    async def _start_demo(self) -> None:
        self.welcome.set_starting_demo(True)
        try:
            await self._session.use_demo_server()
        except DemoServerFailed as error:
            self.notices.add(str(error))
        finally:
            self.welcome.set_starting_demo(False)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Studio"),
            self.tr(
                "<b>Studio {version}</b><p>A desktop image studio for the OpenAI Images API.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._state.setValue("window/geometry", self.saveGeometry())
        self._state.sync()
        event.accept()
        self.closed.emit()
