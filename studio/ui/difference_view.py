"""Compare's difference mode: the pixels that changed between two pictures, highlighted over a
dim copy of the first, with a threshold to tell encoding noise from a change and the share of
the picture that changed. The comparison is worked out in a thread, again when the threshold
moves."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from studio.core import spawn
from studio.core.locale_format import format_count, format_share
from studio.imaging import DisplayPixels, difference_of
from studio.imaging.difference import HIGHLIGHT, Difference
from studio.ui.picture import PictureView
from studio.ui.theme import Legend

__all__ = ["DifferenceDialog", "DifferenceView"]

#: Per channel, out of 255: the default line between noise and a change.
DEFAULT_THRESHOLD = 12


class DifferenceView(QWidget):
    """The highlight fitted to the widget, a threshold slider and the share changed."""

    def __init__(
        self, before: DisplayPixels, after: DisplayPixels, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Difference"))
        self._pair = (before, after)
        self.result: Difference | None = None
        self._ticket = 0
        self._work: asyncio.Task[None] | None = None
        self.picture = PictureView()
        self.picture.setMinimumSize(200, 150)
        self.threshold = QSlider(Qt.Orientation.Horizontal)
        self.threshold.setRange(0, 128)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Threshold"))
        self.threshold.setToolTip(
            self.tr("How much a pixel may change (per channel, of 255) and still count as the same")
        )
        self.share = QLabel(self.tr("Comparing…"))
        self.share.setAccessibleName(self.tr("Share changed"))
        # The slider moves in small steps: compare once it rests.
        self._settle = QTimer(self, singleShot=True, interval=120)
        self._settle.timeout.connect(self.refresh)
        self.threshold.valueChanged.connect(lambda _: self._settle.start())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Threshold")))
        row.addWidget(self.threshold, 1)
        row.addWidget(self.share, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        # The grey is the dimmed first picture's middle tone (imaging/difference.py).
        self.legend = Legend(
            ((HIGHLIGHT, self.tr("changed")), ((99, 99, 99), self.tr("unchanged (dimmed)")))
        )
        column.addWidget(self.picture, 1)
        column.addWidget(self.legend)
        column.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self._ticket += 1
        self._work = spawn(self._compare(self._ticket, self.threshold.value()))

    async def _compare(self, ticket: int, threshold: int) -> None:
        before, after = self._pair
        result = await asyncio.to_thread(difference_of, before, after, threshold=threshold)
        if ticket != self._ticket:
            return  # the threshold moved meanwhile
        self.result = result
        self.picture.show_pixels(result.highlight)
        text = self.tr("{share} of the pixels changed ({n} of {total})").format(
            share=format_share(result.share),
            n=format_count(result.changed),
            total=format_count(result.total),
        )
        if result.rescaled:
            text += self.tr("; the second picture was scaled to the first one's size")
        self.share.setText(text)


class DifferenceDialog(QDialog):
    def __init__(
        self,
        before: tuple[str, DisplayPixels],
        after: tuple[str, DisplayPixels],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What changed"))
        self.resize(900, 650)
        self.view = DifferenceView(before[1], after[1])
        names = QLabel(
            self.tr("From {before} to {after}: changed pixels in colour").format(
                before=before[0], after=after[0]
            ),
            wordWrap=True,
        )
        column = QVBoxLayout(self)
        column.addWidget(names)
        column.addWidget(self.view, 1)
