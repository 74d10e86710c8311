"""Money and counts reach the window in the user's language and locale: the estimate beside
Generate, the batch preview, what was spent — while the command line keeps its English."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from studio.gallery import Pricing
from studio.gallery.estimates import estimate
from studio.localapi import LocalServer
from studio.ui.i18n import apply_language
from studio.ui.params_panel import ParamsPanel
from studio.ui.spending_dialog import open_spending_dialog
from tests.ui.conftest import Workspace, _workspace, choose, type_prompt, until

#: An English figure such as "$0.014": what a German window must not show.
_ENGLISH_MONEY = re.compile(r"\$\d")
_GERMAN_MONEY = r"\d+,\d{2,3}\N{NO-BREAK SPACE}\$"


class _Between(QTranslator):
    """A catalogue of one message: the range's "to", as German says it."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) == ("Money", "{low} to {high}"):
            return "{low} bis {high}"
        return None  # not this catalogue's: the others are asked


@pytest.fixture
def between() -> Iterator[None]:
    translator = _Between()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
async def german(
    qtbot: QtBot, local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Workspace]:
    monkeypatch.setenv("STUDIO_LANGUAGE", "de")
    async for made in _workspace(qtbot, local_server):
        yield made
    monkeypatch.setenv("STUDIO_LANGUAGE", "en")  # the environment wins over the argument
    apply_language("en")


async def test_the_estimate_is_a_german_range_in_german_money(
    german: Workspace, qtbot: QtBot, between: None
) -> None:
    window, _, _ = german
    type_prompt(window, qtbot, "ein Leuchtturm")
    params: ParamsPanel = window.params
    choose(params.model, "gpt-image-1.5")
    choose(params.quality, "auto")
    choose(params.size, "1024x1024")
    shown = window.status_line.estimate
    await until(lambda: " bis " in shown.text())
    assert re.search(f"{_GERMAN_MONEY} bis {_GERMAN_MONEY}", shown.text()), shown.text()
    assert not _ENGLISH_MONEY.search(shown.text())
    assert " to " not in shown.text()
    assert shown.text() in window.prompt.generate.toolTip()


async def test_the_batch_preview_and_what_was_spent_are_in_german_money(
    german: Workspace, qtbot: QtBot, between: None
) -> None:
    window, session, _ = german
    window.show_batches()
    page = window.batch_page
    qtbot.keyClicks(page.template, "ein kleiner {subject}")
    page.values.setPlainText("Fuchs\nEule")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.lines.count() == 2)
    for text in (page.summary.text(), page.lines.item(0).text()):
        assert re.search(_GERMAN_MONEY, text), text
        assert not _ENGLISH_MONEY.search(text), text
    await until(lambda: "0,00\N{NO-BREAK SPACE}$" in page.spent.text())
    assert not _ENGLISH_MONEY.search(page.spent.text())

    dialog = open_spending_dialog(window, session, page.batches, window.start)
    await until(lambda: "0,00\N{NO-BREAK SPACE}$" in dialog.spent.text())
    assert not _ENGLISH_MONEY.search(dialog.spent.text())
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    limit = dialog.caps.cellWidget(dialog.caps.rowCount() - 1, 1)
    assert limit.text() == "5,00\N{NO-BREAK SPACE}$"  # the cap typed as German writes money
    dialog.reject()


def test_the_command_line_keeps_its_english() -> None:
    from studio.api import Endpoint, ImageRequest

    request = ImageRequest(Endpoint.GENERATIONS, "a fox", model="gpt-image-1.5", size="1024x1024")
    assert estimate(request, Pricing.load()).text == "$0.009 to $0.133"


def test_a_total_with_unpriced_requests_counts_them(qapp: object) -> None:
    from studio.gallery.estimates import Span, Total
    from studio.ui.cost_words import total_text

    assert total_text(Total(3, 3, Span(0.01, 0.02), 1)) == "$0.010 to $0.020 + 1 unknown"
    assert total_text(Total(2, 2, Span(0.0, 0.0), 2)) == "unknown"
