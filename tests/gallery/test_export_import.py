"""Exported copies carry their metadata; imports read it back; the key never leaves."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
from PIL import Image

from studio.api import Endpoint, GeneratedImage, ImageRequest, ImagesResult
from studio.gallery import GalleryStore, Kind, Outcome, Query
from studio.gallery.embedded import has_provenance, read
from studio.gallery.sidecars import paths_for
from tests.conftest import TEST_KEY_PREFIX
from tests.gallery.conftest import edit, generate, with_c2pa
from tests.images import opened, png


def test_a_png_copy_carries_parameters_other_tools_read(
    store: GalleryStore, tmp_path: Path
) -> None:
    (record,) = generate(store, "a red fox", quality="medium")
    store.add_tag(record.id, "fox")
    (copy,) = store.export([record.id], tmp_path / "out", embed=True)
    parameters = opened(copy.read_bytes()).info["parameters"]
    prompt, settings = parameters.split("\n")
    assert prompt == "a red fox"
    assert "Model: gpt-image-1.5" in settings
    assert "Size: 96x64" in settings
    described = json.loads(opened(copy.read_bytes()).info["studio"])
    assert described["tags"] == ["fox"]
    assert described["request_id"] == "req_test"


def test_jpeg_and_webp_copies_carry_it_as_xmp(store: GalleryStore, tmp_path: Path) -> None:
    for fmt, pil in (("jpeg", "JPEG"), ("webp", "WEBP")):
        out = io.BytesIO()
        Image.new("RGB", (40, 30), (5, 6, 7)).save(out, pil)
        (record,) = store.save(
            Outcome.of(
                ImageRequest(Endpoint.GENERATIONS, f"a {fmt} kite"),
                ImagesResult((GeneratedImage(out.getvalue(), fmt),)),
            )
        )
        (copy,) = store.export([record.id], tmp_path / fmt, embed=True)
        found = read(copy.read_bytes())
        assert found.parameters is not None
        assert found.parameters.startswith(f"a {fmt} kite\n")
        assert json.loads(found.studio or "{}")["prompt"] == f"a {fmt} kite"
        assert opened(copy.read_bytes()).size == (40, 30)


def test_provenance_survives_export(store: GalleryStore, tmp_path: Path) -> None:
    signed = with_c2pa(png(64, 64))
    (record,) = store.save(
        Outcome.of(
            ImageRequest(Endpoint.GENERATIONS, "signed"),
            ImagesResult((GeneratedImage(signed, "png"),)),
        )
    )
    for embed in (False, True):
        (copy,) = store.export([record.id], tmp_path / str(embed), embed=embed)
        assert b"caBX" in copy.read_bytes()


def test_no_key_is_ever_exported(store: GalleryStore, tmp_path: Path) -> None:
    (record,) = generate(store, "a fox")
    store.export([record.id], tmp_path / "out" / "beside")
    store.export([record.id], tmp_path / "out" / "inside", embed=True)
    for written in tmp_path.glob("out/*/*"):
        assert TEST_KEY_PREFIX.encode() not in written.read_bytes()
        assert b"Bearer" not in written.read_bytes()


def test_import_restores_what_another_gallery_knew(tmp_path: Path) -> None:
    with GalleryStore(tmp_path / "first") as first:
        (origin,) = generate(first, "a red fox")
        (child,) = edit(first, origin.path.read_bytes(), parents=(origin.id,))
        first.set_notes(child.id, "hat")
        copies = first.export([origin.id, child.id], tmp_path / "out")
    (tmp_path / "out" / "notes.txt").write_text("not an image")
    with GalleryStore(tmp_path / "second") as second:
        report = second.import_files([tmp_path / "out", tmp_path / "missing.png"])
        restored = {r.sha256: r for r in report.imported}
        assert set(restored) == {origin.sha256, child.sha256}
        fox = restored[origin.sha256]
        assert (fox.prompt, fox.model, fox.generation.kind) == (
            "a red fox",
            "gpt-image-1.5",
            Kind.GENERATION,
        )
        assert fox.generation.request_id == "req_test"
        assert fox.path.read_bytes() == origin.path.read_bytes()  # exactly the original bytes
        assert restored[child.sha256].generation.kind is Kind.EDIT
        reasons = dict((path.name, reason) for path, reason in report.skipped)
        assert reasons == {
            "notes.txt": "not an image Studio can read",
            "missing.png": "it cannot be read (No such file or directory)",
        }
        again = second.import_files(copies)
        assert (again.already, again.skipped) == (tuple(copies), ())


def test_plain_files_import_as_imports(store: GalleryStore, tmp_path: Path) -> None:
    (tmp_path / "holiday.png").write_bytes(png(30, 20))
    (record,) = store.import_files([tmp_path / "holiday.png"]).imported
    assert record.generation.kind is Kind.IMPORT
    assert (record.width, record.height) == (30, 20)


def test_content_credentials_are_recognised_in_each_container() -> None:
    plain = png(8, 8)
    assert not has_provenance(plain)
    assert has_provenance(with_c2pa(plain))
    jpeg = png(8, 8, fmt="JPEG")
    jumbf = b"JP\x00\x01\x00\x00\x00\x01jumbc2pa"
    segment = b"\xff\xeb" + (2 + len(jumbf)).to_bytes(2, "big") + jumbf
    assert has_provenance(jpeg[:2] + segment + jpeg[2:])
    assert not has_provenance(jpeg)


def test_a_second_export_never_replaces_the_first(store: GalleryStore, tmp_path: Path) -> None:
    (record,) = generate(store, "a red fox")
    out = tmp_path / "out"
    (first,) = store.export([record.id], out)
    before = first.read_bytes()
    (second,) = store.export([record.id], out, embed=True)
    assert second != first
    assert first.read_bytes() == before  # the earlier export is left as it was
    assert json.loads(read(second.read_bytes()).studio or "{}")["prompt"] == "a red fox"
    (third,) = store.export([record.id], out)
    assert len({first, second, third}) == 3
    for image in (first, third):  # each copy's sidecars are named after it and describe it
        beside_json, beside_xmp = paths_for(image)
        assert json.loads(beside_json.read_text())["sha256"] == record.sha256
        assert beside_xmp.is_file()
    assert not paths_for(second)[0].exists()


def test_export_as_replaces_and_rewrites_the_sidecars(store: GalleryStore, tmp_path: Path) -> None:
    (fox,) = generate(store, "a red fox")
    (owl,) = generate(store, "an owl", colours=((0, 90, 0, 255),))
    target = tmp_path / "chosen.png"
    store.export_as(fox.id, target)
    store.export_as(owl.id, target)  # the user confirmed replacing it in the save dialog
    assert target.read_bytes() == owl.path.read_bytes()
    assert json.loads(paths_for(target)[0].read_text())["sha256"] == owl.sha256
    assert "an owl" in paths_for(target)[1].read_text()
    store.export_as(fox.id, target, embed=True)  # inside now: no sidecar may still say owl
    assert not any(path.exists() for path in paths_for(target))


def test_import_keeps_when_the_image_was_made(tmp_path: Path) -> None:
    three_days_ago = time.time() - 3 * 86_400
    with GalleryStore(tmp_path / "first") as first:
        (made,) = first.save(
            Outcome.of(
                ImageRequest(Endpoint.GENERATIONS, "an old fox"),
                ImagesResult((GeneratedImage(png(30, 20), "png"),)),
                created=three_days_ago,
            )
        )
        (beside,) = first.export([made.id], tmp_path / "beside")
        (inside,) = first.export([made.id], tmp_path / "inside", embed=True)
    for copy in (beside, inside):
        with GalleryStore(tmp_path / f"second-{copy.parent.name}") as second:
            (record,) = second.import_files([copy]).imported
            assert record.created == pytest.approx(three_days_ago, abs=1), copy.parent.name
            assert record.generation.created == pytest.approx(three_days_ago, abs=1)
            week = second.query(Query(since=three_days_ago - 60, until=three_days_ago + 60))
            assert [r.id for r in week.images] == [record.id]  # found by when it was made
    (tmp_path / "later.png").write_bytes(png(30, 20, (1, 2, 3, 255)))
    with GalleryStore(tmp_path / "third") as third:
        (plain,) = third.import_files([tmp_path / "later.png"]).imported
        assert plain.created >= three_days_ago + 86_400  # no metadata: the file's own time
