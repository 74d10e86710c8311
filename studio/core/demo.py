"""The offline demo server as a child process, so rendering never competes with the window."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QCoreApplication

from studio.config import module_command

__all__ = ["DemoServer", "DemoServerFailed"]

log = logging.getLogger(__name__)

_ANNOUNCE = "STUDIO_LOCALAPI_URL "


class DemoServerFailed(RuntimeError):
    pass


class DemoServer:
    """Starts ``python -m studio.localapi`` and learns its URL from the line it announces."""

    def __init__(self, start_timeout: float = 30.0) -> None:
        self._start_timeout = start_timeout
        self._process: asyncio.subprocess.Process | None = None
        self._starting = asyncio.Lock()
        self.base_url: str | None = None

    @property
    def running(self) -> bool:
        """Started and listening at ``base_url``."""
        alive = self._process is not None and self._process.returncode is None
        return alive and self.base_url is not None

    async def start(self) -> str:
        async with self._starting:
            if self.running and self.base_url:
                return self.base_url
            await self.stop()
            return await self._launch()

    async def _launch(self) -> str:
        self._process = await asyncio.create_subprocess_exec(
            # slow enough to watch the partial images sharpen
            *module_command("studio.localapi", "--exit-with-stdin", "--pace", "0.4"),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        assert self._process.stdout is not None
        try:
            line = await asyncio.wait_for(self._process.stdout.readline(), self._start_timeout)
        except TimeoutError:
            await self.stop()
            raise DemoServerFailed(
                QCoreApplication.translate(
                    "DemoServer", "The offline demo server did not start in time."
                )
            ) from None
        text = line.decode(errors="replace").strip()
        if not text.startswith(_ANNOUNCE):
            await self.stop()
            raise DemoServerFailed(
                QCoreApplication.translate(
                    "DemoServer", "The offline demo server could not start; see the log."
                )
            )
        self.base_url = text.removeprefix(_ANNOUNCE)
        log.info("demo server at %s (pid %s)", self.base_url, self._process.pid)
        return self.base_url

    async def stop(self) -> None:
        process, self._process, self.base_url = self._process, None, None
        if process is None or process.returncode is not None:
            return
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), 5)
        except TimeoutError:
            process.kill()
            await process.wait()
