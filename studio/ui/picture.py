"""One image as a view paints it: still pixels, the current frame of an animation, or an SVG's
vectors drawn at the scale shown. The canvas, the gallery's details and compare share it;
``PictureView`` is the plain widget for one (the details pane's preview)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from studio.imaging import DisplayPixels
from studio.ui.animation import Animation
from studio.ui.pixels import frame_image
from studio.ui.theme import checkerboard
from studio.ui.vector_picture import VectorPicture

__all__ = ["Picture", "PictureView"]


class Picture(QObject):
    """``changed`` asks the view to paint again (a new frame, a sharper render)."""

    changed = Signal()

    def __init__(
        self, pixels: DisplayPixels, parent: QObject | None = None, *, still: bool = False
    ) -> None:
        """``still``: an animation stays on its first frame."""
        super().__init__(parent)
        self.pixels = pixels  # the images below borrow its bytes
        self.full_width = pixels.full_width or pixels.width
        self.full_height = pixels.full_height or pixels.height
        self._still = frame_image(pixels)
        #: The image last drawn, made ready for the screen: (its key, device size, the copy).
        self._ready: tuple[int, QSize, QImage] | None = None
        self.animation: Animation | None = None
        self.vector: VectorPicture | None = None
        if pixels.animated and not still:
            self.animation = Animation(pixels, self)
            self.animation.changed.connect(self.changed)
        elif pixels.vector:
            self.vector = VectorPicture(pixels.source, (self.full_width, self.full_height), self)
            self.vector.rendered.connect(self.changed)

    @property
    def image(self) -> QImage:
        """What shows now, as pixels: the current frame, or the still picture."""
        return self.animation.image if self.animation is not None else self._still

    def paint(self, painter: QPainter, target: QRectF, clip: QRectF, device_ratio: float) -> None:
        """Draw into ``target`` (widget coordinates); only the part inside ``clip`` shows."""
        if target.width() <= 0 or target.height() <= 0:
            return  # a view squeezed to nothing shows nothing
        if self.vector is not None:
            units = self.full_width / target.width()
            seen = target.intersected(clip)
            visible = QRectF(
                (seen.x() - target.x()) * units,
                (seen.y() - target.y()) * units,
                seen.width() * units,
                seen.height() * units,
            )
            scale = target.width() / self.full_width * device_ratio
            found = self.vector.render_for(scale, visible)
            if found is not None:
                region, image = found
                step = target.width() / self.full_width
                place = QRectF(
                    target.x() + region.x() * step,
                    target.y() + region.y() * step,
                    region.width() * step,
                    region.height() * step,
                )
                if abs(image.width() - place.width() * device_ratio) <= 1:
                    # Drawn at the scale shown: placed pixel for pixel, never resampled (a
                    # resampling by a hair duplicates a row, a kink in every curve).
                    image.setDevicePixelRatio(device_ratio)
                    painter.drawImage(
                        QPointF(
                            round(place.x() * device_ratio) / device_ratio,
                            round(place.y() * device_ratio) / device_ratio,
                        ),
                        image,
                    )
                else:  # a render at another scale, until the right one is ready
                    painter.drawImage(place, image)
                return
        image = self.image
        size = QSize(round(target.width() * device_ratio), round(target.height() * device_ratio))
        if abs(size.width() - image.width()) <= 1 and abs(size.height() - image.height()) <= 1:
            size = image.size()  # shown at its own size (a fit rounds to a pixel either way)
        elif size.width() > image.width() or size.height() > image.height():
            # Zoomed in: magnified as drawn (only what shows), from a copy converted once.
            painter.drawImage(target, self._screen_ready(image, image.size(), device_ratio))
            return
        painter.drawImage(
            QPointF(
                round(target.x() * device_ratio) / device_ratio,
                round(target.y() * device_ratio) / device_ratio,
            ),
            self._screen_ready(image, size, device_ratio),
        )

    def _screen_ready(self, image: QImage, size: QSize, device_ratio: float) -> QImage:
        """``image`` at ``size`` in the screen's own pixel format, kept for the next paint.

        Drawing RGBA pixels scaled converts and resamples them on every paint, on Qt's pool
        threads while the GUI thread waits: 2 ms a cell on a free machine, several times
        that when the cores are busy (docs/performance.md). Made once, a paint is a copy;
        magnified, a paint resamples only (1.0 instead of 2.0 ms for 768x512 drawn 1000 wide)."""
        key = image.cacheKey()
        if self._ready is None or self._ready[0] != key or self._ready[1] != size:
            ready = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            if ready.size() != size:
                ready = ready.scaled(
                    size,
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            ready.setDevicePixelRatio(device_ratio)
            self._ready = (key, size, ready)
        return self._ready[2]

    @property
    def settled(self) -> bool:
        """What shows is final: frames decoded, vectors drawn at the scale asked for."""
        if self.animation is not None:
            return self.animation.ready
        return self.vector is None or self.vector.sharp

    def stop(self) -> None:
        """The view moved on: no more frames or renders."""
        if self.animation is not None:
            self.animation.stop()
        if self.vector is not None:
            self.vector.stop()


class PictureView(QWidget):
    """A picture fitted into the widget, on a checkerboard; a click plays or pauses an
    animation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: Picture | None = None

    def show_pixels(self, pixels: DisplayPixels | None) -> None:
        if self.picture is not None:
            self.picture.stop()
            self.picture.deleteLater()
        self.picture = None if pixels is None else Picture(pixels, self)
        if self.picture is not None:
            self.picture.changed.connect(self.update)
            if self.picture.animation is not None:
                self.setToolTip(self.tr("Click to play or pause"))
        self.update()

    def target(self) -> QRectF | None:
        if self.picture is None:
            return None
        area = QRectF(self.rect())
        scale = min(
            area.width() / self.picture.full_width, area.height() / self.picture.full_height
        )
        width, height = self.picture.full_width * scale, self.picture.full_height * scale
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        target = self.target()
        if target is None or self.picture is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(target, checkerboard(self.palette(), 8))
        self.picture.paint(painter, target, QRectF(self.rect()), self.devicePixelRatioF())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.picture is not None and self.picture.animation is not None:
            self.picture.animation.toggle()
