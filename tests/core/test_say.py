"""say() and sentence(): the plain layers' Words come out in the installed translation, their
values translated too; without a translation the English is unchanged."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from studio.api import (
    Endpoint,
    InvalidParameters,
    applies,
    capabilities_for,
)
from studio.api.errors import error_from_response
from studio.config import words
from studio.core.messages import Messages, say, sentence

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
)


def _catalogue(entries: tuple[tuple[str, str, str], ...]) -> str:
    contexts: dict[str, list[str]] = {}
    for context, source, translation in entries:
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    head = '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
    return f'{head}<TS version="2.1" language="de">{body}</TS>'


@pytest.fixture
def german(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    source = tmp_path / "studio_de.ts"
    source.write_text(_catalogue(GERMAN), "utf-8")
    compiled = tmp_path / "studio_de.qm"
    subprocess.run(
        ["pyside6-lrelease", str(source), "-qm", str(compiled)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


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
