"""``python -m studio.worker``: the request service as its own process.

The app starts it and speaks ``studio.worker.protocol`` over its stdin and stdout; logs go to
Studio's log file, never to stdout. It stops when stdin closes, so it never outlives the app.
"""

from __future__ import annotations

import asyncio
import logging
import sys

from studio.config import Paths, SettingsFile, setup_logging
from studio.config.priority import give_way_to_window
from studio.gallery import Pricing
from studio.worker.protocol import HEADER, Message, decode, encode_news, sweep_frames
from studio.worker.service import RequestService

log = logging.getLogger("studio.worker")


async def serve() -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=2**30)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    out = sys.stdout.buffer
    writing = asyncio.Lock()

    async def send(message: Message) -> None:
        frame = encode_news(message)
        if frame is None:
            return
        async with writing:
            out.write(frame)
            out.flush()

    paths = Paths.from_environment()
    settings_file = SettingsFile(paths.settings_file)
    settings = settings_file.load().settings
    service = RequestService(
        send, paths.data, Pricing.load(settings.pricing_overrides), settings_file
    )
    try:
        while True:
            try:
                header = await reader.readexactly(HEADER.size)
                body = await reader.readexactly(HEADER.unpack(header)[0])
            except asyncio.IncompleteReadError:
                break  # the app closed the pipe: time to go
            await service.handle(decode(body))
    finally:
        await service.close()


def main() -> int:
    give_way_to_window()
    setup_logging(Paths.from_environment().log_file, console=False)
    log.info("request worker started")
    sweep_frames()
    asyncio.run(serve())
    log.info("request worker stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
