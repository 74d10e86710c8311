"""The offline Images API server, used by ``studio --demo`` and by the tests.

Its parts (Starlette, uvicorn, the signing keys' cryptography) load on first use: the window
names ``DEMO_KEY`` at start-up but runs the server, if ever, in another process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.lazy_names import lazy_names

if TYPE_CHECKING:
    from studio.localapi.app import create_app
    from studio.localapi.faults import Fault, FaultKind, FaultPlan
    from studio.localapi.images import ServerOptions
    from studio.localapi.server import LocalServer, ThreadedServer

__all__ = [
    "DEMO_KEY",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "LocalServer",
    "ServerOptions",
    "ThreadedServer",
    "create_app",
]

#: The key Studio sends to its own demo server; the API accepts any non-empty key, but the
#: control paths (``/_local/faults``) only this one.
DEMO_KEY = "studio-demo"

_HOMES = {
    "app": ("create_app",),
    "faults": ("Fault", "FaultKind", "FaultPlan"),
    "images": ("ServerOptions",),
    "server": ("LocalServer", "ThreadedServer"),
}

__getattr__ = lazy_names(__name__, _HOMES)
