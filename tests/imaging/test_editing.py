"""Inputs made acceptable, masks exported, the unmasked area kept — on real pixels."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image

from studio.imaging import keep_unmasked, mask_png, prepare_input
from tests.images import mask, opened, png


def jpeg_rotated(width: int, height: int) -> bytes:
    """A JPEG whose camera orientation says: turn me 90 degrees."""
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = image.getexif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_an_acceptable_input_is_left_exactly_as_it_is() -> None:
    data = png(64, 32)
    prepared = prepare_input(data, formats=("png", "jpeg", "webp"), max_bytes=10**6)
    assert prepared.data == data
    assert prepared.changes == ()


def test_camera_orientation_is_applied_and_said() -> None:
    prepared = prepare_input(jpeg_rotated(60, 40), formats=("png", "jpeg"), max_bytes=10**6)
    assert (prepared.width, prepared.height) == (40, 60)
    assert "turned upright" in prepared.changes[0]


def test_dall_e_2_gets_a_square_rgba_png_with_nothing_cut_off() -> None:
    prepared = prepare_input(
        png(96, 64, fmt="JPEG"),
        formats=("png",),
        max_bytes=4 * 1024 * 1024,
        square_png=True,
        name="photo.jpg",
    )
    image = opened(prepared.data)
    assert (prepared.format, image.mode, image.size) == ("png", "RGBA", (96, 96))
    assert image.getpixel((0, 0))[3] == 0  # padding is transparent
    assert image.getpixel((48, 48))[3] == 255
    assert any("padded with transparency to a 96x96 square" in c for c in prepared.changes)
    assert any("converted from JPEG to PNG" in c for c in prepared.changes)


def test_an_image_over_the_byte_limit_is_scaled_down_and_said() -> None:
    noisy = Image.frombytes("RGB", (512, 512), os.urandom(512 * 512 * 3))
    out = io.BytesIO()
    noisy.save(out, "PNG")
    prepared = prepare_input(out.getvalue(), formats=("png",), max_bytes=200_000)
    assert len(prepared.data) <= 200_000
    assert prepared.width < 512
    assert "scaled down" in prepared.changes[-1]


def test_the_mask_is_transparent_where_painted_with_soft_edges_when_feathered() -> None:
    painted = Image.new("L", (64, 64), 0)
    painted.paste(255, (16, 16, 48, 48))
    hard = opened(mask_png(painted)).getchannel("A")
    assert (hard.getpixel((32, 32)), hard.getpixel((2, 2))) == (0, 255)
    soft = opened(mask_png(painted, feather=4)).getchannel("A")
    assert 0 < soft.getpixel((16, 32)) < 255  # the edge is a gradient
    assert opened(mask_png(painted)).size == (64, 64)


def test_keep_unmasked_puts_the_outside_back_and_measures_what_changed() -> None:
    original = png(64, 64, (10, 200, 10, 255))
    edited = png(64, 64, (200, 10, 10, 255))  # the model changed everything
    hole = mask(64, 64, (0, 0, 32, 64))  # only the left half was to change
    kept = keep_unmasked(original, edited, hole, feather=0)
    result = opened(kept.data).convert("RGBA")
    assert result.getpixel((10, 32)) == (200, 10, 10, 255)  # inside: the edit
    assert result.getpixel((50, 32)) == (10, 200, 10, 255)  # outside: the original
    assert kept.changed_outside == pytest.approx(1.0)
    assert opened(kept.heat).getpixel((50, 32))[3] > 0
    untouched = keep_unmasked(original, original, hole)
    assert untouched.changed_outside == 0.0
