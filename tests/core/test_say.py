"""say() and sentence(): the plain layers' Words come out in the installed translation, their
values translated too; without a translation the English is unchanged."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from studio.api import (
    Endpoint,
    InvalidParameters,
    applies,
    capabilities_for,
)
from studio.api.errors import error_from_response
from studio.config import words
from studio.core.messages import Messages, say, sentence
from studio.gallery import GalleryError
from studio.imaging import NotAnImage, read_image_file
from tests.translations import translated

#: (context, English, German) — a tiny catalogue, compiled by lrelease as the real ones are.
GERMAN = (
    (
        "ApiErrors",
        "The server did not accept the API key. Check the key in Settings → Providers.",
        "Der Server hat den API-Schlüssel abgelehnt. Prüfe ihn unter Einstellungen → Anbieter.",
    ),
    ("ApiErrors", "{sentence} The server said: {detail}", "{sentence} Der Server sagte: {detail}"),
    (
        "Params",
        "{model} takes no markup; use a mask instead.",
        "{model} nimmt keine Markierung; nimm eine Maske.",
    ),
    ("Params", "A variation takes no {what}.", "Eine Variation nimmt keine {what}."),
    ("Params", "Quality", "Qualität"),
    ("Validation", "{param} must be between {low:,} and {high:,}.", "{high} ≥ {param} ≥ {low}."),
    ("Test", "{count} images", "{missing} Bilder"),
    ("Imaging", "it is a folder", "es ist ein Ordner"),
    (
        "Gallery",
        "The gallery is busy in another Studio window; try again.",
        "Die Galerie ist in einem anderen Studio-Fenster beschäftigt; versuche es noch einmal.",
    ),
)


@pytest.fixture
def german(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    with translated(GERMAN, tmp_path):
        yield


def _refused_key() -> BaseException:
    return error_from_response(401, {"error": {"message": "Incorrect API key"}}, {})


def _markup_reason() -> str | None:
    return applies("markup", capabilities_for("gpt-image-1.5"), Endpoint.EDITS)


def test_an_error_sentence_is_said_in_the_translation(german: None) -> None:
    assert sentence(_refused_key()) == (
        "Der Server hat den API-Schlüssel abgelehnt. Prüfe ihn unter Einstellungen → Anbieter. "
        "Der Server sagte: Incorrect API key."
    )


def test_the_message_path_says_it_in_the_translation(german: None) -> None:
    messages = Messages()
    with messages.reporting():
        raise _refused_key()
    assert messages.records[-1].text.startswith("Der Server hat den API-Schlüssel abgelehnt.")


def test_a_parameter_reason_is_said_in_the_translation(german: None) -> None:
    why = _markup_reason()
    assert why == "gpt-image-1.5 takes no markup; use a mask instead."
    assert say(why) == "gpt-image-1.5 nimmt keine Markierung; nimm eine Maske."


def test_a_label_inside_a_reason_is_translated_in_its_own_case(german: None) -> None:
    why = applies("quality", capabilities_for("gpt-image-1.5"), Endpoint.VARIATIONS)
    assert why == "A variation takes no quality."
    assert say(why) == "Eine Variation nimmt keine Qualität."
    # a label the catalogue lacks is lowered as in English
    why = applies("background", capabilities_for("gpt-image-1.5"), Endpoint.VARIATIONS)
    assert say(why) == "Eine Variation nimmt keine background."


def test_numbers_keep_their_format_in_a_reordered_translation(german: None) -> None:
    refused = InvalidParameters(
        words("Validation", "{param} must be between {low:,} and {high:,}.").format(
            param="n", low=1, high=10000
        ),
        param="n",
    )
    assert str(refused) == "n must be between 1 and 10,000."
    assert sentence(refused) == "10000 ≥ n ≥ 1."


def test_a_translation_with_wrong_placeholders_falls_back_to_english(german: None) -> None:
    assert say(words("Test", "{count} images").format(count=3)) == "3 images"


@pytest.mark.parametrize("said", [_refused_key, _markup_reason])
def test_without_a_translation_the_english_is_unchanged(
    qapp: QCoreApplication, said: Callable[[], object]
) -> None:
    made = said()
    if isinstance(made, BaseException):
        assert sentence(made) == str(made)
    else:
        assert isinstance(made, str)
        assert say(made) == made


def test_plain_text_passes_unchanged(german: None) -> None:
    assert say("Quality") == "Quality"
    assert type(say("Quality")) is str


def test_an_unreadable_image_says_why_in_the_translation(german: None, tmp_path: Path) -> None:
    with pytest.raises(NotAnImage) as raised:
        read_image_file(tmp_path)
    assert str(raised.value) == "it is a folder"
    assert sentence(raised.value) == "es ist ein Ordner"


def test_a_store_notice_handed_to_messages_is_told_translated(german: None) -> None:
    messages = Messages()
    told: list[str] = []
    messages.notice.connect(told.append)
    busy = GalleryError(
        words("Gallery", "The gallery is busy in another Studio window; try again.")
    )
    messages.tell(busy.message)
    assert told == [
        "Die Galerie ist in einem anderen Studio-Fenster beschäftigt; versuche es noch einmal."
    ]
    assert messages.records[-1].text == told[0]


@pytest.fixture
def german_figures(qapp: QCoreApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def test_figures_are_said_as_the_locale_writes_them(german_figures: None) -> None:
    cap = words("Spending", "the overall daily cap of ${limit:.2f}").format(limit=5.0)
    passed = words(
        "Spending", "This would pass {cap}: ${spent:.2f} spent, this request up to ${extra:.2f}."
    ).format(cap=cap, spent=4.5, extra=1234.5)
    assert str(passed) == (
        "This would pass the overall daily cap of $5.00: $4.50 spent, this request up to $1234.50."
    )
    nbsp = "\N{NO-BREAK SPACE}"
    assert say(passed) == (
        f"This would pass the overall daily cap of 5,00{nbsp}$: 4,50{nbsp}$ spent, "
        f"this request up to 1.234,50{nbsp}$."
    )
    long = words(
        "Validation", "The prompt has {length:,} characters; {model} takes at most {most:,}."
    )
    assert say(long.format(length=40000, model="dall-e-2", most=32000)) == (
        "The prompt has 40.000 characters; dall-e-2 takes at most 32.000."
    )
    assert say(words("ApiErrors", "Try again in {seconds:.1f} s.").format(seconds=2.5)) == (
        "Try again in 2,5 s."
    )
    # A number the template does not format (an image's id) is written as it is.
    assert say(words("Test", "{count} images").format(count=12345)) == "12345 images"
