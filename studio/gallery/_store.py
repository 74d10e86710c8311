"""``GalleryStore``: the only place that writes SQL, and the only one that decides where files go.

Saving writes each file durably first (``_files``) and then commits its rows in one short
transaction, so no row ever points at a file that is not there, and a crash between the two
leaves at most a file without a row — found by the next reconciliation and recoverable by import.
Readers never wait for a writer (WAL); writers take turns (``BEGIN IMMEDIATE`` and a busy timeout).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from studio import __version__
from studio.api import EXTENSIONS, Endpoint, GeneratedImage, ImageFile, ImageRequest, Usage
from studio.gallery import _schema, embedded, sidecars
from studio.gallery._files import FileStore, sha256_of
from studio.gallery._journal import Journal
from studio.gallery._sessions import Sessions
from studio.gallery.pricing import Pricing
from studio.gallery.records import (
    CheckReport,
    Cursor,
    Facets,
    GalleryError,
    GenerationRecord,
    GridItem,
    GridPage,
    ImageRecord,
    ImportReport,
    Kind,
    Lineage,
    Outcome,
    Page,
    Query,
    Stats,
    Status,
)
from studio.imaging import NotAnImage, inspect, thumbnail

__all__ = ["GalleryStore", "embedded_description", "embedded_parameters"]

log = logging.getLogger(__name__)

_TAG_SEPARATOR = "\x1f"
_RECORD_COLUMNS = """
    i.id, i.position, i.path, i.format, i.width, i.height, i.size_bytes, i.sha256, i.created,
    i.favourite, i.notes, i.trashed, i.missing,
    (SELECT group_concat(tag, char(31)) FROM tags WHERE image_id = i.id) AS tag_list,
    g.id AS g_id, g.created AS g_created, g.kind, g.model, g.prompt, g.params, g.provider,
    g.revised_prompt, g.size, g.quality, g.background, g.output_format, g.request_id, g.usage,
    g.duration, g.status, g.cost
