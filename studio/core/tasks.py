"""Starting async work from Qt slots: strong references kept, failures reported, not lost."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor
from typing import Any, TypeVar

__all__ = ["off_thread", "settle", "spawn"]

T = TypeVar("T")

_running: set[asyncio.Task[Any]] = set()


def spawn(coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    """Run ``coroutine`` on the loop; an exception it raises goes to ``sys.excepthook``."""
    task = asyncio.ensure_future(coroutine)
    _running.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if task.cancelled():
        return
    error = task.exception()
    if error is not None:
        sys.excepthook(type(error), error, error.__traceback__)


_SETTLE_SECONDS = 5.0


async def settle() -> None:
    """Let started work finish (cancelling what takes longer than a few seconds), for a clean
    shutdown."""
    loop = asyncio.get_running_loop()
    # Only work started on this loop can end on it: a task of a loop that no longer runs (a
    # test's, before this one) would only be waited for until the timeout.
    pending = [
        task for task in _running if task.get_loop() is loop and task is not asyncio.current_task()
    ]
    if not pending:
        return
    _, late = await asyncio.wait(pending, timeout=_SETTLE_SECONDS)
    for task in late:
        task.cancel()
    if late:
        await asyncio.wait(late, timeout=1.0)


async def off_thread(thread: Executor, work: Callable[[], T]) -> T:
    """``work`` on ``thread``. Once the thread is shut down (the window closed while a job was
    still ending) the work is dropped: the awaiting task is cancelled, not failed."""
    try:
        future = thread.submit(work)
    except RuntimeError as shut_down:
        raise asyncio.CancelledError from shut_down
    return await asyncio.wrap_future(future)
