"""The offline Images API server, used by ``studio --demo`` and by the tests."""

from studio.localapi.app import create_app
from studio.localapi.server import DEMO_KEY, LocalServer

__all__ = ["DEMO_KEY", "LocalServer", "create_app"]
