"""The canvas: the current image (or a grid of them) fitted to the view, zoom and pan,
a checkerboard behind transparency, partial images replacing each other as they arrive, an
animated GIF playing (with a play/pause bar), an SVG drawn sharp at any zoom."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from studio.imaging import DisplayPixels
from studio.ui.animation import Animation
from studio.ui.picture import Picture
from studio.ui.pixels import frame_image
from studio.ui.theme import checkerboard, colours, standard_icon
from studio.ui.transfer import copy_pixels, pixels_mime

__all__ = ["KEYBOARD", "Canvas", "PlaybackBar", "frame_image"]

_GRID_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
_ROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down)
#: The longest name an image gets for a screen reader.
NAME_LENGTH = 200
#: How far the chosen cell's highlight reaches around its image (into the gap between cells).
HIGHLIGHT = 3
#: What the keys and the pointer do on a canvas with focus (shown in Help ▸ Keyboard shortcuts).
KEYBOARD = (
    (QT_TRANSLATE_NOOP("Canvas", "+ or ="), QT_TRANSLATE_NOOP("Canvas", "Zoom in")),
    (QT_TRANSLATE_NOOP("Canvas", "-"), QT_TRANSLATE_NOOP("Canvas", "Zoom out")),
    (QT_TRANSLATE_NOOP("Canvas", "0"), QT_TRANSLATE_NOOP("Canvas", "Fit to the view")),
    (QT_TRANSLATE_NOOP("Canvas", "1"), QT_TRANSLATE_NOOP("Canvas", "Actual size")),
    (
        QT_TRANSLATE_NOOP("Canvas", "Arrows"),
        QT_TRANSLATE_NOOP("Canvas", "Choose another image of the results (Edit, Export act on it)"),
    ),
    (
        QT_TRANSLATE_NOOP("Canvas", "Space"),
        QT_TRANSLATE_NOOP("Canvas", "Play or pause an animation"),
    ),
    (
        QT_TRANSLATE_NOOP("Canvas", "Wheel"),
        QT_TRANSLATE_NOOP("Canvas", "Zoom about the pointer"),
    ),
    (
        QT_TRANSLATE_NOOP("Canvas", "Drag"),
        QT_TRANSLATE_NOOP("Canvas", "Pan when zoomed; fitted, take the image to another program"),
    ),
)


class PlaybackBar(QWidget):
    """Play or pause the animations shown, and which frame shows (of how many)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.play = QToolButton(autoRaise=True)
        self.play.setAccessibleName(self.tr("Play or pause"))
        self.play.clicked.connect(self.toggle)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Frame"))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 8, 2)
        row.addWidget(self.play)
        row.addWidget(self.label)
        self._animations: list[Animation] = []

    def follow(self, animations: list[Animation]) -> None:
        for animation in self._animations:
            if shiboken6.isValid(animation):
                animation.changed.disconnect(self.refresh)
        self._animations = animations
        self.setVisible(bool(animations))
        for animation in animations:
            animation.changed.connect(self.refresh)
        self.refresh()

    def toggle(self) -> None:
        playing = not self.playing
        for animation in self._animations:
            animation.set_playing(playing)

    @property
    def playing(self) -> bool:
        return any(animation.playing for animation in self._animations)

    def refresh(self) -> None:
        if not self._animations:
            return
        first = self._animations[0]
        pixmap = QStyle.StandardPixmap
        icon = pixmap.SP_MediaPause if self.playing else pixmap.SP_MediaPlay
        self.play.setIcon(standard_icon(self.style(), icon))
        self.play.setToolTip(self.tr("Pause (Space)") if self.playing else self.tr("Play (Space)"))
        self.label.setText(
            self.tr("Frame {n} of {count}").format(n=first.index + 1, count=first.frame_count)
        )
        self.adjustSize()


