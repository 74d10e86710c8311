"""Costs that match the bill: 2.6 token prices, every output token as image output, partial
images counted once, unknown prices unknown."""

from __future__ import annotations

import json

import pytest

from studio.api import Usage
from studio.config import resource
from studio.gallery import Pricing


def test_the_2_6_models_have_the_references_prices_and_the_date_read() -> None:
    pricing = Pricing.load()
    for model in ("gpt-image-2.6-sunburst", "gpt-image-2.6-flare"):
        prices = pricing.tokens(model)
        assert prices is not None
        assert (prices.text_input, prices.image_input, prices.image_output) == (5.0, 8.0, 30.0)
        assert (prices.text_input_cached, prices.image_input_cached) == (1.25, 2.0)
        assert pricing.recorded(model) == "2026-12-01"


@pytest.mark.parametrize(
    "model", ["gpt-image-2", "gpt-image-2.5-sunburst", "gpt-image-2.5-flare-2026-09-08"]
)
def test_models_without_published_prices_cost_unknown(model: str) -> None:
    usage = Usage(input_tokens=10, output_tokens=1000, input_text_tokens=10)
    assert Pricing.load().estimate(model, usage) is None


def test_all_output_tokens_are_image_output_even_without_details() -> None:
    # The Images endpoints send usage without output_tokens_details.
    usage = Usage.from_json(
        {
            "input_tokens": 50,
            "input_tokens_details": {"text_tokens": 20, "image_tokens": 30},
            "output_tokens": 1_000_000,
            "total_tokens": 1_000_050,
        }
    )
    cost = Pricing.load().estimate("gpt-image-2.6-flare", usage)
    assert cost == pytest.approx(30.0 + (20 * 5.0 + 30 * 8.0) / 1e6)


def test_reported_usage_already_holds_the_partial_images() -> None:
    # 1056 tokens for the image and 2 partials of 100 each, as the completed event reports.
    usage = Usage(input_tokens=4, output_tokens=1256, input_text_tokens=4)
    with_partials = Pricing.load().estimate("gpt-image-2.6-flare", usage, partials=2)
    assert with_partials == pytest.approx((4 * 5.0 + 1256 * 30.0) / 1e6)


def test_partials_are_added_to_a_per_image_estimate() -> None:
    pricing = Pricing.load()
    plain = pricing.estimate("gpt-image-1.5", None, size="1024x1024", quality="low")
    streamed = pricing.estimate("gpt-image-1.5", None, size="1024x1024", quality="low", partials=3)
    assert plain == 0.009
    assert streamed == pytest.approx(0.009 + 3 * 100 * 32.0 / 1e6)


def test_every_priced_model_is_one_the_tables_know() -> None:
    from studio.api import table_models

    raw = json.loads(resource("pricing.json").read_text("utf-8"))
    assert set(raw["models"]) <= set(table_models())


async def test_the_local_server_reports_partials_inside_usage(local_provider) -> None:  # type: ignore[no-untyped-def]
    from studio.api import Endpoint, ImageRequest, ImagesClient
    from studio.localapi import DEMO_KEY

    common = {"model": "gpt-image-2.6-flare", "size": "1024x1024", "quality": "low"}
    async with ImagesClient(local_provider, DEMO_KEY) as client:
        plain = await client.generate("a kite", **common)
        streamed = await client.run(
            ImageRequest(Endpoint.GENERATIONS, "a kite", stream=True, partial_images=2, **common)
        )
    assert plain.usage is not None
    assert streamed.usage is not None
    assert streamed.usage.output_tokens == plain.usage.output_tokens + 200
    pricing = Pricing.load()
    difference = pricing.estimate(
        "gpt-image-2.6-flare", streamed.usage, partials=2
    ) - pricing.estimate("gpt-image-2.6-flare", plain.usage)  # type: ignore[operator]
    assert difference == pytest.approx(200 * 30.0 / 1e6)
