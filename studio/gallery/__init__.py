"""The gallery: every result kept in SQLite and files, searchable, with lineage (no Qt).

The database's side (the store, the journal, what files carry) loads on first use (PEP 562):
the window shows its first screen, and what was spent, before it opens the database on the
gallery's own thread. The records, prices and credentials load at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.lazy_names import lazy_names

if TYPE_CHECKING:
    from studio.gallery._journal import (
        LIVE_PREFIX,
        BatchLine,
        BatchRecord,
        JournalEntry,
        KeptInput,
        RequestState,
    )
    from studio.gallery._store import GalleryStore, embedded_description, embedded_parameters
    from studio.gallery.embedded import has_provenance
from studio.gallery.credentials import Credentials, Validity
from studio.gallery.credentials import read as read_credentials
from studio.gallery.pricing import Pricing, TokenPrices
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

__all__ = [
    "LIVE_PREFIX",
    "BatchLine",
    "BatchRecord",
    "CheckReport",
    "Credentials",
    "Cursor",
    "Facets",
    "GalleryError",
    "GalleryStore",
    "GenerationRecord",
    "GridItem",
    "GridPage",
    "ImageRecord",
    "ImportReport",
    "JournalEntry",
    "KeptInput",
    "Kind",
    "Lineage",
    "Outcome",
    "Page",
    "Pricing",
    "Query",
    "RequestState",
    "Stats",
    "Status",
    "TokenPrices",
    "Validity",
    "embedded_description",
    "embedded_parameters",
    "has_provenance",
    "read_credentials",
]

#: The modules loaded on first use of one of their names.
_HOMES = {
    "_journal": (
        "LIVE_PREFIX",
        "BatchLine",
        "BatchRecord",
        "JournalEntry",
        "KeptInput",
        "RequestState",
    ),
    "_store": ("GalleryStore", "embedded_description", "embedded_parameters"),
    "embedded": ("has_provenance",),
}

__getattr__ = lazy_names(__name__, _HOMES)
