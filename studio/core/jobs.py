"""Jobs and the queue that runs them through the request worker.

A ``Job`` is one request with an explicit state; the ``JobQueue`` starts queued jobs while fewer
than ``concurrency`` run, routes the worker's messages to them, and emits ``changed(job)`` on
every change a view should show. With streaming and n > 1, one submit makes n single-image jobs
(a group), so every cell of the grid fills live.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from studio.api import Endpoint, ImageFile, ImageRequest, Usage
from studio.config import Provider
from studio.core.tasks import spawn
from studio.core.worker_link import WorkerLink
from studio.worker.protocol import (
    Cancel,
    Cancelled,
    Done,
    Failed,
    FinalImage,
    Frame,
    Partial,
    Progress,
    Run,
)

__all__ = [
    "VARIATION_INSTRUCTION",
    "Job",
    "JobQueue",
    "JobRecord",
    "JobState",
    "variation_by_edit",
]

#: What an edit is told to do when it stands in for a variation.
VARIATION_INSTRUCTION = (
    "Make a variation of this image: keep its subject, composition and style, change details."
)


def variation_by_edit(settings: ImageRequest, image: ImageFile) -> ImageRequest:
    """A variation of ``image`` as an edit with the built-in instruction, for a provider that
    makes no variations; ``settings`` holds the model and parameters the user chose."""
    return replace(
        settings,
        endpoint=Endpoint.EDITS,
        prompt=VARIATION_INSTRUCTION,
        images=(image,),
        mask=None,
        markup=None,
        moderation=None,  # a generation's parameter
    )


class JobState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    RECEIVING = "receiving"
    SAVING = "saving"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)


#: What a job's state reads as (Job is no QObject: its words are in the context "Job").
_STATE_TEXT = {
    JobState.QUEUED: QT_TRANSLATE_NOOP("Job", "queued"),
    JobState.SENDING: QT_TRANSLATE_NOOP("Job", "sending"),
    JobState.RECEIVING: QT_TRANSLATE_NOOP("Job", "receiving"),
    JobState.SAVING: QT_TRANSLATE_NOOP("Job", "saving"),
    JobState.DONE: QT_TRANSLATE_NOOP("Job", "done"),
    JobState.FAILED: QT_TRANSLATE_NOOP("Job", "failed"),
    JobState.CANCELLED: QT_TRANSLATE_NOOP("Job", "cancelled"),
}


@dataclass(frozen=True)
class JobRecord:
    """What stays of a finished job once it is pruned: what it was and what it made."""

    number: int
    group: int
    title: str
    state: JobState
    image_ids: tuple[int, ...]
    kept_image_id: int | None
    cost: float | None
    request_id: str | None
    message: str


class Job:
    """One request and what became of it. Changed only by the queue, on the GUI thread."""

    def __init__(
        self,
        number: int,
        request: ImageRequest,
        provider: Provider,
        key: str,
        group: int,
        cell: int,
        keep_unmasked: bool = False,
        parents: tuple[int, ...] = (),
        variation: bool = False,
        edges: tuple[int, int] = (2048, 1024),
    ) -> None:
        self.number = number
        self.request = request
        self.provider = provider
        self._key = key
        self.group = group
        self.keep_unmasked = keep_unmasked
        self.parents = parents
        #: An edit standing in for a variation (the provider makes none).
        self.variation = variation
        #: This job's place in its group's grid.
        self.cell = cell
        #: Longest edge of its final frames and of its partial previews: the view's size when
        #: it was sent (a job queued behind others keeps it).
        self.display_edge, self.partial_edge = edges
        self.state = JobState.QUEUED
        self.created = time.monotonic()
        self.started: float | None = None
        self.ended: float | None = None
        self.partials_received = 0
        #: What to paint now: the newest partial, then the final image.
        self.frame: Frame | None = None
        self.image_ids: list[int] = []
        self.frames: list[Frame] = []
        #: With keep-unmasked, per final image: the model's own result in the gallery, the
        #: share of pixels it changed outside the mask, and where (a heat overlay).
        self.raw_image_ids: list[int | None] = []
        self.changed_outside: list[float | None] = []
        self.heats: list[Frame | None] = []
        self.usage: Usage | None = None
        self.cost: float | None = None
        self.request_id: str | None = None
        self.message = ""
        self.retryable = False
        self.kept_image_id: int | None = None
        self.warnings: tuple[str, ...] = ()
        #: When the model was shut down: the model that replaces it.
        self.replacement: str | None = None
        #: How many jobs its run was split into (one per image when streaming n > 1).
        self.group_size = 1

    @property
    def title(self) -> str:
        """What the job is about: its prompt, or what a variation is of, and its place in its
        run ("2 of 3 · …") so the jobs of one run can be told apart."""
        return self.short_title(None)

    def short_title(self, limit: int | None = 60) -> str:
        """The title on one line, its subject cut to ``limit`` characters (the place kept)."""
        if self.variation or self.request.endpoint is Endpoint.VARIATIONS:
            if self.parents:
                subject = QCoreApplication.translate("Job", "Variation of image {n}").format(
                    n=self.parents[0]
                )
            elif self.request.images:
                subject = QCoreApplication.translate("Job", "Variation of {name}").format(
                    name=self.request.images[0].filename
                )
            else:
                subject = QCoreApplication.translate("Job", "Variation of an image")
        else:
            subject = self.request.prompt.replace("\n", " ")
        if limit is not None and len(subject) >= limit:
            subject = subject[: limit - 3] + "…"
        if self.group_size > 1:  # first: a narrow jobs list cuts the end of a title
            return QCoreApplication.translate("Job", "{n} of {count} · {subject}").format(
                n=self.cell + 1, count=self.group_size, subject=subject
            )
        return subject

    @property
    def pixel_bytes(self) -> int:
        """Display pixels held (frames and overlays): what pruning frees."""
        frames = {id(f): f for f in (self.frame, *self.frames, *self.heats) if f is not None}
        return sum(len(frame.rgba) for frame in frames.values())

    def drop_pixels(self) -> None:
        """Forget the display pixels: the images are in the gallery, read again when shown."""
        self.frame = None
        self.frames = []
        self.heats = [None] * len(self.heats)

    def record(self) -> JobRecord:
        return JobRecord(
            self.number,
            self.group,
            self.title,
            self.state,
            tuple(self.image_ids),
            self.kept_image_id,
            self.cost,
            self.request_id,
            self.message,
        )

    @property
    def partials_expected(self) -> int:
        return (self.request.partial_images or 0) if self.request.stream else 0

    @property
    def elapsed(self) -> float:
        if self.started is None:
            return 0.0
        return (self.ended or time.monotonic()) - self.started

    @property
    def status_text(self) -> str:
        if self.state is JobState.RECEIVING and self.partials_expected:
            return QCoreApplication.translate("Job", "receiving partial {n} of {count}").format(
                n=self.partials_received, count=self.partials_expected
            )
        if self.state is JobState.FAILED and self.kept_image_id is not None:
            return QCoreApplication.translate("Job", "failed (last preview kept)")
        return QCoreApplication.translate("Job", _STATE_TEXT[self.state])


class JobQueue(QObject):
    added = Signal(object)  # Job
    changed = Signal(object)  # Job
    #: A result was saved to the gallery: (job, frame or None, image id).
    saved = Signal(object, object, int)
    #: Rows the gallery gained from one result, oldest first (a kept-unmasked edit's model's
    #: own result, then the kept image; or a stopped job's last preview): what the gallery
    #: and the recent strip add.
    stored = Signal(tuple)
    #: The worker stopped; its running jobs were marked failed.
    worker_died = Signal(str)
    #: A sentence the user should read (a retry that changed the model, say).
    notice = Signal(str)
    #: A finished job left the list (pruned); its record is in ``history``.
    removed = Signal(object)  # Job

    #: Display pixels kept by finished jobs, in bytes (the newest jobs keep theirs).
    pixel_budget = 192 * 1024 * 1024
    #: Finished jobs kept in the list; older ones are pruned to records.
    keep_finished = 60

    def __init__(
        self,
        link: WorkerLink,
        concurrency: int = 2,
        display_edge: int = 2048,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.link = link
        self.concurrency = concurrency
        self.display_edge = display_edge
        #: Set by the view to its size in device pixels: partial previews need no more.
        self.partial_edge = 1024
        self.jobs: list[Job] = []
        self.history: deque[JobRecord] = deque(maxlen=500)
        #: The model that replaces a shut-down one, or None while it is live (the session
        #: knows; set by whoever builds the queue).
        self.replacement_for: Callable[[str], str | None] = lambda model: None
        self._numbers = itertools.count(1)
        link.received.connect(self._on_message)
        link.died.connect(self._on_died)

    def submit(
        self,
        request: ImageRequest,
        provider: Provider,
        key: str,
        *,
        keep_unmasked: bool = False,
        parents: tuple[int, ...] = (),
        variation: bool = False,
        edges: tuple[int, int] | None = None,
    ) -> list[Job]:
        """Queue ``request``; streaming with n > 1 becomes n single-image jobs in one group.

        ``edges`` are the display and partial edges its frames need (the queue's by default)."""
        group = next(self._numbers)
        count = request.n or 1
        requests = [replace(request, n=1)] * count if request.stream and count > 1 else [request]
        made = []
        for cell, each in enumerate(requests):
            job = Job(
                next(self._numbers),
                each,
                provider,
                key,
                group,
                cell,
                keep_unmasked,
                parents,
                variation,
                edges or (self.display_edge, self.partial_edge),
            )
            job.group_size = len(requests)
            self.jobs.append(job)
            made.append(job)
            self.added.emit(job)
        self._start_queued()
        return made

    def cancel(self, job: Job) -> None:
        if job.state is JobState.QUEUED:
            self._finish(job, JobState.CANCELLED)
            return
        if not job.state.finished:
            spawn(self.link.send(Cancel(job.number)))

    def cancel_newest(self) -> Job | None:
        running = [job for job in self.jobs if not job.state.finished]
        if running:
            self.cancel(running[-1])
            return running[-1]
        return None

    def retry(self, job: Job, model: str | None = None) -> list[Job]:
        """Send ``job``'s request again, with ``model`` if given; a model shut down since is
        replaced by its successor, and ``notice`` says so."""
        old = job.request.model_name
        if model is None:
            model = self.replacement_for(old) or job.replacement
            if model is not None:
                self.notice.emit(
                    self.tr("{old} has been shut down: the job was retried with {model}.").format(
                        old=old, model=model
                    )
                )
        request = job.request if model is None else replace(job.request, model=model)
        return self.submit(
            request,
            job.provider,
            job._key,
            keep_unmasked=job.keep_unmasked,
            parents=job.parents,
            variation=job.variation,
            edges=(job.display_edge, job.partial_edge),
        )

    @property
    def running(self) -> list[Job]:
        return [job for job in self.jobs if not job.state.finished]

    def _start_queued(self) -> None:
        active = sum(1 for job in self.jobs if job.started is not None and not job.state.finished)
        for job in self.jobs:
            if active >= self.concurrency:
                break
            if job.state is JobState.QUEUED and job.started is None:
                job.started = time.monotonic()
                job.state = JobState.SENDING
                active += 1
                self.changed.emit(job)
                spawn(
                    self.link.send(
                        Run(
                            job.number,
                            job.request,
                            job.provider,
                            job._key,
                            job.display_edge,
                            partial_edge=job.partial_edge,
                            keep_unmasked=job.keep_unmasked,
                            parents=job.parents,
                            variation=job.variation,
                        )
                    )
                )

    def _job(self, number: int) -> Job | None:
        return next((job for job in self.jobs if job.number == number), None)

    def _on_message(self, message: object) -> None:
        job = self._job(getattr(message, "job", -1))
        if job is None or job.state.finished:
            return
        if isinstance(message, Progress):
            job.state = {"sending": JobState.SENDING, "saving": JobState.SAVING}.get(
                message.stage, JobState.RECEIVING
            )
        elif isinstance(message, Partial):
            job.state = JobState.RECEIVING
            job.partials_received = message.index + 1
            job.frame = message.frame
        elif isinstance(message, FinalImage):
            if message.frame is not None:
                job.frame = message.frame
                job.frames.append(message.frame)
            job.raw_image_ids.append(message.raw_image_id)
            job.changed_outside.append(message.changed_outside)
            job.heats.append(message.heat)
            if message.image_id is not None:
                job.image_ids.append(message.image_id)
                self.saved.emit(job, message.frame, message.image_id)
            stored = tuple(i for i in (message.raw_image_id, message.image_id) if i is not None)
            if stored:
                self.stored.emit(stored)
        elif isinstance(message, Done):
            job.usage, job.cost, job.request_id = message.usage, message.cost, message.request_id
            job.warnings = message.warnings
            self._finish(job, JobState.DONE)
            return
        elif isinstance(message, Failed):
            job.message, job.request_id = message.message, message.request_id
            job.retryable, job.kept_image_id = message.retryable, message.kept_image_id
            job.replacement = message.replacement
            self._finish(job, JobState.FAILED)
            return
        elif isinstance(message, Cancelled):
            job.kept_image_id = message.kept_image_id
            self._finish(job, JobState.CANCELLED)
            return
        self.changed.emit(job)

    def _finish(self, job: Job, state: JobState) -> None:
        job.state = state
        job.ended = time.monotonic()
        self.changed.emit(job)
        if job.kept_image_id is not None:  # a failed or cancelled job's last preview, saved
            self.stored.emit((job.kept_image_id,))
        self._prune()
        self._start_queued()

    def _prune(self) -> None:
        """Keep memory flat however long the app runs: the newest finished jobs keep their
        pixels up to ``pixel_budget`` bytes, and beyond ``keep_finished`` finished jobs the
        oldest leave the list, leaving a small record in ``history``."""
        finished = [job for job in self.jobs if job.state.finished]
        held = 0
        for job in reversed(finished):
            size = job.pixel_bytes
            if held + size > self.pixel_budget:
                job.drop_pixels()
            else:
                held += size
        for job in finished[: max(len(finished) - self.keep_finished, 0)]:
            self.jobs.remove(job)
            self.history.append(job.record())
            self.removed.emit(job)

    def _on_died(self, reason: str) -> None:
        for job in self.running:
            if job.started is not None:
                job.message = reason + " " + self.tr("The job can be retried.")
                job.retryable = True
                self._finish(job, JobState.FAILED)
        self.worker_died.emit(reason)
        self._start_queued()
