"""The window's languages: every string in the German and Chinese catalogues, placeholders
kept, the chosen catalogue loaded at start, plurals right in English."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from studio.app import build_window
from studio.config import Paths
from studio.core import settle
from studio.core.edit_session import REGION_COLOURS
from studio.core.locale_format import format_count, format_day, format_money
from studio.ui import MainWindow
from studio.ui.i18n import active_language, apply_language, available_languages
from studio.ui.params_panel import _SPECS, SPEC_LABELS
from studio.ui.regions_panel import _COLOUR_TEXT

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402 - packaging/ is no package

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n")


@pytest.fixture
def english() -> Iterator[None]:
    """Whatever a test switched to, the next one starts in English again."""
    yield
    apply_language("en")


def _messages(ts_file: Path) -> Iterator[tuple[str, str, list[str]]]:
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            yield (
                context.findtext("name") or "",
                message.findtext("source") or "",
                forms or [translation.text or ""],
            )


@pytest.mark.parametrize("language", translations.TRANSLATED)
def test_every_string_is_translated_with_its_placeholders(language: str, tmp_path: Path) -> None:
    committed = translations.catalogue(language)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    translations.update(fresh, language)  # the sources as they are now, the translations kept
    missing = translations.unfinished(fresh)
    assert not missing, f"{len(missing)} strings untranslated in {language}: {missing[:10]}"
    for context, source, forms in _messages(fresh):
        wanted = sorted(_PLACEHOLDER.findall(source))
        for form in forms:
            assert sorted(_PLACEHOLDER.findall(form)) == wanted, (context, source, form)


def test_the_english_catalogue_holds_every_plural_of_the_sources(tmp_path: Path) -> None:
    """A plural missing from the committed English catalogue reads "1 image(s)" in the window:
    the catalogues must be rebuilt (packaging/translations.py) when a plural string is added."""
    committed = translations.catalogue("en")
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    translations.update(fresh, "en")
    assert {source for _, source, _ in _messages(fresh)} == {
        source for _, source, _ in _messages(committed)
    }


def test_the_parameter_labels_are_in_the_catalogues() -> None:
    """The labels come from the plain-Python ParamSpec table: the panel marks them for lupdate."""
    assert {spec.label for spec in _SPECS} <= set(SPEC_LABELS)
    sources = {source for context, source, _ in _messages(translations.catalogue("de"))}
    assert set(SPEC_LABELS) <= sources


def test_every_region_colour_has_a_name_to_translate() -> None:
    assert {name for name, _ in REGION_COLOURS} == set(_COLOUR_TEXT)


@pytest.fixture
async def german_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, english: None
) -> AsyncIterator[MainWindow]:
    monkeypatch.setenv("STUDIO_LANGUAGE", "de")
    window, session, queue = build_window(Paths.from_environment())
    qtbot.addWidget(window)
    window.show()
    yield window
    await queue.link.close()
    await session.shutdown()
    await settle()
    monkeypatch.setenv("STUDIO_LANGUAGE", "en")


async def test_a_german_window_has_german_menus(german_window: MainWindow) -> None:
    titles = [action.text() for action in german_window.menuBar().actions()]
    assert "&Datei" in titles
    assert "&File" not in titles
    assert active_language() == "de"
    # Qt's own catalogue is loaded too: standard buttons speak German.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert format_count(12345) == "12.345"


def test_the_language_comes_from_the_environment_over_the_setting(
    monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    assert apply_language("de") == "en"  # conftest sets STUDIO_LANGUAGE=en for every test
    monkeypatch.setenv("STUDIO_LANGUAGE", "zh_CN")
    assert apply_language("de") == "zh_CN"
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    monkeypatch.delenv("STUDIO_LANGUAGE")
    assert apply_language("de") == "de"
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Hilfe"


def test_english_plurals_read_right(english: None) -> None:
    apply_language("en")

    def images(n: int) -> str:
        return QCoreApplication.translate("EditorPage", "%n image(s)", None, n)

    assert (images(1), images(3)) == ("1 image", "3 images")
    tokens = QCoreApplication.translate(
        "DetailsPane", "%Ln token(s) ({input} in, {output} out)", None, 1234
    )
    assert tokens == "1,234 tokens ({input} in, {output} out)"


def test_german_plurals_and_numbers(monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    monkeypatch.setenv("STUDIO_LANGUAGE", "de")
    apply_language("system")
    assert QCoreApplication.translate("EditorPage", "%n image(s)", None, 1) == "1 Bild"
    assert QCoreApplication.translate("EditorPage", "%n image(s)", None, 4) == "4 Bilder"
    assert format_money(1234.5) == "1.234,50\N{NO-BREAK SPACE}$"


def test_english_keeps_its_figures(english: None) -> None:
    import datetime

    apply_language("en")
    assert QLocale().language() == QLocale.Language.English
    assert (format_count(12345), format_money(0.5)) == ("12,345", "$0.50")
    assert format_day(datetime.date(2026, 12, 1)) == "2026-12-01"


def test_settings_offers_each_shipped_language() -> None:
    codes = [code for code, _ in available_languages()]
    assert codes == ["system", "en", "de", "zh_CN"]
    assert dict(available_languages())["de"] == "Deutsch"
