"""The mask's regions in the editor: each painted in its own colour with its own instruction, run
together in one request or one after another.

The panel shows and edits the ``EditSession``'s regions; the canvas paints the active one.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.edit_session import EditSession, Region, RegionRun

__all__ = ["RegionsPanel"]

_RUNS = (
    (RegionRun.MERGED, QT_TRANSLATE_NOOP("RegionsPanel", "Together, in one request")),
    (RegionRun.ONE_AFTER_ANOTHER, QT_TRANSLATE_NOOP("RegionsPanel", "One after another")),
)

#: The region colours' names (core's REGION_COLOURS, English: they go into prompts too), as
#: shown in the panel.
_COLOUR_TEXT = {
    "pink": QT_TRANSLATE_NOOP("_RegionRow", "pink"),
    "blue": QT_TRANSLATE_NOOP("_RegionRow", "blue"),
    "green": QT_TRANSLATE_NOOP("_RegionRow", "green"),
    "orange": QT_TRANSLATE_NOOP("_RegionRow", "orange"),
    "violet": QT_TRANSLATE_NOOP("_RegionRow", "violet"),
    "cyan": QT_TRANSLATE_NOOP("_RegionRow", "cyan"),
}


def _swatch(rgb: tuple[int, int, int]) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(*rgb))
    return QIcon(pixmap)


class _RegionRow(QWidget):
    def __init__(self, session: EditSession, region: Region) -> None:
        super().__init__()
        self.number = region.number
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.pick = QToolButton(text=str(region.number), checkable=True)
        self.pick.setIcon(_swatch(region.colour))
        self.pick.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pick.setAccessibleName(self.tr("Paint region {n}").format(n=region.number))
        self.pick.setToolTip(
            self.tr("Paint region {n} ({colour})").format(
                n=region.number, colour=self.tr(_COLOUR_TEXT.get(region.name, region.name))
            )
        )
        self.pick.clicked.connect(lambda: setattr(session, "active_region", self.number))
        self.instruction = QLineEdit(region.instruction)
        self.instruction.setPlaceholderText(
            self.tr("What should happen in the {colour} region").format(
                colour=self.tr(_COLOUR_TEXT.get(region.name, region.name))
            )
        )
        self.instruction.setAccessibleName(
            self.tr("Instruction for region {n}").format(n=region.number)
        )
        self.instruction.textEdited.connect(lambda text: session.set_instruction(self.number, text))
        remove = QToolButton(text="✕")
        remove.setAccessibleName(self.tr("Remove region {n}").format(n=region.number))
        remove.setToolTip(self.tr("Remove this region and what was painted in it"))
        remove.clicked.connect(lambda: session.remove_region(self.number))
        row.addWidget(self.pick)
        row.addWidget(self.instruction, 1)
        row.addWidget(remove)


class RegionsPanel(QWidget):
    """A row for each region (while there are several) and how to run them; the editor's
    Add region action makes more."""

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: dict[int, _RegionRow] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 0, 6, 2)
        column.setSpacing(2)
        self._list = QVBoxLayout()
        self._list.setSpacing(2)
        column.addLayout(self._list)
        bottom = QHBoxLayout()
        self.run = QComboBox()
        self.run.setAccessibleName(self.tr("Run the regions"))
        for run, text in _RUNS:
            self.run.addItem(self.tr(text), run)
        self.run.setToolTip(
            self.tr(
                "Together: one request, one prompt naming each region. One after another: an "
                "edit per region, each result the next one's base."
            )
        )
        self.run.currentIndexChanged.connect(
            lambda index: setattr(session, "region_run", self.run.itemData(index))
        )
        bottom.addWidget(self.run)
        bottom.addStretch()
        column.addLayout(bottom)
        session.regions_changed.connect(self._show)
        session.active_region_changed.connect(self._show_active)
        session.region_run_changed.connect(
            lambda run: self.run.setCurrentIndex(self.run.findData(run))
        )
        self._show(session.regions)

    def row(self, number: int) -> _RegionRow:
        return self._rows[number]

    def _show(self, regions: tuple[Region, ...]) -> None:
        several = len(regions) > 1
        wanted = {region.number for region in regions} if several else set()
        for number in list(self._rows):
            if number not in wanted:
                self._rows.pop(number).deleteLater()
        for region in regions if several else ():
            row = self._rows.get(region.number)
            if row is None:
                row = self._rows[region.number] = _RegionRow(self._session, region)
                self._list.addWidget(row)
            elif row.instruction.text() != region.instruction:
                row.instruction.setText(region.instruction)
        self._show_active(self._session.active_region)

    def _show_active(self, number: int) -> None:
        for row_number, row in self._rows.items():
            row.pick.setChecked(row_number == number)
