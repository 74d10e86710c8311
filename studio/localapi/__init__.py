"""The offline Images API server, used by ``studio --demo`` and by the tests.

Its parts (Starlette, uvicorn, the signing keys' cryptography) load on first use: the window
names ``DEMO_KEY`` at start-up but runs the server, if ever, in another process.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
    "create_app": "studio.localapi.app",
    "Fault": "studio.localapi.faults",
    "FaultKind": "studio.localapi.faults",
    "FaultPlan": "studio.localapi.faults",
    "ServerOptions": "studio.localapi.images",
    "LocalServer": "studio.localapi.server",
    "ThreadedServer": "studio.localapi.server",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'studio.localapi' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
