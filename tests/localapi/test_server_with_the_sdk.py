"""The official SDK, as an independent client, calls the local server and reads its answers."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator

import openai
import pytest

from studio.api import dimensions, sniff
from studio.localapi import DEMO_KEY, Fault, FaultKind, FaultPlan, LocalServer
from tests.images import mask, png


@pytest.fixture
async def sdk(local_server: LocalServer) -> AsyncIterator[openai.AsyncOpenAI]:
    client = openai.AsyncOpenAI(api_key=DEMO_KEY, base_url=local_server.base_url, max_retries=0)
    yield client
    await client.close()


async def test_the_sdk_lists_the_models_with_their_shutdown_dates(
    sdk: openai.AsyncOpenAI,
) -> None:
    models = {model.id: model async for model in sdk.models.list()}
    assert models["gpt-image-1.5"].shutdown_date == "2026-12-01"
    assert models["gpt-image-2.6-flare"].shutdown_date is None
    one = await sdk.models.retrieve("gpt-image-1")
    assert one.shutdown_date == "2026-10-23"


async def test_the_sdk_is_refused_a_shut_down_model(sdk: openai.AsyncOpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as gone:
        await sdk.images.generate(prompt="a fox", model="gpt-image-1.5")
    assert gone.value.code == "model_not_found"
    assert gone.value.param == "model"


async def test_the_sdk_generates(sdk: openai.AsyncOpenAI) -> None:
    result = await sdk.images.generate(
        prompt="a fox", model="gpt-image-2.6-flare", size="1024x1536", quality="low", n=2
    )
    assert result.data is not None
    assert len(result.data) == 2
    data = base64.b64decode(result.data[0].b64_json or "")
    assert dimensions(data) == (1024, 1536)
    assert (result.size, result.quality, result.output_format) == ("1024x1536", "low", "png")
    assert result.usage is not None
    assert result.usage.output_tokens > 0


async def test_the_sdk_reads_our_stream(sdk: openai.AsyncOpenAI) -> None:
    stream = await sdk.images.generate(
        prompt="a fox", model="gpt-image-2.6-sunburst", stream=True, partial_images=2
    )
    events = [event async for event in stream]
    assert [event.type for event in events] == [
        "image_generation.partial_image",
        "image_generation.partial_image",
        "image_generation.completed",
    ]
    assert [event.partial_image_index for event in events[:2]] == [0, 1]
    assert events[-1].usage.total_tokens > 0
    assert sniff(base64.b64decode(events[-1].b64_json)) == "png"


async def test_the_sdk_edits_with_a_mask_and_streams_it(sdk: openai.AsyncOpenAI) -> None:
    stream = await sdk.images.edit(
        image=[("a.png", png(64, 64), "image/png"), ("b.png", png(64, 64), "image/png")],
        mask=("m.png", mask(64, 64, (0, 0, 32, 32)), "image/png"),
        prompt="a hat",
        model="gpt-image-2.6-flare",
        stream=True,
        partial_images=1,
    )
    events = [event async for event in stream]
    assert [event.type for event in events] == ["image_edit.partial_image", "image_edit.completed"]


@pytest.mark.filterwarnings("ignore:deprecated:DeprecationWarning")  # the SDK's, for dall-e-2
async def test_the_sdk_makes_a_variation_where_dalle_is_still_served(
    retired_server: LocalServer,
) -> None:
    async with openai.AsyncOpenAI(
        api_key=DEMO_KEY, base_url=retired_server.base_url, max_retries=0
    ) as sdk:
        result = await sdk.images.create_variation(
            image=("v.png", png(256, 256), "image/png"), n=1, response_format="b64_json"
        )
    assert result.data is not None
    assert dimensions(base64.b64decode(result.data[0].b64_json or "")) == (256, 256)


async def test_the_sdk_raises_its_own_errors_from_our_bodies(
    sdk: openai.AsyncOpenAI, faults: FaultPlan
) -> None:
    with pytest.raises(openai.BadRequestError) as bad:
        await sdk.images.generate(prompt="x", model="gpt-image-2", size="1000x1000")
    assert bad.value.param == "size"
    assert bad.value.request_id
    with pytest.raises(openai.NotFoundError):
        await sdk.images.generate(prompt="x", model="not-a-model")
    faults.add(Fault(FaultKind.RATE_LIMIT, seconds=0.1))
    with pytest.raises(openai.RateLimitError):
        await sdk.images.generate(prompt="x", model="gpt-image-2")
    faults.add(Fault(FaultKind.MODERATION))
    with pytest.raises(openai.BadRequestError) as refused:
        await sdk.images.generate(prompt="x", model="gpt-image-2")
    assert refused.value.code == "moderation_blocked"
