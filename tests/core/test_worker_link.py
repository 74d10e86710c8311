"""The app's end of the worker's pipe: a message it cannot read costs that message only."""

from __future__ import annotations

import asyncio
import sys
import textwrap

from studio.core import WorkerLink
from studio.worker.protocol import Progress

#: A worker that sends a preview whose pixels are gone before the app reads them, then news.
WORKER = textwrap.dedent(
    """
    import json, os, sys
    from studio.imaging import DisplayPixels
    from studio.worker.protocol import HEADER, Partial, Progress, encode
    sent = encode(Partial(1, 0, DisplayPixels(2, 2, bytes(16))))
    os.unlink(json.loads(sent[HEADER.size :])["frame"]["path"])
    sys.stdout.buffer.write(sent + encode(Progress(1, "saving")))
    """
)


async def test_a_message_whose_pixels_are_gone_is_skipped_and_the_next_is_heard() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", WORKER, stdout=asyncio.subprocess.PIPE
    )
    link = WorkerLink()
    heard: list[object] = []
    link.received.connect(heard.append)
    await link._read(process)  # the reading loop the link runs on its own worker
    assert heard == [Progress(1, "saving")]
