"""Unexpected errors from any thread: logged in full, shown in a dialog, the app kept alive."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from studio.config import redact

__all__ = ["ErrorReporter"]

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """Install once; ``report`` may be called from any thread (the dialog opens on the GUI's)."""

    _reported = Signal(str, str)

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._dialog: QMessageBox | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.report
        threading.excepthook = lambda a: self.report(a.exc_type, a.exc_value, a.exc_traceback)

    def report(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        summary = redact(f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__)
        details = redact("".join(traceback.format_exception(exc_type, exc, tb)))
        self._reported.emit(summary, details)

    def _show(self, summary: str, details: str) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            return  # one dialog at a time; everything is in the log
        parent = QApplication.activeWindow()
        dialog = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Something went wrong"),
            self.tr(
                "Studio ran into an unexpected problem, but your work is still here.\n\n{summary}"
                "\n\nThe details were written to the log: {log}"
            ).format(summary=summary, log=self._log_file),
            QMessageBox.StandardButton.Close,
            parent if isinstance(parent, QWidget) else None,
        )
        dialog.setDetailedText(details)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._dialog = dialog
