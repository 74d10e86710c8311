"""The Batch page's state and actions: preview, send, poll, fetch, cancel; the journal's leftovers.

Everything that touches the network or the gallery runs on a thread of its own with its own
event loop (a store and a client per action), so the window never waits; results come back as
signals. Expected failures become a sentence on ``message``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from studio.api import ApiError, Endpoint, ImageRequest
from studio.batch import (
    BatchRunner,
    ExpansionError,
    Preview,
    Template,
    expand,
    parse_matrix,
    preview,
    rows_from_lines,
    rows_from_table,
)
from studio.config import Provider, Settings
from studio.core.messages import say
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

__all__ = ["BatchDraft", "BatchSession"]

T = TypeVar("T")


@dataclass(frozen=True)
class BatchDraft:
    """What the Batch page holds before anything is sent."""

    template: str
    values: str = ""
    #: ``values`` is a CSV or TSV table whose header names the variables.
    table: bool = False
    matrix: str = ""
    base: ImageRequest = field(default_factory=lambda: ImageRequest(Endpoint.GENERATIONS))
    batch_api: bool = True

    def expanded(self) -> tuple:
        template = Template(self.template)
        rows: list[dict[str, str]] = []
        if self.values.strip():
            rows = (
                rows_from_table(self.values)
                if self.table
                else rows_from_lines(self.values, template)
            )
        return expand(template, rows, self.base, parse_matrix([self.matrix] if self.matrix else []))


def _plain_loop() -> asyncio.AbstractEventLoop:
    return asyncio.DefaultEventLoopPolicy().new_event_loop()


class BatchSession(QObject):
    previewed = Signal(object)  # Preview
    batches_changed = Signal(object)  # tuple[BatchRecord, ...]
    interrupted_changed = Signal(object)  # tuple[JournalEntry, ...]
    spent_changed = Signal(object)  # Spent
    message = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, gallery_root: Path, settings: Callable[[], Settings]) -> None:
        super().__init__()
        self.gallery_root = gallery_root
        self._settings = settings
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="batches")
        self.preview: Preview | None = None
        self.busy = False

    def close(self) -> None:
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

        return await asyncio.get_running_loop().run_in_executor(self._thread, run)

    async def _guarded(self, work: Callable[[], Awaitable[T]]) -> T | None:
        """Expected failures said as a sentence; the page stays usable."""
        self._set_busy(True)
        try:
            return await work()
        except (ApiError, GalleryError, ExpansionError, OSError, KeyError) as error:
            text = getattr(error, "message", None) or str(error)
            if isinstance(error, KeyError):
                text = self.tr("This gallery has no batch {id}.").format(id=error.args[0])
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
        """Send the draft: a batch id through the Batch API, or "live" when run live."""

        async def work(store: GalleryStore) -> str:
            items = draft.expanded()
            if not items:
                raise ExpansionError(self.tr("there is nothing to send"))
            planned = preview(items, store.pricing, batch_api=draft.batch_api)
            caps = self._settings().spending_caps
            verdict = check_caps(store.journal, caps, provider.name, planned.total)
            if verdict.refusal:
                raise SpendingCapReached(verdict.refusal + " " + self.tr("Nothing was sent."))
            async with _client(provider, key) as client:
                runner = BatchRunner(client, store, provider.name)
                if draft.batch_api:
                    return (await runner.submit(items)).id
                report = await runner.run_live(items, self._settings().concurrent_jobs)
                if report.failed:
                    self.message.emit(
                        self.tr(
                            "{failed} of %n request(s) failed; the first: {why}", None, len(items)
                        ).format(failed=len(report.failed), why=report.failed[0][1])
                    )
                return "live"

        sent = await self._guarded(lambda: self._off(work))
        await self.load()
        return sent

    async def refresh(self, provider: Provider, key: str) -> None:
        """Poll every batch of this provider that is not finished yet."""

        async def work(store: GalleryStore) -> None:
            async with _client(provider, key) as client:
                runner = BatchRunner(client, store, provider.name)
                for record in store.journal.batches():
                    if record.provider == provider.name and record.status not in (
                        "completed",
                        "failed",
                        "expired",
                        "cancelled",
                    ):
                        await runner.refresh(record.id)

        await self._guarded(lambda: self._off(work))
        await self.load()

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
        async def work(store: GalleryStore) -> None:
            async with _client(provider, key) as client:
                await BatchRunner(client, store, provider.name).cancel(batch_id)

        await self._guarded(lambda: self._off(work))
        await self.load()

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
            self.batches_changed.emit(batches)
            self.interrupted_changed.emit(interrupted)
            self.spent_changed.emit(money)


def _client(provider: Provider, key: str) -> ImagesClient:
    """A client for one action: the HTTP stack loads then, not when the window starts."""
    from studio.api import ImagesClient

    return ImagesClient(provider, key)
