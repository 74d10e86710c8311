"""The composition root: builds the services, shows the window, shuts down cleanly."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

import qasync
from PySide6.QtWidgets import QApplication

from studio import __version__
from studio.config import APP_NAME, KeyStore, Paths, SettingsFile, setup_logging
from studio.core import (
    DemoServerFailed,
    GuiThreadCollector,
    JobQueue,
    Session,
    WorkerLink,
    settle,
)
from studio.ui import ErrorReporter, MainWindow

__all__ = ["run_app"]

log = logging.getLogger(__name__)


def run_app(args: argparse.Namespace) -> int:
    paths = Paths.from_environment()
    setup_logging(paths.log_file)
    log.info("Studio %s starting", __version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("studio")
    app.setQuitOnLastWindowClosed(False)
    GuiThreadCollector(app)
    reporter = ErrorReporter(paths.log_file)
    reporter.install()
    return int(qasync.run(_run(paths, reporter, demo=args.demo)))


async def _run(paths: Paths, reporter: ErrorReporter, *, demo: bool) -> int:
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, context: _report_loop_error(reporter, context)
    )
    window, session, queue = build_window(paths)
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    QApplication.instance().aboutToQuit.connect(closed.set)
    window.show()
    await session.refresh_active_key()
    if demo:
        try:
            await session.use_demo_server()
        except DemoServerFailed as error:
            window.notices.add(str(error))
    await closed.wait()
    await queue.link.close()
    await session.shutdown()
    await settle()
    log.info("Studio closed")
    return 0


def build_window(paths: Paths) -> tuple[MainWindow, Session, JobQueue]:
    """The window, its session and job queue, as the app runs them (also used by the tests)."""
    settings_file = SettingsFile(paths.settings_file)
    session = Session(settings_file, KeyStore(), settings_file.load())
    queue = JobQueue(WorkerLink(), concurrency=session.settings.concurrent_jobs)
    window = MainWindow(session, queue, paths.config / "window.ini", paths.data)
    if session.startup_notice:
        window.notices.add(session.startup_notice)
    return window, session, queue


def _report_loop_error(reporter: ErrorReporter, context: dict[str, object]) -> None:
    error = context.get("exception")
    if isinstance(error, BaseException):
        reporter.report(type(error), error, error.__traceback__)
    else:
        log.error("event loop: %s", context.get("message"))
