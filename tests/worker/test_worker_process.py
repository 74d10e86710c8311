"""The request worker as the app runs it: a child process, frames on pipes, pixels in memory."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator

import pytest

from studio.api import Endpoint, ImageFile, ImageRequest
from studio.config import Paths, Provider
from studio.config.priority import BACKGROUND_NICENESS
from studio.gallery import GalleryStore, Query, Status
from studio.gallery.spending import spent, start_of_day, start_of_month
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
from tests.gallery.damage import damage_page, gallery_of
from tests.images import mask, opened, png


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


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="no scheduling priorities to compare")
async def test_the_worker_runs_below_the_window(worker: Worker, local_provider: Provider) -> None:
    await worker.send(run(1, local_provider))
    await worker.until_end(1)  # started and serving
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, worker.process.pid) == ours + BACKGROUND_NICENESS


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
    assert failed.message == (
        "The stream ended before the final image arrived. The last preview was kept in the "
        f"gallery as image {failed.kept_image_id}. It may have been billed, so Studio did not "
        "send it again."
    )
    with GalleryStore(Paths.from_environment().data) as store:
        kept = store.get(failed.kept_image_id)
    assert kept is not None
    assert kept.generation.status is Status.PARTIAL


async def test_a_cut_stream_not_saving_says_its_preview_was_not_kept(
    worker: Worker, local_provider: Provider, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=1))
    ask = ImageRequest(Endpoint.GENERATIONS, "x", stream=True, partial_images=2)
    await worker.send(Run(7, ask, local_provider, DEMO_KEY, save=False))
    failed = (await worker.until_end(7))[-1]
    assert isinstance(failed, Failed)
    assert failed.kept_image_id is None
    assert "The last preview was not kept" in failed.message


@pytest.mark.parametrize("kind", [FaultKind.BMP_IMAGE, FaultKind.JUNK_IMAGE, FaultKind.NO_IMAGES])
async def test_an_unusable_answer_fails_the_job_and_nothing_is_saved(
    worker: Worker, local_provider: Provider, faults: FaultPlan, kind: FaultKind
) -> None:
    faults.add(Fault(kind))
    await worker.send(run(8, local_provider))
    failed = (await worker.until_end(8))[-1]
    assert isinstance(failed, Failed)
    assert failed.kind == "BadResponse"
    assert "no usable image" in failed.message or "held no images" in failed.message
    with GalleryStore(Paths.from_environment().data) as store:
        assert store.query(Query()).images == ()


async def test_the_worker_ends_a_dripping_request_at_the_timeout_setting(
    worker: Worker, local_provider: Provider, faults: FaultPlan
) -> None:
    settings = Paths.from_environment().settings_file
    settings.parent.mkdir(parents=True)
    settings.write_text('{"schema_version": 3, "request_timeout": 5}')
    faults.add(Fault(FaultKind.DRIP, seconds=0.2))
    await worker.send(run(9, local_provider, stream=True))
    failed = (await worker.until_end(9))[-1]
    assert isinstance(failed, Failed)
    assert failed.kind == "Timeout"
    assert "stopped after 5 s" in failed.message


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


async def test_a_gone_model_fails_with_its_replacement(
    worker: Worker, local_provider: Provider
) -> None:
    await worker.send(run(7, local_provider, model="gpt-image-1.5"))
    failed = (await worker.until_end(7))[-1]
    assert isinstance(failed, Failed)
    assert (failed.kind, failed.replacement) == ("ModelGone", "gpt-image-2.6-sunburst")
    assert not failed.retryable
    assert failed.message.startswith("gpt-image-1.5 was shut down on 2026-12-01.")


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


async def test_a_masked_edit_keeps_the_unmasked_area_and_the_raw_result(
    worker: Worker, local_provider: Provider
) -> None:
    green = (10, 200, 10, 255)
    base = ImageFile.from_bytes(png(256, 256, green), "base.png")
    hole = ImageFile.from_bytes(mask(256, 256, (0, 0, 128, 256)), "mask.png")
    edit = ImageRequest(
        Endpoint.EDITS, "a red door", model="gpt-image-2.6-flare", images=(base,), mask=hole
    )
    await worker.send(Run(1, edit, local_provider, DEMO_KEY, display_edge=256, keep_unmasked=True))
    received = await worker.until_end(1)
    assert isinstance(received[-1], Done)
    final = next(m for m in received if isinstance(m, FinalImage))
    assert final.changed_outside is not None
    assert final.changed_outside > 0.05  # the local server drifts outside, as models do
    assert final.heat is not None
    heat = final.heat.rgba
    alphas = [heat[(y * 256 + x) * 4 + 3] for y in range(0, 256, 4) for x in range(0, 256, 4)]
    left = [a for n, a in enumerate(alphas) if n % 64 < 32]
    right = [a for n, a in enumerate(alphas) if n % 64 >= 32]
    assert not any(left)  # inside the mask nothing counts as drift
    assert any(right)  # red where the model changed pixels outside
    with GalleryStore(Paths.from_environment().data) as store:
        kept = store.get(final.image_id or 0)
        raw = store.get(final.raw_image_id or 0)
        assert kept is not None
        assert raw is not None
        lineage = store.lineage(kept.id)
        assert raw.id in [record.id for record, _ in lineage.ancestors]
        assert "put back outside the mask" in kept.notes
        kept_pixels = opened(kept.path.read_bytes()).convert("RGBA")
        raw_pixels = opened(raw.path.read_bytes()).convert("RGBA")
    assert kept_pixels.getpixel((220, 128)) == green  # outside: exactly the original
    assert raw_pixels.getpixel((220, 128)) != green  # the model's own result drifted
    assert kept_pixels.getpixel((40, 128)) == raw_pixels.getpixel((40, 128))  # inside: the edit
    # The kept image shows what the request cost; the totals count that cost once.
    assert raw.generation.cost
    assert kept.generation.cost == raw.generation.cost
    assert kept.generation.request_id == raw.generation.request_id
    # One request counts once everywhere: gallery stats, the status bar, the caps.
    with GalleryStore(Paths.from_environment().data) as store:
        stats = store.stats()
        assert stats.cost_today == stats.cost == pytest.approx(raw.generation.cost)
        assert stats.generations == 1  # one request, though two rows carry it
        assert store.cost_since(start_of_day(), start_of_month()) == pytest.approx(
            (raw.generation.cost, raw.generation.cost)
        )
        assert spent(store.journal).today == pytest.approx(raw.generation.cost)


@pytest.mark.parametrize(("fmt", "frames"), [("gif", 3), ("svg", 1)])
async def test_gif_and_svg_results_carry_their_own_bytes(
    worker: Worker, local_provider: Provider, fmt: str, frames: int
) -> None:
    # gpt-image-2.6-flare makes gif and svg in every version of the capability table.
    extra = {"frame_count": frames} if fmt == "gif" else {}
    model = "gpt-image-2.6-flare"
    await worker.send(run(1, local_provider, model=model, output_format=fmt, **extra))
    received = await worker.until_end(1)
    assert isinstance(received[-1], Done), received[-1]
    final = next(m for m in received if isinstance(m, FinalImage))
    assert final.frame is not None
    with GalleryStore(Paths.from_environment().data) as store:
        record = store.get(final.image_id or 0)
        assert record is not None
        thumbnail = store.thumbnails([record.id])[record.id]
        original = record.path.read_bytes()
    assert final.frame.source == original  # the player and the vector view get the very bytes
    assert (final.frame.source_format, final.frame.frame_count) == (fmt, frames)
    assert (record.format, record.width, record.height) == (fmt, 1024, 1024)
    assert opened(thumbnail).size == (256, 256)


async def test_a_damaged_gallery_is_rebuilt_with_the_new_result_in_it(
    worker: Worker, local_provider: Provider
) -> None:
    root = Paths.from_environment().data
    gallery_of(root, 30)
    damage_page(root, last=True)  # where the new row goes
    await worker.send(run(1, local_provider))
    received = await worker.until_end(1)
    final = next(m for m in received if isinstance(m, FinalImage))
    done = received[-1]
    assert isinstance(done, Done)
    assert final.image_id is not None
    assert any("set aside as gallery.db.damaged-" in w for w in done.warnings)
    with GalleryStore(root) as store:
        assert store.stats().images == 31
        record = store.get(final.image_id)
        assert record is not None
        assert (record.prompt, record.generation.request_id) == ("a lighthouse", done.request_id)
