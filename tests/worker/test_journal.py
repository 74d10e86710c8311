"""Never billed twice: the worker journals each request before sending, and a request the server
may have started is never resent on its own."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from studio.api import ClientOptions, Endpoint, ImageRequest, ImagesClient, Timeout
from studio.config import (
    CapAction,
    CapPeriod,
    Paths,
    Provider,
    ProviderKind,
    Settings,
    SettingsFile,
    SpendingCap,
)
from studio.gallery import GalleryStore
from studio.gallery._journal import RequestState
from studio.localapi import DEMO_KEY, Fault, FaultKind, FaultPlan, LocalServer
from studio.localapi.server import bind_loopback
from studio.worker.protocol import Done, Failed, Message, Run
from studio.worker.service import RequestService
from tests.conftest import requests_from_now


async def run_one(root: Path, provider: Provider, request: ImageRequest) -> list[Message]:
    received: list[Message] = []
    ended = asyncio.Event()

    async def send(message: Message) -> None:
        received.append(message)
        if isinstance(message, Done | Failed):
            ended.set()

    service = RequestService(send, root)
    await service.handle(Run(1, request, provider, DEMO_KEY))
    await asyncio.wait_for(ended.wait(), 30)
    await service.close()
    return received


async def test_a_finished_request_is_journalled_done_with_its_generation(
    tmp_path: Path, local_provider: Provider
) -> None:
    request = ImageRequest(
        Endpoint.GENERATIONS, "a fox", model="gpt-image-2.6-flare", quality="low"
    )
    messages = await run_one(tmp_path, local_provider, request)
    assert isinstance(messages[-1], Done)
    with GalleryStore(tmp_path) as store:
        (entry,) = store.journal.entries()
        assert entry.state is RequestState.DONE
        assert entry.prompt == "a fox"
        assert entry.estimate is not None
        assert entry.estimate > 0
        assert entry.generation_id is not None


async def test_a_cut_stream_is_interrupted_and_never_resent(
    tmp_path: Path, local_provider: Provider, local_server: LocalServer, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=1))
    sent = requests_from_now(local_server)
    request = ImageRequest(
        Endpoint.GENERATIONS, "a fox", model="gpt-image-2.6-flare", stream=True, partial_images=2
    )
    messages = await run_one(tmp_path, local_provider, request)
    failed = messages[-1]
    assert isinstance(failed, Failed)
    assert "may have been billed" in failed.message
    assert sent() == 1  # sent once, not again
    with GalleryStore(tmp_path) as store:
        (entry,) = store.journal.entries()
        assert entry.state is RequestState.INTERRUPTED
        assert entry.summary == "interrupted — may have been billed"
        assert entry.may_be_billed


async def test_a_refusal_failed_before_anything_was_billed(
    tmp_path: Path, local_provider: Provider, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.MODERATION))
    request = ImageRequest(Endpoint.GENERATIONS, "a fox", model="gpt-image-2.6-flare")
    messages = await run_one(tmp_path, local_provider, request)
    assert isinstance(messages[-1], Failed)
    assert "billed" not in messages[-1].message
    with GalleryStore(tmp_path) as store:
        (entry,) = store.journal.entries()
        assert entry.state is RequestState.FAILED_BEFORE_SEND
        assert store.journal.spent(0) == 0


async def test_an_unreachable_server_failed_before_send(tmp_path: Path) -> None:
    closed = bind_loopback()  # bound, never listening: connections are refused
    port = closed.getsockname()[1]
    provider = Provider(
        "gone", "Gone", ProviderKind.COMPATIBLE, base_url=f"http://127.0.0.1:{port}/v1"
    )
    try:
        request = ImageRequest(Endpoint.GENERATIONS, "a fox", model="gpt-image-2.6-flare")
        messages = await run_one(tmp_path, provider, request)
    finally:
        closed.close()
    assert isinstance(messages[-1], Failed)
    with GalleryStore(tmp_path) as store:
        (entry,) = store.journal.entries()
        assert entry.state is RequestState.FAILED_BEFORE_SEND


async def test_a_read_timeout_is_not_resent_but_a_server_error_is(
    local_provider: Provider, local_server: LocalServer, faults: FaultPlan
) -> None:
    options = ClientOptions(timeout=0.5, max_retries=2)
    async with ImagesClient(local_provider, DEMO_KEY, options) as client:
        faults.add(Fault(FaultKind.LATENCY, seconds=2))
        sent = requests_from_now(local_server)
        with pytest.raises(Timeout) as caught:
            await client.generate("a fox", model="gpt-image-2.6-flare")
        assert caught.value.may_be_billed
        assert sent() == 1

        faults.add(Fault(FaultKind.SERVER_ERROR, times=2))
        sent = requests_from_now(local_server)
        result = await client.generate("a fox", model="gpt-image-2.6-flare")
        assert result.images
        assert sent() == 3  # a 500 did no work: resent


async def test_spending_caps_warn_or_refuse_before_sending(
    tmp_path: Path, local_provider: Provider, local_server: LocalServer
) -> None:
    settings = SettingsFile(Paths.from_environment().settings_file)
    request = ImageRequest(
        Endpoint.GENERATIONS, "a fox", model="gpt-image-2.6-flare", size="1024x1024", quality="high"
    )
    settings.save(Settings(spending_caps=(SpendingCap(CapPeriod.DAY, 0.01, CapAction.WARN),)))
    warned = await run_one(tmp_path, local_provider, request)
    done = warned[-1]
    assert isinstance(done, Done)
    assert any("overall daily cap of $0.01" in warning for warning in done.warnings)

    settings.save(
        Settings(
            spending_caps=(
                SpendingCap(CapPeriod.MONTH, 0.2, CapAction.REFUSE, provider=local_provider.name),
            )
        )
    )
    sent = requests_from_now(local_server)
    refused = await run_one(tmp_path, local_provider, request)
    failed = refused[-1]
    assert isinstance(failed, Failed)
    assert "monthly cap of $0.20" in failed.message
    assert "Nothing was sent" in failed.message
    assert sent() == 0
    with GalleryStore(tmp_path) as store:
        assert len(store.journal.entries()) == 1  # the refused request was never journalled
