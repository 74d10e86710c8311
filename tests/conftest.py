"""Every test: offscreen Qt, its own STUDIO_HOME, an in-memory keychain, no OPENAI_* leaking in
from the developer's shell, no host name looked up but loopback's — and afterwards, proof that
no test key reached a file."""

from __future__ import annotations

import asyncio
import gc
import ipaddress
import os
import socket
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from starlette.types import Receive, Scope, Send

from studio.api import lifecycle_for, table_models
from studio.config import Provider, ProviderKind
from studio.localapi import FaultPlan, LocalServer, ThreadedServer
from studio.localapi.app import create_app


def _cancel_all_tasks_bounded(loop: asyncio.AbstractEventLoop) -> None:
    """What ``asyncio.Runner`` does when a test's loop closes — cancel what is left and wait
    for it — but for ten seconds at most, naming any task that would not end. Once in many
    runs a task left by a window test did not end on the qasync loop and the whole suite
    hung in teardown; this turns such a hang into a line on stderr."""
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if not pending:
        return
    ended, stuck = loop.run_until_complete(asyncio.wait(pending, timeout=10))
    for task in stuck:
        print(f"\nteardown: a task did not end when cancelled: {task!r}", file=sys.stderr)
    for task in ended:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler(
                {"message": "a task failed at teardown", "exception": task.exception()}
            )


asyncio.runners._cancel_all_tasks = _cancel_all_tasks_bounded  # type: ignore[attr-defined]

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# As the app does (studio.core.collector): garbage is collected on the main thread only, or a
# cycle holding Qt objects may be freed — and crash Qt — in a server or worker thread.
gc.disable()

#: Every key a test types starts with this, so the teardown scan can look for it.
TEST_KEY_PREFIX = "sk-studiotest-"

_SDK_VARIABLES = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_API_VERSION",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_ENDPOINT",
)


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def studio_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "studio-home"
    monkeypatch.setenv("STUDIO_HOME", str(home))
    # The tests read English words, whatever the machine's locale (studio.ui.i18n).
    monkeypatch.setenv("STUDIO_LANGUAGE", "en")
    for name in _SDK_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    yield home
    leaked = [path for path in home.rglob("*") if TEST_KEY_PREFIX.encode() in _contents(path)]
    assert not leaked, f"an API key was written to disk: {leaked}"


def _contents(path: Path) -> bytes:
    """A file's bytes; nothing for a folder, or a file gone meanwhile (a closing database's
    journal, say)."""
    try:
        return path.read_bytes() if path.is_file() else b""
    except FileNotFoundError:
        return b""


_getaddrinfo = socket.getaddrinfo


def _loopback_only(host: object, *args: object, **kwargs: object) -> object:
    """``socket.getaddrinfo`` for tests: any name but localhost fails as an unknown host would,
    so a default provider (api.openai.com) asked in the background is never looked up."""
    name = host.decode() if isinstance(host, bytes) else host
    if isinstance(name, str) and name != "localhost":
        try:
            ipaddress.ip_address(name.strip("[]"))
        except ValueError:
            raise socket.gaierror(
                socket.EAI_NONAME, f"tests reach loopback only, not {name}"
            ) from None
    return _getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_only)


@pytest.fixture(autouse=True)
def collect_on_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> None:
    """A machine without any keychain backend, as a headless Linux box often is."""
    keyring.set_keyring(keyring.backends.fail.Keyring())


def _qt_loop() -> asyncio.AbstractEventLoop:
    import qasync
    from PySide6.QtWidgets import QApplication

    from studio.core import GuiThreadCollector

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # as the app runs: it quits after async cleanup
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> dict[str, Callable[[], asyncio.AbstractEventLoop]]:
    """Async tests of widgets run on the Qt loop (qasync), like the app; the rest on asyncio's."""
    if "tests/ui" in item.path.as_posix() or item.get_closest_marker("qt_loop"):
        return {"qt": _qt_loop}
    return {"asyncio": asyncio.new_event_loop}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "qt_loop: run this async test on the qasync loop")


#: The day the tests' servers judge model lifecycles on: gpt-image-1.5 shut down that day.
SERVER_TODAY = date(2026, 12, 1)


@pytest.fixture(scope="session")
def local_server() -> Iterator[LocalServer]:
    """The offline Images API on a loopback port: real sockets, real HTTP; its models live or
    shut down as OpenAI's were on ``SERVER_TODAY``, whatever the clock says."""
    with LocalServer(today=SERVER_TODAY) as server:
        yield server


@pytest.fixture(scope="session")
def retired_server() -> Iterator[LocalServer]:
    """A compatible server that still serves every model OpenAI has shut down (DALL·E's
    variations and ``url`` results, gpt-image-1.5's input fidelity …), listing them undated."""
    retired = frozenset(name for name in table_models() if lifecycle_for(name).shutdown)
    with LocalServer(today=SERVER_TODAY, serves_retired=retired) as server:
        yield server


@pytest.fixture
def local_provider(local_server: LocalServer) -> Provider:
    return Provider("local", "Local", ProviderKind.COMPATIBLE, base_url=local_server.base_url)


@pytest.fixture
def faults(local_server: LocalServer) -> Iterator[FaultPlan]:
    """The shared local server's fault plan, emptied after the test."""
    yield local_server.faults
    local_server.faults.clear()


class SlowModels:
    """The local API answering ``GET /models`` only after ``delay`` seconds (a provider on a bad
    day); ``asked`` counts the lists asked for."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.asked = 0
        self.base_url = ""
        self._inner = create_app()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].endswith("/models"):
            self.asked += 1
            await asyncio.sleep(self.delay)
        await self._inner(scope, receive, send)


@pytest.fixture
def slow_models() -> Iterator[SlowModels]:
    app = SlowModels(3.0)
    with ThreadedServer(app) as server:
        app.base_url = server.base_url
        yield app


class NewRequests:
    """A count of the image requests a server accepts from now on (it keeps only its last 20,
    so count fewer than that)."""

    def __init__(self, server: LocalServer) -> None:
        self._server = server
        # Kept alive, so that no new request can share an id with one of these.
        self._before = list(server.received)
        self._seen = {id(request) for request in self._before}

    def __call__(self) -> int:
        return sum(1 for request in self._server.received if id(request) not in self._seen)


def requests_from_now(server: LocalServer) -> NewRequests:
    return NewRequests(server)
