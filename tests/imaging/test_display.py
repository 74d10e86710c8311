from __future__ import annotations

import io
import math

from PIL import Image, ImageChops, ImageStat

from studio.imaging import display_pixels
from studio.localapi import render


def encoded(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def shown(pixels: object) -> Image.Image:
    return Image.frombytes("RGBA", (pixels.width, pixels.height), pixels.rgba)  # type: ignore[attr-defined]


def largest_difference(a: Image.Image, b: Image.Image) -> int:
    return max(high for _low, high in ImageChops.difference(a, b).getextrema())


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return max(ImageStat.Stat(ImageChops.difference(a, b)).mean)


def test_an_opaque_image_is_averaged_as_pillow_averages_it() -> None:
    picture = render.picture("a lighthouse at dusk", 1200, 800)
    pixels = display_pixels(encoded(picture), 500)
    assert (pixels.width, pixels.height, pixels.full_width, pixels.full_height) == (
        400,
        267,
        1200,
        800,
    )
    assert largest_difference(shown(pixels), picture.reduce(3)) <= 1


def test_transparent_edges_are_averaged_premultiplied() -> None:
    # Invisible pixels hold bright red: averaged straight, they would tint the visible edge.
    image = Image.new("RGBA", (600, 400), (255, 0, 0, 0))
    image.paste((0, 0, 255, 255), (0, 0, 301, 400))
    pixels = shown(display_pixels(encoded(image), 200))
    edge_r, _g, edge_b, edge_a = pixels.getpixel((100, 50))
    assert 0 < edge_a < 255
    assert edge_r == 0
    assert edge_b == 255


def test_a_large_jpeg_is_shown_at_the_same_size_and_close_to_a_full_decode() -> None:
    picture = render.picture("a lighthouse at dusk", 3840, 2160).convert("RGB")
    data = encoded(picture, "JPEG", quality=95)
    pixels = display_pixels(data, 1400)
    assert (pixels.width, pixels.height) == (1280, 720)
    assert (pixels.full_width, pixels.full_height) == (3840, 2160)
    full = Image.open(io.BytesIO(data)).convert("RGBA").reduce(3)
    # Decoded at half size, then scaled: edges differ a little, the picture does not.
    assert mean_difference(shown(pixels), full) < 2


def test_a_jpeg_turned_by_its_exif_is_shown_upright_with_its_upright_size() -> None:
    picture = render.picture("a lighthouse at dusk", 3000, 2000).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to show
    pixels = display_pixels(encoded(picture, "JPEG", exif=exif), 1000)
    assert (pixels.full_width, pixels.full_height) == (2000, 3000)
    assert (pixels.width, pixels.height) == (math.ceil(2000 / 3), 1000)
