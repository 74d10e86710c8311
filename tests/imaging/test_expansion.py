"""Expanding a canvas: the size each model accepts, where the picture goes, and the mask."""

from __future__ import annotations

import pytest
from PIL import Image

from studio.api import capabilities_for, known_models
from studio.api.capabilities import Endpoint
from studio.imaging import (
    Anchor,
    accepted_size,
    expanded_image,
    expansion_mask,
    keep_unmasked,
    plan_expansion,
)
from tests.images import opened, png

EDITING_MODELS = [m.name for m in known_models() if Endpoint.EDITS in m.endpoints]
WANTED = [(1024, 1024), (2048, 1024), (1000, 750), (5000, 1000), (300, 300), (640, 2400)]


@pytest.mark.parametrize("model", [*EDITING_MODELS, "a-compatible-servers-own-model"])
def test_every_model_gets_a_size_it_accepts(model: str) -> None:
    caps = capabilities_for(model)
    for wanted in WANTED:
        size = accepted_size(caps, *wanted)
        assert size is not None
        assert caps.allows_size(f"{size[0]}x{size[1]}"), (wanted, size)


@pytest.mark.parametrize("model", [m for m in EDITING_MODELS if capabilities_for(m).free_size])
def test_a_free_size_model_keeps_an_allowed_size_and_rounds_to_sixteen(model: str) -> None:
    caps = capabilities_for(model)
    assert accepted_size(caps, 2048, 1024) == (2048, 1024)
    assert accepted_size(caps, 1000, 750) == (1008, 752)
    # 5:1 is refused: the short side grows to 3:1, and the long side fits the largest size.
    width, height = accepted_size(caps, 5000, 1000) or (0, 0)
    assert width / height == pytest.approx(3, abs=0.02)
    assert width <= 3840


@pytest.mark.parametrize(
    ("model", "wanted", "size"),
    [
        ("gpt-image-1.5", (2048, 1024), (1536, 1024)),
        ("gpt-image-1.5", (1000, 1400), (1024, 1536)),
        ("gpt-image-1-mini", (1100, 1000), (1024, 1024)),
        ("dall-e-2", (300, 300), (512, 512)),  # the smallest square that holds it all
        ("dall-e-2", (2048, 1024), (1024, 1024)),
    ],
)
def test_a_fixed_size_model_gets_the_nearest_allowed_size(
    model: str, wanted: tuple[int, int], size: tuple[int, int]
) -> None:
    assert accepted_size(capabilities_for(model), *wanted) == size


EXPECTED_PLACE = {
    Anchor.CENTER: (256, 128),
    Anchor.LEFT: (0, 128),
    Anchor.RIGHT: (512, 128),
    Anchor.TOP: (256, 0),
    Anchor.BOTTOM: (256, 256),
    Anchor.TOP_LEFT: (0, 0),
    Anchor.TOP_RIGHT: (512, 0),
    Anchor.BOTTOM_LEFT: (0, 256),
    Anchor.BOTTOM_RIGHT: (512, 256),
}


@pytest.mark.parametrize("anchor", list(Anchor))
def test_every_anchor_places_the_picture(anchor: Anchor) -> None:
    plan = plan_expansion(capabilities_for("gpt-image-2"), (1024, 768), (1536, 1024), anchor)
    assert plan.canvas == (1536, 1024)
    assert plan.box == (*EXPECTED_PLACE[anchor], 1024, 768)


