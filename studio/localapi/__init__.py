"""The offline Images API server, used by ``studio --demo`` and by the tests."""

from studio.localapi.app import create_app
from studio.localapi.faults import Fault, FaultKind, FaultPlan
from studio.localapi.images import ServerOptions
from studio.localapi.server import DEMO_KEY, LocalServer, ThreadedServer

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
