from __future__ import annotations

import io
import os
import random
import struct
import zlib

import pytest
from PIL import Image, PngImagePlugin

from studio.imaging import DecodingAhead, display_pixels
from studio.imaging.progressive import PngRows
from studio.localapi import render


def png(image: Image.Image, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", **options)
    return out.getvalue()


def rows_of(data: bytes, edge: int, seed: int = 0) -> object:
    """``data`` fed to ``PngRows`` in pieces of random sizes, as a network delivers it."""
    rows = PngRows(edge)
    pick = random.Random(seed)
    at = 0
    while at < len(data):
        size = pick.choice((1, 7, 100, 4096, 65536))
        rows.feed(data[at : at + size])
        at += size
    return rows.finish()


def noise(mode: str, size: tuple[int, int]) -> Image.Image:
    return Image.frombytes(mode, size, os.urandom(size[0] * size[1] * len(mode)))


CASES = {
    "noise RGBA": png(noise("RGBA", (1536, 1024)), compress_level=1),
    "picture RGBA": png(render.picture("a lighthouse at dusk", 1200, 800)),
    "cut-out RGBA": png(render.picture("a fox", 999, 701, transparent=True)),
    "RGB": png(render.picture("a barn", 1001, 333).convert("RGB")),
    "L": png(noise("L", (640, 480))),
    "LA": png(noise("LA", (333, 777))),
    "one row": png(noise("RGBA", (2500, 1))),
    "small": png(noise("RGBA", (5, 3))),
}


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("edge", [256, 500, 1024, 4096])
def test_the_rows_path_paints_what_the_whole_decode_paints(name: str, edge: int) -> None:
    data = CASES[name]
    whole = display_pixels(data, edge)
    early = rows_of(data, edge, seed=edge)
    if early is None:  # declined only for a size display_pixels resizes rather than reduces
        image = Image.open(io.BytesIO(data))
        factor = -(-max(image.size) // edge)
        assert -(-image.width // -(-image.width // factor)) != factor
        return
    assert (early.width, early.height) == (whole.width, whole.height)  # type: ignore[attr-defined]
    assert (early.full_width, early.full_height) == (whole.full_width, whole.full_height)  # type: ignore[attr-defined]
    assert early.rgba == whole.rgba  # type: ignore[attr-defined]


def turned() -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turned
    return exif


def text_chunk(key: bytes) -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_text(key.decode(), "x")
    return info


DECLINED = {
    "palette": png(noise("RGB", (64, 64)).convert("P")),
    "16 bits": png(noise("I;16", (64, 64))),
    "colour key": png(noise("RGB", (64, 64)), transparency=(1, 2, 3)),
    "exif text": png(noise("RGBA", (64, 64)), pnginfo=text_chunk(b"Raw profile type exif")),
    "exif": png(noise("RGBA", (64, 64)), exif=turned()),
    "xmp": png(noise("RGBA", (64, 64)), pnginfo=text_chunk(b"XML:com.adobe.xmp")),
    "not a PNG": b"GIF89a" + os.urandom(500),
    "cut short": png(noise("RGBA", (64, 64)))[:-200],
}


def interlaced() -> bytes:
    """Pillow does not write Adam7; the header's interlace byte is enough to be declined."""
    data = bytearray(png(noise("RGBA", (64, 64))))
    data[28] = 1
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


DECLINED["interlaced"] = interlaced()


@pytest.mark.parametrize("name", DECLINED)
def test_a_png_the_rows_path_does_not_read_the_same_way_is_left_to_the_whole_decode(
    name: str,
) -> None:
    assert rows_of(DECLINED[name], 32) is None


def test_junk_image_data_is_declined_not_painted() -> None:
    data = bytearray(png(noise("RGBA", (200, 100)), compress_level=1))
    data[200:4000] = os.urandom(3800)
    assert rows_of(bytes(data), 64) is None


def test_decoding_ahead_gives_its_pixels_once_closed() -> None:
    data = CASES["picture RGBA"]
    ahead = DecodingAhead(500)
    for at in range(0, len(data), 10_000):
        ahead.feed(data[at : at + 10_000])
    assert not ahead.result.done() or ahead.result.result() is None
    ahead.close()
    assert ahead.result.result(timeout=10).rgba == display_pixels(data, 500).rgba  # type: ignore[union-attr]
    cut = DecodingAhead(500)
    cut.feed(data[:5000])
    cut.close()
    assert cut.result.result(timeout=10) is None


def rechunked(data: bytes, size: int) -> bytes:
    """The same PNG with its image data cut into IDAT chunks of ``size`` bytes (libpng writes
    8 KB chunks; Pillow 64 KB)."""
    chunks, at = [], 8
    while at < len(data):
        length, kind = struct.unpack_from(">I4s", data, at)
        chunks.append((kind, data[at + 8 : at + 8 + length]))
        at += 12 + length
    image_data = b"".join(body for kind, body in chunks if kind == b"IDAT")
    cut = [(b"IDAT", image_data[i : i + size]) for i in range(0, len(image_data), size)]
    first = next(n for n, (kind, _) in enumerate(chunks) if kind == b"IDAT")
    kept = [chunk for chunk in chunks if chunk[0] != b"IDAT"]
    out = [data[:8]]
    for kind, body in kept[:first] + cut + kept[first:]:
        crc = zlib.crc32(kind + body)
        out.append(struct.pack(">I4s", len(body), kind) + body + struct.pack(">I", crc))
    return b"".join(out)


def test_many_small_chunks_fed_a_megabyte_at_a_time_paint_the_same() -> None:
    data = rechunked(CASES["noise RGBA"], 8192)
    assert data.count(b"IDAT") > 100
    rows = PngRows(1024)
    for at in range(0, len(data), 1 << 20):
        rows.feed(data[at : at + (1 << 20)])
    early = rows.finish()
    assert early is not None
    assert early.rgba == display_pixels(data, 1024).rgba
