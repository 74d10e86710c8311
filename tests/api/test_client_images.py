"""Every endpoint and the main parameters, against the local server over real sockets."""

from __future__ import annotations

import asyncio

import pytest

from studio.api import (
    Completed,
    Endpoint,
    ImageFile,
    ImageRequest,
    ImagesClient,
    NotFound,
    PartialImage,
    SvgOptions,
    dimensions,
)
from studio.config import Provider, ProviderKind
from studio.imaging import DecodingAhead, display_pixels
from studio.localapi import DEMO_KEY, LocalServer
from tests.images import mask, opened, png


@pytest.fixture
async def client(local_provider: Provider):  # type: ignore[no-untyped-def]
    async with ImagesClient(local_provider, DEMO_KEY) as images:
        yield images


@pytest.fixture
async def retired_client(retired_server: LocalServer):  # type: ignore[no-untyped-def]
    """A compatible server that still serves what OpenAI shut down (DALL·E)."""
    provider = Provider("d", "D", ProviderKind.COMPATIBLE, base_url=retired_server.base_url)
    async with ImagesClient(provider, DEMO_KEY) as images:
        yield images


async def test_generate_returns_bytes_with_format_usage_and_request_id(
    client: ImagesClient,
) -> None:
    result = await client.generate(
        "a red fox", model="gpt-image-2.6-sunburst", n=2, size="1536x1024"
    )
    assert len(result.images) == 2
    assert all(image.format == "png" for image in result.images)
    assert dimensions(result.images[0].data) == (1536, 1024)
    assert result.images[0].data != result.images[1].data
    assert (result.size, result.quality, result.output_format) == ("1536x1024", "medium", "png")
    assert result.usage is not None
    assert result.usage.output_tokens > 0
    assert result.usage.input_text_tokens > 0
    assert result.request_id is not None


async def test_different_prompts_give_different_pictures(client: ImagesClient) -> None:
    fox = await client.generate("a fox", size="1024x1024")
    owl = await client.generate("an owl", size="1024x1024")
    assert fox.images[0].data != owl.images[0].data


@pytest.mark.parametrize(
    ("fmt", "kwargs"),
    [
        ("jpeg", {"output_compression": 40}),
        ("webp", {}),
        ("gif", {"frame_count": 3, "model": "gpt-image-2.6-flare"}),
        ("svg", {"model": "gpt-image-2.6-flare", "svg": SvgOptions(reasoning_effort="low")}),
    ],
)
async def test_output_formats_arrive_in_their_format(
    client: ImagesClient, fmt: str, kwargs: dict
) -> None:
    result = await client.generate("a kite", output_format=fmt, size="1024x1024", **kwargs)
    assert result.images[0].format == fmt


async def test_free_sizes_are_made_at_that_size(client: ImagesClient) -> None:
    result = await client.generate("a wide view", model="gpt-image-2", size="1536x864")
    assert dimensions(result.images[0].data) == (1536, 864)


async def test_transparent_backgrounds_have_alpha(client: ImagesClient) -> None:
    result = await client.generate("a sticker", background="transparent", size="1024x1024")
    assert result.background == "transparent"
    assert opened(result.images[0].data).getchannel("A").getextrema()[0] == 0


async def test_dall_e_url_results_are_downloaded_at_once_without_the_key(
    retired_client: ImagesClient,
) -> None:
    # The local server refuses auth headers on its file links, as a storage host may.
    result = await retired_client.generate("a kite", model="dall-e-3", response_format="url")
    assert result.images[0].format == "png"
    assert result.images[0].revised_prompt is not None
    assert result.usage is None


