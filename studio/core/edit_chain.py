"""Regions edited one after another: each region's edit starts from the previous one's result,
through the job queue like any edit, so every step is kept and linked in the gallery."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from studio import imaging
from studio.api import ImageFile, ImageRequest, dimensions
from studio.core.jobs import Job, JobQueue, JobState
from studio.core.messages import say, sentence
from studio.core.tasks import spawn
from studio.imaging import NotAnImage

__all__ = ["ChainStep", "EditChain"]


@dataclass(frozen=True)
class ChainStep:
    prompt: str
    mask: ImageFile


#: Queue ``request`` with these parents; returns the jobs made (the window's submit).
Submit = Callable[[ImageRequest, tuple[int, ...]], list[Job]]
#: The bytes of a gallery image, by id.
ReadImage = Callable[[int], Awaitable[bytes]]


class EditChain(QObject):
    """``ended`` carries a sentence: all steps done, or which step stopped the chain and why."""

    step_started = Signal(int, int)  # the step (from 1), of how many
    ended = Signal(str)

    def __init__(
        self,
        queue: JobQueue,
        request: ImageRequest,
        steps: tuple[ChainStep, ...],
        submit: Submit,
        read_image: ReadImage,
        parent: QObject | None = None,
    ) -> None:
        """``request`` is the first edit as it would be sent (its base and other inputs);
        each step replaces the prompt and the mask, and from the second on the base."""
        super().__init__(parent)
        self._queue = queue
        self._request = request
        self.steps = steps
        self._submit = submit
        self._read_image = read_image
        self._job: Job | None = None
        self.step = 0
        self.results: list[int] = []
        queue.changed.connect(self._job_changed)

    def start(self, parents: tuple[int, ...]) -> None:
        self._run(
            replace(self._request, prompt=self.steps[0].prompt, mask=self.steps[0].mask), parents
        )

    def _run(self, request: ImageRequest, parents: tuple[int, ...]) -> None:
        self.step += 1
        self.step_started.emit(self.step, len(self.steps))
        jobs = self._submit(request, parents)
        self._job = jobs[0] if jobs else None
        if self._job is None:
            self._end(self.tr("Region {n} could not be sent.").format(n=self.step))

    def _job_changed(self, job: Job) -> None:
        if job is not self._job or not job.state.finished:
            return
        self._job = None
        if job.state is not JobState.DONE or not job.image_ids:
            why = (say(job.message) or job.status_text).rstrip(".")
            self._end(
                self.tr("The regions stopped at {n} of {count}: {why}.").format(
                    n=self.step, count=len(self.steps), why=why
                )
            )
            return
        self.results.append(job.image_ids[0])
        if self.step == len(self.steps):
            self._end(
                self.tr("All %n regions were edited, one after another.", None, len(self.steps))
            )
            return
        spawn(self._next(job.image_ids[0], job.request))

    async def _next(self, result_id: int, previous: ImageRequest) -> None:
        step = self.steps[self.step]
        try:
            data = await self._read_image(result_id)
            size = dimensions(data)
            if size is None:
                raise NotAnImage(self.tr("not an image Studio can read"))
            mask = await asyncio.to_thread(imaging.resized_mask, step.mask.data, size)
            base = ImageFile.from_bytes(data, f"region-{self.step}-result")
        except (OSError, NotAnImage) as error:
            self._end(
                self.tr("The result of region {n} could not be read: {why}.").format(
                    n=self.step, why=sentence(error)
                )
            )
            return
        request = replace(
            previous,
            prompt=step.prompt,
            images=(base, *previous.images[1:]),
            mask=replace(step.mask, data=mask),
        )
        self._run(request, (result_id,))

    def _end(self, sentence: str) -> None:
        self._queue.changed.disconnect(self._job_changed)
        self.ended.emit(sentence)
