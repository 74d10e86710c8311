"""The job queue on its own: titles that tell a run's jobs apart, and memory that stays flat
however many jobs finish (the worker's messages given as the worker sends them)."""

from __future__ import annotations

import asyncio
import tracemalloc

from studio.api import DEFAULT_MODEL, Endpoint, ImageFile, ImageRequest
from studio.config import Provider, ProviderKind
from studio.core import JobQueue, JobState, WorkerLink
from studio.imaging import DisplayPixels
from studio.worker.protocol import Done, FinalImage, Run
from tests.images import png

PROVIDER = Provider("local", "Local", ProviderKind.COMPATIBLE, base_url="http://127.0.0.1:9")


def _queue() -> JobQueue:
    # No job starts (concurrency 0): the test hands the queue the worker's messages itself.
    return JobQueue(WorkerLink(), concurrency=0)


def test_the_jobs_of_one_run_and_variations_have_titles_of_their_own() -> None:
    queue = _queue()
    prompt = "a very long prompt about three kites over a grey sea at dawn, seen from a cliff"
    jobs = queue.submit(
        ImageRequest(Endpoint.GENERATIONS, prompt, model=DEFAULT_MODEL, n=3, stream=True),
        PROVIDER,
        "key",
    )
    titles = [job.short_title() for job in jobs]
    assert len(set(titles)) == 3
    assert titles[0].startswith("1 of 3 · a very long prompt")
    assert titles[0].endswith("…")
    assert titles[2].startswith("3 of 3 · ")
    assert jobs[1].title == f"2 of 3 · {prompt}"
    (variation,) = queue.submit(
        ImageRequest(Endpoint.VARIATIONS, images=(ImageFile.from_bytes(png()),)),
        PROVIDER,
        "key",
        parents=(7,),
    )
    assert variation.short_title() == "Variation of image 7"


def test_memory_stays_flat_after_300_finished_jobs() -> None:
    queue = _queue()
    queue.pixel_budget = 16 * 1024 * 1024
    removed = []
    queue.removed.connect(removed.append)
    edge = 512  # 1 MiB of display pixels per job
    request = ImageRequest(Endpoint.GENERATIONS, "a fox", model=DEFAULT_MODEL)

    def finish(number: int) -> None:
        (job,) = queue.submit(request, PROVIDER, "key")
        frame = DisplayPixels(edge, edge, bytes([number % 256]) * (edge * edge * 4))
        queue.link.received.emit(FinalImage(job.number, 0, frame, image_id=number))
        queue.link.received.emit(Done(job.number, cost=0.01))
        assert job.state is JobState.DONE

    tracemalloc.start()
    try:
        for number in range(100):
            finish(number)
        after_100 = tracemalloc.get_traced_memory()[0]
        for number in range(100, 300):
            finish(number)
        after_300 = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(queue.jobs) == queue.keep_finished
    assert sum(job.pixel_bytes for job in queue.jobs) <= queue.pixel_budget
    assert after_300 < after_100 + 2 * 1024 * 1024  # flat: no more than a little growth
    assert len(removed) == 300 - queue.keep_finished
    assert [record.image_ids for record in list(queue.history)[-1:]] == [(299 - 60,)]
    newest = queue.jobs[-1]
    assert newest.frame is not None  # the newest keep their pixels
    assert queue.jobs[0].frame is None  # the oldest read theirs from the gallery again


async def test_a_queued_job_keeps_the_edges_of_the_view_it_was_sent_from() -> None:
    queue = JobQueue(WorkerLink(), concurrency=1)
    sent: list[Run] = []

    async def send(message: object) -> None:
        if isinstance(message, Run):
            sent.append(message)

    queue.link.send = send  # the worker's side is not under test: what it is told is
    request = ImageRequest(Endpoint.GENERATIONS, "a fox", model=DEFAULT_MODEL)
    (first,) = queue.submit(request, PROVIDER, "key", edges=(800, 600))
    (second,) = queue.submit(request, PROVIDER, "key", edges=(3000, 1500))
    queue.display_edge = queue.partial_edge = 100  # the view changed while the second waited
    await asyncio.sleep(0)
    queue.link.received.emit(Done(first.number, cost=0.01))
    (again,) = queue.retry(first)
    await asyncio.sleep(0)
    assert [(run.job, run.display_edge, run.partial_edge) for run in sent] == [
        (first.number, 800, 600),
        (second.number, 3000, 1500),
    ]
    assert (again.display_edge, again.partial_edge) == (800, 600)
