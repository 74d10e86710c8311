"""Metadata inside exported files, added and read without re-encoding a single pixel.

PNG copies get a ``parameters`` text chunk (the prompt, then a settings line, as other image
tools write and read it) and a ``studio`` chunk holding everything the gallery knows as JSON.
JPEG and WebP copies carry the same two values in an XMP packet. Whatever else the file holds
(C2PA manifests included) stays byte for byte; ``strip`` takes Studio's additions out again.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from studio.api import dimensions, sniff

__all__ = ["Embedded", "embed", "has_provenance", "read", "strip", "xmp_packet", "xmp_values"]

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_KEYWORDS = (b"parameters", b"studio")
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_STUDIO_NS = "https://studio.invalid/ns/1.0/"


#: Text chunks inflate to at most this; Studio's own are a few kilobytes.
MAX_TEXT = 1_000_000


@dataclass(frozen=True)
class Embedded:
    parameters: str | None = None
    studio: str | None = None
    #: What could not be read, as phrases for the user ("its … was left out (…)").
    notes: tuple[str, ...] = ()


def embed(data: bytes, parameters: str, studio: str) -> bytes:
    """A copy of ``data`` carrying ``parameters`` and the ``studio`` JSON."""
    kind = sniff(data)
    if kind == "png":
        return _png_embed(data, parameters, studio)
    if kind == "jpeg":
        return _jpeg_embed(data, xmp_packet(parameters, studio))
    if kind == "webp":
        return _webp_embed(data, xmp_packet(parameters, studio))
    return data  # gif and svg copies go out as they are


def read(data: bytes) -> Embedded:
    """Studio's two values from a file, which may be anything: text that does not decode,
    inflates too far or is cut short is left out, with a note."""
    kind = sniff(data)
    if kind == "png":
        notes: list[str] = []
        texts = {key: value for key, value, _ in _png_texts(data, notes)}
        return Embedded(texts.get("parameters"), texts.get("studio"), tuple(notes))
    packet = None
    try:
        if kind == "jpeg":
            packet = next((payload for payload, _, _ in _jpeg_xmp_segments(data)), None)
        elif kind == "webp":
            packet = next(
                (payload for name, payload, _ in _webp_chunks(data) if name == b"XMP "), None
            )
    except (struct.error, IndexError, ValueError):
        return Embedded(notes=("its metadata was left out (the file's structure is broken)",))
    return xmp_values(packet) if packet else Embedded()


def has_provenance(data: bytes) -> bool:
    """The file carries a C2PA manifest (content credentials): a ``caBX`` chunk in a PNG, a
    JUMBF APP11 segment in a JPEG, a ``C2PA`` chunk in a WebP."""
    kind = sniff(data)
    if kind == "png":
        return b"caBX" in _png_chunk_names(data)
    if kind == "jpeg":
        return any(marker == 0xEB and b"c2pa" in body for marker, body, _ in _jpeg_headers(data))
    if kind == "webp":
        return any(name == b"C2PA" for name, _, _ in _webp_chunks(data))
    return False


def strip(data: bytes) -> bytes:
    """``data`` without what ``embed`` added: the original bytes (``data`` itself when its
    structure is too broken to tell)."""
    try:
        return _strip(data)
    except (struct.error, IndexError, ValueError):
        return data


def _strip(data: bytes) -> bytes:
    kind = sniff(data)
    if kind == "png":
        cut = [span for key, _, span in _png_texts(data) if key.encode() in _KEYWORDS]
        return _without(data, cut)
    if kind == "jpeg":
        cut = [span for payload, studio, span in _jpeg_xmp_segments(data) if studio]
        return _without(data, cut)
    if kind == "webp":
        return _webp_strip(data)
    return data


def _without(data: bytes, spans: list[tuple[int, int]]) -> bytes:
    out, position = [], 0
    for start, end in sorted(spans):
        out.append(data[position:start])
        position = end
    out.append(data[position:])
    return b"".join(out)


# -- PNG -------------------------------------------------------------------------------------


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def _png_text(keyword: bytes, text: str) -> bytes:
    try:
        return _png_chunk(b"tEXt", keyword + b"\x00" + text.encode("latin-1"))
    except UnicodeEncodeError:
        return _png_chunk(b"iTXt", keyword + b"\x00\x00\x00\x00\x00" + text.encode("utf-8"))


def _png_embed(data: bytes, parameters: str, studio: str) -> bytes:
    clean = strip(data)
    after_header = len(_PNG_SIGNATURE) + 8 + struct.unpack(">I", clean[8:12])[0] + 4
    added = _png_text(b"parameters", parameters) + _png_text(b"studio", studio)
    return clean[:after_header] + added + clean[after_header:]


def _png_chunk_names(data: bytes) -> list[bytes]:
    names = []
    position = len(_PNG_SIGNATURE)
    while position + 8 <= len(data):
        length = struct.unpack(">I", data[position : position + 4])[0]
        names.append(data[position + 4 : position + 8])
        position += 12 + length
    return names


def _png_texts(
    data: bytes, notes: list[str] | None = None
) -> list[tuple[str, str, tuple[int, int]]]:
    """(keyword, text, byte span of the chunk) of each tEXt, zTXt and iTXt chunk. A chunk that
    is cut short, does not inflate, or inflates beyond ``MAX_TEXT`` is passed over (its text
    empty), with a note in ``notes``."""
    found = []
    position = len(_PNG_SIGNATURE)
    while position + 8 <= len(data):
        length = struct.unpack(">I", data[position : position + 4])[0]
        kind = data[position + 4 : position + 8]
        payload = data[position + 8 : position + 8 + length]
        end = position + 12 + length
        if kind == b"IEND":
            break
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            keyword, _, rest = payload.partition(b"\x00")
            name = keyword.decode("latin-1")[:80]
            text, problem = _png_text_value(kind, rest, len(payload) < length)
            if problem is not None and notes is not None:
                notes.append(f"its “{name}” text was left out ({problem})")
            found.append((name, text if problem is None else "", (position, end)))
        position = end
    return found


def _png_text_value(kind: bytes, rest: bytes, cut: bool) -> tuple[str, str | None]:
    """The text of one chunk after its keyword, or ("", what is wrong with it)."""
    if cut:
        return "", "the chunk is cut short"
    if kind == b"tEXt":
        return rest.decode("latin-1"), None
    if kind == b"zTXt":
        return _inflated(rest[1:], "latin-1")
    if len(rest) < 2:
        return "", "the chunk is broken"
    compressed, rest = rest[0], rest[2:]
    _, _, rest = rest.partition(b"\x00")  # language tag
    _, _, text = rest.partition(b"\x00")  # translated keyword
    if compressed:
        return _inflated(text, "utf-8")
    return text.decode("utf-8", "replace"), None


def _inflated(compressed: bytes, encoding: str) -> tuple[str, str | None]:
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(compressed, MAX_TEXT)
    except zlib.error:
        return "", "it does not decompress"
    if inflater.unconsumed_tail:
        return "", f"it inflates to more than {MAX_TEXT // 1_000_000} MB"
    return text.decode(encoding, "replace"), None


# -- XMP (JPEG and WebP) ---------------------------------------------------------------------


def xmp_packet(parameters: str, studio: str) -> bytes:
    """The XMP packet a JPEG or WebP copy carries (and an ``.xmp`` sidecar holds)."""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f'xmlns:studio="{_STUDIO_NS}">'
        "<dc:description><rdf:Alt>"
        f'<rdf:li xml:lang="x-default">{_escape(parameters)}</rdf:li>'
        "</rdf:Alt></dc:description>"
        f"<studio:metadata>{_escape(studio)}</studio:metadata>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _escape(text: str) -> str:
    # What xml.sax.saxutils.escape does; that module imports urllib.request, http.client and
    # email (20-30 ms), and the gallery loads this one on the window's start path.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def xmp_values(packet: bytes) -> Embedded:
    text = packet.decode("utf-8", "replace")
    parameters = re.search(r'<rdf:li xml:lang="x-default">(.*?)</rdf:li>', text, re.S)
    studio = re.search(r"<studio:metadata>(.*?)</studio:metadata>", text, re.S)
    return Embedded(
        _unescape(parameters.group(1)) if parameters else None,
        _unescape(studio.group(1)) if studio else None,
    )


def _jpeg_embed(data: bytes, packet: bytes) -> bytes:
    clean = strip(data)
    segment_body = _XMP_HEADER + packet
    if len(segment_body) + 2 > 0xFFFF:
        return clean  # too much to carry in one segment; the copy goes out without it
    segment = b"\xff\xe1" + struct.pack(">H", len(segment_body) + 2) + segment_body
    position = 2
    if clean[2:4] == b"\xff\xe0":  # keep a JFIF header first, as readers expect
        position = 4 + struct.unpack(">H", clean[4:6])[0]
    return clean[:position] + segment + clean[position:]


def _jpeg_headers(data: bytes) -> list[tuple[int, bytes, tuple[int, int]]]:
    """(marker, body, byte span) of each segment before the image data."""
    found = []
    position = 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no more headers
            break
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        body = data[position + 4 : position + 2 + length]
        found.append((marker, body, (position, position + 2 + length)))
        position += 2 + length
    return found


def _jpeg_xmp_segments(data: bytes) -> list[tuple[bytes, bool, tuple[int, int]]]:
    """(XMP packet, whether Studio wrote it, byte span) of each XMP APP1 segment."""
    found = []
    for marker, body, span in _jpeg_headers(data):
        if marker == 0xE1 and body.startswith(_XMP_HEADER):
            packet = body[len(_XMP_HEADER) :]
            found.append((packet, _STUDIO_NS.encode() in packet, span))
    return found


# -- WebP ------------------------------------------------------------------------------------


def _webp_chunks(data: bytes) -> list[tuple[bytes, bytes, tuple[int, int]]]:
    found = []
    position = 12
    while position + 8 <= len(data):
        name = data[position : position + 4]
        length = struct.unpack("<I", data[position + 4 : position + 8])[0]
        payload = data[position + 8 : position + 8 + length]
        end = position + 8 + length + (length & 1)
        found.append((name, payload, (position, end)))
        position = end
    return found


def _chunk_bytes(name: bytes, payload: bytes) -> bytes:
    return name + struct.pack("<I", len(payload)) + payload + (b"\x00" if len(payload) & 1 else b"")


def _riff(chunks: list[bytes]) -> bytes:
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _webp_embed(data: bytes, packet: bytes) -> bytes:
    chunks = [(n, p) for n, p, _ in _webp_chunks(strip(data))]
    xmp_flag = 0x04
    if chunks and chunks[0][0] == b"VP8X":
        header = bytearray(chunks[0][1])
        header[0] |= xmp_flag
        chunks[0] = (b"VP8X", bytes(header))
    else:
        width, height = dimensions(data) or (1, 1)
        alpha = 0x10 if _vp8l_has_alpha(chunks) else 0
        header = bytes([xmp_flag | alpha, 0, 0, 0])
        header += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
        chunks.insert(0, (b"VP8X", header))
    chunks.append((b"XMP ", packet))
    return _riff([_chunk_bytes(n, p) for n, p in chunks])


def _webp_strip(data: bytes) -> bytes:
    chunks = [
        (name, payload)
        for name, payload, _ in _webp_chunks(data)
        if not (name == b"XMP " and _STUDIO_NS.encode() in payload)
    ]
    if chunks and chunks[0][0] == b"VP8X":
        flags = chunks[0][1][0] & ~0x04
        extras = {name for name, _ in chunks[1:]} - {b"VP8 ", b"VP8L"}
        if flags & ~0x10 == 0 and not extras:
            chunks.pop(0)  # the header that embed had to add to a simple file
        else:
            chunks[0] = (b"VP8X", bytes([flags]) + chunks[0][1][1:])
    return _riff([_chunk_bytes(name, payload) for name, payload in chunks])


def _vp8l_has_alpha(chunks: list[tuple[bytes, bytes]]) -> bool:
    for name, payload in chunks:
        if name == b"VP8L" and len(payload) >= 5:
            return bool((int.from_bytes(payload[1:5], "little") >> 28) & 1)
    return False
