"""The gallery: every result kept in SQLite and files, searchable, with lineage (no Qt)."""

from studio.gallery._journal import (
    LIVE_PREFIX,
    BatchLine,
    BatchRecord,
    JournalEntry,
    KeptInput,
    RequestState,
)
from studio.gallery._store import GalleryStore, embedded_description, embedded_parameters
from studio.gallery.credentials import Credentials, Validity
from studio.gallery.credentials import read as read_credentials
from studio.gallery.embedded import has_provenance
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
