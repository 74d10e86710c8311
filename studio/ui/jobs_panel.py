"""The job queue as a list: each job's state, elapsed time, cancel or retry, and on failure
the sentence to read and the request id to copy — or, for a model that was shut down, its
replacement in one click."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core import Job, JobQueue, JobState
from studio.core.locale_format import format_count
from studio.core.messages import say
from studio.ui.elided_label import ElidedLabel
from studio.ui.flow_layout import FlowLayout
from studio.ui.theme import standard_icon

__all__ = ["JobRow", "JobsPanel"]


class JobRow(QFrame):
    selected = Signal(object)  # Job
    #: The user chose this model for what comes next (a shut-down model's replacement).
    model_chosen = Signal(str)

    def __init__(self, job: Job, queue: JobQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._queue = queue
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(job.short_title())
        self.title.setToolTip(job.title)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state = QLabel(wordWrap=True)
        self.state.setAccessibleName(self.tr("Job state"))
        # Its text changes every second while the job runs: at a fixed size, a change is only
        # repainted, and does not lay out the whole column of jobs again (21 ms with 40 jobs).
        self.seconds = QLabel(alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.seconds.setAccessibleName(self.tr("Time taken"))
        widest = self.tr("{seconds} s").format(seconds=format_count(88888))
        metrics = self.seconds.fontMetrics()
        self.seconds.setFixedSize(metrics.horizontalAdvance(widest) + 2, metrics.height())
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Job problem"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One long word (a path, a URL) must not widen the card past its dock: it is cut there
        # and the whole message is in the tooltip.
        self.message.setMinimumWidth(1)
        self.request = ElidedLabel()
        self.request.setAccessibleName(self.tr("Request id"))
        style = self.style()
        self.cancel = QToolButton()
        self.cancel.setIcon(standard_icon(style, QStyle.StandardPixmap.SP_DialogCancelButton))
        self.cancel.setToolTip(self.tr("Cancel this job (Esc cancels the newest)"))
        self.cancel.setAccessibleName(self.tr("Cancel job"))
        self.cancel.clicked.connect(lambda: queue.cancel(job))
        self.retry = QPushButton(self.tr("Retry"))
        self.retry.clicked.connect(lambda: queue.retry(job))
        # A gone model's replacement, offered under the sentence that names it.
        self.use_replacement = QPushButton()
        self.use_replacement.clicked.connect(self._use_replacement)
        self.retry_with = QPushButton()
        self.retry_with.clicked.connect(self._retry_with)
        # Long model names must not widen the row past the dock: these shrink (the full texts
        # are in their tooltips).
        for shrinking in (self.use_replacement, self.retry_with):
            shrinking.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.copy_id = QToolButton(text=self.tr("Copy request id"))
        self.copy_id.clicked.connect(self._copy_request_id)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.seconds)
        top.addWidget(self.cancel)
        # The buttons have a row of their own, which wraps in a dock too narrow for both.
        self.buttons = FlowLayout()
        self.buttons.addWidget(self.copy_id)
        self.buttons.addWidget(self.retry)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.addLayout(top)
        column.addWidget(self.state)
        column.addWidget(self.message)
        column.addWidget(self.request)
        column.addWidget(self.use_replacement)
        column.addWidget(self.retry_with)
        column.addLayout(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        job = self.job
        self.state.setText(job.status_text)
        self.tick()
        self.cancel.setVisible(not job.state.finished)
        replacement = job.replacement if job.state is JobState.FAILED else None
        self.retry.setVisible(
            job.state in (JobState.FAILED, JobState.CANCELLED) and replacement is None
        )
        self.copy_id.setVisible(job.state is JobState.FAILED and bool(job.request_id))
        self.use_replacement.setVisible(replacement is not None)
        self.retry_with.setVisible(replacement is not None)
        if replacement is not None:
            self.use_replacement.setText(self.tr("Use {model}").format(model=replacement))
            self.use_replacement.setToolTip(
                self.tr("Choose {model} for what you make next").format(model=replacement)
            )
            self.retry_with.setText(self.tr("Retry with {model}").format(model=replacement))
            self.retry_with.setToolTip(self.retry_with.text())
        self.message.setText(say(job.message))
        self.message.setToolTip(say(job.message))
        self.message.setVisible(bool(job.message))
        shows_id = job.state is JobState.FAILED and bool(job.request_id)
        self.request.setText(self.tr("Request id: {id}").format(id=job.request_id or ""))
        self.request.setVisible(shows_id)

    def tick(self) -> None:
        """The time taken, once the job has started."""
        job = self.job
        shown = format_count(round(job.elapsed)) if job.started else ""
        self.seconds.setText(self.tr("{seconds} s").format(seconds=shown) if shown else "")

    def _retry_with(self) -> None:
        replacement = self.job.replacement
        if replacement is not None:
            self.model_chosen.emit(replacement)
            self._queue.retry(self.job, replacement)

    def _use_replacement(self) -> None:
        if self.job.replacement is not None:
            self.model_chosen.emit(self.job.replacement)

    def _copy_request_id(self) -> None:
        QGuiApplication.clipboard().setText(self.job.request_id or "")

    def mousePressEvent(self, event: object) -> None:
        self.selected.emit(self.job)


class JobsPanel(QScrollArea):
    job_selected = Signal(object)  # Job
    model_chosen = Signal(str)

    def __init__(self, queue: JobQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Jobs"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._queue = queue
        self._rows: dict[int, JobRow] = {}
        body = QWidget()
        self._column = QVBoxLayout(body)
        self._column.setContentsMargins(4, 4, 4, 4)
        self.empty = QLabel(
            self.tr("No jobs yet. Write a prompt and press Generate."), wordWrap=True
        )
        self._column.addWidget(self.empty)
        self._column.addStretch()
        self.setWidget(body)
        queue.added.connect(self._add)
        queue.changed.connect(self._changed)
        queue.removed.connect(self._removed)
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def row(self, job: Job) -> JobRow:
        return self._rows[job.number]

    def _add(self, job: Job) -> None:
        row = JobRow(job, self._queue)
        row.selected.connect(self.job_selected)
        row.model_chosen.connect(self.model_chosen)
        self._rows[job.number] = row
        self._column.insertWidget(0, row)
        self.empty.hide()

    def _changed(self, job: Job) -> None:
        row = self._rows.get(job.number)
        if row is not None:
            row.refresh()

    def _removed(self, job: Job) -> None:
        row = self._rows.pop(job.number, None)
        if row is not None:
            row.deleteLater()

    def _tick(self) -> None:
        for row in self._rows.values():
            if not row.job.state.finished and row.job.started:
                row.tick()
