"""The gallery browser: search and filters over everything kept, a grid that pages itself in,
the details of the selected image, and what can be done with a selection."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSlider,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core import GalleryReader
from studio.core.messages import Messages
from studio.gallery import Facets, GalleryError, GridItem, ImageRecord, Kind, Query
from studio.imaging import DisplayPixels, display_pixels
from studio.ui.compare_view import CompareDialog
from studio.ui.gallery_details import DetailsPane
from studio.ui.gallery_model import GalleryModel, ThumbnailDelegate
from studio.ui.shortcuts_dialog import WHERE
from studio.ui.tab_order import reach_toolbars, set_tab_order
from studio.ui.thumbnail_grid import ThumbnailGrid
from studio.ui.toolbars import ToolRow, add_action
from studio.ui.transfer import copy_pixels

__all__ = ["GalleryPage"]

_ANY = ""
_PERIODS = {
    "any": None,
    "today": 0,
    "week": 7,
    "month": 30,
    "year": 365,
    "between": -1,
}
_SEARCH_DELAY_MS = 180
_DETAIL_EDGE = 640
_DEFAULT_THUMB = 144


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(9)
    return combo


class GalleryPage(QWidget):
    """Cross-cutting actions go to the window with the image's full record:
    ``reuse_requested(record, all_settings)``, ``edit_requested(record)``,
    ``vary_requested(record)``; ``show_requested(item)`` with its grid item."""

    reuse_requested = Signal(object, bool)
    edit_requested = Signal(object)
    vary_requested = Signal(object)
    show_requested = Signal(object)
    #: A problem the user must read; ``status`` is a passing confirmation.

    def __init__(
        self,
        reader: GalleryReader,
        start: Callable[[Coroutine[Any, Any, Any]], None],
        messages: Messages | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: Where its sentences go (the window's, which shows them).
        self.messages = messages or Messages(self)
        self.setAccessibleName(self.tr("Gallery"))
        self.setAcceptDrops(True)
        self._reader = reader
        self._start = start
        self._details_for: int | None = None
        self._deleted: list[int] = []
        self._facets = Facets((), (), (), ())
        self.model = GalleryModel(reader, start, self)
        self.model.loaded.connect(self._loaded)
        self.model.thumbnails_loaded.connect(self._first_screen_shown)

        self.search = QLineEdit(placeholderText=self.tr("Search prompts, tags and notes"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.model_filter = _combo(self.tr("Model filter"))
        self.kind_filter = _combo(self.tr("Kind filter"))
        for text, kind in (
            (self.tr("All kinds"), _ANY),
            (self.tr("Generations"), Kind.GENERATION.value),
            (self.tr("Edits"), Kind.EDIT.value),
            (self.tr("Variations"), Kind.VARIATION.value),
            (self.tr("Imports"), Kind.IMPORT.value),
        ):
            self.kind_filter.addItem(text, kind)
        self.provider_filter = _combo(self.tr("Provider filter"))
        self.tag_filter = _combo(self.tr("Tag filter"))
        self.size_filter = _combo(self.tr("Size filter"))
        self.batch_filter = _combo(self.tr("Batch filter"))
        self.batch_filter.setToolTip(self.tr("Only the images a batch made"))
        self.period = _combo(self.tr("When"))
        for text, key in (
            (self.tr("Any time"), "any"),
            (self.tr("Today"), "today"),
            (self.tr("Last 7 days"), "week"),
            (self.tr("Last 30 days"), "month"),
            (self.tr("Last 12 months"), "year"),
            (self.tr("Between…"), "between"),
        ):
            self.period.addItem(text, key)
        self.since = QDateEdit(QDate.currentDate().addDays(-30), calendarPopup=True)
        self.since.setAccessibleName(self.tr("From"))
        self.until = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.until.setAccessibleName(self.tr("To"))
        self.favourites = QToolButton(text=self.tr("★ Favourites"), checkable=True)
        self.favourites.setToolTip(self.tr("Only favourites"))
        self.order = _combo(self.tr("Order"))
        self.order.addItem(self.tr("Newest first"), True)
        self.order.addItem(self.tr("Oldest first"), False)
        self.trash_view = QToolButton(text=self.tr("Trash"), checkable=True)
        self.trash_view.setToolTip(self.tr("Show what was deleted, to restore it or empty it"))
        self.thumb_size = QSlider(Qt.Orientation.Horizontal)
        self.thumb_size.setRange(64, 256)
        self.thumb_size.setValue(_DEFAULT_THUMB)
        self.thumb_size.setFixedWidth(110)
        self.thumb_size.setAccessibleName(self.tr("Thumbnail size"))
        self.thumb_size.setToolTip(self.tr("Thumbnail size"))
        combos = (
            self.model_filter,
            self.kind_filter,
            self.provider_filter,
            self.tag_filter,
            self.size_filter,
            self.batch_filter,
            self.period,
        )
        for combo in (*combos, self.order):
            combo.currentIndexChanged.connect(self.apply_filters)
        for date in (self.since, self.until):
            date.dateChanged.connect(self.apply_filters)
        self.favourites.toggled.connect(self.apply_filters)
        self.trash_view.toggled.connect(self.apply_filters)
        self.thumb_size.valueChanged.connect(self._resize_thumbnails)

        self.view = ThumbnailGrid()
        self.view.setAccessibleName(self.tr("Gallery images"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.delegate = ThumbnailDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(self._double_clicked)
        delete = QAction(self.tr("Delete"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.setProperty(WHERE, self.tr("Gallery images"))
        delete.triggered.connect(self.delete)
        self.view.addAction(delete)
        self.empty = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty.setAccessibleName(self.tr("Gallery state"))
        self.grid = QStackedWidget()
        self.grid.addWidget(self.view)
        self.grid.addWidget(self.empty)
        self.details = DetailsPane()
        self.details.open_requested.connect(self.select_image)
        self.details.tags_edited.connect(self._save_tags)
        self.details.notes_edited.connect(self._save_notes)
        self.undo_bar = self._build_undo_bar()
        self.actions_bar = self._build_actions()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.favourites)
        filters.addWidget(self.trash_view)
        # The filters wrap onto a further row rather than widen the page or hide behind ».
        more = ToolRow(self.tr("Filters"))
        self._date_actions = []
        for widget in (*combos, self.since, self.until, self.order):
            action = more.addWidget(widget)
            if widget in (self.since, self.until):
                self._date_actions.append(action)
        more.addSeparator()
        more.addLabelled(self.tr("Thumbnails"), self.thumb_size)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.undo_bar)
        left_column.addWidget(self.grid, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(filters)
        column.addWidget(more)
        column.addWidget(splitter, 1)
        # Under the grid and the details both: the actions' rows are as wide as the page.
        column.addWidget(self.actions_bar)
        # Tab reads the page as it is laid out: the search, its filters, the grid and what acts
        # on it, then the details.
        reach_toolbars(self)
        set_tab_order(
            [
                *(self.search, self.favourites, self.trash_view, more),
                *(self.undo_bar, self.grid, self.actions_bar, self.details),
            ]
        )
        self._show_period()
        self._resize_thumbnails(self.thumb_size.value())
        self._selection_changed()
        self._opened = False
        #: The filters' choices wait for the first screen's thumbnails (``open``).
        self._facets_due = False

    # -- building ---------------------------------------------------------------------------

    def _build_undo_bar(self) -> QFrame:
        bar = QFrame()
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel()
        undo = QPushButton(self.tr("Undo"))
        undo.setToolTip(self.tr("Put the images back (Ctrl+Z)"))
        undo.clicked.connect(self.undo_delete)
        row = QHBoxLayout(bar)
        row.addWidget(self.undo_label, 1)
        row.addWidget(undo)
        bar.hide()
        return bar

    def _build_actions(self) -> ToolRow:
        bar = ToolRow(self.tr("Gallery actions"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        reuse_menu = QMenu(self)
        reuse_menu.addAction(self.tr("Prompt only"), lambda: self._reuse(False))
        reuse_menu.addAction(self.tr("All settings"), lambda: self._reuse(True))
        reuse = QToolButton(text=self.tr("Reuse"))
        reuse.setToolTip(self.tr("Take this image's prompt, or all its settings"))
        reuse.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        reuse.setMenu(reuse_menu)
        self.reuse_button = bar.addWidget(reuse)
        self.edit_button = add_action(
            bar,
            self.tr("Edit"),
            self.tr("Open in the editor (with its mask, if it was an edit)"),
            self._edit,
        )
        self.vary_button = add_action(
            bar, self.tr("Variations"), self.tr("Make variations of it"), self._vary
        )
        self.favourite_button = add_action(
            bar, self.tr("★"), self.tr("Favourite or not"), self._toggle_favourite
        )
        self.copy_button = add_action(
            bar, self.tr("Copy"), self.tr("Copy the image"), self.copy_image
        )
        self.copy_prompt_button = add_action(
            bar, self.tr("Copy prompt"), self.tr("Copy the prompt"), self.copy_prompt
        )
        self.export_button = add_action(
            bar,
            self.tr("Export…"),
            self.tr("Save the images as they came, their metadata in .json and .xmp files beside"),
            self._export,
        )
        export_menu = QMenu(self)
        export_menu.addAction(self.tr("Export…"), self._export)
        export_menu.addAction(self._export_inside_text(), lambda: self._export(embed=True))
        self.export_button.setMenu(export_menu)
        self.reveal_button = add_action(
            bar, self.tr("Show file"), self.tr("Show the file in the file manager"), self._reveal
        )
        self.compare_button = add_action(
            bar, self.tr("Compare"), self.tr("Compare two selected images"), self._compare
        )
        bar.addSeparator()
        self.delete_button = add_action(
            bar, self.tr("Delete"), self.tr("Move to the trash (Delete)"), self.delete
        )
        self.restore_button = add_action(
            bar, self.tr("Restore"), self.tr("Take out of the trash"), self._restore
        )
        self.empty_trash_button = add_action(
            bar,
            self.tr("Empty trash"),
            self.tr("Delete what is in the trash for good"),
            self._empty_trash,
        )
        return bar

    # -- the query --------------------------------------------------------------------------

    def open(self) -> None:
        """Called when the page is shown: the first query, and the filters' choices once the
        first screen is shown (asked for at once, they were read before its thumbnails on the
        reader's one thread)."""
        if self._opened:
            self._start(self._load_facets())
            return
        self._opened = True
        self._facets_due = True
        self.apply_filters()

    def _first_screen_shown(self) -> None:
        if self._facets_due:
            self._facets_due = False
            self._start(self._load_facets())

    def show_batch(self, batch_id: str) -> None:
        """Only the images ``batch_id`` made (the Batch page's "Show images")."""
        if self.batch_filter.findData(batch_id) < 0:  # older than the batches offered
            self.batch_filter.addItem(batch_id, batch_id)
        self.batch_filter.setCurrentIndex(self.batch_filter.findData(batch_id))

    def query(self) -> Query:
        since = until = None
        days = _PERIODS[self.period.currentData() or "any"]
        if days == -1:
            since = _timestamp(self.since.date())
            until = _timestamp(self.until.date().addDays(1))
        elif days is not None:
            midnight = datetime.combine(datetime.now().date(), datetime.min.time())
            since = midnight.timestamp() - days * 86400
        kind = self.kind_filter.currentData()
        model = self.model_filter.currentData()
        return Query(
            text=self.search.text().strip(),
            models=(model,) if model else (),
            kinds=(Kind(kind),) if kind else (),
            since=since,
            until=until,
            favourite=self.favourites.isChecked(),
            tag=self.tag_filter.currentData() or None,
            size=self.size_filter.currentData() or None,
            batch=self.batch_filter.currentData() or None,
            provider=self.provider_filter.currentData() or None,
            trashed=self.trash_view.isChecked(),
            newest_first=bool(self.order.currentData()),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self._show_period()
        self.model.set_query(self.query())
        self._selection_changed()

    def _show_period(self) -> None:
        between = self.period.currentData() == "between"
        for action in self._date_actions:
            action.setVisible(between)

    async def _load_facets(self) -> None:
        self._facets = await self._reader.facets()
        for combo, values, everything in (
            (self.model_filter, self._facets.models, self.tr("All models")),
            (self.provider_filter, self._facets.providers, self.tr("All providers")),
            (self.tag_filter, self._facets.tags, self.tr("All tags")),
            (self.size_filter, self._facets.sizes, self.tr("All sizes")),
            (self.batch_filter, self._facets.batches, self.tr("All batches")),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, _ANY)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _loaded(self) -> None:
        if self.model.rowCount():
            self.grid.setCurrentWidget(self.view)
            return
        self._first_screen_shown()  # no thumbnails to wait for
        query = self.model.query
        if query.trashed:
            text = self.tr("The trash is empty.")
        elif query.text:
            text = self.tr(
                "No results for “{text}”. Try fewer or shorter words, or clear the filters."
            ).format(text=query.text)
        elif query != Query(newest_first=query.newest_first):
            text = self.tr("No images match these filters.")
        else:
            text = self.tr(
                "The gallery is empty. Generate an image, or drop image files here to import them."
            )
        self.empty.setText(text)
        self.grid.setCurrentWidget(self.empty)

    def _resize_thumbnails(self, size: int) -> None:
        self.delegate.edge = size
        self.view.set_cell_size(QSize(size + 8, size + 8))
        # Room for two default thumbnails side by side, whatever the window's size.
        two = 2 * (min(size, _DEFAULT_THUMB) + 8)
        self.view.setMinimumWidth(two + self.view.verticalScrollBar().sizeHint().width() + 4)
        self.model.set_edge(round(size * self.devicePixelRatioF()))

    # -- selection and details ---------------------------------------------------------------

    @property
    def selected(self) -> list[GridItem]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [record for row in rows if (record := self.model.record(row)) is not None]

    def select_image(self, image_id: int) -> None:
        """Select ``image_id`` if it is in the grid, and show its details in any case."""
        row = self.model.row_of(image_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))
            self.view.scrollTo(self.model.index(row))
        else:
            self.view.clearSelection()
            self._start(self._load_details(image_id))

    def _selection_changed(self, *_: QItemSelection) -> None:
        selected = self.selected
        one = len(selected) == 1
        trash = self.trash_view.isChecked()
        for button in (
            self.reuse_button,
            self.edit_button,
            self.vary_button,
            self.copy_button,
            self.copy_prompt_button,
            self.reveal_button,
        ):
            button.setEnabled(one and not trash)
        for button in (self.favourite_button, self.export_button):
            button.setEnabled(bool(selected) and not trash)
        self.compare_button.setEnabled(len(selected) == 2)
        self.delete_button.setVisible(not trash)
        self.delete_button.setEnabled(bool(selected))
        self.restore_button.setVisible(trash)
        self.restore_button.setEnabled(bool(selected))
        self.empty_trash_button.setVisible(trash)
        if one:
            self._start(self._load_details(selected[0].id))
        elif (
            not selected
            and self._details_for is not None
            and self.model.row_of(self._details_for) is not None
        ):
            self._details_for = None
            self.details.show_details(None)

    async def _load_details(self, image_id: int) -> None:
        self._details_for = image_id
        details = await self._reader.details(image_id, _DETAIL_EDGE)
        if self._details_for == image_id:
            self.details.show_details(details)

    def _double_clicked(self) -> None:
        selected = self.selected
        if len(selected) == 1:
            self.show_requested.emit(selected[0])

    def _context_menu(self, position: Any) -> None:
        if not self.selected:
            return
        menu = QMenu(self)
        if not self.trash_view.isChecked():
            one = len(self.selected) == 1
            for text, slot, enabled in (
                (self.tr("Show on the canvas"), self._double_clicked, one),
                (self.tr("Reuse prompt"), lambda: self._reuse(False), one),
                (self.tr("Reuse all settings"), lambda: self._reuse(True), one),
                (self.tr("Edit"), self._edit, one),
                (self.tr("Make variations"), self._vary, one),
                (self.tr("Favourite"), self._toggle_favourite, True),
                (self.tr("Copy image"), self.copy_image, one),
                (self.tr("Copy prompt"), self.copy_prompt, one),
                (self.tr("Export…"), self._export, True),
                (self._export_inside_text(), lambda: self._export(embed=True), True),
                (self.tr("Compare"), self._compare, len(self.selected) == 2),
                (self.tr("Compare with its base"), self._compare_with_base, one),
                (self.tr("Delete"), self.delete, True),
            ):
                menu.addAction(text, slot).setEnabled(enabled)
        else:
            menu.addAction(self.tr("Restore"), self._restore)
        menu.popup(self.view.viewport().mapToGlobal(position))

    # -- actions ----------------------------------------------------------------------------

    def _one(self) -> GridItem | None:
        selected = self.selected
        return selected[0] if len(selected) == 1 else None

    def _with_record(self, act: Callable[[ImageRecord], object]) -> None:
        """Do ``act`` with the full record of the one selected image (the grid holds less)."""
        item = self._one()
        if item is not None:
            self._start(self._record_then(item.id, act))

    async def _record_then(self, image_id: int, act: Callable[[ImageRecord], object]) -> None:
        record = await self._reader.get(image_id)
        if record is None:
            self.messages.tell(self.tr("That image is no longer in the gallery."))
            return
        act(record)

    def _reuse(self, all_settings: bool) -> None:
        self._with_record(lambda record: self.reuse_requested.emit(record, all_settings))

    def _edit(self) -> None:
        self._with_record(self.edit_requested.emit)

    def _vary(self) -> None:
        self._with_record(self.vary_requested.emit)

    def _toggle_favourite(self) -> None:
        selected = self.selected
        if selected:
            favourite = not all(record.favourite for record in selected)
            self._start(self._set_favourite([record.id for record in selected], favourite))

    async def _set_favourite(self, ids: list[int], favourite: bool) -> None:
        await self._reader.set_favourite(ids, favourite)
        await self._refresh_records(ids)

    async def _refresh_records(self, ids: list[int]) -> None:
        for image_id in ids:
            record = await self._reader.get(image_id)
            if record is not None:
                self.model.replace(record)
        if self._details_for in ids:
            await self._load_details(self._details_for)

    def _save_tags(self, image_id: int, tags: list[str]) -> None:
        self._start(self._tags(image_id, tags))

    async def _tags(self, image_id: int, tags: list[str]) -> None:
        record = await self._reader.set_tags(image_id, tags)
        if record is not None:
            self.model.replace(record)
        self._start(self._load_facets())

    def _save_notes(self, image_id: int, notes: str) -> None:
        self._start(self._notes(image_id, notes))

    async def _notes(self, image_id: int, notes: str) -> None:
        await self._reader.set_notes(image_id, notes)
        record = await self._reader.get(image_id)
        if record is not None:
            self.model.replace(record)

    def copy_prompt(self) -> None:
        record = self._one()
        if record is not None:
            QGuiApplication.clipboard().setText(record.prompt)
            self.messages.show_status(self.tr("Prompt copied."), 6000)

    def copy_image(self) -> None:
        self._with_record(lambda record: self._start(self._copy_image(record)))

    async def _copy_image(self, record: ImageRecord) -> None:
        with self.messages.reporting(self.tr("The image could not be copied: {why}.")):
            data = await self._reader.read_file(record.path)
            pixels = await _decode(data, 8192)
            copy_pixels(pixels)  # a GIF or an SVG goes with its own bytes too
            self.messages.show_status(self.tr("Image copied."), 6000)

    def _export_inside_text(self) -> str:
        return self.tr("Export with metadata inside (invalidates content credentials)…")

    def _export(self, *, embed: bool = False) -> None:
        """Copies as they came, their metadata in sidecars; with ``embed``, inside the copies
        (which breaks the content credentials they carry)."""
        selected = self.selected
        if not selected:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), str(Path.home())
        )
        if folder:
            self._start(self.export([record.id for record in selected], Path(folder), embed))

    def _images(self, n: int) -> str:
        return self.tr("%n image(s)", None, n)

    async def export(self, ids: list[int], folder: Path, embed: bool = False) -> None:
        written = None
        with self.messages.reporting(self.tr("Export failed: {why}")):
            written = await self._reader.export(ids, folder, embed=embed)
        if written is None:
            return
        done = (
            self.tr("Exported {images} to {folder} with the metadata inside.")
            if embed
            else self.tr("Exported {images} to {folder} with the metadata in sidecar files.")
        )
        self.messages.show_status(
            done.format(images=self._images(len(written)), folder=folder), 6000
        )

    def _reveal(self) -> None:
        self._with_record(
            lambda record: QDesktopServices.openUrl(QUrl.fromLocalFile(str(record.path.parent)))
        )

    def delete(self) -> None:
        selected = self.selected
        if selected and not self.trash_view.isChecked():
            self._start(self._delete([record.id for record in selected]))

    async def _delete(self, ids: list[int]) -> None:
        await self._reader.trash(ids)
        self.model.remove(ids)
        self._deleted = ids
        self.undo_label.setText(
            self.tr("{images} moved to the trash.").format(images=self._images(len(ids)))
        )
        self.undo_bar.show()
        if not self.model.rowCount():
            self._loaded()

    def undo_delete(self) -> None:
        if self._deleted:
            ids, self._deleted = self._deleted, []
            self.undo_bar.hide()
            self._start(self._undelete(ids))

    async def _undelete(self, ids: list[int]) -> None:
        await self._reader.restore(ids)
        self.model.reload()

    def _restore(self) -> None:
        selected = self.selected
        if selected and self.trash_view.isChecked():
            self._start(self._restore_ids([record.id for record in selected]))

    async def _restore_ids(self, ids: list[int]) -> None:
        await self._reader.restore(ids)
        self.model.remove(ids)
        self.messages.show_status(
            self.tr("{images} restored.").format(images=self._images(len(ids))), 6000
        )
        if not self.model.rowCount():
            self._loaded()

    def _empty_trash(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Empty the trash?"),
            self.tr("The images in the trash will be deleted for good."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._start(self._emptied())

    async def _emptied(self) -> None:
        removed = await self._reader.empty_trash()
        self.model.reload()
        self.messages.show_status(
            self.tr("{images} deleted for good.").format(images=self._images(removed)), 6000
        )

    def _compare(self) -> None:
        selected = self.selected
        if len(selected) == 2:
            self._start(self._open_compare(selected[0].id, selected[1].id))

    async def _open_compare(self, left_id: int, right_id: int) -> None:
        left, right = await self._reader.get(left_id), await self._reader.get(right_id)
        if left is None or right is None:
            self.messages.tell(self.tr("That image is no longer in the gallery."))
            return
        await self._show_compare(
            (f"#{left.id} {left.prompt[:60]}", left.path),
            (f"#{right.id} {right.prompt[:60]}", right.path),
        )

    def _compare_with_base(self) -> None:
        selected = self.selected
        if len(selected) == 1:
            self._start(self._open_compare_with_base(selected[0].id))

    async def _open_compare_with_base(self, image_id: int) -> None:
        """An edit against the base it was made from (the first input image it was sent)."""
        record = await self._reader.get(image_id)
        inputs = await self._reader.inputs_of(image_id)
        base = next((path for role, path in inputs if role == "image"), None)
        if record is None or base is None:
            self.messages.tell(
                self.tr("Image {n} was not made from another image: it has no base.").format(
                    n=image_id
                )
            )
            return
        await self._show_compare(
            (self.tr("The base of #{n}").format(n=image_id), base),
            (f"#{record.id} {record.prompt[:60]}", record.path),
        )

    async def _show_compare(self, left: tuple[str, Path], right: tuple[str, Path]) -> None:
        pixels = None
        with self.messages.reporting(self.tr("These images cannot be compared: {why}.")):
            pixels = [
                await _decode(await self._reader.read_file(path), 2048) for _, path in (left, right)
            ]
        if pixels is None:
            return
        dialog = CompareDialog((left[0], pixels[0]), (right[0], pixels[1]), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_dialog = dialog
        dialog.show()

    # -- live results and imports ------------------------------------------------------------

    def add_saved(self, *image_ids: int) -> None:
        """Results were just saved (oldest first): they appear at the top without a reload."""
        if self._opened:
            self._start(self._add_saved(image_ids))

    async def _add_saved(self, image_ids: tuple[int, ...]) -> None:
        if await self.model.add_saved(image_ids):
            self.grid.setCurrentWidget(self.view)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        if paths:
            self._start(self.import_files(paths))

    async def import_files(self, paths: list[Path]) -> None:
        try:
            report = await self._reader.import_files(paths)
        except GalleryError:
            return  # the reader has said why
        parts = [self.tr("Imported {images}.").format(images=self._images(len(report.imported)))]
        if report.already:
            parts.append(self.tr("%n already in the gallery.", None, len(report.already)))
        for path, why in report.skipped:
            parts.append(self.tr("{name} was skipped: {why}.").format(name=path.name, why=why))
        for path, what in report.notes:
            parts.append(self.tr("Of {name}, {what}.").format(name=path.name, what=what))
        if report.skipped or report.notes:
            self.messages.tell(" ".join(parts))
        else:
            self.messages.show_status(" ".join(parts), 6000)
        self.model.reload()
        self._start(self._load_facets())


def _timestamp(date: QDate) -> float:
    return time.mktime((date.year(), date.month(), date.day(), 0, 0, 0, 0, 0, -1))


async def _decode(data: bytes, edge: int) -> DisplayPixels:
    return await asyncio.to_thread(display_pixels, data, edge)
