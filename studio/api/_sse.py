"""Server-sent events read as bytes, and an image event's base64 taken out without a JSON pass.

An image event is one ``data:`` line of several megabytes (44 MB at 3840x2160) that is almost
all base64. A general SSE reader decodes every chunk to text, re-encodes it to count its size,
normalises line ends with two ``replace`` passes, copies the line while splitting off the field
name, then ``json.loads`` copies the base64 once more into a string that ``b64decode`` turns back
into ASCII. Here the chunks stay bytes: line ends are found with ``find`` (memchr), the line is
joined once, the field name is skipped through a ``memoryview``, and the ``b64_json`` value is
located by its key and decoded straight from the event's bytes; only the small rest of the event
goes through ``json.loads`` (docs/performance.md has the figures).

The base64 is decoded while its line still arrives (``_ImageTap``), and the decoded bytes can be
handed on as they come to an ``ImageWatch`` (a decoder that starts early): when the last byte
lands, the image is already decoded and, for a PNG, mostly painted-ready.
"""

from __future__ import annotations

import binascii
import json
import re
from collections.abc import AsyncIterable, AsyncIterator
from typing import Any, NamedTuple

import httpx2

from studio.api.results import ImageWatch, WatchImages

__all__ = ["EventData", "ImagePayload", "event_data", "event_payload"]


class Tapped(NamedTuple):
    """An image decoded while its line arrived: where its JSON string sits in the line (quotes
    included), its bytes, and the watch that was told them."""

    start: int
    end: int
    image: bytes
    watch: ImageWatch | None


class EventData(NamedTuple):
    """An event's data: bytes and the offset it starts at (a lone data line is not copied out
    of the line that holds it), and its image if it was decoded on the way — then ``data``
    leaves out the image's base64 (tens of megabytes not copied once more) and ``pieces`` are
    what the whole line came in, for a reading that needs it all."""

    data: bytes
    begin: int
    tapped: Tapped | None = None
    pieces: tuple[bytes, ...] = ()

    def whole(self) -> EventData:
        """This event with its line whole, the image's base64 in it."""
        return EventData(b"".join(self.pieces), self.begin) if self.pieces else self


class ImagePayload(NamedTuple):
    """What an event holds: its JSON without the image, the image's bytes if it had one, and
    the watch told those bytes as they came (None when there was none, or the image was read
    another way)."""

    json: Any
    image: bytes | None
    watch: ImageWatch | None = None


_KEY = b'"b64_json"'
#: Put where the base64 was, so the rest parses small; a server cannot mean it as an image.
_SPLICED = "\x00studio-b64"
_SPLICED_JSON = json.dumps(_SPLICED).encode()
_WHITESPACE = (b" ", b"\t", b"\r", b"\n")
#: How far into a data line the image's key is looked for (the API puts it second, after type).
_HEAD = 8192
_VALUE_START = re.compile(rb'"b64_json"[ \t\r\n]*:[ \t\r\n]*"')
_TYPE = re.compile(rb'"type"[ \t\r\n]*:[ \t\r\n]*"([^"\\]{0,200})"')


async def event_data(
    chunks: AsyncIterable[bytes], max_event_bytes: int, watch: WatchImages | None = None
) -> AsyncIterator[EventData]:
    """The ``data`` of each event in ``chunks`` (lines joined by ``\\n``), as the SSE spec
    reads them: lines end in CRLF, LF or CR; ``:`` starts a comment; a blank line ends an
    event. Other fields (``event``, ``id``, ``retry``) are not needed by the Images API.
    An image in a line that arrives over several chunks is decoded as it comes, and told to
    the watch ``watch`` gives for it."""
    pending: list[bytes] = []
    pending_size = 0
    tap = _ImageTap(watch)  # the line in ``pending``
    data: list[EventData] = []
    data_size = 0
    skip_lf = False  # the last chunk ended in CR: an LF starting the next one ends nothing
    try:
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
                        tap.add(pending[-1])
                        if data_size + pending_size > max_event_bytes:
                            raise httpx2.SSEError(
                                f"Server-sent event exceeded the {max_event_bytes} byte limit."
                            )
                    break
                tapped, whole = None, ()
                if pending:
                    pending.append(chunk[start:end])
                    tap.add(pending[-1])
                    tapped = tap.finish()
                    if tapped is None:
                        line = b"".join(pending)
                    else:
                        line = _outside(pending, tapped.start + 1, tapped.end - 1)
                        tapped = tapped._replace(end=tapped.start + 2)
                        whole = tuple(pending)
                    pending, pending_size = [], 0
                    tap = _ImageTap(watch)
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
                    data.append(EventData(line, skip, tapped, whole if tapped else ()))
                    data_size += len(line) - skip
                    if data_size > max_event_bytes:
                        raise httpx2.SSEError(
                            f"Server-sent event exceeded the {max_event_bytes} byte limit."
                        )
        # Whatever is left had no blank line after it: the spec drops an unfinished event.
    finally:
        tap.drop()  # a line cut short: its watch hears no more