"""
_FROM = "FROM images i JOIN generations g ON g.id = i.generation_id"
#: Tries at opening a database another store is opening at the same moment.
_OPEN_ATTEMPTS = 20


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA busy_timeout = 30000")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")  # a committed image survives power loss
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _fts_query(text: str) -> str:
    """User text as an FTS5 query: every word must match, the last one as a prefix."""
    words = re.findall(r"\w+", text)
    if not words:
        return ""
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class GalleryStore:
    """One store per thread or process that uses it; they can all share the same folder."""

    def __init__(self, root: Path, pricing: Pricing | None = None) -> None:
        self.root = root
        self._sessions = Sessions(root)
        self.pricing = pricing or Pricing.load()
        #: A sentence for the user when the database had to be replaced on open.
        self.notice: str | None = None
        self._write_lock = threading.Lock()
        root.mkdir(parents=True, exist_ok=True)
        self._db_path = root / "gallery.db"
        self._db = self._open_database()
        crashed = self._sessions.crashed()
        self.files = FileStore(root, self._sessions.begin())
        #: The request journal and batch records (``_journal``).
        self.journal = Journal(self._db, self._writing, self.files.session)
        #: What the quick reconciliation on open found: it looks only at what sessions that
        #: crashed can have touched, which keeps opening fast.
        self.opening_report = CheckReport()
        if crashed:
            self.opening_report = self._reconcile(since=min(crashed.values()))
            self.journal.interrupt_sessions(list(crashed))
            self._sessions.forget(crashed)

    # -- opening and closing ----------------------------------------------------------------

    def _open_database(self) -> sqlite3.Connection:
        """The database, migrated. One that is not a database (or is damaged, or is from a
        newer Studio) is kept aside and a new one started; one that is only busy — another
        store opening it at the same moment — is waited for, never set aside."""
        for attempt in range(_OPEN_ATTEMPTS):
            connection = None
            try:
                connection = _connect(self._db_path)
                _schema.migrate(connection)
                connection.execute("SELECT count(*) FROM generations").fetchall()
                return connection
            except sqlite3.OperationalError as error:
                if connection is not None:
                    connection.close()
                busy = any(word in str(error) for word in ("locked", "busy", "locking protocol"))
                if not busy:
                    raise GalleryError(
                        f"The gallery's database cannot be opened: {error}."
                    ) from error
                if attempt == _OPEN_ATTEMPTS - 1:
                    raise GalleryError(
                        "The gallery is busy in another Studio window; try again."
                    ) from error
                time.sleep(0.05 * (attempt + 1))
            except sqlite3.DatabaseError as error:
                if connection is not None:
                    connection.close()
                return self._start_again(error)
        raise AssertionError("each attempt returns or raises")

    def _start_again(self, error: sqlite3.DatabaseError) -> sqlite3.Connection:
        """Keep the unreadable database aside, with its journal, and begin a new one."""
        aside = self._db_path.with_name(f"gallery.db.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        for suffix in ("", "-wal", "-shm"):
            source = self._db_path.with_name(self._db_path.name + suffix)
            if source.exists():
                source.replace(aside.with_name(aside.name + suffix))
        log.error("gallery database unreadable (%s); kept as %s", error, aside)
        self.notice = (
            "The gallery's database was damaged, so a new one was started. Your image files "
            f"are untouched in {self.root}; use “Import” to bring them back. The old database "
            f"was kept as {aside.name}."
        )
        connection = _connect(self._db_path)
        _schema.migrate(connection)
        return connection

    def close(self) -> None:
        # Statistics for the query planner: worth having, not worth failing a close for when
        # another store holds the lock at that moment.
        with contextlib.suppress(sqlite3.OperationalError):
            self._db.execute("PRAGMA optimize")
        self._db.close()
        self._sessions.end(self.files.session)

    def __enter__(self) -> GalleryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One writer at a time; waits (busy timeout) rather than failing with "locked"."""
        with self._write_lock:
            for attempt in range(5):
                try:
                    self._db.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as error:
                    if "locked" not in str(error) or attempt == 4:
                        raise GalleryError(
                            "The gallery is busy in another Studio window; try again."
                        ) from error
                    time.sleep(0.2 * (attempt + 1))
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- saving -----------------------------------------------------------------------------

    def save(self, outcome: Outcome) -> tuple[ImageRecord, ...]:
        """Keep the images of ``outcome`` with everything known about them; returns them."""
        added = time.time()
        created = outcome.created or added
        request = outcome.request
        model = outcome.model or request.model_name
        kind = outcome.kind or Kind.of(request.endpoint)
        placed = []
        for position, image in enumerate(outcome.images):
            try:
                info = inspect(image.data)
                preview = thumbnail(image.data)
            except NotAnImage as error:
                raise GalleryError(f"The server's image could not be read: {error}.") from error
            sha = sha256_of(image.data)
            relative = self.files.output_path(sha, info.format, added)
            self.files.place(relative, image.data)
            placed.append((position, relative, info, sha, preview, len(image.data)))
        inputs = self._place_inputs(request.images, request.mask, request.markup)

        revised = next((i.revised_prompt for i in outcome.images if i.revised_prompt), None)
        cost = outcome.cost
        if cost is None and outcome.kind is None and outcome.status is Status.COMPLETE:
            cost = self.pricing.estimate(
                model,
                outcome.usage,
                images=len(outcome.images),
                size=outcome.size or request.size,
                quality=outcome.quality or request.quality,
            )
        with self._writing() as db:
            generation_id = db.execute(
                """INSERT INTO generations (created, kind, model, prompt, params, provider,
                    revised_prompt, size, quality, background, output_format, request_id, usage,
                    duration, status, cost)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    created,
                    kind.value,
                    model,
                    request.prompt,
                    json.dumps(outcome.params or _params_as_sent(request)),
                    outcome.provider,
                    revised,
                    outcome.size or request.size,
                    outcome.quality or request.quality,
                    outcome.background or request.background,
                    outcome.output_format or request.output_format,
                    outcome.request_id,
                    None if outcome.usage is None else json.dumps(asdict(outcome.usage)),
                    outcome.duration,
                    outcome.status.value,
                    cost,
                ),
            ).lastrowid
            ids = []
            for position, relative, info, sha, preview, size in placed:
                image_id = db.execute(
                    """INSERT INTO images (generation_id, position, path, format, width,
                        height, size_bytes, sha256, created, model, kind, provider)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (
                        generation_id,
                        position,
                        relative,
                        info.format,
                        info.width,
                        info.height,
                        size,
                        sha,
                        added,
                        model,
                        kind.value,
                        outcome.provider,
                    ),
                ).lastrowid
                ids.append(image_id)
                db.execute(
                    "INSERT INTO thumbnails (image_id, data) VALUES (?, ?)", (image_id, preview)
                )
                db.execute(
                    "INSERT INTO search (rowid, prompt, revised_prompt, tags, notes) "
                    "VALUES (?, ?, ?, '', '')",
                    (image_id, request.prompt, revised or ""),
                )
            parents = set(outcome.parents)
            for role, position, sha, relative, fmt in inputs:
                input_id = db.execute(
                    "INSERT INTO inputs (sha256, path, format) VALUES (?, ?, ?) "
                    "ON CONFLICT (sha256) DO UPDATE SET path = path RETURNING id",
                    (sha, relative, fmt),
                ).fetchone()[0]
                db.execute(
                    "INSERT INTO generation_inputs (generation_id, input_id, role, position) "
                    "VALUES (?, ?, ?, ?)",
                    (generation_id, input_id, role, position),
                )
                if role == "image":
                    parents.update(
                        row[0]
                        for row in db.execute("SELECT id FROM images WHERE sha256 = ?", (sha,))
                        if row[0] not in ids
                    )
            db.executemany(
                "INSERT OR IGNORE INTO lineage (child_id, parent_id) VALUES (?, ?)",
                [(child, parent) for child in ids for parent in sorted(parents)],
            )
        return self.get_many(ids)

    def _place_inputs(
        self, images: Sequence[ImageFile], mask: ImageFile | None, markup: ImageFile | None
    ) -> list[tuple[str, int, str, str, str]]:
        """Store each input once by content; one already in the gallery is not copied."""
        placed = []
        roles = [("image", n, f) for n, f in enumerate(images)]
        roles += [("mask", 0, mask)] if mask else []
        roles += [("markup", 0, markup)] if markup else []
        for role, position, file in roles:
            sha = sha256_of(file.data)
            known = self._db.execute(
                "SELECT path FROM images WHERE sha256 = ? UNION ALL "
                "SELECT path FROM inputs WHERE sha256 = ? LIMIT 1",
                (sha, sha),
            ).fetchone()
            relative = known[0] if known else self.files.input_path(sha, file.format)
            if not known:
                self.files.place(relative, file.data)
            placed.append((role, position, sha, relative, file.format))
        return placed

    # -- reading ----------------------------------------------------------------------------

    def get(self, image_id: int) -> ImageRecord | None:
        found = self.get_many([image_id])
        return found[0] if found else None

    def get_many(self, ids: Sequence[int]) -> tuple[ImageRecord, ...]:
        """The records of ``ids`` in that order (unknown ids left out)."""
        if not ids:
            return ()
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(f"SELECT {_RECORD_COLUMNS} {_FROM} WHERE i.id IN ({marks})", ids)
        by_id = {row["id"]: self._record(row) for row in rows}
        return tuple(by_id[i] for i in ids if i in by_id)

    def query(self, query: Query, limit: int = 200, after: Cursor | None = None) -> Page:
        """One page of images matching ``query``, newest (or oldest) first.

        Ordering and paging run on ids alone; only the page's records are read in full.
        """
        ids, more = self._page_ids(query, limit, after)
        records = self.get_many(ids)
        return Page(records, Cursor(records[-1].id) if more and records else None)

    def grid(self, query: Query, limit: int = 200, after: Cursor | None = None) -> GridPage:
        """The same page as ``query`` gives, as the few fields a grid of thumbnails shows:
        several times cheaper to build while the user scrolls."""
        ids, more = self._page_ids(query, limit, after)
        if not ids:
            return GridPage((), None)
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT i.id, g.prompt, i.model, i.kind, i.width, i.height, i.favourite, "
            f"i.missing {_FROM} WHERE i.id IN ({marks})",
            ids,
        ).fetchall()
        by_id = {
            row[0]: GridItem(
                row[0], row[1], row[2], Kind(row[3]), row[4], row[5], bool(row[6]), bool(row[7])
            )
            for row in rows
        }
        items = tuple(by_id[i] for i in ids if i in by_id)
        return GridPage(items, Cursor(items[-1].id) if more and items else None)

    def _page_ids(self, query: Query, limit: int, after: Cursor | None) -> tuple[list[int], bool]:
        """The ids of one page, in order, and whether more follow."""
        where = ["i.trashed IS NOT NULL" if query.trashed else "i.trashed IS NULL"]
        args: list[Any] = []
        # Search walks the index in id order and stops at the page's end, whatever it matches.
        source, order = "FROM images i", "i.id"
        match = _fts_query(query.text)
        if match:
            source, order = "FROM search s JOIN images i ON i.id = s.rowid", "s.rowid"
            where.append("search MATCH ?")
            args.append(match)
        for column, values in (
            ("model", query.models),
            ("kind", tuple(kind.value for kind in query.kinds)),
            ("provider", (query.provider,) if query.provider else ()),
        ):
            if values:
                where.append(f"i.{column} IN ({','.join('?' * len(values))})")
                args.extend(values)
        if query.since is not None:
            where.append("i.created >= ?")
            args.append(query.since)
        if query.until is not None:
            where.append("i.created < ?")
            args.append(query.until)
        if query.favourite:
            where.append("i.favourite = 1")
        if query.tag:
            where.append("EXISTS (SELECT 1 FROM tags t WHERE t.image_id = i.id AND t.tag = ?)")
            args.append(query.tag)
        if query.size:
            width, _, height = query.size.partition("x")
            where.append("i.width = ? AND i.height = ?")
            args.extend((int(width or 0), int(height or 0)))
        if after is not None:
            where.append(f"i.id {'<' if query.newest_first else '>'} ?")
            args.append(after.id)
        rows = self._db.execute(
            f"SELECT i.id {source} WHERE {' AND '.join(where)} "
            f"ORDER BY {order} {'DESC' if query.newest_first else 'ASC'} LIMIT ?",
            (*args, limit + 1),
        ).fetchall()
        return [row[0] for row in rows[:limit]], len(rows) > limit

    def thumbnails(self, ids: Sequence[int]) -> dict[int, bytes]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT image_id, data FROM thumbnails WHERE image_id IN ({marks})", ids
        )
        return {row[0]: bytes(row[1]) for row in rows}

    def inputs_of(self, generation_id: int) -> list[tuple[str, Path]]:
        """The input files of a generation as (role, path), in the order they were sent."""
        rows = self._db.execute(
            "SELECT gi.role, n.path FROM generation_inputs gi JOIN inputs n ON n.id = gi.input_id "
            "WHERE gi.generation_id = ? ORDER BY gi.role = 'image' DESC, gi.role, gi.position",
            (generation_id,),
        )
        return [(row[0], self.files.absolute(row[1])) for row in rows]

    def lineage(self, image_id: int, depth: int = 50) -> Lineage:
        """Every ancestor and descendant of an image, nearest first, in one query."""
        rows = self._db.execute(
            f"""WITH RECURSIVE
                up(id, depth) AS (
                    SELECT parent_id, 1 FROM lineage WHERE child_id = :id
                    UNION SELECT l.parent_id, up.depth + 1 FROM lineage l
                          JOIN up ON l.child_id = up.id WHERE up.depth < :depth),
                down(id, depth) AS (
                    SELECT child_id, 1 FROM lineage WHERE parent_id = :id
                    UNION SELECT l.child_id, down.depth + 1 FROM lineage l
                          JOIN down ON l.parent_id = down.id WHERE down.depth < :depth),
                related(direction, id, depth) AS (
                    SELECT 'up', id, min(depth) FROM up GROUP BY id
                    UNION ALL SELECT 'down', id, min(depth) FROM down GROUP BY id)
                SELECT r.direction, r.depth, {_RECORD_COLUMNS}
                FROM related r JOIN images i ON i.id = r.id
                JOIN generations g ON g.id = i.generation_id
                ORDER BY r.depth, i.id""",
            {"id": image_id, "depth": depth},
        ).fetchall()
        up = tuple((self._record(r), r["depth"]) for r in rows if r["direction"] == "up")
        down = tuple((self._record(r), r["depth"]) for r in rows if r["direction"] == "down")
        return Lineage(up, down)

    def facets(self) -> Facets:
        def column(sql: str) -> tuple[str, ...]:
            return tuple(str(row[0]) for row in self._db.execute(sql) if row[0])

        return Facets(
            models=column("SELECT DISTINCT model FROM images ORDER BY model"),
            providers=column("SELECT DISTINCT provider FROM images ORDER BY provider"),
            tags=column("SELECT DISTINCT tag FROM tags ORDER BY tag"),
            sizes=column(
                "SELECT width || 'x' || height FROM images WHERE width > 0 "
                "GROUP BY width, height ORDER BY count(*) DESC LIMIT 40"
            ),
        )

    def stats(self) -> Stats:
        start_of_day = time.mktime((*time.localtime()[:3], 0, 0, 0, 0, 0, -1))
        row = self._db.execute(
            """SELECT
                (SELECT count(*) FROM images WHERE trashed IS NULL),
                (SELECT count(*) FROM generations),
                (SELECT count(*) FROM images WHERE favourite = 1 AND trashed IS NULL),
                (SELECT count(*) FROM images WHERE trashed IS NOT NULL),
                (SELECT coalesce(sum(size_bytes), 0) FROM images),
                (SELECT coalesce(sum(cost), 0) FROM generations),
                (SELECT coalesce(sum(cost), 0) FROM generations WHERE created >= ?)""",
            (start_of_day,),
        ).fetchone()
        by_model = dict(
            self._db.execute(
                "SELECT g.model, count(*) FROM images i JOIN generations g "
                "ON g.id = i.generation_id WHERE i.trashed IS NULL GROUP BY g.model "
                "ORDER BY count(*) DESC"
            ).fetchall()
        )
        return Stats(*row, by_model=by_model)

    # -- changing ---------------------------------------------------------------------------

    def set_favourite(self, image_id: int, favourite: bool) -> None:
        with self._writing() as db:
            db.execute("UPDATE images SET favourite = ? WHERE id = ?", (int(favourite), image_id))

    def set_notes(self, image_id: int, notes: str) -> None:
        with self._writing() as db:
            db.execute("UPDATE images SET notes = ? WHERE id = ?", (notes, image_id))
            self._reindex(db, [image_id])

    def add_tag(self, image_id: int, tag: str) -> None:
        tag = tag.strip()
        if not tag:
            return
        with self._writing() as db:
            db.execute("INSERT OR IGNORE INTO tags (image_id, tag) VALUES (?, ?)", (image_id, tag))
            self._reindex(db, [image_id])

    def remove_tag(self, image_id: int, tag: str) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM tags WHERE image_id = ? AND tag = ?", (image_id, tag))
            self._reindex(db, [image_id])

    def trash(self, ids: Iterable[int]) -> None:
        with self._writing() as db:
            db.executemany(
                "UPDATE images SET trashed = ? WHERE id = ? AND trashed IS NULL",
                [(time.time(), i) for i in ids],
            )

    def restore(self, ids: Iterable[int]) -> None:
        with self._writing() as db:
            db.executemany("UPDATE images SET trashed = NULL WHERE id = ?", [(i,) for i in ids])

    def empty_trash(self) -> int:
        """Delete trashed images and the files no other row needs; returns how many."""
        with self._writing() as db:
            doomed = db.execute("SELECT id, path FROM images WHERE trashed IS NOT NULL").fetchall()
            db.executemany("DELETE FROM search WHERE rowid = ?", [(r[0],) for r in doomed])
            db.executemany("DELETE FROM images WHERE id = ?", [(r[0],) for r in doomed])
            db.execute("DELETE FROM generations WHERE id NOT IN (SELECT generation_id FROM images)")
            still_used = {
                row[0]
                for row in db.execute("SELECT path FROM images UNION SELECT path FROM inputs")
            }
        for _, path in doomed:
            if path not in still_used:
                self.files.absolute(path).unlink(missing_ok=True)
        return len(doomed)

    def _reindex(self, db: sqlite3.Connection, ids: Sequence[int]) -> None:
        for image_id in ids:
            row = db.execute(
                "SELECT g.prompt, coalesce(g.revised_prompt, ''), i.notes, "
                "(SELECT coalesce(group_concat(tag, ' '), '') FROM tags WHERE image_id = i.id) "
                f"{_FROM} WHERE i.id = ?",
                (image_id,),
            ).fetchone()
            if row is None:
                continue
            db.execute("DELETE FROM search WHERE rowid = ?", (image_id,))
            db.execute(
                "INSERT INTO search (rowid, prompt, revised_prompt, notes, tags) "
                "VALUES (?, ?, ?, ?, ?)",
                (image_id, *row),
            )

    # -- export and import ------------------------------------------------------------------

    def export(self, ids: Sequence[int], folder: Path, *, embed: bool = False) -> list[Path]:
        """Copies of the images in ``folder`` as ``studio-ID.EXT``; see ``export_as``."""
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for record in self.get_many(ids):
            target = folder / f"studio-{record.id}{EXTENSIONS.get(record.format, '.bin')}"
            written.append(self._export(record, target, embed))
        return written

    def export_as(self, image_id: int, target: Path, *, embed: bool = False) -> Path:
        """A copy of the image at ``target`` with what the gallery knows about it: by default
        the file's bytes unchanged (its content credentials stay valid) and the metadata in
        sidecars beside it (``sidecars``); with ``embed``, the metadata inside the copy, which
        breaks the hash that any content credentials in it bind."""
        record = self.get(image_id)
        if record is None:
            raise GalleryError(f"There is no image {image_id} in the gallery.")
        return self._export(record, target, embed)

    def _export(self, record: ImageRecord, target: Path, embed: bool) -> Path:
        try:
            data = record.path.read_bytes()
        except OSError as error:
            raise GalleryError(
                f"Image {record.id} could not be read from {record.path}: "
                f"{error.strerror or error}."
            ) from error
        parents = [related.sha256 for related, depth in self.lineage(record.id, 1).ancestors]
        parameters = embedded_parameters(record)
        described = json.dumps(embedded_description(record, parents), ensure_ascii=False)
        copy = embedded.embed(data, parameters, described) if embed else data
        target.write_bytes(copy)
        if copy == data:  # not embedded (or a GIF or SVG, which cannot carry it): beside it
            sidecars.write(target, parameters, described)
        return target

    def import_files(self, paths: Iterable[Path]) -> ImportReport:
        """Bring image files into the gallery, with their Studio metadata when they carry it."""
        imported: list[ImageRecord] = []
        skipped: list[tuple[Path, str]] = []
        for path in _expand(paths):
            try:
                data = path.read_bytes()
            except OSError as error:
                skipped.append((path, f"cannot be read ({error.strerror or error})"))
                continue
            try:
                fmt = inspect(data).format
            except NotAnImage as error:
                skipped.append((path, str(error)))
                continue
            original = embedded.strip(data)
            if self._db.execute(
                "SELECT 1 FROM images WHERE sha256 = ? AND trashed IS NULL",
                (sha256_of(original),),
            ).fetchone():
                skipped.append((path, "already in the gallery"))
                continue
            found = embedded.read(data)
            if found == embedded.Embedded():
                found = sidecars.beside(path)
            outcome = _outcome_from_file(path, original, fmt, found)
            imported.extend(self.save(outcome))
        return ImportReport(tuple(imported), tuple(skipped))

    # -- reconciliation ---------------------------------------------------------------------

    def reconcile(self) -> CheckReport:
        """Make rows and files agree: remove temp files of sessions that are gone, flag rows
        whose file is missing, list files without rows."""
        return self._reconcile(since=0.0)

    def _reconcile(self, since: float) -> CheckReport:
        temps = self.files.remove_temps(Sessions.is_alive)
        rows = self._db.execute(
            "SELECT id, path FROM images WHERE created >= ?", (since,)
        ).fetchall()
        missing_ids = [r[0] for r in rows if not self.files.absolute(r[1]).exists()]
        missing = set(missing_ids)
        present_ids = [r[0] for r in rows if r[0] not in missing]
        known = {
            row[0]
            for row in self._db.execute("SELECT path FROM images UNION SELECT path FROM inputs")
        }
        orphans = tuple(
            path
            for path in self.files.image_files(newer_than=since)
            if path.relative_to(self.root).as_posix() not in known
        )
        with self._writing() as db:
            db.executemany(
                "UPDATE images SET missing = 1 WHERE id = ?", [(i,) for i in missing_ids]
            )
            db.executemany(
                "UPDATE images SET missing = 0 WHERE id = ? AND missing = 1",
                [(i,) for i in present_ids],
            )
        if missing_ids or orphans:
            log.warning(
                "gallery: %d rows without files, %d files without rows",
                len(missing_ids),
                len(orphans),
            )
        return CheckReport(missing=self.get_many(missing_ids), orphans=orphans, temps_removed=temps)

    def check(self) -> CheckReport:
        """Full reconciliation, every file's hash, and SQLite's own integrity check."""
        report = self.reconcile()
        damaged = []
        for row in self._db.execute("SELECT id, path, sha256 FROM images WHERE missing = 0"):
            path = self.files.absolute(row[1])
            if path.exists() and sha256_of(path.read_bytes()) != row[2]:
                damaged.append(row[0])
        integrity = "; ".join(r[0] for r in self._db.execute("PRAGMA integrity_check"))
        return CheckReport(
            missing=report.missing,
            damaged=self.get_many(damaged),
            orphans=report.orphans,
            temps_removed=report.temps_removed,
            integrity=integrity,
        )

    # -- rows to records --------------------------------------------------------------------

    def _record(self, row: sqlite3.Row) -> ImageRecord:
        usage = json.loads(row["usage"]) if row["usage"] else None
        generation = GenerationRecord(
            id=row["g_id"],
            created=row["g_created"],
            kind=Kind(row["kind"]),
            model=row["model"],
            prompt=row["prompt"],
            params=json.loads(row["params"]),
            provider=row["provider"],
            revised_prompt=row["revised_prompt"],
            size=row["size"],
            quality=row["quality"],
            background=row["background"],
            output_format=row["output_format"],
            request_id=row["request_id"],
            usage=None if usage is None else Usage(**usage),
            duration=row["duration"],
            status=Status(row["status"]),
            cost=row["cost"],
        )
        tags = tuple(sorted(row["tag_list"].split(_TAG_SEPARATOR))) if row["tag_list"] else ()
        return ImageRecord(
            id=row["id"],
            generation=generation,
            index=row["position"],
            path=self.files.absolute(row["path"]),
            format=row["format"],
            width=row["width"],
            height=row["height"],
            size_bytes=row["size_bytes"],
            sha256=row["sha256"],
            created=row["created"],
            favourite=bool(row["favourite"]),
            notes=row["notes"],
            tags=tags,
            trashed=row["trashed"],
            missing=bool(row["missing"]),
        )


