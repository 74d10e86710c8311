"""A PNG made ready to paint while its bytes still arrive, so little is left when the last lands.

A streamed image event is tens of megabytes of base64 that arrives over a fraction of a second
(longer on a real network); decoding it only once it is whole puts the whole decode and scale
between the last byte and the painted frame (docs/performance.md, "Partial event → painted").
Here the PNG's image data is inflated as it comes, cut into bands of whole rows, and each band is
unfiltered by Pillow's own PNG row decoder, averaged down for display and kept: the frame is the
bands put together. The result is the same pixels ``display_pixels`` gives (tested); a PNG this
path does not read the same way — palette, 16-bit, interlaced, colour-keyed transparency, an
orientation tag — is left to ``display_pixels``.

``DecodingAhead`` runs one image's decode on its own thread, fed from the network loop.
"""

from __future__ import annotations

import functools
import logging
import math
import queue
import struct
import threading
import zlib
from concurrent.futures import Future, ThreadPoolExecutor

from PIL import Image

from studio.imaging.display import DisplayPixels

__all__ = ["DecodingAhead", "PngRows"]

log = logging.getLogger(__name__)

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: PNG colour type (at 8 bits a sample) → Pillow mode and bytes a pixel.
_MODES = {0: ("L", 1), 2: ("RGB", 3), 4: ("LA", 2), 6: ("RGBA", 4)}
#: Chunks that change how the pixels are shown (palette, colour-keyed transparency, animation,
#: an EXIF orientation): such a PNG is left to the whole decode.
_DECLINED = {b"PLTE", b"tRNS", b"eXIf", b"acTL", b"fcTL", b"fdAT"}
_TEXT = {b"tEXt", b"zTXt", b"iTXt"}
#: Text keys Pillow reads an orientation from (EXIF in text, XMP).
_ORIENTING_KEYS = (b"exif", b"Raw profile type exif", b"XML:com.adobe.xmp")
#: Filtered bytes per band, about (a band is a whole number of the reduction's blocks): few
#: enough bands that each one's few Python steps, which wait for the GIL the network loop
#: holds, are not what paces the decode; small enough that the last is soon done.
_BAND_BYTES = 2 * 1024 * 1024
#: Bytes ``DecodingAhead`` gathers before handing them to its thread.
_HAND_OVER_BYTES = 1024 * 1024


class Declined(Exception):
    """This PNG is not one the rows path reads: decode it whole."""


