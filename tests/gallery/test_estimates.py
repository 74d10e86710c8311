"""Estimates before sending: listed per-image prices, token prices, ranges and "unknown"."""

from __future__ import annotations

import pytest

from studio.api import Endpoint, ImageFile, ImageRequest
from studio.gallery import Pricing
from studio.gallery.estimates import estimate, total
from studio.gallery.pricing import PARTIAL_IMAGE_TOKENS
from tests.images import png

PRICING = Pricing.load()


def ask(prompt: str = "a red fox in the snow", **params: object) -> ImageRequest:
    return ImageRequest(Endpoint.GENERATIONS, prompt, **params)


def test_a_listed_size_and_quality_costs_the_listed_price_times_n() -> None:
    found = estimate(ask(model="dall-e-3", size="1024x1024", quality="hd", n=3), PRICING)
    assert found.cost is not None
    assert found.cost.low == pytest.approx(0.24)
    assert found.cost.high == pytest.approx(0.24)
    assert found.text == "$0.240"
    assert found.output_tokens is None  # priced per image: no tokens to show


def test_dalle_defaults_are_its_own() -> None:
    found = estimate(ask(model="dall-e-3"), PRICING)
    assert found.text == "$0.040"


def test_auto_quality_is_a_range_over_the_listed_qualities() -> None:
    found = estimate(ask(model="gpt-image-1.5", size="1024x1024"), PRICING)
    assert found.cost is not None
    assert found.cost.low == pytest.approx(0.009, abs=1e-4)
    assert found.cost.high == pytest.approx(0.133, abs=1e-4)
    assert found.text == "$0.009 to $0.133"
    assert found.output_tokens is not None
    assert (found.output_tokens.low, found.output_tokens.high) == (272, 4160)


def test_an_unlisted_size_is_priced_by_tokens_scaled_by_pixels() -> None:
    found = estimate(ask(model="gpt-image-1", size="2048x2048", quality="medium"), PRICING)
    assert found.output_tokens is not None
    assert found.output_tokens.low == pytest.approx(4 * 1056)
    assert found.cost is not None
    assert found.cost.low == pytest.approx(4 * 1056 * 40 / 1e6, rel=0.01)
    assert "token prices" in found.basis


def test_partial_images_add_their_tokens() -> None:
    plain = estimate(ask(model="gpt-image-1", size="1024x1024", quality="low"), PRICING)
    streamed = estimate(
        ask(model="gpt-image-1", size="1024x1024", quality="low", stream=True, partial_images=3),
        PRICING,
    )
    assert plain.cost is not None
    assert streamed.cost is not None
    extra = 3 * PARTIAL_IMAGE_TOKENS * 40 / 1e6
    assert streamed.cost.low - plain.cost.low == pytest.approx(extra)


def test_input_images_cost_a_range_and_low_fidelity_narrows_it() -> None:
    image = ImageFile.from_bytes(png(1024, 1024))
    edit = ImageRequest(Endpoint.EDITS, "a hat", model="gpt-image-1", images=(image,))
    low = ImageRequest(
        Endpoint.EDITS, "a hat", model="gpt-image-1", images=(image,), input_fidelity="low"
    )
    wide, narrow = estimate(edit, PRICING), estimate(low, PRICING)
    assert wide.input_tokens.high - narrow.input_tokens.high == pytest.approx(4160)
    assert narrow.input_tokens.low > 65


def test_an_unknown_model_or_price_is_unknown_never_a_guess() -> None:
    for model in ("someone-elses-model", "gpt-image-2"):
        found = estimate(ask(model=model, size="1024x1024", quality="high"), PRICING)
        assert found.cost is None
        assert found.text == "unknown"
        assert found.as_json()["cost_usd"] is None


def test_batch_halves_and_totals_count_the_unknown() -> None:
    live = estimate(ask(model="dall-e-3", size="1024x1024"), PRICING)
    halved = estimate(ask(model="dall-e-3", size="1024x1024"), PRICING, batch=True)
    assert halved.cost is not None
    assert live.cost is not None
    assert halved.cost.low == pytest.approx(live.cost.low / 2)
    together = total([live, halved, estimate(ask(model="mystery"), PRICING)])
    assert together.requests == 3
    assert together.unknown == 1
    assert together.cost.low == pytest.approx(0.06)
    assert together.text == "$0.060 + 1 unknown"
