"""Pillow work: the only place in Studio that decodes or encodes pixels."""

from studio.imaging.animation import AnimationFrame, animation_frames
from studio.imaging.display import SVG_STAND_IN_EDGE, DisplayPixels, display_pixels
from studio.imaging.editing import (
    KeptResult,
    PreparedInput,
    keep_unmasked,
    markup_png,
    mask_png,
    prepare_input,
)
from studio.imaging.errors import NotAnImage
from studio.imaging.reading import MAX_INPUT_BYTES, read_image_file
from studio.imaging.thumbnails import THUMBNAIL_EDGE, ImageInfo, inspect, thumbnail
from studio.imaging.vector import MAX_SVG_BYTES, is_svg, rasterise, safe_svg, svg_size

__all__ = [
    "MAX_INPUT_BYTES",
    "MAX_SVG_BYTES",
    "SVG_STAND_IN_EDGE",
    "THUMBNAIL_EDGE",
    "AnimationFrame",
    "DisplayPixels",
    "ImageInfo",
    "KeptResult",
    "NotAnImage",
    "PreparedInput",
    "animation_frames",
    "display_pixels",
    "inspect",
    "is_svg",
    "keep_unmasked",
    "markup_png",
    "mask_png",
    "prepare_input",
    "rasterise",
    "read_image_file",
    "safe_svg",
    "svg_size",
    "thumbnail",
]
