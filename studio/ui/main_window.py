"""The main window: the workspace (prompt, parameters, canvas, jobs, recent results) around the
session; a welcome page until a provider is ready. Its size, place and docks are remembered."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio import __version__
from studio.api import (
    Endpoint,
    ImageFile,
    ImageRequest,
    InvalidParameters,
    capabilities_for,
    validate,
)
from studio.core import (
    VARIATION_INSTRUCTION,
    DemoServerFailed,
    GalleryReader,
    Job,
    JobQueue,
    JobState,
    Session,
    export_image,
    recent_results,
    reconcile_gallery,
    spawn,
    today_cost,
    variation_by_edit,
)
from studio.core.batches import BatchSession
from studio.core.edit_chain import ChainStep, EditChain
from studio.gallery import GalleryError, ImageRecord, Pricing
from studio.imaging import NotAnImage, display_pixels, prepare_input, read_image_file
from studio.ui.batch_page import BatchPage, estimate_text
from studio.ui.canvas import Canvas, frame_image
from studio.ui.editor import EditorPage
from studio.ui.gallery_page import GalleryPage
from studio.ui.input_strip import EditInput, load_input
from studio.ui.jobs_panel import JobsPanel
from studio.ui.params_panel import ParamsPanel
from studio.ui.prompt_panel import PromptPanel
from studio.ui.providers_dialog import ProvidersDialog
from studio.ui.spending_dialog import open_spending_dialog
from studio.ui.welcome import WelcomePanel
from studio.worker.protocol import Frame

__all__ = ["CompareBar", "MainWindow", "NoticeBar"]

_STRIP_ICON = 96
#: Longest edge of the copy shown when zoomed in (3840x2160 is the largest image made).
_DETAIL_EDGE = 4096


class NoticeBar(QFrame):
    """A dismissable strip above the content for sentences the user must read, with buttons
    for what a sentence offers to do (each goes once it is used)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.label = QLabel(wordWrap=True)
        self.label.setForegroundRole(self.palette().ColorRole.ToolTipText)
        self.actions_row = QHBoxLayout()
        self.actions_row.addStretch()
        close = QToolButton(text="✕", autoRaise=True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss notice"))
        close.clicked.connect(self.dismiss)
        text_column = QVBoxLayout()
        text_column.addWidget(self.label)
        text_column.addLayout(self.actions_row)
        layout = QHBoxLayout(self)
        layout.addLayout(text_column, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def add(self, text: str, actions: tuple[tuple[str, Callable[[], object]], ...] = ()) -> None:
        current = self.label.text()
        self.label.setText(f"{current}\n{text}" if current else text)
        buttons: list[QPushButton] = []
        for label, act in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, act=act: self._use(act, buttons))
            buttons.append(button)
            self.actions_row.insertWidget(self.actions_row.count() - 1, button)
        self.show()

    def _use(self, act: Callable[[], object], buttons: list[QPushButton]) -> None:
        for button in buttons:
            button.deleteLater()
        act()

    def dismiss(self) -> None:
        self.label.clear()
        while self.actions_row.count() > 1:
            item = self.actions_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.hide()


class CompareBar(QFrame):
    """Under a kept-unmasked edit: how much the model changed outside the mask, and switches
    to see its own result or where it changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(wordWrap=True)
        self.show_raw = QToolButton(text=self.tr("Show the model's own result"), checkable=True)
        self.show_heat = QToolButton(text=self.tr("Show changes outside the mask"), checkable=True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_heat)
        layout.addWidget(self.show_raw)
        self.hide()

    def present(self, share: float) -> None:
        for button in (self.show_raw, self.show_heat):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self.label.setText(
            self.tr(
                "The model changed {share:.1%} of the pixels outside the mask; the original "
                "pixels were put back there."
            ).format(share=share)
        )
        self.show()


class MainWindow(QMainWindow):
    """``closed`` fires when the user closes the window; the app then shuts down cleanly."""

    closed = Signal()

    def __init__(
        self, session: Session, queue: JobQueue, state_file: Path, gallery_root: Path
    ) -> None:
        super().__init__()
        self.setWindowTitle("Studio")
        self.setAcceptDrops(True)
        self._session = session
        self._queue = queue
        self._gallery_root = gallery_root
        self._state = QSettings(str(state_file), QSettings.Format.IniFormat)
        self._providers_dialog: ProvidersDialog | None = None
        self._group: int | None = None
        self._shown_image_id: int | None = None
        #: Where the shown image came from when not from the gallery: a file, or pasted bytes.
        self._shown_source: Path | bytes | None = None
        #: The job whose kept-unmasked result is shown with the compare bar.
        self._compared: Job | None = None
        self._sending = False
        self._reconciled = False
        self._today = 0.0
        self._recent_loading = False
        self._detail_for: int | None = None
        #: Work this window started; cancelled when it closes, so none outlives its widgets.
        self._tasks: set[asyncio.Task[object]] = set()

        self.notices = NoticeBar()
        self.welcome = WelcomePanel(session)
        self.welcome.add_key_requested.connect(self.open_providers)
        self.welcome.demo_requested.connect(self.start_demo)
        self.canvas = Canvas()
        self.compare = CompareBar()
        self.compare.show_raw.toggled.connect(self._show_raw)
        self.compare.show_heat.toggled.connect(self._show_heat)
        self.results = QWidget()
        results_column = QVBoxLayout(self.results)
        results_column.setContentsMargins(0, 0, 0, 0)
        results_column.addWidget(self.compare)
        results_column.addWidget(self.canvas, 1)
        self.editor = EditorPage(self._start)
        self.editor.notice.connect(self._editor_notice)
        self.editor.changed.connect(self._check)
        self.editor.open_requested.connect(self.open_to_edit)
        self.editor.paste_requested.connect(self.paste_image)
        self.editor.stop_requested.connect(self.show_results)
        self.reader = GalleryReader(gallery_root, notice=lambda text: self.notices.add(text))
        self.gallery = GalleryPage(self.reader, self._start)
        self.gallery.reuse_requested.connect(self.reuse)
        self.gallery.edit_requested.connect(lambda record: self._start(self._edit_record(record)))
        self.gallery.vary_requested.connect(lambda record: self._start(self._vary_record(record)))
        self.gallery.show_requested.connect(
            lambda record: self._start(self._show_gallery_image(record.id))
        )
        self.gallery.notice.connect(self.notices.add)
        self.gallery.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.batch_page = BatchPage(
            BatchSession(gallery_root, lambda: session.settings),
            session,
            lambda: self.params.request(""),
            self._start,
        )
        self.batch_page.retry_requested.connect(self._submit)
        self.batch_page.notice.connect(self.notices.add)
        self._pricing = Pricing.load(session.settings.pricing_overrides)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.results)
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.gallery)
        self.pages.addWidget(self.batch_page)
        self.pages.currentChanged.connect(self._page_changed)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notices)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.prompt = PromptPanel(self._state)
        self.params = ParamsPanel(self._state)
        self.params.model.replaced.connect(self._model_replaced)
        session.model_choices_changed.connect(self._show_model_choices)
        self._show_model_choices()
        #: Groups of jobs whose shut-down model was already announced.
        self._gone_told: set[int] = set()
        self.jobs = JobsPanel(queue)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent results"))
        self.recent.setViewMode(QListView.ViewMode.IconMode)
        self.recent.setFlow(QListView.Flow.LeftToRight)
        self.recent.setWrapping(False)
        self.recent.setUniformItemSizes(True)
        self.recent.setIconSize(QSize(_STRIP_ICON, _STRIP_ICON))
        self.recent.itemActivated.connect(self._open_recent)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._recent_menu)
        self._build_docks()

        self.usage_label = QLabel()
        self.provider_label = QLabel()
        self.estimate_label = QLabel()
        self.estimate_label.setAccessibleName(self.tr("Estimated cost"))
        self.statusBar().addWidget(self.usage_label, 1)
        self.statusBar().addPermanentWidget(self.estimate_label)
        self.statusBar().addPermanentWidget(self.provider_label)
        self._build_menus()

        self.canvas.detail_wanted.connect(self._want_detail)
        self.prompt.generate_requested.connect(self.generate)
        self.prompt.changed.connect(self._check)
        self.params.changed.connect(self._check)
        queue.changed.connect(self._job_changed)
        queue.saved.connect(self._result_saved)
        queue.saved.connect(lambda job, frame, image_id: self.gallery.add_saved(image_id))
        queue.worker_died.connect(self.notices.add)
        queue.notice.connect(self.notices.add)
        self.jobs.model_chosen.connect(self.use_model)
        session.active_changed.connect(self._show_provider)
        session.notice.connect(self.notices.add)
        self._show_provider()
        self._check()
        self.cancel_action.setEnabled(False)
        self.resize(1280, 820)
        geometry = self._state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        docks = self._state.value("window/docks")
        if isinstance(docks, QByteArray):
            self.restoreState(docks)

    # -- building ---------------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.prompt, 2)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.params)
        column.addWidget(scroller, 3)
        left.setMinimumWidth(260)
        self._dock(
            "prompt", self.tr("Prompt and parameters"), left, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.jobs.setMinimumWidth(180)
        self._dock("jobs", self.tr("Jobs"), self.jobs, Qt.DockWidgetArea.RightDockWidgetArea)
        self.recent_empty = QLabel(
            self.tr("Finished images appear here. Double-click one to show it again."),
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.recent_strip = QStackedWidget()
        self.recent_strip.addWidget(self.recent_empty)
        self.recent_strip.addWidget(self.recent)
        self.recent_strip.setFixedHeight(_STRIP_ICON + 36)
        self._dock(
            "recent",
            self.tr("Recent results"),
            self.recent_strip,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | str | None,
        slot: object,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(self.tr(text), self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{self.tr(text).rstrip('…')} ({action.shortcut().toString()})")
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.generate_action = self._action(
            "&Generate", "Ctrl+Return", self.generate, QStyle.StandardPixmap.SP_MediaPlay
        )
        self.cancel_action = self._action(
            "&Cancel newest job", "Esc", self._cancel_newest, QStyle.StandardPixmap.SP_MediaStop
        )
        export = self._action(
            "&Export shown image…",
            QKeySequence.StandardKey.Save,
            self.export_shown,
            QStyle.StandardPixmap.SP_DialogSaveButton,
        )
        export.setStatusTip(
            self.tr("Save the image as it came, its metadata in .json and .xmp files beside it")
        )
        self.export_inside_action = self._action(
            "Export shown image with metadata &inside (invalidates content credentials)…",
            None,
            lambda: self.export_shown(embed=True),
        )
        copy = self._action("&Copy image", QKeySequence.StandardKey.Copy, self.copy_shown)
        open_edit = self._action(
            "&Open image to edit…", QKeySequence.StandardKey.Open, self.open_to_edit
        )
        self.edit_shown_action = self._action("&Edit shown image", "Ctrl+E", self.edit_shown)
        self.vary_action = self._action("Make &variations", "Ctrl+Shift+E", self.make_variations)
        self.undo_action = self._action("&Undo", QKeySequence.StandardKey.Undo, self._undo)
        self.redo_action = self._action(
            "&Redo painting", QKeySequence.StandardKey.Redo, self.editor.canvas.redo
        )
        self.results_action = self._action("&Results", "Alt+1", self.show_results)
        self.editor_action = self._action("E&ditor", "Alt+2", self.show_editor)
        self.gallery_action = self._action("&Gallery", "Alt+3", self.show_gallery)
        self.batches_action = self._action("&Batches", "Alt+4", self.show_batches)
        views = QActionGroup(self)
        for view in (
            self.results_action,
            self.editor_action,
            self.gallery_action,
            self.batches_action,
        ):
            view.setCheckable(True)
            views.addAction(view)
        paste = self._action("&Paste image", QKeySequence.StandardKey.Paste, self.paste_image)
        quit_action = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)
        zoom_in = self._action(
            "Zoom &in", QKeySequence.StandardKey.ZoomIn, lambda: self._view.zoom_by(1.25)
        )
        zoom_out = self._action(
            "Zoom &out", QKeySequence.StandardKey.ZoomOut, lambda: self._view.zoom_by(0.8)
        )
        fit = self._action("&Fit to window", "Ctrl+0", lambda: self._view.fit())
        actual = self._action("&Actual size", "Ctrl+1", lambda: self._view.actual_size())

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([open_edit, export, self.export_inside_action, quit_action])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([copy, paste])
        image_menu = self.menuBar().addMenu(self.tr("&Image"))
        image_menu.addActions(
            [self.generate_action, self.cancel_action, self.edit_shown_action, self.vary_action]
        )
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(
            [self.results_action, self.editor_action, self.gallery_action, self.batches_action]
        )
        view_menu.addSeparator()
        view_menu.addActions([zoom_in, zoom_out, fit, actual])
        view_menu.addSeparator()
        for dock in self.findChildren(QDockWidget):
            view_menu.addAction(dock.toggleViewAction())
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        providers = self._action(
            "&Providers and API keys…", QKeySequence.StandardKey.Preferences, self.open_providers
        )
        demo = self._action("Use the offline &demo server", None, self.start_demo)
        spending = self._action(
            "Spending &caps…",
            None,
            lambda: open_spending_dialog(self, self._session, self.batch_page.batches, self._start),
        )
        settings_menu.addActions([providers, spending, demo])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action("&About Studio", None, self._about))

        tools = self.addToolBar(self.tr("Tools"))
        tools.setObjectName("tools")
        tools.addActions([self.generate_action, self.cancel_action, export])
        tools.addSeparator()
        tools.addActions(
            [self.results_action, self.editor_action, self.gallery_action, self.edit_shown_action]
        )

    def _start(self, work: Coroutine[Any, Any, Any]) -> None:
        task = spawn(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

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
        if not ready:
            self.pages.setCurrentWidget(self.welcome)
        elif self.pages.currentWidget() is self.welcome:
            self.pages.setCurrentWidget(self.editor if self.editor.editing else self.results)
        self._check()
        if ready:
            self._start(self._load_recent())
            if not self._reconciled:
                self._reconciled = True
                self._start(self._reconcile())

    def _check(self) -> str | None:
        caps = capabilities_for(self.params.model_name)
        editing = self.editor.editing
        self.params.set_endpoint(Endpoint.EDITS if editing else Endpoint.GENERATIONS)
        self.editor.set_capabilities(caps)
        self.prompt.set_limit(caps.prompt_max)
        self.prompt.show_mode(self.editor.describe() if editing else None)
        self.prompt.generate.setText(self.tr("Edit image") if editing else self.tr("Generate"))
        problem = self.params.check(self.prompt.text)
        prompt_problem = None
        if len(self.prompt.text) > caps.prompt_max:
            prompt_problem = problem
        self.prompt.show_note(prompt_problem)
        blocked = problem is not None and bool(self.prompt.text.strip())
        ready = self._session.ready
        self.prompt.generate.setEnabled(ready and not blocked)
        self.generate_action.setEnabled(ready)
        varies = Endpoint.VARIATIONS in caps.endpoints
        self.vary_action.setEnabled(ready and (varies or Endpoint.EDITS in caps.endpoints))
        if varies:
            vary_tip = self.tr("Variations of the base or shown image")
        elif Endpoint.EDITS in caps.endpoints:
            vary_tip = self.tr(
                "Variations of the base or shown image, made by an edit with {model}"
            ).format(model=caps.name)
        else:
            vary_tip = self.tr("{model} makes no variations").format(model=caps.name)
        self.vary_action.setToolTip(vary_tip)
        if not ready:
            self.prompt.generate.setToolTip(
                self.tr("Add an API key or start the demo server first")
            )
        elif editing:
            self.prompt.generate.setToolTip(
                self.tr("Edit the base image as described (Ctrl+Enter)")
            )
        else:
            self.prompt.generate.setToolTip(self.tr("Make the image (Ctrl+Enter)"))
        self._show_undo()
        self._show_estimate()
        return problem

    def _show_estimate(self) -> None:
        """What pressing Generate would cost, beside the button and in the status bar."""
        text = estimate_text(self.params.request(self.prompt.text or "x"), self._pricing)
        self.estimate_label.setText(text)
        self.prompt.generate.setToolTip(f"{self.prompt.generate.toolTip()}\n{text}")

    # -- generating -------------------------------------------------------------------------

    def generate(self) -> None:
        """Generate, or edit when the editor holds images (the button says which)."""
        prompt = self.prompt.text
        if not self._session.ready:
            self.notices.add(self.tr("Add an API key or start the offline demo server first."))
            return
        if not prompt.strip():
            self.prompt.show_note(self.tr("Write a prompt first: it says what the image shows."))
            self.prompt.editor.setFocus()
            return
        problem = self._check()
        if problem is not None:
            return
        if self.editor.editing:
            self._start(self._send_edit(prompt))
        else:
            self._submit(self.params.request(prompt))

    def _submit(
        self,
        request: ImageRequest,
        *,
        keep_unmasked: bool = False,
        parents: tuple[int, ...] = (),
        variation: bool = False,
    ) -> list[Job]:
        provider = self._session.active_provider
        assert provider is not None
        # Frames need no more pixels than the canvas shows: fewer keep painting cheap. Zooming
        # in past that loads the image itself (see _load_detail).
        ratio = self.canvas.devicePixelRatioF()
        canvas_edge = round(max(self.pages.width(), self.pages.height()) * ratio)
        self._queue.partial_edge = self._queue.display_edge = canvas_edge
        jobs = self._queue.submit(
            request,
            provider,
            self._session.active_key.value,
            keep_unmasked=keep_unmasked,
            parents=parents,
            variation=variation,
        )
        if not variation:
            self.prompt.remember(request.prompt)
        self._group = jobs[0].group
        self._shown_image_id = None
        self._shown_source = None
        self._compare(None)
        self.canvas.show_cells(max(len(jobs), request.n or 1))
        self.show_results()
        return jobs

    async def _send_edit(self, prompt: str) -> None:
        if self._sending:
            return
        caps = self.params.capabilities
        self._sending = True
        self.statusBar().showMessage(self.tr("Preparing the images…"))
        try:
            prepared = await self.editor.prepare(caps)
        except NotAnImage as error:
            self.notices.add(
                self.tr("The images could not be prepared for {model}: {why}.").format(
                    model=caps.name, why=error
                )
            )
            return
        finally:
            self._sending = False
            self.statusBar().clearMessage()
        request = replace(
            self.params.request(prepared.prompt_for(prompt)),
            images=prepared.images,
            mask=prepared.mask,
            markup=prepared.markup,
        )
        if prepared.size is not None:  # an expanded canvas: the size the model accepts
            request = replace(request, size=prepared.size)
        if not self._valid(request):
            return
        for change in prepared.changes:
            self.notices.add(change)
        keep = self.editor.session.keep_unmasked and prepared.mask is not None
        if prepared.one_after_another:
            self._run_regions(request, prepared.steps(prompt), keep, prepared.parents)
            return
        self._submit(request, keep_unmasked=keep, parents=prepared.parents)

    def _run_regions(
        self,
        request: ImageRequest,
        steps: tuple[ChainStep, ...],
        keep: bool,
        parents: tuple[int, ...],
    ) -> None:
        """An edit per region, each from the previous one's result (see core.EditChain)."""

        async def read_image(image_id: int) -> bytes:
            path = await self.reader.path_of(image_id)
            if path is None:
                raise OSError(f"image {image_id} is no longer in the gallery")
            return await self.reader.read_file(path)

        chain = EditChain(
            self._queue,
            request,
            steps,
            lambda each, links: self._submit(each, keep_unmasked=keep, parents=links),
            read_image,
            self,
        )
        chain.step_started.connect(
            lambda step, total: self.statusBar().showMessage(
                self.tr("Editing region {step} of {total}…").format(step=step, total=total), 5000
            )
        )
        chain.ended.connect(self.notices.add)
        chain.ended.connect(lambda _: chain.deleteLater())
        self.region_chain = chain
        chain.start(parents)

    def _valid(self, request: ImageRequest) -> bool:
        """Say why the model would refuse ``request`` (in a sentence); True when it would not."""
        try:
            validate(request)
        except InvalidParameters as error:
            self.notices.add(error.message)
            return False
        return True

    def make_variations(self) -> None:
        """Variations of the editor's base, or else of the shown image."""
        self._vary(None)

    def _vary(self, source: EditInput | None) -> None:
        caps = self.params.capabilities
        if not caps.endpoints & {Endpoint.VARIATIONS, Endpoint.EDITS}:
            self.notices.add(
                self.tr("{model} makes no variations: choose another model under Model.").format(
                    model=caps.name
                )
            )
            return
        if not self._session.ready:
            self.notices.add(self.tr("Add an API key or start the offline demo server first."))
            return
        self._start(self._send_variation(source))

    async def _send_variation(self, source: EditInput | None) -> None:
        """Variations where the model makes them (dall-e-2, a compatible server's); otherwise
        an edit with the chosen model and a built-in instruction, kept as a variation."""
        caps = self.params.capabilities
        by_edit = Endpoint.VARIATIONS not in caps.endpoints
        if source is None:
            source = self.editor.inputs[0] if self.editor.editing else await self._shown_input()
        if source is None:
            self.notices.add(
                self.tr("Open or pick an image first: variations are made from an image.")
            )
            return
        try:
            prepared = await asyncio.to_thread(
                prepare_input,
                source.data,
                formats=caps.image_formats,
                max_bytes=caps.image_max_bytes,
                square_png=caps.square_png_input,
                name=source.name,
            )
        except NotAnImage as error:
            self.notices.add(
                self.tr("{name} could not be prepared for {model}: {why}.").format(
                    name=source.name, model=caps.name, why=error
                )
            )
            return
        image = ImageFile.from_bytes(prepared.data, source.name)
        if by_edit:
            request = variation_by_edit(self.params.request(VARIATION_INSTRUCTION), image)
        else:
            request = self.params.variation_request(image)
        if not self._valid(request):
            return
        for change in prepared.changes:
            self.notices.add(change)
        parents = () if source.image_id is None else (source.image_id,)
        self._submit(request, parents=parents, variation=by_edit)

    def use_model(self, model: str) -> None:
        """Make ``model`` the panel's model (a shut-down model's replacement, say)."""
        if self.params.model_name != model:
            self.params.apply({"model": model})
            self.statusBar().showMessage(self.tr("Model: {model}").format(model=model), 5000)

    def _cancel_newest(self) -> None:
        job = self._queue.cancel_newest()
        if job is not None:
            self.statusBar().showMessage(self.tr("Cancelling the newest job…"), 3000)

    def _job_changed(self, job: Job) -> None:
        self.cancel_action.setEnabled(bool(self._queue.running))
        if job.group == self._group:
            group = [j for j in self._queue.jobs if j.group == job.group]
            if len(group) > 1:
                if job.frame is not None:
                    self.canvas.set_cell(job.cell, job.frame)
            elif job.frames:
                for index, frame in enumerate(job.frames):
                    self.canvas.set_cell(index, frame)
            elif job.frame is not None:
                self.canvas.set_cell(0, job.frame)
            if job.cell == 0 and job.changed_outside and job.changed_outside[0] is not None:
                self._compare(job)
        if job.state is JobState.DONE:
            self._spent(job)
        elif job.state is JobState.FAILED and job.group == self._group:
            self.statusBar().showMessage(job.message, 10_000)
        if job.state is JobState.FAILED and job.replacement and job.group not in self._gone_told:
            self._gone_told.add(job.group)
            self._offer_replacement(job, job.replacement)

    # -- models that were shut down ---------------------------------------------------------

    def _show_model_choices(self) -> None:
        session = self._session
        self.params.model.set_choices(
            session.model_choices, session.today(), session.replacement_for
        )

    def _model_replaced(self, old: str, new: str) -> None:
        """The chosen model left the list because it was shut down: its successor took over."""
        self.notices.add(
            self.tr("{old} {gone}: Studio now uses {new} in its place.").format(
                old=old, gone=self._gone_words(old), new=new
            )
        )

    def _gone_words(self, model: str) -> str:
        day = self._session.lifecycle(model).shutdown
        if day is None:
            return self.tr("is no longer offered")
        return self.tr("was shut down on {day}").format(day=day.isoformat())

    def _offer_replacement(self, job: Job, replacement: str) -> None:
        """A job's model is gone: the sentence says what replaces it, and offers it."""
        self.notices.add(
            job.message,
            (
                (
                    self.tr("Use {model}").format(model=replacement),
                    lambda: self.use_model(replacement),
                ),
                (
                    self.tr("Use {model} and retry").format(model=replacement),
                    lambda: self._retry_with(job, replacement),
                ),
            ),
        )

    def _retry_with(self, job: Job, model: str) -> None:
        self.use_model(model)
        jobs = self._queue.retry(job, model)
        self._group = jobs[0].group
        self.canvas.show_cells(len(jobs))
        self.show_results()

    # -- comparing a kept-unmasked edit with the model's own result ------------------------

    def _compare(self, job: Job | None) -> None:
        if job is self._compared:
            return
        self._compared = job
        self.canvas.set_overlay(None)
        if job is None:
            self.compare.hide()
            return
        self.compare.present(job.changed_outside[0] or 0.0)
        self.compare.show_heat.setEnabled(job.heats[0] is not None)
        self.compare.show_raw.setEnabled(job.raw_image_ids[0] is not None)

    def _show_heat(self, shown: bool) -> None:
        job = self._compared
        self.canvas.set_overlay(job.heats[0] if shown and job is not None else None)

    def _show_raw(self, shown: bool) -> None:
        job = self._compared
        if job is None or not job.frames:
            return
        raw_id = job.raw_image_ids[0]
        if shown and raw_id is not None:
            self._start(self._show_raw_image(job, raw_id))
        else:
            self.canvas.show_detail(job.frames[0])
            self._shown_image_id = job.image_ids[0] if job.image_ids else None

    async def _show_raw_image(self, job: Job, raw_id: int) -> None:
        path = await self.reader.path_of(raw_id)
        if path is None:
            return
        try:
            frame = await _decode(path, self._queue.display_edge)
        except (OSError, NotAnImage):
            self.statusBar().showMessage(self.tr("The model's own result could not be read."))
            return
        if self._compared is job and self.compare.show_raw.isChecked():
            self.canvas.show_detail(frame)
            self._shown_image_id = raw_id

    def _spent(self, job: Job) -> None:
        self._today += job.cost or 0.0
        usage = job.usage
        parts = []
        if usage is not None:
            parts.append(
                self.tr("Last job: {n:,} tokens").format(
                    n=usage.total_tokens or usage.output_tokens
                )
            )
        parts.append(
            self.tr("cost ${cost:.3f}").format(cost=job.cost)
            if job.cost is not None
            else self.tr("cost unknown")
        )
        parts.append(self.tr("today ${today:.2f}").format(today=self._today))
        self.usage_label.setText(" · ".join(parts))
        for warning in job.warnings:
            self.statusBar().showMessage(warning, 8000)

    def _result_saved(self, job: Job, frame: Frame | None, image_id: int) -> None:
        if job.group == self._group:
            self._shown_image_id = image_id
        item = QListWidgetItem(self._icon(frame), "")
        item.setToolTip(job.request.prompt)
        item.setData(Qt.ItemDataRole.UserRole, image_id)
        self.recent.insertItem(0, item)
        self.recent_strip.setCurrentWidget(self.recent)

    def _icon(self, frame: Frame | None) -> QIcon:
        if frame is None:
            return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        # A fast reduction first: smoothing a 2048-pixel frame down to an icon costs a frame.
        rough = frame_image(frame).scaled(
            _STRIP_ICON * 2,
            _STRIP_ICON * 2,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        image = rough.scaled(
            _STRIP_ICON,
            _STRIP_ICON,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        return QIcon(QPixmap.fromImage(image))

    async def _load_recent(self) -> None:
        if self._recent_loading:
            return
        self._recent_loading = True
        try:
            results, notice = await recent_results(self._gallery_root)
            self._today = await today_cost(self._gallery_root)
        except GalleryError as error:
            self.notices.add(str(error))
            return
        if notice:
            self.notices.add(notice)
        for result in results:
            image = QImage.fromData(result.thumbnail)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), "")
            item.setToolTip(result.prompt)
            item.setData(Qt.ItemDataRole.UserRole, result.image_id)
            self.recent.addItem(item)
            self.recent_strip.setCurrentWidget(self.recent)
        if not results:
            self.canvas.set_placeholder(
                self.tr("Write a prompt on the left and press Generate (Ctrl+Enter).")
            )

    async def _reconcile(self) -> None:
        """Once a start, in the background: say if files went missing or appeared."""
        try:
            report = await reconcile_gallery(self._gallery_root)
        except (OSError, GalleryError) as error:
            self.notices.add(self.tr("The gallery could not be checked: {why}.").format(why=error))
            return
        if report.missing:
            self.notices.add(
                self.tr(
                    "{n} image file(s) are missing from the gallery folder; they are marked "
                    "in the gallery."
                ).format(n=len(report.missing))
            )
        if report.recovered:
            self.notices.add(
                self.tr(
                    "{n} image file(s) in the gallery folder had no entry in the gallery (a "
                    "save cut short); they were added back."
                ).format(n=len(report.recovered))
            )

    def _open_recent(self, item: QListWidgetItem) -> None:
        image_id = item.data(Qt.ItemDataRole.UserRole)
        self._start(self._show_gallery_image(int(image_id)))

    def _recent_menu(self, position: QPoint) -> None:
        item = self.recent.itemAt(position)
        if item is None:
            return
        image_id = int(item.data(Qt.ItemDataRole.UserRole))
        menu = QMenu(self)
        menu.addAction(self.tr("Show"), lambda: self._start(self._show_gallery_image(image_id)))
        menu.addAction(self.tr("Edit"), lambda: self._start(self._edit_gallery_image(image_id)))
        vary = menu.addAction(
            self.tr("Make variations"),
            lambda: self._start(self._vary_gallery_image(image_id)),
        )
        vary.setEnabled(self.vary_action.isEnabled())
        menu.popup(self.recent.viewport().mapToGlobal(position))

    async def _edit_gallery_image(self, image_id: int) -> None:
        await self._show_gallery_image(image_id)
        await self._edit_shown()

    async def _vary_gallery_image(self, image_id: int) -> None:
        await self._show_gallery_image(image_id)
        source = await self._shown_input()
        if source is not None:
            self._vary(source)

    async def _show_gallery_image(self, image_id: int) -> None:
        path = await self.reader.path_of(image_id)
        if path is not None:
            await self._open_file(path)
            self._shown_image_id = image_id

    def _want_detail(self) -> None:
        if self._shown_image_id is not None and self._detail_for != self._shown_image_id:
            self._detail_for = self._shown_image_id
            self._start(self._load_detail(self._shown_image_id))

    async def _load_detail(self, image_id: int) -> None:
        path = await self.reader.path_of(image_id)
        if path is None:
            return
        try:
            frame = await _decode(path, _DETAIL_EDGE)
        except (OSError, NotAnImage):
            return  # the fitted copy stays; nothing the user asked for is lost
        if self._shown_image_id == image_id:
            self.canvas.show_detail(frame)

    # -- images in and out ------------------------------------------------------------------

    async def _open_file(self, path: Path) -> None:
        try:
            pixels = await _decode(path)
        except (OSError, NotAnImage) as error:
            self._cannot_open(path.name, error)
            return
        self._show_opened(pixels, path)

    def _cannot_open(self, name: str, error: Exception) -> None:
        self.notices.add(
            self.tr("{name} could not be opened: {why}.").format(
                name=name, why=getattr(error, "strerror", None) or error
            )
        )

    def _show_opened(self, pixels: Frame, source: Path | bytes) -> None:
        self._group = None
        self._shown_image_id = None
        self._shown_source = source
        self._compare(None)
        self.canvas.show_frame(pixels)
        self.show_results()

    # -- the editor -------------------------------------------------------------------------

    def show_results(self) -> None:
        if self._session.ready:
            self.pages.setCurrentWidget(self.results)

    def show_editor(self) -> None:
        if self._session.ready:
            self.pages.setCurrentWidget(self.editor)

    @property
    def _view(self) -> Canvas:
        """The canvas on show, for zooming."""
        return self.editor.canvas if self.pages.currentWidget() is self.editor else self.canvas

    def show_gallery(self) -> None:
        if self._session.ready:
            self.pages.setCurrentWidget(self.gallery)

    def show_batches(self) -> None:
        self.pages.setCurrentWidget(self.batch_page)

    def _page_changed(self) -> None:
        page = self.pages.currentWidget()
        self.batches_action.setChecked(page is self.batch_page)
        self.results_action.setChecked(page is self.results)
        self.editor_action.setChecked(page is self.editor)
        self.gallery_action.setChecked(page is self.gallery)
        self._show_undo()
        if page is self.gallery:
            self.gallery.open()

    def _show_undo(self) -> None:
        """Undo and redo act on the page shown: strokes in the editor, deletions in the gallery."""
        page = self.pages.currentWidget()
        layer = self.editor.canvas.layer if page is self.editor else None
        self.undo_action.setEnabled(page is self.gallery or (layer is not None and layer.can_undo))
        self.redo_action.setEnabled(layer is not None and layer.can_redo)

    def _undo(self) -> None:
        """Undo where the user is: a stroke in the editor, a deletion in the gallery."""
        if self.pages.currentWidget() is self.gallery:
            self.gallery.undo_delete()
        else:
            self.editor.canvas.undo()

    def reuse(self, record: ImageRecord, all_settings: bool) -> None:
        """Take a past image's prompt (and all its settings): never silently over what the
        user is writing — they are asked, and their prompt stays in Recent prompts."""
        current = self.prompt.text.strip()
        if current and current != record.prompt.strip():
            answer = QMessageBox.question(
                self,
                self.tr("Replace your prompt?"),
                self.tr(
                    "The prompt box holds what you were writing. Replace it with this image's "
                    "prompt? Yours stays under Recent prompts."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.prompt.remember(current)
        self.prompt.set_text(record.prompt)
        if all_settings:
            params = dict(record.generation.params)
            model = str(params.get("model") or record.model)
            replacement = self._session.replacement_for(model)
            if replacement is not None:
                params["model"] = replacement
                self.notices.add(
                    self.tr(
                        "Image {n} was made with {old}, which {gone}: its settings are taken "
                        "with {new}."
                    ).format(
                        n=record.id,
                        old=model,
                        gone=self._gone_words(model),
                        new=replacement,
                    )
                )
            self.params.apply(params)
        self.statusBar().showMessage(
            self.tr("Settings of image {n} taken").format(n=record.id)
            if all_settings
            else self.tr("Prompt of image {n} taken").format(n=record.id),
            5000,
        )

    async def _record_input(self, record: ImageRecord) -> EditInput | None:
        try:
            data = await self.reader.read_file(record.path)
            return await load_input(data, f"image-{record.id}{record.path.suffix}", record.id)
        except (OSError, NotAnImage) as error:
            self._cannot_open(self.tr("Image {n}").format(n=record.id), error)
            return None

    async def _edit_record(self, record: ImageRecord) -> None:
        """Open a gallery image in the editor, with its mask when it came from a masked edit."""
        edit_input = await self._record_input(record)
        if edit_input is None:
            return
        mask = None
        inputs = await self.reader.inputs_of(record.id)
        mask_path = next((path for role, path in inputs if role == "mask"), None)
        if mask_path is not None:
            try:
                mask = await self.reader.read_file(mask_path)
            except OSError:
                mask = None
        self.editor.set_base_input(edit_input, mask)
        self.show_editor()

    async def _vary_record(self, record: ImageRecord) -> None:
        edit_input = await self._record_input(record)
        if edit_input is not None:
            self._vary(edit_input)

    def _editor_notice(self, text: str) -> None:
        self.notices.add(text)

    def open_to_edit(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open images to edit"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.heic *.heif *.avif);;All files (*)"),
        )
        if paths:
            self._start(self._add_files([Path(path) for path in paths]))

    async def _add_files(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                data = await asyncio.to_thread(read_image_file, path)
                edit_input = await load_input(data, path.name)
            except (OSError, NotAnImage) as error:
                self._cannot_open(path.name, error)
                continue
            if not self.editor.add_input(edit_input):
                break
        self.show_editor()

    def edit_shown(self) -> None:
        self._start(self._edit_shown())

    async def _edit_shown(self) -> None:
        shown = await self._shown_input()
        if shown is None:
            self.show_editor()
            self.statusBar().showMessage(
                self.tr("No image is shown: open one to edit (Ctrl+O)."), 5000
            )
            return
        self.editor.set_base_input(shown)
        self.show_editor()

    async def _shown_input(self) -> EditInput | None:
        """The image on the results canvas, as an input (its gallery id kept for lineage)."""
        image_id, source = self._shown_image_id, self._shown_source
        try:
            if image_id is not None:
                path = await self.reader.path_of(image_id)
                if path is None:
                    return None
                data = await asyncio.to_thread(path.read_bytes)
                return await load_input(data, f"image-{image_id}{path.suffix}", image_id)
            if isinstance(source, Path):
                data = await asyncio.to_thread(read_image_file, source)
                return await load_input(data, source.name)
            if isinstance(source, bytes):
                return await load_input(source, "pasted.png")
        except (OSError, NotAnImage) as error:
            self._cannot_open(self.tr("The shown image"), error)
        return None

    def export_shown(self, *, embed: bool = False) -> None:
        """Save the shown image as it came, its metadata beside it; with ``embed``, inside it
        (which invalidates the image's content credentials)."""
        if self._shown_image_id is None:
            self.statusBar().showMessage(self.tr("Nothing saved is shown yet to export."), 4000)
            return
        shown = self.canvas.pictures
        # A GIF or an SVG is exported as the very bytes the server sent, under its own suffix.
        suffix = f".{shown[0].pixels.source_format}" if shown and shown[0].pixels.source else ".png"
        suggested = str(Path.home() / f"studio-{self._shown_image_id}{suffix}")
        title = (
            self.tr("Export image with metadata inside (invalidates content credentials)")
            if embed
            else self.tr("Export image")
        )
        target, _ = QFileDialog.getSaveFileName(self, title, suggested)
        if target:
            self._start(self._export(self._shown_image_id, Path(target), embed))

    async def _export(self, image_id: int, target: Path, embed: bool) -> None:
        try:
            written = await export_image(self._gallery_root, image_id, target, embed=embed)
        except GalleryError as error:
            self.notices.add(self.tr("The image could not be exported: {why}").format(why=error))
            return
        except OSError as error:
            self.notices.add(
                self.tr("The image could not be exported: {why}.").format(
                    why=getattr(error, "strerror", None) or error
                )
            )
            return
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=written), 6000)

    def copy_shown(self) -> None:
        """The shown image to the clipboard: its pixels, and a GIF's or an SVG's own bytes."""
        if self.canvas.copy():
            self.statusBar().showMessage(self.tr("Image copied"), 3000)

    def paste_image(self) -> None:
        """Paste into the editor when it is open, else show what was pasted."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime.hasUrls():
            self._open_urls(mime.urls())
        elif mime.hasImage():
            if mime.hasFormat("image/png"):
                data: bytes | QImage = bytes(mime.data("image/png").data())
            else:
                data = QImage(QGuiApplication.clipboard().image())
            self._start(self._paste(data))

    async def _paste(self, pasted: bytes | QImage) -> None:
        data = pasted if isinstance(pasted, bytes) else await asyncio.to_thread(_png_of, pasted)
        if self.pages.currentWidget() is self.editor:
            try:
                edit_input = await load_input(data, "pasted.png")
            except NotAnImage as error:
                self._cannot_open(self.tr("The pasted image"), error)
                return
            self.editor.add_input(edit_input)
            return
        try:
            pixels = await asyncio.to_thread(display_pixels, data)
        except NotAnImage as error:
            self._cannot_open(self.tr("The pasted image"), error)
            return
        self._show_opened(pixels, data)

    def _open_urls(self, urls: list[QUrl]) -> None:
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        if not files:
            return
        if self.pages.currentWidget() is self.editor:
            self._start(self._add_files(files))
        else:
            self._start(self._open_file(files[0]))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self._open_urls(event.mimeData().urls())
        event.acceptProposedAction()

    # -- dialogs ----------------------------------------------------------------------------

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
        self._start(self._start_demo())

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
        running = self._queue.running
        if running:
            answer = QMessageBox.question(
                self,
                self.tr("Quit Studio?"),
                self.tr(
                    "{n} job(s) are still running. Quit anyway? They will be cancelled; "
                    "their last previews are kept in the gallery."
                ).format(n=len(running)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._state.setValue("window/geometry", self.saveGeometry())
        self._state.setValue("window/docks", self.saveState())
        self._state.sync()
        for task in list(self._tasks):
            task.cancel()
        self.reader.close()
        event.accept()
        self.closed.emit()


def _png_of(image: QImage) -> bytes:
    """PNG bytes of a pasted image (Qt's encoder: the pixels are Qt's already)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


async def _decode(path: Path, max_edge: int = 2048) -> Frame:
    """Read (a regular file of sane size only) and decode off the GUI thread."""
    return await asyncio.to_thread(lambda: display_pixels(read_image_file(path), max_edge))
