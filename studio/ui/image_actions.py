"""Images in and out of the window: open, paste, drop, export, copy, and taking the shown
image (the chosen cell of a run, a kept preview, an opened file) or a gallery image into the
editor. Expected failures are said through Messages. The editor is made when an image first
goes to it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QIODevice, QObject, QUrl
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from studio import imaging
from studio.core import GalleryReader
from studio.core.workspace import Workspace
from studio.gallery import ImageRecord
from studio.imaging import read_image_file
from studio.ui.on_first_use import OnFirstUse
from studio.ui.results_page import ResultsPage, decode
from studio.ui.transfer import WHOLE_EDGE, copy_pixels, reduced

if TYPE_CHECKING:
    from studio.core.edit_session import EditInput
    from studio.ui.editor import EditorPage

__all__ = ["ImageActions"]

_CANNOT_OPEN = QT_TRANSLATE_NOOP("ImageActions", "{name} could not be opened: {why}.")


async def _load_input(data: bytes, name: str, image_id: int | None = None) -> EditInput:
    """An input for the editor: the editor's modules (and Pillow) load with the first one."""
    from studio.ui.input_strip import load_input

    return await load_input(data, name, image_id)


class ImageActions(QObject):
    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        reader: GalleryReader,
        results: ResultsPage,
        editor: OnFirstUse[EditorPage],
        show_page: Callable[[QWidget], None],
        start: Callable[[Coroutine[Any, Any, Any]], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self.workspace = workspace
        self.messages = workspace.messages
        self._reader = reader
        self._results = results
        self._editor = editor
        self._show_page = show_page
        self._start = start

    def _cannot_open(self, name: str) -> str:
        return self.tr(_CANNOT_OPEN).format(name=name, why="{why}")

    # -- showing ----------------------------------------------------------------------------

    async def open_file(self, path: Path) -> None:
        """Show a file on the results page (not in the gallery: no lineage)."""
        with self.messages.reporting(self._cannot_open(path.name)):
            pixels = await decode(path)
            self._show_opened(pixels, path)

    async def show_gallery_image(self, image_id: int) -> None:
        path = await self._reader.path_of(image_id)
        if path is None:
            return
        with self.messages.reporting(self._cannot_open(path.name)):
            pixels = await decode(path)
            self._results.show_pixels(pixels)
            self.workspace.show_image(image_id)
            self._show_page(self._results)

    def _show_opened(self, pixels: Any, source: Path | bytes) -> None:
        self._results.show_pixels(pixels)
        self.workspace.show_image(None, source)
        self._show_page(self._results)

    # -- into the editor --------------------------------------------------------------------

    def open_to_edit(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Open images to edit"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.heic *.heif *.avif);;All files (*)"),
        )
        if paths:
            self._start(self.add_files([Path(path) for path in paths]))

    async def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            edit_input = None
            with self.messages.reporting(self._cannot_open(path.name)):
                data = await asyncio.to_thread(read_image_file, path)
                edit_input = await _load_input(data, path.name)
            if edit_input is not None and not self._editor.get().add_input(edit_input):
                break
        self._show_page(self._editor.get())

    def edit_shown(self) -> None:
        self._start(self._edit_shown())

    async def _edit_shown(self) -> None:
        shown = await self.shown_input()
        editor = self._editor.get()
        if shown is None:
            self._show_page(editor)
            self.messages.show_status(self.tr("No image is shown: open one to edit (Ctrl+O)."))
            return
        editor.set_base_input(shown)
        self._show_page(editor)

    async def edit_gallery_image(self, image_id: int) -> None:
        await self.show_gallery_image(image_id)
        await self._edit_shown()

    async def shown_input(self) -> EditInput | None:
        """The chosen image on the results canvas, as an input (its gallery id kept for
        lineage)."""
        image_id, source = self.workspace.shown_image_id, self.workspace.shown.source
        with self.messages.reporting(self._cannot_open(self.tr("The shown image"))):
            if image_id is not None:
                path = await self._reader.path_of(image_id)
                if path is None:
                    return None
                data = await asyncio.to_thread(path.read_bytes)
                return await _load_input(data, f"image-{image_id}{path.suffix}", image_id)
            if isinstance(source, Path):
                data = await asyncio.to_thread(read_image_file, source)
                return await _load_input(data, source.name)
            if isinstance(source, bytes):
                return await _load_input(source, "pasted.png")
        return None

    async def record_input(self, record: ImageRecord) -> EditInput | None:
        with self.messages.reporting(self._cannot_open(self.tr("Image {n}").format(n=record.id))):
            data = await self._reader.read_file(record.path)
            return await _load_input(data, f"image-{record.id}{record.path.suffix}", record.id)
        return None

    async def edit_record(self, record: ImageRecord) -> None:
        """Open a gallery image in the editor, with its mask when it came from a masked edit."""
        edit_input = await self.record_input(record)
        if edit_input is None:
            return
        mask = None
        inputs = await self._reader.inputs_of(record.id)
        mask_path = next((path for role, path in inputs if role == "mask"), None)
        if mask_path is not None:
            try:
                mask = await self._reader.read_file(mask_path)
            except OSError:
                mask = None  # the edit opens without its mask: the image is what was asked
        editor = self._editor.get()
        editor.set_base_input(edit_input, mask)
        self._show_page(editor)

    # -- out --------------------------------------------------------------------------------

    def export_shown(self, *, embed: bool = False) -> None:
        """Save the chosen image as it came, its metadata beside it; with ``embed``, inside it
        (which invalidates the image's content credentials)."""
        image_id = self.workspace.shown_image_id
        if image_id is None:
            self.messages.show_status(self.tr("Nothing saved is shown yet to export."), 4000)
            return
        picture = self._results.canvas.picture(self.workspace.selected_cell)
        # A GIF or an SVG is exported as the very bytes the server sent, under its own suffix.
        pixels = None if picture is None else picture.pixels
        suffix = f".{pixels.source_format}" if pixels is not None and pixels.source else ".png"
        suggested = str(Path.home() / f"studio-{image_id}{suffix}")
        title = (
            self.tr("Export image with metadata inside (invalidates content credentials)")
            if embed
            else self.tr("Export image")
        )
        target, _ = QFileDialog.getSaveFileName(self._window, title, suggested)
        if target:
            self._start(self._export(image_id, Path(target), embed))

    async def _export(self, image_id: int, target: Path, embed: bool) -> None:
        with self.messages.reporting(self.tr("The image could not be exported: {why}.")):
            written = await self._reader.export_as(image_id, target, embed=embed)
            self.messages.show_status(self.tr("Exported to {path}").format(path=written), 6000)

    def copy_shown(self) -> None:
        """The chosen image to the clipboard: its pixels, and a GIF's or an SVG's own bytes.
        The canvas shows a copy sized to it: the image itself is read again, whole."""
        cell = self.workspace.selected_cell
        picture = self._results.canvas.picture(cell)
        if picture is None:
            return
        if reduced(picture.pixels):
            self._start(self._copy_whole(cell))
        elif self._results.canvas.copy(cell):
            self.messages.show_status(self.tr("Image copied"), 3000)

    async def _copy_whole(self, cell: int) -> None:
        shown = self.workspace.shown
        image_id = shown.image_id(cell)
        source = shown.source if image_id is None else await self._reader.path_of(image_id)
        with self.messages.reporting(self.tr("The image could not be copied: {why}.")):
            if isinstance(source, Path):
                pixels = await decode(source, WHOLE_EDGE)
            elif isinstance(source, bytes):  # pasted
                pixels = await asyncio.to_thread(imaging.display_pixels, source, WHOLE_EDGE)
            else:  # not saved (the gallery is off): the copy shown is all there is
                pixels = None
            if pixels is not None:
                copy_pixels(pixels)
            elif not self._results.canvas.copy(cell):
                return
            self.messages.show_status(self.tr("Image copied"), 3000)

    def paste_image(self) -> None:
        """Paste into the editor when it is open, else show what was pasted."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime.hasUrls():
            self.open_urls(mime.urls())
        elif mime.hasImage():
            if mime.hasFormat("image/png"):
                data: bytes | QImage = bytes(mime.data("image/png").data())
            else:
                data = QImage(QGuiApplication.clipboard().image())
            self._start(self._paste(data))

    async def _paste(self, pasted: bytes | QImage) -> None:
        data = pasted if isinstance(pasted, bytes) else await asyncio.to_thread(_png_of, pasted)
        with self.messages.reporting(self._cannot_open(self.tr("The pasted image"))):
            if self._editor_shown():
                self._editor.get().add_input(await _load_input(data, "pasted.png"))
                return
            pixels = await asyncio.to_thread(imaging.display_pixels, data)
            self._show_opened(pixels, data)

    def _editor_shown(self) -> bool:
        """Whether what comes in goes to the editor: it is made and open."""
        editor = self._editor.made
        return editor is not None and editor.isVisible()

    def open_urls(self, urls: list[QUrl]) -> None:
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        if not files:
            return
        if self._editor_shown():
            self._start(self.add_files(files))
        else:
            self._start(self.open_file(files[0]))


def _png_of(image: QImage) -> bytes:
    """PNG bytes of a pasted image (Qt's encoder: the pixels are Qt's already)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())
