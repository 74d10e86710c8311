"""What copy and drag hand to other programs: the picture as pixels, and for a GIF or an SVG
its own bytes, unchanged, under their MIME type (an animation or vectors survive the trip). A
view shows a copy sized to it: what leaves is the whole image, never that copy."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QUrl
from PySide6.QtGui import QGuiApplication, QImage

from studio.imaging import DisplayPixels, NotAnImage
from studio.ui.pixels import frame_image
from studio.ui.vector_picture import draw_svg

__all__ = ["MIME_TYPES", "WHOLE_EDGE", "copy_pixels", "pixels_mime", "reduced"]

MIME_TYPES = {"gif": "image/gif", "svg": "image/svg+xml"}
#: A saved or opened file's MIME type by its suffix (what a drag carries its bytes under).
_FILE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
}
#: The longest edge an image is decoded at to be copied whole (larger than any made).
WHOLE_EDGE = 8192
#: An SVG's pixels for programs that take only pixels: drawn this large at most.
_SVG_PIXELS_EDGE = 2048


def _as_image(pixels: DisplayPixels) -> QImage:
    if pixels.vector:
        size = (pixels.full_width or pixels.width, pixels.full_height or pixels.height)
        # If it cannot be drawn, the stand-in pixels go; the original bytes still go too.
        with contextlib.suppress(NotAnImage):
            return draw_svg(pixels.source, size, min(_SVG_PIXELS_EDGE, max(size)))
    return frame_image(pixels).copy()


def reduced(pixels: DisplayPixels) -> bool:
    """The pixels are a copy smaller than the image (an SVG is drawn at any size, a GIF's or
    an SVG's own bytes go with it anyway)."""
    return not pixels.source and pixels.width < (pixels.full_width or pixels.width)


def pixels_mime(pixels: DisplayPixels, original: Path | None = None) -> QMimeData:
    """For a drag (which owns it and deletes it when the drop is done). With the ``original``
    file the pixels came from, its address goes too, and when they are a reduced copy, the
    file's own bytes under its type: the drop gets the whole image."""
    mime = QMimeData()
    mime.setImageData(_as_image(pixels))
    if pixels.source:
        mime.setData(MIME_TYPES[pixels.source_format], QByteArray(pixels.source))
    if original is not None:
        mime.setUrls([QUrl.fromLocalFile(str(original))])
        kind = _FILE_TYPES.get(original.suffix.lower())
        if kind is not None and reduced(pixels):
            # A drag is filled the moment it starts: the bytes are read (not decoded) here, a
            # file the gallery has just written. Gone or unreadable, the copy still goes.
            with contextlib.suppress(OSError):
                mime.setData(kind, QByteArray(original.read_bytes()))
    return mime


def copy_pixels(pixels: DisplayPixels) -> None:
    """Onto the clipboard. Its own QMimeData is filled rather than one made here: one made in
    Python and still on the clipboard when the program ends crashes the interpreter's exit."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(_as_image(pixels))
    if pixels.source:
        clipboard.mimeData().setData(MIME_TYPES[pixels.source_format], QByteArray(pixels.source))
