from __future__ import annotations

import asyncio
import base64
import binascii
import json
import os

import httpx2
import pytest

from studio.api._sse import event_data, event_payload


def events(stream: bytes, chunk: int, limit: int = 1 << 20) -> list[bytes]:
    async def chunks():  # type: ignore[no-untyped-def]
        for start in range(0, len(stream), chunk):
            yield stream[start : start + chunk]

    async def read() -> list[bytes]:
        return [data[start:] async for data, start in event_data(chunks(), limit)]

    return asyncio.run(read())


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 16])
@pytest.mark.parametrize("end", [b"\n", b"\r\n", b"\r"])
def test_events_are_split_as_the_spec_says_whatever_the_chunking(chunk: int, end: bytes) -> None:
    stream = end.join(
        [
            b": a comment",
            b"event: image_generation.partial_image",
            b'data: {"a": 1}',
            b"",
            b"id: 7",
            b"data:first",
            b"data",
            b"data:  third",
            b"retry: 10",
            b"",
            b"",
            b'data: {"unfinished": true}',
        ]
    )
    assert events(stream, chunk) == [b'{"a": 1}', b"first\n\n third"]


def test_an_event_over_the_limit_is_refused() -> None:
    with pytest.raises(httpx2.SSEError):
        events(b"data: " + b"A" * 5000 + b"\n\n", 512, limit=4096)


def payload_bytes(payload: dict[str, object], **dumps: object) -> tuple[bytes, int]:
    return json.dumps(payload, **dumps).encode(), 0  # type: ignore[arg-type]


def test_the_image_is_decoded_and_the_rest_parsed() -> None:
    image = os.urandom(3000)
    payload = {
        "type": "image_generation.partial_image",
        "revised_prompt": 'say "b64_json": "not this"',
        "b64_json": base64.b64encode(image).decode(),
        "partial_image_index": 2,
    }
    for separators in ((",", ":"), (", ", ": ")):
        rest, decoded = event_payload(payload_bytes(payload, separators=separators))
        assert decoded == image
        assert rest == {**payload, "b64_json": ""}


def test_escaped_slashes_and_nested_keys_still_give_the_top_level_image() -> None:
    image = bytes(range(256)) * 4
    encoded = base64.b64encode(image).decode()
    assert "/" in encoded
    escaped = json.dumps({"type": "x.completed", "b64_json": encoded}).replace("/", "\\/")
    assert event_payload((escaped.encode(), 0))[1] == image
    nested = {"meta": {"b64_json": "QUJD"}, "type": "x.completed", "b64_json": encoded}
    rest, decoded = event_payload(payload_bytes(nested))
    assert decoded == image
    assert rest["meta"] == {"b64_json": "QUJD"}


def test_bad_base64_and_bad_json_raise_as_the_client_expects() -> None:
    with pytest.raises(binascii.Error):
        event_payload(payload_bytes({"type": "x.completed", "b64_json": "not base64!"}))
    with pytest.raises(binascii.Error):
        event_payload(payload_bytes({"type": "x.completed", "b64_json": 12}))
    with pytest.raises(ValueError, match="Expecting"):
        event_payload((b'{"type": "x.completed", "b64_json": "QUJD", oops}', 0))
    assert event_payload(payload_bytes({"error": {"message": "no"}})) == (
        {"error": {"message": "no"}},
        None,
    )
