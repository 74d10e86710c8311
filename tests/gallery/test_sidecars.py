"""Exports keep the API's bytes (and their credentials) with the metadata beside them; imports
read it back from there, trusting none of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.api import Endpoint, GeneratedImage, ImageRequest, ImagesResult
from studio.gallery import GalleryStore, Kind, Outcome, Validity, read_credentials
from studio.gallery.embedded import read, xmp_packet, xmp_values
from studio.gallery.sidecars import paths_for
from studio.localapi import LocalServer
from tests.gallery.conftest import from_local_server, generate
from tests.images import png


@pytest.fixture
async def signed_record(store: GalleryStore, local_server: LocalServer):  # type: ignore[no-untyped-def]
    data = await from_local_server(local_server.base_url, "a signed owl")
    request = ImageRequest(Endpoint.GENERATIONS, "a signed owl", model="gpt-image-1.5")
    (record,) = store.save(
        Outcome.of(request, ImagesResult((GeneratedImage(data, "png"),)), provider="Local")
    )
    return record


def test_an_export_keeps_the_bytes_and_writes_json_and_xmp_beside(
    store: GalleryStore,
    signed_record,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    (copy,) = store.export([signed_record.id], tmp_path)
    assert copy.name == f"studio-{signed_record.id}.png"
    assert copy.read_bytes() == signed_record.path.read_bytes()
    assert read_credentials(copy.read_bytes()).validity is Validity.VALID
    json_path, xmp_path = paths_for(copy)
    assert json_path.name == f"{copy.name}.json"
    assert xmp_path.name == f"studio-{signed_record.id}.xmp"
    described = json.loads(json_path.read_text())
    assert (described["prompt"], described["model"]) == ("a signed owl", "gpt-image-1.5")
    packet = xmp_path.read_bytes()
    assert packet.startswith(b"<?xpacket begin=")
    from_xmp = xmp_values(packet)
    assert from_xmp.parameters is not None
    assert from_xmp.parameters.startswith("a signed owl\n")
    assert json.loads(from_xmp.studio or "{}") == described


def test_embedding_is_a_choice_that_breaks_the_credentials(
    store: GalleryStore,
    signed_record,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    (copy,) = store.export([signed_record.id], tmp_path, embed=True)
    assert read(copy.read_bytes()).parameters.startswith("a signed owl\n")  # type: ignore[union-attr]
    assert read_credentials(copy.read_bytes()).validity is Validity.TAMPERED
    assert not any(path.exists() for path in paths_for(copy))


def test_export_as_names_the_copy_and_its_sidecars(store: GalleryStore, tmp_path: Path) -> None:
    (record,) = generate(store, "a named fox")
    target = store.export_as(record.id, tmp_path / "fox.png")
    assert target.read_bytes() == record.path.read_bytes()
    assert (tmp_path / "fox.png.json").is_file()
    assert (tmp_path / "fox.xmp").is_file()


def test_import_reads_each_kind_of_sidecar(tmp_path: Path) -> None:
    with GalleryStore(tmp_path / "first") as first:
        (fox,) = generate(first, "a red fox")
        (copy,) = first.export([fox.id], tmp_path / "out")
    json_path, xmp_path = paths_for(copy)
    description = json_path.read_text()
    cases = {
        "a.png.json": ("a.png", description),
        "b.json": ("b.png", description),
        "c.xmp": ("c.png", xmp_path.read_text()),
        "d.png.xmp": ("d.png", xmp_path.read_text()),
    }
    for number, (sidecar, (image, text)) in enumerate(cases.items()):
        folder = tmp_path / f"case{number}"
        folder.mkdir()
        (folder / image).write_bytes(copy.read_bytes())
        (folder / sidecar).write_text(text)
        with GalleryStore(tmp_path / f"gallery{number}") as gallery:
            report = gallery.import_files([folder / image])
            (record,) = report.imported
            assert (record.prompt, record.model) == ("a red fox", "gpt-image-1.5"), sidecar
            assert record.generation.kind is Kind.GENERATION
            assert record.path.read_bytes() == copy.read_bytes()


def test_a_folder_import_takes_sidecars_as_metadata_not_as_files(
    store: GalleryStore, tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.png").write_bytes(png(20, 20))
    (tmp_path / "in" / "x.png.json").write_text(json.dumps({"prompt": "beside"}))
    (tmp_path / "in" / "x.xmp").write_text("<x/>")
    (tmp_path / "in" / "notes.json").write_text("{}")
    report = store.import_files([tmp_path / "in"])
    assert [record.prompt for record in report.imported] == ["beside"]
    assert [path.name for path, _ in report.skipped] == ["notes.json"]


def test_sidecar_content_is_untrusted(store: GalleryStore, tmp_path: Path) -> None:
    hostile = {
        "prompt": ["not", "text"],
        "model": "gpt-image-1.5",
        "kind": "generation",
        "cost": "free",
        "usage": "lots",
        "duration": True,
        "created": 1_700_000_000,
        "unknown": "dropped",
    }
    (tmp_path / "a.png").write_bytes(png(20, 20))
    (tmp_path / "a.png.json").write_text(json.dumps(hostile))
    (tmp_path / "b.png").write_bytes(png(21, 20))
    (tmp_path / "b.png.json").write_text(json.dumps({"prompt": "x" * (2 * 1024 * 1024)}))
    (tmp_path / "c.png").write_bytes(png(22, 20))
    (tmp_path / "c.png.json").write_text("[1, 2, 3]")
    (tmp_path / "d.png").write_bytes(png(23, 20))
    (tmp_path / "d.xmp").write_bytes(xmp_packet("an xmp prompt\nModel: m", "not json"))
    report = store.import_files([tmp_path / name for name in ("a.png", "b.png", "c.png", "d.png")])
    a, b, c, d = report.imported
    assert (a.prompt, a.model, a.generation.cost, a.generation.usage) == (
        "",
        "gpt-image-1.5",
        None,
        None,
    )
    assert a.generation.created == 1_700_000_000
    assert (b.prompt, b.generation.kind) == ("", Kind.IMPORT)  # too large to be ours: ignored
    assert (c.prompt, c.generation.kind) == ("", Kind.IMPORT)
    assert d.prompt == "an xmp prompt"


def test_a_file_with_its_own_metadata_wins_over_a_sidecar(
    store: GalleryStore, tmp_path: Path
) -> None:
    (fox,) = generate(store, "inside the file")
    (copy,) = store.export([fox.id], tmp_path / "out", embed=True)
    copy.with_name(copy.name + ".json").write_text(json.dumps({"prompt": "beside"}))
    with GalleryStore(tmp_path / "second") as second:
        (record,) = second.import_files([copy]).imported
    assert record.prompt == "inside the file"
