"""Batches through the Batch API of the local server, over real sockets, into a real gallery."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from studio.api import Endpoint, ImageFile, ImageRequest, ImagesClient, batch_line
from studio.batch import BatchItem, BatchRunner, Template, expand, rows_from_lines
from studio.config import Provider
from studio.gallery import GalleryStore, RequestState
from studio.localapi import DEMO_KEY, Fault, FaultKind, FaultPlan, LocalServer
from tests.conftest import requests_from_now
from tests.images import png

BASE = ImageRequest(
    Endpoint.GENERATIONS, model="gpt-image-2.6-flare", size="1024x1024", quality="low"
)


@pytest.fixture
async def client(local_provider: Provider) -> AsyncIterator[ImagesClient]:
    async with ImagesClient(local_provider, DEMO_KEY) as client:
        yield client


@pytest.fixture
def held(local_server: LocalServer):
    """Batches wait before each line until the test lets them go."""
    local_server.batches.running.clear()
    yield local_server.batches
    local_server.batches.running.set()


def items(*subjects: str):
    template = Template("a small {subject}")
    return expand(template, rows_from_lines("\n".join(subjects), template), BASE)


async def test_a_batch_goes_round_trip_into_the_gallery(
    client: ImagesClient, tmp_path: Path, local_server: LocalServer
) -> None:
    images_endpoint = requests_from_now(local_server)
    bad = ImageRequest(Endpoint.GENERATIONS, model="gpt-image-2.6-flare", size="13x13")
    sent = (*items("fox", "owl"), BatchItem("line-3", replace(bad, prompt="a bad size")))
    with GalleryStore(tmp_path) as store:
        runner = BatchRunner(client, store, "Local")
        record = await runner.submit(sent)
        assert record.id.startswith("batch_")
        assert record.estimate is not None
        status = await runner.wait(record.id, every=0.05)
        assert status.status == "completed"
        assert status.counts == {"total": 3, "completed": 2, "failed": 1}
        report = await runner.fetch(record.id)
        assert [custom_id for custom_id, _ in report.saved] == ["line-1", "line-2"]
        ((failed_id, why),) = report.failed
        assert failed_id == "line-3"
        assert "13x13" in why
        linked = list(store.journal.batch_images(record.id))
        assert [custom_id for custom_id, _ in linked] == ["line-1", "line-2"]
        first = store.get(linked[0][1])
        assert first is not None
        assert first.prompt == "a small fox"
        assert first.path.is_file()
        assert first.generation.cost is not None
        full = store.pricing.estimate("gpt-image-2.6-flare", first.generation.usage, images=1)
        assert first.generation.cost == pytest.approx(
            full / 2, abs=1e-6
        )  # the Batch API's half price
        lines = {line.custom_id: line for line in store.journal.batch_lines(record.id)}
        assert lines["line-3"].state == "failed"
        assert lines["line-1"].generation_id == first.generation.id
        again = await runner.fetch(record.id)
        assert again.saved == ()  # each line is kept once
        stored = store.journal.batch(record.id)
        assert stored is not None
        assert stored.fetched is not None
    assert images_endpoint() == 0  # nothing went through the images endpoints


async def test_a_batch_resumes_after_a_restart(
    client: ImagesClient, tmp_path: Path, local_provider: Provider, held
) -> None:
    with GalleryStore(tmp_path) as store:
        record = await BatchRunner(client, store, "Local").submit(items("fox", "owl", "hare"))
        status = await BatchRunner(client, store, "Local").refresh(record.id)
        assert status.status in ("validating", "in_progress")
    held.running.set()
    # A new session: a new store and a new client on the same database.
    async with ImagesClient(local_provider, DEMO_KEY) as later:
        with GalleryStore(tmp_path) as store:
            (known,) = store.journal.batches()
            assert known.id == record.id
            assert known.fetched is None
            runner = BatchRunner(later, store, "Local")
            await runner.wait(known.id, every=0.05)
            report = await runner.fetch(known.id)
            assert len(report.saved) == 3
            assert len(list(store.journal.batch_images(known.id))) == 3


async def test_a_batch_can_be_cancelled(client: ImagesClient, tmp_path: Path, held) -> None:
    with GalleryStore(tmp_path) as store:
        runner = BatchRunner(client, store, "Local")
        record = await runner.submit(items("fox", "owl", "hare", "wren"))
        status = await runner.cancel(record.id)
        assert status.status in ("cancelling", "cancelled")
        held.running.set()
        status = await runner.wait(record.id, every=0.05)
        assert status.status == "cancelled"
        assert status.completed < 4
        stored = store.journal.batch(record.id)
        assert stored is not None
        assert stored.status == "cancelled"


async def test_a_malformed_file_fails_the_whole_batch(client: ImagesClient) -> None:
    lines = [
        batch_line("a", ImageRequest(Endpoint.GENERATIONS, "x")),
        batch_line("a", ImageRequest(Endpoint.GENERATIONS, "y")),
    ]
    file_id = await client.batches.upload(lines)
    status = await client.batches.create(file_id, Endpoint.GENERATIONS)
    while not status.finished:
        await asyncio.sleep(0.05)
        status = await client.batches.retrieve(status.id)
    assert status.status == "failed"
    assert "more than once" in status.errors[0]
    assert status.id in {b.id for b in await client.batches.list()}


async def test_edits_run_in_a_batch_with_data_urls(client: ImagesClient, tmp_path: Path) -> None:
    image = ImageFile.from_bytes(png(64, 64))
    edit = ImageRequest(Endpoint.EDITS, "add a hat", model="gpt-image-2.6-flare", images=(image,))
    with GalleryStore(tmp_path) as store:
        runner = BatchRunner(client, store, "Local")
        record = await runner.submit(expand(Template("{prompt}"), [{"prompt": "add a hat"}], edit))
        await runner.wait(record.id, every=0.05)
        report = await runner.fetch(record.id)
        ((_, ids),) = report.saved
        saved = store.get(ids[0])
        assert saved is not None
        assert saved.generation.kind.value == "edit"


async def test_live_runs_send_each_once_and_journal_them(
    client: ImagesClient, tmp_path: Path, local_server: LocalServer, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.RATE_LIMIT, seconds=0.1))  # backed off, then sent
    faults.add(Fault(FaultKind.MODERATION))
    sent = requests_from_now(local_server)
    with GalleryStore(tmp_path) as store:
        report = await BatchRunner(client, store, "Local").run_live(
            items("fox", "owl", "hare"), concurrency=1
        )
        assert len(report.saved) == 2
        assert len(report.failed) == 1
        states = sorted(entry.state for entry in store.journal.entries())
        assert states == sorted(
            [RequestState.DONE, RequestState.DONE, RequestState.FAILED_BEFORE_SEND]
        )
    assert sent() == 4


async def test_the_official_sdk_talks_to_the_local_batch_api(local_server: LocalServer) -> None:
    openai = pytest.importorskip("openai")
    sdk = openai.AsyncOpenAI(api_key=DEMO_KEY, base_url=local_server.base_url, max_retries=0)
    line = batch_line("sdk-1", ImageRequest(Endpoint.GENERATIONS, "a fox", quality="low"))
    uploaded = await sdk.files.create(
        file=("in.jsonl", json.dumps(line).encode() + b"\n"), purpose="batch"
    )
    batch = await sdk.batches.create(
        input_file_id=uploaded.id, endpoint="/v1/images/generations", completion_window="24h"
    )
    while batch.status not in ("completed", "failed"):
        await asyncio.sleep(0.05)
        batch = await sdk.batches.retrieve(batch.id)
    assert batch.request_counts is not None
    assert batch.request_counts.completed == 1
    assert batch.output_file_id is not None
    content = await sdk.files.content(batch.output_file_id)
    result = json.loads(content.content)
    assert result["custom_id"] == "sdk-1"
    assert result["response"]["status_code"] == 200
    await sdk.close()
