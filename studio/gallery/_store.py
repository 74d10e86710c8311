"""``GalleryStore``: the only place that writes SQL, and the only one that decides where files go.

Saving writes each file durably first (``_files``) and then commits its rows in one short
transaction, so no row ever points at a file that is not there, and a crash between the two
leaves at most a file without a row — found by the next reconciliation and recoverable by import.
Readers never wait for a writer (WAL); writers take turns (``BEGIN IMMEDIATE`` and a busy timeout).
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from studio import __version__, imaging
from studio.api import EXTENSIONS, Endpoint, ImageFile, ImageRequest, Usage
from studio.config import words
from studio.gallery import _schema, _words, embedded, sidecars
from studio.gallery._aside import exclusive, identity, set_aside
from studio.gallery._described import describe, outcome_from_file
from studio.gallery._files import FileStore, sha256_of
from studio.gallery._journal import (
    ONE_REQUEST,
    Journal,
    JournalEntry,
    KeptInput,
)
from studio.gallery._salvage import Salvage
from studio.gallery._sessions import Sessions
from studio.gallery.new_files import write_new
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
from studio.gallery.spending import start_of_day
from studio.imaging import NotAnImage, read_image_file

if TYPE_CHECKING:
    from studio.imaging import ImageInfo

__all__ = ["GalleryStore", "embedded_description", "embedded_parameters"]

log = logging.getLogger(__name__)
#: What a store says while another window holds the database longer than it waits.
_BUSY_SENTENCE = words("Gallery", "The gallery is busy in another Studio window; try again.")

_TAG_SEPARATOR = "\x1f"
#: What a record is read from, in the order ``_record`` takes it.
_RECORD_COLUMNS = """
    i.id, i.position, i.path, i.format, i.width, i.height, i.size_bytes, i.sha256, i.created,
    i.favourite, i.notes, i.trashed, i.missing,
    (SELECT group_concat(tag, char(31)) FROM tags WHERE image_id = i.id) AS tag_list,
    g.id AS g_id, g.created AS g_created, g.kind, g.model, g.prompt, g.params, g.provider,
    g.revised_prompt, g.size, g.quality, g.background, g.output_format, g.request_id, g.usage,
    g.duration, g.status, g.cost
