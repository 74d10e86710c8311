"""Pixel work for edits: inputs made acceptable to a model, masks exported, and the unmasked
area of a result put back exactly as it was.

Models are known to change pixels outside the mask; ``keep_unmasked`` composites the original
back there with a feathered seam and reports how much of the outside the model had changed.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageFilter, ImageOps

from studio.config import words
from studio.imaging.colours import HEAT
from studio.imaging.reading import MAX_INPUT_BYTES
from studio.imaging.thumbnails import NotAnImage, open_image

__all__ = [
    "HEAT",
    "KeptResult",
    "PreparedInput",
    "keep_unmasked",
    "markup_png",
    "mask_png",
    "prepare_input",
]

_PIL_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
#: Phone photos no Images API model takes: sent as JPEG.
_PHOTO_FORMATS = {"heif", "avif"}
_CHANGE_THRESHOLD = 12  # per channel, out of 255: below this a pixel counts as unchanged
_ORIENTATION = 0x0112  # the EXIF tag
#: Who a sentence about an input names when the caller gives no file name.
_THE_IMAGE = words("Imaging", "The image")
_CONVERTED = words("Imaging", "{name} was converted from {source} to {target}.")
#: Raw pixel rows, as a canvas hands them over without copying.
Rows = bytes | memoryview


@dataclass(frozen=True)
class PreparedInput:
    data: bytes = field(repr=False)
    format: str
    width: int
    height: int
    #: What was changed to make the model accept it, as sentences for the user.
    changes: tuple[str, ...] = ()
    #: Where the upright original lies in these pixels (left, top, width, height): a layer
    #: painted over the original is placed here to match.
    box: tuple[int, int, int, int] = (0, 0, 0, 0)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def prepare_input(
    data: bytes,
    *,
    formats: tuple[str, ...],
    max_bytes: int,
    square_png: bool = False,
    name: str = _THE_IMAGE,
) -> PreparedInput:
    """``data`` as the model will take it: upright, in an accepted format, under the byte limit,
    and for dall-e-2 a square RGBA PNG (padded with transparency, nothing cut off). A phone's
    HEIF or AVIF photo becomes a JPEG (a PNG when it has transparency)."""
    if len(data) > MAX_INPUT_BYTES:
        raise NotAnImage(
            words("Imaging", "{name} is larger than the {limit} MB Studio reads").format(
                name=name, limit=MAX_INPUT_BYTES // 10**6
            )
        )
    image = open_image(data)
    fmt = (image.format or "").lower().replace("jpg", "jpeg")
    changes: list[str] = []
    if image.getexif().get(_ORIENTATION, 1) != 1:
        image = ImageOps.exif_transpose(image)
        changes.append(
            words("Imaging", "{name} was turned upright, as its camera orientation says.").format(
                name=name
            )
        )
    box = (0, 0, image.width, image.height)
    if square_png:
        if image.mode != "RGBA":
            image = image.convert("RGBA")
        if image.width != image.height:
            edge = max(image.size)
            box = ((edge - image.width) // 2, (edge - image.height) // 2, *image.size)
            square = Image.new("RGBA", (edge, edge), (0, 0, 0, 0))
            square.paste(image, box[:2])
            changes.append(
                words(
                    "Imaging",
                    "{name} was {width}x{height}; it was padded with transparency to "
                    "a {edge}x{edge} square, as dall-e-2 needs.",
                ).format(name=name, width=image.width, height=image.height, edge=edge)
            )
            image = square
        if fmt != "png":
            changes.append(_CONVERTED.format(name=name, source=_format_name(fmt), target="PNG"))
        fmt = "png"
    elif fmt not in formats:
        photo = fmt in _PHOTO_FORMATS and "jpeg" in formats and not _transparent(image)
        target = "jpeg" if photo else "png"
        changes.append(
            _CONVERTED.format(name=name, source=_format_name(fmt), target=target.upper())
        )
        fmt = target
    if not changes and fmt in formats and len(data) <= max_bytes:
        return PreparedInput(data, fmt, image.width, image.height, box=box)
    encoded = _encode(image, fmt)
    unscaled = image.width
    while len(encoded) > max_bytes:
        if min(image.size) <= 64:
            raise NotAnImage(
                words(
                    "Imaging", "{name} cannot be made smaller than the model's size limit"
                ).format(name=name)
            )
        image = image.resize(
            (image.width * 3 // 4, image.height * 3 // 4), Image.Resampling.LANCZOS
        )
        encoded = _encode(image, fmt)
        if len(encoded) <= max_bytes:
            changes.append(
                words(
                    "Imaging",
                    "{name} was scaled down to {width}x{height} to fit the model's "
                    "{limit} MB limit.",
                ).format(
                    name=name,
                    width=image.width,
                    height=image.height,
                    limit=max_bytes // (1024 * 1024),
                )
            )
    scale = image.width / unscaled
    box = tuple(round(v * scale) for v in box)  # type: ignore[assignment]
    return PreparedInput(encoded, fmt, image.width, image.height, tuple(changes), box)


def _format_name(fmt: str) -> str:
    return fmt.upper() or words("Imaging", "its format")


def _transparent(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _encode(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "jpeg":
        image.convert("RGB").save(out, "JPEG", quality=95)
    else:
        image.save(out, _PIL_FORMATS.get(fmt, "PNG"))
    return out.getvalue()


def _placed(
    layer: Image.Image, fit: PreparedInput | None, empty: int | tuple[int, ...]
) -> Image.Image:
    """``layer`` (painted over the upright original) placed where ``fit`` put the original."""
    if not _moves(fit, layer.size):
        return layer
    assert fit is not None
    left, top, width, height = fit.box
    placed = Image.new(layer.mode, (fit.width, fit.height), empty)
    placed.paste(layer.resize((width, height), Image.Resampling.BILINEAR), (left, top))
    return placed


def _moves(fit: PreparedInput | None, size: tuple[int, int]) -> bool:
    """Preparing the base moved or scaled the original, so a layer must follow."""
    return fit is not None and not fit.box == (0, 0, *size) == (0, 0, fit.width, fit.height)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_rows(rows: Rows, size: tuple[int, int], stride: int, mode: str) -> bytes | None:
    """A PNG of raw 8-bit rows (``mode`` "LA" or "RGBA"); None when every pixel is blank
    (alpha 255 for a mask, 0 for a markup). Written here rather than by Pillow: for a
    4096x2160 mask this is several times faster, and the rows come straight from the canvas."""
    width, height = size
    channels, colour_type, blank = {"LA": (2, 4, 255), "RGBA": (4, 6, 0)}[mode]
    row_bytes = width * channels
    view = memoryview(rows).cast("B")
    blank_row = bytes([blank]) * row_bytes
    if all(view[y * stride : y * stride + row_bytes] == blank_row for y in range(height)):
        return None
    packer = zlib.compressobj(1)
    parts = []
    for y in range(height):
        parts.append(packer.compress(b"\0"))  # the row's filter: none
        parts.append(packer.compress(view[y * stride : y * stride + row_bytes]))
    parts.append(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )


def mask_png(
    keep: Rows,
    size: tuple[int, int],
    *,
    stride: int,
    feather: float = 0.0,
    fit: PreparedInput | None = None,
) -> bytes | None:
    """The API's mask as a grey-and-alpha PNG; None when nothing is painted.

    ``keep`` is two bytes a pixel, grey and alpha alike: 255 where the image must stay, 0 where
    it may change (rows ``stride`` bytes apart). ``feather`` softens the edge; ``fit`` places
    the mask where ``prepare_input`` put the original in the base it prepared.
    """
    if feather <= 0 and not _moves(fit, size):
        return _png_rows(keep, size, stride, "LA")
    alpha = Image.frombuffer("LA", size, keep, "raw", "LA", stride, 1).getchannel("A")
    if alpha.getextrema() == (255, 255):
        return None
    if feather > 0:
        alpha = alpha.filter(ImageFilter.GaussianBlur(feather))
    alpha = _placed(alpha, fit, 255)
    return _png_rows(Image.merge("LA", (alpha, alpha)).tobytes(), alpha.size, alpha.width * 2, "LA")


def markup_png(
    rgba: Rows, size: tuple[int, int], *, stride: int, fit: PreparedInput | None = None
) -> bytes | None:
    """The markup layer (straight RGBA rows) as a transparent PNG matching the base, placed as
    ``fit`` says; None when nothing is drawn."""
    if _moves(fit, size):
        layer = _placed(
            Image.frombuffer("RGBA", size, rgba, "raw", "RGBA", stride, 1), fit, (0, 0, 0, 0)
        )
        rgba, size, stride = layer.tobytes(), layer.size, layer.width * 4
    return _png_rows(rgba, size, stride, "RGBA")


@dataclass(frozen=True)
class KeptResult:
    data: bytes = field(repr=False)
    #: Share (0 to 1) of the pixels outside the mask that the model had changed.
    changed_outside: float
    #: RGBA PNG, red where the model changed pixels outside the mask, clear elsewhere.
    heat: bytes = field(repr=False)


def keep_unmasked(
    original: bytes, edited: bytes, mask: bytes, feather: float = 4.0
) -> KeptResult | None:
    """Put the original's pixels back outside the mask, blending over ``feather`` pixels.

    None when the result is not the original's shape: there is no outside to put back.
    """
    before = open_image(original).convert("RGBA")
    after = open_image(edited).convert("RGBA")
    if abs(after.width / after.height - before.width / before.height) > 0.02:
        return None
    if after.size != before.size:
        after = after.resize(before.size, Image.Resampling.LANCZOS)
    edit_area = ImageOps.invert(open_image(mask).convert("RGBA").getchannel("A"))
    if edit_area.size != before.size:
        edit_area = edit_area.resize(before.size, Image.Resampling.BILINEAR)
    outside = edit_area.point(lambda a: 255 if a == 0 else 0)
    difference = ImageChops.difference(before, after).convert("L")
    changed = difference.point(lambda d: 255 if d > _CHANGE_THRESHOLD else 0)
    changed_outside = ImageChops.multiply(changed, outside)
    outside_count = outside.histogram()[255]
    share = changed_outside.histogram()[255] / outside_count if outside_count else 0.0
    blend = edit_area.filter(ImageFilter.GaussianBlur(feather)) if feather > 0 else edit_area
    kept = Image.composite(after, before, blend)
    heat = Image.new("RGBA", before.size, (*HEAT, 0))
    heat.putalpha(changed_outside.point(lambda v: 170 if v else 0))
    return KeptResult(_png(kept), share, _png(heat))
