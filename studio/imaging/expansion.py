"""Expanding a picture's canvas (outpainting): the nearest size a model accepts, where the
picture goes on it, the canvas itself (the new area transparent) and the mask of what may change.

The size rule is read through ``allows_size`` of a model's capabilities (passed in: ``imaging``
sits below ``api``), so a corrected rule in the capability table is picked up as it is.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from PIL import Image, ImageChops

from studio.config import words
from studio.imaging.thumbnails import open_image

__all__ = [
    "Anchor",
    "Expansion",
    "SizeRules",
    "accepted_size",
    "expanded_image",
    "expansion_mask",
    "plan_expansion",
]

#: How far from the wanted size a free-size search looks, in 1% steps (down or up).
_SCALE_STEPS = 300
#: Steps of the aspect ratio towards square, in 1% steps, when the wanted shape is refused.
_RATIO_STEPS = 400
#: How far (as a log ratio, about 1%) a free size's shape may stray from the one searched for:
#: at tiny sizes rounding to the multiple lands on allowed shapes far from the one wanted.
_SHAPE_TOLERANCE = 0.01
#: An accepted canvas this much larger than the one wanted scales the picture up with it.
_UPSCALE_FROM = 1.25


class SizeRules(Protocol):
    """What ``accepted_size`` needs of a model's capabilities (``ModelCapabilities`` fits)."""

    @property
    def sizes(self) -> tuple[str, ...]: ...

    @property
    def free_size(self) -> object | None: ...

    def allows_size(self, size: str) -> bool: ...


class Anchor(StrEnum):
    CENTER = "center"
    LEFT = "left"
    RIGHT = "right"
    TOP = "top"
    BOTTOM = "bottom"
    TOP_LEFT = "top-left"
    TOP_RIGHT = "top-right"
    BOTTOM_LEFT = "bottom-left"
    BOTTOM_RIGHT = "bottom-right"

    def place(self, canvas: tuple[int, int], picture: tuple[int, int]) -> tuple[int, int]:
        """The picture's top-left corner on the canvas."""
        spare_x, spare_y = canvas[0] - picture[0], canvas[1] - picture[1]
        name = self.value
        x = 0 if "left" in name else spare_x if "right" in name else spare_x // 2
        y = 0 if "top" in name else spare_y if "bottom" in name else spare_y // 2
        return x, y


def _fixed_sizes(caps: SizeRules) -> list[tuple[int, int]]:
    sizes = []
    for size in caps.sizes:
        width, sep, height = size.partition("x")
        if sep and width.isdigit() and height.isdigit():
            sizes.append((int(width), int(height)))
    return sizes


def accepted_size(caps: SizeRules, width: int, height: int) -> tuple[int, int] | None:
    """The size nearest ``width``x``height`` that the model accepts: the same size when it is
    allowed; for free sizes the nearest allowed one of about the same shape (squarer only as
    far as the rule needs); for fixed sizes the allowed one closest in shape, then one holding
    the whole canvas, then the closest in area. None for a model that names no size at all."""
    if width <= 0 or height <= 0:
        raise ValueError("a canvas needs a width and a height")
    if caps.allows_size(f"{width}x{height}"):
        return width, height
    if caps.free_size is not None:
        found = _nearest_free(caps, width, height)
        if found is not None:
            return found
    fixed = _fixed_sizes(caps)
    if not fixed:
        return None
    wanted_ratio, wanted_area = math.log(width / height), math.log(width * height)
    # The closest shape; of those, one that holds the whole canvas (the picture keeps its
    # pixels), else the closest in area.
    return min(
        fixed,
        key=lambda s: (
            round(abs(math.log(s[0] / s[1]) - wanted_ratio), 6),
            s[0] < width or s[1] < height,
            abs(math.log(s[0] * s[1]) - wanted_area),
        ),
    )