class PngRows:
    """Feed a PNG's bytes in order with ``feed``; ``finish`` gives its display pixels (at most
    ``max_edge`` a side, as ``display_pixels``), or None when the bytes are not a PNG this
    path reads (the caller then decodes them whole, which also says what is wrong)."""

    def __init__(self, max_edge: int) -> None:
        self._max_edge = max_edge
        self._pending = bytearray()
        self._signed = False
        self._idat_left = 0  # bytes of the current IDAT chunk not yet read
        self._crc_left = 0  # bytes of the current chunk's CRC not yet skipped
        self._ended = False
        self._declined = False
        self._inflater = zlib.decompressobj()
        self._rows = bytearray()  # filtered rows inflated and not yet decoded
        self._mode = ""
        self._width = self._height = self._stride = self._factor = 0
        self._band = 0
        self._decoded = 0  # rows decoded so far
        self._previous = b""  # the last decoded row, unfiltered: the next band's filters need it
        self._bands: list[Future[bytes]] = []

    def feed(self, data: bytes) -> None:
        if self._declined or self._ended:
            return
        try:
            self._take(data)
        except (Declined, zlib.error, ValueError, OSError, struct.error):
            self._decline()

    def finish(self) -> DisplayPixels | None:
        if self._declined or not self._ended:
            return None
        try:
            rest = self._inflater.flush()
            if not self._inflater.eof:
                raise Declined
            self._rows += rest
            self._decode(final=True)
        except (Declined, zlib.error, ValueError, OSError):
            return None
        if self._decoded != self._height:
            return None
        shown = math.ceil(self._width / self._factor), math.ceil(self._height / self._factor)
        rgba = b"".join(band.result() for band in self._bands)
        return DisplayPixels(*shown, rgba, self._width, self._height)

    def _decline(self) -> None:
        self._declined = True
        self._pending, self._rows, self._bands = bytearray(), bytearray(), []

    def _take(self, data: bytes) -> None:
        self._pending += data
        at = 0
        pending = self._pending
        # Where this feed's image data lies: inflated in one call, not one per chunk. Each call
        # lets go of the GIL, and taking it back waits for the network loop (up to 5 ms): with
        # 64 KB chunks, a 4K image spent more time waiting than inflating (docs/performance.md).
        compressed: list[tuple[int, int]] = []
        while True:
            if not self._signed:
                if len(pending) - at < len(_SIGNATURE):
                    break
                if pending[at : at + 8] != _SIGNATURE:
                    raise Declined
                self._signed, at = True, at + 8
            elif self._crc_left:
                skipped = min(self._crc_left, len(pending) - at)
                self._crc_left -= skipped
                at += skipped
                if self._crc_left:
                    break
            elif self._idat_left:
                taken = min(self._idat_left, len(pending) - at)
                if not taken:
                    break
                compressed.append((at, at + taken))
                self._idat_left -= taken
                at += taken
                if not self._idat_left:
                    self._crc_left = 4
            else:
                if len(pending) - at < 8:
                    break
                length, kind = struct.unpack_from(">I4s", pending, at)
                if kind == b"IDAT":
                    if not self._width:
                        raise Declined  # image data before the header
                    self._idat_left, at = length, at + 8
                    if not length:
                        self._crc_left = 4
                    continue
                if len(pending) - at < 12 + length:
                    break  # small chunks are read whole
                self._chunk(kind, bytes(pending[at + 8 : at + 8 + length]))
                at += 12 + length
                if self._ended:
                    break
        if compressed:
            with memoryview(pending) as view:
                joined = b"".join(view[start:end] for start, end in compressed)
            self._inflate(joined)
        del pending[:at]

    def _chunk(self, kind: bytes, body: bytes) -> None:
        if kind == b"IHDR" and not self._width:
            self._header(body)
        elif not self._width or kind in _DECLINED:
            raise Declined  # the header comes first
        elif kind == b"IEND":
            self._ended = True
        elif kind in _TEXT and body.startswith(_ORIENTING_KEYS):
            raise Declined

    def _header(self, body: bytes) -> None:
        width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        if depth != 8 or colour not in _MODES or interlace or not width or not height:
            raise Declined
        self._mode, channels = _MODES[colour]
        self._width, self._height = width, height
        self._stride = 1 + width * channels
        self._factor = max(1, math.ceil(max(width, height) / self._max_edge))
        if (math.ceil(width / math.ceil(width / self._factor))) != self._factor:
            raise Declined  # display_pixels resizes such a size instead of reducing it
        self._band = self._factor * max(1, _BAND_BYTES // self._stride // self._factor)

    def _inflate(self, data: bytes) -> None:
        self._rows += self._inflater.decompress(data)
        self._decode(final=False)

    def _decode(self, *, final: bool) -> None:
        """Decode every whole band inflated so far (and, at the end, what is left)."""
        while True:
            rows = len(self._rows) // self._stride
            if rows > self._height - self._decoded:
                raise Declined  # more image data than the header says
            if rows < self._band and not (final and rows):
                return
            take = rows if final else self._band
            cut = take * self._stride
            self._band_done(self._rows[:cut], take)
            del self._rows[:cut]

    def _band_done(self, filtered: bytearray, rows: int) -> None:
        """Unfilter ``rows`` rows with Pillow's PNG decoder (told the row before them, which the
        filters refer to, as an unfiltered first row), then reduce them for display."""
        above = 1 if self._previous else 0
        stream = _stored_zlib((b"\x00" + self._previous if above else b"") + filtered)
        band = Image.frombytes(self._mode, (self._width, rows + above), stream, "zip", self._mode)
        last = rows + above
        self._previous = band.crop((0, last - 1, self._width, last)).tobytes()
        box = (0, above, self._width, last)
        self._bands.append(_reducer().submit(_reduced, band, self._factor, box))
        self._decoded += rows


def _reduced(band: Image.Image, factor: int, box: tuple[int, int, int, int]) -> bytes:
    """The band's rows in ``box`` averaged by ``factor`` as ``display._scaled`` does the whole
    image: premultiplied where transparency varies (the blocks never straddle two bands, so
    deciding per band gives the same pixels), straight where every pixel is opaque."""
    if factor == 1:
        reduced = band.crop(box)
    elif band.mode in ("RGBA", "LA") and band.getchannel("A").getextrema() != (255, 255):
        reduced = band.reduce(factor, box)  # Pillow averages these premultiplied
    else:
        reduced = band._new(band.im.reduce((factor, factor), box))
    return (reduced if reduced.mode == "RGBA" else reduced.convert("RGBA")).tobytes()


def _stored_zlib(data: bytes) -> bytes:
    """``data`` as a zlib stream of stored blocks, without the checksum Pillow's row decoder
    stops before (it ends at the last row): a copy instead of a compression."""
    blocks = [b"\x78\x01"]
    size = len(data)
    for start in range(0, size, 0xFFFF):
        piece = data[start : start + 0xFFFF]
        final = 1 if start + 0xFFFF >= size else 0
        blocks.append(struct.pack("<BHH", final, len(piece), len(piece) ^ 0xFFFF))
        blocks.append(piece)
    return b"".join(blocks)


class DecodingAhead:
    """One image's ``PngRows`` on a thread of its own: ``feed`` and ``close`` return at once
    (the network loop must not wait for pixels); ``result`` is the display pixels, or None
    when the bytes must be decoded whole."""

    def __init__(self, max_edge: int) -> None:
        self.max_edge = max_edge
        self.result: Future[DisplayPixels | None] = Future()
        self._queue: queue.SimpleQueue[list[bytes] | None] = queue.SimpleQueue()
        self._held: list[bytes] = []
        self._held_size = 0
        threading.Thread(target=self._run, name="decoding-ahead", daemon=True).start()

    def feed(self, data: bytes) -> None:
        # Handed over a megabyte at a time: each hand-over wakes the thread, which then takes
        # the GIL from the network loop; per 64 KB chunk, and still per 256 KB, the two spent
        # much of their time passing it back and forth.
        self._held.append(data)
        self._held_size += len(data)
        if self._held_size >= _HAND_OVER_BYTES:
            self._queue.put(self._held)
            self._held, self._held_size = [], 0

    def close(self) -> None:
        self._queue.put(self._held)
        self._queue.put(None)

    def _run(self) -> None:
        rows = PngRows(self.max_edge)
        pixels = None
        try:
            while (pieces := self._queue.get()) is not None:
                rows.feed(b"".join(pieces))
            pixels = rows.finish()
        except Exception:  # a fault here must cost only the head start, never the image
            log.exception("decoding ahead failed; the image is decoded whole")
        self.result.set_result(pixels)


@functools.cache
def _reducer() -> ThreadPoolExecutor:
    """Threads shared by every PNG read by rows, that average its bands down while the next
    are unfiltered: once the last byte lands, the two halves of what is left run side by side."""
    return ThreadPoolExecutor(2, thread_name_prefix="reducing-ahead")
