"""Which stores have the gallery open, so that a store that crashed can be told from one that
is still at work (several processes use one gallery: the request worker, the window, the CLI).

Each store marks its session with a file named by its process; temp files carry the session's
name. Opening a store cleans up only after sessions whose process is gone.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["Sessions", "process_alive"]

#: Sessions of this process still open (a marker with this pid is stale when not here).
_LIVE: set[str] = set()


def _alive(session: str) -> bool:
    try:
        pid = int(session.split("-", 1)[0])
    except ValueError:
        return False
    if pid == os.getpid():
        return session in _LIVE
    return process_alive(pid)


def process_alive(pid: int) -> bool:
    """Whether another process ``pid`` still runs (assumed so where it cannot be probed)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no cheap, safe probe here: leave it to a full check
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Sessions:
    def __init__(self, root: Path) -> None:
        self.folder = root / ".sessions"

    def begin(self) -> str:
        session = f"{os.getpid()}-{os.urandom(6).hex()}"
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / session).touch()
        _LIVE.add(session)
        return session

    def end(self, session: str, *, clean: bool = True) -> None:
        """Close ``session``; one that is not ``clean`` (it left files it could not record) keeps
        its marker, so the next store to open reconciles after it as after a crash."""
        _LIVE.discard(session)
        if clean:
            (self.folder / session).unlink(missing_ok=True)

    def crashed(self) -> dict[str, float]:
        """Sessions whose process ended without closing, with the time each began."""
        if not self.folder.is_dir():
            return {}
        found = {}
        for marker in self.folder.iterdir():
            if not _alive(marker.name):
                with contextlib.suppress(FileNotFoundError):
                    found[marker.name] = marker.stat().st_mtime
        return found

    def forget(self, sessions: dict[str, float]) -> None:
        for session in sessions:
            (self.folder / session).unlink(missing_ok=True)

    @staticmethod
    def is_alive(session: str) -> bool:
        return _alive(session)
