"""Selecting without painting, in the editor: the colour tool's clicks, grow, shrink and
feather, masks loaded from a file or a picture's transparency, and saved.

The work runs in a thread (imaging's selection functions over the mask layer's coverage); the
result goes into the layer on the GUI thread as one step that undo takes back, within the box
that changed (a whole-layer result is swapped in, not copied).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QToolButton, QWidget

from studio.core.edit_session import EditSession, LayerKind
from studio.core.messages import sentence
from studio.imaging import (
    Combine,
    DisplayPixels,
    NotAnImage,
    changed_box,
    combine,
    feather,
    grow,
    load_selection,
    read_image_file,
    select_colour,
)
from studio.ui.paint_canvas import PaintCanvas, coverage_layer, export_layer, layer_coverage

__all__ = ["MaskSelection"]


class MaskSelection(QObject):
    """``notice`` carries a sentence the user must read (a file that is no mask, say)."""

    notice = Signal(str)

    def __init__(
        self,
        canvas: PaintCanvas,
        session: EditSession,
        base: Callable[[], DisplayPixels | None],
        start: Callable[[Coroutine[Any, Any, Any]], None],
        window: QWidget,
    ) -> None:
        """``base`` gives the base's pixels as shown; ``start`` runs a coroutine for the
        editor; ``window`` is where the dialogs open."""
        super().__init__(window)
        self._canvas = canvas
        self._session = session
        self._base = base
        self._start = start
        self._window = window
        canvas.colour_clicked.connect(self._colour_clicked)

    def menu_button(self) -> QToolButton:
        """The editor's Selection button and its menu."""
        button = QToolButton(text=self.tr("Selection"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolTip(self.tr("Grow, shrink or feather the mask; load or save it"))
        menu = QMenu(button)
        entry: tuple[str, str, Callable[[], object]] | None
        for entry in (
            (self.tr("Grow…"), self.tr("Widen the mask by some pixels"), self._ask_grow),
            (self.tr("Shrink…"), self.tr("Narrow the mask by some pixels"), self._ask_shrink),
            (self.tr("Feather…"), self.tr("Soften the mask's edges now"), self._ask_feather),
            None,
            (
                self.tr("Load mask…"),
                self.tr("A mask file: transparent (or white) where the image may change"),
                lambda: self._ask_load(from_alpha=False),
            ),
            (
                self.tr("Load from a picture's transparency…"),
                self.tr("Mask what is opaque in a picture (a cut-out subject, say)"),
                lambda: self._ask_load(from_alpha=True),
            ),
            (self.tr("Save mask…"), self.tr("Keep this mask as a PNG to reuse"), self._ask_save),
        ):
            if entry is None:
                menu.addSeparator()
                continue
            text, tip, slot = entry
            action = menu.addAction(text)
            action.setToolTip(tip)
            action.triggered.connect(slot)
        button.setMenu(menu)
        return button

    def _colour_clicked(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        how = self._session.colour_pick.how
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            how = Combine.ADD
        elif modifiers & Qt.KeyboardModifier.AltModifier:
            how = Combine.CUT
        self._start(self.select_colour_at(point.x(), point.y(), how))

    async def select_colour_at(self, x: float, y: float, how: Combine | None = None) -> None:
        """Select the area of the colour at layer pixel (``x``, ``y``) of the base."""
        frame, layer = self._base(), self._canvas.layers.get(LayerKind.MASK)
        if frame is None or layer is None:
            return
        pick = self._session.colour_pick
        seed = (int(x * frame.width / layer.width), int(y * frame.height / layer.height))
        size = (layer.width, layer.height)

        def selected(old: bytes) -> bytes:
            new = select_colour(
                frame.rgba,
                (frame.width, frame.height),
                seed,
                tolerance=pick.tolerance,
                contiguous=pick.contiguous,
                out_size=size,
            )
            return combine(old, new, how or pick.how)

        await self._change(selected)

    async def grow(self, pixels: int) -> None:
        """Widen the mask by ``pixels`` (narrow it when negative)."""
        layer = self._canvas.layers.get(LayerKind.MASK)
        if layer is not None:
            size = (layer.width, layer.height)
            await self._change(lambda old: grow(old, size, pixels))

    async def feather(self, radius: float) -> None:
        layer = self._canvas.layers.get(LayerKind.MASK)
        if layer is not None:
            size = (layer.width, layer.height)
            await self._change(lambda old: feather(old, size, radius))

    async def load(self, path: Path, *, from_alpha: bool = False) -> None:
        """Replace the mask with one read from ``path`` (a mask file, or a picture's alpha)."""
        layer = self._canvas.layers.get(LayerKind.MASK)
        if layer is None:
            return
        size = (layer.width, layer.height)
        try:
            data = await asyncio.to_thread(read_image_file, path)
            await self._change(lambda _: load_selection(data, size, from_alpha=from_alpha))
        except (OSError, NotAnImage) as error:
            self.notice.emit(
                self.tr("{name} could not be loaded as a mask: {why}.").format(
                    name=path.name, why=sentence(error)
                )
            )

    async def save(self, path: Path) -> bool:
        """Write the mask as the API takes it (transparent where the image may change)."""
        layer = self._canvas.layers.get(LayerKind.MASK)
        if layer is None or not layer.touched:
            self.notice.emit(self.tr("Nothing is masked yet, so there is no mask to save."))
            return False
        snapshot = layer.snapshot()
        data = await asyncio.to_thread(export_layer, snapshot, LayerKind.MASK)
        if data is None:
            self.notice.emit(self.tr("Nothing is masked yet, so there is no mask to save."))
            return False
        try:
            await asyncio.to_thread(path.write_bytes, data)
        except OSError as error:
            self.notice.emit(
                self.tr("The mask could not be saved to {path}: {why}.").format(
                    path=path, why=sentence(error)
                )
            )
            return False
        return True

    async def _change(self, change: Callable[[bytes], bytes]) -> None:
        """Apply ``change`` (old coverage → new) to the mask in a thread; the layer takes the
        result within the box that changed, as one step that can be undone."""
        layer = self._canvas.layers.get(LayerKind.MASK)
        if layer is None:
            return
        snapshot, colour = layer.snapshot(), QColor(self._canvas.mask_colour)
        size = (layer.width, layer.height)

        def work() -> tuple[QImage, QRect] | None:
            old = layer_coverage(snapshot)
            new = change(old)
            box = changed_box(old, new, size)
            if box is None:
                return None
            left, top, right, bottom = box
            return coverage_layer(new, size, colour), QRect(left, top, right - left, bottom - top)

        result = await asyncio.to_thread(work)
        if result is not None:
            self._canvas.replace_pixels(layer, *result)

    def _ask_amount(self, title: str, label: str, value: int) -> int | None:
        amount, ok = QInputDialog.getInt(self._window, title, label, value, 1, 500)
        return amount if ok else None

    def _ask_grow(self) -> None:
        amount = self._ask_amount(self.tr("Grow the mask"), self.tr("By how many pixels:"), 8)
        if amount is not None:
            self._start(self.grow(amount))

    def _ask_shrink(self) -> None:
        amount = self._ask_amount(self.tr("Shrink the mask"), self.tr("By how many pixels:"), 8)
        if amount is not None:
            self._start(self.grow(-amount))

    def _ask_feather(self) -> None:
        amount = self._ask_amount(self.tr("Feather the mask"), self.tr("Over how many pixels:"), 4)
        if amount is not None:
            self._start(self.feather(amount))

    def _ask_load(self, *, from_alpha: bool) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Load a mask") if not from_alpha else self.tr("Mask a picture's opaque part"),
            str(Path.home()),
            self.tr("Images (*.png *.webp *.gif *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self._start(self.load(Path(path), from_alpha=from_alpha))

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the mask"),
            str(Path.home() / "mask.png"),
            self.tr("PNG (*.png)"),
        )
        if path:
            self._start(self.save(Path(path)))
