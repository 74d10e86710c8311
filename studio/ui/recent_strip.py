"""The recent results strip: a view over the gallery model (newest first), its thumbnails
read and decoded on the gallery's thread as the gallery grid's are."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QListView, QMenu, QStackedWidget, QWidget

from studio.core import GalleryReader
from studio.gallery import GridItem
from studio.ui.action_reasons import set_available
from studio.ui.gallery_model import GalleryModel, ThumbnailDelegate

__all__ = ["RecentStrip"]

ICON = 96


class RecentStrip(QStackedWidget):
    """Double-click shows an image again; its menu edits it or makes variations of it."""

    show_requested = Signal(int)
    edit_requested = Signal(int)
    vary_requested = Signal(int)

    def __init__(
        self,
        reader: GalleryReader,
        start: Callable[[Coroutine[Any, Any, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._start = start
        #: Why "Make variations" is not offered now (None: it is).
        self.vary_reason: str | None = None
        self.model = GalleryModel(reader, start, self)
        self.model.set_edge(ICON)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Recent results"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setUniformItemSizes(True)
        self.view.setMovement(QListView.Movement.Static)
        delegate = ThumbnailDelegate(self.model, self.view)
        delegate.edge = ICON
        self.view.setItemDelegate(delegate)
        self.view.setModel(self.model)
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.empty = QLabel(
            self.tr("Finished images appear here. Double-click one to show it again."),
            alignment=Qt.AlignmentFlag.AlignCenter,
        )
        self.addWidget(self.empty)
        self.addWidget(self.view)
        self.empty.setWordWrap(True)
        self.setMinimumHeight(ICON + 16)
        self.model.loaded.connect(self._follow)
        self.model.rowsInserted.connect(self._follow)
        self._opened = False
        #: The image the window shows: the one highlighted, once it is listed.
        self._shown: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), ICON + 36)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """One row scrolled sideways under the page; rows scrolled down when the strip is a
        tab beside the prompt (on a small screen) and has the height for them."""
        super().resizeEvent(event)
        self.view.setWrapping(event.size().height() > 2 * ICON + 36)

    def open(self) -> None:
        """Read the newest results (once; later ones arrive through ``add_saved``)."""
        if not self._opened:
            self._opened = True
            self.model.set_query(self.model.query)

    def item(self, row: int) -> GridItem | None:
        return self.model.record(row)

    def add_saved(self, *image_ids: int) -> None:
        """Results were just saved (oldest first): the newest appears first."""
        if self._opened:
            self._start(self.model.add_saved(image_ids))

    def mark_shown(self, image_id: int | None) -> None:
        """Highlight the image the window shows (none when it shows one not listed)."""
        self._shown = image_id
        self._mark()

    def _mark(self) -> None:
        row = None if self._shown is None else self.model.row_of(self._shown)
        selection = self.view.selectionModel()
        if row is None:
            selection.clear()
            return
        index = self.model.index(row, 0)
        if index != self.view.currentIndex() or not selection.isSelected(index):
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)

    def _follow(self) -> None:
        self.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        self._mark()

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.record(index.row())
        if item is not None:
            self.show_requested.emit(item.id)

    def _menu(self, position: QPoint) -> None:
        item = self.model.record(self.view.indexAt(position).row())
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Show"), lambda: self.show_requested.emit(item.id))
        menu.addAction(self.tr("Edit"), lambda: self.edit_requested.emit(item.id))
        vary = menu.addAction(self.tr("Make variations"), lambda: self.vary_requested.emit(item.id))
        set_available(vary, self.vary_reason)
        menu.popup(self.view.viewport().mapToGlobal(position))
