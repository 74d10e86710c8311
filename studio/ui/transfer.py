"""What copy and drag hand to other programs: the picture as pixels, and for a GIF or an SVG
its own bytes, unchanged, under their MIME type (an animation or vectors survive the trip)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from studio.imaging import DisplayPixels, NotAnImage
from studio.ui.pixels import frame_image
from studio.ui.vector_picture import draw_svg

__all__ = ["MIME_TYPES", "copy_pixels", "pixels_mime"]

MIME_TYPES = {"gif": "image/gif", "svg": "image/svg+xml"}
#: An SVG's pixels for programs that take only pixels: drawn this large at most.
_SVG_PIXELS_EDGE = 2048


def _as_image(pixels: DisplayPixels) -> QImage:
    if pixels.vector:
        size = (pixels.full_width or pixels.width, pixels.full_height or pixels.height)
        # If it cannot be drawn, the stand-in pixels go; the original bytes still go too.
        with contextlib.suppress(NotAnImage):
            return draw_svg(pixels.source, size, min(_SVG_PIXELS_EDGE, max(size)))
    return frame_image(pixels).copy()


def pixels_mime(pixels: DisplayPixels) -> QMimeData:
    """For a drag (which owns it and deletes it when the drop is done)."""
    mime = QMimeData()
    mime.setImageData(_as_image(pixels))
    if pixels.source:
        mime.setData(MIME_TYPES[pixels.source_format], QByteArray(pixels.source))
    return mime


def copy_pixels(pixels: DisplayPixels) -> None:
    """Onto the clipboard. Its own QMimeData is filled rather than one made here: one made in
    Python and still on the clipboard when the program ends crashes the interpreter's exit."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(_as_image(pixels))
    if pixels.source:
        clipboard.mimeData().setData(MIME_TYPES[pixels.source_format], QByteArray(pixels.source))
