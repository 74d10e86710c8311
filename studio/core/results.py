"""What the workspace shows from the gallery: recent results and today's spending.

The store is opened in a worker thread for each read, so the GUI thread never touches SQL.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

from studio.gallery import CheckReport, GalleryStore, Query

__all__ = [
    "RecentResult",
    "export_image",
    "recent_results",
    "reconcile_gallery",
    "today_cost",
]


@dataclass(frozen=True)
class RecentResult:
    image_id: int
    prompt: str
    thumbnail: bytes = field(repr=False)


def _recent(root: Path, limit: int) -> tuple[list[RecentResult], str | None]:
    with GalleryStore(root) as store:
        page = store.query(Query(), limit=limit)
        thumbs = store.thumbnails([record.id for record in page.images])
        results = [RecentResult(r.id, r.prompt, thumbs.get(r.id, b"")) for r in page.images]
        return results, store.notice


async def recent_results(root: Path, limit: int = 40) -> tuple[list[RecentResult], str | None]:
    """The newest results, and what the gallery had to say on opening (a damaged database
    rebuilt, say), since the window's first look at the gallery is here."""
    return await asyncio.to_thread(_recent, root, limit)


def _today(root: Path) -> float:
    with GalleryStore(root) as store:
        return store.stats().cost_today


async def today_cost(root: Path) -> float:
    return await asyncio.to_thread(_today, root)


def _export(root: Path, image_id: int, target: Path, embed: bool) -> Path:
    with GalleryStore(root) as store:
        return store.export_as(image_id, target, embed=embed)


async def export_image(root: Path, image_id: int, target: Path, *, embed: bool = False) -> Path:
    """A copy of a gallery image at ``target`` with its metadata: in sidecars beside it, or
    with ``embed`` inside it (which invalidates its content credentials)."""
    return await asyncio.to_thread(_export, root, image_id, target, embed)


def _reconcile(root: Path) -> CheckReport:
    with GalleryStore(root) as store:
        return store.reconcile()


async def reconcile_gallery(root: Path) -> CheckReport:
    """The full reconciliation of rows and files (a stat of every file), off the GUI thread:
    the quick one on opening only looks at what a crash can have touched."""
    return await asyncio.to_thread(_reconcile, root)
