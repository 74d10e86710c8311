"""Application state and actions (QtCore only): the session, the job queue."""

from studio.core.demo import DemoServer, DemoServerFailed
from studio.core.session import DEMO_PROVIDER_ID, ConnectionCheck, Session
from studio.core.tasks import spawn

__all__ = [
    "DEMO_PROVIDER_ID",
    "ConnectionCheck",
    "DemoServer",
    "DemoServerFailed",
    "Session",
    "spawn",
]