"""
_FROM = "FROM images i JOIN generations g ON g.id = i.generation_id"
#: Stored values to members: a dict lookup, where calling the enum costs a few microseconds.
_KINDS = {kind.value: kind for kind in Kind}
_STATUSES = {status.value: status for status in Status}
#: Tries at opening a database another store is opening at the same moment.
_OPEN_ATTEMPTS = 20
#: Files read and decoded between two commits when rows are made for files (a rebuild): small
#: enough that the write lock is held briefly and few files are in memory at once.
_FILES_PER_COMMIT = 20
#: The batch filter offers this many of the newest batches.
_BATCHES = 50
#: The size filter offers the sizes of this many of the newest images.
_SIZES_FROM_LATEST = 20_000
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_PROTOCOL}
_DAMAGE = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
T = TypeVar("T")


def _code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code of ``error`` (None for errors raised by Studio itself)."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def _busy(error: sqlite3.Error) -> bool:
    if _code(error) in _BUSY:
        return True
    return any(word in str(error) for word in ("locked", "busy", "locking protocol"))


def _damage(error: sqlite3.Error) -> bool:
    """SQLite says the file is damaged, or not a database (Studio's own refusal of a newer
    schema is a plain ``DatabaseError`` without a code, and is set aside the same way)."""
    code = _code(error)
    return code in _DAMAGE or (code is None and type(error) is sqlite3.DatabaseError)


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA busy_timeout = 30000")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")  # a committed image survives power loss
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _guarded(method: Callable[..., T]) -> Callable[..., T]:
    """Every SQLite failure of ``method`` becomes a ``GalleryError`` a person can read; damage
    is checked for, and a damaged database set aside and rebuilt before the error is raised."""

    @functools.wraps(method)
    def guarded(self: GalleryStore, *args: Any, **kwargs: Any) -> T:
        self._follow_replacement()
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            raise self._failure(error) from error

    return guarded


class GalleryStore:
    """One store per thread or process that uses it; they can all share the same folder."""

    def __init__(self, root: Path, pricing: Pricing | None = None) -> None:
        self.root = root
        self._sessions = Sessions(root)
        self.pricing = pricing or Pricing.load()
        #: A sentence for the user when the database had to be replaced or repaired.
        self.notice: str | None = None
        #: How many images the last rebuild got back without their prompt and settings.
        self.undescribed = 0
        self._write_lock = threading.RLock()
        root.mkdir(parents=True, exist_ok=True)
        self._db_path = root / "gallery.db"
        self._lock_path = root / "gallery.db.recovering"
        #: The file this store's connection opened, to notice it being set aside by another.
        self._identity: tuple[int, int] | None = None
        #: False once files were placed that neither a row nor a pending record holds.
        self._clean = True
        crashed = self._sessions.crashed()
        self.files = FileStore(root, self._sessions.begin())
        #: The request journal and batch records (``_journal``).
        self.journal = Journal(lambda: self._db, self._writing, self.files.session)
        #: What the quick reconciliation on open found: it looks only at what sessions that
        #: crashed can have touched (and at images a full disk kept out), which keeps it fast.
        self.opening_report = CheckReport()
        try:
            damage = None
            self._db = None  # type: ignore[assignment]
            # Never while another store sets the database aside and rebuilds it: this one
            # would open the new file before its rows are in.
            with self._exclusive():
                try:
                    self._db = self._attach()
                except sqlite3.DatabaseError as error:
                    damage = error
            if damage is not None:
                self._recover(damage)
            if crashed or self.files.pending():
                since = min(crashed.values()) if crashed else time.time()
                self.opening_report = self._reconcile_on_opening(since)
                self.journal.interrupt_sessions(list(crashed))
                self._sessions.forget(crashed)
        except BaseException:
            if self._db is not None:
                self._db.close()
            self._sessions.end(self.files.session)
            raise

    # -- opening and closing ----------------------------------------------------------------

    def _attach(self) -> sqlite3.Connection:
        """The database, migrated. One that is only busy — another store opening it at the
        same moment — is waited for; damage is raised as ``sqlite3.DatabaseError``."""
        for attempt in range(_OPEN_ATTEMPTS):
            before = identity(self._db_path)
            connection = None
            try:
                connection = _connect(self._db_path)
                _schema.migrate(connection)
                # A probe that the file is a readable database: the first page of rows, not a
                # count that walks a million (damage further in is found by the query reading it).
                connection.execute("SELECT id FROM generations LIMIT 1").fetchall()
            except sqlite3.OperationalError as error:
                if connection is not None:
                    connection.close()
                if not _busy(error):
                    raise GalleryError(
                        words(
                            "Gallery", "The gallery's database cannot be opened: {error}."
                        ).format(error=error)
                    ) from error
                if attempt == _OPEN_ATTEMPTS - 1:
                    raise GalleryError(_BUSY_SENTENCE) from error
                time.sleep(0.05 * (attempt + 1))
                continue
            except sqlite3.DatabaseError:
                if connection is not None:
                    connection.close()
                self._identity = before
                raise
            after = identity(self._db_path)
            if after == before:
                self._identity = after
                return connection
            connection.close()  # created, or replaced by another store, as it was opened
        raise GalleryError(_BUSY_SENTENCE)

    def _follow_replacement(self) -> None:
        """Reopen when another store has set the database aside and rebuilt it: this store's
        connection would otherwise go on using the damaged copy."""
        if self._db is None or identity(self._db_path) == self._identity:
            return
        with self._exclusive():
            self._db.close()
            self._db = self._attach()

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """No other store sets the database aside or rebuilds it meanwhile."""
        try:
            with exclusive(self._lock_path):
                yield
        except (TimeoutError, OSError) as error:
            raise GalleryError(
                words(
                    "Gallery",
                    "The gallery in {folder} cannot be opened: another Studio has been "
                    "rebuilding it for too long, or its folder cannot be used ({error}).",
                ).format(folder=self.root, error=error)
            ) from error

    def _failure(self, error: sqlite3.DatabaseError) -> GalleryError:
        """``error`` as a sentence; a damaged database is set aside and rebuilt first."""
        code = _code(error)
        if _busy(error):
            return GalleryError(_BUSY_SENTENCE)
        if code == sqlite3.SQLITE_FULL:
            return GalleryError(
                words(
                    "Gallery",
                    "The disk holding the gallery ({folder}) is full, so this change could not "
                    "be saved. Free some space and try again.",
                ).format(folder=self.root)
            )
        if _damage(error) and self._integrity() != "ok":
            try:
                return GalleryError(self._recover(error))
            except GalleryError as failed:
                return failed
        if isinstance(error, sqlite3.OperationalError):
            return GalleryError(
                words("Gallery", "The gallery's database could not be used: {error}.").format(
                    error=error
                )
            )
        return GalleryError(
            words(
                "Gallery",
                "The gallery's database reported a problem ({error}); try again, and run "
                "“studio gallery check” if it persists.",
            ).format(error=error)
        )

    def _integrity(self) -> str:
        """SQLite's own check of every page ("ok" when sound); an error counts as damage."""
        try:
            rows = self._db.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as error:
            return str(error) if _damage(error) else "ok"  # busy, say: no sign of damage
        return "; ".join(str(row[0]) for row in rows)

    def _recover(self, error: sqlite3.DatabaseError) -> str:
        """Set the damaged database aside (with its journal) and rebuild the gallery from the
        image files; returns the sentence that says so. Another store that met the same damage
        first has done it already: then this one only reopens."""
        log.error("gallery database damaged: %s", error)
        try:
            with exclusive(self._lock_path):
                if self._db is not None:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.close()
                    self._db = None  # type: ignore[assignment]
                if identity(self._db_path) != self._identity:
                    self._db = self._attach()
                    return words(
                        "Gallery",
                        "The gallery's database was damaged; another Studio window has set it "
                        "aside and rebuilt the gallery from the image files.",
                    )
                aside = set_aside(self._db_path)
                self._db = self._attach()
                with Salvage(aside) as old:
                    recovered, described = self._rebuild(old)
        except (OSError, TimeoutError, sqlite3.Error) as failed:
            raise GalleryError(
                words(
                    "Gallery",
                    "The gallery's database is damaged and could not be rebuilt: {error}. Your "
                    "image files are untouched in {folder}.",
                ).format(error=failed, folder=self.root)
            ) from failed
        log.error("gallery rebuilt: %d images (%d described); kept %s", recovered, described, aside)
        self.undescribed = recovered - described
        if described and recovered > described:
            notice = words(
                "Gallery",
                "The gallery's database was damaged ({error}), so it was set aside as {aside} "
                "and the gallery rebuilt from the image files: {recovered} image(s) recovered, "
                "{described} of them with their prompt and settings (and favourites, tags, notes "
                "and lineage where the old database still held them). The other {others} keep "
                "only their format, size and time.",
            )
        elif described:
            notice = words(
                "Gallery",
                "The gallery's database was damaged ({error}), so it was set aside as {aside} "
                "and the gallery rebuilt from the image files: {recovered} image(s) recovered, "
                "{described} of them with their prompt and settings (and favourites, tags, notes "
                "and lineage where the old database still held them).",
            )
        elif recovered:
            notice = words(
                "Gallery",
                "The gallery's database was damaged ({error}), so it was set aside as {aside} "
                "and the gallery rebuilt from the image files: {recovered} image(s) recovered. "
                "The other {others} keep only their format, size and time.",
            )
        else:
            notice = words(
                "Gallery",
                "The gallery's database was damaged ({error}), so it was set aside as {aside} "
                "and the gallery rebuilt from the image files: {recovered} image(s) recovered.",
            )
        self.notice = notice.format(
            error=error,
            aside=aside.name,
            recovered=recovered,
            described=described,
            others=recovered - described,
        )
        return self.notice

    def close(self) -> None:
        if self._db is not None:
            # Statistics for the query planner: worth having, not worth failing a close for
            # when another store holds the lock at that moment (or the database is damaged).
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA optimize")
            self._db.close()
        self._sessions.end(self.files.session, clean=self._clean)

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
                    if not _busy(error) or attempt == 4:
                        raise
                    time.sleep(0.2 * (attempt + 1))
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (a full disk) leaves the transaction open: end it too.
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise

    # -- saving -----------------------------------------------------------------------------

    @_guarded
    def save(self, outcome: Outcome) -> tuple[ImageRecord, ...]:
        """Keep the images of ``outcome`` with everything known about them; returns them.

        Files are written to temp files first; they are moved into place and their rows
        committed under the write lock, so a reconciliation never takes a file whose row is
        about to be committed for one without a row. When the commit fails (a full disk), the
        files stay, with a note of what is known about them, and the next store that opens adds
        them to the gallery."""
        added = time.time()
        prepared = []
        for position, image in enumerate(outcome.images):
            try:
                info = imaging.inspect(image.data)
                preview = imaging.thumbnail(image.data)
            except NotAnImage as error:
                raise GalleryError(
                    words("Gallery", "The server's image could not be read: {reason}.").format(
                        reason=error.reason
                    )
                ) from error
            sha = sha256_of(image.data)
            relative = self.files.output_path(sha, info.format, added)
            prepared.append((position, relative, info, sha, preview, len(image.data)))
        temps: list[Path | None] = []
        try:
            for entry, image in zip(prepared, outcome.images, strict=True):
                temps.append(self.files.prepare(entry[1], image.data))
            inputs = self._place_inputs(
                outcome.request.images, outcome.request.mask, outcome.request.markup
            )
            with self._writing() as db:
                for number, (entry, temp) in enumerate(zip(prepared, temps, strict=True)):
                    if temp is not None:
                        self.files.put(temp, entry[1])
                        temps[number] = None  # in place: no longer a temp file to remove
                ids = self._insert(db, outcome, prepared, inputs, added)
        except (sqlite3.DatabaseError, GalleryError) as error:
            for temp in temps:
                if temp is not None:
                    temp.unlink(missing_ok=True)
            kept = [entry[1] for entry in prepared if self.files.absolute(entry[1]).exists()]
            if not kept:
                raise
            params = outcome.params or _params_as_sent(outcome.request)
            note = describe(replace(outcome, cost=self._cost(outcome)), added, params)
            if not self.files.keep_pending(kept, note):
                self._clean = False  # the next store to open reconciles after this session
            before = self.notice
            failure = self._failure(error) if isinstance(error, sqlite3.DatabaseError) else error
            rebuilt = self._saved_in_rebuild(kept) if self.notice is not before else None
            if rebuilt:
                return rebuilt  # the rebuild took the images in, with the note about them
            where = self.files.absolute(kept[0]).parent
            raise GalleryError(
                words(
                    "Gallery",
                    "{failure} The image itself was kept in {folder} and is added to the gallery "
                    "the next time the gallery opens.",
                ).format(failure=failure.message, folder=where)
            ) from error
        return self.get_many(ids)

    def _saved_in_rebuild(self, paths: list[str]) -> tuple[ImageRecord, ...] | None:
        """The records of ``paths`` when a rebuild of the gallery has just taken them all in."""
        marks = ",".join("?" * len(paths))
        ids = [
            row[0]
            for row in self._db.execute(
                f"SELECT min(id) FROM images WHERE path IN ({marks}) GROUP BY path", paths
            )
        ]
        return self.get_many(sorted(ids)) if len(ids) == len(paths) else None

    def _cost(self, outcome: Outcome) -> float | None:
        """What ``outcome`` cost: as given, else estimated for a request's complete result."""
        if outcome.cost is not None or outcome.kind is not None:
            return outcome.cost
        if outcome.status is not Status.COMPLETE:
            return None
        return self.price(outcome)

    def _insert(
        self,
        db: sqlite3.Connection,
        outcome: Outcome,
        placed: Sequence[tuple[int, str, ImageInfo, str, bytes, int]],
        inputs: Sequence[tuple[str, int, str, str, str]],
        added: float,
        image_id: int | None = None,
    ) -> list[int]:
        """The rows of one outcome whose files are in place; returns the images' ids. A
        rebuild gives its single image the ``image_id`` it had, so what refers to it holds."""
        request = outcome.request
        model = outcome.model or request.model_name
        kind = outcome.kind or Kind.of(request.endpoint)
        revised = next((i.revised_prompt for i in outcome.images if i.revised_prompt), None)
        cost = self._cost(outcome)
        generation_id = db.execute(
            """INSERT INTO generations (created, kind, model, prompt, params, provider,
                revised_prompt, size, quality, background, output_format, request_id, usage,
                duration, status, cost)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                outcome.created or added,
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
                """INSERT INTO images (id, generation_id, position, path, format, width,
                    height, size_bytes, sha256, created, model, kind, provider)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    image_id if len(placed) == 1 else None,  # None: the next id
                    generation_id,
                    position,
                    relative,
                    info.format,
                    info.width,
                    info.height,
                    size,
                    sha,
                    outcome.created or added,  # an import keeps when the image was made
                    model,
                    kind.value,
                    outcome.provider,
                ),
            ).lastrowid
            ids.append(image_id)
            db.execute("INSERT INTO thumbnails (image_id, data) VALUES (?, ?)", (image_id, preview))
            db.execute(
                "INSERT INTO search (rowid, prompt, revised_prompt, tags, notes) "
                "VALUES (?, ?, ?, '', '')",
                (image_id, request.prompt, revised or ""),
            )
        _words.note(db, (request.prompt, revised or ""))
        # Lineage is what the request said it was made from (the gallery ids it was given),
        # never a match of bytes: the same pixels saved twice are two different images.
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
        known_parents = {
            row[0]
            for parent in sorted(parents)
            for row in db.execute("SELECT id FROM images WHERE id = ?", (parent,))
        }
        db.executemany(
            "INSERT OR IGNORE INTO lineage (child_id, parent_id) VALUES (?, ?)",
            [(child, parent) for child in ids for parent in sorted(known_parents)],
        )
        return ids

    def price(self, outcome: Outcome) -> float | None:
        """What the request of ``outcome`` cost (USD), or None when its price is unknown."""
        request = outcome.request
        return self.pricing.estimate(
            outcome.model or request.model_name,
            outcome.usage,
            images=len(outcome.images),
            size=outcome.size or request.size,
            quality=outcome.quality or request.quality,
            partials=(request.partial_images or 0) if request.stream else 0,
        )

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

    @_guarded
    def keep_inputs(self, request: ImageRequest) -> tuple[KeptInput, ...]:
        """Store ``request``'s input files by content (each once) before it is sent, so its
        journal entry can name them and an interrupted request can be sent again."""
        placed = self._place_inputs(request.images, request.mask, request.markup)
        if not placed:
            return ()
        with self._writing() as db:
            db.executemany(
                "INSERT INTO inputs (sha256, path, format) VALUES (?, ?, ?) "
                "ON CONFLICT (sha256) DO NOTHING",
                [(sha, relative, fmt) for _, _, sha, relative, fmt in placed],
            )
        return tuple(
            KeptInput(role, position, relative, fmt) for role, position, _, relative, fmt in placed
        )

    def journalled_request(self, entry: JournalEntry) -> ImageRequest:
        """The request ``entry`` wrote down, its input files read back from the gallery.

        Raises ``OSError`` when a kept input file is gone."""
        request = ImageRequest.from_parameters(Endpoint(entry.endpoint), entry.params, entry.prompt)
        return self.with_inputs(request, entry.inputs)

    def with_inputs(self, request: ImageRequest, kept: Sequence[KeptInput]) -> ImageRequest:
        """``request`` with the input files ``keep_inputs`` kept, read back (``OSError`` when
        one is gone)."""
        if not kept:
            return request
        files: dict[str, list[ImageFile]] = {"image": [], "mask": [], "markup": []}
        for one in sorted(kept, key=lambda k: k.position):
            data = self.files.absolute(one.path).read_bytes()
            name = f"{one.role}-{one.position + 1}{EXTENSIONS.get(one.format, '')}"
            files.setdefault(one.role, []).append(ImageFile(data, name, one.format))
        return replace(
            request,
            images=tuple(files["image"]),
            mask=files["mask"][0] if files["mask"] else None,
            markup=files["markup"][0] if files["markup"] else None,
        )

    # -- reading ----------------------------------------------------------------------------

    def get(self, image_id: int) -> ImageRecord | None:
        found = self.get_many([image_id])
        return found[0] if found else None

    @_guarded
    def get_many(self, ids: Sequence[int]) -> tuple[ImageRecord, ...]:
        """The records of ``ids`` in that order (unknown ids left out)."""
        if not ids:
            return ()
        marks = ",".join("?" * len(ids))
        rows = self._tuples(f"SELECT {_RECORD_COLUMNS} {_FROM} WHERE i.id IN ({marks})", ids)
        by_id = {row[0]: self._record(row) for row in rows}
        return tuple(by_id[i] for i in ids if i in by_id)

    def _tuples(self, sql: str, args: Sequence[Any] | dict[str, Any]) -> list[tuple[Any, ...]]:
        """Rows as plain tuples: a ``sqlite3.Row`` finds a column by comparing its name with
        each column's in turn, which cost more than the ~30 columns' records it fed."""
        cursor = self._db.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, args).fetchall()

    @_guarded
    def query(self, query: Query, limit: int = 200, after: Cursor | None = None) -> Page:
        """One page of images matching ``query``, newest (or oldest) first.

        Ordering and paging run on ids alone; only the page's records are read in full.
        """
        ids, more = self._page_ids(query, limit, after)
        records = self.get_many(ids)
        return Page(records, Cursor(records[-1].id) if more and records else None)

    @_guarded
    def grid(self, query: Query, limit: int = 200, after: Cursor | None = None) -> GridPage:
        """The same page as ``query`` gives, as the few fields a grid of thumbnails shows:
        several times cheaper to build while the user scrolls."""
        ids, more = self._page_ids(query, limit, after)
        if not ids:
            return GridPage((), None)
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT i.id, g.prompt, i.model, i.kind, i.width, i.height, i.favourite, "
            f"i.missing, coalesce(g.revised_prompt, '') {_FROM} WHERE i.id IN ({marks})",
            ids,
        ).fetchall()
        by_id = {
            row[0]: GridItem(
                row[0],
                row[1],
                row[2],
                _KINDS[row[3]],
                row[4],
                row[5],
                bool(row[6]),
                bool(row[7]),
                row[8],
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
        match = self._fts_query(query.text)
        if match is None:
            return [], False
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
        if query.batch:
            where.append(
                "i.generation_id IN (SELECT generation_id FROM batch_lines WHERE batch_id = ?)"
            )
            args.append(query.batch)
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

    def _fts_query(self, text: str) -> str | None:
        """User text as an FTS5 query: every word must match, the last one as a prefix, named
        as the words it can become where they are few (``_words``); None when nothing can."""
        typed = re.findall(r"\w+", text)
        if not typed:
            return ""
        quoted = [f'"{word}"' for word in typed[:-1]]
        completions = _words.completions(self._db, typed[-1])
        if completions is None:
            quoted.append(f'"{typed[-1]}"*')
        elif not completions:
            return None
        else:
            quoted.append("(" + " OR ".join(f'"{word}"' for word in completions) + ")")
        return " AND ".join(quoted)

    @_guarded
    def thumbnails(self, ids: Sequence[int]) -> dict[int, bytes]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT image_id, data FROM thumbnails WHERE image_id IN ({marks})", ids
        )
        return {row[0]: bytes(row[1]) for row in rows}

    @_guarded
    def inputs_of(self, generation_id: int) -> list[tuple[str, Path]]:
        """The input files of a generation as (role, path), in the order they were sent."""
        rows = self._db.execute(
            "SELECT gi.role, n.path FROM generation_inputs gi JOIN inputs n ON n.id = gi.input_id "
            "WHERE gi.generation_id = ? ORDER BY gi.role = 'image' DESC, gi.role, gi.position",
            (generation_id,),
        )
        return [(row[0], self.files.absolute(row[1])) for row in rows]

    @_guarded
    def lineage(self, image_id: int, depth: int = 50) -> Lineage:
        """Every ancestor and descendant of an image, nearest first, in one query."""
        rows = self._tuples(
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
        )
        up = tuple((self._record(r[2:]), r[1]) for r in rows if r[0] == "up")
        down = tuple((self._record(r[2:]), r[1]) for r in rows if r[0] == "down")
        return Lineage(up, down)

    @_guarded
    def facets(self) -> Facets:
        def column(sql: str) -> tuple[str, ...]:
            return tuple(str(row[0]) for row in self._db.execute(sql) if row[0])

        def distinct(table: str, name: str) -> tuple[str, ...]:
            # Value after value down the column's index, one seek each: SELECT DISTINCT walks
            # every entry (50 ms a column at a million) unless ANALYZE has told SQLite how few
            # values there are, which a new or bulk-filled gallery has not.
            return column(
                f"WITH RECURSIVE seen(value) AS (SELECT min({name}) FROM {table} UNION ALL "
                f"SELECT (SELECT min({name}) FROM {table} WHERE {name} > value) FROM seen "
                "WHERE value IS NOT NULL) SELECT value FROM seen"
            )

        return Facets(
            models=distinct("images", "model"),
            providers=distinct("images", "provider"),
            tags=distinct("tags", "tag"),
            # The sizes most used lately: counting every image's size took 2.5 s at 1,000,000
            # (a full scan) and held up the gallery's first screen behind it.
            sizes=column(
                "SELECT width || 'x' || height FROM (SELECT width, height FROM images "
                f"WHERE width > 0 ORDER BY id DESC LIMIT {_SIZES_FROM_LATEST}) "
                "GROUP BY width, height ORDER BY count(*) DESC LIMIT 40"
            ),
            batches=column(f"SELECT id FROM batches ORDER BY created DESC LIMIT {_BATCHES}"),
        )

    @_guarded
    def stats(self) -> Stats:
        row = self._db.execute(
            f"""SELECT
                (SELECT count(*) FROM images WHERE trashed IS NULL),
                (SELECT count(DISTINCT {ONE_REQUEST}) FROM generations),
                (SELECT count(*) FROM images WHERE favourite = 1 AND trashed IS NULL),
                (SELECT count(*) FROM images WHERE trashed IS NOT NULL),
                (SELECT coalesce(sum(size_bytes), 0) FROM images)"""
        ).fetchone()
        # What was spent: the very figure of the status bar and the spending caps.
        costs = (self.journal.spent(0.0), self.journal.spent(start_of_day()))
        by_model = dict(
            self._db.execute(
                "SELECT g.model, count(*) FROM images i JOIN generations g "
                "ON g.id = i.generation_id WHERE i.trashed IS NULL GROUP BY g.model "
                "ORDER BY count(*) DESC"
            ).fetchall()
        )
        return Stats(*row, *costs, by_model=by_model)

    @_guarded
    def cost_since(self, *starts: float) -> tuple[float, ...]:
        """What was spent since each of ``starts`` (Unix times), as the journal counts it
        (each request once): the caller's clock says when a day or a month began."""
        return tuple(self.journal.spent(start) for start in starts)

    # -- changing ---------------------------------------------------------------------------

    @_guarded
    def set_favourite(self, image_id: int, favourite: bool) -> None:
        with self._writing() as db:
            db.execute("UPDATE images SET favourite = ? WHERE id = ?", (int(favourite), image_id))

    @_guarded
    def set_notes(self, image_id: int, notes: str) -> None:
        with self._writing() as db:
            db.execute("UPDATE images SET notes = ? WHERE id = ?", (notes, image_id))
            self._reindex(db, [image_id])

    @_guarded
    def add_tag(self, image_id: int, tag: str) -> None:
        tag = tag.strip()
        if not tag:
            return
        with self._writing() as db:
            db.execute("INSERT OR IGNORE INTO tags (image_id, tag) VALUES (?, ?)", (image_id, tag))
            self._reindex(db, [image_id])

    @_guarded
    def remove_tag(self, image_id: int, tag: str) -> None:
        with self._writing() as db:
            db.execute("DELETE FROM tags WHERE image_id = ? AND tag = ?", (image_id, tag))
            self._reindex(db, [image_id])

    @_guarded
    def trash(self, ids: Iterable[int]) -> None:
        with self._writing() as db:
            db.executemany(
                "UPDATE images SET trashed = ? WHERE id = ? AND trashed IS NULL",
                [(time.time(), i) for i in ids],
            )

    @_guarded
    def restore(self, ids: Iterable[int]) -> None:
        with self._writing() as db:
            db.executemany("UPDATE images SET trashed = NULL WHERE id = ?", [(i,) for i in ids])

    @_guarded
    def empty_trash(self) -> int:
        """Delete trashed images and the files no other row needs; returns how many.

        Files go inside the transaction: removed after it, a reconciliation in between would
        take them for saves cut short and add them back."""
        with self._writing() as db:
            doomed = db.execute("SELECT id, path FROM images WHERE trashed IS NOT NULL").fetchall()
            indexed = self._indexed(db, [r[0] for r in doomed])
            db.executemany("DELETE FROM search WHERE rowid = ?", [(r[0],) for r in doomed])
            _words.forget(db, indexed)
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
            was = self._indexed(db, [image_id])
            db.execute("DELETE FROM search WHERE rowid = ?", (image_id,))
            db.execute(
                "INSERT INTO search (rowid, prompt, revised_prompt, notes, tags) "
                "VALUES (?, ?, ?, ?, ?)",
                (image_id, *row),
            )
            _words.forget(db, was, keep=_words.note(db, row))

    @staticmethod
    def _indexed(db: sqlite3.Connection, ids: Sequence[int]) -> list[str]:
        """The texts the search index holds for ``ids``."""
        return [
            text
            for image_id in ids
            for row in db.execute(
                "SELECT prompt, revised_prompt, tags, notes FROM search WHERE rowid = ?",
                (image_id,),
            )
            for text in row
        ]

    # -- export and import ------------------------------------------------------------------

    @_guarded
    def export(self, ids: Sequence[int], folder: Path, *, embed: bool = False) -> list[Path]:
        """Copies of the images in ``folder`` as ``studio-ID.EXT`` (``studio-ID-2.EXT``, ... when
        taken: an earlier export is never replaced); see ``export_as``."""
        written = []
        for record in self.get_many(ids):
            suffix = EXTENSIONS.get(record.format, ".bin")
            written.append(
                self._export(record, embed, new_in=(folder, f"studio-{record.id}", suffix))
            )
        return written

    @_guarded
    def export_as(self, image_id: int, target: Path, *, embed: bool = False) -> Path:
        """A copy of the image at ``target`` with what the gallery knows about it: by default
        the file's bytes unchanged (its content credentials stay valid) and the metadata in
        sidecars beside it (``sidecars``); with ``embed``, the metadata inside the copy, which
        breaks the hash that any content credentials in it bind."""
        record = self.get(image_id)
        if record is None:
            raise GalleryError(
                words("Gallery", "There is no image {id} in the gallery.").format(id=image_id)
            )
        return self._export(record, embed, replacing=target)

    def _export(
        self,
        record: ImageRecord,
        embed: bool,
        *,
        replacing: Path | None = None,
        new_in: tuple[Path, str, str] | None = None,
    ) -> Path:
        """Write the copy at ``replacing`` (a name the user chose and agreed to replace) or
        under a new name from ``new_in`` (folder, stem, suffix), then its sidecars beside it."""
        try:
            data = record.path.read_bytes()
        except OSError as error:
            raise GalleryError(
                words("Gallery", "Image {id} could not be read from {path}: {reason}.").format(
                    id=record.id, path=record.path, reason=error.strerror or error
                )
            ) from error
        parents = [related.sha256 for related, depth in self.lineage(record.id, 1).ancestors]
        parameters = embedded_parameters(record)
        described = json.dumps(embedded_description(record, parents), ensure_ascii=False)
        copy = embedded.embed(data, parameters, described) if embed else data
        if new_in is not None:
            target = write_new(*new_in, copy)
        else:
            assert replacing is not None
            target = replacing
            target.write_bytes(copy)
            if copy != data:  # sidecars of the file replaced would describe another image
                for stale in sidecars.paths_for(target):
                    stale.unlink(missing_ok=True)
        if copy == data:  # not embedded (or a GIF or SVG, which cannot carry it): beside it
            sidecars.write(target, parameters, described)
        return target

    @_guarded
    def import_files(self, paths: Iterable[Path]) -> ImportReport:
        """Bring image files into the gallery, with their Studio metadata when they carry it.

        Each file has its own outcome: one that cannot be read, is not an image or carries
        metadata that does not hold up never stops the others."""
        imported: list[ImageRecord] = []
        sources: list[Path] = []
        already: list[Path] = []
        skipped: list[tuple[Path, str]] = []
        notes: list[tuple[Path, str]] = []
        for path in _expand(paths):
            try:
                record, said = self._import_one(path)
            except (GalleryError, NotAnImage) as error:
                skipped.append((path, str(error)))
                continue
            except Exception as error:  # one bad file never aborts the others
                log.exception("importing %s failed", path)
                skipped.append((path, f"it could not be imported ({error})"))
                continue
            if record is None:
                already.append(path)
                continue
            imported.append(record)
            sources.append(path)
            notes.extend((path, note) for note in said)
        return ImportReport(
            tuple(imported), tuple(skipped), tuple(already), tuple(sources), tuple(notes)
        )

    def _import_one(self, path: Path) -> tuple[ImageRecord | None, tuple[str, ...]]:
        data = read_image_file(path)
        fmt = imaging.inspect(data).format
        original = embedded.strip(data)
        if self._db.execute(
            "SELECT 1 FROM images WHERE sha256 = ? AND trashed IS NULL",
            (sha256_of(original),),
        ).fetchone():
            return None, ()
        found = embedded.read(data)
        if found.parameters is None and found.studio is None:
            found = sidecars.beside(path)
        outcome, notes = outcome_from_file(path.name, path.stat().st_mtime, original, fmt, found)
        return self.save(outcome)[0], notes

    # -- reconciliation ---------------------------------------------------------------------

    @_guarded
    def reconcile(self) -> CheckReport:
        """Make rows and files agree: remove temp files of sessions that are gone, flag rows
        whose file is missing, add files without rows (a save cut short) to the gallery."""
        return self._reconcile(since=0.0)

    def _reconcile_on_opening(self, since: float) -> CheckReport:
        try:
            return self.reconcile_since(since)
        except GalleryError as error:
            self.notice = self.notice or str(error)
            return CheckReport()

    @_guarded
    def reconcile_since(self, since: float) -> CheckReport:
        """``reconcile`` of what changed after ``since`` (and of images a full disk kept out)."""
        return self._reconcile(since)

    def _reconcile(self, since: float) -> CheckReport:
        temps = self.files.remove_temps(Sessions.is_alive)
        pending = self.files.pending()
        descriptions = {rel: found for _, files, found in pending for rel in files}
        candidates = self.files.image_files(newer_than=since)
        listed = {path.relative_to(self.root).as_posix() for path in candidates}
        candidates += [self.files.absolute(rel) for rel in descriptions if rel not in listed]
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
        unknown = [
            (path, descriptions.get(path.relative_to(self.root).as_posix()))
            for path in candidates
            if path.relative_to(self.root).as_posix() not in known and path.is_file()
        ]
        added = self._add_files(unknown)
        recovered = [image_id for _, image_id, _ in added if image_id is not None]
        unreadable = [path for path, image_id, _ in added if image_id is None]
        with self._writing() as db:
            db.executemany(
                "UPDATE images SET missing = 1 WHERE id = ?", [(i,) for i in missing_ids]
            )
            db.executemany(
                "UPDATE images SET missing = 0 WHERE id = ? AND missing = 1",
                [(i,) for i in present_ids],
            )
        for record_file, _, _ in pending:
            record_file.unlink(missing_ok=True)
        if missing_ids or recovered or unreadable:
            log.warning(
                "gallery: %d rows without files, %d files added back, %d files unreadable",
                len(missing_ids),
                len(recovered),
                len(unreadable),
            )
        return CheckReport(
            missing=self.get_many(missing_ids),
            orphans=tuple(unreadable),
            temps_removed=temps,
            recovered=self.get_many(recovered),
        )

    def _examine(
        self, path: Path, description: dict[str, Any] | None, old: Salvage | None
    ) -> tuple[Outcome, tuple[int, str, ImageInfo, str, bytes, int], float, int | None] | None:
        """What a row for an image file already in place holds, from what the file (or the
        gallery's own note about it) says, and the id the damaged database (``old``) gave it;
        None when the file is not an image. A file ``old`` had byte for byte is not decoded
        again."""
        relative = path.relative_to(self.root).as_posix()
        try:
            data = read_image_file(path)
            sha = sha256_of(data)
            known = old.rows.get(relative) if old is not None else None
            preview = old.thumbnail(known) if old and known and known.sha256 == sha else None
            if known and known.format and preview is not None:
                info = imaging.ImageInfo(known.format, known.width, known.height)
            else:
                info, preview = imaging.inspect(data), imaging.thumbnail(data)
            modified = path.stat().st_mtime
        except (NotAnImage, OSError):
            return None
        found = embedded.read(data)
        if description is not None:
            found = embedded.Embedded(found.parameters, json.dumps(description, default=str))
        outcome, _ = outcome_from_file(
            path.name, modified, data, info.format, found, own_note=description is not None
        )
        was = known.id if known is not None else None
        return outcome, (0, relative, info, sha, preview, len(data)), modified, was

    def _add_files(
        self, files: Sequence[tuple[Path, dict[str, Any] | None]], old: Salvage | None = None
    ) -> list[tuple[Path, int | None, bool]]:
        """Rows for image files in place that have none: (file, its new id or None when it is
        not an image, whether a prompt was found). Files are read and decoded a few at a time
        outside the write lock, which is held only to commit their rows."""
        added: list[tuple[Path, int | None, bool]] = []
        for start in range(0, len(files), _FILES_PER_COMMIT):
            batch = files[start : start + _FILES_PER_COMMIT]
            examined = [(path, self._examine(path, said, old)) for path, said in batch]
            relatives = [path.relative_to(self.root).as_posix() for path, _ in examined]
            marks = ",".join("?" * len(relatives))
            # Under the write lock a file is in place only once its row is committed (see
            # save): what has no row now is a save cut short, never one still under way.
            with self._writing() as db:
                known = {
                    row[0]
                    for row in db.execute(
                        f"SELECT path FROM images WHERE path IN ({marks}) UNION "
                        f"SELECT path FROM inputs WHERE path IN ({marks})",
                        relatives * 2,
                    )
                }
                for (path, row), relative in zip(examined, relatives, strict=True):
                    if relative in known:
                        continue
                    if row is None:
                        added.append((path, None, False))
                        continue
                    outcome, placed, modified, was = row
                    (image_id,) = self._insert(db, outcome, [placed], [], modified, was)
                    added.append((path, image_id, bool(outcome.request.prompt)))
        return added

    def _rebuild(self, old: Salvage) -> tuple[int, int]:
        """Rows for every image file, oldest first, described by what the damaged database
        still holds (``old``), the gallery's own notes or the files themselves; returns how
        many images, and how many of them with their prompt."""
        pending = self.files.pending()
        noted = {rel: found for _, files, found in pending for rel in files}
        found = []
        for path in self.files.image_files():
            with contextlib.suppress(OSError):
                found.append((path.stat().st_mtime, path))
        # Images the old database knew come first, under their own ids (the window, lineage and
        # the user's "image 12" stay right); the others follow, oldest first.
        last = max((kept.id for kept in old.rows.values()), default=0)
        found.sort(
            key=lambda entry: (
                kept.id
                if (kept := old.rows.get(entry[1].relative_to(self.root).as_posix()))
                else last + 1,
                entry[0],
            )
        )
        files = []
        for _, path in found:
            relative = path.relative_to(self.root).as_posix()
            kept = old.rows.get(relative)
            said = noted.get(relative) or (old.description(kept) if kept else None)
            files.append((path, said or None))
        added = self._add_files(files, old)
        recovered = sum(1 for _, image_id, _ in added if image_id is not None)
        described = sum(1 for _, image_id, prompt in added if image_id is not None and prompt)
        new_ids: dict[int, int] = {}  # the old database's id → the rebuilt one's
        for path, image_id, _ in added:
            kept = old.rows.get(path.relative_to(self.root).as_posix())
            if kept is not None and image_id is not None:
                new_ids[kept.id] = image_id
        with self._writing() as db:
            for kept in old.rows.values():
                image_id = new_ids.get(kept.id)
                if image_id is None:
                    continue
                db.execute(
                    "UPDATE images SET favourite = ?, notes = ? WHERE id = ?",
                    (int(kept.favourite), kept.notes, image_id),
                )
                db.executemany(
                    "INSERT OR IGNORE INTO tags (image_id, tag) VALUES (?, ?)",
                    [(image_id, tag) for tag in old.tags(kept)],
                )
                db.executemany(
                    "INSERT OR IGNORE INTO lineage (child_id, parent_id) VALUES (?, ?)",
                    [(image_id, new_ids[p]) for p in old.parents(kept) if p in new_ids],
                )
            self._reindex(db, list(new_ids.values()))
        for record_file, _, _ in pending:
            record_file.unlink(missing_ok=True)
        return recovered, described

    @_guarded
    def check(self) -> CheckReport:
        """SQLite's own integrity check (a damaged database is set aside and the gallery
        rebuilt from its files), then the full reconciliation, the search's word list made
        again from the index, and every file's hash."""
        repaired = self.notice  # damage found when this store opened
        found = self._integrity()
        if found != "ok":
            repaired = self._recover(sqlite3.DatabaseError(found.splitlines()[0][:200]))
        report = self._reconcile(since=0.0)
        with self._writing() as db:
            _words.refill(db)
        damaged = []
        for row in self._db.execute("SELECT id, path, sha256 FROM images WHERE missing = 0"):
            path = self.files.absolute(row[1])
            if path.exists() and sha256_of(path.read_bytes()) != row[2]:
                damaged.append(row[0])
        return CheckReport(
            missing=report.missing,
            damaged=self.get_many(damaged),
            orphans=report.orphans,
            temps_removed=report.temps_removed,
            integrity=self._integrity(),
            recovered=report.recovered,
            repaired=repaired,
            undescribed=self.undescribed if repaired else 0,
        )

    # -- rows to records --------------------------------------------------------------------

    def _record(self, row: Sequence[Any]) -> ImageRecord:
        """The record of one row of ``_RECORD_COLUMNS`` (a page of 200 is read on every
        search keystroke: positions, not names, and dict lookups for the enums)."""
        (
            image_id,
            position,
            path,
            fmt,
            width,
            height,
            size_bytes,
            sha256,
            created,
            favourite,
            notes,
            trashed,
            missing,
            tag_list,
            generation_id,
            generation_created,
            kind,
            model,
            prompt,
            params,
            provider,
            revised_prompt,
            size,
            quality,
            background,
            output_format,
            request_id,
            usage,
            duration,
            status,
            cost,
        ) = row
        usage = json.loads(usage) if usage else None
        generation = GenerationRecord(
            id=generation_id,
            created=generation_created,
            kind=_KINDS[kind],
            model=model,
            prompt=prompt,
            params=json.loads(params),
            provider=provider,
            revised_prompt=revised_prompt,
            size=size,
            quality=quality,
            background=background,
            output_format=output_format,
            request_id=request_id,
            usage=None if usage is None else Usage(**usage),
            duration=duration,
            status=_STATUSES[status],
            cost=cost,
        )
        return ImageRecord(
            id=image_id,
            generation=generation,
            index=position,
            path=self.files.absolute(path),
            format=fmt,
            width=width,
            height=height,
            size_bytes=size_bytes,
            sha256=sha256,
            created=created,
            favourite=bool(favourite),
            notes=notes,
            tags=tuple(sorted(tag_list.split(_TAG_SEPARATOR))) if tag_list else (),
            trashed=trashed,
            missing=bool(missing),
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
