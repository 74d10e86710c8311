"""A failure's sentence and a result's warnings cross the worker's pipe still translatable."""

from __future__ import annotations

from studio.api.errors import error_from_response
from studio.config import Words, words
from studio.worker.protocol import HEADER, Done, Failed, decode, encode


def _across(message: Failed | Done) -> Failed | Done:
    frame = encode(message)
    return decode(frame[HEADER.size :])


def test_a_failure_keeps_its_words() -> None:
    refused = error_from_response(401, {"error": {"message": "Incorrect API key"}}, {})
    kept = words("Worker", "The last preview was kept in the gallery as image {id}.").format(id=3)
    said = words("Worker", "{failure} {kept}").format(failure=refused.message, kept=kept)
    failed = _across(Failed(1, said, "AuthError", status=401))
    assert isinstance(failed, Failed)
    assert failed.message == said
    assert isinstance(failed.message, Words)
    assert failed.message.template == "{failure} {kept}"
    inner = failed.message.values["failure"]
    assert inner.template == "{sentence} The server said: {detail}"
    assert inner.values["sentence"].context == "ApiErrors"


def test_warnings_keep_their_words_and_plain_text_stays_plain() -> None:
    note = words(
        "Validation", "size {size} is above 2560x1440, which {model} makes only experimentally."
    ).format(size="3840x2160", model="gpt-image-2")
    done = _across(Done(2, warnings=(note, "plain")))
    assert isinstance(done, Done)
    assert done.warnings == (note, "plain")
    assert isinstance(done.warnings[0], Words)
    assert not isinstance(done.warnings[1], Words)
    assert _across(Failed(3, "plain text")).message == "plain text"
