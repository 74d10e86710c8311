"""The client and model lifecycle over real sockets: a gone model is a sentence naming its
replacement, and no request stands on a shut-down default."""

from __future__ import annotations

from datetime import date

import httpx2
import pytest

from studio.api import (
    DEFAULT_MODEL,
    ClientOptions,
    Endpoint,
    ImageRequest,
    ImagesClient,
    ModelGone,
    NotFound,
)
from studio.config import Provider, ProviderKind
from studio.localapi import DEMO_KEY, LocalServer

GONE = (
    "gpt-image-1.5 was shut down on 2026-12-01. Use gpt-image-2.6-sunburst (detailed) or "
    "gpt-image-2.6-flare (fast) instead."
)


async def test_a_shut_down_model_is_model_gone_with_its_replacement(
    local_provider: Provider,
) -> None:
    options = ClientOptions(today=date(2026, 12, 1))
    async with ImagesClient(local_provider, DEMO_KEY, options) as client:
        with pytest.raises(ModelGone) as caught:
            await client.generate("a fox", model="gpt-image-1.5")
    error = caught.value
    assert isinstance(error, NotFound)
    assert str(error) == GONE
    assert (error.model, error.replacement) == ("gpt-image-1.5", "gpt-image-2.6-sunburst")
    assert error.status == 404
    assert error.request_id
    assert error.request_id.startswith("req_")
    assert "shut down" in error.detail  # the server's own words are kept


async def test_a_streamed_request_for_a_gone_model_is_model_gone(
    local_provider: Provider,
) -> None:
    request = ImageRequest(Endpoint.GENERATIONS, "a fox", model="chatgpt-image-latest", stream=True)
    async with ImagesClient(local_provider, DEMO_KEY) as client:
        with pytest.raises(ModelGone) as caught:
            await client.run(request)
    assert caught.value.model == "chatgpt-image-latest"
    assert caught.value.replacement == "gpt-image-2.6-sunburst"


async def test_openai_is_not_even_asked_for_a_model_the_table_knows_is_gone() -> None:
    # This server still serves gpt-image-1.5 (its day is before the shutdown): only the
    # client's own check can refuse the request.
    with LocalServer(today=date(2026, 6, 1)) as server:
        provider = Provider("o", "OpenAI", ProviderKind.OPENAI, base_url=server.base_url)
        today = ClientOptions(today=date(2026, 12, 1))
        async with ImagesClient(provider, DEMO_KEY, today) as client:
            with pytest.raises(ModelGone) as caught:
                await client.generate("a fox", model="gpt-image-1.5")
            assert str(caught.value) == GONE
        before = ClientOptions(today=date(2026, 11, 30))
        async with ImagesClient(provider, DEMO_KEY, before) as client:
            result = await client.generate("a fox", model="gpt-image-1.5")
        assert len(result.images) == 1


async def test_a_compatible_server_may_still_serve_an_old_model(
    retired_server: LocalServer,
) -> None:
    provider = Provider("c", "C", ProviderKind.COMPATIBLE, base_url=retired_server.base_url)
    options = ClientOptions(today=date(2026, 12, 1))
    async with ImagesClient(provider, DEMO_KEY, options) as client:
        result = await client.generate("a fox", model="dall-e-3")
    assert len(result.images) == 1


async def test_a_request_without_a_model_names_studios_default(local_server: LocalServer) -> None:
    # The local server, like the API, falls back on gpt-image-1.5 when no model is sent: and
    # that model is gone.
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {DEMO_KEY}"}) as raw:
        answer = await raw.post(local_server.base_url + "/images/generations", json={"prompt": "x"})
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "model_not_found"
    assert answer.json()["error"]["param"] == "model"

    provider = Provider("c", "C", ProviderKind.COMPATIBLE, base_url=local_server.base_url)
    async with ImagesClient(provider, DEMO_KEY) as client:
        result = await client.send(ImageRequest(Endpoint.GENERATIONS, "a fox"))
    assert len(result.images) == 1
    assert local_server.received[-1].model == DEFAULT_MODEL == "gpt-image-2.6-flare"


async def test_an_unknown_model_is_gone_without_a_replacement(local_provider: Provider) -> None:
    async with ImagesClient(local_provider, DEMO_KEY) as client:
        with pytest.raises(ModelGone) as caught:
            await client.generate("a fox", model="gpt-image-9")
    assert caught.value.replacement is None
    assert "does not offer gpt-image-9" in str(caught.value)
