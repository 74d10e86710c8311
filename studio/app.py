"""The composition root: builds the services, shows the window, shuts down cleanly."""

from __future__ import annotations

# First: every module imported after PySide is scanned, the cheap way only once this has run.
from studio import qt_start  # noqa: F401  # isort: skip

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import time

import qasync
from PySide6.QtWidgets import QApplication

from studio import __version__, gallery
from studio.api import DEFAULT_MODEL, Endpoint, ImageRequest
from studio.config import (
    APP_NAME,
    KeyStore,
    Paths,
    Provider,
    ProviderKind,
    SettingsFile,
    setup_logging,
)
from studio.core import (
    DemoServerFailed,
    GuiThreadCollector,
    JobQueue,
    JobState,
    Session,
    StallTracer,
    WorkerLink,
    settle,
    stall_tracing_wanted,
)
from studio.core.messages import say
from studio.localapi import DEMO_KEY
from studio.ui import ErrorReporter, MainWindow, accessibility
from studio.ui.app_icon import app_icon
from studio.ui.i18n import apply_language
from studio.ui.theme import ThemeFollower

__all__ = ["run_app", "run_self_test"]

log = logging.getLogger(__name__)

#: The desktop entry's and AppStream's id (resources/app.studio.Studio.desktop).
DESKTOP_ID = "app.studio.Studio"


def run_app(args: argparse.Namespace) -> int:
    paths = Paths.from_environment()
    setup_logging(paths.log_file)
    log.info("Studio %s starting", __version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    collector = GuiThreadCollector(app)
    if stall_tracing_wanted(args.trace_stalls):
        StallTracer(app).start()
    reporter = ErrorReporter(paths.log_file)
    reporter.install()
    return int(qasync.run(_run(paths, reporter, collector, demo=args.demo)))


async def _run(
    paths: Paths, reporter: ErrorReporter, collector: GuiThreadCollector, *, demo: bool
) -> int:
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, context: _report_loop_error(reporter, context)
    )
    window, session, queue = build_window(paths)
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    QApplication.instance().aboutToQuit.connect(closed.set)
    window.show()
    collector.freeze_start_up()
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
    loaded = settings_file.load()
    # Before anything is built: widgets take their words when made.
    apply_language(loaded.settings.language)
    session = Session(settings_file, KeyStore(), loaded)
    ThemeFollower.of().bind(session)  # before the window, so it is built in its colours
    queue = JobQueue(WorkerLink(), concurrency=session.settings.concurrent_jobs)
    # A job retried after its model was shut down goes to the model the provider offers now.
    queue.replacement_for = session.replacement_for
    window = MainWindow(session, queue, paths.config / "window.ini", paths.data)
    accessibility.install(QApplication.instance())
    if session.startup_notice:
        window.notices.add(say(session.startup_notice))
    return window, session, queue


def _report_loop_error(reporter: ErrorReporter, context: dict[str, object]) -> None:
    error = context.get("exception")
    if isinstance(error, BaseException):
        reporter.report(type(error), error, error.__traceback__)
    else:
        log.error("event loop: %s", context.get("message"))


#: Longest a self-test may take before it counts as failed.
SELF_TEST_SECONDS = 120.0


def run_self_test() -> int:
    """What a packager runs to know a build works: the window (on whatever display Qt has;
    ``__main__`` picks offscreen when there is none), one streamed generation from the demo
    server in this process, through the request worker into a gallery in a temporary folder.
    Exits 0, or 1 with the reason."""
    from studio.localapi import LocalServer  # the server's parts load only for the self-test

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="studio-self-test-") as home:
        os.environ["STUDIO_HOME"] = home
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setQuitOnLastWindowClosed(False)
        GuiThreadCollector(app)
        with LocalServer() as server:
            try:
                problem = qasync.run(_self_test(Paths.from_environment(), server.base_url))
            except Exception as error:  # the reason is the point of a self-test
                problem = f"{type(error).__name__}: {error}"
    if problem:
        print(f"Studio {__version__} self-test failed: {problem}", file=sys.stderr)
        return 1
    print(
        f"Studio {__version__} self-test passed in {time.monotonic() - started:.1f} s "
        f"(Qt platform: {QApplication.platformName()})"
    )
    return 0


async def _self_test(paths: Paths, base_url: str) -> str | None:
    window, session, queue = build_window(paths)
    window.show()
    # The key goes with the job only: a self-test never writes to the system keyring.
    provider = Provider("self-test", "Self-test", ProviderKind.COMPATIBLE, base_url=base_url)
    request = ImageRequest(
        Endpoint.GENERATIONS,
        "a lighthouse at dusk",
        model=DEFAULT_MODEL,
        size="1024x1024",
        stream=True,
        partial_images=2,
    )
    try:
        (job,) = queue.submit(request, provider, DEMO_KEY)
        deadline = time.monotonic() + SELF_TEST_SECONDS
        while not job.state.finished:
            if time.monotonic() > deadline:
                return f"the generation did not finish in {SELF_TEST_SECONDS:.0f} s"
            await asyncio.sleep(0.05)
        if job.state is not JobState.DONE:
            return f"the generation {job.state.value}: {job.message}"
        if job.partials_received < 1:
            return "no partial image arrived while streaming"
        if not job.image_ids:
            return "the image was not saved to the gallery"
        with gallery.GalleryStore(paths.data) as store:
            record = store.get(job.image_ids[0])
            if record is None or not record.path.is_file():
                return "the saved image is not in the gallery"
            # The demo server signs with the native C2PA library, and the gallery reads it back.
            credentials = gallery.read_credentials(record.path.read_bytes())
            if credentials.validity is not gallery.Validity.VALID:
                return f"the image's content credentials: {credentials.summary}"
        return None
    finally:
        window.close()
        await queue.link.close()
        await session.shutdown()
        await settle()
