"""The Workspace driven without a widget: real session, real worker, the local server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from studio.api import DEFAULT_MODEL, Endpoint, ImageRequest
from studio.config import KeyStore, Paths, Provider, ProviderKind, SettingsFile
from studio.core import GalleryReader, JobQueue, JobState, Session, WorkerLink, settle
from studio.core.messages import Kind
from studio.core.workspace import Shown, Spending, Workspace
from studio.gallery import GalleryStore
from studio.localapi import Fault, FaultKind, FaultPlan, LocalServer
from tests.conftest import TEST_KEY_PREFIX
from tests.gallery.conftest import generate
from tests.ui.conftest import until

#: The midnight timer is a QTimer: these run on the Qt loop, as the app does.
pytestmark = pytest.mark.qt_loop


def _session(paths: Paths) -> Session:
    settings_file = SettingsFile(paths.settings_file)
    return Session(settings_file, KeyStore(), settings_file.load())


@pytest.fixture
async def bare(local_server: LocalServer) -> AsyncIterator[Workspace]:
    paths = Paths.from_environment()
    session = _session(paths)
    queue = JobQueue(WorkerLink())
    local = Provider("local", "Local", ProviderKind.COMPATIBLE, base_url=local_server.base_url)
    await session.apply(
        session.settings.with_providers((local,), local.id), {local.id: TEST_KEY_PREFIX + "core"}
    )
    reader = GalleryReader(paths.data)
    workspace = Workspace(session, queue, reader)
    yield workspace
    reader.close()
    await queue.link.close()
    await session.shutdown()
    await settle()


async def _finished(queue: JobQueue) -> None:
    await until(lambda: queue.jobs and all(job.state.finished for job in queue.jobs))


def _request(prompt: str, **params: object) -> ImageRequest:
    return ImageRequest(Endpoint.GENERATIONS, prompt, model=DEFAULT_MODEL, **params)


async def test_a_grid_cell_selected_is_the_image_acted_on_not_the_last_to_finish(
    bare: Workspace,
) -> None:
    jobs = bare.submit(_request("three kites", n=3, stream=True, partial_images=1))
    assert len(jobs) == 3
    assert bare.shown == Shown(jobs[0].group, (None, None, None))
    await _finished(bare.queue)
    assert all(job.state is JobState.DONE for job in jobs), [j.message for j in jobs]
    ids = [job.image_ids[0] for job in jobs]
    assert bare.shown.cells == tuple(ids)
    assert bare.shown_image_id == ids[0]  # the first cell, whichever finished last
    selected: list[int] = []
    bare.selected_cell_changed.connect(selected.append)
    bare.select_cell(2)
    bare.select_cell(2)
    assert selected == [2]
    assert bare.shown_image_id == ids[2]


async def test_one_job_of_three_images_fills_the_cells_in_order(bare: Workspace) -> None:
    (job,) = bare.submit(_request("three foxes", n=3))
    await _finished(bare.queue)
    assert bare.shown.cells == tuple(job.image_ids)
    bare.select_cell(1)
    assert bare.shown_image_id == job.image_ids[1]


async def test_a_stopped_jobs_kept_preview_is_the_shown_image(
    bare: Workspace, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=2))
    (job,) = bare.submit(_request("interrupted", stream=True, partial_images=3))
    await _finished(bare.queue)
    assert job.state is JobState.FAILED
    assert job.kept_image_id is not None
    assert bare.shown_image_id == job.kept_image_id


async def test_a_job_ending_after_the_window_closed_the_gallery_is_no_error(
    bare: Workspace,
) -> None:
    """Quitting closes the reader while a job may still end; its spending refresh is dropped
    (pytest-qt fails the test on an error raised in the loop)."""
    (job,) = bare.submit(_request("one last fox"))
    bare.reader.close()
    await _finished(bare.queue)
    assert job.state is JobState.DONE
    await settle()
    assert bare.spending == Spending(0.0, 0.0)


async def test_sending_without_a_key_is_said_and_nothing_is_sent(tmp_path: Path) -> None:
    paths = Paths.from_environment()
    session = _session(paths)
    await session.refresh_active_key()
    queue = JobQueue(WorkerLink())
    workspace = Workspace(session, queue, GalleryReader(paths.data))
    try:
        assert workspace.submit(_request("no key")) == []
        assert queue.jobs == []
        (message,) = workspace.messages.records
        assert message.kind is Kind.NOTICE
        assert "API key" in message.text
    finally:
        await queue.link.close()
        await session.shutdown()


async def test_spending_is_read_from_the_gallery_and_starts_again_at_midnight(
    tmp_path: Path,
) -> None:
    root = tmp_path / "gallery"
    with GalleryStore(root) as store:
        generate(store, "a paid fox")
        spent = store.stats().cost
    assert spent > 0
    now = datetime.now()
    # A moment before the coming midnight: the timer fires, the clock says it is tomorrow.
    clock = [now.replace(hour=23, minute=59, second=59, microsecond=700_000)]
    session = _session(Paths.from_environment())
    queue = JobQueue(WorkerLink())
    reader = GalleryReader(root)
    workspace = Workspace(session, queue, reader, clock=lambda: clock[0])
    changes: list[Spending] = []
    workspace.spending_changed.connect(changes.append)
    try:
        await workspace.refresh_spending()
        assert workspace.spending == Spending(spent, spent)
        clock[0] = clock[0] + timedelta(seconds=1)
        await until(lambda: workspace.spending.today == 0)
        tomorrow = clock[0]
        month = 0.0 if tomorrow.month != now.month else spent
        assert workspace.spending == Spending(0.0, month)
        assert len(changes) == 2
        await workspace.refresh_spending()
        assert len(changes) == 2  # the same figures: no signal
    finally:
        reader.close()
        await queue.link.close()
        await session.shutdown()
