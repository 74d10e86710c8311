"""The client against the local server over loopback: models, auth, unreachable servers."""

import socket
from datetime import date

import pytest

from studio.api import AuthError, ClientOptions, ConnectionFailed, ImagesClient
from studio.config import Provider, ProviderKind
from studio.localapi import DEMO_KEY


async def test_list_models_from_the_local_server(local_provider: Provider) -> None:
    async with ImagesClient(local_provider, DEMO_KEY) as client:
        models = {model.id: model for model in await client.list_models()}
    assert models["gpt-image-1.5"].shutdown_date == date(2026, 12, 1)
    assert models["dall-e-2"].shutdown_date == date(2026, 5, 12)
    assert models["gpt-image-2.6-flare"].shutdown_date is None
    assert models["gpt-image-2.6-flare"].owned_by == "studio-local"
    assert models["gpt-image-2.6-flare"].created


async def test_a_missing_key_is_an_auth_error_with_the_request_id(
    local_provider: Provider,
) -> None:
    async with ImagesClient(local_provider, "") as client:
        with pytest.raises(AuthError) as caught:
            await client.list_models()
    error = caught.value
    assert error.status == 401
    assert error.request_id
    assert error.request_id.startswith("req_")
    assert "API key" in error.message


async def test_an_unreachable_server_says_so() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    provider = Provider("x", "X", ProviderKind.COMPATIBLE, base_url=f"http://127.0.0.1:{port}/v1")
    async with ImagesClient(provider, DEMO_KEY, ClientOptions(max_retries=0)) as client:
        with pytest.raises(ConnectionFailed) as caught:
            await client.list_models()
    assert f"127.0.0.1:{port}" in caught.value.message
    assert "refused" in caught.value.message