def _nearest_free(caps: SizeRules, width: int, height: int) -> tuple[int, int] | None:
    ratio = width / height

    def at_step(step: int) -> tuple[int, int] | None:
        shape = ratio ** (1 - step / _RATIO_STEPS)
        if shape >= 1:
            w, h = float(width), width / shape
        else:
            w, h = height * shape, float(height)
        return _nearest_at_shape(caps, w, h, _SHAPE_TOLERANCE)

    found = at_step(0)
    if found is not None:
        return found
    # The wanted shape is refused: the least squarer shape allowed (the short side grows, a
    # canvas is expanded, never cut), found by halving, since squarer shapes are allowed more.
    refused, allowed = 0, _RATIO_STEPS
    best = at_step(allowed)
    if best is None:
        # Only tiny canvases get here: rounding to the multiple bends their shape too much.
        return _nearest_at_shape(caps, float(width), float(height), math.inf)
    while allowed - refused > 1:
        middle = (refused + allowed) // 2
        found = at_step(middle)
        if found is None:
            refused = middle
        else:
            allowed, best = middle, found
    # A step or two squarer may round to a size nearer the one wanted.
    nearby = [found for k in range(1, 4) if (found := at_step(min(allowed + k, _RATIO_STEPS)))]
    area = width * height
    return min([best, *nearby], key=lambda c: abs(math.log(c[0] * c[1] / area)))


def _scales() -> Iterator[float]:
    yield 1.0
    for step in range(1, _SCALE_STEPS + 1):
        yield 0.99**step
        yield 1.01**step


def _nearest_at_shape(
    caps: SizeRules, width: float, height: float, tolerance: float
) -> tuple[int, int] | None:
    multiple = getattr(caps.free_size, "multiple", 16) or 1
    wanted = width / height
    for scale in _scales():
        w, h = width * scale / multiple, height * scale / multiple
        candidates = {
            (int(cw) * multiple, int(ch) * multiple)
            for cw in (math.floor(w), math.ceil(w))
            for ch in (math.floor(h), math.ceil(h))
            if cw > 0 and ch > 0
        }
        allowed = [
            c
            for c in candidates
            if abs(math.log(c[0] / c[1] / wanted)) <= tolerance
            and caps.allows_size(f"{c[0]}x{c[1]}")
        ]
        if allowed:
            return min(allowed, key=lambda c: (abs(c[0] / c[1] - wanted), -c[0] * c[1]))
    return None


@dataclass(frozen=True)
class Expansion:
    """A picture on a larger canvas, as the model will get it."""

    #: The canvas sent: a size the model accepts.
    canvas: tuple[int, int]
    #: Where the picture lies on it: left, top, width, height (scaled when the accepted canvas
    #: is much smaller or larger than the one wanted).
    box: tuple[int, int, int, int]
    #: How far (in canvas pixels) the mask reaches into the picture, softening towards it.
    seam: int
    #: The canvas asked for, before the model's rule was applied.
    wanted: tuple[int, int]

    @property
    def picture(self) -> tuple[int, int]:
        return self.box[2], self.box[3]

    @property
    def new_area(self) -> int:
        """Pixels of the canvas the picture does not cover."""
        return self.canvas[0] * self.canvas[1] - self.box[2] * self.box[3]

    def sides(self) -> tuple[bool, bool, bool, bool]:
        """Which of the picture's edges (left, top, right, bottom) meet new area."""
        left, top, width, height = self.box
        return (
            left > 0,
            top > 0,
            left + width < self.canvas[0],
            top + height < self.canvas[1],
        )

    @property
    def changes(self) -> tuple[str, ...]:
        """What the model's rule changed, as sentences for the user."""
        said = []
        if self.canvas != self.wanted:
            said.append(
                f"The canvas is {self.canvas[0]}x{self.canvas[1]}, the nearest size the model "
                f"accepts to {self.wanted[0]}x{self.wanted[1]}."
            )
        return tuple(said)


