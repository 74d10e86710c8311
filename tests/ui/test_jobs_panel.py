"""The jobs list fits its dock: a failed job's message wraps and its buttons stay reachable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from studio.api import Endpoint, ImageRequest
from studio.config import Provider, ProviderKind
from studio.core import Job, JobQueue, JobState
from studio.core.worker_link import WorkerLink
from studio.ui.jobs_panel import JobsPanel


def _failed_job() -> Job:
    provider = Provider("local", "Local server", ProviderKind.COMPATIBLE, base_url="http://x")
    request = ImageRequest(Endpoint.GENERATIONS, "a lighthouse at dusk", model="gpt-image-1.5")
    job = Job(1, request, provider, "", group=1, cell=0)
    job.state = JobState.FAILED
    job.started, job.ended = 1.0, 2.0
    job.kept_image_id = 4
    job.message = (
        "The stream ended before the final image arrived; the last preview was kept in the "
        "gallery as image 4."
    )
    job.request_id = "req_703b0e6d76be42a6b9c1d2e3f4a5b6c7d8e9f0a1"
    return job


def _inside(widget: QWidget, area: QWidget) -> bool:
    left = widget.mapTo(area, QPoint(0, 0))
    right = widget.mapTo(area, QPoint(widget.width() - 1, widget.height() - 1))
    return area.rect().contains(left) and area.rect().contains(right)


def test_a_failed_job_fits_a_narrow_dock(qtbot: QtBot) -> None:
    panel = JobsPanel(JobQueue(WorkerLink()))
    qtbot.addWidget(panel)
    panel.resize(240, 400)
    panel.show()
    job = _failed_job()
    panel._queue.added.emit(job)
    row = panel.row(job)
    qtbot.waitUntil(lambda: row.isVisible() and row.width() > 0)
    viewport = panel.viewport()
    assert row.width() <= viewport.width()
    for button in (row.retry, row.copy_id):
        assert button.isVisible()
        assert _inside(button, viewport), button.text()
    assert _inside(row.message, viewport)
    assert row.message.heightForWidth(row.message.width()) <= row.message.height()
    assert _inside(row.request, viewport)
    assert row.request.full_text().endswith(job.request_id or "")
    assert row.request.toolTip() == row.request.full_text()  # cut with an ellipsis: whole here


class LayoutRequests(QObject):
    """Counts the layout passes a widget is asked for."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__()
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_the_seconds_ticking_do_not_lay_out_the_column_again(qtbot: QtBot) -> None:
    panel = JobsPanel(JobQueue(WorkerLink()))
    qtbot.addWidget(panel)
    panel.resize(260, 600)
    panel.show()
    jobs = [_failed_job() for _ in range(5)]
    for number, job in enumerate(jobs, start=1):
        job.number, job.state, job.ended = number, JobState.RECEIVING, None
        job.message = ""
        job.started = 100.0
        panel._queue.added.emit(job)
    row = panel.row(jobs[0])
    qtbot.waitUntil(lambda: row.isVisible() and row.seconds.text() != "")
    requests = LayoutRequests(panel.widget())
    before = row.seconds.text()
    for job in jobs:
        job.started -= 7  # seven seconds later
    panel._tick()
    qtbot.wait(50)
    assert row.seconds.text() != before
    assert row.seconds.text().endswith(" s")
    assert requests.count == 0
