"""Small real images for tests, made with Pillow."""

from __future__ import annotations

import io

from PIL import Image


def png(
    width: int = 64,
    height: int = 64,
    colour: tuple[int, int, int, int] = (200, 100, 50, 255),
    fmt: str = "PNG",
) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGBA", (width, height), colour)
    (image.convert("RGB") if fmt == "JPEG" else image).save(out, fmt)
    return out.getvalue()


def mask(width: int, height: int, hole: tuple[int, int, int, int]) -> bytes:
    """An opaque mask with a transparent rectangle ``hole`` (left, top, right, bottom)."""
    out = io.BytesIO()
    image = Image.new("RGBA", (width, height), (0, 0, 0, 255))
    image.paste((0, 0, 0, 0), hole)
    image.save(out, "PNG")
    return out.getvalue()


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))
