"""Serving the local API with uvicorn on 127.0.0.1, on a port the OS picks."""

from __future__ import annotations

import socket
import threading
from collections import deque
from datetime import date
from types import TracebackType

import uvicorn
from starlette.types import ASGIApp

from studio.api import ImageRequest
from studio.localapi.app import DEMO_KEY, create_app
from studio.localapi.batches import LocalBatches
from studio.localapi.faults import FaultPlan
from studio.localapi.images import ServerOptions

__all__ = ["DEMO_KEY", "LocalServer", "ThreadedServer", "bind_loopback", "make_server"]


def bind_loopback(port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    return sock


def make_server(app: ASGIApp) -> uvicorn.Server:
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    return uvicorn.Server(config)


class ThreadedServer:
    """An ASGI app served on loopback from a background thread (a context manager)."""

    def __init__(self, app: ASGIApp, port: int = 0) -> None:
        self._socket = bind_loopback(port)
        self._server = make_server(app)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._socket.getsockname()[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> None:
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the server stopped while starting")
            self._thread.join(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(5)
        self._socket.close()

    def __enter__(self) -> ThreadedServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class LocalServer(ThreadedServer):
    """The local Images API in a background thread, for tests and in-process use::

    with LocalServer() as server:
        client = ImagesClient(Provider(..., base_url=server.base_url), DEMO_KEY)
    """

    def __init__(
        self,
        options: ServerOptions | None = None,
        port: int = 0,
        *,
        today: date | None = None,
        serves_retired: frozenset[str] = frozenset(),
    ) -> None:
        #: Faults for the next image requests (``faults.add(Fault(FaultKind.RATE_LIMIT))``).
        self.faults = FaultPlan()
        app = create_app(options, self.faults, today=today, serves_retired=serves_retired)
        #: The newest image requests the server accepted, as it parsed them (newest last).
        self.received: deque[ImageRequest] = app.state.received
        #: The Files and Batches endpoints' state: ``batches.running.clear()`` holds batches.
        self.batches: LocalBatches = app.state.batches
        super().__init__(app, port)

    def __enter__(self) -> LocalServer:
        self.start()
        return self
