"""The main window: layout and binding. The prompt, parameters, jobs and recent results in
docks around the results, editor, gallery and batch pages; what is shown and done lives in the
Workspace (core), what is said goes through Messages. Its size, place and docks are remembered.

The first screen shows the results page: the other pages (and the batches' session) are made,
and their modules loaded, the first time they are needed, so the window shows sooner.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from studio.api import Endpoint, capabilities_for
from studio.core import DemoServerFailed, GalleryReader, Job, JobQueue, JobState, Session, spawn
from studio.core.messages import Messages
from studio.core.workspace import Workspace
from studio.gallery import Pricing
from studio.ui.action_reasons import set_available
from studio.ui.canvas import Canvas
from studio.ui.dock_layout import build_docks
from studio.ui.image_actions import ImageActions
from studio.ui.jobs_panel import JobsPanel
from studio.ui.notices import NoticeBar
from studio.ui.on_first_use import OnFirstUse
from studio.ui.params_panel import ParamsPanel
from studio.ui.prompt_panel import PromptPanel
from studio.ui.recent_strip import RecentStrip
from studio.ui.results_page import ResultsPage
from studio.ui.sending import Sender
from studio.ui.status_line import StatusLine
from studio.ui.tab_order import reach_toolbars, set_tab_order
from studio.ui.window_menus import build_menus

if TYPE_CHECKING:
    from studio.core.batches import BatchSession
    from studio.ui.batch_page import BatchPage
    from studio.ui.editor import EditorPage
    from studio.ui.gallery_page import GalleryPage
    from studio.ui.paint_layer import PaintLayer
    from studio.ui.providers_dialog import ProvidersDialog

__all__ = ["MainWindow"]

P = TypeVar("P", bound=QWidget)

#: The batches' session is made this long after the window shows: the first screen is drawn by
#: then, and its first poll of unfinished batches is ``POLL_MS`` later anyway.
WATCH_BATCHES_AFTER_MS = 1000


class MainWindow(QMainWindow):
    """``closed`` fires when the user closes the window; the app then shuts down cleanly."""

    closed = Signal()
    # Made by build_menus (window_menus.py):
    generate_action: QAction
    cancel_action: QAction
    export_action: QAction
    export_inside_action: QAction
    edit_shown_action: QAction
    vary_action: QAction
    undo_action: QAction
    redo_action: QAction
    results_action: QAction
    editor_action: QAction
    gallery_action: QAction
    batches_action: QAction

    def __init__(
        self, session: Session, queue: JobQueue, state_file: Path, gallery_root: Path
    ) -> None:
        super().__init__()
        self.setWindowTitle("Studio")
        self.setAcceptDrops(True)
        self._session = session
        self._queue = queue
        self._state = QSettings(str(state_file), QSettings.Format.IniFormat)
        self._gallery_root = gallery_root
        self._providers_dialog: ProvidersDialog | None = None
        self._started = False
        #: Work this window started; cancelled when it closes, so none outlives its widgets.
        self._tasks: set[asyncio.Task[object]] = set()

        self.notices = NoticeBar()
        self.messages = Messages(self)
        self.reader = GalleryReader(gallery_root, notice=self.messages.tell)
        self.workspace = Workspace(session, queue, self.reader, self.messages, parent=self)
        self.results = ResultsPage(self.workspace, session, self.reader, self.start)
        self.canvas, self.compare, self.welcome = (
            self.results.canvas,
            self.results.compare,
            self.results.welcome,
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.results)
        self._editor = OnFirstUse(self._make_editor)
        self._gallery = OnFirstUse(self._make_gallery)
        self._batch_page = OnFirstUse(self._make_batch_page)
        self._batches = OnFirstUse(self._make_batches)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notices)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.prompt = PromptPanel(self._state)
        self.params = ParamsPanel(self._state)
        self.jobs = JobsPanel(queue)
        self.recent = RecentStrip(self.reader, self.start)
        self.images = ImageActions(
            self,
            self.workspace,
            self.reader,
            self.results,
            self._editor,
            self.pages.setCurrentWidget,
            self.start,
        )
        self.sending = Sender(
            self,
            self.workspace,
            session,
            self.reader,
            self.prompt,
            self.params,
            self._editor,
            self.notices,
            self.images.shown_input,
            self.images.show_gallery_image,
            self.start,
        )
        self.dock_layout = build_docks(self, self.prompt, self.params, self.jobs, self.recent)
        self.status_line = StatusLine(
            self.statusBar(), Pricing.load(session.settings.pricing_overrides)
        )
        self.usage_label, self.provider_label = self.status_line.usage, self.status_line.provider
        build_menus(self)
        self._order_tab()
        self._bind()
        self._show_provider()
        self.cancel_action.setEnabled(False)
        self.resize(1280, 820)
        geometry = self._state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        docks = self._state.value("window/docks")
        if isinstance(docks, QByteArray):
            self.dock_layout.restore(docks)

    # -- building ---------------------------------------------------------------------------

    def _order_tab(self) -> None:
        """Tab reads the window left to right: the toolbar, the prompt and parameters, the
        page, the jobs, the recent results. Typing a prompt is where a person starts."""
        reach_toolbars(self)
        docks = {dock.objectName(): dock for dock in self.findChildren(QDockWidget)}
        toolbar = self.findChild(QToolBar, "tools")
        set_tab_order(
            [toolbar, docks["prompt"], self.centralWidget(), docks["jobs"], docks["recent"]]
        )
        self.prompt.editor.setFocus()

    def _bind(self) -> None:
        session, queue, messages = self._session, self._queue, self.messages
        messages.notice.connect(self.notices.add)
        messages.error.connect(self.notices.add)
        messages.status.connect(self._show_status)
        self.welcome.add_key_requested.connect(self.open_providers)
        self.welcome.demo_requested.connect(self.start_demo)
        self.recent.show_requested.connect(lambda i: self.start(self.images.show_gallery_image(i)))
        self.recent.edit_requested.connect(lambda i: self.start(self.images.edit_gallery_image(i)))
        self.recent.vary_requested.connect(lambda i: self.start(self.sending.vary_image(i)))
        self.pages.currentChanged.connect(self._page_changed)
        self.recent.model.loaded.connect(self._first_start_hint)
        self.prompt.generate_requested.connect(self.generate)
        self.prompt.changed.connect(self._check)
        self.params.changed.connect(self._check)
        self.params.model.replaced.connect(self.sending.model_replaced)
        session.model_choices_changed.connect(self.sending.show_model_choices)
        self.sending.show_model_choices()
        self.jobs.model_chosen.connect(self.sending.use_model)
        self.sending.submitted.connect(self.show_results)
        self.workspace.spending_changed.connect(self.status_line.show_spending)
        self.workspace.shown_changed.connect(self._check)
        for changed in (self.workspace.shown_changed, self.workspace.selected_cell_changed):
            changed.connect(lambda *_: self.recent.mark_shown(self.workspace.shown_image_id))
        queue.changed.connect(self._job_changed)
        queue.stored.connect(self._stored)
        queue.worker_died.connect(messages.tell)
        queue.notice.connect(messages.tell)
        session.active_changed.connect(self._show_provider)
        session.notice.connect(messages.tell)

    # -- the parts made on first use ---------------------------------------------------------

    @property
    def editor(self) -> EditorPage:
        """The editor page (made now if it was not yet)."""
        return self._editor.get()

    @property
    def gallery(self) -> GalleryPage:
        """The gallery page (made now if it was not yet)."""
        return self._gallery.get()

    @property
    def batch_page(self) -> BatchPage:
        """The Batch page (made now if it was not yet)."""
        return self._batch_page.get()

    @property
    def batches(self) -> BatchSession:
        """The batches' state and actions: made soon after the window shows, to poll unfinished
        batches whether the Batch page is shown or not (or when first needed before that)."""
        return self._batches.get()

    def _make_editor(self) -> EditorPage:
        from studio.ui.editor import EditorPage

        editor = EditorPage(self.start)
        editor.set_capabilities(capabilities_for(self.params.model_name))
        editor.notice.connect(self.messages.tell)
        editor.changed.connect(self._check)
        editor.open_requested.connect(self.images.open_to_edit)
        editor.paste_requested.connect(self.images.paste_image)
        editor.stop_requested.connect(self.show_results)
        self.pages.addWidget(editor)
        return editor

    def _make_gallery(self) -> GalleryPage:
        from studio.ui.gallery_page import GalleryPage

        gallery = GalleryPage(self.reader, self.start, self.messages)
        gallery.reuse_requested.connect(self.sending.reuse)
        gallery.edit_requested.connect(lambda r: self.start(self.images.edit_record(r)))
        gallery.vary_requested.connect(
            lambda r: self.start(self.sending.vary_record(r, self.images.record_input))
        )
        gallery.show_requested.connect(lambda r: self.start(self.images.show_gallery_image(r.id)))
        self.pages.addWidget(gallery)
        return gallery

    def _make_batch_page(self) -> BatchPage:
        from studio.ui.batch_page import BatchPage

        page = BatchPage(self.batches, self._session, lambda: self.params.request(""), self.start)
        page.retry_requested.connect(self.sending.submit)
        page.images_requested.connect(lambda b: (self.show_gallery(), self.gallery.show_batch(b)))
        page.notice.connect(self.messages.tell)
        self.pages.addWidget(page)
        return page

    def _make_batches(self) -> BatchSession:
        from studio.core.batches import BatchSession

        session = self._session
        batches = BatchSession(self._gallery_root, lambda: session.settings, session, self._queue)
        batches.message.connect(self.messages.tell)
        return batches

    def _shown(self, part: OnFirstUse[P]) -> P | None:
        """The page ``part`` when it is on show (None when another is, or it was never made)."""
        page = part.made
        return page if page is not None and self.pages.currentWidget() is page else None

    def _stored(self, image_ids: list[int]) -> None:
        if self._gallery.made is not None:
            self._gallery.made.add_saved(*image_ids)
        self.recent.add_saved(*image_ids)

    # -- running work -----------------------------------------------------------------------

    def start(self, work: Coroutine[Any, Any, Any]) -> None:
        """Run ``work`` on the loop, cancelled if the window closes first."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # a Qt timer of a window whose loop has ended: nothing to run on
            work.close()
            return
        task = spawn(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:  # the gallery needs no key: read it whatever the provider
            self._started = True
            QTimer.singleShot(0, self._read_gallery)
            QTimer.singleShot(WATCH_BATCHES_AFTER_MS, self._watch_batches)

    def _read_gallery(self) -> None:
        self.recent.open()
        self.start(self.workspace.refresh_spending())
        self.start(self.workspace.reconcile_gallery())

    def _watch_batches(self) -> None:
        self.start(self._watch_batches_loaded())

    async def _watch_batches_loaded(self) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # stepped by Qt alone after asyncio's loop ended: nothing to run on
            return
        # Its modules are imported in a thread: on the GUI thread, 18 ms during the first stream.
        await asyncio.to_thread(importlib.import_module, "studio.core.batches")
        # Not once the window has closed (or gone, meanwhile): nothing would close the session.
        if shiboken6.isValid(self) and self.isVisible():
            self._batches.get()

    # -- state ------------------------------------------------------------------------------

    def _show_provider(self) -> None:
        provider = self._session.active_provider
        ready = self._session.ready
        if provider is None:
            text = self.tr("No provider")
        elif ready:
            text = self.tr("Provider: {name}").format(name=provider.name)
        else:
            text = self.tr("Provider: {name} (no API key)").format(name=provider.name)
        self.provider_label.setText(text)
        # Only sending needs a key: the welcome sits over the results, the rest stays open.
        self.welcome.setVisible(not ready)
        self._check()

    @property
    def editing(self) -> bool:
        """Whether Generate edits: the editor holds images and is in view, or the results of
        its edit are (to refine them); elsewhere it generates."""
        editor = self._editor.made
        if editor is None or not editor.editing:
            return False
        on_results = self.pages.currentWidget() is self.results
        return self._shown(self._editor) is not None or (on_results and self.workspace.shows_edit)

    def _check(self) -> str | None:
        caps = capabilities_for(self.params.model_name)
        editing = self.editing
        self.params.set_endpoint(Endpoint.EDITS if editing else Endpoint.GENERATIONS)
        editor = self._editor.made
        if editor is not None:
            editor.set_capabilities(caps)
        self.prompt.set_limit(caps.prompt_max)
        self.prompt.show_mode(editor.describe() if editor is not None and editing else None)
        self.prompt.generate.setText(self.tr("Edit image") if editing else self.tr("Generate"))
        problem = self.params.check(self.prompt.text)
        too_long = len(self.prompt.text) > caps.prompt_max
        self.prompt.show_note(problem if too_long else None)
        blocked = problem is not None and bool(self.prompt.text.strip())
        ready = self._session.ready
        self.prompt.generate.setEnabled(ready and not blocked)
        self.generate_action.setEnabled(ready)
        can_vary, vary_tip = self.sending.variations_of(caps)
        self.vary_action.setToolTip(vary_tip)
        no_key = self.tr("add an API key or start the demo server first")
        set_available(
            self.vary_action, None if can_vary and ready else vary_tip if ready else no_key
        )
        self.recent.vary_reason = None if self.vary_action.isEnabled() else vary_tip
        # Export saves a kept image: with none shown (only a preview, or nothing) it waits.
        nothing = (
            None if self.workspace.shown_image_id is not None else self.tr("no saved image shown")
        )
        for action in (self.export_action, self.export_inside_action):
            set_available(action, nothing)
        tip = (
            self.tr("Add an API key or start the demo server first")
            if not ready
            else self.tr("Edit the base image as described (Ctrl+Enter)")
            if editing
            else self.tr("Make the image (Ctrl+Enter)")
        )
        self._show_undo()
        # What pressing Generate would cost, beside the button and in the status bar.
        estimate = self.status_line.show_estimate(self.params.request(self.prompt.text or "x"))
        self.prompt.generate.setToolTip(f"{tip}\n{estimate}")
        return problem

    def _first_start_hint(self) -> None:
        if not self.recent.model.rowCount():
            self.canvas.set_placeholder(
                self.tr("Write a prompt on the left and press Generate (Ctrl+Enter).")
            )

    def _show_status(self, text: str, ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    # -- generating -------------------------------------------------------------------------

    def generate(self) -> None:
        """Generate, or edit when the editor holds images (the button says which)."""
        prompt = self.prompt.text
        if not self._session.ready:
            self.messages.tell(self.tr("Add an API key or start the offline demo server first."))
            return
        if not prompt.strip():
            self.prompt.show_note(self.tr("Write a prompt first: it says what the image shows."))
            self.prompt.editor.setFocus()
            return
        if self._check() is not None:
            return
        ratio = self.canvas.devicePixelRatioF()
        # Frames need no more pixels than the canvas shows: fewer keep painting cheap.
        self.workspace.display_edge = round(max(self.pages.width(), self.pages.height()) * ratio)
        if self.editing:
            self.start(self.sending.send_edit(prompt))
        else:
            self.sending.submit(self.params.request(prompt))

    def cancel_newest(self) -> None:
        if self._queue.cancel_newest() is not None:
            self.messages.show_status(self.tr("Cancelling the newest job…"), 3000)

    def _job_changed(self, job: Job) -> None:
        self.cancel_action.setEnabled(bool(self._queue.running))
        if job.state is JobState.DONE:
            self.status_line.show_job(job)
            for warning in job.warnings:
                self.messages.show_status(warning, 8000)
        elif job.state is JobState.FAILED:
            if job.group == self.workspace.shown.group:
                self.messages.show_status(job.message, 10_000)
            self.sending.job_failed(job)

    # -- pages ------------------------------------------------------------------------------

    def show_results(self) -> None:
        self.pages.setCurrentWidget(self.results)

    def show_editor(self) -> None:
        self.pages.setCurrentWidget(self.editor)

    def show_gallery(self) -> None:
        self.pages.setCurrentWidget(self.gallery)

    def show_batches(self) -> None:
        self.pages.setCurrentWidget(self.batch_page)

    def open_spending(self) -> None:
        from studio.ui.spending_dialog import open_spending_dialog

        open_spending_dialog(self, self._session, self.batches, self.start)

    def open_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts lists every page's keys: the pages not made yet are made."""
        from studio.ui.shortcuts_dialog import ShortcutsDialog

        for part in (self._editor, self._gallery, self._batch_page):
            part.get()
        ShortcutsDialog.show_for(self)

    @property
    def view(self) -> Canvas:
        """The canvas on show, for zooming."""
        editor = self._shown(self._editor)
        return self.canvas if editor is None else editor.canvas

    def _page_changed(self) -> None:
        self.results_action.setChecked(self.pages.currentWidget() is self.results)
        self.editor_action.setChecked(self._shown(self._editor) is not None)
        self.gallery_action.setChecked(self._shown(self._gallery) is not None)
        self.batches_action.setChecked(self._shown(self._batch_page) is not None)
        self._check()
        gallery = self._shown(self._gallery)
        if gallery is not None:
            gallery.open()

    def _editor_layer(self) -> PaintLayer | None:
        """The editor's layer when the editor is on show: what undo and redo act on there."""
        editor = self._shown(self._editor)
        return None if editor is None else editor.canvas.layer

    def _show_undo(self) -> None:
        """Undo and redo act on the page shown: strokes in the editor, deletions in the gallery."""
        layer = self._editor_layer()
        self.undo_action.setEnabled(
            self._shown(self._gallery) is not None or (layer is not None and layer.can_undo)
        )
        self.redo_action.setEnabled(layer is not None and layer.can_redo)

    def undo(self) -> None:
        """Undo where the user is: a stroke in the editor, a deletion in the gallery."""
        gallery = self._shown(self._gallery)
        if gallery is not None:
            gallery.undo_delete()
        elif self._editor.made is not None:
            self._editor.made.canvas.undo()

    def redo(self) -> None:
        if self._editor.made is not None:
            self._editor.made.canvas.redo()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.images.open_urls(event.mimeData().urls())
        event.acceptProposedAction()

    # -- dialogs ----------------------------------------------------------------------------

    def open_providers(self) -> None:
        if self._providers_dialog is not None and self._providers_dialog.isVisible():
            self._providers_dialog.raise_()
            return
        from studio.ui.providers_dialog import ProvidersDialog

        dialog = ProvidersDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_providers_dialog)
        self._providers_dialog = dialog
        dialog.open()

    def _forget_providers_dialog(self) -> None:
        self._providers_dialog = None

    def start_demo(self) -> None:
        self.start(self._start_demo())

    async def _start_demo(self) -> None:
        self.welcome.set_starting_demo(True)
        try:
            await self._session.use_demo_server()
        except DemoServerFailed as error:
            self.messages.tell(str(error))
        finally:
            self.welcome.set_starting_demo(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        running = self._queue.running
        if running:
            answer = QMessageBox.question(
                self,
                self.tr("Quit Studio?"),
                self.tr(
                    "%n job(s) are still running. Quit anyway? They will be cancelled; "
                    "their last previews are kept in the gallery.",
                    None,
                    len(running),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._state.setValue("window/geometry", self.saveGeometry())
        self._state.setValue("window/docks", self.dock_layout.state())
        self._state.sync()
        for task in list(self._tasks):
            task.cancel()
        self.reader.close()
        if self._batches.made is not None:
            self._batches.made.close()
        event.accept()
        self.closed.emit()
