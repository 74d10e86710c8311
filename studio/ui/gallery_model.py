"""The gallery as a Qt list model: the images matching a query, a page at a time.

Rows arrive by keyset paging as the view scrolls (``fetchMore``); thumbnails are read and decoded
on the gallery thread in batches, a placeholder standing in until each arrives, and only the
latest few hundred are kept. A new query resets the model; answers to an older one are dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from studio.core import GalleryReader
from studio.gallery import Cursor, GridItem, ImageRecord, Query
from studio.ui.canvas import frame_image
from studio.ui.theme import colours

__all__ = ["GalleryModel", "ThumbnailDelegate"]

Index = QModelIndex | QPersistentModelIndex
PAGE = 240
_THUMBNAIL_BATCH = 120
#: Decoded thumbnails kept, in bytes: enough for a few screens at any size.
_CACHE_BYTES = 48 * 1024 * 1024


class GalleryModel(QAbstractListModel):
    """``loaded`` fires after each page (the view can then say "No results" or count), and
    ``thumbnails_loaded`` after each batch of thumbnails it asked for has been read."""

    RecordRole = Qt.ItemDataRole.UserRole + 1
    loaded = Signal()
    thumbnails_loaded = Signal()

    def __init__(
        self,
        reader: GalleryReader,
        start: Callable[[Coroutine[Any, Any, Any]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._start = start
        self.query = Query()
        self._records: list[GridItem] = []
        self._rows: dict[int, int] = {}
        self._next: Cursor | None = None
        self._more = False
        self._fetching = False
        #: Bumped by every reset: answers for an older query or thumbnail size are dropped.
        self._generation = 0
        self.edge = 160
        self._thumbs: OrderedDict[int, QImage] = OrderedDict()
        self._wanted: set[int] = set()
        #: Asked for and not come yet: a cell painted meanwhile must not ask again (scrolling
        #: repaints while they are read, and a sixth of them were read twice).
        self._asked: set[int] = set()
        self._placeholder = self._blank()
        self._loading_thumbnails = False

    # -- the query --------------------------------------------------------------------------

    def set_query(self, query: Query) -> None:
        self.beginResetModel()
        self.query = query
        self._generation += 1
        self._records, self._rows = [], {}
        self._next, self._more, self._fetching = None, True, False
        self._wanted.clear()
        self._asked.clear()
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_query(self.query)

    @property
    def fetching(self) -> bool:
        return self._fetching

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self._start(self._fetch(self._generation, self._next))

    async def _fetch(self, generation: int, after: Cursor | None) -> None:
        try:
            page = await self._reader.page(self.query, PAGE, after)
        finally:
            if generation == self._generation:
                self._fetching = False
        if generation != self._generation:
            return
        if page.items:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            for offset, item in enumerate(page.items):
                self._rows[item.id] = first + offset
            self._records.extend(page.items)
            self.endInsertRows()
        self._next, self._more = page.next, page.next is not None
        self.loaded.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(record.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            prompt = record.prompt if len(record.prompt) < 200 else record.prompt[:197] + "…"
            return f"{prompt}\n{record.model} · {record.width}x{record.height}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return record.name[:200] or self.tr("Image {id}, without a prompt").format(id=record.id)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._description(record)
        if role == self.RecordRole:
            return record
        return None

    def _description(self, record: GridItem) -> str:
        """What a screen reader says after the name: model, size, kind and marks."""
        size = self.tr("{width} by {height} pixels").format(
            width=record.width, height=record.height
        )
        parts = [record.model, size, record.kind.value]
        if record.favourite:
            parts.append(self.tr("favourite"))
        if record.missing:
            parts.append(self.tr("file missing"))
        return ", ".join(parts)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    # -- rows -------------------------------------------------------------------------------

    def cell(self, row: int) -> tuple[QImage | None, GridItem | None]:
        """What a cell paints: its thumbnail (a placeholder until it arrives) and its item."""
        item = self.record(row)
        return (None, None) if item is None else (self._thumbnail(item.id), item)

    def record(self, row: int) -> GridItem | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, image_id: int) -> int | None:
        return self._rows.get(image_id)

    @property
    def records(self) -> Sequence[GridItem]:
        return self._records

    def add_new(self, record: ImageRecord) -> None:
        """A result just saved: shown at the top when the list is the plain newest-first one
        (with a search or filter on, it waits for the next query)."""
        if self.query != Query() or record.id in self._rows:
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._records.insert(0, GridItem.of(record))
        self._rows = {r.id: row for row, r in enumerate(self._records)}
        self.endInsertRows()

    async def add_saved(self, image_ids: Sequence[int]) -> bool:
        """Results just saved (oldest first) at the top, without a reload; whether any was
        read. All are read before any is added, so the newest lands on top."""
        records = [await self._reader.get(image_id) for image_id in image_ids]
        kept = [record for record in records if record is not None]
        for record in kept:
            self.add_new(record)
        return bool(kept)

    def remove(self, ids: Sequence[int]) -> None:
        for image_id in ids:
            row = self._rows.get(image_id)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self._rows = {r.id: n for n, r in enumerate(self._records)}
            self.endRemoveRows()

    def replace(self, record: ImageRecord) -> None:
        """A row's record changed (a favourite, tags, notes)."""
        row = self._rows.get(record.id)
        if row is not None:
            self._records[row] = GridItem.of(record)
            index = self.index(row)
            self.dataChanged.emit(index, index, [self.RecordRole, Qt.ItemDataRole.ToolTipRole])

    # -- thumbnails -------------------------------------------------------------------------

    def set_edge(self, edge: int) -> None:
        """Show thumbnails ``edge`` pixels a side (device pixels): decoded again at that size."""
        if edge == self.edge:
            return
        self.edge = edge
        self._thumbs.clear()
        self._wanted.clear()
        self._asked.clear()
        self._placeholder = self._blank()
        self._generation += 1
        self._loading_thumbnails = False
        if self._records:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._records) - 1), [Qt.ItemDataRole.DecorationRole]
            )

    def _blank(self) -> QImage:
        image = QImage(self.edge, self.edge, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(128, 128, 128, 60))
        return image

    def _thumbnail(self, image_id: int) -> QImage:
        cached = self._thumbs.get(image_id)
        if cached is not None:
            self._thumbs.move_to_end(image_id)
            return cached
        if image_id not in self._asked:
            self._wanted.add(image_id)
        if not self._loading_thumbnails:
            self._loading_thumbnails = True
            QTimer.singleShot(0, self._load_thumbnails)
        return self._placeholder

    def _load_thumbnails(self) -> None:
        batch = list(self._wanted)[:_THUMBNAIL_BATCH]
        self._wanted.difference_update(batch)
        self._asked.update(batch)
        if not batch:
            self._loading_thumbnails = False
            return
        self._start(self._thumbnails(self._generation, batch))

    async def _thumbnails(self, generation: int, ids: list[int]) -> None:
        try:
            decoded = await self._reader.thumbnails(ids, self.edge)
        finally:
            if generation == self._generation:
                self._loading_thumbnails = False
                self._asked.difference_update(ids)
        if generation != self._generation:
            return
        rows = []
        for image_id, pixels in decoded.items():
            # Premultiplied, as the view paints: drawn as RGBA, every cell of every frame was
            # converted on the way (2.3 ms a screen, against 0.2; converting once is 5 µs).
            self._thumbs[image_id] = frame_image(pixels).convertToFormat(
                QImage.Format.Format_ARGB32_Premultiplied
            )
            row = self._rows.get(image_id)
            if row is not None:
                rows.append(row)
        budget = max(64, _CACHE_BYTES // (self.edge * self.edge * 4))
        while len(self._thumbs) > budget:
            self._thumbs.popitem(last=False)
        if rows:
            self.dataChanged.emit(
                self.index(min(rows)), self.index(max(rows)), [Qt.ItemDataRole.DecorationRole]
            )
        if self._wanted:
            self._loading_thumbnails = True
            QTimer.singleShot(0, self._load_thumbnails)
        self.thumbnails_loaded.emit()


class ThumbnailDelegate(QStyledItemDelegate):
    """A thumbnail fitted and centred in its cell, a frame when selected, a star for
    favourites, a warning for a missing file."""

    def __init__(self, model: GalleryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.edge = 144

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(self.edge + 8, self.edge + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Painted for every cell of every frame while the grid scrolls: the painter's state is
        # saved only around what changes it (a mark's pen, a scaled thumbnail's smoothing).
        cell = QRectF(option.rect).adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
        selected = QStyle.StateFlag.State_Selected in option.state  # type: ignore[attr-defined]
        if selected:
            highlight = option.palette.color(QPalette.ColorRole.Highlight)  # type: ignore[attr-defined]
            painter.fillRect(cell.adjusted(-2, -2, 2, 2), highlight)
        # One call into the model for both (each call from Qt into Python costs a GIL hand-off).
        image, record = self.model.cell(index.row())
        if isinstance(image, QImage) and not image.isNull():
            # Thumbnails are decoded at the cell's size or a little under it: drawn as they
            # are, a plain copy of pixels, unless the cell has since become smaller.
            width, height = image.width(), image.height()
            scale = min(1.0, cell.width() / width, cell.height() / height)
            width, height = round(width * scale), round(height * scale)
            centre = cell.center()
            target = QRectF(
                round(centre.x() - width / 2), round(centre.y() - height / 2), width, height
            )
            if scale < 1.0:
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, image)
                painter.restore()
            else:
                painter.drawImage(target, image)
        if record is not None and (record.favourite or record.missing):
            table = colours(option.palette)  # type: ignore[attr-defined]
            painter.save()
            painter.setPen(table.favourite if record.favourite else table.missing)
            painter.drawText(
                cell.adjusted(4, 2, -4, -2),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
                "★" if record.favourite else "⚠",
            )
            painter.restore()
