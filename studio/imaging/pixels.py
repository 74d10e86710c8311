"""Decoded pixels as the views paint them: a plain value, without Pillow, so the window and the
worker's pipe can name it before any image is decoded (``display`` makes them)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DisplayPixels"]


@dataclass(frozen=True)
class DisplayPixels:
    width: int
    height: int
    #: width * height * 4 bytes, RGBA, rows top to bottom.
    rgba: bytes = field(repr=False)
    #: The size of the image itself, before scaling for display.
    full_width: int = 0
    full_height: int = 0
    #: The image's own bytes when the pixels above show only part of it: an animated GIF
    #: (they are its first frame) or an SVG (they are a small stand-in). Empty otherwise.
    source: bytes = field(default=b"", repr=False)
    #: "gif" or "svg" when ``source`` is set.
    source_format: str = ""
    #: Frames in the animation; 1 for a still image.
    frame_count: int = 1

    @property
    def animated(self) -> bool:
        return self.source_format == "gif" and self.frame_count > 1

    @property
    def vector(self) -> bool:
        return self.source_format == "svg"