def _params_as_sent(request: Any) -> dict[str, Any]:
    """Every parameter of the request as it was sent, files described by name only."""
    params = dict(request.parameters())
    params["endpoint"] = request.endpoint.value
    params["model"] = request.model_name
    if request.stream:
        params["stream"] = True
    if request.svg is not None:
        params["svg"] = asdict(request.svg)
    if request.images:
        params["image"] = [image.filename for image in request.images]
    for role in ("mask", "markup"):
        layer = getattr(request, role)
        if layer is not None:
            params[role] = layer.filename
    return params


def embedded_parameters(record: ImageRecord) -> str:
    """The prompt, then one settings line, as image tools write ``parameters``."""
    generation = record.generation
    settings = {
        "Model": generation.model,
        "Size": f"{record.width}x{record.height}",
        "Quality": generation.quality,
        "Background": generation.background,
        "Kind": generation.kind.value,
        "Provider": generation.provider,
        "Request id": generation.request_id,
        "Created": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(record.created)),
    }
    line = ", ".join(f"{key}: {value}" for key, value in settings.items() if value)
    return f"{generation.prompt}\n{line}"


def embedded_description(record: ImageRecord, parents: Sequence[str]) -> dict[str, Any]:
    """Everything the gallery knows about an image (never a key: the gallery holds none)."""
    generation = record.generation
    return {
        "studio": __version__,
        "created": record.created,
        "kind": generation.kind.value,
        "model": generation.model,
        "prompt": generation.prompt,
        "revised_prompt": generation.revised_prompt,
        "params": generation.params,
        "provider": generation.provider,
        "size": generation.size,
        "quality": generation.quality,
        "background": generation.background,
        "output_format": generation.output_format,
        "request_id": generation.request_id,
        "usage": None if generation.usage is None else asdict(generation.usage),
        "cost": generation.cost,
        "duration": generation.duration,
        "status": generation.status.value,
        "sha256": record.sha256,
        "parents": list(parents),
        "favourite": record.favourite,
        "tags": list(record.tags),
        "notes": record.notes,
    }


