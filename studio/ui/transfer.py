"""What copy and drag hand to other programs: the picture as pixels, and for a GIF or an SVG
its own bytes, unchanged, under their MIME type (an animation or vectors survive the trip)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication, QImage

from studio.imaging import NotAnImage
from studio.ui.picture import Picture

__all__ = ["MIME_TYPES", "copy_picture", "picture_mime"]

MIME_TYPES = {"gif": "image/gif", "svg": "image/svg+xml"}
#: An SVG's pixels for programs that take only pixels: drawn this large at most.
_SVG_PIXELS_EDGE = 2048


def _as_pixels(picture: Picture) -> QImage:
    if picture.vector is not None:
        # If it cannot be drawn, the stand-in pixels go; the original bytes still go too.
        with contextlib.suppress(NotAnImage):
            return picture.vector.whole_image(
                min(_SVG_PIXELS_EDGE, max(picture.full_width, picture.full_height))
            )
    return picture.image.copy()


def picture_mime(picture: Picture) -> QMimeData:
    """For a drag (which owns it and deletes it when the drop is done)."""
    mime = QMimeData()
    mime.setImageData(_as_pixels(picture))
    source = picture.pixels.source
    if source:
        mime.setData(MIME_TYPES[picture.pixels.source_format], QByteArray(source))
    return mime


def copy_picture(picture: Picture) -> None:
    """Onto the clipboard. Its own QMimeData is filled rather than one made here: one made in
    Python and still on the clipboard when the program ends crashes the interpreter's exit."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(_as_pixels(picture))
    source = picture.pixels.source
    if source:
        clipboard.mimeData().setData(MIME_TYPES[picture.pixels.source_format], QByteArray(source))
