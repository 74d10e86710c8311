"""QImages over display pixels, without copying them."""

from __future__ import annotations

from PySide6.QtGui import QImage

from studio.imaging import DisplayPixels

__all__ = ["frame_image"]


def frame_image(frame: DisplayPixels) -> QImage:
    """A QImage over the frame's bytes (no copy); keep the frame while the image is used."""
    return QImage(
        frame.rgba, frame.width, frame.height, frame.width * 4, QImage.Format.Format_RGBA8888
    )
