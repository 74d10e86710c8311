"""What changed between two pictures: the changed pixels highlighted, and their share.

A pixel counts as changed when any channel (alpha included) differs by more than a threshold,
so the noise of lossy encoding can be told from a real edit. The second picture is compared at
the first one's size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageOps

from studio.imaging.display import DisplayPixels
from studio.imaging.thumbnails import open_image

__all__ = ["Difference", "difference", "difference_of"]

#: The colour changed pixels are painted in, over a dimmed grey copy of the first picture.
HIGHLIGHT = (255, 40, 110)


@dataclass(frozen=True)
class Difference:
    #: Share (0 to 1) of the pixels that changed.
    share: float
    changed: int
    total: int
    #: The first picture in dim grey with the changed pixels in ``HIGHLIGHT``, for painting.
    highlight: DisplayPixels
    #: The second picture had another size and was scaled to the first one's to compare.
    rescaled: bool = False


def difference(
    before: bytes, after: bytes, *, threshold: int = 12, max_edge: int = 2048
) -> Difference:
    """Compare ``after`` with ``before``; ``threshold`` (0-255) is the largest change per
    channel that still counts as the same. Raises NotAnImage for what is not a picture."""
    first = ImageOps.exif_transpose(open_image(before)).convert("RGBA")
    second = ImageOps.exif_transpose(open_image(after)).convert("RGBA")
    return _compared(first, second, threshold, max_edge)


def difference_of(
    before: DisplayPixels, after: DisplayPixels, *, threshold: int = 12, max_edge: int = 2048
) -> Difference:
    """The same for pictures already decoded for display (as a comparison holds them)."""
    first = Image.frombytes("RGBA", (before.width, before.height), before.rgba)
    second = Image.frombytes("RGBA", (after.width, after.height), after.rgba)
    return _compared(first, second, threshold, max_edge)


def _compared(first: Image.Image, second: Image.Image, threshold: int, max_edge: int) -> Difference:
    rescaled = second.size != first.size
    if rescaled:
        second = second.resize(first.size, Image.Resampling.LANCZOS)
    bands = ImageChops.difference(first, second).split()
    largest = bands[0]
    for band in bands[1:]:
        largest = ImageChops.lighter(largest, band)
    limit = max(0, min(255, threshold))
    changed = largest.point([255 if v > limit else 0 for v in range(256)])
    count = changed.histogram()[255]
    total = first.width * first.height
    dim = first.convert("L").point([48 + v * 2 // 5 for v in range(256)]).convert("RGBA")
    highlight = Image.composite(Image.new("RGBA", first.size, (*HIGHLIGHT, 255)), dim, changed)
    full = highlight.size
    if max(full) > max_edge:
        highlight = highlight.reduce(math.ceil(max(full) / max_edge))
    pixels = DisplayPixels(highlight.width, highlight.height, highlight.tobytes(), *full)
    return Difference(count / total, count, total, pixels, rescaled)
