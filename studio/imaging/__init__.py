"""Pillow work: the only place in Studio that decodes or encodes pixels."""

from studio.imaging.difference import Difference, difference, difference_of
from studio.imaging.display import DisplayPixels, display_pixels
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
from studio.imaging.thumbnails import THUMBNAIL_EDGE, ImageInfo, NotAnImage, inspect, thumbnail

__all__ = [
    "THUMBNAIL_EDGE",
    "Anchor",
    "Combine",
    "Difference",
    "DisplayPixels",
    "Expansion",
    "ImageInfo",
    "KeptResult",
    "NotAnImage",
    "PreparedInput",
    "accepted_size",
    "changed_box",
    "combine",
    "coverage_box",
    "difference",
    "difference_of",
    "display_pixels",
    "expanded_image",
    "expansion_mask",
    "feather",
    "grow",
    "inspect",
    "keep_unmasked",
    "load_selection",
    "markup_png",
    "mask_png",
    "plan_expansion",
    "prepare_input",
    "resized_mask",
    "select_colour",
    "share_selected",
    "thumbnail",
]
