"""The images an edit starts from: a reorderable strip, the first being the base that the mask
and markup are painted over. The strip shows the ``EditSession``'s inputs; adding, removing and
reordering here change them there."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from studio import imaging
from studio.core.edit_session import EditInput, EditSession
from studio.imaging import NotAnImage
from studio.ui.canvas import frame_image

__all__ = ["EditInput", "InputStrip", "load_input"]

_ICON = 72


async def load_input(data: bytes, name: str, image_id: int | None = None) -> EditInput:
    """Decode off the GUI thread; raises NotAnImage for what is not a picture."""
    icon = await asyncio.to_thread(imaging.display_pixels, data, _ICON)
    if icon.vector:
        raise NotAnImage(
            QCoreApplication.translate(
                "InputStrip", "an SVG is made of vectors, and the Images API edits pictures"
            )
        )
    return EditInput(data, name, icon.full_width, icon.full_height, icon, image_id)


class _List(QListWidget):
    removed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            for item in self.selectedItems():
                self.takeItem(self.row(item))
            self.removed.emit()
        else:
            super().keyPressEvent(event)


class InputStrip(QWidget):
    """``add_requested`` asks for a file to add."""

    add_requested = Signal()

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._limit = 16
        self.list = _List()
        self.list.setAccessibleName(self.tr("Input images"))
        self.list.setAccessibleDescription(
            self.tr("The first is the base the mask applies to; Delete removes the chosen one")
        )
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setIconSize(QSize(_ICON, _ICON))
        self.list.setMovement(QListView.Movement.Snap)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The icons and room for a scroll bar under them: no more, the canvas needs the height.
        self.list.setFixedHeight(
            _ICON + 12 + self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        self.list.model().rowsMoved.connect(self._reordered)
        self.list.removed.connect(self._reordered)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        add = QPushButton(self.tr("Add image…"))
        add.setToolTip(self.tr("Add an input image (or drop files, or paste)"))
        add.clicked.connect(self.add_requested)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the selected inputs (Delete)"))
        self.remove.clicked.connect(self.remove_selected)
        self.remove.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        column = QVBoxLayout()
        column.addWidget(self.summary)
        column.addStretch()
        row.addLayout(column)
        self._relabel()
        session.inputs_changed.connect(self._show)

    @property
    def inputs(self) -> list[EditInput]:
        return list(self._session.inputs)

    @property
    def limit(self) -> int:
        return self._limit

    def set_limit(self, limit: int) -> None:
        self._limit = limit
        self._relabel()

    def _show(self, inputs: tuple[EditInput, ...]) -> None:
        shown = [self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())]
        if shown != list(inputs):
            self.list.clear()
            for edit_input in inputs:
                icon = QIcon(QPixmap.fromImage(frame_image(edit_input.icon).copy()))
                item = QListWidgetItem(icon, "")
                item.setData(Qt.ItemDataRole.UserRole, edit_input)
                item.setToolTip(f"{edit_input.name} — {edit_input.width}x{edit_input.height}")
                self.list.addItem(item)
        self._relabel()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._reordered()

    def _selection_changed(self) -> None:
        self.remove.setEnabled(bool(self.list.selectedItems()))

    def _reordered(self) -> None:
        """The user moved or removed items: the session follows the list."""
        self._session.inputs = tuple(
            self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())
        )
        self._relabel()

    def _relabel(self) -> None:
        count = self.list.count()
        for n in range(count):
            self.list.item(n).setText(self.tr("Base") if n == 0 else str(n + 1))
        if count == 0:
            text = self.tr("No input images yet.")
        else:
            text = self.tr(
                "{n} of at most %n input image(s). The first is the base the mask or "
                "markup applies to; drag to reorder.",
                None,
                self._limit,
            ).format(n=count)
        if count > self._limit:
            text += " " + self.tr("This model takes at most {limit}: remove some.").format(
                limit=self._limit
            )
        self.summary.setText(text)
        self.remove.setEnabled(bool(self.list.selectedItems()))
