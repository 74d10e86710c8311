"""Words: the English text itself, remembering what a translation needs."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from studio.config import Words, from_plain, to_plain, words


def test_words_are_the_english_text() -> None:
    said = words("Params", "Only for edits.")
    assert said == "Only for edits."
    assert isinstance(said, str)
    assert f"{said}" == "Only for edits."
    assert json.dumps(said) == '"Only for edits."'
    assert (said.context, said.template, dict(said.values)) == ("Params", "Only for edits.", {})


def test_format_fills_the_english_and_keeps_the_template() -> None:
    said = words("Validation", "The prompt has {count:,} characters; {model} takes {most:,}.")
    filled = said.format(count=40000, model="gpt-image-2", most=32000)
    assert isinstance(filled, Words)
    assert filled == "The prompt has 40,000 characters; gpt-image-2 takes 32,000."
    assert filled.template == said.template
    assert filled.context == "Validation"
    assert dict(filled.values) == {"count": 40000, "model": "gpt-image-2", "most": 32000}
    # the unfilled mark is unchanged: a table's Words can be filled again and again
    assert said == said.template


def test_a_value_may_itself_be_words() -> None:
    reason = words("Params", "{model} takes no mask.").format(model="dall-e-3")
    sentence = words("Validation", "{reason} Choose {other}.").format(reason=reason, other="x")
    assert sentence == "dall-e-3 takes no mask. Choose x."
    assert sentence.values["reason"] is reason
    assert sentence.values["reason"].template == "{model} takes no mask."


def test_values_are_named_only() -> None:
    with pytest.raises(TypeError):
        words("Params", "{} takes no mask.").format("dall-e-3")


def test_words_survive_pickling_with_their_template() -> None:
    said = words("ApiErrors", "Try again in {seconds:.0f} s.").format(seconds=3.4)
    copy = pickle.loads(pickle.dumps(said))
    assert copy == "Try again in 3 s."
    assert (copy.context, copy.template, dict(copy.values)) == (
        "ApiErrors",
        "Try again in {seconds:.0f} s.",
        {"seconds": 3.4},
    )


def test_a_lowered_label_keeps_its_template() -> None:
    label = words("Params", "Partial images")
    inside = words("Params", "A variation takes no {what}.").format(what=label.lower())
    assert inside == "A variation takes no partial images."
    lowered = inside.values["what"]
    assert (lowered.template, lowered.lowered) == ("Partial images", True)
    assert pickle.loads(pickle.dumps(lowered)).lowered


def test_words_cross_json_with_their_template() -> None:
    reason = words("Imaging", "it is a folder")
    said = words("Gallery", "Image {id} could not be read from {path}: {reason}.").format(
        id=7, path=Path("/x/y.png"), reason=reason
    )
    carried = from_plain(json.loads(json.dumps(to_plain(said))))
    assert carried == "Image 7 could not be read from /x/y.png: it is a folder."
    assert (carried.context, carried.template) == ("Gallery", said.template)
    assert carried.values["reason"].template == "it is a folder"
    assert from_plain(to_plain("plain text")) == "plain text"