def test_an_offset_places_the_picture_in_proportion_when_the_canvas_shrinks() -> None:
    caps = capabilities_for("gpt-image-1.5")
    plan = plan_expansion(caps, (1024, 1024), (2048, 1024), offset=(1024, 0))
    # 2048x1024 becomes 1536x1024: the picture shrinks to 768 and stays at the right.
    assert plan.canvas == (1536, 1024)
    assert plan.box == (768, 0, 768, 768 * 1024 // 1024)
    assert plan.changes
    assert "1536x1024" in plan.changes[0]


def test_a_canvas_smaller_than_the_picture_is_refused() -> None:
    with pytest.raises(ValueError, match="cut"):
        plan_expansion(capabilities_for("gpt-image-2"), (1024, 1024), (1024, 512))


def _alpha(mask: bytes) -> Image.Image:
    image = opened(mask)
    assert image.mode == "LA"
    return image.getchannel("A")


@pytest.mark.parametrize("anchor", list(Anchor))
def test_the_mask_is_transparent_over_the_new_area_and_the_seam_only(anchor: Anchor) -> None:
    seam = 24
    plan = plan_expansion(
        capabilities_for("gpt-image-2"), (640, 480), (1024, 768), anchor, seam=seam
    )
    left, top, width, height = plan.box
    alpha = _alpha(expansion_mask(plan))
    assert alpha.size == plan.canvas
    meets = plan.sides()
    inner = (
        left + (seam if meets[0] else 0),
        top + (seam if meets[1] else 0),
        left + width - (seam if meets[2] else 0),
        top + height - (seam if meets[3] else 0),
    )
    pixels = alpha.load()
    for y in range(0, plan.canvas[1], 4):
        for x in range(0, plan.canvas[0], 4):
            inside = left <= x < left + width and top <= y < top + height
            kept = inner[0] <= x < inner[2] and inner[1] <= y < inner[3]
            value = pixels[x, y]
            if not inside:
                assert value == 0, (x, y)
            elif kept:
                assert value == 255, (x, y)
            else:
                assert value < 255, (x, y)  # the seam: softening towards the picture
    # The seam rises from transparent at the picture's edge to nearly opaque at its depth.
    if meets[0]:
        row = top + height // 2
        ramp = [pixels[left + i, row] for i in range(seam)]
        assert ramp[0] == 0
        assert ramp == sorted(ramp)
        assert ramp[-1] > 200


def test_the_canvas_holds_the_picture_at_its_place_and_is_clear_elsewhere() -> None:
    plan = plan_expansion(capabilities_for("gpt-image-2"), (640, 480), (1280, 640), Anchor.RIGHT)
    canvas = opened(expanded_image(png(640, 480, (10, 200, 30, 255)), plan))
    assert (canvas.mode, canvas.size) == ("RGBA", (1280, 640))
    assert canvas.getpixel((100, 100))[3] == 0
    assert canvas.getpixel((1000, 320)) == (10, 200, 30, 255)
    assert canvas.getpixel((1000, 20))[3] == 0  # above the picture, which is centred down


def test_keep_unmasked_puts_the_original_back_beyond_the_seam() -> None:
    plan = plan_expansion(
        capabilities_for("gpt-image-2"), (640, 640), (1280, 640), Anchor.LEFT, seam=8
    )
    canvas = expanded_image(png(640, 640, (10, 200, 30, 255)), plan)
    result = png(1280, 640, (250, 250, 250, 255))  # the model repainted everything
    kept = keep_unmasked(canvas, result, expansion_mask(plan), feather=0)
    assert kept is not None
    image = opened(kept.data)
    assert image.getpixel((100, 320)) == (10, 200, 30, 255)
    assert image.getpixel((1200, 320)) == (250, 250, 250, 255)


def test_a_much_larger_fixed_size_keeps_the_layout_and_rounding_keeps_the_pixels() -> None:
    plan = plan_expansion(capabilities_for("gpt-image-1.5"), (512, 512), (768, 512), Anchor.LEFT)
    assert plan.canvas == (1536, 1024)
    assert plan.box == (0, 0, 1024, 1024)
    rounded = plan_expansion(capabilities_for("gpt-image-2"), (1000, 750), (1000, 750 + 1))
    assert rounded.canvas == (1008, 752)
    assert rounded.picture == (1000, 750)


def test_a_canvas_below_the_fewest_pixels_grows_with_the_picture() -> None:
    caps = capabilities_for("gpt-image-2")
    if caps.allows_size("128x64"):
        pytest.skip("the capability table has no least number of pixels")
    plan = plan_expansion(caps, (64, 64), (128, 64), Anchor.LEFT)
    assert caps.allows_size(f"{plan.canvas[0]}x{plan.canvas[1]}")
    assert plan.canvas[0] == 2 * plan.canvas[1]
    assert plan.box == (0, 0, plan.canvas[1], plan.canvas[1])  # half the canvas, as laid out
