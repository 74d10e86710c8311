"""The gallery browser over a seeded store of a few thousand images, driven as a person would."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bench.seeding import seed
from studio.config import Paths
from studio.core import GalleryReader, spawn
from studio.gallery import Facets, GridPage, Kind
from studio.imaging import DisplayPixels
from studio.ui import MainWindow
from studio.ui.compare_view import CompareDialog
from studio.ui.gallery_model import PAGE
from studio.ui.gallery_page import GalleryPage
from studio.ui.paint_canvas import LayerKind
from tests.images import png
from tests.ui.conftest import Workspace, choose, drop_files, finished, type_prompt, until

SEEDED = 3000


@pytest.fixture
def seeded() -> int:
    seed(Paths.from_environment().data, SEEDED)
    return SEEDED


async def open_gallery(window: MainWindow) -> GalleryPage:
    window.show_gallery()
    gallery = window.gallery
    await until(lambda: gallery.model.rowCount() > 0 and not gallery.model.fetching)
    return gallery


def select_rows(gallery: GalleryPage, *rows: int) -> None:
    gallery.view.clearSelection()
    for row in rows:
        gallery.view.selectionModel().select(
            gallery.model.index(row), gallery.view.selectionModel().SelectionFlag.Select
        )


async def settled(gallery: GalleryPage) -> None:
    await until(lambda: not gallery.model.fetching and gallery.model.rowCount() >= 0)


async def test_the_grid_pages_itself_in_as_it_scrolls(seeded: int, workspace: Workspace) -> None:
    gallery = await open_gallery(workspace[0])
    assert gallery.model.rowCount() == PAGE
    newest = gallery.model.record(0)
    assert newest is not None
    assert newest.id == seeded  # newest first
    gallery.view.scrollToBottom()
    await until(lambda: gallery.model.rowCount() >= 2 * PAGE)
    gallery.view.scrollToTop()  # the newest in sight again: only what is seen is drawn
    await until(lambda: newest.id in gallery.model._thumbs)  # thumbnails arrive in the background


class ReaderSaying(GalleryReader):
    """A reader that notes what it was asked, in order."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.asked: list[str] = []
        self.thumbnails_of: list[int] = []
        #: Thumbnails are answered while this is set.
        self.answering = asyncio.Event()
        self.answering.set()

    async def page(self, *args: object) -> GridPage:
        self.asked.append("page")
        return await super().page(*args)  # type: ignore[arg-type]

    async def thumbnails(self, ids: list[int], edge: int) -> dict[int, DisplayPixels]:
        self.asked.append("thumbnails")
        self.thumbnails_of.extend(ids)
        await self.answering.wait()
        return await super().thumbnails(ids, edge)

    async def facets(self) -> Facets:
        self.asked.append("facets")
        return await super().facets()


@pytest.mark.parametrize("images", [SEEDED, 0])
async def test_the_filters_choices_are_read_after_the_first_screen(
    images: int, tmp_path: Path, qtbot: QtBot
) -> None:
    root = tmp_path / "gallery"
    seed(root, images)
    reader = ReaderSaying(root)
    page = GalleryPage(reader, spawn)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.open()
    offered = 2 if images else 1  # "All providers", and the one the seeded images have
    await until(lambda: "facets" in reader.asked and page.provider_filter.count() == offered)
    # On the reader's one thread the first screen's thumbnails go first; an empty gallery
    # has none to wait for.
    assert reader.asked[:3] == (["page", "thumbnails", "facets"] if images else ["page", "facets"])
    page.close()
    reader.close()


async def test_a_thumbnail_is_read_once_however_often_its_cell_is_painted(
    tmp_path: Path, qtbot: QtBot
) -> None:
    root = tmp_path / "gallery"
    seed(root, 500)
    reader = ReaderSaying(root)
    page = GalleryPage(reader, spawn)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    reader.answering.clear()
    page.open()
    await until(lambda: reader.thumbnails_of)
    for _ in range(3):  # painted again while the first screen's thumbnails are being read
        page.view.viewport().repaint()
        await asyncio.sleep(0.02)
    reader.answering.set()
    first_screen = set(reader.thumbnails_of)
    await until(lambda: first_screen <= set(page.model._thumbs))
    page.view.verticalScrollBar().setValue(page.view.viewport().height())
    await until(lambda: len(set(reader.thumbnails_of)) > len(first_screen))
    await until(lambda: set(reader.thumbnails_of) <= set(page.model._thumbs))
    assert len(reader.thumbnails_of) == len(set(reader.thumbnails_of))
    page.close()
    reader.close()


