"""What the window shows and does, without a widget: the run on the canvas and its selected
cell, the image behind it, the compared kept-unmasked edit, today's and this month's spending
(read from the gallery), and the one way requests are sent.

Each state is an observable property: reading it gives the value, and ``<name>_changed`` is
emitted only when a new value differs from the old, so widgets bind to it without loops.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from studio.api import Endpoint, ImageRequest, InvalidParameters, validate
from studio.core.gallery_reader import GalleryReader
from studio.core.jobs import Job, JobQueue, JobState
from studio.core.messages import Messages, reports
from studio.core.session import Session
from studio.core.tasks import spawn
from studio.gallery.spending import start_of_day, start_of_month

__all__ = ["Shown", "Spending", "Workspace", "observable"]

T = TypeVar("T")


class observable(Generic[T]):  # lower case: used like ``property``
    """A property whose setter emits ``<name>_changed(value)`` when the value really changes."""

    def __init__(self, default: T) -> None:
        self.default = default
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type | None = None) -> T:
        if instance is None:
            return self  # type: ignore[return-value]
        return instance.__dict__.get(self.name, self.default)  # type: ignore[no-any-return]

    def __set__(self, instance: object, value: T) -> None:
        if instance.__dict__.get(self.name, self.default) == value:
            return
        instance.__dict__[self.name] = value
        getattr(instance, f"{self.name}_changed").emit(value)


@dataclass(frozen=True)
class Shown:
    """What the results canvas shows: a run's cells (their gallery ids as they are saved, a
    cancelled or failed job's kept preview too), or one image opened from the gallery, a file
    or the clipboard."""

    group: int | None = None
    cells: tuple[int | None, ...] = ()
    source: Path | bytes | None = None

    def image_id(self, cell: int) -> int | None:
        return self.cells[cell] if 0 <= cell < len(self.cells) else None


@dataclass(frozen=True)
class Spending:
    today: float = 0.0
    month: float = 0.0


class Workspace(QObject):
    """The window's state and actions over the session, the job queue and the gallery."""

    shown_changed = Signal(object)  # Shown
    selected_cell_changed = Signal(int)
    #: The job whose kept-unmasked result is compared with the model's own (or None).
    compared_changed = Signal(object)
    spending_changed = Signal(object)  # Spending

    shown: observable[Shown] = observable(Shown())
    selected_cell: observable[int] = observable(0)
    compared: observable[Job | None] = observable(None)
    spending: observable[Spending] = observable(Spending())

    def __init__(
        self,
        session: Session,
        queue: JobQueue,
        reader: GalleryReader,
        messages: Messages | None = None,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.queue = queue
        self.reader = reader
        self.messages = messages or Messages(self)
        self._clock = clock
        #: Longest edge of the frames a run sends back: the view's size in device pixels.
        self.display_edge = 2048
        self._midnight = QTimer(self, singleShot=True)
        self._midnight.timeout.connect(lambda: spawn(self.refresh_spending()))
        queue.changed.connect(self._job_changed)
        queue.saved.connect(self._saved)

    # -- what is shown ----------------------------------------------------------------------

    @property
    def shown_image_id(self) -> int | None:
        """The gallery image the selected cell shows (None while it is waiting or unsaved)."""
        return self.shown.image_id(self.selected_cell)

    @property
    def shows_edit(self) -> bool:
        """Whether the run shown is an edit (not variations): its results may be refined."""
        return any(
            job.group == self.shown.group
            and job.request.endpoint is Endpoint.EDITS
            and not job.variation
            for job in self.queue.jobs
        )

    def show_run(self, group: int, cells: int) -> None:
        self.shown = Shown(group, (None,) * cells)
        self.selected_cell = 0
        self.compared = None

    def show_image(self, image_id: int | None, source: Path | bytes | None = None) -> None:
        """One image: from the gallery (``image_id``) or else a file's or pasted ``source``."""
        self.shown = Shown(None, (image_id,), source if image_id is None else None)
        self.selected_cell = 0
        self.compared = None

    def shown_as(self, image_id: int | None) -> None:
        """The selected cell now shows another gallery image (the model's own result of a
        kept-unmasked edit, or the edit again)."""
        cells = list(self.shown.cells) or [None]
        cells[min(self.selected_cell, len(cells) - 1)] = image_id
        self.shown = Shown(self.shown.group, tuple(cells), self.shown.source)

    def select_cell(self, cell: int) -> None:
        if 0 <= cell < max(len(self.shown.cells), 1):
            self.selected_cell = cell

    def _set_cell(self, cell: int, image_id: int) -> None:
        cells = list(self.shown.cells)
        if cell >= len(cells):
            cells.extend([None] * (cell + 1 - len(cells)))
        cells[cell] = image_id
        self.shown = Shown(self.shown.group, tuple(cells), self.shown.source)

    def _cell_of(self, job: Job) -> int:
        """A grouped job fills its own cell; one job of n images fills them in order."""
        return job.cell if job.group_size > 1 else max(len(job.image_ids) - 1, 0)

    def _saved(self, job: Job, frame: object, image_id: int) -> None:
        if job.group == self.shown.group:
            self._set_cell(self._cell_of(job), image_id)

    def _job_changed(self, job: Job) -> None:
        if job.group == self.shown.group:
            kept = job.kept_image_id
            if kept is not None and self.shown.image_id(job.cell) is None:
                self._set_cell(job.cell, kept)  # a cancelled or failed job's last preview
            if job.cell == 0 and job.changed_outside and job.changed_outside[0] is not None:
                self.compared = job
        if job.state is JobState.DONE:
            spawn(self.refresh_spending())

    # -- spending ---------------------------------------------------------------------------

    @reports(QT_TRANSLATE_NOOP("Workspace", "Today's spending could not be read: {why}"))
    async def refresh_spending(self) -> None:
        """Read today's and this month's cost from the gallery, and again at the next
        midnight (the clock's), so the day's figure starts from nothing."""
        now = self._clock()
        moment = now.timestamp()
        self.spending = Spending(
            *await self.reader.cost_since(start_of_day(moment), start_of_month(moment))
        )
        tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        self._midnight.start(max(int((tomorrow - now).total_seconds() * 1000) + 1, 1))

    async def reconcile_gallery(self) -> None:
        """Once a start, in the background: say if files went missing or appeared."""
        with self.messages.reporting(self.tr("The gallery could not be checked: {why}.")):
            report = await self.reader.reconcile()
            if report.missing:
                self.messages.tell(
                    self.tr(
                        "%n image file(s) are missing from the gallery folder; they are marked "
                        "in the gallery.",
                        None,
                        len(report.missing),
                    )
                )
            if report.recovered:
                self.messages.tell(
                    self.tr(
                        "%n image file(s) in the gallery folder had no entry in the gallery (a "
                        "save cut short); they were added back.",
                        None,
                        len(report.recovered),
                    )
                )

    # -- actions ----------------------------------------------------------------------------

    def valid(self, request: ImageRequest) -> bool:
        """Say why the model would refuse ``request`` (in a sentence); True when it would not."""
        try:
            validate(request)
        except InvalidParameters as error:
            self.messages.tell(error.message)
            return False
        return True

    def submit(
        self,
        request: ImageRequest,
        *,
        keep_unmasked: bool = False,
        parents: tuple[int, ...] = (),
        variation: bool = False,
    ) -> list[Job]:
        """Send a draft request (a generation, an edit or variations) and show its run; only
        this needs a usable key."""
        provider = self.session.active_provider
        if provider is None or not self.session.ready:
            self.messages.tell(self.tr("Add an API key or start the offline demo server first."))
            return []
        jobs = self.queue.submit(
            request,
            provider,
            self.session.active_key.value,
            keep_unmasked=keep_unmasked,
            parents=parents,
            variation=variation,
            edges=(self.display_edge, self.display_edge),
        )
        self.show_run(jobs[0].group, max(len(jobs), request.n or 1))
        return jobs

    def retry(self, job: Job, model: str | None = None) -> list[Job]:
        """Send ``job`` again (with ``model``, or a shut-down model's successor) and show it."""
        jobs = self.queue.retry(job, model)
        if jobs:
            self.show_run(jobs[0].group, max(len(jobs), job.request.n or 1))
        return jobs

    def __repr__(self) -> str:  # for test failures: the state, not an address
        return f"Workspace(shown={self.shown!r}, cell={self.selected_cell})"
