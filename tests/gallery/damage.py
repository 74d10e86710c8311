"""Real damage to a real gallery database on disk, for the tests of what survives it."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from studio.gallery import GalleryStore, ImageRecord
from tests.gallery.conftest import generate


def gallery_of(root: Path, count: int = 40) -> list[ImageRecord]:
    """A closed gallery of ``count`` images, each with its own prompt and pixels."""
    with GalleryStore(root) as store:
        return [
            generate(store, f"fox number {n}", colours=((n, 255 - n, 7, 255),))[0]
            for n in range(count)
        ]


def damage_page(root: Path, table: str = "images", *, last: bool = False) -> int:
    """Overwrite a leaf page of ``table`` in the middle of the database file with garbage, as
    a failing disk sector would (its ``last`` leaf, where new rows go, when asked); returns the
    page's number. The gallery must be closed (its journal folded into the file)."""
    database = root / "gallery.db"
    assert not (root / "gallery.db-wal").exists() or not (root / "gallery.db-wal").stat().st_size
    with contextlib.closing(sqlite3.connect(database)) as db:
        size = db.execute("PRAGMA page_size").fetchone()[0]
        total = db.execute("PRAGMA page_count").fetchone()[0]
        leaves = [
            row[0]
            for row in db.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
    page = leaves[-1] if last else leaves[len(leaves) // 2]
    assert 1 < page < total  # not the header: a page in the middle
    with database.open("r+b") as stream:
        stream.seek((page - 1) * size)
        stream.write(b"\xde\xad\xbe\xef" * (size // 4))
    return page
