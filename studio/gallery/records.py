"""What the gallery hands out and takes in: frozen dataclasses, never rows or dicts of SQL."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from studio.api import Endpoint, GeneratedImage, ImageRequest, ImagesResult, Usage

__all__ = [
    "CheckReport",
    "Cursor",
    "Facets",
    "GalleryError",
    "GenerationRecord",
    "GridItem",
    "GridPage",
    "ImageRecord",
    "ImportReport",
    "Kind",
    "Lineage",
    "Outcome",
    "Page",
    "Query",
    "Stats",
    "Status",
]


class GalleryError(Exception):
    """A failure of the gallery, worded for a person (disk full, unreadable file …);
    ``message`` keeps the sentence as given (``Words``, which the window translates)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Kind(StrEnum):
    GENERATION = "generation"
    EDIT = "edit"
    VARIATION = "variation"
    IMPORT = "import"

    @classmethod
    def of(cls, endpoint: Endpoint) -> Kind:
        return {
            Endpoint.GENERATIONS: cls.GENERATION,
            Endpoint.EDITS: cls.EDIT,
            Endpoint.VARIATIONS: cls.VARIATION,
        }[endpoint]


class Status(StrEnum):
    COMPLETE = "complete"
    #: The job failed or was cancelled; its last partial image was kept.
    PARTIAL = "partial"


@dataclass(frozen=True)
class Outcome:
    """What one request produced, ready to be kept."""

    request: ImageRequest
    images: tuple[GeneratedImage, ...]
    provider: str = ""
    usage: Usage | None = None
    size: str | None = None
    quality: str | None = None
    background: str | None = None
    output_format: str | None = None
    request_id: str | None = None
    duration: float = 0.0
    status: Status = Status.COMPLETE
    #: Gallery images this one was made from (inputs found in the gallery are added too).
    parents: tuple[int, ...] = ()
    # What an import knows from the file's metadata, in place of what the request implies.
    kind: Kind | None = None
    model: str | None = None
    params: dict[str, Any] | None = None
    created: float | None = None
    cost: float | None = None

    @classmethod
    def of(cls, request: ImageRequest, result: ImagesResult, **fields: Any) -> Outcome:
        return cls(
            request=request,
            images=result.images,
            usage=result.usage,
            size=result.size,
            quality=result.quality,
            background=result.background,
            output_format=result.output_format,
            request_id=result.request_id,
            **fields,
        )


@dataclass(frozen=True)
class GenerationRecord:
    id: int
    created: float
    kind: Kind
    model: str
    prompt: str
    #: The parameters as they were sent (files left out).
    params: dict[str, Any] = field(hash=False)
    provider: str
    revised_prompt: str | None
    size: str | None
    quality: str | None
    background: str | None
    output_format: str | None
    request_id: str | None
    usage: Usage | None
    duration: float
    status: Status
    #: Estimated USD; None when the price is unknown.
    cost: float | None


@dataclass(frozen=True)
class ImageRecord:
    id: int
    generation: GenerationRecord
    index: int
    path: Path
    format: str
    width: int
    height: int
    size_bytes: int
    sha256: str
    #: When the image was added to the gallery (an import keeps its original time on its
    #: generation); the gallery lists images in this order.
    created: float
    favourite: bool
    notes: str
    tags: tuple[str, ...]
    trashed: float | None
    #: The file was not found when the gallery last looked.
    missing: bool

    @property
    def prompt(self) -> str:
        return self.generation.prompt

    @property
    def model(self) -> str:
        return self.generation.model


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the next page starts after it (keyset paging, no OFFSET).

    The gallery lists images in the order they were added, which ids follow."""

    id: int


@dataclass(frozen=True)
class Page:
    images: tuple[ImageRecord, ...]
    next: Cursor | None


@dataclass(frozen=True, slots=True)
class GridItem:
    """What a grid of thumbnails shows of an image; the rest is read when it is selected."""

    id: int
    prompt: str
    model: str
    kind: Kind
    width: int
    height: int
    favourite: bool
    missing: bool
    #: What the model says it drew from the prompt ("" when it said nothing).
    revised_prompt: str = ""

    @property
    def name(self) -> str:
        """What the image shows, in words: its revised prompt, else its prompt."""
        return self.revised_prompt or self.prompt

    @classmethod
    def of(cls, record: ImageRecord) -> GridItem:
        return cls(
            record.id,
            record.prompt,
            record.model,
            record.generation.kind,
            record.width,
            record.height,
            record.favourite,
            record.missing,
            record.generation.revised_prompt or "",
        )


@dataclass(frozen=True)
class GridPage:
    items: tuple[GridItem, ...]
    next: Cursor | None


@dataclass(frozen=True)
class Query:
    text: str = ""
    models: tuple[str, ...] = ()
    kinds: tuple[Kind, ...] = ()
    since: float | None = None
    until: float | None = None
    favourite: bool = False
    tag: str | None = None
    size: str | None = None
    provider: str | None = None
    #: Only the images a batch made (its id), live or through the Batch API.
    batch: str | None = None
    trashed: bool = False
    newest_first: bool = True


@dataclass(frozen=True)
class Facets:
    """The values the gallery's filters can offer: what the kept images have."""

    models: tuple[str, ...]
    providers: tuple[str, ...]
    tags: tuple[str, ...]
    #: "WIDTHxHEIGHT", most common first.
    sizes: tuple[str, ...]
    #: The newest batches' ids.
    batches: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lineage:
    """Each related image with its distance: 1 for parents and children, 2 beyond …"""

    ancestors: tuple[tuple[ImageRecord, int], ...]
    descendants: tuple[tuple[ImageRecord, int], ...]


@dataclass(frozen=True)
class Stats:
    images: int
    generations: int
    favourites: int
    trashed: int
    bytes: int
    cost: float
    cost_today: float
    by_model: dict[str, int] = field(hash=False)


@dataclass(frozen=True)
class CheckReport:
    """What reconciliation found. ``ok`` when every row's file is there and matches its hash."""

    missing: tuple[ImageRecord, ...] = ()
    damaged: tuple[ImageRecord, ...] = ()
    #: Image files with no row that could not be added back (they are not images).
    orphans: tuple[Path, ...] = ()
    temps_removed: int = 0
    integrity: str = "ok"
    #: Images whose files had no row (a save cut short), added back to the gallery.
    recovered: tuple[ImageRecord, ...] = ()
    #: What was done about a damaged database, as a sentence; None when it was sound.
    repaired: str | None = None
    #: Images that repair got back with their pixels only (no prompt, no settings).
    undescribed: int = 0

    @property
    def ok(self) -> bool:
        return not (self.missing or self.damaged) and self.integrity == "ok"


@dataclass(frozen=True)
class ImportReport:
    """Each file's outcome: imported, already in the gallery, or skipped with the reason."""

    imported: tuple[ImageRecord, ...]
    skipped: tuple[tuple[Path, str], ...]
    already: tuple[Path, ...] = ()
    #: The file each of ``imported`` came from, in the same order.
    sources: tuple[Path, ...] = ()
    #: (file, what was left out of its metadata) for imported files.
    notes: tuple[tuple[Path, str], ...] = ()
