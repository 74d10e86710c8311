"""Files that come in are not trusted: wrong types, impossible dates, NaN, zlib bombs and broken
text chunks are left out field by field with a note; no file aborts a batch or leaves a file
behind without its row."""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path

import pytest

from studio.api import Endpoint, GeneratedImage, ImageRequest, ImagesResult
from studio.gallery import GalleryStore, Kind, Outcome, Query, Status
from studio.gallery import embedded as embedded_module
from studio.imaging import inspect, thumbnail
from tests.images import png


def chunk(kind: bytes, payload: bytes) -> bytes:
    crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)


def with_chunks(data: bytes, *chunks: bytes) -> bytes:
    """``data`` (a PNG) with ``chunks`` after its header."""
    header_end = 8 + 12 + struct.unpack(">I", data[8:12])[0]
    return data[:header_end] + b"".join(chunks) + data[header_end:]


def studio_text(value: object) -> bytes:
    text = value if isinstance(value, str) else json.dumps(value)
    return chunk(b"iTXt", b"studio\x00\x00\x00\x00\x00" + text.encode())


#: 64 MB of nothing, deflated to 64 KB: far past what any text chunk may inflate to.
BOMB = zlib.compress(b"\x00" * (64 * 1024 * 1024), 9)


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in (root / "images").rglob("*") if p.is_file())


def test_wrong_types_impossible_dates_and_nan_are_left_out_field_by_field(
    store: GalleryStore, tmp_path: Path
) -> None:
    described = {
        "prompt": "a fox that came with bad company",
        "created": 1e300,
        "duration": float("nan"),
        "usage": {"input_tokens": "many"},
        "kind": "rootkit",
        "params": ["not", "a", "dict"],
        "model": "m" * 5000,
        "cost": -3,
        "status": 7,
        "provider": {"nested": True},
        "request_id": "req_kept",
    }
    path = tmp_path / "odd.png"
    path.write_bytes(with_chunks(png(32, 32), studio_text(json.dumps(described))))
    report = store.import_files([path])
    (record,) = report.imported
    generation = record.generation
    assert generation.prompt == "a fox that came with bad company"
    assert generation.request_id == "req_kept"
    assert generation.created == pytest.approx(path.stat().st_mtime)
    assert (generation.duration, generation.usage, generation.cost) == (0.0, None, None)
    assert (generation.kind, generation.status) == (Kind.IMPORT, Status.COMPLETE)
    assert (generation.model, generation.provider) == ("unknown", "")
    notes = " | ".join(note for _, note in report.notes)
    for field in ("created", "duration", "usage", "kind", "params", "model", "cost", "status"):
        assert f"“{field}”" in notes, field
    assert "“provider”" in notes
    assert "“prompt”" not in notes


@pytest.mark.parametrize(
    ("chunks", "said"),
    [
        ((chunk(b"zTXt", b"studio\x00\x00" + BOMB),), "inflates to more than 1 MB"),
        ((chunk(b"iTXt", b"studio\x00\x01\x00\x00\x00" + BOMB),), "inflates to more than 1 MB"),
        ((chunk(b"iTXt", b"studio\x00\x01\x00\x00\x00not zlib at all"),), "does not decompress"),
        ((chunk(b"iTXt", b"studio"),), "is broken"),
        ((chunk(b"iTXt", b"studio\x00\x00"),), "is broken"),
        ((studio_text("[" * 100_000 + "]" * 100_000),), "not readable JSON"),
        ((studio_text('{"prompt": NaN'),), "not readable JSON"),
        ((studio_text([1, 2, 3]),), "not a set of fields"),
    ],
)
def test_hostile_text_chunks_are_dropped_with_a_note_and_the_image_kept(
    store: GalleryStore, tmp_path: Path, chunks: tuple[bytes, ...], said: str
) -> None:
    path = tmp_path / "hostile.png"
    path.write_bytes(with_chunks(png(40, 30, (9, 8, 7, 255)), *chunks))
    report = store.import_files([path])
    assert report.skipped == ()
    (record,) = report.imported
    assert (record.width, record.height, record.generation.kind) == (40, 30, Kind.IMPORT)
    assert any(said in note for _, note in report.notes), report.notes
    assert store.get(record.id) is not None
    assert len(files_under(store.root)) == 1


def test_saving_a_result_with_a_zlib_bomb_in_it_keeps_it(store: GalleryStore) -> None:
    """The server's bytes are kept as they are; reading them must not blow up."""
    data = with_chunks(png(48, 48), chunk(b"zTXt", b"Comment\x00\x00" + BOMB))
    assert inspect(data).width == 48
    assert thumbnail(data)
    result = ImagesResult(images=(GeneratedImage(data, "png"),))
    (record,) = store.save(Outcome.of(ImageRequest(Endpoint.GENERATIONS, "x"), result))
    assert record.path.read_bytes() == data
    (copy,) = store.export([record.id], store.root / "out")
    assert copy.read_bytes() == data
    (copy,) = store.export([record.id], store.root / "embedded", embed=True)
    assert embedded_module.strip(copy.read_bytes()) == data
    assert embedded_module.read(copy.read_bytes()).studio is not None


def test_one_bad_file_never_aborts_a_batch_nor_leaves_a_file_without_a_row(
    store: GalleryStore, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-good.png").write_bytes(png(20, 20, (1, 1, 1, 255)))
    (folder / "b-bomb.png").write_bytes(
        with_chunks(png(20, 20, (2, 2, 2, 255)), chunk(b"zTXt", b"studio\x00\x00" + BOMB))
    )
    (folder / "c-truncated.png").write_bytes(png(20, 20, (3, 3, 3, 255))[:60])
    (folder / "d-text.png").write_text("not an image")
    (folder / "e-bad-json.png").write_bytes(
        with_chunks(png(20, 20, (5, 5, 5, 255)), studio_text('{"created": "yesterday"}'))
    )
    (folder / "f-good.jpg").write_bytes(png(20, 20, (6, 6, 6, 255), fmt="JPEG"))
    os.mkfifo(folder / "g-pipe.png")  # not walked into: only regular files are
    report = store.import_files([folder, Path("/dev/zero"), tmp_path / "gone.png"])
    assert sorted(p.name for p in report.sources) == [
        "a-good.png",
        "b-bomb.png",
        "e-bad-json.png",
        "f-good.jpg",
    ]
    reasons = {p.name: why for p, why in report.skipped}
    assert reasons == {
        "c-truncated.png": "not an image Studio can read",
        "d-text.png": "not an image Studio can read",
        "zero": "it is a device, not a file",
        "gone.png": "it cannot be read (No such file or directory)",
    }
    assert len(files_under(store.root)) == 4 == store.stats().images
    assert store.check().ok
    assert [r.prompt for r in store.query(Query()).images] == ["", "", "", ""]
