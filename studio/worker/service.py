"""The request service: runs jobs, streams partials, decodes, saves — all off the app's process.

Each job is a task on the worker's event loop. Decoding and scaling run in a thread pool so the
loop keeps reading the network; the gallery is written from one dedicated thread, since a
store's connection is used by one thread at a time. A failed or cancelled job keeps its last
partial image in the gallery, marked as a partial, and its message says so (or why not). Each
request ends by the overall deadline in the settings (``request_timeout``), read per job.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from studio.api import (
    ApiError,
    GeneratedImage,
    ImagesClient,
    ModelGone,
    PartialImage,
    RateLimited,
    RequestRejected,
    ServerError,
    StreamInterrupted,
    validate,
)
from studio.config import DEFAULT_REQUEST_TIMEOUT, Paths, Provider, SettingsFile, redact, words
from studio.gallery import GalleryError, GalleryStore, Kind, Outcome, Pricing, Status
from studio.gallery.estimates import estimate
from studio.gallery.spending import SpendingCapReached, check_caps
from studio.imaging import DecodingAhead, NotAnImage, display_pixels, keep_unmasked
from studio.worker.protocol import (
    Cancel,
    Cancelled,
    Done,
    Failed,
    FinalImage,
    Frame,
    Message,
    Partial,
    Progress,
    Run,
)

__all__ = ["RequestService"]

log = logging.getLogger(__name__)


class RequestService:
    def __init__(
        self,
        send: Callable[[Message], Awaitable[None]],
        gallery_root: Path,
        pricing: Pricing | None = None,
        settings: SettingsFile | None = None,
    ) -> None:
        self._send = send
        self._gallery_root = gallery_root
        self._pricing = pricing
        self._settings = settings
        self._store: GalleryStore | None = None
        self._store_thread = ThreadPoolExecutor(1, thread_name_prefix="gallery")
        self._clients: dict[tuple[str, str], ImagesClient] = {}
        self._jobs: dict[int, asyncio.Task[None]] = {}
        self._notices: set[asyncio.Task[None]] = set()

    async def handle(self, message: Message) -> None:
        if isinstance(message, Run):
            task = asyncio.ensure_future(self._run(message))
            self._jobs[message.job] = task
            task.add_done_callback(lambda done: self._ended(message.job, done))
        elif isinstance(message, Cancel):
            task = self._jobs.get(message.job)
            if task is not None:
                task.cancel()

    def _ended(self, job: int, task: asyncio.Task[None]) -> None:
        self._jobs.pop(job, None)
        if task.cancelled():
            # Cancelled before it began: _run never ran to say so.
            notice = asyncio.ensure_future(self._send(Cancelled(job)))
            self._notices.add(notice)
            notice.add_done_callback(self._notices.discard)

    async def close(self) -> None:
        for task in list(self._jobs.values()):
            task.cancel()
        await asyncio.gather(*self._jobs.values(), return_exceptions=True)
        for client in self._clients.values():
            await client.aclose()
        if self._store is not None:
            await self._in_store(self._store.close)
        self._store_thread.shutdown()

    # -- one job ----------------------------------------------------------------------------

    async def _run(self, run: Run) -> None:
        started = time.monotonic()
        last: PartialImage | None = None
        entry: int | None = None
        try:
            warnings = list(validate(run.request))
            client = self._client(run.provider, run.key)
            entry, over = await self._journal_begin(run)
            warnings.extend(over)
            await self._send(Progress(run.job, "sending"))

            async def show(partial: PartialImage) -> None:
                nonlocal last
                if last is None:
                    await self._in_store(lambda: self._gallery().journal.streaming(entry))
                last, received_at = partial, time.monotonic()
                frame = await self._frame(partial.data, run.partial_edge, partial.watch)
                if frame is not None:
                    await self._send(Partial(run.job, partial.index, frame, received_at))

            def decode_ahead(kind: str) -> DecodingAhead | None:
                # Partials only: a final image is saved before it is shown.
                return DecodingAhead(run.partial_edge) if kind.endswith("partial_image") else None

            deadline = await asyncio.to_thread(self._deadline)
            result = await client.run(run.request, show, deadline=deadline, watch=decode_ahead)
            warnings.extend(result.unusable)
            await self._send(Progress(run.job, "saving"))
            outcome = Outcome.of(
                run.request,
                result,
                provider=run.provider.name,
                duration=time.monotonic() - started,
                parents=run.parents,
            )
            if run.variation:
                outcome = replace(outcome, kind=Kind.VARIATION)
            images = result.images
            # The frames are decoded while the images are saved (both take long at 4K).
            kept_unmasked = run.keep_unmasked and run.request.mask is not None
            frames = [
                asyncio.ensure_future(self._frame(image.data, run.display_edge))
                for image in ([] if kept_unmasked else images)
            ]
            ids: list[int | None] = [None] * len(images)
            if run.save:
                try:
                    ids = await self._save(outcome)
                except GalleryError as error:
                    # The images are still shown (and their files kept when they got that far).
                    warnings.append(error.message)
                warnings.extend(await self._in_store(self._take_notice))
            try:
                await self._in_store(lambda: self._journal_done(entry, ids))
            except GalleryError:  # the images are kept and shown; the journal is secondary
                log.exception("could not journal the end of request %s", entry)
            for number, (image, image_id) in enumerate(zip(images, ids, strict=True)):
                if kept_unmasked:
                    final = await self._keep_unmasked(
                        run, outcome, number, image, image_id, warnings
                    )
                    if final is not None:
                        await self._send(final)
                        continue
                    warnings.append(
                        words(
                            "Worker",
                            "The unmasked area was not put back: the result is not the base "
                            "image's shape.",
                        )
                    )
                frame = await (
                    frames[number] if frames else self._frame(image.data, run.display_edge)
                )
                await self._send(FinalImage(run.job, number, frame, image_id))
            cost = None
            if run.save and ids and ids[0] is not None:
                with contextlib.suppress(GalleryError):  # the images are saved and shown
                    cost = await self._in_store(lambda: self._gallery().get(ids[0]).generation.cost)
            revised = next((i.revised_prompt for i in images if i.revised_prompt), None)
            await self._send(
                Done(run.job, result.usage, cost, result.request_id, revised, tuple(warnings))
            )
        except asyncio.CancelledError:
            await self._journal_failed(entry, "Cancelled while in flight.", may_be_billed=True)
            kept, _ = await self._keep_partial(run, last, started)
            await self._send(Cancelled(run.job, kept))
        except GalleryError as error:
            if entry is None:  # the journal could not be written: nothing was sent
                text = words(
                    "Worker",
                    "The request was not sent: the gallery could not record it ({reason}).",
                ).format(reason=error.message)
            else:
                await self._journal_failed(entry, str(error), may_be_billed=True)
                text = words("Worker", "The result could not be kept: {reason}").format(
                    reason=error.message
                )
            await self._send(Failed(run.job, text, "GalleryError"))
        except ApiError as error:
            if isinstance(error, StreamInterrupted) and error.last_partial is not None:
                last = error.last_partial
            await self._journal_failed(entry, error.message, may_be_billed=error.may_be_billed)
            kept, said = await self._keep_partial(run, last, started)
            text = error.message
            if said:
                text = words("Worker", "{failure} {kept}").format(failure=text, kept=said)
            if error.may_be_billed:
                text = words(
                    "Worker", "{failure} It may have been billed, so Studio did not send it again."
                ).format(failure=text)
            await self._send(
                Failed(
                    run.job,
                    text,
                    type(error).__name__,
                    error.request_id,
                    error.status,
                    error.param,
                    retryable=_retryable(error),
                    kept_image_id=kept,
                    replacement=error.replacement if isinstance(error, ModelGone) else None,
                )
            )
        except Exception as error:
            log.exception("job %s failed unexpectedly", run.job)
            await self._journal_failed(entry, str(error), may_be_billed=True)
            await self._send(
                Failed(
                    run.job, redact(f"Studio could not finish this job: {error}"), "InternalError"
                )
            )

    def _deadline(self) -> float:
        if self._settings is None:
            return DEFAULT_REQUEST_TIMEOUT
        return self._settings.load().settings.request_timeout

    async def _keep_partial(
        self, run: Run, last: PartialImage | None, started: float
    ) -> tuple[int | None, str]:
        """The last preview kept in the gallery as a partial: its id, and the sentence that
        tells the user what became of it."""
        if last is None:
            return None, ""
        if not run.save:
            return None, words("Worker", "The last preview was not kept (saving is off).")
        outcome = Outcome(
            run.request,
            (GeneratedImage(last.data, last.format),),
            provider=run.provider.name,
            size=last.size,
            quality=last.quality,
            background=last.background,
            duration=time.monotonic() - started,
            status=Status.PARTIAL,
        )
        try:
            (image_id,) = await self._save(outcome)
        except Exception as error:  # keeping a partial must never hide why the job failed
            log.exception("could not keep the partial image of job %s", run.job)
            reason = error.message if isinstance(error, GalleryError) else str(error)
            return None, words("Worker", "The last preview could not be kept ({reason}).").format(
                reason=reason
            )
        return image_id, words(
            "Worker", "The last preview was kept in the gallery as image {id}."
        ).format(id=image_id)

    async def _keep_unmasked(
        self,
        run: Run,
        raw: Outcome,
        number: int,
        image: GeneratedImage,
        raw_id: int | None,
        warnings: list[str],
    ) -> FinalImage | None:
        """The result with the base's pixels back outside the mask, saved as a child of the
        raw result; None when the result's shape does not allow it.

        The kept image is what the user asked for, so it shows what the request cost; it
        carries the request's id, by which the gallery's totals count that cost once. From a
        server that sent no request id the cost stays with the raw result alone."""
        request = run.request
        assert request.mask is not None
        kept = await asyncio.to_thread(
            keep_unmasked, request.images[0].data, image.data, request.mask.data
        )
        if kept is None:
            return None
        kept_id = None
        if run.save and raw_id is not None:
            share = f"{kept.changed_outside:.1%}"
            note = (
                f"The base image's pixels were put back outside the mask; the model had "
                f"changed {share} of them (its own result is image {raw_id})."
            )

            def save() -> int:
                raw_record = self._gallery().get(raw_id)
                request_cost = raw_record.generation.cost if raw_record else None
                outcome = replace(
                    raw,
                    images=(GeneratedImage(kept.data, "png", image.revised_prompt),),
                    output_format="png",
                    parents=(raw_id,),
                    cost=request_cost if raw.request_id else 0.0,
                )
                (record,) = self._gallery().save(outcome)
                self._gallery().set_notes(record.id, note)
                return record.id

            try:
                kept_id = await self._in_store(save)
            except GalleryError as error:
                warnings.append(error.message)  # shown all the same; the raw result is kept
        frame = await self._frame(kept.data, run.display_edge)
        heat = await self._frame(kept.heat, run.display_edge)
        return FinalImage(run.job, number, frame, kept_id, raw_id, kept.changed_outside, heat)

    # -- the request journal (gallery/_journal.py) -------------------------------------------

    async def _journal_begin(self, run: Run) -> tuple[int, tuple[str, ...]]:
        """Check the spending caps, then write the request down before a byte is sent; returns
        the entry and the caps' warnings. A cap set to refuse raises ``SpendingCapReached``."""
        request = run.request

        def begin() -> tuple[int, tuple[str, ...]]:
            store = self._gallery()
            figure = estimate(request, store.pricing)
            source = self._settings or SettingsFile(Paths.from_environment().settings_file)
            caps = source.load().settings
            verdict = check_caps(store.journal, caps.spending_caps, run.provider.name, figure)
            if verdict.refusal:
                raise SpendingCapReached(
                    words("Worker", "{refusal} Nothing was sent.").format(refusal=verdict.refusal)
                )
            cost = figure.cost
            entry = store.journal.begin(
                provider=run.provider.name,
                model=request.model_name,
                endpoint=request.endpoint.value,
                prompt=request.prompt,
                params=request.parameters(),
                estimate=None if cost is None else cost.high,
                inputs=store.keep_inputs(request),
            )
            return entry, verdict.warnings

        return await self._in_store(begin)

    def _journal_done(self, entry: int, ids: list[int | None]) -> None:
        """Done, linked to the generation of the first kept image (store thread)."""
        record = self._gallery().get(ids[0]) if ids and ids[0] is not None else None
        self._gallery().journal.done(entry, None if record is None else record.generation.id)

    async def _journal_failed(self, entry: int | None, error: str, *, may_be_billed: bool) -> None:
        if entry is None:
            return
        try:
            await self._in_store(
                lambda: self._gallery().journal.failed(entry, error, may_be_billed=may_be_billed)
            )
        except Exception:  # the journal must never hide why the job failed
            log.exception("could not journal the end of request %s", entry)

    # -- helpers ----------------------------------------------------------------------------

    def _client(self, provider: Provider, key: str) -> ImagesClient:
        """One keep-alive client per provider and key, reused across jobs."""
        identity = (repr(provider), key)
        if identity not in self._clients:
            self._clients[identity] = ImagesClient(provider, key)
        return self._clients[identity]

    async def _frame(self, data: bytes, edge: int, ahead: object = None) -> Frame | None:
        """``data`` ready to paint at ``edge``; from ``ahead`` when it decoded it while it
        arrived."""
        if isinstance(ahead, DecodingAhead) and ahead.max_edge == edge:
            pixels = await asyncio.wrap_future(ahead.result)
            if pixels is not None:
                return pixels
        try:
            return await asyncio.to_thread(display_pixels, data, edge)
        except NotAnImage:
            return None  # a file the server got wrong: saved and listed, not painted

    def _gallery(self) -> GalleryStore:
        if self._store is None:
            self._store = GalleryStore(self._gallery_root, self._pricing)
        return self._store

    def _take_notice(self) -> list[str]:
        """What the gallery had to say on opening (a damaged database rebuilt), once."""
        store = self._store
        if store is None or store.notice is None:
            return []
        notice, store.notice = store.notice, None
        return [notice]

    async def _in_store(self, work: Callable[[], Any]) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._store_thread, work)

    async def _save(self, outcome: Outcome) -> list[int | None]:
        def save() -> list[int | None]:
            store = self._gallery()
            priced = outcome
            if outcome.kind is not None and outcome.cost is None:
                # A kind set here is not an import's: the request was sent, so it is priced.
                priced = replace(outcome, cost=store.price(outcome))
            return [record.id for record in store.save(priced)]

        return await self._in_store(save)


def _retryable(error: ApiError) -> bool:
    if isinstance(error, (RateLimited, ServerError, StreamInterrupted)):
        return True
    return not isinstance(error, RequestRejected)
