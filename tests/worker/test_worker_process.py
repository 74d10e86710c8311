"""The request worker as the app runs it: a child process, frames on pipes, pixels in memory."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator

import pytest

from studio.api import Endpoint, ImageRequest
from studio.config import Paths, Provider
from studio.gallery import GalleryStore, Query, Status
from studio.localapi import DEMO_KEY, Fault, FaultKind, FaultPlan
from studio.worker.protocol import (
    HEADER,
    Cancel,
    Cancelled,
    Done,
    Failed,
    FinalImage,
    Message,
    Partial,
    Progress,
    Run,
    decode,
    encode,
)


class Worker:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    async def send(self, message: Message) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(encode(message))
        await self.process.stdin.drain()

    async def receive(self) -> Message:
        assert self.process.stdout is not None
        header = await asyncio.wait_for(self.process.stdout.readexactly(HEADER.size), 30)
        return decode(await self.process.stdout.readexactly(HEADER.unpack(header)[0]))

    async def until_end(self, job: int) -> list[Message]:
        received = []
        while True:
            message = await self.receive()
            received.append(message)
            if isinstance(message, (Done, Failed, Cancelled)) and message.job == job:
                return received


@pytest.fixture
async def worker() -> AsyncIterator[Worker]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "studio.worker",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        limit=2**30,
    )
    yield Worker(process)
    assert process.stdin is not None
    process.stdin.close()
    assert await asyncio.wait_for(process.wait(), 15) == 0  # it stops when the app goes


def run(job: int, provider: Provider, **request: object) -> Run:
    ask = ImageRequest(Endpoint.GENERATIONS, "a lighthouse", size="1024x1024", **request)
    return Run(job, ask, provider, DEMO_KEY, display_edge=768, partial_edge=512)


async def test_a_streamed_job_sends_partials_the_final_image_and_saves_it(
    worker: Worker, local_provider: Provider
) -> None:
    await worker.send(run(1, local_provider, stream=True, partial_images=2))
    received = await worker.until_end(1)
    kinds = [type(m).__name__ for m in received]
    assert kinds == ["Progress", "Partial", "Partial", "Progress", "FinalImage", "Done"]
    partials = [m for m in received if isinstance(m, Partial)]
    assert [p.index for p in partials] == [0, 1]
    frame = partials[0].frame
    assert (frame.width, frame.height, frame.full_width) == (512, 512, 1024)
    assert len(frame.rgba) == 512 * 512 * 4
    final = next(m for m in received if isinstance(m, FinalImage))
    done = received[-1]
    assert isinstance(done, Done)
    assert done.usage is not None
    assert done.cost is not None
    with GalleryStore(Paths.from_environment().data) as store:
        record = store.get(final.image_id or 0)
    assert record is not None
    assert record.generation.status is Status.COMPLETE


async def test_several_jobs_run_at_once(worker: Worker, local_provider: Provider) -> None:
    await worker.send(run(1, local_provider, n=2))
    await worker.send(run(2, local_provider, stream=True, partial_images=1))
    ended: set[int] = set()
    while len(ended) < 2:
        message = await worker.receive()
        if isinstance(message, Done):
            ended.add(message.job)
    assert ended == {1, 2}


async def test_a_cut_stream_fails_and_keeps_the_last_partial(
    worker: Worker, local_provider: Provider, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=2))
    await worker.send(run(3, local_provider, stream=True, partial_images=3))
    failed = (await worker.until_end(3))[-1]
    assert isinstance(failed, Failed)
    assert failed.kind == "StreamInterrupted"
    assert failed.retryable
    assert failed.kept_image_id is not None
    with GalleryStore(Paths.from_environment().data) as store:
        kept = store.get(failed.kept_image_id)
    assert kept is not None
    assert kept.generation.status is Status.PARTIAL


async def test_a_refusal_is_not_retryable_and_says_why(
    worker: Worker, local_provider: Provider, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.MODERATION))
    await worker.send(run(4, local_provider))
    failed = (await worker.until_end(4))[-1]
    assert isinstance(failed, Failed)
    assert not failed.retryable
    assert "safety system" in failed.message
    assert failed.request_id


async def test_cancelling_a_job(
    worker: Worker, local_provider: Provider, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.LATENCY, seconds=5))
    await worker.send(run(5, local_provider))
    assert isinstance(await worker.receive(), Progress)
    await worker.send(Cancel(5))
    cancelled = await worker.receive()
    assert cancelled == Cancelled(5, None)
    with GalleryStore(Paths.from_environment().data) as store:
        assert store.query(Query()).images == ()


async def test_a_job_cancelled_before_it_starts_still_says_so(
    worker: Worker, local_provider: Provider
) -> None:
    await worker.send(run(6, local_provider))
    await worker.send(Cancel(6))
    ends = [m for m in await worker.until_end(6) if isinstance(m, (Cancelled, Done))]
    assert len(ends) == 1
