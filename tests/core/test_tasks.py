"""Work started from Qt slots, and settling it at shutdown."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from studio.config import Settings
from studio.core import settle
from studio.core.batches import BatchSession
from studio.core.tasks import off_thread, spawn


def test_settling_leaves_the_work_of_another_loop_alone() -> None:
    """A task left on a loop that stopped (a window test's, before this one) can never end on
    this loop: waiting for it only cost every later shutdown the whole timeout."""
    other = asyncio.new_event_loop()

    async def start() -> asyncio.Task[object]:
        return spawn(asyncio.Event().wait())

    stuck = other.run_until_complete(start())
    try:
        asyncio.run(settle())
        assert not stuck.done()
        assert not stuck.cancelling()
    finally:
        stuck.cancel()
        other.run_until_complete(asyncio.wait([stuck]))
        other.close()


def test_work_asked_of_a_shut_down_thread_cancels_the_asker() -> None:
    """The window closes its gallery thread while jobs may still end: their late reads and
    writes are dropped, not raised as errors at quit."""
    thread = ThreadPoolExecutor(1)
    assert asyncio.run(off_thread(thread, lambda: 7)) == 7
    thread.shutdown()

    async def late() -> int:
        return await off_thread(thread, lambda: 7)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(late())


def test_a_batch_session_closed_drops_late_gallery_work(tmp_path: Path) -> None:
    batches = BatchSession(tmp_path, Settings)
    batches.close()

    async def late() -> None:
        await batches.load()

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(late())
    assert batches.records is None