class Canvas(QWidget):
    """Cells hold a frame each (None while waiting). One cell can be zoomed and panned."""

    #: Dragging the fitted image takes it out to other programs.
    drags_out = True
    #: An animated GIF plays (else its first frame stands still).
    plays_animations = True

    zoom_changed = Signal(float)
    #: Zoomed in past the pixels the frame has: a sharper copy of the image would show.
    detail_wanted = Signal()
    #: A cell of a grid was clicked (not dragged): the image Edit, Export and Copy act on.
    cell_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: What a screen reader calls the canvas while no image has a name.
        self.default_name = self.tr("Canvas")
        #: ... and while it shows an image without a name.
        self.image_name = self.tr("Image")
        #: What it says after the name: the keys.
        self.key_hint = self.tr(
            "Plus and minus zoom, 0 fits the image to the view, 1 shows it at actual size; "
            "among several images the arrows choose one"
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 150)
        # Every paint fills the whole canvas: nothing behind it need be painted first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._cells: list[DisplayPixels | None] = []
        #: The file each cell's image came from (a drag takes it whole); None unknown.
        self._originals: list[Path | None] = []
        self._pictures: list[Picture | None] = []
        #: What each cell's image shows, in words (its revised prompt or prompt; "" unknown).
        self._names: list[str] = []
        self._endings: dict[int, str] = {}
        self._placeholder = self.tr("Your images appear here.")
        #: None: fit to the view; otherwise screen pixels per image pixel.
        self._zoom: float | None = None
        self._pan = QPointF(0, 0)
        self._drag_from: QPointF | None = None
        #: Drawn over a single image (e.g. where an edit changed what it should not).
        self._overlay: tuple[DisplayPixels, QImage] | None = None
        #: The cell marked as chosen in a grid.
        self._selected = 0
        self.playback = PlaybackBar(self)
        self.playback.hide()
        self._announce()

    # -- content ----------------------------------------------------------------------------

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self._announce()
        self.update()

    def waiting_text(self, index: int) -> str:
        """What cell ``index`` says while it has no image."""
        return self._endings.get(index, self.tr("Waiting…"))

    def end_cell(self, index: int, text: str) -> None:
        """No image will come for cell ``index``: it says ``text`` instead of waiting."""
        if 0 <= index < len(self._cells) and self._cells[index] is None:
            self._endings[index] = text
            self.update()

    def show_cells(self, count: int) -> None:
        """Start a new result of ``count`` images, all still to come."""
        self._stop_pictures()
        self._cells = [None] * count
        self._pictures = [None] * count
        self._names = [""] * count
        self._originals = [None] * count
        #: What an empty cell says once no image will come ("Waiting…" until then).
        self._endings = {}
        self._overlay = None
        self._selected = 0
        self._follow_animations()
        self.fit()
        self._announce()

    def name_cell(self, index: int, name: str) -> None:
        """Say what image ``index`` shows (for screen readers): its revised prompt or prompt,
        its first 200 characters (a prompt may have 32,000)."""
        name = " ".join(name.split())
        if len(name) > NAME_LENGTH:
            name = name[: NAME_LENGTH - 1] + "…"
        if 0 <= index < len(self._names) and self._names[index] != name:
            self._names[index] = name
            self._announce()

    def set_original(self, index: int, path: Path | None) -> None:
        """Say which file image ``index`` shows (saved in the gallery, or opened)."""
        if 0 <= index < len(self._originals):
            self._originals[index] = path

    def _announce(self) -> None:
        """The accessible name is the chosen image's, the description where it is and the
        keys."""
        count = len(self._cells)
        chosen = self._selected if count > 1 else 0
        name = self._names[chosen] if chosen < len(self._names) else ""
        self.setAccessibleName(name or (self.image_name if count else self.default_name))
        if count > 1:
            where = self.tr("Image {n} of {count} chosen.").format(n=chosen + 1, count=count)
            self.setAccessibleDescription(f"{where} {self.key_hint}")
        else:
            self.setAccessibleDescription(self.key_hint if count else self._placeholder)

    def set_overlay(self, frame: DisplayPixels | None) -> None:
        """Draw ``frame`` over the single image shown, stretched to it; None removes it."""
        self._overlay = None if frame is None else (frame, frame_image(frame))
        self.update()

    def set_cell(self, index: int, frame: DisplayPixels) -> None:
        if index < len(self._cells) and self._cells[index] is frame:
            return  # already shown (a job's other news: progress, saving)
        grows = index >= len(self._cells)
        if grows:
            self._names.extend([""] * (index + 1 - len(self._cells)))
            self._originals.extend([None] * (index + 1 - len(self._cells)))
            self._cells.extend([None] * (index + 1 - len(self._cells)))
            self._pictures.extend([None] * (index + 1 - len(self._pictures)))
        old = self._pictures[index]
        if old is not None:
            old.stop()
            old.deleteLater()
        picture = Picture(frame, self, still=not self.plays_animations)
        picture.changed.connect(self.update)
        self._cells[index] = frame
        self._pictures[index] = picture
        if frame.animated or (old is not None and old.animation is not None):
            self._follow_animations()
        if grows:
            self.update()
        else:  # a new partial image in a grid repaints its own cell (and its highlight)
            reach = HIGHLIGHT + 1
            self.update(
                self._cell_rects()[index].toAlignedRect().adjusted(-reach, -reach, reach, reach)
            )

    def _stop_pictures(self) -> None:
        for picture in self._pictures:
            if picture is not None:
                picture.stop()
                picture.deleteLater()

    def _follow_animations(self) -> None:
        self.playback.follow(
            [p.animation for p in self._pictures if p is not None and p.animation is not None]
        )
        self.playback.move(8, self.height() - self.playback.height() - 8)

    def show_frame(self, frame: DisplayPixels) -> None:
        self.show_cells(1)
        self.set_cell(0, frame)

    def show_detail(self, frame: DisplayPixels) -> None:
        """Swap the single shown image for a sharper copy, keeping zoom and pan (and an
        animation's frame and whether it plays)."""
        if len(self._cells) == 1:
            earlier = self._pictures[0]
            animation = None if earlier is None else earlier.animation
            self.set_cell(0, frame)
            now = self._pictures[0]
            if animation is not None and now is not None and now.animation is not None:
                now.animation.take_over(animation)

    @property
    def current_image(self) -> QImage | None:
        """The first image shown, as pixels (a copy that outlives the frame)."""
        return next((p.image.copy() for p in self._pictures if p is not None), None)

    @property
    def pictures(self) -> list[Picture]:
        """What is shown, cell by cell (the cells still waiting left out)."""
        return [picture for picture in self._pictures if picture is not None]

    @property
    def cell_count(self) -> int:
        return len(self._cells)

    # -- zoom and pan -----------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom if self._zoom is not None else self._fit_scale()

    def fit(self) -> None:
        self._zoom, self._pan = None, QPointF(0, 0)
        self.zoom_changed.emit(self.zoom)
        self.update()

    def actual_size(self) -> None:
        self._set_zoom(1.0)

    def zoom_by(self, factor: float, about: QPointF | None = None) -> None:
        """Zoom by ``factor``, keeping the image point at widget point ``about`` (the pointer)
        where it is; without one, the point at the centre of the view."""
        self._set_zoom(self.zoom * factor, about)

    def _set_zoom(self, zoom: float, about: QPointF | None = None) -> None:
        if len(self._cells) != 1:
            return
        before = self.zoom
        self._zoom = max(0.05, min(zoom, 32.0))
        # The image's centre sits at the view's centre plus the pan: scaling the offset from
        # ``about`` to that centre by the zoom's change keeps the point under ``about`` still.
        offset = (about if about is not None else QRectF(self.rect()).center()) - QRectF(
            self.rect()
        ).center()
        # A view squeezed to nothing fits the image at scale 0: no point stays anywhere.
        change = self._zoom / before if before > 0 else 1.0
        self._pan = offset - (offset - self._pan) * change
        self.zoom_changed.emit(self._zoom)
        frame = self._cells[0]
        # An SVG is drawn at any zoom from its own vectors: no sharper copy to load.
        if frame is not None and not frame.vector and frame.full_width > frame.width:
            shown = self._zoom * frame.full_width * self.devicePixelRatioF()
            if shown > frame.width * 1.05:
                self.detail_wanted.emit()
        self.update()

    def _fit_scale(self) -> float:
        if len(self._cells) != 1 or self._cells[0] is None:
            return 1.0
        frame = self._cells[0]
        width = frame.full_width or frame.width
        height = frame.full_height or frame.height
        return min(self.width() / width, self.height() / height, 1.0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key == Qt.Key.Key_1:
            self.actual_size()
        elif key == Qt.Key.Key_Space and self.playback.isVisible():
            self.playback.toggle()
        elif key in _GRID_STEPS and len(self._cells) > 1:
            self._choose_by_key(key)
        else:
            super().keyPressEvent(event)

    def _choose_by_key(self, key: Qt.Key) -> None:
        """The arrows choose a neighbouring image of a grid, as a click on it would."""
        columns = self._columns()
        step = _GRID_STEPS[key]
        cell = self._selected + (step * columns if key in _ROWS else step)
        if 0 <= cell < len(self._cells) and (
            key in _ROWS or cell // columns == self._selected // columns
        ):
            self.cell_clicked.emit(cell)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            self._drag_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        if self._zoom is not None:
            self._pan += event.position() - self._drag_from
            self._drag_from = event.position()
            self.update()
        elif (
            self.drags_out
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position() - self._drag_from).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            self._drag_out(self._drag_from)

    def drag_mime(self, cell: int = 0) -> QMimeData | None:
        """What dragging out image ``cell`` carries (None while it is waiting)."""
        picture = self.picture(cell)
        if picture is None:
            return None
        return pixels_mime(picture.pixels, self._originals[cell])

    def copy(self, cell: int = 0) -> bool:
        """Image ``cell``'s pixels to the clipboard (the copy shown: see ``reduced``); False
        while it is waiting."""
        picture = self.picture(cell)
        if picture is not None:
            copy_pixels(picture.pixels)
        return picture is not None

    def picture(self, cell: int) -> Picture | None:
        return self._pictures[cell] if 0 <= cell < len(self._pictures) else None

    def select_cell(self, cell: int) -> None:
        """Mark ``cell`` as the chosen one of a grid."""
        if cell != self._selected:
            self._selected = cell
            self._announce()
            self.update()

    def _drag_out(self, start: QPointF) -> None:
        """Fitted, there is nothing to pan: a drag takes the image under the pointer to another
        program, a GIF or an SVG as its own bytes."""
        self._drag_from = None
        self.unsetCursor()
        cells = [n for n, rect in enumerate(self._cell_rects()) if rect.contains(start)]
        mime = self.drag_mime(cells[0]) if cells else None
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        icon = mime.imageData()
        if isinstance(icon, QImage) and not icon.isNull():
            drag.setPixmap(
                QPixmap.fromImage(icon.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio))
            )
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        clicked = self._drag_from is not None and event.button() == Qt.MouseButton.LeftButton
        self._drag_from = None
        self.unsetCursor()
        if clicked and self._zoom is None:
            cells = [
                n for n, rect in enumerate(self._cell_rects()) if rect.contains(event.position())
            ]
            if cells:
                self.cell_clicked.emit(cells[0])

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.playback.move(8, self.height() - self.playback.height() - 8)
        super().resizeEvent(event)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), colours(self.palette()).surround)
        if not self._cells:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom < 2)
        clip = QRectF(self.rect())
        ratio = self.devicePixelRatioF()
        asked = QRectF(event.rect()).adjusted(-HIGHLIGHT, -HIGHLIGHT, HIGHLIGHT, HIGHLIGHT)
        for index, (rect, frame, picture) in enumerate(
            zip(self._cell_rects(), self._cells, self._pictures, strict=True)
        ):
            if not rect.intersects(asked):
                continue
            if frame is None or picture is None:
                painter.fillRect(rect, self.palette().color(QPalette.ColorRole.AlternateBase))
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    rect.adjusted(8, 8, -8, -8),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self.waiting_text(index),
                )
                continue
            target = self._image_rect(rect, frame)
            if index == self._selected and len(self._cells) > 1:
                painter.fillRect(
                    target.adjusted(-HIGHLIGHT, -HIGHLIGHT, HIGHLIGHT, HIGHLIGHT),
                    self.palette().color(QPalette.ColorRole.Highlight),
                )
            painter.fillRect(target, checkerboard(self.palette()))
            picture.paint(painter, target, clip.intersected(rect), ratio)
            if self._overlay is not None and len(self._cells) == 1:
                painter.drawImage(target, self._overlay[1])

    def shown_rect(self) -> QRectF | None:
        """Where the single shown image lies on the widget (None in a grid or while waiting)."""
        if len(self._cells) != 1 or self._cells[0] is None:
            return None
        return self._image_rect(self._cell_rects()[0], self._cells[0])

    def _columns(self) -> int:
        count = len(self._cells)
        return 1 if count == 1 else 2 if count <= 4 else 3 if count <= 9 else 4

    def _cell_rects(self) -> list[QRectF]:
        count = len(self._cells)
        if not count:
            return []
        columns = self._columns()
        rows = (count + columns - 1) // columns
        gap = 0 if count == 1 else 6
        width = (self.width() - gap * (columns + 1)) / columns
        height = (self.height() - gap * (rows + 1)) / rows
        return [
            QRectF(
                gap + (n % columns) * (width + gap),
                gap + (n // columns) * (height + gap),
                width,
                height,
            )
            for n in range(count)
        ]

    def _image_rect(self, cell: QRectF, frame: DisplayPixels) -> QRectF:
        width = frame.full_width or frame.width
        height = frame.full_height or frame.height
        if len(self._cells) == 1:
            scale = self.zoom
        else:
            scale = min(cell.width() / width, cell.height() / height)
        size_w, size_h = width * scale, height * scale
        centre = cell.center() + (self._pan if len(self._cells) == 1 else QPointF(0, 0))
        return QRectF(centre.x() - size_w / 2, centre.y() - size_h / 2, size_w, size_h)
