"""Two images compared: side by side, or one over the other with a split to drag — at the same
zoom and pan, so the same detail is always in the same place. GIFs play, SVGs stay sharp."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from studio.imaging import DisplayPixels
from studio.ui.canvas import PlaybackBar
from studio.ui.difference_view import DifferenceDialog
from studio.ui.picture import Picture
from studio.ui.theme import colours

__all__ = ["KEYBOARD", "CompareDialog", "CompareView"]

#: What the keys and the pointer do in Compare (shown in Help ▸ Keyboard shortcuts).
KEYBOARD = (
    (QT_TRANSLATE_NOOP("CompareView", "+ or ="), QT_TRANSLATE_NOOP("CompareView", "Zoom in")),
    (QT_TRANSLATE_NOOP("CompareView", "-"), QT_TRANSLATE_NOOP("CompareView", "Zoom out")),
    (
        QT_TRANSLATE_NOOP("CompareView", "0, double-click"),
        QT_TRANSLATE_NOOP("CompareView", "Fit both images"),
    ),
    (
        QT_TRANSLATE_NOOP("CompareView", "Space"),
        QT_TRANSLATE_NOOP("CompareView", "Play or pause animations"),
    ),
    (
        QT_TRANSLATE_NOOP("CompareView", "Wheel"),
        QT_TRANSLATE_NOOP("CompareView", "Zoom both images about the pointer"),
    ),
)

_GRAB = 8  # pixels either side of the split that pick it up


class CompareView(QWidget):
    """Wheel zooms, dragging pans; in split mode, dragging the line moves the split."""

    def __init__(
        self, left: DisplayPixels, right: DisplayPixels, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Comparison"))
        self.setAccessibleDescription(
            self.tr("Two images at one zoom: plus and minus zoom, 0 fits, dragging pans")
        )
        self.setMinimumSize(320, 240)
        self.setMouseTracking(True)
        #: GIFs play, SVGs are drawn at the zoom shown.
        self.pictures = (Picture(left, self), Picture(right, self))
        for picture in self.pictures:
            picture.changed.connect(self.update)
        # The canvas's play/pause bar, over both GIFs at once (Space too).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.playback = PlaybackBar(self)
        self.playback.follow([p.animation for p in self.pictures if p.animation is not None])
        self.split_mode = False
        #: Where the split is, as a share of the widget's width.
        self.split = 0.5
        self.zoom = 1.0  # times the fitted size
        self.pan = QPointF(0, 0)
        self._drag: QPointF | None = None
        self._dragging_split = False

    def set_split_mode(self, split: bool) -> None:
        self.split_mode = split
        self.update()

    # -- geometry ---------------------------------------------------------------------------

    def _areas(self) -> tuple[QRectF, QRectF]:
        """Where each image is drawn (the same rectangle in split mode)."""
        if self.split_mode:
            whole = QRectF(self.rect())
            return whole, whole
        half = self.width() / 2
        return QRectF(0, 0, half - 2, self.height()), QRectF(half + 2, 0, half - 2, self.height())

    def _target(self, area: QRectF) -> QRectF:
        # Both images are fitted by the first one's shape, so their pixels line up.
        reference = self.pictures[0]
        width, height = reference.full_width, reference.full_height
        scale = min(area.width() / width, area.height() / height) * self.zoom
        width, height = width * scale, height * scale
        centre = area.center() + self.pan
        return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)

    # -- input ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, centre = event.key(), QRectF(self._areas()[0]).center()
        if key == Qt.Key.Key_Space and self.playback.isVisible():
            self.playback.toggle()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25, centre)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8, centre)
        elif key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.playback.move(8, self.height() - self.playback.height() - 8)
        super().resizeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps, event.position())

    def zoom_by(self, factor: float, about: QPointF) -> None:
        """Zoom both images by ``factor``, keeping the image point at widget point ``about``
        where it is (and so the same point of the other image in its place)."""
        before = self.zoom
        self.zoom = max(0.1, min(self.zoom * factor, 40.0))
        left, right = self._areas()
        area = right if not self.split_mode and about.x() >= right.left() else left
        offset = about - area.center()
        self.pan = offset - (offset - self.pan) * (self.zoom / before)
        self.update()

    def image_point(self, position: QPointF, side: int) -> QPointF:
        """The point of image ``side`` (0 left, 1 right) at widget point ``position``, in the
        first image's pixels (both are fitted by its shape)."""
        target = self._target(self._areas()[side])
        reference = self.pictures[0]
        return QPointF(
            (position.x() - target.x()) * reference.full_width / target.width(),
            (position.y() - target.y()) * reference.full_height / target.height(),
        )

    def _near_split(self, x: float) -> bool:
        return self.split_mode and abs(x - self.split * self.width()) <= _GRAB

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._dragging_split = self._near_split(event.position().x())
        self._drag = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._drag is None:
            cursor = Qt.CursorShape.SplitHCursor if self._near_split(position.x()) else None
            if cursor is None:
                self.unsetCursor()
            else:
                self.setCursor(cursor)
            return
        if self._dragging_split:
            self.split = max(0.0, min(1.0, position.x() / max(1, self.width())))
        else:
            self.pan += position - self._drag
        self._drag = position
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        self._dragging_split = False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.fit()

    def fit(self) -> None:
        self.zoom, self.pan = 1.0, QPointF(0, 0)
        self.update()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        table = colours(self.palette())
        painter.fillRect(self.rect(), table.surround)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom < 2)
        areas = self._areas()
        ratio = self.devicePixelRatioF()
        for index, (area, picture) in enumerate(zip(areas, self.pictures, strict=True)):
            painter.save()
            clip = QRectF(area)
            if self.split_mode:
                cut = self.split * self.width()
                clip = (
                    QRectF(0, 0, cut, self.height())
                    if index == 0
                    else QRectF(cut, 0, self.width() - cut, self.height())
                )
            painter.setClipRect(clip)
            picture.paint(painter, self._target(area), clip, ratio)
            painter.restore()
        if self.split_mode:
            x = self.split * self.width()
            painter.setPen(QPen(table.split, 2))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))


