"""A server that wants harm or never finishes: links into the user's network, endless or slow
downloads, answers that drip forever, words that would mislead a terminal or leak a key."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.api import (
    BadResponse,
    ClientOptions,
    Endpoint,
    ImageRequest,
    ImagesClient,
    InvalidRequest,
    Timeout,
)
from studio.config import Provider, ProviderKind, setup_logging
from studio.localapi import DEMO_KEY, Fault, FaultKind, FaultPlan, LocalServer

URL_REQUEST = ImageRequest(Endpoint.GENERATIONS, "a kite", model="dall-e-3", response_format="url")


@pytest.fixture
def dalle_provider(retired_server: LocalServer) -> Provider:
    """Links come with DALL·E's ``url`` results: a compatible server that still serves it."""
    return Provider("old", "Old", ProviderKind.COMPATIBLE, base_url=retired_server.base_url)


@pytest.fixture
def dalle_faults(retired_server: LocalServer) -> Iterator[FaultPlan]:
    yield retired_server.faults
    retired_server.faults.clear()


def client_for(provider: Provider, **options: float) -> ImagesClient:
    return ImagesClient(provider, DEMO_KEY, ClientOptions(**options))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://169.254.169.254/latest/meta-data/", "private or local address (169.254.169.254)"),
        ("https://10.1.2.3/image.png", "private or local address (10.1.2.3)"),
        ("https://192.168.1.1/image.png", "private or local address (192.168.1.1)"),
        ("https://127.0.0.2/image.png", "private or local address (127.0.0.2)"),
        ("https://[::1]/image.png", "private or local address (::1)"),
        ("https://[::ffff:10.0.0.1]/image.png", "private or local address"),
        ("https://0.0.0.0/image.png", "private or local address (0.0.0.0)"),
        ("http://93.184.215.14/image.png", "is not https"),
        ("file:///etc/passwd", "is not an https link"),
        ("https://user:pw@203.0.113.9/image.png", "holds a user name or password"),
    ],
)
async def test_links_into_the_users_network_are_not_followed(
    dalle_provider: Provider, dalle_faults: FaultPlan, url: str, words: str
) -> None:
    dalle_faults.add(Fault(FaultKind.URL, url=url))
    async with client_for(dalle_provider) as client:
        with pytest.raises(BadResponse) as caught:
            await client.run(URL_REQUEST)
    assert caught.value.message.startswith("Studio did not download the image from ")
    assert words in caught.value.message
    assert "pw@" not in caught.value.message


async def test_a_link_to_the_dalle_providers_own_host_is_followed(
    dalle_provider: Provider,
) -> None:
    async with client_for(dalle_provider) as client:
        result = await client.run(URL_REQUEST)
    assert result.images[0].format == "png"


async def test_an_endless_download_is_cut_at_the_size_cap(
    dalle_provider: Provider, dalle_faults: FaultPlan
) -> None:
    dalle_faults.add(Fault(FaultKind.HUGE_DOWNLOAD))
    async with client_for(dalle_provider, max_download_bytes=4_000_000) as client:
        with pytest.raises(BadResponse, match="sent more than 4 MB"):
            await client.run(URL_REQUEST)


async def test_a_slow_download_is_stopped_in_time(
    dalle_provider: Provider, dalle_faults: FaultPlan
) -> None:
    dalle_faults.add(Fault(FaultKind.SLOW_DOWNLOAD, seconds=0.2))
    started = time.monotonic()
    async with client_for(dalle_provider, download_timeout=1.0) as client:
        with pytest.raises(Timeout, match="did not arrive within 1 s"):
            await client.run(URL_REQUEST)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("stream", [False, True])
async def test_an_answer_that_drips_forever_ends_at_the_deadline(
    dalle_provider: Provider, dalle_faults: FaultPlan, stream: bool
) -> None:
    dalle_faults.add(Fault(FaultKind.DRIP, seconds=0.1))
    request = ImageRequest(Endpoint.GENERATIONS, "x", stream=stream)
    started = time.monotonic()
    async with client_for(dalle_provider) as client:
        with pytest.raises(Timeout, match=r"stopped after 1\.5 s"):
            await client.run(request, deadline=1.5)
    assert 1.4 < time.monotonic() - started < 5


async def test_a_plain_send_has_the_overall_deadline_too(
    dalle_provider: Provider, dalle_faults: FaultPlan
) -> None:
    dalle_faults.add(Fault(FaultKind.DRIP, seconds=0.1))
    async with client_for(dalle_provider, deadline=1.0) as client:
        with pytest.raises(Timeout, match="did not finish answering within 1 s"):
            await client.send(ImageRequest(Endpoint.GENERATIONS, "x"))


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(tmp_path / "studio.log", console=False)
    yield tmp_path / "studio.log"
    for added in set(root.handlers) - set(before):
        root.removeHandler(added)
        added.close()


async def test_signed_links_never_reach_the_log(dalle_provider: Provider, log_file: Path) -> None:
    async with client_for(dalle_provider) as client:
        await client.run(URL_REQUEST)
    written = await asyncio.to_thread(log_file.read_text)
    assert "/_local/files/" in written  # the download was logged…
    assert "sig=" not in written  # …without its signature
    assert "?[REDACTED]" in written


async def test_a_hostile_error_message_is_one_clean_line_without_the_key(
    dalle_provider: Provider, dalle_faults: FaultPlan, log_file: Path
) -> None:
    key = "corp-gateway-token-0123456789"  # no sk- shape: known because Studio holds it
    dalle_faults.add(Fault(FaultKind.HOSTILE_ERROR))
    async with ImagesClient(dalle_provider, key) as client:
        with pytest.raises(InvalidRequest) as caught:
            await client.run(ImageRequest(Endpoint.GENERATIONS, "x"))
        logging.getLogger("studio.test").warning("failed: %s", caught.value.message)
    message = caught.value.message
    assert key not in message
    assert "…6789" in message
    assert message.isprintable()
    assert "Invalid request from key" in message
    assert len(message) < 400
    assert key not in await asyncio.to_thread(log_file.read_text)
