"""An SVG drawn with QtSvg at the scale it is shown, off the GUI thread.

Each render covers the whole picture when that is small enough, else the part on screen with a
margin to pan into, so a large zoom costs what the view's size costs. The newest render per scale
is kept: zooming back to a scale seen before shows at once. QSvgRenderer runs no scripts, but
it would read a local file that an ``<image>`` names: it is only handed ``imaging.safe_svg``'s
copy, which names none. (QtSvg holds the GIL while it draws, so the thread keeps the GUI
responsive between renders, not during one: renders are bounded in pixels for that reason.)
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from studio import imaging
from studio.core import spawn
from studio.imaging import NotAnImage

__all__ = ["VectorPicture", "draw_svg"]

#: A render of the whole picture up to this many pixels; beyond, only the part in view.
_WHOLE_PIXELS = 2_500_000
#: Extra room around the part in view, as a share of its size on each side.
_MARGIN = 0.25
#: Scales kept (each one render).
_KEPT = 6
#: One thread draws every SVG in turn: renders hold the GIL, so more would not be faster.
_THREAD = ThreadPoolExecutor(1, thread_name_prefix="svg")


def _draw(safe: bytes, size: tuple[float, float], scale: float, region: QRectF) -> QImage:
    renderer = QSvgRenderer(QByteArray(safe))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    width = max(1, round(region.width() * scale))
    height = max(1, round(region.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The region fills whole pixels: an edge falling inside the last row would leave it half
    # transparent, the checkerboard showing through as a dashed line.
    painter.scale(width / region.width(), height / region.height())
    painter.translate(-region.x(), -region.y())
    renderer.render(painter, QRectF(0, 0, *size))
    painter.end()
    return image


def draw_svg(source: bytes, size: tuple[float, float], edge: int) -> QImage:
    """The whole SVG drawn now, its longest side ``edge`` pixels; raises NotAnImage. For copy
    and drag: a user's single action, a few milliseconds at 2048 pixels."""
    return _draw(imaging.safe_svg(source), size, edge / max(size), QRectF(0, 0, *size))


class VectorPicture(QObject):
    """``rendered`` when a new render is ready to paint. Coordinates are the picture's own
    (its full size, as ``DisplayPixels.full_width`` and ``full_height`` say)."""

    rendered = Signal()

    def __init__(self, source: bytes, size: tuple[int, int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._safe: bytes | None = None
        self._broken = False
        self.size = (float(size[0]), float(size[1]))
        #: scale → (region, image), newest last.
        self._renders: OrderedDict[float, tuple[QRectF, QImage]] = OrderedDict()
        #: The next render to make, and the one being made, as (scale, region).
        self._wanted: tuple[float, QRectF] | None = None
        self._drawing: tuple[float, QRectF] | None = None
        self._task: asyncio.Task[None] | None = None

    def render_for(self, scale: float, visible: QRectF) -> tuple[QRectF, QImage] | None:
        """The render at ``scale`` (device pixels per unit) covering ``visible``, as (region,
        image). Without one, it is asked for (``rendered`` says when it is there) and the best
        render so far is returned, or None."""
        scale = round(scale, 4)
        whole = QRectF(0, 0, *self.size)
        visible = visible.intersected(whole)
        if visible.isEmpty() or self._broken:
            return None
        kept = self._renders.get(scale)
        if kept is not None and kept[0].contains(visible):
            self._renders.move_to_end(scale)
            return kept
        drawing = self._drawing
        if drawing is None or drawing[0] != scale or not drawing[1].contains(visible):
            if whole.width() * whole.height() * scale * scale <= _WHOLE_PIXELS:
                region = whole
            else:
                dx, dy = visible.width() * _MARGIN, visible.height() * _MARGIN
                region = visible.adjusted(-dx, -dy, dx, dy).intersected(whole)
            self._wanted = (scale, region)
            if self._task is None or self._task.done():
                self._task = spawn(self._render())
        # Meanwhile the newest render at another scale that covers the view, drawn scaled.
        return next(
            (kept for kept in reversed(self._renders.values()) if kept[0].contains(visible)),
            None,
        )

    @property
    def sharp(self) -> bool:
        """Nothing is being drawn or waiting to be: what shows is at the scale asked for."""
        return self._drawing is None and self._wanted is None

    async def _render(self) -> None:
        loop = asyncio.get_running_loop()
        while self._wanted is not None:
            scale, region = self._drawing = self._wanted
            self._wanted = None
            try:
                if self._safe is None:
                    self._safe = await loop.run_in_executor(_THREAD, imaging.safe_svg, self._source)
                image = await loop.run_in_executor(
                    _THREAD, _draw, self._safe, self.size, scale, region
                )
            except NotAnImage:
                self._broken = True  # the stand-in pixels stay on show
                return
            finally:
                self._drawing = None
            if not shiboken6.isValid(self):
                return  # its view closed meanwhile
            self._renders[scale] = (region, image)
            while len(self._renders) > _KEPT:
                self._renders.popitem(last=False)
            self.rendered.emit()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