async def test_an_edit_repaints_the_masked_area_and_drifts_a_little_outside(
    client: ImagesClient,
) -> None:
    green = (10, 200, 10, 255)
    base = ImageFile.from_bytes(png(128, 128, green), "base.png")
    hole = ImageFile.from_bytes(mask(128, 128, (0, 0, 64, 64)), "mask.png")
    result = await client.edit("a blue sky", [base], mask=hole, model="gpt-image-2.6-flare")
    picture = opened(result.images[0].data).convert("RGBA")
    assert picture.size == (128, 128)
    outside = picture.getpixel((100, 100))
    assert max(abs(a - b) for a, b in zip(outside, green, strict=True)) < 40  # as real models do
    inside = picture.getpixel((20, 20))
    assert max(abs(a - b) for a, b in zip(inside, green, strict=True)) > 40  # repainted


async def test_an_edit_with_several_images_and_a_markup(client: ImagesClient) -> None:
    images = [ImageFile.from_bytes(png(64, 64), f"{n}.png") for n in range(3)]
    strokes = ImageFile.from_bytes(mask(64, 64, (0, 0, 64, 64)), "markup.png")
    result = await client.edit(
        "join them", images, markup=strokes, model="gpt-image-2.6-flare", n=2
    )
    assert len(result.images) == 2


async def test_a_variation_resembles_its_input(retired_client: ImagesClient) -> None:
    source = png(256, 256, (220, 40, 40, 255))
    result = await retired_client.create_variation(
        ImageFile.from_bytes(source, "source.png"), n=2, size="256x256"
    )
    assert len(result.images) == 2
    red, green, blue, _ = opened(result.images[0].data).convert("RGBA").getpixel((128, 128))
    assert red + green + blue > 0
    assert opened(result.images[0].data).size == (256, 256)


async def test_streaming_sends_partials_in_order_then_the_final_image(
    client: ImagesClient,
) -> None:
    request = ImageRequest(Endpoint.GENERATIONS, "a lighthouse", partial_images=3, size="1024x1024")
    async with client.stream(request) as events:
        received = [event async for event in events]
    partials = [e for e in received if isinstance(e, PartialImage)]
    (final,) = [e for e in received if isinstance(e, Completed)]
    assert [p.index for p in partials] == [0, 1, 2]
    assert received[-1] is final
    assert final.usage is not None
    assert final.usage.output_tokens >= 300  # partial images cost tokens too
    assert final.request_id is not None
    assert len({p.data for p in partials} | {final.image.data}) == 4


async def test_each_partial_is_decoded_ahead_by_the_watch_it_was_told_to(
    client: ImagesClient,
) -> None:
    asked: list[str] = []

    def watch(kind: str) -> DecodingAhead | None:
        asked.append(kind)
        return DecodingAhead(512) if kind.endswith("partial_image") else None

    request = ImageRequest(
        Endpoint.GENERATIONS, "a lighthouse", partial_images=2, size="1536x1024", stream=True
    )
    partials: list[PartialImage] = []

    async def keep(partial: PartialImage) -> None:
        partials.append(partial)

    result = await client.run(request, keep, watch=watch)
    # A line that arrives in one piece is read whole: the small final image may not be asked.
    assert asked[:2] == ["image_generation.partial_image"] * 2
    assert set(asked[2:]) <= {"image_generation.completed"}
    assert result.images
    for partial in partials:
        assert isinstance(partial.watch, DecodingAhead)
        early = await asyncio.wrap_future(partial.watch.result)
        assert early is not None
        assert early.rgba == display_pixels(partial.data, 512).rgba


async def test_streaming_an_edit(client: ImagesClient) -> None:
    request = ImageRequest(
        Endpoint.EDITS,
        "add snow",
        images=(ImageFile.from_bytes(png(64, 64), "a.png"),),
        partial_images=1,
        stream=True,
    )
    async with client.stream(request) as events:
        kinds = [type(event).__name__ async for event in events]
    assert kinds == ["PartialImage", "Completed"]


async def test_an_unknown_model_is_refused_by_the_server_with_404(client: ImagesClient) -> None:
    with pytest.raises(NotFound) as caught:
        await client.generate("x", model="no-such-model")
    assert caught.value.param == "model"
    assert "no-such-model" in caught.value.message