def _expand(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and not sidecars.is_sidecar(p)
            )
        else:
            yield path


def _outcome_from_file(path: Path, data: bytes, fmt: str, found: embedded.Embedded) -> Outcome:
    described: dict[str, Any] = {}
    if found.studio:
        with contextlib.suppress(ValueError):
            loaded = json.loads(found.studio)
            described = loaded if isinstance(loaded, dict) else {}
    prompt = str(described.get("prompt") or "")
    if not prompt and found.parameters:
        prompt = found.parameters.split("\n", 1)[0]
    params = described.get("params") if isinstance(described.get("params"), dict) else None
    try:
        endpoint = Endpoint((params or {}).get("endpoint", "generations"))
        kind = Kind(described["kind"]) if "kind" in described else Kind.IMPORT
        usage = Usage(**described["usage"]) if described.get("usage") else None
        status = Status(described.get("status") or Status.COMPLETE.value)
    except (KeyError, TypeError, ValueError):
        endpoint, kind, usage, status = Endpoint.GENERATIONS, Kind.IMPORT, None, Status.COMPLETE
    image = GeneratedImage(data, fmt, described.get("revised_prompt"))
    return Outcome(
        request=ImageRequest(endpoint, prompt),
        images=(image,),
        provider=str(described.get("provider") or ""),
        usage=usage,
        size=described.get("size"),
        quality=described.get("quality"),
        background=described.get("background"),
        output_format=described.get("output_format") or fmt,
        request_id=described.get("request_id"),
        duration=float(described.get("duration") or 0),
        status=status,
        kind=kind,
        model=str(described.get("model") or "unknown"),
        params=params or {"file": path.name},
        created=float(described.get("created") or path.stat().st_mtime),
        cost=described.get("cost"),
    )
