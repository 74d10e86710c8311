"""What an image is (format, size) and its small preview, from the bytes as they are."""

from __future__ import annotations

import io
import struct
import threading
import zlib
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from studio.config import words
from studio.imaging.errors import NotAnImage
from studio.imaging.vector import is_svg, rasterise, svg_size

__all__ = ["THUMBNAIL_EDGE", "ImageInfo", "NotAnImage", "inspect", "thumbnail"]

#: Longest edge of a gallery thumbnail, in pixels.
THUMBNAIL_EDGE = 256
_FORMATS = {"PNG": "png", "JPEG": "jpeg", "WEBP": "webp", "GIF": "gif"}

Image.MAX_IMAGE_PIXELS = 80_000_000  # well above 3840x2160, far below a decompression bomb


@dataclass(frozen=True)
class ImageInfo:
    format: str
    width: int
    height: int


_heif_lock = threading.Lock()
_heif_ready = False


def _read_heif() -> None:
    """Teach Pillow HEIF/HEIC (phone photos), the first time such a file comes: the plugin
    costs tens of milliseconds to load. AVIF needs no plugin: this Pillow reads it itself
    (``PIL.features.check("avif")``)."""
    global _heif_ready
    with _heif_lock:
        if not _heif_ready:
            import pillow_heif

            pillow_heif.register_heif_opener()
            _heif_ready = True


def open_image(data: bytes, *, at_least: tuple[int, int] | None = None) -> Image.Image:
    """The decoded image; ``at_least``: a JPEG may decode smaller, down to that size (its
    decoder scales by 1/2, 1/4 or 1/8 while decoding, several times faster than in full)."""
    if data[4:8] == b"ftyp" and not _heif_ready:
        _read_heif()
    try:
        return _decoded(data, at_least)
    except ValueError as error:
        # Pillow refuses a PNG whose text chunks inflate beyond its limit (a zlib bomb); the
        # pixels do not need them.
        stripped = _without_png_text(data)
        if stripped == data:
            raise NotAnImage(words("Imaging", "not an image Studio can read")) from error
    try:
        return _decoded(stripped, at_least)
    except ValueError as error:
        raise NotAnImage(words("Imaging", "not an image Studio can read")) from error


def _pillow_format(data: bytes) -> tuple[str, ...] | None:
    """The one format ``data`` announces, for the formats Studio makes and reads most (None:
    Pillow tries them all). Told the format, Pillow neither tries a dozen other decoders first
    nor loads its ~40 format plugins on first use (50-120 ms, holding the GIL: the gallery's
    first screen waited on it)."""
    if data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")):
        return ("PNG", "JPEG", "GIF")  # Pillow's own first three, loaded on its first open
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        from PIL import WebPImagePlugin  # noqa: F401 - registers the format: no plugin sweep

        return ("WEBP",)
    return None


def _decoded(data: bytes, at_least: tuple[int, int] | None = None) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data), formats=_pillow_format(data))
        if at_least is not None and image.format == "JPEG":
            image.draft(image.mode, at_least)
        image.load()
    except Image.DecompressionBombError as error:
        raise NotAnImage(words("Imaging", "too many pixels to be a real image")) from error
    except (UnidentifiedImageError, OSError, SyntaxError, struct.error, zlib.error) as error:
        raise NotAnImage(words("Imaging", "not an image Studio can read")) from error
    return image


def _without_png_text(data: bytes) -> bytes:
    """A PNG without its text chunks (tEXt, zTXt, iTXt); other bytes as they are."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return data
    kept, position, dropped = [data[:8]], 8, False
    while position + 8 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        end = position + 12 + length
        if data[position + 4 : position + 8] in (b"tEXt", b"zTXt", b"iTXt"):
            dropped = True
        else:
            kept.append(data[position:end])
        position = end
    return b"".join(kept) if dropped else data


def inspect(data: bytes) -> ImageInfo:
    """Format and size; an SVG's size is the one it asks to be shown at."""
    if is_svg(data):
        try:
            return ImageInfo("svg", *svg_size(data))
        except NotAnImage:
            return ImageInfo("svg", 0, 0)  # kept as the server sent it, shown as "no preview"
    image = open_image(data)
    fmt = _FORMATS.get(image.format or "")
    if fmt is None:
        raise NotAnImage(
            words("Imaging", "{format} images are not supported").format(
                format=image.format or words("Imaging", "unknown")
            )
        )
    width, height = ImageOps.exif_transpose(image).size
    return ImageInfo(fmt, width, height)


def thumbnail(data: bytes, edge: int = THUMBNAIL_EDGE) -> bytes:
    """A small WebP preview (upright, aspect kept): an animation's first frame, an SVG drawn
    at the thumbnail's size (empty when it cannot be drawn: the file is still kept)."""
    if is_svg(data):
        try:
            image = rasterise(data, edge)
        except NotAnImage:
            return b""
    else:
        image = ImageOps.exif_transpose(open_image(data))
    image.thumbnail((edge, edge), Image.Resampling.BILINEAR, reducing_gap=2.0)
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA")
    out = io.BytesIO()
    image.save(out, "WEBP", quality=70, method=2)
    return out.getvalue()
