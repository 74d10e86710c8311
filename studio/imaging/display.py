"""Pixels ready to paint: decoded, upright, scaled to fit the screen, as straight RGBA bytes."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PIL import ImageOps

from studio.imaging.thumbnails import NotAnImage, open_image

__all__ = ["DisplayPixels", "display_pixels"]


@dataclass(frozen=True)
class DisplayPixels:
    width: int
    height: int
    #: width * height * 4 bytes, RGBA, rows top to bottom.
    rgba: bytes = field(repr=False)
    #: The size of the image itself, before scaling for display.
    full_width: int = 0
    full_height: int = 0


def display_pixels(data: bytes, max_edge: int = 2048) -> DisplayPixels:
    """Decode ``data`` for painting; raises NotAnImage for anything else (SVG included)."""
    image = open_image(data)
    ImageOps.exif_transpose(image, in_place=True)
    full = image.size
    if max(full) > max_edge:
        # One integer box reduction: antialiased, and several times faster than a resize.
        image = image.reduce(math.ceil(max(full) / max_edge))
    if image.mode != "RGBA":
        image = image.convert("RGBA")
    if image.width == 0 or image.height == 0:
        raise NotAnImage("the image is empty")
    return DisplayPixels(image.width, image.height, image.tobytes(), *full)
