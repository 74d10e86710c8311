from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from studio.app import build_window
from studio.config import Paths, Provider, ProviderKind
from studio.core import JobQueue, Session, settle
from studio.localapi import LocalServer
from studio.ui import MainWindow
from tests.conftest import TEST_KEY_PREFIX
from tests.inbox import RecordingServer

W = TypeVar("W", bound=QWidget)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each async test here ends only when the work its window started has finished: pytest-qt
    processes Qt events between a test and its teardown, outside the asyncio loop, and a task
    woken then could not call ``asyncio.to_thread``."""
    for item in items:
        test = getattr(item, "obj", None)
        if "tests/ui" in item.path.as_posix() and inspect.iscoroutinefunction(test):
            item.obj = _settled(test)  # type: ignore[attr-defined]


def _settled(test: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(test)
    async def run(*args: Any, **kwargs: Any) -> None:
        try:
            await test(*args, **kwargs)
        finally:
            await settle()

    return run


async def until(condition: Callable[[], object]) -> None:
    """Wait on the running (Qt) loop until ``condition()`` is true (15 s at most)."""
    async with asyncio.timeout(15):
        while not condition():  # noqa: ASYNC110 - polls what a user would see
            await asyncio.sleep(0.02)


def gone(widget: QWidget) -> bool:
    """Closed: hidden, or already deleted (dialogs delete themselves on close)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def find(parent: QWidget, kind: type[W], name: str) -> W:
    """The visible child a user would know by ``name`` (its accessible name or its text)."""
    for child in parent.findChildren(kind):
        text = child.text() if isinstance(child, QAbstractButton) else ""
        if name in (child.accessibleName(), text) and child.isVisibleTo(parent):
            return child
    raise LookupError(f"no visible {kind.__name__} called {name!r}")


@pytest.fixture
async def window(qtbot: QtBot) -> AsyncIterator[tuple[MainWindow, Session]]:
    main_window, session, queue = build_window(Paths.from_environment())
    qtbot.addWidget(main_window)
    main_window.show()
    await session.refresh_active_key()
    await settle()
    yield main_window, session
    await queue.link.close()
    await session.shutdown()
    await settle()


Workspace = tuple[MainWindow, Session, JobQueue]


async def _workspace(
    qtbot: QtBot, server: LocalServer, kind: ProviderKind = ProviderKind.COMPATIBLE
) -> AsyncIterator[Workspace]:
    window, session, queue = build_window(Paths.from_environment())
    qtbot.addWidget(window)
    window.show()
    local = Provider("local", "Local server", kind, base_url=server.base_url)
    settings = session.settings.with_providers((local,), local.id)
    await session.apply(settings, {local.id: TEST_KEY_PREFIX + "ws"})
    assert session.ready
    await settle()  # the provider's model list, asked in the background, is in before the test
    yield window, session, queue
    await queue.link.close()
    await session.shutdown()
    await settle()


@pytest.fixture
async def workspace(qtbot: QtBot, local_server: LocalServer) -> AsyncIterator[Workspace]:
    async for made in _workspace(qtbot, local_server):
        yield made


@pytest.fixture
async def retired_workspace(qtbot: QtBot, retired_server: LocalServer) -> AsyncIterator[Workspace]:
    """The window on a compatible server that still serves what OpenAI shut down (DALL·E)."""
    async for made in _workspace(qtbot, retired_server):
        yield made


@pytest.fixture
async def openai_workspace(qtbot: QtBot, local_server: LocalServer) -> AsyncIterator[Workspace]:
    """The window with an OpenAI-kind provider: the local server standing in for OpenAI."""
    async for made in _workspace(qtbot, local_server, ProviderKind.OPENAI):
        yield made


def choose(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def type_prompt(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.prompt.editor.clear()
    qtbot.keyClicks(window.prompt.editor, text)


async def finished(queue: JobQueue) -> None:
    await until(lambda: queue.jobs and all(job.state.finished for job in queue.jobs))


async def generated(window: MainWindow, qtbot: QtBot, queue: JobQueue, prompt: str) -> None:
    """Type ``prompt``, press Generate and wait until every job has finished."""
    type_prompt(window, qtbot, prompt)
    window.generate()
    await finished(queue)


def drop_files(widget: QWidget, paths: Sequence[Path], at: tuple[int, int] = (10, 10)) -> None:
    """What Qt calls when files from another program are dropped on ``widget``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    widget.dropEvent(
        QDropEvent(
            QPointF(*at),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


@pytest.fixture(scope="module")
def recording_server() -> Iterator[RecordingServer]:
    """The local server with an inbox of what it received (see tests/inbox.py)."""
    with RecordingServer() as server:
        yield server


@pytest.fixture
async def recorded(qtbot: QtBot, recording_server: RecordingServer) -> AsyncIterator[Workspace]:
    """A window whose provider is the recording server (its inbox emptied first)."""
    recording_server.received.clear()
    window, session, queue = build_window(Paths.from_environment())
    qtbot.addWidget(window)
    window.show()
    local = Provider(
        "local", "Local server", ProviderKind.COMPATIBLE, base_url=recording_server.base_url
    )
    settings = session.settings.with_providers((local,), local.id)
    await session.apply(settings, {local.id: TEST_KEY_PREFIX + "x"})
    yield window, session, queue
    await queue.link.close()
    await session.shutdown()
    await settle()
