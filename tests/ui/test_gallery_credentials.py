"""The details pane tells who signed an image, what made it and whether it still holds; export
keeps the credentials unless the user picks the choice that says it breaks them."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from studio.gallery import ImageRecord, Validity, read_credentials
from studio.ui.gallery_page import GalleryPage
from studio.ui.theme import LIGHT
from tests.ui.conftest import Workspace, finished, type_prompt, until


def _rows(layout) -> dict[str, str]:  # type: ignore[no-untyped-def]
    rows = {}
    for n in range(layout.rowCount()):
        label = layout.itemAt(n, layout.ItemRole.LabelRole).widget().text()
        rows[label] = layout.itemAt(n, layout.ItemRole.FieldRole).widget().text()
    return rows


async def _generated(workspace: Workspace, qtbot: QtBot) -> GalleryPage:
    """The gallery page, showing one image the local server made (and signed)."""
    window, _, queue = workspace
    type_prompt(window, qtbot, "a signed lighthouse")
    window.generate()
    await finished(queue)
    window.show_gallery()
    await until(lambda: window.gallery.model.rowCount() > 0 and not window.gallery.model.fetching)
    return window.gallery


def _showing(gallery: GalleryPage, image_id: int) -> bool:
    return gallery.details.record is not None and gallery.details.record.id == image_id


async def _select_newest(gallery: GalleryPage) -> ImageRecord:
    gallery.view.setCurrentIndex(gallery.model.index(0))
    newest = gallery.model.record(0)
    assert newest is not None
    await until(lambda: _showing(gallery, newest.id))
    shown = gallery.details.record
    assert shown is not None
    return shown


async def test_the_details_show_the_credentials_of_a_signed_image(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    gallery = await _generated(workspace, qtbot)
    await _select_newest(gallery)
    details = gallery.details
    assert details.credentials.text() == (
        "Valid, signed by Studio local test signer (not a trusted authority)."
    )
    rows = _rows(details.credential_facts)
    assert rows["Signed by"] == "Studio local test signer (Studio (local test, not OpenAI))"
    assert rows["Generator"].startswith("Studio local server ")
    assert rows["Actions"].startswith("created by gpt-image")
    assert rows["Actions"].endswith(", by a generative AI model")
    assert rows["Signed"].startswith("20")
    assert details.credentials.styleSheet() == ""
    details.grab().save(str(tmp_path / "creds.png"))


async def test_a_tampered_copy_is_called_tampered(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    gallery = await _generated(workspace, qtbot)
    signed = (await _select_newest(gallery)).path.read_bytes()
    payload = b"Comment\x00touched"
    chunk = struct.pack(">I", len(payload)) + b"tEXt" + payload
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + payload) & 0xFFFFFFFF)
    (tmp_path / "touched.png").write_bytes(signed[:33] + chunk + signed[33:])
    await gallery.import_files([tmp_path / "touched.png"])
    await until(lambda: gallery.model.rowCount() == 2 and not gallery.model.fetching)
    await _select_newest(gallery)
    assert gallery.details.credentials.text() == (
        "Tampered: the picture was changed after it was signed."
    )
    assert LIGHT.warning.name() in gallery.details.credentials.styleSheet()  # shown in red
    assert _rows(gallery.details.credential_facts)["Signed by"].startswith("Studio local test")


async def test_the_export_choice_says_it_breaks_the_credentials(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    gallery = await _generated(workspace, qtbot)
    record = await _select_newest(gallery)
    texts = [action.text() for action in gallery.export_button.menu().actions()]
    assert texts == ["Export…", "Export with metadata inside (invalidates content credentials)…"]
    await gallery.export([record.id], tmp_path / "kept")
    (kept,) = (tmp_path / "kept").glob("*.png")
    assert kept.read_bytes() == record.path.read_bytes()
    assert read_credentials(kept.read_bytes()).validity is Validity.VALID
    assert {p.name for p in (tmp_path / "kept").iterdir()} == {
        kept.name,
        kept.name + ".json",
        kept.stem + ".xmp",
    }
    await gallery.export([record.id], tmp_path / "inside", embed=True)
    (inside,) = (tmp_path / "inside").iterdir()
    assert read_credentials(inside.read_bytes()).validity is Validity.TAMPERED


async def test_a_missing_file_is_not_called_unsigned(workspace: Workspace, qtbot: QtBot) -> None:
    gallery = await _generated(workspace, qtbot)
    record = await _select_newest(gallery)
    record.path.unlink()
    details = await gallery._reader.details(record.id, 64)
    assert details is not None
    assert details.credentials.summary == "Could not be read: the file is missing or empty."
