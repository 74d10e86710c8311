"""Inputs made acceptable, masks exported, the unmasked area kept — on real pixels."""

from __future__ import annotations

import io
import os

import pytest
from PIL import Image

from studio.imaging import keep_unmasked, markup_png, mask_png, prepare_input
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


def keep_rows(edge: int = 64) -> bytes:
    """Grey-and-alpha rows as the canvas hands them over: 0 inside a painted square."""
    keep = Image.new("L", (edge, edge), 255)
    keep.paste(0, (edge // 4, edge // 4, edge * 3 // 4, edge * 3 // 4))
    return Image.merge("LA", (keep, keep)).tobytes()


def test_the_mask_is_transparent_where_painted_with_soft_edges_when_feathered() -> None:
    rows = keep_rows()
    hard = opened(mask_png(rows, (64, 64), stride=128))
    assert (hard.mode, hard.size) == ("LA", (64, 64))
    alpha = hard.getchannel("A")
    assert (alpha.getpixel((32, 32)), alpha.getpixel((2, 2))) == (0, 255)
    soft = opened(mask_png(rows, (64, 64), stride=128, feather=4)).getchannel("A")
    assert 0 < soft.getpixel((16, 32)) < 255  # the edge is a gradient
    assert mask_png(bytes([255]) * (64 * 64 * 2), (64, 64), stride=128) is None
    assert markup_png(bytes(64 * 64 * 4), (64, 64), stride=256) is None


def test_rows_with_padding_are_read_by_their_stride() -> None:
    rows = b"".join(bytes([0] * 6 + [255, 7]) for _ in range(2))  # 3 wide, 8-byte rows
    alpha = opened(mask_png(rows, (3, 2), stride=8)).getchannel("A")
    assert alpha.tobytes() == bytes(6)


def test_layers_follow_the_base_into_its_dall_e_2_square() -> None:
    prepared = prepare_input(png(96, 64), formats=("png",), max_bytes=10**7, square_png=True)
    assert prepared.box == (0, 16, 96, 64)
    everywhere = bytes(96 * 64 * 2)
    alpha = opened(mask_png(everywhere, (96, 64), stride=192, fit=prepared)).getchannel("A")
    assert alpha.size == (96, 96)
    assert alpha.getpixel((48, 4)) == 255  # the padding is kept as it is
    assert alpha.getpixel((48, 48)) == 0
    red = bytes([255, 0, 0, 255]) * (96 * 64)
    markup = opened(markup_png(red, (96, 64), stride=384, fit=prepared))
    assert markup.getpixel((48, 4))[3] == 0
    assert markup.getpixel((48, 48)) == (255, 0, 0, 255)


def test_keep_unmasked_puts_the_outside_back_and_measures_what_changed() -> None:
    original = png(64, 64, (10, 200, 10, 255))
    edited = png(64, 64, (200, 10, 10, 255))  # the model changed everything
    hole = mask(64, 64, (0, 0, 32, 64))  # only the left half was to change
    kept = keep_unmasked(original, edited, hole, feather=0)
    assert kept is not None
    result = opened(kept.data).convert("RGBA")
    assert result.getpixel((10, 32)) == (200, 10, 10, 255)  # inside: the edit
    assert result.getpixel((50, 32)) == (10, 200, 10, 255)  # outside: the original
    assert kept.changed_outside == pytest.approx(1.0)
    assert opened(kept.heat).getpixel((50, 32))[3] > 0
    untouched = keep_unmasked(original, original, hole)
    assert untouched is not None
    assert untouched.changed_outside == 0.0


def test_keep_unmasked_declines_a_result_of_another_shape() -> None:
    hole = mask(64, 64, (0, 0, 32, 64))
    assert keep_unmasked(png(64, 64), png(96, 64), hole) is None


def test_a_scaled_down_input_says_where_the_original_now_lies() -> None:
    noisy = Image.frombytes("RGB", (256, 128), os.urandom(256 * 128 * 3))
    out = io.BytesIO()
    noisy.save(out, "PNG")
    prepared = prepare_input(out.getvalue(), formats=("png",), max_bytes=60_000)
    assert prepared.box == (0, 0, prepared.width, prepared.height)