def event_payload(event: EventData) -> ImagePayload:
    """The event's JSON, with ``b64_json`` (when it is a top-level string) decoded and returned
    beside it: ``({"type": …, "b64_json": ""…}, image bytes)``.

    Raises ``binascii.Error`` for base64 that does not decode (as ``b64decode(validate=True)``
    would), and ``ValueError`` for JSON that does not parse.
    """
    data, begin, tapped, _ = event
    if tapped is not None:
        rest = json.loads(b"".join((data[begin : tapped.start], _SPLICED_JSON, data[tapped.end :])))
        if isinstance(rest, dict) and rest.get("b64_json") == _SPLICED:
            rest["b64_json"] = ""
            return ImagePayload(rest, tapped.image, tapped.watch)
        data, begin, _, _ = event.whole()  # the image the tap followed was not the event's
    span = _b64_span(data, begin)
    if span is not None:
        start, end = span
        rest = json.loads(b"".join((data[begin:start], _SPLICED_JSON, data[end:])))
        if isinstance(rest, dict) and rest.get("b64_json") == _SPLICED:
            # strict_mode: only the alphabet and correct padding, as validate=True.
            image = binascii.a2b_base64(memoryview(data)[start + 1 : end - 1], strict_mode=True)
            rest["b64_json"] = ""
            return ImagePayload(rest, image)
    payload = json.loads(data[begin:])  # an event the fast path does not fit: read it whole
    if isinstance(payload, dict) and "b64_json" in payload:
        text = str(payload["b64_json"]).encode("ascii", "replace")  # "?" fails as base64
        image = binascii.a2b_base64(text, strict_mode=True)
        return ImagePayload({**payload, "b64_json": ""}, image)
    return ImagePayload(payload, None)


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
    return EventData(
        b"\n".join(line[start:] for line, start, _, _ in map(EventData.whole, data)), 0
    )


def _outside(pieces: list[bytes], start: int, end: int) -> bytes:
    """The line ``pieces`` make, without its bytes from ``start`` to ``end``."""
    kept = []
    at = 0
    for piece in pieces:
        stop = at + len(piece)
        if at < start:
            kept.append(piece[: min(start, stop) - at])
        if stop > end:
            kept.append(piece[max(end, at) - at :])
        at = stop
    return b"".join(kept)


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


class _ImageTap:
    """One line as it arrives: if it is a data line whose JSON starts (within ``_HEAD`` bytes)
    with the image's key, the base64 after it is decoded piece by piece — strictly, as the whole
    would be — and each piece told to a watch. A line it cannot follow (no key near the start, an
    escape, bad base64) is left to ``event_payload``, which reads it whole and says what is
    wrong."""

    def __init__(self, watch: WatchImages | None) -> None:
        self._ask = watch
        self._head: bytearray | None = bytearray()  # the line's start, while the key is sought
        self._watch: ImageWatch | None = None
        self._at = 0  # the line offset of the next byte ``_take`` gets
        self._start = self._end = -1  # the image string's quotes; ``_end`` set once it closed
        self._carry = b""  # base64 held back: an unfinished quad, or a padded one
        self._pieces: list[bytes] = []
        self._following = False

    def add(self, segment: bytes) -> None:
        if self._following:
            self._take(segment)
        elif self._head is not None:
            self._seek(segment)

    def finish(self) -> Tapped | None:
        """The line has ended: its image, if it was followed to its closing quote."""
        if self._end < 0:
            self.drop()
            return None
        return Tapped(self._start, self._end, b"".join(self._pieces), self._watch)

    def drop(self) -> None:
        self._following, self._head, self._pieces, self._end = False, None, [], -1
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def _seek(self, segment: bytes) -> None:
        head = self._head
        assert head is not None
        head += segment
        if not head.startswith(b"data"[: len(head)]):
            self._head = None
            return
        found = _VALUE_START.search(head)
        if found is None or found.start() >= _HEAD:
            if len(head) >= _HEAD:
                self._head = None  # not an image event (or not one laid out so)
            return
        self._head = None
        if head.find(_KEY) != found.start():
            return  # the first key is not the value ``event_payload`` would read
        named = _TYPE.search(head, 0, found.start())
        if self._ask is not None:
            self._watch = self._ask(named.group(1).decode("ascii", "replace") if named else "")
        self._start, self._at, self._following = found.end() - 1, found.end(), True
        self._take(bytes(head[found.end() :]))

    def _take(self, text: bytes) -> None:
        quote = text.find(b'"')
        body = text if quote < 0 else text[:quote]
        data = self._carry + body if self._carry else body
        if quote < 0:
            cut = len(data) - len(data) % 4
            if cut and data[cut - 1 : cut] == b"=":
                cut -= 4  # padding may only end the image: wait to see that it does
            self._carry = data[cut:]
            data = data[:cut]
        try:
            piece = binascii.a2b_base64(data, strict_mode=True) if data else b""
        except binascii.Error:
            self.drop()
            return
        if piece:
            self._pieces.append(piece)
            if self._watch is not None:
                self._watch.feed(piece)
        if quote < 0:
            self._at += len(text)
            return
        self._end, self._following = self._at + quote + 1, False
        if self._watch is not None:
            self._watch.close()
