"""The Batch page: a template, values and a matrix (and, for an edit batch, input images and a
mask), previewed with count and cost, then sent live or through the Batch API; the batches this
gallery knows, each able to be run again with changes; and requests that may have been billed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.api import FINISHED, Endpoint, ImageFile, ImageRequest, InvalidParameters
from studio.batch import Preview
from studio.core import Session
from studio.core.batches import BatchDraft, BatchSession
from studio.core.locale_format import format_count, format_money
from studio.gallery import LIVE_PREFIX, BatchRecord, JournalEntry
from studio.gallery.spending import Spent
from studio.ui.cost_words import cost_text, spent_text, total_text
from studio.ui.elided_label import ElidedLabel
from studio.ui.flow_layout import FlowLayout

__all__ = ["BatchPage"]

#: Lines of the preview listed; the count and total always cover them all.
_LISTED = 1000

Start = Callable[[Coroutine[Any, Any, Any]], None]


class BatchPage(QWidget):
    """Built from a ``BatchSession``; ``retry_requested`` carries a request to send again."""

    retry_requested = Signal(object)  # ImageRequest
    #: The gallery asked to show one batch's images (its id).
    images_requested = Signal(str)
    #: A sentence of the page's own (its session's ``message`` goes to the window directly).
    notice = Signal(str)

    def __init__(
        self,
        batches: BatchSession,
        session: Session,
        base_request: Callable[[], ImageRequest],
        start: Start,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Batches"))
        self._batches = batches
        #: The page's state and actions (``core.batches``); the spending dialog reads it too.
        self.batches = batches
        self._session = session
        self._base_request = base_request
        self._start = start
        self._records: tuple[BatchRecord, ...] = ()
        self._interrupted: tuple[JournalEntry, ...] = ()
        #: The parameters of a batch loaded to run again; None: the window's panel's.
        self._loaded: ImageRequest | None = None
        #: An edit batch's input images and mask; none: a generation batch.
        self._images: tuple[ImageFile, ...] = ()
        self._mask: ImageFile | None = None

        self.template = QLineEdit()
        self.template.setAccessibleName(self.tr("Prompt template"))
        self.template.setPlaceholderText(
            self.tr("a watercolour {subject} on a {red|green|blue} background")
        )
        self.values = QPlainTextEdit()
        self.values.setAccessibleName(self.tr("Values"))
        self.values.setTabChangesFocus(True)  # Tab leaves the box (a table's are pasted)
        self.values.setPlaceholderText(
            self.tr("One value a line for the template's variable, or a CSV/TSV table")
        )
        self.table = QCheckBox(self.tr("Values are a table (CSV or TSV with a header)"))
        self.load_values = QPushButton(self.tr("Load values…"))
        self.matrix = QLineEdit()
        self.matrix.setAccessibleName(self.tr("Matrix"))
        self.matrix.setPlaceholderText(self.tr("size=1024x1024,1536x1024; quality=low,high"))
        self.via = QComboBox()
        self.via.setAccessibleName(self.tr("Send through"))
        self.via.addItem(self.tr("Batch API: half price, done within 24 h"), True)
        self.via.addItem(self.tr("Live: now, at the usual price"), False)
        self.inputs = ElidedLabel(self.tr("None: new images"))
        self.inputs.setAccessibleName(self.tr("Input images"))
        self.add_images = QPushButton(self.tr("Input images…"))
        self.add_images.setToolTip(self.tr("Make an edit batch: every line edits these images"))
        self.add_mask = QPushButton(self.tr("Mask…"))
        self.clear_inputs = QPushButton(self.tr("Clear"))
        self.parameters = ElidedLabel()
        self.parameters.setAccessibleName(self.tr("Parameters"))
        self.use_panel = QPushButton(self.tr("Use the panel's parameters"))
        self.use_panel.setToolTip(self.tr("Send with the parameters set in the window's panel"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.send_button = QPushButton(self.tr("Send batch"))
        self.summary = QLabel(self.tr("Write a template, then Preview."), wordWrap=True)
        self.summary.setAccessibleName(self.tr("Batch summary"))
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("Expanded requests"))
        self.lines.setUniformItemSizes(True)

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Values"), self.values)
        choices = QHBoxLayout()
        choices.addWidget(self.table)
        choices.addStretch(1)
        choices.addWidget(self.load_values)
        form.addRow("", choices)
        form.addRow(self.tr("Matrix"), self.matrix)
        inputs = QHBoxLayout()
        inputs.addWidget(self.inputs, 1)
        for button in (self.add_images, self.add_mask, self.clear_inputs):
            inputs.addWidget(button)
        form.addRow(self.tr("Edit"), inputs)
        parameters = QHBoxLayout()
        parameters.addWidget(self.parameters, 1)
        parameters.addWidget(self.use_panel)
        form.addRow(self.tr("Parameters"), parameters)
        form.addRow(self.tr("Send through"), self.via)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        draft = QWidget()
        draft_column = QVBoxLayout(draft)
        draft_column.addLayout(form)
        draft_column.addLayout(buttons)
        draft_column.addWidget(self.summary)
        draft_column.addWidget(self.lines, 1)

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Batches sent"))
        self.list.setHeaderLabels(
            [self.tr("Batch"), self.tr("Status"), self.tr("Done"), self.tr("Failed"),
             self.tr("Estimate"), self.tr("Cost"), self.tr("Kept")]
        )  # fmt: skip
        self.list.setRootIsDecorated(False)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.fetch_button = QPushButton(self.tr("Keep results"))
        self.cancel_button = QPushButton(self.tr("Cancel batch"))
        self.images_button = QPushButton(self.tr("Show images"))
        self.images_button.setToolTip(self.tr("This batch's images in the gallery"))
        self.rerun_button = QPushButton(self.tr("Run again…"))
        self.rerun_button.setToolTip(
            self.tr("Load this batch's template, values, matrix and parameters to change them")
        )
        # Wraps rather than widen the list's column.
        sent_buttons = FlowLayout()
        for button in (
            self.refresh_button,
            self.fetch_button,
            self.cancel_button,
            self.images_button,
            self.rerun_button,
        ):
            sent_buttons.addWidget(button)
        sent = QGroupBox(self.tr("Batches"))
        sent_column = QVBoxLayout(sent)
        sent_column.addWidget(self.list, 1)
        sent_column.addLayout(sent_buttons)

        self.interrupted = QListWidget()
        self.interrupted.setAccessibleName(self.tr("Interrupted requests"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.spent = ElidedLabel()
        self.spent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.spent.setAccessibleName(self.tr("Spent"))
        journal_buttons = QHBoxLayout()
        journal_buttons.addWidget(self.retry_button)
        journal_buttons.addWidget(self.dismiss_button)
        journal_buttons.addWidget(self.spent, 1)
        journal = QGroupBox(self.tr("Interrupted — may have been billed"))
        journal_column = QVBoxLayout(journal)
        journal_column.addWidget(self.interrupted, 1)
        journal_column.addLayout(journal_buttons)

        known = QSplitter(Qt.Orientation.Vertical)
        known.addWidget(sent)
        known.addWidget(journal)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(draft)
        splitter.addWidget(known)
        # Scrolls rather than widen the window: the page shares a stack with the others.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(splitter)
        scroll.setAccessibleName(self.tr("Batches"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll)

        self.preview_button.clicked.connect(self.make_preview)
        self.send_button.clicked.connect(self.send)
        self.load_values.clicked.connect(self._choose_values)
        self.refresh_button.clicked.connect(self.refresh)
        self.fetch_button.clicked.connect(self.fetch)
        self.cancel_button.clicked.connect(self.cancel)
        self.rerun_button.clicked.connect(self.run_again)
        self.images_button.clicked.connect(self._show_images)
        self.add_images.clicked.connect(self._choose_images)
        self.add_mask.clicked.connect(self._choose_mask)
        self.clear_inputs.clicked.connect(lambda: self.set_inputs((), None))
        self.use_panel.clicked.connect(lambda: self._load_parameters(None))
        self.retry_button.clicked.connect(self.retry)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.template.textChanged.connect(self._update_buttons)
        self.values.textChanged.connect(self._update_buttons)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.interrupted.itemSelectionChanged.connect(self._update_buttons)
        batches.previewed.connect(self._show_preview)
        batches.batches_changed.connect(self._show_batches)
        batches.interrupted_changed.connect(self._show_interrupted)
        batches.spent_changed.connect(self._show_spent)
        batches.busy_changed.connect(self._update_buttons)
        batches.finished.connect(self._finished)
        # A preview shown is of the draft as it was: say so once the draft changes.
        for changed in (
            self.template.textChanged,
            self.values.textChanged,
            self.matrix.textChanged,
            self.table.toggled,
            self.via.currentIndexChanged,
        ):
            changed.connect(self._draft_changed)
        self._load_parameters(None)
        self._update_buttons()

    # -- the draft --------------------------------------------------------------------------

    def draft(self) -> BatchDraft:
        base = self._loaded or self._base_request()
        base = replace(base, prompt="", stream=False, partial_images=None)
        if self._images:
            base = replace(
                base,
                endpoint=Endpoint.EDITS,
                images=self._images,
                mask=self._mask,
                moderation=None,  # a generation's parameter
            )
        else:
            base = replace(base, endpoint=Endpoint.GENERATIONS, images=(), mask=None, markup=None)
        return BatchDraft(
            self.template.text(),
            self.values.toPlainText(),
            self.table.isChecked(),
            self.matrix.text(),
            base,
            bool(self.via.currentData()),
        )

    def _draft_changed(self) -> None:
        if self.lines.count():
            self.lines.clear()
            self.summary.setText(self.tr("Changed since the preview: Preview again."))

    def _finished(self, batch_id: str) -> None:
        """The summary stops saying a run is under way once it is over."""
        if batch_id in self.summary.text():
            self.summary.setText(
                self.tr("{id} finished; see Batches for its results.").format(id=batch_id)
            )

    def make_preview(self) -> None:
        self._start(self._batches.make_preview(self.draft()))

    def send(self) -> None:
        provider = self._session.active_provider
        if provider is None or not self._session.ready:
            self.notice.emit(self.tr("Add an API key or start the offline demo server first."))
            return
        self._start(self._send(provider))

    async def _send(self, provider: Any) -> None:
        sent = await self._batches.send(self.draft(), provider, self._session.active_key.value)
        if sent and sent.startswith(LIVE_PREFIX):
            text = self.tr("Running {id} live with the window's jobs; results go to the gallery.")
            self.summary.setText(text.format(id=sent))
        elif sent:
            self.summary.setText(
                self.tr(
                    "Batch {id} sent; it is polled while Studio is open, and you are told when "
                    "it finishes."
                ).format(id=sent)
            )

    def _choose_values(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Values for the template"),
            "",
            self.tr("Lists and tables (*.txt *.csv *.tsv);;All files (*)"),
        )
        if name:
            self._start(self._load_values(Path(name)))

    async def _load_values(self, path: Path) -> None:
        try:
            text = await asyncio.to_thread(path.read_text, encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            self.notice.emit(self.tr("{name} could not be read: {why}").format(
                name=path.name, why=getattr(error, "strerror", None) or error))  # fmt: skip
            return
        self.values.setPlainText(text)
        self.table.setChecked(path.suffix.lower() in (".csv", ".tsv"))

    # -- an edit batch's inputs ------------------------------------------------------------

    def set_inputs(self, images: tuple[ImageFile, ...], mask: ImageFile | None) -> None:
        self._images, self._mask = images, (mask if images else None)
        if not images:
            self.inputs.setText(self.tr("None: new images"))
        else:
            names = ", ".join(image.filename for image in images)
            if self._mask is not None:
                names += self.tr(" · mask {name}").format(name=self._mask.filename)
            self.inputs.setText(names)
        self._update_buttons()

    def _choose_images(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Input images for every line"), "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)"),
        )  # fmt: skip
        if names:
            self._start(self.read_inputs([Path(n) for n in names], None))

    def _choose_mask(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Mask (transparent where the edit goes)"), "",
            self.tr("PNG images (*.png);;All files (*)"),
        )  # fmt: skip
        if name:
            self._start(self.read_inputs(None, Path(name)))

    async def read_inputs(self, images: list[Path] | None, mask: Path | None) -> None:
        """Read the chosen files off the GUI thread; ``None`` keeps what is there."""
        try:
            read = await asyncio.to_thread(
                lambda: (
                    None
                    if images is None
                    else tuple(ImageFile.from_path(p, param="image") for p in images),
                    None if mask is None else ImageFile.from_path(mask, param="mask"),
                )
            )
        except InvalidParameters as error:
            self.notice.emit(error.message)
            return
        new_images, new_mask = read
        self.set_inputs(
            self._images if new_images is None else new_images,
            self._mask if new_mask is None else new_mask,
        )

    # -- running a batch again ------------------------------------------------------------

    def _show_images(self) -> None:
        record = self._selected_batch()
        if record is not None:
            self.images_requested.emit(record.id)

    def run_again(self) -> None:
        record = self._selected_batch()
        if record is not None:
            self._start(self._run_again(record))

    async def _run_again(self, record: BatchRecord) -> None:
        draft = await self._batches.draft_of(record.id)
        if draft is None:
            return
        self.template.setText(draft.template)
        self.values.setPlainText(draft.values)
        self.table.setChecked(draft.table)
        self.matrix.setText(draft.matrix)
        self.via.setCurrentIndex(self.via.findData(draft.batch_api))
        self.set_inputs(draft.base.images, draft.base.mask)
        self._load_parameters(replace(draft.base, images=(), mask=None, markup=None), record.id)
        self.lines.clear()
        self.summary.setText(
            self.tr("{id} loaded: change what you like, then Preview and Send.").format(
                id=record.id
            )
        )

    def _load_parameters(self, request: ImageRequest | None, source: str = "") -> None:
        """Send with ``request``'s parameters (a batch loaded to run again), or with the
        panel's when None."""
        self._loaded = request
        self.use_panel.setVisible(request is not None)
        if request is None:
            self.parameters.setText(self.tr("As set in the window's panel"))
            return
        shown = " · ".join(
            str(v)
            for v in (request.model_name, request.size, request.quality, request.background)
            if v
        )
        self.parameters.setText(self.tr("{values} (from {id})").format(values=shown, id=source))

    def _show_preview(self, preview: Preview) -> None:
        self.lines.clear()
        for item, figure in list(zip(preview.items, preview.estimates, strict=True))[:_LISTED]:
            request = item.request
            detail = " · ".join(
                str(v) for v in (request.model_name, request.size, request.quality) if v
            )
            self.lines.addItem(
                f"{item.custom_id}  {cost_text(figure.cost)}  {item.prompt}  ({detail})"
            )
        via = self.tr("through the Batch API") if self.via.currentData() else self.tr("live")
        text = self.tr("%n request(s) {via}; estimated total {total}", None, preview.count).format(
            via=via, total=total_text(preview.total)
        )
        if preview.count > _LISTED:
            text += self.tr(" (the first {n} listed)").format(n=format_count(_LISTED))
        edited = preview.items[0].request.images if preview.items else ()
        if edited:
            text += self.tr("; each edits %n image(s)", None, len(edited))
        self.summary.setText(text)

    # -- batches sent -----------------------------------------------------------------------

    def _selected_batch(self) -> BatchRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self._records if r.id == wanted), None)

    def _connection(self) -> tuple[Any, str] | None:
        provider = self._session.active_provider
        if provider is None or not self._session.ready:
            self.notice.emit(self.tr("Add an API key or start the offline demo server first."))
            return None
        return provider, self._session.active_key.value

    def refresh(self) -> None:
        connection = self._connection()
        if connection is not None and not self._batches.busy:
            self._start(self._batches.refresh(*connection))

    def fetch(self) -> None:
        record, connection = self._selected_batch(), self._connection()
        if record is not None and connection is not None:
            self._start(self._fetch(record, *connection))

    async def _fetch(self, record: BatchRecord, provider: Any, key: str) -> None:
        kept = await self._batches.fetch(record.id, provider, key)
        self.notice.emit(
            self.tr("%n result(s) of {id} kept in the gallery.", None, kept).format(id=record.id)
        )

    def cancel(self) -> None:
        record, connection = self._selected_batch(), self._connection()
        if record is not None and connection is not None:
            self._start(self._batches.cancel(record.id, *connection))

    def _show_batches(self, records: tuple[BatchRecord, ...]) -> None:
        chosen = self._selected_batch()
        self._records = records
        self.list.clear()
        for record in records:
            counts = record.counts
            item = QTreeWidgetItem(
                [
                    record.id,
                    record.status,
                    f"{format_count(counts.get('completed', 0))}/"
                    f"{format_count(counts.get('total', 0))}",
                    format_count(counts.get("failed", 0)),
                    self.tr("unknown")
                    if record.estimate is None
                    else format_money(record.estimate),
                    "" if record.cost is None else format_money(record.cost),
                    self.tr("yes") if record.fetched else self.tr("no"),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, record.id)
            self.list.addTopLevelItem(item)
            if chosen is not None and chosen.id == record.id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    # -- the journal ------------------------------------------------------------------------

    def _selected_entry(self) -> JournalEntry | None:
        row = self.interrupted.currentRow()
        return self._interrupted[row] if 0 <= row < len(self._interrupted) else None

    def retry(self) -> None:
        entry = self._selected_entry()
        if entry is not None and _resendable(entry):
            self._start(self._retry(entry))

    async def _retry(self, entry: JournalEntry) -> None:
        request = await self._batches.retry_request(entry)
        if request is None:
            return  # the reason was told
        self.retry_requested.emit(request)
        await self._batches.dismiss(entry.id)

    def dismiss(self) -> None:
        entry = self._selected_entry()
        if entry is not None:
            self._start(self._batches.dismiss(entry.id))

    def _show_interrupted(self, entries: tuple[JournalEntry, ...]) -> None:
        self._interrupted = entries
        self.interrupted.clear()
        for entry in entries:
            cost = (
                self.tr("unknown")
                if entry.estimate is None
                else self.tr("up to {money}").format(money=format_money(entry.estimate))
            )
            item = QListWidgetItem(f"{entry.model}: {entry.prompt[:80]} ({cost})")
            item.setToolTip(entry.error or entry.summary)
            self.interrupted.addItem(item)
        self._update_buttons()

    def _show_spent(self, money: Spent) -> None:
        self.spent.setText(self.tr("Spent: {text}").format(text=spent_text(money)))

    # -- keeping the buttons honest ---------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self._batches.busy
        has_template = bool(self.template.text().strip() or self.values.toPlainText().strip())
        self.preview_button.setEnabled(has_template and not busy)
        self.send_button.setEnabled(has_template and not busy)
        record = self._selected_batch()
        live = record is not None and record.live
        self.fetch_button.setEnabled(record is not None and not live and not busy)
        self.fetch_button.setToolTip(
            self.tr("A live run's results were kept as they came") if live else ""
        )
        self.cancel_button.setEnabled(
            record is not None and record.status not in FINISHED and not busy
        )
        self.rerun_button.setEnabled(record is not None and not busy)
        self.images_button.setEnabled(record is not None)
        self.refresh_button.setEnabled(not busy)
        self.add_mask.setEnabled(bool(self._images))
        self.clear_inputs.setEnabled(bool(self._images))
        entry = self._selected_entry()
        self.dismiss_button.setEnabled(entry is not None and not busy)
        resendable = entry is not None and _resendable(entry)
        self.retry_button.setEnabled(resendable and not busy)
        self.retry_button.setToolTip(
            self.tr("Send it again: it may be billed twice")
            if resendable or entry is None
            else self.tr(
                "This edit's input images were not kept (it was sent by an older Studio): "
                "make it again from the editor"
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._start(self._batches.load())


def _resendable(entry: JournalEntry) -> bool:
    """A generation, or an edit whose input images the journal kept."""
    return entry.endpoint == Endpoint.GENERATIONS.value or bool(entry.inputs)