async def test_search_and_filters_narrow_the_grid(
    seeded: int, workspace: Workspace, qtbot: QtBot
) -> None:
    gallery = await open_gallery(workspace[0])
    qtbot.keyClicks(gallery.search, "lighthouse")
    await until(lambda: gallery.model.query.text == "lighthouse" and not gallery.model.fetching)
    assert gallery.model.rowCount() > 0
    assert all("lighthouse" in r.prompt for r in gallery.model.records)
    await until(lambda: gallery.model_filter.count() > 1)  # the facets arrived
    choose(gallery.model_filter, "dall-e-3")
    await settled(gallery)
    assert {r.model for r in gallery.model.records} == {"dall-e-3"}
    choose(gallery.kind_filter, Kind.EDIT.value)
    await settled(gallery)
    assert {r.kind for r in gallery.model.records} <= {Kind.EDIT}
    gallery.search.clear()
    choose(gallery.model_filter, "")
    choose(gallery.kind_filter, "")
    gallery.favourites.setChecked(True)
    await until(lambda: gallery.model.query.favourite and not gallery.model.fetching)
    assert gallery.model.rowCount() > 0
    assert all(r.favourite for r in gallery.model.records)
    gallery.favourites.setChecked(False)
    qtbot.keyClicks(gallery.search, "zzzzqx")
    await until(lambda: gallery.grid.currentWidget() is gallery.empty)
    assert "No results for “zzzzqx”" in gallery.empty.text()


async def test_selecting_shows_everything_about_the_image(
    seeded: int, workspace: Workspace
) -> None:
    gallery = await open_gallery(workspace[0])
    record = gallery.model.record(3)
    assert record is not None
    select_rows(gallery, 3)
    await until(
        lambda: gallery.details.record is not None and gallery.details.record.id == record.id
    )
    assert gallery.details.prompt.text() == record.prompt
    facts = {
        gallery.details.facts.itemAt(n, gallery.details.facts.ItemRole.LabelRole).widget().text(): (
            gallery.details.facts.itemAt(n, gallery.details.facts.ItemRole.FieldRole)
            .widget()
            .text()
        )
        for n in range(gallery.details.facts.rowCount())
    }
    assert facts["Model"] == record.model
    full = gallery.details.record
    assert facts["Request id"] == full.generation.request_id
    assert facts["Cost"] == "$0.0340"
    assert gallery.details.credentials.text() == "No content credentials."


async def test_lineage_is_followed_by_clicking_a_parent(
    seeded: int, workspace: Workspace, qtbot: QtBot
) -> None:
    gallery = await open_gallery(workspace[0])
    row = next(n for n, r in enumerate(gallery.model.records) if r.kind is Kind.EDIT)
    edit = gallery.model.record(row)
    assert edit is not None
    select_rows(gallery, row)
    await until(lambda: gallery.details.record is not None and gallery.details.record.id == edit.id)
    parent_button = gallery.details.parents_row.itemAt(0).widget()
    assert parent_button.accessibleName() == f"Image {edit.id - 10}"
    qtbot.mouseClick(parent_button, Qt.MouseButton.LeftButton)
    await until(
        lambda: gallery.details.record is not None and gallery.details.record.id == edit.id - 10
    )
    child = gallery.details.children_row.itemAt(0).widget()
    assert child.accessibleName() == f"Image {edit.id}"


