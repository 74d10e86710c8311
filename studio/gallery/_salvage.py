"""What can still be read from a damaged database set aside, to rebuild the gallery with it.

Rows are read a few at a time in id order; where a damaged page stops a read, the walk steps
past it. Nothing here writes: the copy set aside is kept exactly as it was found (apart from
SQLite's own -shm index beside it).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Salvaged", "salvage"]

_BATCH = 100
#: Reads in a row that may fail before the walk gives up (a damaged root page fails them all).
_GIVE_UP = 2000
_GENERATION = (
    "created, kind, model, prompt, params, provider, revised_prompt, size, quality, "
    "background, output_format, request_id, usage, duration, status, cost"
)


@dataclass
class Salvaged:
    """One image row as the damaged database still had it."""

    id: int
    #: In the form ``outcome_from_file`` reads (and checks, as from any file).
    description: dict[str, Any] = field(default_factory=dict)
    #: The file's hash, format, size and thumbnail as the row had them: a file that still
    #: matches the hash need not be decoded again (tens of milliseconds an image).
    sha256: str | None = None
    format: str | None = None
    width: int = 0
    height: int = 0
    thumbnail: bytes | None = None
    favourite: bool = False
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    parent_ids: list[int] = field(default_factory=list)


def salvage(database: Path) -> dict[str, Salvaged]:
    """Image rows of ``database`` by file path (the first row for a path wins); empty when
    nothing can be read."""
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    found: dict[str, Salvaged] = {}
    with contextlib.closing(connection):
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            return found  # not a database any more (its first page is gone)
        for row in _image_rows(connection):
            image_id, generation_id, path, favourite, notes, sha, fmt, width, height = row
            if not isinstance(path, str) or path in found:
                continue
            kept = Salvaged(int(image_id), favourite=bool(favourite), notes=str(notes or ""))
            if isinstance(width, int) and isinstance(height, int):
                kept.sha256, kept.format, kept.width, kept.height = sha, fmt, width, height
                thumbnails = _column(
                    connection, "SELECT data FROM thumbnails WHERE image_id = ?", image_id
                )
                kept.thumbnail = bytes(thumbnails[0]) if thumbnails else None
            kept.description = _generation(connection, generation_id)
            kept.tags = _column(connection, "SELECT tag FROM tags WHERE image_id = ?", image_id)
            kept.parent_ids = _column(
                connection, "SELECT parent_id FROM lineage WHERE child_id = ?", image_id
            )
            found[path] = kept
    return found


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


def _generation(connection: sqlite3.Connection, generation_id: int) -> dict[str, Any]:
    try:
        row = connection.execute(
            f"SELECT {_GENERATION} FROM generations WHERE id = ?", (generation_id,)
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


def _column(connection: sqlite3.Connection, sql: str, key: int) -> list[Any]:
    try:
        return [row[0] for row in connection.execute(sql, (key,))]
    except sqlite3.DatabaseError:
        return []
