"""The window's gallery reader meets a damaged database: it says so once and goes on answering
from the rebuilt gallery; nothing reaches the crash dialog."""

from __future__ import annotations

from pathlib import Path

from studio.core import GalleryReader
from studio.gallery import Query
from tests.gallery.damage import damage_page, gallery_of


async def test_the_reader_tells_of_damage_once_and_answers_from_the_rebuilt_gallery(
    tmp_path: Path,
) -> None:
    gallery_of(tmp_path, 30)
    damage_page(tmp_path)
    told: list[str] = []
    reader = GalleryReader(tmp_path, notice=told.append)
    try:
        first = await reader.page(Query(), 100)  # meets the damage, answered after the rebuild
        assert len(first.items) == 30
        page = await reader.page(Query(), 100)
        assert len(page.items) == 30
        assert len(told) == 1
        assert "set aside as gallery.db.damaged-" in told[0]
        details = await reader.details(page.items[0].id, 256)
        assert details is not None
        assert details.preview is not None
        assert len(told) == 1
    finally:
        reader.close()


async def test_the_reader_tells_of_a_database_rebuilt_on_opening(tmp_path: Path) -> None:
    gallery_of(tmp_path, 3)
    (tmp_path / "gallery.db").write_bytes(b"junk" * 1000)
    told: list[str] = []
    reader = GalleryReader(tmp_path, notice=told.append)
    try:
        assert len((await reader.page(Query(), 10)).items) == 3
        assert len(told) == 1
        assert "3 image(s) recovered" in told[0]
    finally:
        reader.close()


async def test_the_first_search_after_a_rebuild_finds_what_is_there(tmp_path: Path) -> None:
    gallery_of(tmp_path, 30)
    damage_page(tmp_path)
    told: list[str] = []
    reader = GalleryReader(tmp_path, notice=told.append)
    try:
        found = await reader.page(Query(text="fox"), 100)
        again = await reader.page(Query(text="fox"), 100)
        assert found.items  # the rows whose prompt the damaged database still held
        assert found == again  # typing it again finds no more than the first time
        assert len(told) == 1
    finally:
        reader.close()
