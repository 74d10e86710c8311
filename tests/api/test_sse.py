from __future__ import annotations

import asyncio
import base64
import binascii
import json
import os

import httpx2
import pytest

from studio.api._sse import EventData, event_data, event_payload


def events(stream: bytes, chunk: int, limit: int = 1 << 20) -> list[bytes]:
    async def chunks():  # type: ignore[no-untyped-def]
        for start in range(0, len(stream), chunk):
            yield stream[start : start + chunk]

    async def read() -> list[bytes]:
        return [event.data[event.begin :] async for event in event_data(chunks(), limit)]

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


def payload_bytes(payload: dict[str, object], **dumps: object) -> EventData:
    return EventData(json.dumps(payload, **dumps).encode(), 0)  # type: ignore[arg-type]


def test_the_image_is_decoded_and_the_rest_parsed() -> None:
    image = os.urandom(3000)
    payload = {
        "type": "image_generation.partial_image",
        "revised_prompt": 'say "b64_json": "not this"',
        "b64_json": base64.b64encode(image).decode(),
        "partial_image_index": 2,
    }
    for separators in ((",", ":"), (", ", ": ")):
        rest, decoded, _ = event_payload(payload_bytes(payload, separators=separators))
        assert decoded == image
        assert rest == {**payload, "b64_json": ""}


def test_escaped_slashes_and_nested_keys_still_give_the_top_level_image() -> None:
    image = bytes(range(256)) * 4
    encoded = base64.b64encode(image).decode()
    assert "/" in encoded
    escaped = json.dumps({"type": "x.completed", "b64_json": encoded}).replace("/", "\\/")
    assert event_payload(EventData(escaped.encode(), 0)).image == image
    nested = {"meta": {"b64_json": "QUJD"}, "type": "x.completed", "b64_json": encoded}
    rest, decoded, _ = event_payload(payload_bytes(nested))
    assert decoded == image
    assert rest["meta"] == {"b64_json": "QUJD"}


def test_bad_base64_and_bad_json_raise_as_the_client_expects() -> None:
    with pytest.raises(binascii.Error):
        event_payload(payload_bytes({"type": "x.completed", "b64_json": "not base64!"}))
    with pytest.raises(binascii.Error):
        event_payload(payload_bytes({"type": "x.completed", "b64_json": 12}))
    with pytest.raises(ValueError, match="Expecting"):
        event_payload(EventData(b'{"type": "x.completed", "b64_json": "QUJD", oops}', 0))
    assert event_payload(payload_bytes({"error": {"message": "no"}})) == (
        {"error": {"message": "no"}},
        None,
        None,
    )


class Watch:
    """Records what it is told, as a decoder fed early would receive it."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.pieces: list[bytes] = []
        self.closed = 0

    def feed(self, data: bytes) -> None:
        assert not self.closed
        self.pieces.append(data)

    def close(self) -> None:
        self.closed += 1


def watched(stream: bytes, chunk: int) -> tuple[list[object], list[Watch]]:
    """Each event's payload (or the error it raised), and every watch asked for."""
    watches: list[Watch] = []

    def watch(kind: str) -> Watch:
        watches.append(Watch(kind))
        return watches[-1]

    async def chunks():  # type: ignore[no-untyped-def]
        for start in range(0, len(stream), chunk):
            yield stream[start : start + chunk]

    async def read() -> list[object]:
        payloads: list[object] = []
        async for event in event_data(chunks(), 1 << 24, watch):
            try:
                payloads.append(event_payload(event))
            except (binascii.Error, ValueError) as error:
                payloads.append(error)
        return payloads

    return asyncio.run(read()), watches


def sse(*payloads: dict[str, object] | bytes) -> bytes:
    lines = [p if isinstance(p, bytes) else json.dumps(p).encode() for p in payloads]
    return b"".join(b"event: x\ndata: " + line + b"\n\n" for line in lines)


@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 4099, 1 << 16])
def test_an_image_is_decoded_and_told_to_its_watch_while_its_line_arrives(chunk: int) -> None:
    images = [os.urandom(20_000), os.urandom(20_001), os.urandom(20_002), b""]
    stream = sse(
        *(
            {"type": "image_generation.partial_image", "b64_json": base64.b64encode(image).decode()}
            for image in images
        )
    )
    payloads, watches = watched(stream, chunk)
    assert [p.image for p in payloads] == images  # type: ignore[attr-defined]
    assert [p.json["type"] for p in payloads] == ["image_generation.partial_image"] * 4  # type: ignore[attr-defined]
    for payload, image in zip(payloads, images, strict=True):
        watch = payload.watch  # type: ignore[attr-defined]
        if watch is not None:  # the line came in more than one chunk
            assert b"".join(watch.pieces) == image
            assert watch.closed == 1
            assert watch.kind == "image_generation.partial_image"
    assert (chunk < 20_000) == all(p.watch is not None for p in payloads[:3])  # type: ignore[attr-defined]
    assert all(w.closed == 1 for w in watches)


@pytest.mark.parametrize("chunk", [1, 5, 64, 1 << 16])
def test_what_the_whole_decode_refuses_is_refused_whatever_the_chunking(chunk: int) -> None:
    stream = sse(
        b'{"type": "x.completed", "b64_json": "QUI=QUJD"}',  # padding before the end
        b'{"type": "x.completed", "b64_json": "QUJ"}',  # a quad short
        b'{"type": "x.completed", "b64_json": "QU JD"}',  # a space
        b'{"type": "x.completed", "b64_json": "QUJD", oops}',  # the JSON after it
    )
    payloads, watches = watched(stream, chunk)
    assert [type(p) for p in payloads] == [binascii.Error] * 3 + [json.JSONDecodeError]
    assert all(w.closed == 1 for w in watches)


@pytest.mark.parametrize("chunk", [2, 64])
def test_lines_the_tap_cannot_follow_are_read_whole(chunk: int) -> None:
    image = bytes(range(256)) * 40
    encoded = base64.b64encode(image).decode()
    escaped = json.dumps({"type": "x.completed", "b64_json": encoded}).replace("/", "\\/")
    nested = {"meta": {"b64_json": "QUJD"}, "type": "x.completed", "b64_json": encoded}
    late = {"b64_json": encoded, "type": "x.completed"}
    split = b'{"type": "x.completed", "b64_json": "' + encoded.encode() + b'"\ndata: , "n": 1}'
    payloads, watches = watched(sse(escaped.encode(), nested, late, split), chunk)
    assert [p.image for p in payloads] == [image] * 4  # type: ignore[attr-defined]
    assert payloads[3].json == {"type": "x.completed", "b64_json": "", "n": 1}  # type: ignore[attr-defined]
    assert [p.watch for p in payloads[:2]] == [None, None]  # type: ignore[attr-defined]
    assert payloads[1].json["meta"] == {"b64_json": "QUJD"}  # type: ignore[attr-defined]
    assert payloads[2].watch.kind == ""  # type: ignore[attr-defined]  # named after the image
    assert all(w.closed == 1 for w in watches)


def test_a_stream_cut_inside_an_image_closes_its_watch() -> None:
    image = base64.b64encode(os.urandom(30_000))
    stream = b'data: {"type": "x.partial_image", "b64_json": "' + image[:20_000]
    payloads, watches = watched(stream, 1000)
    assert payloads == []
    assert [w.closed for w in watches] == [1]
    assert watches[0].pieces
