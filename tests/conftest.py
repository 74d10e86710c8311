"""Every test: offscreen Qt, its own STUDIO_HOME, an in-memory keychain, no OPENAI_* leaking in
from the developer's shell — and afterwards, proof that no test key reached a file."""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from studio.config import Provider, ProviderKind
from studio.localapi import FaultPlan, LocalServer

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


@pytest.fixture(scope="session")
def local_server() -> Iterator[LocalServer]:
    """The offline Images API on a loopback port: real sockets, real HTTP."""
    with LocalServer() as server:
        yield server


@pytest.fixture
def local_provider(local_server: LocalServer) -> Provider:
    return Provider("local", "Local", ProviderKind.COMPATIBLE, base_url=local_server.base_url)


@pytest.fixture
def faults(local_server: LocalServer) -> Iterator[FaultPlan]:
    """The shared local server's fault plan, emptied after the test."""
    yield local_server.faults
    local_server.faults.clear()


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
