"""A layer painted over the base image, in the image's own pixel grid, with its undo history.

Every change goes through ``change(rect, draw)``: before pixels are touched, the 64-pixel tiles
the rectangle covers are copied once per step, so an undo step holds only what that stroke or
operation changed, however large the image. A large change made in one go (a selection, say)
keeps its whole area as one piece instead: one copy, not thousands of tiles, on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter

__all__ = ["PaintLayer"]

TILE = 64
#: A change in one go covering more tiles than this is kept as one piece.
PIECE_TILES = 64
#: A replacement covering more than 1/SWAP_SHARE of the layer swaps the whole layer.
SWAP_SHARE = 4
#: Undo history beyond this is forgotten, oldest first.
UNDO_BUDGET_BYTES = 512 * 1024 * 1024


@dataclass
class _Step:
    #: The tiles' pixels as they were on the other side of this step.
    tiles: dict[tuple[int, int], QImage]

    @property
    def nbytes(self) -> int:
        return sum(tile.sizeInBytes() for tile in self.tiles.values())

    @property
    def bounds(self) -> QRect:
        rect = QRect()
        # A tile is keyed by the tile it starts at; a piece spans several.
        for (x, y), tile in self.tiles.items():
            rect = rect.united(QRect(x * TILE, y * TILE, tile.width(), tile.height()))
        return rect


class PaintLayer:
    """ARGB (premultiplied) pixels the size of the base image; empty is fully transparent."""

    def __init__(self, width: int, height: int) -> None:
        self.image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        self.image.fill(0)
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._open: dict[tuple[int, int], QImage] | None = None
        #: False until something is painted; a fresh layer need not be scanned.
        self._touched = False

    @property
    def width(self) -> int:
        return self.image.width()

    @property
    def height(self) -> int:
        return self.image.height()

    @property
    def rect(self) -> QRect:
        return self.image.rect()

    # -- changing ---------------------------------------------------------------------------

    def begin(self) -> None:
        """Start a step (a stroke, say): changes until ``end`` are undone together."""
        self._open = {}

    def end(self) -> None:
        if self._open:
            self._undo.append(_Step(self._open))
            self._redo.clear()
            self._trim()
        self._open = None

    def change(self, rect: QRect, draw: Callable[[QPainter], None]) -> QRect:
        """Let ``draw`` paint within ``rect``; returns the part of the layer that changed."""
        rect = rect.intersected(self.rect)
        if rect.isEmpty():
            return QRect()
        single = self._open is None
        if single:
            self.begin()
        if single and self._tiles_in(rect) > PIECE_TILES:
            self._keep_piece(rect)
        else:
            self._keep_tiles(rect)
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(rect)
        draw(painter)
        painter.end()
        self._touched = True
        if single:
            self.end()
        return rect

    def replace(self, image: QImage, rect: QRect) -> QRect:
        """Take ``image``'s pixels (a whole layer's, made in another thread) within ``rect`` as
        one step. A large change copies nothing: the pixels the layer had become the undo step,
        and ``image`` (owned by the layer from now on) the layer, so it must equal the layer
        outside ``rect``."""
        rect = rect.intersected(self.rect)
        if rect.isEmpty():
            return QRect()
        # Beyond a quarter of the layer, copying the area would cost the GUI thread more than
        # a frame on a large picture: the whole layer is swapped instead (``image`` holds it).
        large = rect.width() * rect.height() * SWAP_SHARE > self.width * self.height
        if large and self._open is None and image.size() == self.image.size():
            rect = self.rect
            self._undo.append(_Step({(0, 0): self.image}))
            self._redo.clear()
            self._trim()
            self.image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            self._touched = True
            return rect

        def draw(painter: QPainter) -> None:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.drawImage(rect.topLeft(), image, rect)

        return self.change(rect, draw)

    @staticmethod
    def _tiles_in(rect: QRect) -> int:
        across = rect.right() // TILE - rect.left() // TILE + 1
        down = rect.bottom() // TILE - rect.top() // TILE + 1
        return across * down

    def _keep_piece(self, rect: QRect) -> None:
        """Keep ``rect`` (widened to whole tiles) as one piece: safe only when nothing else is
        kept in this step, as in a change made in one go."""
        assert self._open == {}
        left, top = rect.left() // TILE, rect.top() // TILE
        right, bottom = rect.right() // TILE + 1, rect.bottom() // TILE + 1
        self._open[left, top] = self.image.copy(
            left * TILE, top * TILE, (right - left) * TILE, (bottom - top) * TILE
        )

    def _keep_tiles(self, rect: QRect) -> None:
        assert self._open is not None
        for ty in range(rect.top() // TILE, rect.bottom() // TILE + 1):
            for tx in range(rect.left() // TILE, rect.right() // TILE + 1):
                if (tx, ty) not in self._open:
                    self._open[tx, ty] = self.image.copy(tx * TILE, ty * TILE, TILE, TILE)

    def fill(self, colour: QColor) -> QRect:
        def draw(painter: QPainter) -> None:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.fillRect(self.rect, colour)

        return self.change(self.rect, draw)

    def clear(self) -> QRect:
        return self.fill(QColor(0, 0, 0, 0))

    def invert(self, colour: QColor) -> QRect:
        """Covered becomes clear and clear becomes covered (in ``colour``)."""
        before = self.image.copy()

        def draw(painter: QPainter) -> None:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.fillRect(self.rect, colour)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
            painter.drawImage(0, 0, before)

        return self.change(self.rect, draw)

    def recolour(self, colour: QColor) -> None:
        """Paint what is covered in ``colour``, keeping coverage (the history follows)."""
        images = [self.image] + [
            tile for step in self._undo + self._redo for tile in step.tiles.values()
        ]
        for image in images:
            painter = QPainter(image)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(image.rect(), colour)
            painter.end()

    # -- history ----------------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> QRect:
        """Go back one step; returns the part of the layer that changed."""
        return self._swap(self._undo, self._redo)

    def redo(self) -> QRect:
        return self._swap(self._redo, self._undo)

    def _swap(self, source: list[_Step], target: list[_Step]) -> QRect:
        if not source:
            return QRect()
        step = source.pop()
        whole = step.tiles.get((0, 0))
        if len(step.tiles) == 1 and whole is not None and whole.size() == self.image.size():
            # A whole layer kept as it was: swapped back, not copied.
            target.append(_Step({(0, 0): self.image}))
            self.image = whole
            return self.rect
        now = {
            key: self.image.copy(key[0] * TILE, key[1] * TILE, tile.width(), tile.height())
            for key, tile in step.tiles.items()
        }
        painter = QPainter(self.image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        for (x, y), tile in step.tiles.items():
            painter.drawImage(QPoint(x * TILE, y * TILE), tile)
        painter.end()
        target.append(_Step(now))
        return step.bounds.intersected(self.rect)

    @property
    def history_bytes(self) -> int:
        return sum(step.nbytes for step in self._undo + self._redo)

    def _trim(self) -> None:
        total = self.history_bytes
        while len(self._undo) > 1 and total > UNDO_BUDGET_BYTES:
            total -= self._undo.pop(0).nbytes

    # -- reading ----------------------------------------------------------------------------

    @property
    def touched(self) -> bool:
        """Something was painted at some time (it may since have been erased)."""
        return self._touched

    def snapshot(self) -> QImage:
        """A copy for another thread: shared until this layer is next painted."""
        return QImage(self.image)
