"""Setting a damaged database aside: one store at a time, under a name nothing else has.

Several processes can meet the same damage at once (the window, its request worker, the CLI).
A lock file created with ``O_EXCL`` lets one of them set the file aside and rebuild; the others
wait, then see that the file they opened is no longer the one in place and simply reopen.
Copies set aside are named by the time and a number, each name claimed with ``O_EXCL``, so no
copy ever replaces another, even for several in one second.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from studio.gallery._sessions import process_alive

__all__ = ["exclusive", "identity", "set_aside"]

#: How long a store waits for another one to finish rebuilding before giving up.
_WAIT_SECONDS = 900.0
_SUFFIXES = ("", "-wal", "-shm")


def identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device, inode), to notice it being replaced; None if absent."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


@contextlib.contextmanager
def exclusive(lock: Path) -> Iterator[None]:
    """Hold ``lock`` against every other store, in this process or another; a lock left by a
    process that is gone is taken over. Raises TimeoutError when another store keeps it for
    longer than a rebuild can take."""
    deadline = time.monotonic() + _WAIT_SECONDS
    while True:
        try:
            descriptor = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except PermissionError:
            # A folder this process cannot write to: it cannot set anything aside either,
            # so there is nothing to keep from the others.
            yield
            return
        except FileExistsError:
            if _stale(lock):
                with contextlib.suppress(FileNotFoundError):
                    lock.unlink()
                continue
            if time.monotonic() > deadline:
                raise TimeoutError(f"{lock} is held by another Studio") from None
            time.sleep(0.01)
            continue
        try:
            os.write(descriptor, str(os.getpid()).encode())
        finally:
            os.close(descriptor)
        break
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            lock.unlink()


def _stale(lock: Path) -> bool:
    try:
        text = lock.read_text()
        age = time.time() - lock.stat().st_mtime
    except FileNotFoundError:
        return False
    if not text:
        return age > 10  # being written this very moment, or its writer died before it could
    try:
        return not process_alive(int(text))
    except ValueError:
        return True


def set_aside(database: Path) -> Path:
    """Move ``database`` and its journal files to a new name of their own; returns it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    number = 1
    while True:
        name = f"{database.name}.damaged-{stamp}" + (f"-{number}" if number > 1 else "")
        aside = database.with_name(name)
        try:
            claims = [_claim(aside.with_name(aside.name + suffix)) for suffix in _SUFFIXES]
        except FileExistsError:
            number += 1
            continue
        for suffix, claimed in zip(_SUFFIXES, claims, strict=True):
            source = database.with_name(database.name + suffix)
            try:
                os.replace(source, claimed)  # over the empty file that claimed the name
            except FileNotFoundError:
                claimed.unlink(missing_ok=True)
        return aside


def _claim(path: Path) -> Path:
    """Create ``path`` empty, or fail with FileExistsError when the name is taken."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return path
