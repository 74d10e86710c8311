"""The app's end of the request worker: starts ``python -m studio.worker``, sends it jobs,
and turns what it says into Qt signals on the GUI thread.

Reading a frame costs the GUI only reading its file in memory; decoding happened in the
worker. If the worker dies, ``died`` fires and the next job starts a new one.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, Signal

from studio.config import module_command
from studio.worker.protocol import HEADER, Message, decode, encode

__all__ = ["WorkerLink"]

log = logging.getLogger(__name__)


class WorkerLink(QObject):
    received = Signal(object)  # a studio.worker.protocol message
    died = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None
        self._starting = asyncio.Lock()
        self._closing = False

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    async def send(self, message: Message) -> None:
        async with self._starting:
            if not self.running:
                await self._start()
        assert self._process is not None
        assert self._process.stdin is not None
        self._process.stdin.write(encode(message))
        await self._process.stdin.drain()

    async def _start(self) -> None:
        self._process = await asyncio.create_subprocess_exec(
            *module_command("studio.worker"),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            limit=2**30,
        )
        self._reader = asyncio.ensure_future(self._read(self._process))
        log.info("request worker started (pid %s)", self._process.pid)

    async def _read(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdout is not None
        try:
            while True:
                header = await process.stdout.readexactly(HEADER.size)
                body = await process.stdout.readexactly(HEADER.unpack(header)[0])
                # Off the GUI thread: a frame's pixels are read from their file in memory (9 MB
                # for a 2048-pixel frame). Awaiting also lets the window paint between
                # messages that arrived together (four cells of a grid).
                try:
                    message = await asyncio.to_thread(decode, body)
                except (OSError, ValueError):  # its pixels are gone: the next news still counts
                    log.exception("a message from the request worker could not be read")
                    continue
                self.received.emit(message)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        code = await process.wait()
        if not self._closing:
            log.error("request worker exited with %s", code)
            self.died.emit(
                self.tr("The request service stopped unexpectedly (exit code {code}).").format(
                    code=code
                )
            )

    async def close(self) -> None:
        self._closing = True
        process = self._process
        if process is None or process.returncode is not None:
            return
        assert process.stdin is not None
        process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), 10)
        except TimeoutError:
            process.kill()
            await process.wait()
        if self._reader is not None:
            await self._reader
