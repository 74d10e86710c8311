"""The Batch page's state and actions: preview, send, poll, fetch, cancel, run again; the
journal's leftovers.

Everything that touches the network or the gallery runs on a thread of its own with its own
event loop (a store and a client per action), so the window never waits; results come back as
signals. Expected failures become a sentence on ``message``.

The session lives as long as the window (the window builds it), so it polls unfinished batches
whether the Batch page is shown or not, and says when one finishes. A live run in the window
goes through the window's ``JobQueue``: its requests share the queue's concurrency and the
worker's client (and its 429 back-off) with the window's other jobs, each line linked to the run
as its job ends.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from studio.api import FINISHED, ApiError, ImageRequest
from studio.batch import (
    BatchDraft,
    BatchItem,
    BatchRunner,
    ExpansionError,
    Preview,
    draft_of,
    preview,
)
from studio.batch.runner import finish_live, live_line_done, live_line_failed
from studio.config import Provider, Settings
from studio.core.jobs import JobState
from studio.core.messages import say
from studio.core.tasks import off_thread, spawn
from studio.gallery import (
    BatchRecord,
    GalleryError,
    GalleryStore,
    JournalEntry,
    Pricing,
    RequestState,
)
from studio.gallery.spending import SpendingCapReached, Spent, check_caps, spent

if TYPE_CHECKING:
    from studio.api import ImagesClient
    from studio.core.jobs import Job, JobQueue
    from studio.core.session import Session

__all__ = ["BatchDraft", "BatchSession"]

T = TypeVar("T")
#: How often unfinished batches are asked about, in ms.
POLL_MS = 10_000


def _plain_loop() -> asyncio.AbstractEventLoop:
    return asyncio.DefaultEventLoopPolicy().new_event_loop()


class BatchSession(QObject):
    previewed = Signal(object)  # Preview
    batches_changed = Signal(object)  # tuple[BatchRecord, ...]
    interrupted_changed = Signal(object)  # tuple[JournalEntry, ...]
    spent_changed = Signal(object)  # Spent
    message = Signal(str)
    busy_changed = Signal(bool)
    #: A batch finished (its id): told once, whether the Batch page is shown or not.
    finished = Signal(str)

    def __init__(
        self,
        gallery_root: Path,
        settings: Callable[[], Settings],
        session: Session | None = None,
        queue: JobQueue | None = None,
    ) -> None:
        super().__init__()
        self.gallery_root = gallery_root
        self._settings = settings
        self._session = session
        self._queue = queue
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="batches")
        self.preview: Preview | None = None
        self.busy = False
        #: The batches as last loaded; None until the first load.
        self.records: tuple[BatchRecord, ...] | None = None
        #: Live runs' jobs still out: job number → (batch id, custom_id).
        self._live: dict[int, tuple[str, str]] = {}
        self._live_jobs: dict[str, list[Job]] = {}
        #: Asks about unfinished batches every ``POLL_MS`` while the window is open.
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll_unfinished)
        if queue is not None:
            queue.changed.connect(self._job_changed)
        if session is not None:
            self.poll.start()

    def close(self) -> None:
        self.poll.stop()
        self._thread.shutdown(wait=False, cancel_futures=True)

    # -- running work off the GUI thread ----------------------------------------------------

    async def _off(self, work: Callable[[GalleryStore], Awaitable[T]]) -> T:
        """Run ``work`` with a fresh store on the session's thread, in a loop of its own."""
        root = self.gallery_root
        overrides = self._settings().pricing_overrides

        def run() -> T:
            async def with_store() -> T:
                with GalleryStore(root, Pricing.load(overrides)) as store:
                    return await work(store)

            # A plain loop: the app's policy (qasync's) would make a Qt loop on this thread.
            with asyncio.Runner(loop_factory=_plain_loop) as runner:
                return runner.run(with_store())

        return await off_thread(self._thread, run)

    async def _guarded(self, work: Callable[[], Awaitable[T]]) -> T | None:
        """Expected failures said as a sentence; the page stays usable."""
        self._set_busy(True)
        try:
            return await work()
        except (ApiError, GalleryError, ExpansionError, OSError, KeyError) as error:
            text = getattr(error, "message", None) or str(error)
            if isinstance(error, KeyError):
                text = self.tr("This gallery has no batch {id}.").format(id=error.args[0])
            elif isinstance(error, OSError) and error.strerror:
                text = self.tr("{name} could not be read: {why}.").format(
                    name=error.filename or self.tr("A file"), why=error.strerror
                )
            self.message.emit(say(text))
            return None
        finally:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    # -- actions ----------------------------------------------------------------------------

    async def make_preview(self, draft: BatchDraft) -> Preview | None:
        async def work(store: GalleryStore) -> Preview:
            return preview(draft.expanded(), store.pricing, batch_api=draft.batch_api)

        made = await self._guarded(lambda: self._off(work))
        if made is not None:
            self.preview = made
            self.previewed.emit(made)
        return made

    async def send(self, draft: BatchDraft, provider: Provider, key: str) -> str | None:
        """Send the draft; returns the batch id it is recorded under (``live-…`` when run
        live). A live run in the window is under way when this returns."""
        queue = self._queue

        async def work(store: GalleryStore) -> tuple[str, tuple[BatchItem, ...]]:
            items = draft.expanded()
            if not items:
                raise ExpansionError(self.tr("there is nothing to send"))
            planned = preview(items, store.pricing, batch_api=draft.batch_api)
            caps = self._settings().spending_caps
            verdict = check_caps(store.journal, caps, provider.name, planned.total)
            if verdict.refusal:
                raise SpendingCapReached(verdict.refusal + " " + self.tr("Nothing was sent."))
            for warning in verdict.warnings:
                self.message.emit(say(warning))
            recipe = draft.recipe(store.keep_inputs(draft.base))
            async with _client(provider, key) as client:
                runner = BatchRunner(client, store, provider.name)
                if draft.batch_api:
                    return (await runner.submit(items, recipe)).id, ()
                if queue is not None:
                    return runner.start_live(items, recipe).id, items
                report = await runner.run_live(
                    items, self._settings().concurrent_jobs, recipe=recipe
                )
                if report.failed:
                    self.message.emit(
                        self.tr(
                            "{failed} of %n request(s) failed; the first: {why}", None, len(items)
                        ).format(failed=len(report.failed), why=report.failed[0][1])
                    )
                return report.batch_id, ()

        sent = await self._guarded(lambda: self._off(work))
        if sent is not None and queue is not None and sent[1]:
            self._queue_live(queue, sent[0], sent[1], provider, key)
        await self.load()
        return None if sent is None else sent[0]

    def _queue_live(
        self,
        queue: JobQueue,
        batch_id: str,
        items: tuple[BatchItem, ...],
        provider: Provider,
        key: str,
    ) -> None:
        jobs: list[Job] = []
        for item in items:
            for job in queue.submit(item.request, provider, key):
                self._live[job.number] = (batch_id, item.custom_id)
                jobs.append(job)
        self._live_jobs[batch_id] = jobs

    def _job_changed(self, job: Job) -> None:
        if job.number not in self._live or not job.state.finished:
            return
        batch_id, custom_id = self._live.pop(job.number)
        image = job.image_ids[0] if job.image_ids else None
        why = "" if image is not None else (job.message or job.state.value)
        last = not any(other.number in self._live for other in self._live_jobs[batch_id])
        cancelled = last and any(
            other.state is JobState.CANCELLED for other in self._live_jobs[batch_id]
        )
        if last:
            del self._live_jobs[batch_id]
        spawn(self._live_line(batch_id, custom_id, image, why, last, cancelled))

    async def _live_line(
        self,
        batch_id: str,
        custom_id: str,
        image: int | None,
        why: str,
        last: bool,
        cancelled: bool,
    ) -> None:
        async def work(store: GalleryStore) -> dict[str, int] | None:
            if image is not None:
                live_line_done(store, batch_id, custom_id, image)
            else:
                live_line_failed(store, batch_id, custom_id, why)
            return finish_live(store, batch_id, cancelled) if last else None

        counts = await self._guarded(lambda: self._off(work))
        if last and counts is not None:
            self.message.emit(self._finished_text(batch_id, counts))
            self.finished.emit(batch_id)
            await self.load()

    async def refresh(self, provider: Provider, key: str) -> None:
        """Poll every batch of this provider that is not finished yet; say which finished."""

        async def work(store: GalleryStore) -> list[tuple[str, dict[str, int]]]:
            done = []
            async with _client(provider, key) as client:
                runner = BatchRunner(client, store, provider.name)
                for record in store.journal.batches():
                    if _polled(record, provider):
                        status = await runner.refresh(record.id)
                        if status.finished:
                            done.append((record.id, status.counts))
            return done

        done = await self._guarded(lambda: self._off(work))
        for batch_id, counts in done or ():
            self.message.emit(
                self._finished_text(batch_id, counts)
                + " "
                + self.tr("Keep its results from the Batch page.")
            )
            self.finished.emit(batch_id)
        await self.load()

    def _poll_unfinished(self) -> None:
        """The timer's refresh: quiet when there is nothing to ask or no way to ask it."""
        session = self._session
        if session is None or self.busy or not session.ready:
            return
        provider = session.active_provider
        if provider is None:
            return
        if self.records is None:
            spawn(self.load())
        elif any(_polled(record, provider) for record in self.records):
            spawn(self.refresh(provider, session.active_key.value))

    def _finished_text(self, batch_id: str, counts: dict[str, int]) -> str:
        done, failed, total = (counts.get(k, 0) for k in ("completed", "failed", "total"))
        if failed:
            return self.tr("Batch {id} finished: {done} of {total} done, {failed} failed.").format(
                id=batch_id, done=done, total=total, failed=failed
            )
        return self.tr("Batch {id} finished: {done} of {total} done.").format(
            id=batch_id, done=done, total=total
        )

    async def fetch(self, batch_id: str, provider: Provider, key: str) -> int:
        """Keep the finished results; returns how many lines were kept now."""

        async def work(store: GalleryStore) -> int:
            async with _client(provider, key) as client:
                report = await BatchRunner(client, store, provider.name).fetch(batch_id)
                return len(report.saved)

        kept = await self._guarded(lambda: self._off(work))
        await self.load()
        return kept or 0

    async def cancel(self, batch_id: str, provider: Provider, key: str) -> None:
        if batch_id in self._live_jobs and self._queue is not None:
            for job in self._live_jobs[batch_id]:
                self._queue.cancel(job)
            return

        async def work(store: GalleryStore) -> None:
            async with _client(provider, key) as client:
                await BatchRunner(client, store, provider.name).cancel(batch_id)

        await self._guarded(lambda: self._off(work))
        await self.load()

    async def draft_of(self, batch_id: str) -> BatchDraft | None:
        """What ``batch_id`` was made from, its input images read back: to run it again."""

        async def work(store: GalleryStore) -> BatchDraft:
            record = store.journal.batch(batch_id)
            if record is None:
                raise KeyError(batch_id)
            return draft_of(store, record)

        return await self._guarded(lambda: self._off(work))

    async def retry_request(self, entry: JournalEntry) -> ImageRequest | None:
        """The interrupted request as it was sent, an edit's input files read back."""

        async def work(store: GalleryStore) -> ImageRequest:
            return store.journalled_request(entry)

        return await self._guarded(lambda: self._off(work))

    async def dismiss(self, entry: int) -> None:
        async def work(store: GalleryStore) -> None:
            store.journal.dismiss(entry)

        await self._guarded(lambda: self._off(work))
        await self.load()

    async def load(self) -> None:
        """The batches, the interrupted requests and what was spent, as the gallery has them."""

        async def work(
            store: GalleryStore,
        ) -> tuple[tuple[BatchRecord, ...], tuple[JournalEntry, ...], Spent]:
            interrupted = store.journal.entries(RequestState.INTERRUPTED)
            return store.journal.batches(), interrupted, spent(store.journal)

        found = await self._guarded(lambda: self._off(work))
        if found is not None:
            batches, interrupted, money = found
            self.records = batches
            self.batches_changed.emit(batches)
            self.interrupted_changed.emit(interrupted)
            self.spent_changed.emit(money)


def _polled(record: BatchRecord, provider: Provider) -> bool:
    """A Batch API batch of this provider the server has not finished yet."""
    return not record.live and record.provider == provider.name and record.status not in FINISHED


def _client(provider: Provider, key: str) -> ImagesClient:
    """A client for one action: the HTTP stack loads then, not when the window starts."""
    from studio.api import ImagesClient

    return ImagesClient(provider, key)
