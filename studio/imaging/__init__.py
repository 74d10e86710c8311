"""Pillow work: the only place in Studio that decodes or encodes pixels."""

from studio.imaging.display import DisplayPixels, display_pixels
from studio.imaging.thumbnails import THUMBNAIL_EDGE, ImageInfo, NotAnImage, inspect, thumbnail

__all__ = [
    "THUMBNAIL_EDGE",
    "DisplayPixels",
    "ImageInfo",
    "NotAnImage",
    "display_pixels",
    "inspect",
    "thumbnail",
]
