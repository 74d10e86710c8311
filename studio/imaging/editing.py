"""Pixel work for edits: inputs made acceptable to a model, masks exported, and the unmasked
area of a result put back exactly as it was.

Models are known to change pixels outside the mask; ``keep_unmasked`` composites the original
back there with a feathered seam and reports how much of the outside the model had changed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageFilter, ImageOps

from studio.imaging.thumbnails import NotAnImage, open_image

__all__ = [
    "KeptResult",
    "PreparedInput",
    "keep_unmasked",
    "markup_png",
    "mask_png",
    "prepare_input",
]

_PIL_FORMATS = {"png": "PNG", "jpeg": "JPEG", "webp": "WEBP"}
_CHANGE_THRESHOLD = 12  # per channel, out of 255: below this a pixel counts as unchanged
_ORIENTATION = 0x0112  # the EXIF tag


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
    name: str = "The image",
) -> PreparedInput:
    """``data`` as the model will take it: upright, in an accepted format, under the byte limit,
    and for dall-e-2 a square RGBA PNG (padded with transparency, nothing cut off)."""
    image = open_image(data)
    fmt = (image.format or "").lower().replace("jpg", "jpeg")
    changes: list[str] = []
    if image.getexif().get(_ORIENTATION, 1) != 1:
        image = ImageOps.exif_transpose(image)
        changes.append(f"{name} was turned upright, as its camera orientation says.")
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
                f"{name} was {image.width}x{image.height}; it was padded with transparency to "
                f"a {edge}x{edge} square, as dall-e-2 needs."
            )
            image = square
        if fmt != "png":
            changes.append(f"{name} was converted from {fmt.upper() or 'its format'} to PNG.")
        fmt = "png"
    elif fmt not in formats:
        changes.append(f"{name} was converted from {fmt.upper() or 'its format'} to PNG.")
        fmt = "png"
    if not changes and fmt in formats and len(data) <= max_bytes:
        return PreparedInput(data, fmt, image.width, image.height, box=box)
    encoded = _encode(image, fmt)
    unscaled = image.width
    while len(encoded) > max_bytes:
        if min(image.size) <= 64:
            raise NotAnImage(f"{name} cannot be made smaller than the model's size limit")
        image = image.resize(
            (image.width * 3 // 4, image.height * 3 // 4), Image.Resampling.LANCZOS
        )
        encoded = _encode(image, fmt)
        if len(encoded) <= max_bytes:
            changes.append(
                f"{name} was scaled down to {image.width}x{image.height} to fit the model's "
                f"{max_bytes // (1024 * 1024)} MB limit."
            )
    scale = image.width / unscaled
    box = tuple(round(v * scale) for v in box)  # type: ignore[assignment]
    return PreparedInput(encoded, fmt, image.width, image.height, tuple(changes), box)


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
    if fit is None or fit.box == (0, 0, *layer.size) == (0, 0, fit.width, fit.height):
        return layer
    left, top, width, height = fit.box
    placed = Image.new(layer.mode, (fit.width, fit.height), empty)
    placed.paste(layer.resize((width, height), Image.Resampling.BILINEAR), (left, top))
    return placed


def mask_png(
    coverage: bytes,
    size: tuple[int, int],
    *,
    stride: int = 0,
    feather: float = 0.0,
    fit: PreparedInput | None = None,
) -> bytes:
    """The API's mask from painted coverage (one byte a pixel, 255 where the user painted, rows
    ``stride`` bytes apart): an RGBA PNG transparent where the image should change, soft-edged
    with ``feather``, matching the base image as ``fit`` prepared it."""
    painted = Image.frombuffer("L", size, coverage, "raw", "L", stride, 1)
    if feather > 0:
        painted = painted.filter(ImageFilter.GaussianBlur(feather))
    painted = _placed(painted, fit, 0)
    mask = Image.new("RGBA", painted.size, (0, 0, 0, 255))
    mask.putalpha(ImageOps.invert(painted))
    return _png(mask)


def markup_png(rgba: bytes, size: tuple[int, int], *, fit: PreparedInput | None = None) -> bytes:
    """The markup layer (straight RGBA, rows packed) as a transparent PNG matching the base."""
    layer = Image.frombuffer("RGBA", size, rgba, "raw", "RGBA", 0, 1)
    return _png(_placed(layer, fit, (0, 0, 0, 0)))


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
    heat = Image.new("RGBA", before.size, (230, 30, 30, 0))
    heat.putalpha(changed_outside.point(lambda v: 170 if v else 0))
    return KeptResult(_png(kept), share, _png(heat))
