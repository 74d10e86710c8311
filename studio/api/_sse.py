"""Server-sent events read as bytes, and an image event's base64 taken out without a JSON pass.

An image event is one ``data:`` line of several megabytes (44 MB at 3840x2160) that is almost
all base64. A general SSE reader decodes every chunk to text, re-encodes it to count its size,
normalises line ends with two ``replace`` passes, copies the line while splitting off the field
name, then ``json.loads`` copies the base64 once more into a string that ``b64decode`` turns back
into ASCII. Here the chunks stay bytes: line ends are found with ``find`` (memchr), the line is
joined once, the field name is skipped through a ``memoryview``, and the ``b64_json`` value is
located by its key and decoded straight from the event's bytes; only the small rest of the event
goes through ``json.loads`` (docs/performance.md has the figures).
"""

from __future__ import annotations

import binascii
import json
from collections.abc import AsyncIterable, AsyncIterator
from typing import Any

import httpx2

__all__ = ["EventData", "ImagePayload", "event_data", "event_payload"]

#: An event's data: bytes and the offset it starts at (a lone data line is not copied out of
#: the line that holds it).
EventData = tuple[bytes, int]
#: What an event holds: its JSON without the image, and the image's bytes if it had one.
ImagePayload = tuple[Any, bytes | None]

_KEY = b'"b64_json"'
#: Put where the base64 was, so the rest parses small; a server cannot mean it as an image.
_SPLICED = "\x00studio-b64"
_SPLICED_JSON = json.dumps(_SPLICED).encode()
_WHITESPACE = (b" ", b"\t", b"\r", b"\n")


async def event_data(
    chunks: AsyncIterable[bytes], max_event_bytes: int
) -> AsyncIterator[EventData]:
    """The ``data`` of each event in ``chunks`` (lines joined by ``\\n``), as the SSE spec
    reads them: lines end in CRLF, LF or CR; ``:`` starts a comment; a blank line ends an
    event. Other fields (``event``, ``id``, ``retry``) are not needed by the Images API."""
    pending: list[bytes] = []
    pending_size = 0
    data: list[EventData] = []
    data_size = 0
    skip_lf = False  # the last chunk ended in CR: an LF starting the next one ends nothing
    async for chunk in chunks:
        start = 0
        if skip_lf and chunk[:1] == b"\n":
            start = 1
        skip_lf = False
        while True:
            end = _line_end(chunk, start)
            if end < 0:
                if start < len(chunk):
                    pending.append(chunk[start:] if start else chunk)
                    pending_size += len(chunk) - start
                    if data_size + pending_size > max_event_bytes:
                        raise httpx2.SSEError(
                            f"Server-sent event exceeded the {max_event_bytes} byte limit."
                        )
                break
            if pending:
                pending.append(chunk[start:end])
                line = b"".join(pending)
                pending, pending_size = [], 0
            else:
                line = chunk[start:end]
            if chunk[end : end + 1] == b"\r":
                if end + 1 == len(chunk):
                    skip_lf = True
                elif chunk[end + 1 : end + 2] == b"\n":
                    end += 1
            start = end + 1
            if not line:
                if data:
                    yield _joined(data)
                data, data_size = [], 0
                continue
            skip = _data_start(line)
            if skip is not None:
                data.append((line, skip))
                data_size += len(line) - skip
                if data_size > max_event_bytes:
                    raise httpx2.SSEError(
                        f"Server-sent event exceeded the {max_event_bytes} byte limit."
                    )
    # Whatever is left had no blank line after it: the spec drops an unfinished event.


def event_payload(event: EventData) -> ImagePayload:
    """The event's JSON, with ``b64_json`` (when it is a top-level string) decoded and returned
    beside it: ``({"type": …, "b64_json": ""…}, image bytes)``.

    Raises ``binascii.Error`` for base64 that does not decode (as ``b64decode(validate=True)``
    would), and ``ValueError`` for JSON that does not parse.
    """
    data, begin = event
    span = _b64_span(data, begin)
    if span is not None:
        start, end = span
        rest = json.loads(b"".join((data[begin:start], _SPLICED_JSON, data[end:])))
        if isinstance(rest, dict) and rest.get("b64_json") == _SPLICED:
            # strict_mode: only the alphabet and correct padding, as validate=True.
            image = binascii.a2b_base64(memoryview(data)[start + 1 : end - 1], strict_mode=True)
            rest["b64_json"] = ""
            return rest, image
    payload = json.loads(data[begin:])  # an event the fast path does not fit: read it whole
    if isinstance(payload, dict) and "b64_json" in payload:
        text = str(payload["b64_json"]).encode("ascii", "replace")  # "?" fails as base64
        return {**payload, "b64_json": ""}, binascii.a2b_base64(text, strict_mode=True)
    return payload, None


def _line_end(chunk: bytes, start: int) -> int:
    newline = chunk.find(b"\n", start)
    carriage = chunk.find(b"\r", start, newline if newline >= 0 else len(chunk))
    return carriage if carriage >= 0 else newline


def _data_start(line: bytes) -> int | None:
    """Where the value of a ``data`` field line starts; None for any other line."""
    if not line.startswith(b"data"):
        return None
    if len(line) == 4:
        return 4
    if line[4:5] != b":":
        return None
    return 6 if line[5:6] == b" " else 5


def _joined(data: list[EventData]) -> EventData:
    if len(data) == 1:
        return data[0]
    return b"\n".join(line[start:] for line, start in data), 0


def _b64_span(data: bytes, begin: int) -> tuple[int, int] | None:
    """Where the string value of the first ``"b64_json":`` key sits, quotes included; None
    when there is none or it holds an escape (a JSON string of base64 needs none)."""
    key = data.find(_KEY, begin)
    if key < 0:
        return None
    at = key + len(_KEY)
    while data[at : at + 1] in _WHITESPACE:
        at += 1
    if data[at : at + 1] != b":":
        return None
    at += 1
    while data[at : at + 1] in _WHITESPACE:
        at += 1
    if data[at : at + 1] != b'"':
        return None
    end = data.find(b'"', at + 1)
    if end < 0 or data.find(b"\\", at + 1, end) >= 0:
        return None
    return at, end + 1
