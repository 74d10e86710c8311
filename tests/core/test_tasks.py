"""Work started from Qt slots, and settling it at shutdown."""

from __future__ import annotations

import asyncio

from studio.core import settle
from studio.core.tasks import spawn


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
