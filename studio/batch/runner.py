"""Running a batch: live through the usual request path, or through the Batch API and back.

Through the Batch API: the lines are uploaded as JSONL, the batch created and recorded in the
gallery database (its id and every line), so ``refresh``/``fetch``/``cancel`` work from any later
session — a restart loses nothing. ``fetch`` saves each finished line's images to the gallery
linked to the batch and its ``custom_id``, once: a line already kept is skipped.

Live: the run is recorded as a batch of its own (``live-…``, its lines pending), each request
journalled, sent once (the client's 429/5xx back-off applies; one the server may have started is
never resent), saved and linked to its line, ``concurrency`` at a time. The window sends a live
run's requests through its own job queue instead (``core.batches``), with the same records.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from studio.api import (
    ApiError,
    BatchLineResult,
    BatchStatus,
    Endpoint,
    ImageRequest,
    batch_line,
    parse_results,
)
from studio.batch.expansion import BatchItem
from studio.gallery import LIVE_PREFIX, BatchLine, BatchRecord, GalleryStore, Outcome
from studio.gallery.estimates import estimate, total

if TYPE_CHECKING:
    from studio.api import ImagesClient

__all__ = [
    "BatchRunner",
    "FetchReport",
    "LiveReport",
    "finish_live",
    "live_line_done",
    "live_line_failed",
]

#: Batch API results cost half the usual price.
_BATCH_PRICE = 0.5


@dataclass(frozen=True)
class FetchReport:
    status: BatchStatus
    #: (custom_id, image ids) of lines kept by this fetch.
    saved: tuple[tuple[str, tuple[int, ...]], ...]
    #: (custom_id, why) of lines that failed.
    failed: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class LiveReport:
    saved: tuple[tuple[str, tuple[int, ...]], ...]
    failed: tuple[tuple[str, str], ...]
    #: The id the run is recorded under (``live-…``).
    batch_id: str = ""


class BatchRunner:
    """One provider's batches, kept in one gallery. Store calls run on the caller's thread."""

    def __init__(self, client: ImagesClient, store: GalleryStore, provider: str) -> None:
        self._client = client
        self._store = store
        self._provider = provider

    # -- through the Batch API --------------------------------------------------------------

    async def submit(
        self, items: Sequence[BatchItem], recipe: dict[str, Any] | None = None
    ) -> BatchRecord:
        """Upload the lines, create the batch, and record it with its lines (and ``recipe``,
        what it was made from)."""
        if not items:
            raise ValueError("a batch needs at least one request")
        endpoint = items[0].request.endpoint
        lines = [batch_line(item.custom_id, item.request) for item in items]
        file_id = await self._client.batches.upload(lines)
        status = await self._client.batches.create(
            file_id, endpoint, {"made_by": "studio", "lines": str(len(lines))}
        )
        figure = total(estimate(item.request, self._store.pricing, batch=True) for item in items)
        record = BatchRecord(
            id=status.id,
            provider=self._provider,
            endpoint=endpoint.value,
            created=time.time(),
            status=status.status,
            input_file_id=file_id,
            output_file_id=status.output_file_id,
            error_file_id=status.error_file_id,
            estimate=figure.cost.high,
            fetched=None,
            counts=status.counts,
            recipe=recipe or {},
        )
        kept = [
            BatchLine(item.custom_id, item.prompt, _without_files(line["body"]))
            for item, line in zip(items, lines, strict=True)
        ]
        self._store.journal.add_batch(record, kept)
        return record

    # -- live, recorded as a batch ------------------------------------------------------------

    def start_live(
        self, items: Sequence[BatchItem], recipe: dict[str, Any] | None = None
    ) -> BatchRecord:
        """Record a live run as a batch with its lines pending, before any is sent."""
        if not items:
            raise ValueError("a batch needs at least one request")
        figure = total(estimate(item.request, self._store.pricing) for item in items)
        record = BatchRecord(
            id=LIVE_PREFIX + secrets.token_hex(6),
            provider=self._provider,
            endpoint=items[0].request.endpoint.value,
            created=time.time(),
            status="in_progress",
            input_file_id="",
            output_file_id=None,
            error_file_id=None,
            estimate=figure.cost.high if figure.cost is not None else None,
            fetched=None,
            counts={"total": len(items), "completed": 0, "failed": 0},
            recipe=recipe or {},
        )
        lines = [
            BatchLine(item.custom_id, item.prompt, item.request.parameters()) for item in items
        ]
        self._store.journal.add_batch(record, lines)
        return record

    async def refresh(self, batch_id: str) -> BatchStatus:
        if batch_id.startswith(LIVE_PREFIX):
            return self._live_status(batch_id)
        return self._recorded(batch_id, await self._client.batches.retrieve(batch_id))

    async def cancel(self, batch_id: str) -> BatchStatus:
        if batch_id.startswith(LIVE_PREFIX):
            # Whoever ran it stops its requests; one left unfinished by a session that ended
            # is over: what came back is kept, the rest is not coming.
            finish_live(self._store, batch_id, cancelled=True)
            return self._live_status(batch_id)
        return self._recorded(batch_id, await self._client.batches.cancel(batch_id))

    def _live_status(self, batch_id: str) -> BatchStatus:
        """A live run as the journal has it: the server never heard of its id."""
        record = self._store.journal.batch(batch_id)
        if record is None:
            raise KeyError(batch_id)
        counts = self._store.journal.batch_counts(batch_id)
        return BatchStatus(
            batch_id, record.status, record.endpoint, "", created_at=int(record.created), **counts
        )

    def _recorded(self, batch_id: str, status: BatchStatus) -> BatchStatus:
        """``status`` kept in the journal, so a restart resumes from what the server said."""
        self._store.journal.update_batch(
            batch_id,
            status=status.status,
            counts=status.counts,
            output_file_id=status.output_file_id,
            error_file_id=status.error_file_id,
        )
        return status

    async def wait(
        self,
        batch_id: str,
        every: float = 5.0,
        on_status: Callable[[BatchStatus], Awaitable[None]] | None = None,
    ) -> BatchStatus:
        """Poll until the batch is finished."""
        while True:
            status = await self.refresh(batch_id)
            if on_status is not None:
                await on_status(status)
            if status.finished:
                return status
            await asyncio.sleep(every)

    async def fetch(self, batch_id: str) -> FetchReport:
        """Keep the finished lines' images in the gallery (each line once) and note failures."""
        record = self._store.journal.batch(batch_id)
        if record is None:
            raise KeyError(batch_id)
        status = await self.refresh(batch_id)
        if record.live:  # its images were kept as each line came back
            return FetchReport(status, (), ())
        lines = {line.custom_id: line for line in self._store.journal.batch_lines(batch_id)}
        results: list[BatchLineResult] = []
        for file_id in (status.output_file_id, status.error_file_id):
            if file_id:
                results.extend(parse_results(await self._client.batches.content(file_id)))
        saved, failed = [], []
        endpoint = Endpoint(record.endpoint)
        for result in results:
            line = lines.get(result.custom_id)
            if line is None or line.state == "done":
                continue  # not ours, or kept by an earlier fetch
            if not result.ok:
                self._store.journal.batch_line_done(
                    batch_id, result.custom_id, generation_id=None, error=result.error
                )
                failed.append((result.custom_id, result.error))
                continue
            ids = self._keep(batch_id, endpoint, line, result)
            saved.append((result.custom_id, ids))
        if status.finished:
            self._store.journal.batch_fetched(batch_id)
        return FetchReport(status, tuple(saved), tuple(failed))

    def _keep(
        self, batch_id: str, endpoint: Endpoint, line: BatchLine, result: BatchLineResult
    ) -> tuple[int, ...]:
        request = _request_of(endpoint, line)
        outcome = Outcome(
            request,
            result.images,
            provider=self._provider,
            usage=result.usage,
            size=result.size,
            quality=result.quality,
            background=result.background,
            output_format=result.output_format,
            request_id=result.request_id,
        )
        full = self._store.price(outcome)
        outcome = replace(outcome, cost=None if full is None else round(full * _BATCH_PRICE, 6))
        records = self._store.save(outcome)
        self._store.journal.batch_line_done(
            batch_id, line.custom_id, generation_id=records[0].generation.id
        )
        return tuple(record.id for record in records)

    # -- live -------------------------------------------------------------------------------

    async def run_live(
        self,
        items: Sequence[BatchItem],
        concurrency: int = 2,
        on_done: Callable[[str, str], Awaitable[None]] | None = None,
        recipe: dict[str, Any] | None = None,
    ) -> LiveReport:
        """Send each request once, ``concurrency`` at a time, journalled, saved and linked to
        the live batch it is recorded as (``LiveReport.batch_id``)."""
        batch = self.start_live(items, recipe)
        gate = asyncio.Semaphore(max(1, concurrency))
        saved: list[tuple[str, tuple[int, ...]]] = []
        failed: list[tuple[str, str]] = []

        async def one(item: BatchItem) -> None:
            async with gate:
                request = replace(item.request, stream=False)
                figure = estimate(request, self._store.pricing).cost
                entry = self._store.journal.begin(
                    provider=self._provider,
                    model=request.model_name,
                    endpoint=request.endpoint.value,
                    prompt=request.prompt,
                    params=request.parameters(),
                    estimate=None if figure is None else figure.high,
                    inputs=self._store.keep_inputs(request),
                )
                started = time.monotonic()
                try:
                    result = await self._client.send(request)
                except ApiError as error:
                    self._store.journal.failed(
                        entry, error.message, may_be_billed=error.may_be_billed
                    )
                    live_line_failed(self._store, batch.id, item.custom_id, error.message)
                    failed.append((item.custom_id, error.message))
                    if on_done is not None:
                        await on_done(item.custom_id, error.message)
                    return
                except BaseException:
                    self._store.journal.failed(
                        entry, "Stopped while in flight.", may_be_billed=True
                    )
                    raise
                outcome = Outcome.of(
                    request, result, provider=self._provider, duration=time.monotonic() - started
                )
                records = self._store.save(outcome)
                self._store.journal.done(entry, records[0].generation.id if records else None)
                live_line_done(
                    self._store, batch.id, item.custom_id, records[0].id if records else None
                )
                saved.append((item.custom_id, tuple(r.id for r in records)))
                if on_done is not None:
                    await on_done(item.custom_id, "")

        try:
            await asyncio.gather(*(one(item) for item in items))
        finally:
            finish_live(self._store, batch.id, cancelled=len(saved) + len(failed) < len(items))
        order = {item.custom_id: n for n, item in enumerate(items)}
        saved.sort(key=lambda pair: order[pair[0]])
        failed.sort(key=lambda pair: order[pair[0]])
        return LiveReport(tuple(saved), tuple(failed), batch.id)


