"""Pillow work: the only place in Studio that decodes or encodes pixels.

Pillow loads when the first image is decoded, not when the window starts: the names that need
it come from their modules on first use (PEP 562); the plain ones (``DisplayPixels``,
``NotAnImage``, reading a file) load at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.imaging.animation import AnimationFrame, animation_frames
    from studio.imaging.difference import Difference, difference_of
    from studio.imaging.display import SVG_STAND_IN_EDGE, display_pixels
    from studio.imaging.editing import (
        KeptResult,
        PreparedInput,
        keep_unmasked,
        markup_png,
        mask_png,
        prepare_input,
    )
    from studio.imaging.expansion import (
        Anchor,
        Expansion,
        accepted_size,
        expanded_image,
        expansion_mask,
        plan_expansion,
    )
    from studio.imaging.progressive import DecodingAhead
    from studio.imaging.selection import (
        Combine,
        changed_box,
        combine,
        coverage_box,
        feather,
        grow,
        load_selection,
        resized_mask,
        select_colour,
        share_selected,
    )
    from studio.imaging.thumbnails import THUMBNAIL_EDGE, ImageInfo, inspect, thumbnail
    from studio.imaging.vector import MAX_SVG_BYTES, is_svg, rasterise, safe_svg, svg_size
from studio.imaging.errors import NotAnImage
from studio.imaging.pixels import DisplayPixels
from studio.imaging.reading import MAX_INPUT_BYTES, read_image_file
from studio.lazy_names import lazy_names

__all__ = [
    "MAX_INPUT_BYTES",
    "MAX_SVG_BYTES",
    "SVG_STAND_IN_EDGE",
    "THUMBNAIL_EDGE",
    "Anchor",
    "AnimationFrame",
    "Combine",
    "DecodingAhead",
    "Difference",
    "DisplayPixels",
    "Expansion",
    "ImageInfo",
    "KeptResult",
    "NotAnImage",
    "PreparedInput",
    "accepted_size",
    "animation_frames",
    "changed_box",
    "combine",
    "coverage_box",
    "difference_of",
    "display_pixels",
    "expanded_image",
    "expansion_mask",
    "feather",
    "grow",
    "inspect",
    "is_svg",
    "keep_unmasked",
    "load_selection",
    "markup_png",
    "mask_png",
    "plan_expansion",
    "prepare_input",
    "rasterise",
    "read_image_file",
    "resized_mask",
    "safe_svg",
    "select_colour",
    "share_selected",
    "svg_size",
    "thumbnail",
]

#: The modules whose names need Pillow, loaded (all their names at once) on first use of one.
_HOMES = {
    "animation": ("AnimationFrame", "animation_frames"),
    "difference": ("Difference", "difference_of"),
    "display": ("SVG_STAND_IN_EDGE", "display_pixels"),
    "editing": (
        "KeptResult",
        "PreparedInput",
        "keep_unmasked",
        "markup_png",
        "mask_png",
        "prepare_input",
    ),
    "expansion": (
        "Anchor",
        "Expansion",
        "accepted_size",
        "expanded_image",
        "expansion_mask",
        "plan_expansion",
    ),
    "progressive": ("DecodingAhead",),
    "selection": (
        "Combine",
        "changed_box",
        "combine",
        "coverage_box",
        "feather",
        "grow",
        "load_selection",
        "resized_mask",
        "select_colour",
        "share_selected",
    ),
    "thumbnails": ("THUMBNAIL_EDGE", "ImageInfo", "inspect", "thumbnail"),
    "vector": ("MAX_SVG_BYTES", "is_svg", "rasterise", "safe_svg", "svg_size"),
}

__getattr__ = lazy_names(__name__, _HOMES)
