"""Which pixels an edit changed, with a threshold for encoding noise."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from studio.imaging.difference import HIGHLIGHT, difference
from tests.images import png


def _with_patch(size: tuple[int, int], box: tuple[int, int, int, int], shift: int) -> bytes:
    image = Image.new("RGBA", size, (100, 100, 100, 255))
    image.paste((100 + shift, 100, 100, 255), box)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_the_share_and_the_highlight_show_what_changed() -> None:
    before = png(40, 40, (100, 100, 100, 255))
    result = difference(before, _with_patch((40, 40), (0, 0, 20, 10), 80))
    assert result.changed == 200
    assert result.total == 1600
    assert result.share == pytest.approx(0.125)
    pixels = result.highlight
    assert (pixels.width, pixels.height) == (40, 40)
    first = pixels.rgba[0:4]
    assert tuple(first[:3]) == HIGHLIGHT
    last = pixels.rgba[-4:]
    assert last[0] == last[1] == last[2] != HIGHLIGHT[0]  # unchanged: grey


def test_changes_below_the_threshold_do_not_count() -> None:
    before = png(40, 40, (100, 100, 100, 255))
    small = _with_patch((40, 40), (0, 0, 40, 40), 8)
    assert difference(before, small, threshold=12).changed == 0
    assert difference(before, small, threshold=4).changed == 1600


def test_another_size_is_compared_at_the_first_ones_size() -> None:
    result = difference(png(40, 40), png(80, 80))
    assert result.rescaled
    assert result.changed == 0
    assert (result.highlight.full_width, result.highlight.full_height) == (40, 40)
