"""What a save keeps: the exact bytes, everything known about the request, inputs, lineage."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.api import Endpoint, GeneratedImage, ImageFile, ImageRequest, ImagesResult
from studio.gallery import GalleryStore, Kind, Outcome, Status
from studio.imaging import inspect
from tests.gallery.conftest import edit, generate, with_c2pa
from tests.images import mask, png


def test_the_bytes_are_kept_exactly_as_the_api_returned_them(store: GalleryStore) -> None:
    signed = with_c2pa(png(64, 64))
    request = ImageRequest(Endpoint.GENERATIONS, "signed")
    (record,) = store.save(Outcome.of(request, ImagesResult((GeneratedImage(signed, "png"),))))
    assert record.path.read_bytes() == signed
    assert b"caBX" in record.path.read_bytes()
    assert (record.format, record.width, record.height) == ("png", 64, 64)


def test_everything_about_the_request_is_kept(store: GalleryStore) -> None:
    first, second = generate(
        store, colours=((1, 2, 3, 255), (4, 5, 6, 255)), quality="medium", size="1024x1024"
    )
    generation = first.generation
    assert second.generation == generation
    assert (first.index, second.index) == (0, 1)
    assert generation.kind is Kind.GENERATION
    assert generation.params == {
        "prompt": "a red fox in the snow",
        "model": "gpt-image-1.5",
        "n": 2,
        "size": "1024x1024",
        "quality": "medium",
        "endpoint": "generations",
    }
    assert (generation.provider, generation.request_id, generation.duration) == (
        "OpenAI",
        "req_test",
        2.5,
    )
    assert generation.usage is not None
    assert generation.usage.output_tokens == 1056
    # 12 text tokens at $5/M and 1056 output tokens at $32/M
    assert generation.cost == pytest.approx((12 * 5 + 1056 * 32) / 1e6)


def test_a_thumbnail_is_kept_small(store: GalleryStore) -> None:
    (record,) = store.save(
        Outcome.of(
            ImageRequest(Endpoint.GENERATIONS, "big"),
            ImagesResult((GeneratedImage(png(1536, 1024), "png"),)),
        )
    )
    preview = store.thumbnails([record.id])[record.id]
    info = inspect(preview)
    assert (info.format, max(info.width, info.height)) == ("webp", 256)
    assert len(preview) < 20_000


def test_an_unknown_price_stays_unknown(store: GalleryStore) -> None:
    (record,) = generate(store, model="gpt-image-2")
    assert record.generation.cost is None


def test_inputs_from_outside_are_stored_once_by_content(store: GalleryStore) -> None:
    outside = png(64, 64, (9, 9, 9, 255))
    hole = mask(64, 64, (0, 0, 10, 10))
    for prompt in ("first", "second"):
        request = ImageRequest(
            Endpoint.EDITS,
            prompt,
            images=(ImageFile.from_bytes(outside, "mine.png"),),
            mask=ImageFile.from_bytes(hole, "mask.png"),
        )
        (made,) = store.save(
            Outcome.of(request, ImagesResult((GeneratedImage(png(64, 64), "png"),)))
        )
    inputs = store.inputs_of(made.generation.id)
    assert [role for role, _ in inputs] == ["image", "mask"]
    assert inputs[0][1].read_bytes() == outside
    stored = list((store.root / "inputs").iterdir())
    assert len(stored) == 2  # the image and the mask, once each for both edits


def test_lineage_runs_both_ways_over_generations(store: GalleryStore) -> None:
    (origin,) = generate(store)
    (child,) = edit(store, origin.path.read_bytes(), colour=(1, 1, 1, 255), parents=(origin.id,))
    (grandchild,) = edit(store, child.path.read_bytes(), colour=(2, 2, 2, 255), parents=(child.id,))
    (variation,) = store.save(
        Outcome.of(
            ImageRequest(Endpoint.VARIATIONS, images=(ImageFile.from_bytes(png(8, 8)),)),
            ImagesResult((GeneratedImage(png(8, 8, (7, 7, 7, 255)), "png"),)),
            parents=(grandchild.id,),
        )
    )
    family = store.lineage(child.id)
    assert [(r.id, d) for r, d in family.ancestors] == [(origin.id, 1)]
    assert [(r.id, d) for r, d in family.descendants] == [(grandchild.id, 1), (variation.id, 2)]
    assert [(r.id, d) for r, d in store.lineage(variation.id).ancestors] == [
        (grandchild.id, 1),
        (child.id, 2),
        (origin.id, 3),
    ]
    assert variation.generation.kind is Kind.VARIATION


def test_a_kept_partial_is_marked_and_costs_nothing_known(store: GalleryStore) -> None:
    (record,) = store.save(
        Outcome(
            ImageRequest(Endpoint.GENERATIONS, "cut short"),
            (GeneratedImage(png(32, 32), "png"),),
            status=Status.PARTIAL,
        )
    )
    assert record.generation.status is Status.PARTIAL
    assert record.generation.cost is None


def test_the_folder_holds_only_named_files(store: GalleryStore, tmp_path: Path) -> None:
    (record,) = generate(store)
    assert record.path.name == f"{record.sha256}.png"
    assert not list((store.root / ".incoming").iterdir())


def test_lineage_is_the_request_s_parents_never_images_with_the_same_bytes(
    store: GalleryStore,
) -> None:
    (first,) = generate(store, "a red fox")
    (twin,) = generate(store, "the same red fox again")  # the very same pixels
    assert twin.sha256 == first.sha256
    (hat,) = edit(store, first.path.read_bytes(), parents=(first.id,))
    assert [r.id for r, _ in store.lineage(hat.id).ancestors] == [first.id]
    assert store.lineage(twin.id).descendants == ()
    (pasted,) = edit(store, first.path.read_bytes(), "pasted, from nowhere known")
    assert store.lineage(pasted.id).ancestors == ()
