"""Files written under a name nothing has yet: a result or an export never replaces a file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

__all__ = ["write_new"]


def write_new(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Write ``data`` under a name no file has: ``STEM.SUFFIX``, else ``STEM-2.SUFFIX``, ...

    The name is created exclusively (``O_EXCL``, which also never follows a link planted
    there), so nothing is ever replaced and two Studios writing at once never share a name."""
    folder.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for attempt in range(1, 10_000):
        path = folder / (f"{stem}{suffix}" if attempt == 1 else f"{stem}-{attempt}{suffix}")
        try:
            descriptor = os.open(path, flags, 0o644)
        except FileExistsError:
            continue
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
    raise OSError(errno.EEXIST, "every file name is taken", str(folder / stem))
