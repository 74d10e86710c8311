"""Where image files live and how they get there: temp file, fsync, rename — then the row.

Outputs go to ``images/YYYY/MM/<sha256>.<ext>``, inputs to ``inputs/<sha256>.<ext>``: named by
content, so the same bytes are stored once. Temp files are written in ``.incoming/`` on the same
file system, so a crash leaves them there (removed on the next open) and never half a file in
place.
Files the database could not record (a full disk at commit) are noted in ``.pending/`` with what
is known about them, for the next store that opens to add.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from studio.api import EXTENSIONS
from studio.config import words
from studio.gallery.records import GalleryError

__all__ = ["FileStore"]


class FileStore:
    def __init__(self, root: Path, session: str) -> None:
        self.root = root
        self.incoming = root / ".incoming"
        #: Temp files are named after the session writing them (see ``_sessions``).
        self.session = session

    def output_path(self, sha256: str, fmt: str, created: float) -> str:
        month = time.strftime("%Y/%m", time.localtime(created))
        return f"images/{month}/{sha256}{EXTENSIONS.get(fmt, '.bin')}"

    @staticmethod
    def input_path(sha256: str, fmt: str) -> str:
        return f"inputs/{sha256}{EXTENSIONS.get(fmt, '.bin')}"

    def absolute(self, relative: str) -> Path:
        return self.root / relative

    def place(self, relative: str, data: bytes) -> None:
        """Write ``data`` at ``relative`` durably; nothing is left half-written on failure."""
        temp = self.prepare(relative, data)
        if temp is not None:
            self.put(temp, relative)

    def prepare(self, relative: str, data: bytes) -> Path | None:
        """``data`` written durably to a temp file, ready for ``put``; None when the same
        content is already at ``relative`` (files are named by their hash)."""
        target = self.absolute(relative)
        if target.exists() and target.stat().st_size == len(data):
            return None
        temp = self.incoming / f"{self.session}.{os.urandom(16).hex()}.tmp"
        try:
            self.incoming.mkdir(parents=True, exist_ok=True)
            with temp.open("wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise self._failure(error) from error
        return temp

    def put(self, temp: Path, relative: str) -> None:
        """Move a prepared temp file into place (a rename: all or nothing)."""
        target = self.absolute(relative)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, target)
            _sync_folder(target.parent)
        except OSError as error:
            temp.unlink(missing_ok=True)
            raise self._failure(error) from error

    def _failure(self, error: OSError) -> GalleryError:
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return GalleryError(
                words(
                    "Gallery",
                    "The disk is full, so the image could not be saved in {folder}. Free "
                    "some space and try again; nothing half-written was left behind.",
                ).format(folder=self.root)
            )
        return GalleryError(
            words("Gallery", "The image could not be saved in {folder}: {reason}.").format(
                folder=self.root, reason=error.strerror or error
            )
        )

    # -- images whose rows could not be committed ----------------------------------------------

    def keep_pending(self, relatives: list[str], description: dict[str, Any]) -> bool:
        """Note what is known about files placed whose rows could not be committed, for the
        next store that opens to add them; False when even that could not be written."""
        folder = self.root / ".pending"
        record = json.dumps({"files": relatives, "description": description}, default=str)
        name = f"{self.session}.{os.urandom(16).hex()}"
        temp = folder / f"{name}.tmp"
        try:
            folder.mkdir(exist_ok=True)
            temp.write_text(record, "utf-8")
            os.replace(temp, folder / f"{name}.json")  # never read half-written
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            return False
        return True

    def pending(self) -> list[tuple[Path, list[str], dict[str, Any]]]:
        """(record file, files, description) of each pending record; unreadable ones dropped."""
        folder = self.root / ".pending"
        if not folder.is_dir():
            return []
        found = []
        for record in sorted(folder.glob("*.json")):
            try:
                loaded = json.loads(record.read_text("utf-8"))
                files = [str(f) for f in loaded["files"]]
                description = loaded.get("description")
            except (OSError, ValueError, KeyError, TypeError):
                record.unlink(missing_ok=True)
                continue
            found.append((record, files, description if isinstance(description, dict) else {}))
        return found

    def remove_temps(self, is_alive: Callable[[str], bool]) -> int:
        """Remove temp files left by sessions that are gone; never one still being written."""
        if not self.incoming.is_dir():
            return 0
        removed = 0
        for temp in self.incoming.iterdir():
            if not is_alive(temp.name.split(".", 1)[0]):
                temp.unlink(missing_ok=True)
                removed += 1
        return removed

    def image_files(self, newer_than: float = 0.0) -> list[Path]:
        """Every output file (modified after ``newer_than``), for finding files without rows."""
        found = []
        images = self.root / "images"
        if not images.is_dir():
            return found
        for folder, _, names in os.walk(images):
            for name in names:
                path = Path(folder) / name
                if not newer_than or path.stat().st_mtime > newer_than:
                    found.append(path)
        return found


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible, nor needed, on Windows."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