class CompareDialog(QDialog):
    def __init__(
        self,
        left: tuple[str, DisplayPixels],
        right: tuple[str, DisplayPixels],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare"))
        self.resize(1100, 700)
        self.view = CompareView(left[1], right[1])
        side = QRadioButton(self.tr("Side by side"), checked=True)
        split = QRadioButton(self.tr("Split"))
        split.setToolTip(self.tr("One over the other: drag the line to move the split"))
        modes = QButtonGroup(self)
        modes.addButton(side)
        modes.addButton(split)
        split.toggled.connect(self.view.set_split_mode)
        self.split_button = split
        names = QHBoxLayout()
        names.addWidget(QLabel(left[0], wordWrap=True), 1)
        names.addWidget(side)
        names.addWidget(split)
        self.difference_button = QPushButton(self.tr("Difference…"))
        self.difference_button.setToolTip(self.tr("See which pixels changed, and how many"))
        self.difference_button.clicked.connect(lambda: self.show_difference(left, right))
        names.addWidget(self.difference_button)
        names.addWidget(QLabel(right[0], wordWrap=True, alignment=Qt.AlignmentFlag.AlignRight), 1)
        hint = QLabel(
            self.tr("Wheel (or + and -) to zoom, drag to pan, double-click (or 0) to fit.")
        )
        if self.view.playback.isVisibleTo(self.view):
            hint.setText(hint.text() + " " + self.tr("Space plays or pauses."))
        column = QVBoxLayout(self)
        column.addLayout(names)
        column.addWidget(self.view, 1)
        column.addWidget(hint)

    def show_difference(
        self, left: tuple[str, DisplayPixels], right: tuple[str, DisplayPixels]
    ) -> None:
        dialog = DifferenceDialog(left, right, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.difference_dialog = dialog
        dialog.show()
