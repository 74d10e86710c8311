"""Procedural pictures for the local server: they depend on the prompt, the size and the inputs,
so results differ per request and partial images visibly sharpen towards the final one."""

from __future__ import annotations

import colorsys
import hashlib
import io
import os
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

__all__ = ["edit", "encode", "noise", "partial", "picture", "svg_picture", "variation"]


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _colour(rng: random.Random, lightness: float, alpha: int = 255) -> tuple[int, int, int, int]:
    red, green, blue = colorsys.hls_to_rgb(rng.random(), lightness, 0.55 + 0.4 * rng.random())
    return round(red * 255), round(green * 255), round(blue * 255), alpha


def picture(prompt: str, width: int, height: int, *, transparent: bool = False) -> Image.Image:
    """An RGBA picture made from ``prompt``: a sky-like gradient and soft shapes."""
    rng = _rng(prompt, width, height)
    if transparent:
        canvas = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    else:
        top = Image.new("RGBA", (width, height), _colour(rng, 0.25))
        bottom = Image.new("RGBA", (width, height), _colour(rng, 0.7))
        ramp = Image.linear_gradient("L").resize((width, height), Image.Resampling.BILINEAR)
        canvas = Image.composite(bottom, top, ramp)
    shapes = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(shapes)
    scale = min(width, height)
    for _ in range(5 + len(prompt) % 7):
        x, y = rng.random() * width, rng.random() * height
        radius = scale * (0.06 + 0.22 * rng.random())
        box = (x - radius, y - radius, x + radius, y + radius)
        colour = _colour(rng, 0.35 + 0.4 * rng.random(), 150 + rng.randrange(100))
        if rng.random() < 0.6:
            draw.ellipse(box, fill=colour)
        else:
            draw.rounded_rectangle(box, radius=radius / 4, fill=colour)
    return Image.alpha_composite(canvas, shapes)


def noise(width: int, height: int) -> Image.Image:
    """Random pixels: the largest possible encoded image, for measuring worst cases."""
    return Image.frombytes("RGBA", (width, height), os.urandom(width * height * 4))


def partial(final: Image.Image, index: int, count: int) -> Image.Image:
    """Preview ``index`` of ``count``: coarse at first, finer with each index."""
    factor = 2 ** (count - index + 3)
    width, height = final.size
    small = final.resize(
        (max(1, width // factor), max(1, height // factor)), Image.Resampling.BILINEAR
    )
    return small.resize((width, height), Image.Resampling.BILINEAR)


def _open(data: bytes, size: tuple[int, int] | None) -> Image.Image:
    image = ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGBA")
    return image if size is None or image.size == size else image.resize(size)


def edit(
    prompt: str,
    image: bytes,
    size: tuple[int, int] | None,
    *,
    mask: bytes | None = None,
    markup: bytes | None = None,
) -> Image.Image:
    """Repaint where the mask is transparent (or around the markup); without either, blend.

    Like the real models, a masked edit also drifts a little outside the mask.
    """
    base = _open(image, size)
    fresh = picture(prompt, *base.size)
    if mask is not None:
        where = ImageOps.invert(_open(mask, base.size).getchannel("A"))
        return Image.composite(fresh, Image.blend(base, fresh, 0.12), where)
    if markup is not None:
        strokes = _open(markup, base.size).getchannel("A")
        area = strokes.filter(ImageFilter.MaxFilter(9)).point(lambda a: 255 if a else 0)
        return Image.composite(fresh, base, area)
    return Image.blend(base, fresh, 0.55)


def variation(image: bytes, size: tuple[int, int] | None, seed: int) -> Image.Image:
    """The input with its hues turned a little and a few new shapes: recognisably related."""
    base = _open(image, size)
    rng = _rng("variation", seed)
    hue, saturation, value = base.convert("RGB").convert("HSV").split()
    turn = rng.randrange(20, 60)
    hue = hue.point(lambda h: (h + turn) % 256)
    turned = Image.merge("HSV", (hue, saturation, value)).convert("RGBA")
    turned.putalpha(base.getchannel("A"))
    overlay = picture(f"variation {seed}", *base.size, transparent=True)
    faint = overlay.copy()
    faint.putalpha(ImageChops.multiply(overlay.getchannel("A"), Image.new("L", base.size, 90)))
    return Image.alpha_composite(turned, faint)


def encode(
    image: Image.Image,
    fmt: str,
    *,
    compression: int | None = None,
    frames: int = 9,
    frame_ms: int = 200,
    fast: bool = False,
) -> bytes:
    """Bytes in ``fmt`` (png, jpeg, webp or gif); ``fast`` trades size for speed (noise)."""
    out = io.BytesIO()
    quality = 95 if compression is None else max(1, compression)
    if fmt == "jpeg":
        image.convert("RGB").save(out, "JPEG", quality=quality)
    elif fmt == "webp":
        image.save(out, "WEBP", quality=quality)
    elif fmt == "gif":
        sequence = [_hue_turned(image, 256 * i // frames) for i in range(frames)]
        sequence[0].save(
            out, "GIF", save_all=True, append_images=sequence[1:], duration=frame_ms, loop=0
        )
    else:
        image.save(out, "PNG", compress_level=1 if fast else 6)
    return out.getvalue()


def _hue_turned(image: Image.Image, turn: int) -> Image.Image:
    hue, saturation, value = image.convert("RGB").convert("HSV").split()
    hue = hue.point(lambda h: (h + turn) % 256)
    return Image.merge("HSV", (hue, saturation, value)).convert("RGB")


def svg_picture(prompt: str, width: int, height: int) -> bytes:
    """The same kind of picture as vector shapes."""
    rng = _rng(prompt, width, height, "svg")

    def hex_colour() -> str:
        red, green, blue, _ = _colour(rng, 0.3 + 0.4 * rng.random())
        return f"#{red:02x}{green:02x}{blue:02x}"

    shapes = []
    for _ in range(6):
        cx, cy = rng.random() * width, rng.random() * height
        radius = min(width, height) * (0.06 + 0.2 * rng.random())
        shapes.append(
            f'<circle cx="{cx:.0f}" cy="{cy:.0f}" r="{radius:.0f}" fill="{hex_colour()}" '
            'fill-opacity="0.8"/>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><rect width="100%" height="100%" '
        f'fill="{hex_colour()}"/>{"".join(shapes)}</svg>'
    ).encode()
