"""Reading an image file from outside Studio: regular files only, and never more than a cap.

A path may name anything: a named pipe that never ends, ``/dev/zero``, a 400 MB file. Each is
refused with a reason before its content is read, and the read itself stops at the cap.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from studio.config import words
from studio.imaging.errors import NotAnImage

__all__ = ["MAX_INPUT_BYTES", "read_image_file"]

#: Far above any photo or generated image, far below what would strain memory.
MAX_INPUT_BYTES = 128 * 1024 * 1024
_KINDS = (
    (stat.S_ISDIR, words("Imaging", "it is a folder")),
    (stat.S_ISFIFO, words("Imaging", "it is a named pipe, not a file")),
    (stat.S_ISCHR, words("Imaging", "it is a device, not a file")),
    (stat.S_ISBLK, words("Imaging", "it is a device, not a file")),
    (stat.S_ISSOCK, words("Imaging", "it is a socket, not a file")),
)


def _refusal(mode: int, size: int, limit: int) -> str | None:
    for test, reason in _KINDS:
        if test(mode):
            return reason
    if not stat.S_ISREG(mode):
        return words("Imaging", "it is not a regular file")
    if size > limit:
        return words(
            "Imaging", "it is {size:.0f} MB, more than the {limit:.0f} MB Studio reads for an image"
        ).format(size=size / 1e6, limit=limit / 1e6)
    return None


def read_image_file(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of the file at ``path``; raises NotAnImage with the reason when it is not a
    regular file, is larger than ``limit``, or cannot be read."""
    try:
        found = os.stat(path)
    except OSError as error:
        raise NotAnImage(
            words("Imaging", "it cannot be read ({reason})").format(reason=error.strerror or error)
        ) from error
    refused = _refusal(found.st_mode, found.st_size, limit)
    if refused:
        raise NotAnImage(refused)
    # Non-blocking, and checked again once open: the path may have been swapped for a pipe.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise NotAnImage(
            words("Imaging", "it cannot be read ({reason})").format(reason=error.strerror or error)
        ) from error
    with os.fdopen(descriptor, "rb") as stream:
        opened = os.fstat(stream.fileno())
        refused = _refusal(opened.st_mode, opened.st_size, limit)
        if refused:
            raise NotAnImage(refused)
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise NotAnImage(
                words("Imaging", "it cannot be read ({reason})").format(
                    reason=error.strerror or error
                )
            ) from error
    if len(data) > limit:
        raise NotAnImage(
            words("Imaging", "it is more than the {limit:.0f} MB Studio reads for an image").format(
                limit=limit / 1e6
            )
        )
    return data
