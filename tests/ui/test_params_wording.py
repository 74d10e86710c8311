"""The parameter panel shows the ParamSpec table's labels, help, choice names and reasons in
the installed translation, and keeps the values it sends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from studio.ui.params_panel import ParamsPanel
from tests.translations import translated
from tests.ui.conftest import choose

GERMAN = (
    ("Params", "Compression %", "Kompression %"),
    (
        "Params",
        "{format} output takes no compression; only JPEG and WebP do.",
        "{format}-Ausgabe kennt keine Kompression; nur JPEG und WebP.",
    ),
    ("Params", "opaque", "deckend"),
    ("Params", "show partial images", "zeige Teilbilder"),
)


def _panel(qtbot: QtBot, tmp_path: Path) -> ParamsPanel:
    panel = ParamsPanel(QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(panel)
    panel.show()
    choose(panel.model, "gpt-image-2.6-sunburst")
    choose(panel.output_format, "png")
    return panel


def _label(panel: ParamsPanel, name: str) -> str:
    label = panel.layout().labelForField(panel._rows[name])  # type: ignore[attr-defined]
    assert isinstance(label, QLabel)
    return label.text()


def test_the_panel_speaks_the_translation(qtbot: QtBot, tmp_path: Path) -> None:
    with translated(GERMAN, tmp_path):
        panel = _panel(qtbot, tmp_path)
        assert _label(panel, "output_compression") == "Kompression %"
        assert panel._reasons["output_compression"].text() == (
            "PNG-Ausgabe kennt keine Kompression; nur JPEG und WebP."
        )
        stream = panel.controls["stream"]
        assert isinstance(stream, QCheckBox)
        assert stream.text() == "Zeige Teilbilder"
        background = panel.controls["background"]
        assert isinstance(background, QComboBox)
        opaque = background.findData("opaque")
        assert background.itemText(opaque) == "deckend"
        background.setCurrentIndex(opaque)
        assert panel.request("x").background == "opaque"


def test_without_a_translation_the_panel_shows_the_table_as_written(
    qtbot: QtBot, tmp_path: Path
) -> None:
    panel = _panel(qtbot, tmp_path)
    assert _label(panel, "output_compression") == "Compression %"
    assert panel._reasons["output_compression"].text() == (
        "PNG output takes no compression; only JPEG and WebP do."
    )
    background = panel.controls["background"]
    assert isinstance(background, QComboBox)
    assert background.itemText(background.findData("opaque")) == "opaque"
