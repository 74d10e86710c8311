"""The results page: the canvas bound to the Workspace (a run's cells filling live, the chosen
cell marked), the compare bar under a kept-unmasked edit, and, while nothing can be sent, the
welcome above them (browsing, editing and the gallery need no key)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from studio import imaging
from studio.core import GalleryReader, Job, JobQueue, JobState, Session
from studio.core.messages import Messages
from studio.core.workspace import Shown, Workspace
from studio.gallery import GridItem
from studio.imaging import DisplayPixels, NotAnImage, read_image_file
from studio.ui.canvas import Canvas
from studio.ui.notices import CompareBar
from studio.ui.welcome import WelcomePanel

__all__ = ["ResultsPage", "decode"]

#: Longest edge of the copy shown when zoomed in (3840x2160 is the largest image made).
DETAIL_EDGE = 4096


async def decode(path: Path, max_edge: int = 2048) -> DisplayPixels:
    """Read (a regular file of sane size only) and decode off the GUI thread."""
    return await asyncio.to_thread(lambda: imaging.display_pixels(read_image_file(path), max_edge))


class ResultsPage(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        session: Session,
        reader: GalleryReader,
        start: Callable[[Coroutine[Any, Any, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._queue: JobQueue = workspace.queue
        self._reader = reader
        self._start = start
        self._messages: Messages = workspace.messages
        self._detail_for: int | None = None
        #: The run the canvas's cells belong to.
        self._group: int | None = None
        self.welcome = WelcomePanel(session)
        self.canvas = Canvas()
        self.compare = CompareBar()
        self.compare.show_raw.toggled.connect(self._show_raw)
        self.compare.show_heat.toggled.connect(self._show_heat)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.welcome)
        column.addWidget(self.compare)
        column.addWidget(self.canvas, 1)
        self.canvas.cell_clicked.connect(workspace.select_cell)
        self.canvas.detail_wanted.connect(self._want_detail)
        workspace.selected_cell_changed.connect(self.canvas.select_cell)
        workspace.compared_changed.connect(self._compare)
        workspace.shown_changed.connect(self._shown_changed)
        self._queue.changed.connect(self._job_changed)

    def _shown_changed(self) -> None:
        shown = self._workspace.shown
        if shown.group is not None and shown.group != self._group:
            self.canvas.show_cells(len(shown.cells))
        self._group = shown.group
        if isinstance(shown.source, Path):
            self.canvas.set_original(0, shown.source)  # an opened file
        if any(image_id is not None for image_id in shown.cells):
            self._start(self._name_cells(shown))

    async def _name_cells(self, shown: Shown) -> None:
        """Name the saved images by their revised prompt or prompt (for screen readers), and
        tell the canvas their files (a drag takes them whole)."""
        for cell, image_id in enumerate(shown.cells):
            record = None if image_id is None else await self._reader.get(image_id)
            if record is not None and self._workspace.shown == shown:
                self.canvas.set_original(cell, record.path)
                name = GridItem.of(record).name
                self.canvas.name_cell(
                    cell, name or self.tr("Image {id}, without a prompt").format(id=image_id)
                )

    def show_pixels(self, pixels: DisplayPixels) -> None:
        self.canvas.show_frame(pixels)

    def _job_changed(self, job: Job) -> None:
        if job.group != self._workspace.shown.group:
            return
        subject = job.short_title(None) if job.group_size == 1 else job.request.prompt
        for cell in range(job.cell, job.cell + max(1, len(job.frames))):
            self.canvas.name_cell(cell, subject)
        if job.group_size > 1:
            if job.frame is not None:
                self.canvas.set_cell(job.cell, job.frame)
        elif job.frames:
            for index, frame in enumerate(job.frames):
                self.canvas.set_cell(index, frame)
        elif job.frame is not None:
            self.canvas.set_cell(0, job.frame)
        if job.state in (JobState.CANCELLED, JobState.FAILED) and job.frame is None:
            ending = (
                self.tr("Cancelled before any image arrived.")
                if job.state is JobState.CANCELLED
                else self.tr("No image: {reason}").format(reason=job.message)
            )
            for cell in self._cells_of(job):
                self.canvas.end_cell(cell, ending)
        elif job.state is JobState.DONE:
            # Saved, but not painted: a file the server got wrong, or no room to hand it over.
            for cell in self._cells_of(job):
                self.canvas.end_cell(cell, self.tr("Saved in the gallery, but not shown here."))

    @staticmethod
    def _cells_of(job: Job) -> range:
        return range(job.cell, job.cell + (job.request.n or 1) if job.group_size == 1 else 1)

    # -- comparing a kept-unmasked edit with the model's own result ------------------------

    def _compare(self, job: Job | None) -> None:
        self.canvas.set_overlay(None)
        if job is None:
            self.compare.hide()
            return
        self.compare.present(job.changed_outside[0] or 0.0)
        self.compare.show_heat.setEnabled(job.heats[0] is not None)
        self.compare.show_raw.setEnabled(job.raw_image_ids[0] is not None)

    def _show_heat(self, shown: bool) -> None:
        job = self._workspace.compared
        self.canvas.set_overlay(job.heats[0] if shown and job is not None else None)

    def _show_raw(self, shown: bool) -> None:
        job = self._workspace.compared
        if job is None or not job.frames:
            return
        raw_id = job.raw_image_ids[0]
        if shown and raw_id is not None:
            self._start(self._show_raw_image(job, raw_id))
        else:
            self.canvas.show_detail(job.frames[0])
            self._workspace.shown_as(job.image_ids[0] if job.image_ids else None)

    async def _show_raw_image(self, job: Job, raw_id: int) -> None:
        path = await self._reader.path_of(raw_id)
        if path is None:
            return
        try:
            frame = await decode(path, job.display_edge)
        except (OSError, NotAnImage):
            self._messages.show_status(self.tr("The model's own result could not be read."))
            return
        if self._workspace.compared is job and self.compare.show_raw.isChecked():
            self.canvas.show_detail(frame)
            self._workspace.shown_as(raw_id)

    # -- a sharper copy when zoomed in ------------------------------------------------------

    def _want_detail(self) -> None:
        image_id = self._workspace.shown_image_id
        if image_id is not None and self._detail_for != image_id:
            self._detail_for = image_id
            self._start(self._load_detail(image_id))

    async def _load_detail(self, image_id: int) -> None:
        path = await self._reader.path_of(image_id)
        if path is None:
            return
        try:
            frame = await decode(path, DETAIL_EDGE)
        except (OSError, NotAnImage):
            return  # the fitted copy stays; nothing the user asked for is lost
        if self._workspace.shown_image_id == image_id:
            self.canvas.show_detail(frame)
