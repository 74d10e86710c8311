"""Every fault mode, retries and their timing, cancellation mid-stream."""

from __future__ import annotations

import asyncio
import time

import pytest

from studio.api import (
    ClientOptions,
    Completed,
    Endpoint,
    ImageRequest,
    ImagesClient,
    ModerationBlocked,
    PartialImage,
    RateLimited,
    ServerError,
    StreamEvent,
    StreamInterrupted,
    Timeout,
)
from studio.config import Provider
from studio.localapi import DEMO_KEY, Fault, FaultKind, FaultPlan, LocalServer, ServerOptions

STREAM = ImageRequest(Endpoint.GENERATIONS, "a lighthouse", partial_images=3, size="1024x1024")


def client_for(provider: Provider, **options: float) -> ImagesClient:
    return ImagesClient(provider, DEMO_KEY, ClientOptions(**options))  # type: ignore[arg-type]


async def drain(
    client: ImagesClient, request: ImageRequest, into: list[StreamEvent] | None = None
) -> list[StreamEvent]:
    """Every event of a stream, appended to ``into`` as they arrive."""
    received = [] if into is None else into
    async with client.stream(request) as events:
        async for event in events:
            received.append(event)
    return received


async def test_a_429_is_retried_after_retry_after_then_succeeds(
    local_provider: Provider, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.RATE_LIMIT, seconds=0.4))
    started = time.monotonic()
    async with client_for(local_provider) as client:
        result = await client.generate("x", size="1024x1024")
    assert len(result.images) == 1
    assert 0.4 <= time.monotonic() - started < 3


async def test_a_429_that_persists_becomes_rate_limited_with_the_wait(
    local_provider: Provider, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.RATE_LIMIT, times=5, seconds=0.05))
    async with client_for(local_provider, max_retries=1) as client:
        with pytest.raises(RateLimited) as caught:
            await client.generate("x")
    assert caught.value.status == 429
    assert caught.value.retry_after == pytest.approx(0.05)
    assert caught.value.request_id


async def test_server_errors_are_retried_twice_with_backoff(
    local_provider: Provider, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.SERVER_ERROR, times=3))
    started = time.monotonic()
    async with client_for(local_provider) as client:
        with pytest.raises(ServerError):
            await client.generate("x")
    elapsed = time.monotonic() - started
    assert 0.375 + 0.75 <= elapsed < 3  # 0.5 s then 1 s, each up to 25 % shorter
    assert faults.take() is None  # all three attempts used up the fault


async def test_moderation_is_not_retried(local_provider: Provider, faults: FaultPlan) -> None:
    faults.add(Fault(FaultKind.MODERATION, times=2))
    async with client_for(local_provider) as client:
        with pytest.raises(ModerationBlocked) as caught:
            await client.generate("x")
    assert caught.value.code == "moderation_blocked"
    assert faults.take() is not None  # the second planned refusal was never asked for


async def test_a_cut_stream_keeps_the_last_partial_and_is_not_retried(
    local_provider: Provider, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=2))
    received: list[StreamEvent] = []
    async with client_for(local_provider) as client:
        with pytest.raises(StreamInterrupted) as caught:
            await drain(client, STREAM, received)
    assert all(isinstance(event, PartialImage) for event in received)
    assert [p.index for p in received if isinstance(p, PartialImage)] == [0, 1]
    assert caught.value.last_partial == received[-1]
    assert caught.value.message == "The stream ended before the final image arrived."  # no promise


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (FaultKind.MALFORMED_EVENT, "unreadable event"),
        (FaultKind.BAD_BASE64, "could not be decoded"),
        (FaultKind.STREAM_ERROR, "stopped the stream with an error"),
    ],
)
async def test_broken_events_interrupt_the_stream_with_a_sentence(
    local_provider: Provider, faults: FaultPlan, kind: FaultKind, words: str
) -> None:
    faults.add(Fault(kind))
    async with client_for(local_provider) as client:
        with pytest.raises(StreamInterrupted) as caught:
            await drain(client, STREAM)
    assert words in caught.value.message


async def test_huge_events_get_through(local_provider: Provider, faults: FaultPlan) -> None:
    faults.add(Fault(FaultKind.HUGE_EVENT))
    request = ImageRequest(Endpoint.GENERATIONS, "x", partial_images=1, size="1024x1024")
    async with client_for(local_provider) as client:
        kinds = [type(event).__name__ for event in await drain(client, request)]
    assert kinds == ["PartialImage", "Completed"]


async def test_a_slow_server_times_out(local_provider: Provider, faults: FaultPlan) -> None:
    faults.add(Fault(FaultKind.LATENCY, times=3, seconds=1.0))
    async with client_for(local_provider, timeout=0.2, max_retries=0) as client:
        with pytest.raises(Timeout) as caught:
            await client.generate("x")
    assert "did not answer in time" in caught.value.message


async def test_cancelling_mid_stream_closes_the_connection_at_once() -> None:
    with LocalServer(ServerOptions(pace=1.0)) as server:
        provider = Provider("slow", "Slow", "compatible", base_url=server.base_url)  # type: ignore[arg-type]
        first_partial = asyncio.Event()

        async def consume(client: ImagesClient) -> None:
            async with client.stream(STREAM) as events:
                async for _ in events:
                    first_partial.set()

        async with client_for(provider) as client:
            task = asyncio.ensure_future(consume(client))
            await asyncio.wait_for(first_partial.wait(), 10)
            started = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert time.monotonic() - started < 0.2
            # the client is still usable: the broken connection was closed, not left in the pool
            result = await client.generate("after", size="1024x1024")
            assert isinstance(result.images[0].data, bytes)


async def test_a_stream_completed_event_comes_with_its_image(
    local_provider: Provider,
) -> None:
    request = ImageRequest(Endpoint.GENERATIONS, "x", partial_images=0, size="1024x1024")
    async with client_for(local_provider) as client:
        received = await drain(client, request)
    assert len(received) == 1
    assert isinstance(received[0], Completed)