def _without_files(body: dict[str, object]) -> dict[str, object]:
    """The line's body as recorded: data URLs of input images are not kept twice."""
    return {k: v for k, v in body.items() if k not in ("images", "mask", "markup")}


def _request_of(endpoint: Endpoint, line: BatchLine) -> ImageRequest:
    return ImageRequest.from_parameters(
        endpoint, line.body, line.prompt or str(line.body.get("prompt", ""))
    )


def live_line_done(
    store: GalleryStore, batch_id: str, custom_id: str, image_id: int | None
) -> None:
    """A live line's first kept image links the line (and so all its images) to the batch."""
    record = store.get(image_id) if image_id is not None else None
    generation = None if record is None else record.generation.id
    store.journal.batch_line_done(batch_id, custom_id, generation_id=generation)


def live_line_failed(store: GalleryStore, batch_id: str, custom_id: str, why: str) -> None:
    store.journal.batch_line_done(batch_id, custom_id, generation_id=None, error=why or "failed")


def finish_live(store: GalleryStore, batch_id: str, cancelled: bool = False) -> dict[str, int]:
    """The live run's tally recorded, and it marked finished; returns the tally."""
    counts = store.journal.batch_counts(batch_id)
    status = "completed" if counts["completed"] or not counts["failed"] else "failed"
    store.journal.update_batch(
        batch_id,
        status="cancelled" if cancelled else status,
        counts=counts,
        output_file_id=None,
        error_file_id=None,
    )
    store.journal.batch_fetched(batch_id)
    return counts
