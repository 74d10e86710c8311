"""The details pane fits its dock: lineage thumbnails wrap, long values wrap or are shortened
with an ellipsis and a tooltip, never cut silently."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from studio.api import Endpoint, GeneratedImage, ImageFile, ImageRequest, ImagesResult, Usage
from studio.core import ImageDetails
from studio.core.gallery_reader import GalleryReader
from studio.gallery import GalleryStore, Outcome
from studio.ui.elided_label import ElidedLabel
from studio.ui.gallery_details import DetailsPane
from tests.images import png
from tests.ui.conftest import until

REQUEST_ID = "req_703b0e6d76be42a6b9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6"


def _lineage(root: Path) -> int:
    """An image with twelve images made from it; its id."""
    with GalleryStore(root) as store:
        result = ImagesResult(
            images=(GeneratedImage(png(96, 64, (200, 40, 40, 255)), "png"),),
            usage=Usage(input_tokens=1212, output_tokens=105_600, input_text_tokens=12),
            request_id=REQUEST_ID,
        )
        ask = ImageRequest(Endpoint.GENERATIONS, "a red fox", model="gpt-image-2.6-flare")
        (origin,) = store.save(Outcome.of(ask, result, provider="OpenAI"))
        source = origin.path.read_bytes()
        for n in range(12):
            edit = ImageRequest(Endpoint.EDITS, f"hat {n}", images=(ImageFile.from_bytes(source),))
            made = ImagesResult(images=(GeneratedImage(png(96, 64, (n * 20, 0, 200, 255)), "png"),))
            store.save(Outcome.of(edit, made, provider="OpenAI", parents=(origin.id,)))
        return origin.id


async def _details(root: Path) -> ImageDetails:
    image_id = _lineage(root)
    reader = GalleryReader(root)
    try:
        details = await reader.details(image_id, 320)
    finally:
        reader.close()
    assert details is not None
    assert len(details.children) == 12
    return details


async def _laid_out(pane: DetailsPane) -> None:
    body = pane.widget()
    await asyncio.sleep(0.1)  # the layout requests posted by show_details are handled
    await until(lambda: body.height() >= body.heightForWidth(body.width()))


def _right_edge(widget: QWidget, area: QWidget) -> int:
    return widget.mapTo(area, QPoint(widget.width(), 0)).x()


def _values(pane: DetailsPane) -> dict[str, QLabel]:
    facts = pane.facts
    return {
        facts.itemAt(n, facts.ItemRole.LabelRole).widget().text(): facts.itemAt(
            n, facts.ItemRole.FieldRole
        ).widget()
        for n in range(facts.rowCount())
    }


def _shown_whole_or_said(label: QLabel) -> bool:
    if isinstance(label, ElidedLabel):
        return not label.is_elided() or label.toolTip() == label.text()
    return label.heightForWidth(label.width()) <= label.height()


async def test_an_image_used_for_many_fits_a_narrow_pane(qtbot: QtBot, tmp_path: Path) -> None:
    details = await _details(tmp_path / "gallery")
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.resize(260, 700)
    pane.show()
    pane.show_details(details)
    viewport = pane.viewport()
    await _laid_out(pane)
    assert pane.widget().width() <= viewport.width()
    thumbnails = [pane.children_row.itemAt(n).widget() for n in range(pane.children_row.count())]
    assert len([button for button in thumbnails if button is not None]) == 12
    for button in thumbnails:
        assert button is None or _right_edge(button, viewport) <= viewport.width()
    for name, label in _values(pane).items():
        assert _right_edge(label, viewport) <= viewport.width(), name
        assert _shown_whole_or_said(label), name
    assert _right_edge(pane.credentials, viewport) <= viewport.width()
    assert pane.verticalScrollBar().maximum() > 0  # what does not fit is scrolled to


async def test_values_are_whole_when_there_is_room(qtbot: QtBot, tmp_path: Path) -> None:
    details = await _details(tmp_path / "gallery")
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.resize(520, 900)
    pane.show()
    pane.show_details(details)
    await _laid_out(pane)
    values = _values(pane)
    for name in ("Model", "File", "Usage"):
        label = values[name]
        assert _shown_whole_or_said(label), name
        assert not isinstance(label, ElidedLabel) or not label.is_elided(), name
    assert values["Model"].text() == "gpt-image-2.6-flare"
    assert values["Usage"].text().endswith("out)")
    assert values["Request id"].text() == REQUEST_ID
