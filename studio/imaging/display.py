"""Pixels ready to paint: decoded, upright, scaled to fit the screen, as straight RGBA bytes —
with the image's own bytes alongside when pixels alone cannot show it (an animation, vectors)."""

from __future__ import annotations

import io
import math

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from studio.config import words
from studio.imaging.errors import NotAnImage
from studio.imaging.pixels import DisplayPixels
from studio.imaging.thumbnails import open_image
from studio.imaging.vector import is_svg, rasterise, svg_size

__all__ = ["SVG_STAND_IN_EDGE", "DisplayPixels", "display_pixels"]

#: An SVG's pixels are only a stand-in (the views draw its vectors at the size they show), so
#: they are kept small: rasterising holds the GIL (see ``vector``).
SVG_STAND_IN_EDGE = 512


def display_pixels(data: bytes, max_edge: int = 2048) -> DisplayPixels:
    """Decode ``data`` for painting; raises NotAnImage for anything else."""
    if is_svg(data):
        stand_in = rasterise(data, min(max_edge, SVG_STAND_IN_EDGE))
        full = svg_size(data)
        if min(full) <= 0:
            full = stand_in.size
        return DisplayPixels(
            *stand_in.size, stand_in.tobytes(), *full, source=data, source_format="svg"
        )
    header = _jpeg_size(data)
    image = open_image(data, at_least=None if header is None else _shown(header, max_edge))
    frames = getattr(image, "n_frames", 1) if image.format == "GIF" else 1
    stored = header or image.size
    shown = _shown(stored, max_edge)
    full = stored[::-1] if _turned(image) else stored
    if image.size != shown:
        image = _scaled(image, shown)
    ImageOps.exif_transpose(image, in_place=True)
    if image.mode != "RGBA":
        image = image.convert("RGBA")
    if image.width == 0 or image.height == 0:
        raise NotAnImage(words("Imaging", "the image is empty"))
    if frames > 1:
        return DisplayPixels(
            image.width,
            image.height,
            image.tobytes(),
            *full,
            source=data,
            source_format="gif",
            frame_count=frames,
        )
    return DisplayPixels(image.width, image.height, image.tobytes(), *full)


def _shown(size: tuple[int, int], max_edge: int) -> tuple[int, int]:
    """``size`` divided by the smallest whole number that brings it within ``max_edge``
    (before any EXIF turn: decoders work so)."""
    factor = max(1, math.ceil(max(size) / max_edge))
    return math.ceil(size[0] / factor), math.ceil(size[1] / factor)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """A JPEG's stored size from its header (its decoder can then scale while decoding);
    None for anything else, or a header ``open_image`` should judge."""
    if not data.startswith(b"\xff\xd8"):
        return None
    try:
        return Image.open(io.BytesIO(data)).size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None


def _turned(image: Image.Image) -> bool:
    return image.getexif().get(ExifTags.Base.Orientation, 1) in (5, 6, 7, 8)


def _scaled(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """``image`` brought down to ``size`` (as ``reduced`` would make it), antialiased.

    Pillow averages RGBA premultiplied, as it must where transparency varies, but converting
    every pixel first is most of the cost (50 of 70 ms at 3840x2160); where every pixel is
    opaque, premultiplied and straight are the same, so the plain average is exact.
    """
    if image.mode == "P":
        image = image.convert("RGBA")  # a palette cannot be averaged
    whole = math.ceil(image.width / size[0])
    exact = (math.ceil(image.width / whole), math.ceil(image.height / whole)) == size
    straight = image.mode in ("RGB", "L") or (
        image.mode == "RGBA" and image.getchannel("A").getextrema() == (255, 255)
    )
    if not straight:
        return image.reduce(whole) if exact else image.resize(size, Image.Resampling.BOX)
    # What Image.reduce and Image.resize run themselves, without their premultiplying.
    box = (0, 0, *image.size)
    if exact:
        return image._new(image.im.reduce((whole, whole), box))
    return image._new(image.im.resize(size, Image.Resampling.BOX, box))


def reduced(image: Image.Image, max_edge: int) -> Image.Image:
    """``image`` at most ``max_edge`` pixels a side."""
    if image.mode == "P":
        image = image.convert("RGBA")  # a palette cannot be averaged
    if max(image.size) > max_edge:
        # One integer box reduction: antialiased, and several times faster than a resize.
        return image.reduce(math.ceil(max(image.size) / max_edge))
    return image
