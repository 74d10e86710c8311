"""A grid of uniform cells whose layout is arithmetic: cell n sits at row n // columns.

Qt describes its own list and table views to screen readers cell by cell, but not a view of
its own making: here the grid takes the current cell's accessible text as its name and the
cell's description and place as its description, so the cell a person moves to is read out.

QListView lays out every row again whenever rows arrive — tens of milliseconds once thousands
are loaded, and a gallery loads a page every few screens while the user scrolls. Here adding
rows only changes the scroll range, and painting touches the visible cells alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPaintEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QWidget

__all__ = ["ThumbnailGrid"]

#: Ask for the next page when the view is this many screens from the end of what is loaded.
_PREFETCH_SCREENS = 2


class ThumbnailGrid(QAbstractItemView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cell = QSize(152, 152)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalScrollBar().setRange(0, 0)
        self.verticalScrollBar().valueChanged.connect(self._maybe_fetch)
        #: The grid's own accessible name (taken when a cell first becomes current).
        self._list_name: str | None = None

    # -- geometry ---------------------------------------------------------------------------

    def set_cell_size(self, size: QSize) -> None:
        self._cell = size
        self.verticalScrollBar().setSingleStep(max(1, size.height() // 4))
        self.updateGeometries()
        self.viewport().update()

    def cell_size(self) -> QSize:
        return self._cell

    def _columns(self) -> int:
        return max(1, self.viewport().width() // self._cell.width())

    def _count(self) -> int:
        model = self.model()
        return 0 if model is None else model.rowCount(self.rootIndex())

    def _rect_of(self, row: int) -> QRect:
        """Where cell ``row`` is, in content coordinates (before scrolling)."""
        columns = self._columns()
        return QRect(
            (row % columns) * self._cell.width(),
            (row // columns) * self._cell.height(),
            self._cell.width(),
            self._cell.height(),
        )

    def updateGeometries(self) -> None:
        rows = -(-self._count() // self._columns())
        bar = self.verticalScrollBar()
        bar.setPageStep(self.viewport().height())
        bar.setRange(0, max(0, rows * self._cell.height() - self.viewport().height()))
        super().updateGeometries()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometries()

    # -- what QAbstractItemView asks of a view -----------------------------------------------

    def visualRect(self, index: QModelIndex) -> QRect:
        if not index.isValid():
            return QRect()
        return self._rect_of(index.row()).translated(0, -self.verticalOffset())

    def indexAt(self, point: QPoint) -> QModelIndex:
        model = self.model()
        if model is None:
            return QModelIndex()
        x, y = point.x(), point.y() + self.verticalOffset()
        column = x // self._cell.width()
        if x < 0 or column >= self._columns() or y < 0:
            return QModelIndex()
        row = (y // self._cell.height()) * self._columns() + column
        return model.index(row, 0, self.rootIndex()) if row < self._count() else QModelIndex()

    def scrollTo(
        self,
        index: QModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        if not index.isValid():
            return
        rect = self._rect_of(index.row())
        bar = self.verticalScrollBar()
        top, height = self.verticalOffset(), self.viewport().height()
        if hint == QAbstractItemView.ScrollHint.PositionAtCenter:
            bar.setValue(rect.center().y() - height // 2)
        elif rect.top() < top or hint == QAbstractItemView.ScrollHint.PositionAtTop:
            bar.setValue(rect.top())
        elif rect.bottom() > top + height:
            bar.setValue(rect.bottom() - height + 1)

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: QModelIndex) -> bool:
        return False

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        count = self._count()
        if count == 0:
            return QModelIndex()
        row = current.row() if current.isValid() else 0
        columns = self._columns()
        page = max(1, self.viewport().height() // self._cell.height()) * columns
        moves = {
            QAbstractItemView.CursorAction.MoveLeft: -1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
            QAbstractItemView.CursorAction.MoveRight: 1,
            QAbstractItemView.CursorAction.MoveNext: 1,
            QAbstractItemView.CursorAction.MoveUp: -columns,
            QAbstractItemView.CursorAction.MoveDown: columns,
            QAbstractItemView.CursorAction.MovePageUp: -page,
            QAbstractItemView.CursorAction.MovePageDown: page,
        }
        if action == QAbstractItemView.CursorAction.MoveHome:
            row = 0
        elif action == QAbstractItemView.CursorAction.MoveEnd:
            row = count - 1
        elif current.isValid():
            row += moves.get(action, 0)
        row = max(0, min(row, count - 1))
        return self.model().index(row, 0, self.rootIndex())

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        """Select the cells a rubber band (or a click) covers."""
        content = rect.normalized().translated(0, self.verticalOffset())
        columns, count = self._columns(), self._count()
        first_row = max(0, content.top() // self._cell.height())
        last_row = content.bottom() // self._cell.height()
        first_column = max(0, content.left() // self._cell.width())
        last_column = min(columns - 1, content.right() // self._cell.width())
        selection = QItemSelection()
        model = self.model()
        for grid_row in range(first_row, last_row + 1):
            start = grid_row * columns + first_column
            end = min(grid_row * columns + last_column, count - 1)
            if start <= end:
                selection.select(
                    model.index(start, 0, self.rootIndex()), model.index(end, 0, self.rootIndex())
                )
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        for selected in selection:
            for row in range(selected.top(), selected.bottom() + 1):
                region += self.visualRect(self.model().index(row, 0, self.rootIndex()))
        return region

    # -- what a screen reader says ---------------------------------------------------------

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        self._announce(current)

    def dataChanged(self, top: QModelIndex, bottom: QModelIndex, roles: Sequence[int] = ()) -> None:
        super().dataChanged(top, bottom, roles)
        current = self.currentIndex()
        if current.isValid() and top.row() <= current.row() <= bottom.row():
            self._announce(current)

    def _announce(self, current: QModelIndex) -> None:
        if self._list_name is None:
            self._list_name = self.accessibleName()
        if not current.isValid():
            self.setAccessibleName(self._list_name)
            self.setAccessibleDescription("")
            return
        text = current.data(Qt.ItemDataRole.AccessibleTextRole) or current.data() or ""
        about = current.data(Qt.ItemDataRole.AccessibleDescriptionRole) or ""
        # Not "of how many": the rows still to be fetched are not counted yet.
        where = self.tr("number {n} in {list}").format(n=current.row() + 1, list=self._list_name)
        self.setAccessibleName(str(text) or where)
        self.setAccessibleDescription(f"{about}. {where}" if about else where)

    # -- rows arriving ----------------------------------------------------------------------

    def rowsInserted(self, parent: QModelIndex, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        self.updateGeometries()
        self.viewport().update()

    def reset(self) -> None:
        super().reset()
        self.verticalScrollBar().setValue(0)
        self.updateGeometries()
        self._maybe_fetch()

    def _maybe_fetch(self) -> None:
        model = self.model()
        if model is None:
            return
        bar = self.verticalScrollBar()
        near_end = bar.maximum() - bar.value() <= _PREFETCH_SCREENS * self.viewport().height()
        if near_end and model.canFetchMore(self.rootIndex()):
            model.fetchMore(self.rootIndex())

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if model is None:
            return
        painter = QPainter(self.viewport())
        offset = self.verticalOffset()
        exposed = event.rect().translated(0, offset)
        columns, count = self._columns(), self._count()
        width, height = self._cell.width(), self._cell.height()
        first = max(0, exposed.top() // height) * columns
        last = min(count - 1, (exposed.bottom() // height + 1) * columns - 1)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        # Everything a cell's paint needs is worked out once a frame, not once a cell: each
        # call into Qt from Python costs a microsecond or more, and a screen has ~50 cells.
        plain = QStyle.StateFlag.State_Enabled
        selected = plain | QStyle.StateFlag.State_Selected
        focus = QStyle.StateFlag.State_HasFocus
        current = self.currentIndex().row() if self.hasFocus() else -1
        selection = self.selectionModel()
        is_selected = selection.isSelected if selection.hasSelection() else None
        root = self.rootIndex()
        paint = self.itemDelegate().paint
        for row in range(first, last + 1):
            index = model.index(row, 0, root)
            option.rect = QRect(
                (row % columns) * width, (row // columns) * height - offset, width, height
            )
            state = selected if is_selected is not None and is_selected(index) else plain
            option.state = state | focus if row == current else state
            paint(painter, option, index)
        painter.end()
