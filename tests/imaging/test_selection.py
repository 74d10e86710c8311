"""Selecting by colour, growing, shrinking, feathering and loading selections."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from studio.imaging import (
    Combine,
    NotAnImage,
    combine,
    feather,
    grow,
    load_selection,
    select_colour,
    share_selected,
)
from tests.images import mask

SIZE = (64, 48)


def two_red_squares() -> bytes:
    """Grey, with two red squares apart (one slightly off-red) and a blue bar."""
    image = Image.new("RGBA", SIZE, (128, 128, 128, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, 13, 13), fill=(220, 20, 20, 255))  # 10x10
    draw.rectangle((40, 30, 49, 39), fill=(210, 30, 25, 255))  # 10x10, near the first red
    draw.rectangle((0, 20, 63, 23), fill=(0, 0, 255, 255))  # a bar across
    return image.tobytes()


def pixel(selection: bytes, x: int, y: int, width: int = SIZE[0]) -> int:
    return selection[y * width + x]


def test_contiguous_selection_takes_only_the_clicked_region() -> None:
    selected = select_colour(two_red_squares(), SIZE, (6, 6), tolerance=20, contiguous=True)
    assert selected.count(255) == 100
    assert pixel(selected, 8, 8) == 255
    assert pixel(selected, 45, 35) == 0


def test_global_selection_takes_every_close_colour_within_the_tolerance() -> None:
    rgba = two_red_squares()
    assert select_colour(rgba, SIZE, (6, 6), tolerance=20, contiguous=False).count(255) == 200
    # Tolerance 5 tells 220,20,20 from 210,30,25.
    assert select_colour(rgba, SIZE, (6, 6), tolerance=5, contiguous=False).count(255) == 100


def test_contiguous_fill_goes_round_corners_but_not_through_a_bar() -> None:
    image = Image.new("RGBA", SIZE, (255, 255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 20, 63, 23), fill=(0, 0, 0, 255))  # the grey area is cut in two
    draw.rectangle((20, 0, 22, 15), fill=(0, 0, 0, 255))  # a wall with a way round below it
    selected = select_colour(image.tobytes(), SIZE, (2, 2), tolerance=10)
    assert pixel(selected, 40, 2) == 255  # reached round the wall
    assert pixel(selected, 21, 5) == 0  # the wall itself
    assert pixel(selected, 10, 30) == 0  # below the bar
    assert selected.count(255) == 64 * 20 - 3 * 16


def test_selection_is_scaled_to_the_layer() -> None:
    selected = select_colour(two_red_squares(), SIZE, (6, 6), tolerance=20, out_size=(128, 96))
    assert len(selected) == 128 * 96
    assert selected.count(255) == 400


def test_add_and_cut() -> None:
    rgba = two_red_squares()
    first = select_colour(rgba, SIZE, (6, 6), tolerance=20)
    second = select_colour(rgba, SIZE, (45, 35), tolerance=20)
    both = combine(first, second, Combine.ADD)
    assert both.count(255) == 200
    assert combine(both, first, Combine.CUT).count(255) == 100
    assert combine(both, first, Combine.REPLACE) == first


def test_grow_and_shrink_by_pixels() -> None:
    square = bytearray(64 * 64)
    for y in range(20, 30):
        square[y * 64 + 20 : y * 64 + 30] = b"\xff" * 10
    grown = grow(bytes(square), (64, 64), 3)
    assert grown.count(255) == 16 * 16
    assert pixel(grown, 17, 17, 64) == 255
    assert pixel(grown, 16, 16, 64) == 0
    shrunk = grow(bytes(square), (64, 64), -3)
    assert shrunk.count(255) == 4 * 4
    assert grow(grown, (64, 64), -3) == bytes(square)


def test_shrinking_does_not_eat_in_from_the_picture_edge() -> None:
    everything = b"\xff" * (32 * 32)
    assert grow(everything, (32, 32), -5) == everything


def test_feather_softens_the_edge_only() -> None:
    square = bytearray(64 * 64)
    for y in range(16, 48):
        square[y * 64 + 16 : y * 64 + 48] = b"\xff" * 32
    soft = feather(bytes(square), (64, 64), 3)
    assert pixel(soft, 32, 32, 64) == 255
    assert 0 < pixel(soft, 16, 32, 64) < 255
    assert pixel(soft, 2, 2, 64) == 0


def test_loading_an_api_mask_and_an_images_alpha() -> None:
    api_mask = mask(32, 32, (0, 0, 16, 32))  # transparent (to change) on the left
    loaded = load_selection(api_mask, (32, 32))
    assert pixel(loaded, 4, 4, 32) == 255
    assert pixel(loaded, 28, 4, 32) == 0
    cut_out = Image.new("RGBA", (16, 16), (0, 0, 0, 0))
    cut_out.paste((200, 10, 10, 255), (0, 0, 8, 16))
    out = io.BytesIO()
    cut_out.save(out, "PNG")
    from_alpha = load_selection(out.getvalue(), (32, 32), from_alpha=True)
    assert share_selected(from_alpha) == 0.5
    assert pixel(from_alpha, 4, 4, 32) == 255


def test_a_file_that_is_no_picture_is_said() -> None:
    with pytest.raises(NotAnImage, match="not an image"):
        load_selection(b"not a picture", (8, 8))


def test_grow_reaches_the_picture_edges_alike() -> None:
    half = bytearray(16 * 8)
    for y in range(8):
        half[y * 16 : y * 16 + 8] = b"\xff" * 8  # the left half, every row
    grown = grow(bytes(half), (16, 8), 2)
    assert [grown[y * 16 : y * 16 + 16].count(255) for y in range(8)] == [10] * 8
