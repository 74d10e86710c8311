"""Pillow work: the only place in Studio that decodes or encodes pixels."""

from studio.imaging.display import DisplayPixels, display_pixels
from studio.imaging.editing import (
    KeptResult,
    PreparedInput,
    keep_unmasked,
    markup_png,
    mask_png,
    prepare_input,
)
from studio.imaging.reading import MAX_INPUT_BYTES, read_image_file
from studio.imaging.thumbnails import THUMBNAIL_EDGE, ImageInfo, NotAnImage, inspect, thumbnail

__all__ = [
    "MAX_INPUT_BYTES",
    "THUMBNAIL_EDGE",
    "DisplayPixels",
    "ImageInfo",
    "KeptResult",
    "NotAnImage",
    "PreparedInput",
    "display_pixels",
    "inspect",
    "keep_unmasked",
    "markup_png",
    "mask_png",
    "prepare_input",
    "read_image_file",
    "thumbnail",
]
