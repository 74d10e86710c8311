"""What can still be read from a damaged database set aside, to rebuild the gallery with it.

Rows are read a few at a time in id order; where a damaged page stops a read, the walk steps
past it. Nothing here writes: the copy set aside is kept exactly as it was found (apart from
SQLite's own -shm index beside it).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Salvage", "Salvaged"]

_BATCH = 100
#: Reads in a row that may fail before the walk gives up (a damaged root page fails them all).
_GIVE_UP = 2000
_GENERATION = (
    "created, kind, model, prompt, params, provider, revised_prompt, size, quality, "
    "background, output_format, request_id, usage, duration, status, cost"
)


@dataclass(frozen=True, slots=True)
class Salvaged:
    """One image row as the damaged database still had it (its other rows are read on demand
    from ``Salvage``: a gallery of 100,000 images would not fit in memory at once)."""

    id: int
    generation_id: int
    #: The file's hash, format and size as the row had them: a file that still matches the
    #: hash need not be decoded again (tens of milliseconds an image).
    sha256: str | None
    format: str | None
    width: int
    height: int
    favourite: bool
    notes: str


class Salvage:
    """What a damaged database set aside still holds, open while the gallery is rebuilt."""

    def __init__(self, database: Path) -> None:
        #: Image rows by file path (the first row for a path wins).
        self.rows: dict[str, Salvaged] = {}
        self._db: sqlite3.Connection | None = None
        try:
            self._db = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
            self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            self.close()  # not a database any more (its first page is gone)
            return
        for row in _image_rows(self._db):
            image_id, generation_id, path, favourite, notes, sha, fmt, width, height = row
            if not isinstance(path, str) or path in self.rows:
                continue
            sized = isinstance(width, int) and isinstance(height, int)
            self.rows[path] = Salvaged(
                int(image_id),
                generation_id,
                sha if sized else None,
                fmt if sized else None,
                width if sized else 0,
                height if sized else 0,
                bool(favourite),
                str(notes or ""),
            )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> Salvage:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def description(self, kept: Salvaged) -> dict[str, Any]:
        """The image's generation, in the form ``outcome_from_file`` reads (and checks, as
        from any file); empty when its row is lost."""
        if self._db is None:
            return {}
        try:
            row = self._db.execute(
                f"SELECT {_GENERATION} FROM generations WHERE id = ?", (kept.generation_id,)
            ).fetchone()
        except sqlite3.DatabaseError:
            return {}
        if row is None:
            return {}
        described = dict(zip(_GENERATION.split(", "), row, strict=True))
        for key in ("params", "usage"):
            try:
                described[key] = json.loads(described[key]) if described[key] else None
            except (TypeError, ValueError, RecursionError):
                described[key] = None
        return described

    def thumbnail(self, kept: Salvaged) -> bytes | None:
        found = self._column("SELECT data FROM thumbnails WHERE image_id = ?", kept.id)
        return bytes(found[0]) if found else None

    def tags(self, kept: Salvaged) -> list[str]:
        return [
            str(tag) for tag in self._column("SELECT tag FROM tags WHERE image_id = ?", kept.id)
        ]

    def parents(self, kept: Salvaged) -> list[int]:
        return self._column("SELECT parent_id FROM lineage WHERE child_id = ?", kept.id)

    def _column(self, sql: str, key: int) -> list[Any]:
        if self._db is None:
            return []
        try:
            return [row[0] for row in self._db.execute(sql, (key,))]
        except sqlite3.DatabaseError:
            return []


def _image_rows(connection: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """Every readable image row, in id order. A read that meets a damaged page is retried a
    row at a time, so the rows before the page are read too and only its own are lost."""
    rows: list[tuple[Any, ...]] = []
    last, failures, batch, calm = 0, 0, _BATCH, 0
    while failures < _GIVE_UP:
        try:
            found = connection.execute(
                "SELECT id, generation_id, path, favourite, notes, sha256, format, width, "
                "height FROM images "
                "WHERE id > ? ORDER BY id LIMIT ?",
                (last, batch),
            ).fetchall()
        except sqlite3.DatabaseError:
            if batch > 1:
                batch, calm = 1, 0
            else:
                last, failures = last + 1, failures + 1  # step past the damaged page
            continue
        if not found:
            break
        failures, calm = 0, calm + 1
        if calm > _BATCH:
            batch = _BATCH
        rows.extend(found)
        last = found[-1][0]
    return rows
