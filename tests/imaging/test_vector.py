"""SVG results: drawn for thumbnails, measured, and never allowed to reach outside the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.imaging import (
    ImageInfo,
    NotAnImage,
    display_pixels,
    inspect,
    rasterise,
    safe_svg,
    thumbnail,
)
from studio.localapi import render
from tests.images import opened, png

SQUARE = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
    b'<rect width="100" height="100" fill="#ff0000"/></svg>'
)


def test_an_svg_gets_a_raster_thumbnail_and_its_own_size() -> None:
    svg = render.svg_picture("a fox", 1536, 1024)
    assert inspect(svg) == ImageInfo("svg", 1536, 1024)
    small = opened(thumbnail(svg))
    assert (small.format, small.size) == ("WEBP", (256, 171))


def test_the_raster_is_drawn_not_blank() -> None:
    picture = rasterise(SQUARE, 100)
    assert picture.size == (100, 50)
    assert picture.getpixel((25, 25)) == (255, 0, 0, 255)
    assert picture.getpixel((75, 25))[3] == 0  # outside the rect: transparent


def test_the_display_copy_of_an_svg_is_a_small_stand_in_with_the_original_bytes() -> None:
    pixels = display_pixels(render.svg_picture("a fox", 1536, 1024), 4096)
    assert (pixels.width, pixels.full_width, pixels.full_height) == (512, 1536, 1024)
    assert pixels.vector
    assert pixels.source.startswith(b"<svg")


def test_external_references_and_scripts_are_removed(tmp_path: Path) -> None:
    red = tmp_path / "red.png"
    red.write_bytes(png(50, 50, (255, 0, 0, 255)))
    hostile = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="50" height="50" onload="alert(1)"><script>alert(1)</script>'
        f"<style>@import url(http://example.invalid/a.css);</style>"
        f'<image href="{red}" width="50" height="50"/>'
        f'<image xlink:href="file://{red}" width="50" height="50"/>'
        '<rect width="5" height="5" style="fill:url(http://example.invalid/p)"/></svg>'
    ).encode()
    safe = safe_svg(hostile)
    for gone in (b"script", b"onload", str(red).encode(), b"example.invalid"):
        assert gone not in safe
    assert rasterise(hostile, 50).getpixel((25, 25))[3] == 0  # the local file was not read


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
        b"<svg><unclosed></svg>",
        b"<?xml version='1.0'?><html/>",
    ],
)
def test_entities_and_broken_markup_are_refused(data: bytes) -> None:
    with pytest.raises(NotAnImage):
        safe_svg(data)


def test_a_broken_svg_is_still_kept_without_a_thumbnail() -> None:
    assert inspect(b"<svg><unclosed></svg>").format == "svg"
    assert thumbnail(b"<svg><unclosed></svg>") == b""
