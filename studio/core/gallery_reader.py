"""The window's connection to the gallery: every read and write on one thread of its own.

The GUI thread never runs SQL or decodes a picture: pages, thumbnails (decoded to display
pixels there), details and edits all go through here as awaitables. A failure of the gallery
(a damaged database set aside and rebuilt, a full disk) is told through ``notice`` as a
sentence; reads then give an empty answer rather than an error the window would have to catch.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from studio import gallery, imaging
from studio.core.tasks import off_thread
from studio.gallery import (
    CheckReport,
    Credentials,
    Cursor,
    Facets,
    GalleryError,
    GridPage,
    ImageRecord,
    ImportReport,
    Query,
    Validity,
    read_credentials,
)
from studio.imaging import DisplayPixels, NotAnImage

if TYPE_CHECKING:
    from studio.gallery import GalleryStore

__all__ = ["GalleryReader", "ImageDetails"]

T = TypeVar("T")
#: ``_run`` raises the gallery's error instead of answering with a fallback.
_RAISE: Any = object()

_NO_FILE = Credentials(Validity.UNREADABLE, problems=("the file is missing or empty",))


@dataclass(frozen=True)
class ImageDetails:
    record: ImageRecord
    parents: tuple[ImageRecord, ...]
    children: tuple[ImageRecord, ...]
    #: The inputs it was made from, as (role, path): images, then a mask or markup.
    inputs: tuple[tuple[str, Path], ...]
    #: The file's content credentials (C2PA), read and validated.
    credentials: Credentials
    #: None when the file is missing or cannot be read as a picture.
    preview: DisplayPixels | None = field(repr=False)
    #: Parents' and children's thumbnails, decoded.
    related: dict[int, DisplayPixels] = field(repr=False, default_factory=dict)


class GalleryReader:
    def __init__(self, root: Path, notice: Callable[[str], None] | None = None) -> None:
        self.root = root
        self._notice = notice or (lambda text: None)
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="gallery-reader")
        self._store: GalleryStore | None = None

    def _gallery(self) -> GalleryStore:
        if self._store is None:
            self._store = gallery.GalleryStore(self.root)  # the database's code loads here
        return self._store

    async def _run(self, work: Callable[[GalleryStore], T], fallback: T = _RAISE) -> T:
        """``work`` on the gallery's thread; a ``GalleryError`` is raised, or told and answered
        with ``fallback`` when there is one."""
        try:
            return await off_thread(self._thread, lambda: work(self._gallery()))
        except GalleryError as error:
            if fallback is _RAISE:
                raise  # the caller says what failed
            self._tell(error.message)
            return fallback
        finally:
            self._tell(None)

    async def _read(self, work: Callable[[GalleryStore], T], fallback: T) -> T:
        """``_run`` for a read, asked again once when it met damage and the gallery was rebuilt
        meanwhile: the rebuilt gallery has the answer (the first search after a rebuild found
        nothing, the same search typed again everything)."""

        def read(store: GalleryStore) -> T:
            try:
                return work(store)
            except GalleryError:
                if store.notice is None:  # no rebuild: asking again would fail the same way
                    raise
                return work(store)

        return await self._run(read, fallback)

    def _tell(self, text: str | None) -> None:
        """Say ``text``, and what the store has to say (a database rebuilt on opening), once."""
        store_notice = self._store.notice if self._store is not None else None
        if store_notice is not None:
            self._store.notice = None  # type: ignore[union-attr]
            self._notice(store_notice)
        if text is not None and text != store_notice:
            self._notice(text)

    def close(self) -> None:
        """Close the store on its own thread, after whatever is queued there; returns at once."""
        if self._store is not None:
            self._thread.submit(self._store.close)
        self._thread.shutdown(wait=False)

    # -- reading ----------------------------------------------------------------------------

    async def page(self, query: Query, limit: int, after: Cursor | None = None) -> GridPage:
        """A page of the grid: brief rows, the full record is read on selection (``get``)."""
        return await self._read(lambda store: store.grid(query, limit, after), GridPage((), None))

    async def thumbnails(self, ids: Sequence[int], edge: int) -> dict[int, DisplayPixels]:
        """Thumbnails decoded at most ``edge`` pixels a side (missing ones left out)."""
        return await self._read(lambda store: _decoded(store.thumbnails(ids), edge), {})

    async def facets(self) -> Facets:
        return await self._read(lambda store: store.facets(), Facets((), (), (), ()))

    async def details(self, image_id: int, preview_edge: int) -> ImageDetails | None:
        def read(store: GalleryStore) -> ImageDetails | None:
            record = store.get(image_id)
            if record is None:
                return None
            lineage = store.lineage(image_id, depth=1)
            parents = tuple(r for r, _ in lineage.ancestors)
            children = tuple(r for r, _ in lineage.descendants)
            try:
                data = record.path.read_bytes()
            except OSError:
                data = b""
            preview = None
            if data:
                try:
                    preview = imaging.display_pixels(data, preview_edge)
                except NotAnImage:
                    preview = None
            related = store.thumbnails([r.id for r in parents + children])
            return ImageDetails(
                record,
                parents,
                children,
                tuple(store.inputs_of(record.generation.id)),
                read_credentials(data) if data else _NO_FILE,
                preview,
                _decoded(related, 96),
            )

        return await self._read(read, None)

    async def get(self, image_id: int) -> ImageRecord | None:
        return await self._read(lambda store: store.get(image_id), None)

    async def path_of(self, image_id: int) -> Path | None:
        record = await self.get(image_id)
        return None if record is None else record.path

    async def inputs_of(self, image_id: int) -> list[tuple[str, Path]]:
        """What the image was made from, as (role, path): images, then a mask or markup."""

        def read(store: GalleryStore) -> list[tuple[str, Path]]:
            record = store.get(image_id)
            return [] if record is None else store.inputs_of(record.generation.id)

        return await self._run(read, [])

    async def read_file(self, path: Path) -> bytes:
        return await asyncio.to_thread(path.read_bytes)

    # -- changing ---------------------------------------------------------------------------

    async def set_favourite(self, ids: Iterable[int], favourite: bool) -> None:
        def change(store: GalleryStore) -> None:
            for image_id in ids:
                store.set_favourite(image_id, favourite)

        await self._run(change, None)

    async def set_notes(self, image_id: int, notes: str) -> None:
        await self._run(lambda store: store.set_notes(image_id, notes), None)

    async def set_tags(self, image_id: int, tags: Iterable[str]) -> ImageRecord | None:
        wanted = {tag.strip() for tag in tags if tag.strip()}

        def change(store: GalleryStore) -> ImageRecord | None:
            record = store.get(image_id)
            if record is None:
                return None
            for tag in set(record.tags) - wanted:
                store.remove_tag(image_id, tag)
            for tag in wanted - set(record.tags):
                store.add_tag(image_id, tag)
            return store.get(image_id)

        return await self._run(change, None)

    async def trash(self, ids: Sequence[int]) -> None:
        await self._run(lambda store: store.trash(ids), None)

    async def restore(self, ids: Sequence[int]) -> None:
        await self._run(lambda store: store.restore(ids), None)

    async def empty_trash(self) -> int:
        return await self._run(lambda store: store.empty_trash(), 0)

    async def export(self, ids: Sequence[int], folder: Path, *, embed: bool = False) -> list[Path]:
        return await self._run(lambda store: store.export(ids, folder, embed=embed))

    async def import_files(self, paths: Sequence[Path]) -> ImportReport:
        return await self._run(lambda store: store.import_files(paths))

    async def export_as(self, image_id: int, target: Path, *, embed: bool = False) -> Path:
        """A copy of an image at ``target`` with its metadata: in sidecars beside it, or with
        ``embed`` inside it (which invalidates its content credentials)."""
        return await self._run(lambda store: store.export_as(image_id, target, embed=embed))

    async def reconcile(self) -> CheckReport:
        """The full reconciliation of rows and files (a stat of every file): the quick one on
        opening only looks at what a crash can have touched."""
        return await self._run(lambda store: store.reconcile())

    async def cost_since(self, *starts: float) -> tuple[float, ...]:
        """What was spent since each of ``starts`` (Unix times)."""
        return await self._run(lambda store: store.cost_since(*starts))


def _decoded(thumbnails: dict[int, bytes], edge: int) -> dict[int, DisplayPixels]:
    decoded = {}
    for image_id, data in thumbnails.items():
        try:
            decoded[image_id] = imaging.display_pixels(data, edge)
        except NotAnImage:
            continue  # none was made (an SVG that could not be drawn): a placeholder shows
    return decoded