async def test_reuse_takes_the_prompt_or_all_settings_but_asks_before_replacing_typing(
    seeded: int, retired_workspace: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A server that still serves dall-e-3 and gpt-image-1.5: the settings are taken as they are.
    window = retired_workspace[0]
    gallery = await open_gallery(window)
    item = next(r for r in gallery.model.records if r.model == "dall-e-3")
    record = await window.reader.get(item.id)
    assert record is not None
    type_prompt(window, qtbot, "my own words")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    window.sending.reuse(record, False)
    assert window.prompt.text == "my own words"  # the user said no: nothing lost
    window.sending.reuse(record, True)
    assert window.prompt.text == record.prompt
    assert window.prompt.recent.itemData(1) == "my own words"
    assert window.params.model_name == "dall-e-3"
    window.params.model.setCurrentIndex(window.params.model.findData("gpt-image-1.5"))
    window.sending.reuse(record, False)  # the box holds this image's prompt: no question
    assert window.params.model_name == "gpt-image-1.5"  # prompt only


async def test_delete_moves_to_the_trash_with_undo_and_restore(
    seeded: int, workspace: Workspace
) -> None:
    window = workspace[0]
    gallery = await open_gallery(window)
    first, second = gallery.model.record(0), gallery.model.record(1)
    assert first is not None
    assert second is not None
    select_rows(gallery, 0, 1)
    gallery.delete()
    await until(lambda: gallery.model.row_of(first.id) is None)
    assert gallery.undo_bar.isVisible()
    window.undo_action.trigger()  # Ctrl+Z, in the gallery
    await until(lambda: gallery.model.row_of(first.id) == 0 and not gallery.model.fetching)
    select_rows(gallery, 0)
    gallery.delete()
    await until(lambda: gallery.model.row_of(first.id) is None)
    gallery.trash_view.setChecked(True)
    await until(lambda: gallery.model.query.trashed and not gallery.model.fetching)
    assert [r.id for r in gallery.model.records] == [first.id]
    select_rows(gallery, 0)
    gallery._restore()
    await until(lambda: gallery.model.rowCount() == 0)
    assert "trash is empty" in gallery.empty.text()


async def test_dropping_files_imports_them(
    seeded: int, workspace: Workspace, tmp_path: Path
) -> None:
    gallery = await open_gallery(workspace[0])
    picture = tmp_path / "holiday.png"
    picture.write_bytes(png(120, 80))
    junk = tmp_path / "notes.txt"
    junk.write_text("not a picture")
    drop_files(gallery, [picture, junk], (50, 50))
    await until(lambda: (r := gallery.model.record(0)) is not None and r.id > seeded)
    imported = gallery.model.record(0)
    assert imported is not None
    assert imported.kind is Kind.IMPORT
    assert "notes.txt was skipped" in workspace[0].notices.label.text()


async def test_two_images_compare_side_by_side_and_split(
    seeded: int, workspace: Workspace, qtbot: QtBot
) -> None:
    gallery = await open_gallery(workspace[0])
    select_rows(gallery, 0, 1)
    assert gallery.compare_button.isEnabled()
    gallery.compare_button.trigger()
    await until(lambda: isinstance(getattr(gallery, "compare_dialog", None), CompareDialog))
    dialog = gallery.compare_dialog
    view = dialog.view
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    assert view.split_mode
    middle = QPoint(view.width() // 2, view.height() // 2)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(view, middle + QPoint(60, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=middle + QPoint(60, 0))
    assert view.split > 0.5  # the split followed the drag
    dialog.close()


async def test_a_finished_result_appears_at_the_top_live(
    workspace: Workspace, qtbot: QtBot
) -> None:
    window, _, queue = workspace
    gallery = window.gallery
    window.show_gallery()
    await until(lambda: gallery.grid.currentWidget() is gallery.empty)
    assert "gallery is empty" in gallery.empty.text()
    choose(window.params.size, "1024x1024")
    type_prompt(window, qtbot, "a windmill")
    window.generate()
    await finished(queue)
    await until(lambda: gallery.model.rowCount() == 1)
    record = gallery.model.record(0)
    assert record is not None
    assert record.prompt == "a windmill"


async def test_an_edit_opens_in_the_editor_with_its_mask(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = workspace
    photo = tmp_path / "photo.png"
    photo.write_bytes(png(256, 256))
    await window.images.add_files([photo])
    canvas = window.editor.canvas
    await until(lambda: canvas.layer is not None and canvas.shown_rect() is not None)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=canvas.widget_point(40, 128))
    qtbot.mouseMove(canvas, canvas.widget_point(90, 128))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=canvas.widget_point(90, 128))
    type_prompt(window, qtbot, "a moon")
    window.generate()
    await until(lambda: queue.jobs)
    await finished(queue)
    window.editor.stop()
    gallery = await open_gallery(window)
    edited = gallery.model.record(0)
    assert edited is not None
    select_rows(gallery, 0)
    gallery.edit_button.trigger()
    await until(lambda: window.editor.editing and canvas.layer is not None and canvas.layer.touched)
    assert window.editor.kind is LayerKind.MASK
    assert window.editor.inputs[0].image_id == edited.id


@pytest.fixture
def a_file_gone(seeded: int) -> Path:
    """A seeded image file deleted behind Studio's back."""
    gone = next((Paths.from_environment().data / "images").rglob("*.png"))
    gone.unlink()
    return gone


async def test_a_missing_file_is_found_after_start_and_said(
    a_file_gone: Path, workspace: Workspace
) -> None:
    window = workspace[0]
    await until(lambda: "missing from the gallery folder" in window.notices.label.text())
    gallery = await open_gallery(window)
    assert any(item.missing for item in gallery.model.records)


async def test_counts_are_said_in_words(workspace: Workspace, tmp_path: Path) -> None:
    window = workspace[0]
    window.show_gallery()
    gallery = window.gallery
    said: list[str] = []
    gallery.messages.status.connect(lambda text, _ms: said.append(text))
    (tmp_path / "fox.png").write_bytes(png(30, 20))
    await gallery.import_files([tmp_path / "fox.png"])
    await until(lambda: gallery.model.rowCount() == 1)
    record = gallery.model.record(0)
    assert record is not None
    await gallery.export([record.id], tmp_path / "out")
    assert said == [
        "Imported 1 image.",
        f"Exported 1 image to {tmp_path / 'out'} with the metadata in sidecar files.",
    ]