def plan_expansion(
    caps: SizeRules,
    picture: tuple[int, int],
    wanted: tuple[int, int],
    anchor: Anchor = Anchor.CENTER,
    *,
    seam: int = 32,
    offset: tuple[int, int] | None = None,
) -> Expansion:
    """Where ``picture`` goes on a canvas of about ``wanted`` size that the model accepts.

    ``offset`` (the picture's top-left corner on the wanted canvas) overrides ``anchor``. The
    picture keeps its pixels unless the accepted canvas is smaller than the one wanted (then it
    shrinks with the canvas) or much larger (a fixed-size model's: then it grows with it, so
    the picture keeps its share of the canvas as the user laid it out). Raises ValueError for
    a canvas that would cut the picture, or a model that takes no size at all.
    """
    if wanted[0] < picture[0] or wanted[1] < picture[1]:
        raise ValueError(
            words(
                "Imaging",
                "a {width}x{height} canvas would cut the {picture_width}x{picture_height} "
                "picture; an expanded canvas is at least as large as the picture",
            ).format(
                width=wanted[0],
                height=wanted[1],
                picture_width=picture[0],
                picture_height=picture[1],
            )
        )
    canvas = accepted_size(caps, *wanted)
    if canvas is None:
        raise ValueError(words("Imaging", "this model names no size it accepts"))
    scale = min(canvas[0] / wanted[0], canvas[1] / wanted[1])
    if 1 <= scale < _UPSCALE_FROM:
        scale = 1.0  # rounding up to the multiple: the picture keeps its pixels
    size = (
        min(canvas[0], max(1, round(picture[0] * scale))),
        min(canvas[1], max(1, round(picture[1] * scale))),
    )
    if offset is None:
        x, y = anchor.place(canvas, size)
    else:
        # The offset was chosen on the wanted canvas: keep the picture's place in proportion.
        spare = (wanted[0] - picture[0], wanted[1] - picture[1])
        room = (canvas[0] - size[0], canvas[1] - size[1])
        x, y = (
            round(room[i] * min(max(offset[i], 0), spare[i]) / spare[i]) if spare[i] else 0
            for i in (0, 1)
        )
    return Expansion(canvas, (x, y, *size), max(0, seam), wanted)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def expanded_image(data: bytes, expansion: Expansion) -> bytes:
    """The canvas as an RGBA PNG: the picture at its place, the new area transparent."""
    picture = open_image(data).convert("RGBA")
    left, top, width, height = expansion.box
    if picture.size != (width, height):
        picture = picture.resize((width, height), Image.Resampling.LANCZOS)
    canvas = Image.new("RGBA", expansion.canvas, (0, 0, 0, 0))
    canvas.paste(picture, (left, top))
    return _png(canvas)


def _ramp(length: int, start: int, extent: int, near: bool, far: bool, seam: int) -> bytes:
    """One line of the mask's alpha: 0 outside [start, start+extent), rising over ``seam``
    pixels from each end of the picture that meets new area (``near``, ``far``)."""
    values = bytearray(length)
    for i in range(extent):
        depth = min(i if near else seam, extent - 1 - i if far else seam)
        values[start + i] = 255 if seam <= 0 or depth >= seam else 255 * depth // seam
    return bytes(values)


def expansion_mask(expansion: Expansion) -> bytes:
    """The edit's mask as a grey-and-alpha PNG: fully transparent over the new area, rising
    from transparent to opaque across the seam inside the picture's edges that meet new area,
    opaque over the rest of the picture."""
    width, height = expansion.canvas
    left, top, box_width, box_height = expansion.box
    meets_left, meets_top, meets_right, meets_bottom = expansion.sides()
    seam = min(expansion.seam, box_width // 2, box_height // 2)
    across = _ramp(width, left, box_width, meets_left, meets_right, seam)
    down = _ramp(height, top, box_height, meets_top, meets_bottom, seam)
    rows = Image.frombytes("L", (width, 1), across).resize(
        (width, height), Image.Resampling.NEAREST
    )
    columns = Image.frombytes("L", (1, height), down).resize(
        (width, height), Image.Resampling.NEAREST
    )
    alpha = ImageChops.darker(rows, columns)
    return _png(Image.merge("LA", (alpha, alpha)))
