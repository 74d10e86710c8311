"""The widgets. They read state from ``core`` and call its actions; never HTTP, never SQL."""

from studio.ui.error_report import ErrorReporter
from studio.ui.main_window import MainWindow
from studio.ui.notices import NoticeBar
from studio.ui.providers_dialog import ProvidersDialog
from studio.ui.welcome import WelcomePanel

__all__ = ["ErrorReporter", "MainWindow", "NoticeBar", "ProvidersDialog", "WelcomePanel"]
