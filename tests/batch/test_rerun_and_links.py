"""Batch images linked to their batch (live and Batch API), the gallery filtered by batch, a batch
run again from its recipe, and journalled edits sent again from their kept inputs: against the
local server over real sockets, into a real gallery."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from studio.api import Endpoint, ImageFile, ImageRequest, ImagesClient
from studio.batch import BatchDraft, BatchRunner, draft_of
from studio.config import Provider
from studio.gallery import GalleryStore, Outcome, Query
from studio.localapi import DEMO_KEY, LocalServer
from tests.conftest import requests_from_now
from tests.images import png

BASE = ImageRequest(
    Endpoint.GENERATIONS, model="gpt-image-2.6-flare", size="1024x1024", quality="low"
)


@pytest.fixture
async def client(local_provider: Provider) -> AsyncIterator[ImagesClient]:
    async with ImagesClient(local_provider, DEMO_KEY) as client:
        yield client


async def test_a_live_run_is_a_batch_its_images_filtered_by_it(
    client: ImagesClient, tmp_path: Path
) -> None:
    draft = BatchDraft("a small {subject}", "fox\nowl", base=BASE, batch_api=False)
    with GalleryStore(tmp_path) as store:
        runner = BatchRunner(client, store, "Local")
        other = await runner.run_live(BatchDraft("a lone {subject}", "hare", base=BASE).expanded())
        report = await runner.run_live(draft.expanded(), recipe=draft.recipe())
        assert report.batch_id.startswith("live-")
        assert report.batch_id != other.batch_id
        record = store.journal.batch(report.batch_id)
        assert record is not None
        assert record.live
        assert record.status == "completed"
        assert record.counts == {"total": 2, "completed": 2, "failed": 0}
        shown = store.query(Query(batch=report.batch_id)).images
        assert sorted(image.prompt for image in shown) == ["a small fox", "a small owl"]
        costs = [store.get(image.id).generation.cost for image in shown]  # type: ignore[union-attr]
        assert None not in costs
        assert record.cost is not None
        assert record.cost == pytest.approx(sum(costs))  # type: ignore[arg-type]
        assert len(store.query(Query()).images) == 3  # the other run is not in this batch
        assert store.facets().batches[:2] == (report.batch_id, other.batch_id)
        status = await runner.refresh(report.batch_id)  # the server never heard of it
        assert (status.status, status.completed) == ("completed", 2)


async def test_a_live_run_left_unfinished_can_be_cancelled(
    client: ImagesClient, tmp_path: Path
) -> None:
    with GalleryStore(tmp_path) as store:
        runner = BatchRunner(client, store, "Local")
        record = runner.start_live(BatchDraft("a {fox|owl}", base=BASE).expanded())
        assert (await runner.refresh(record.id)).status == "in_progress"
        status = await runner.cancel(record.id)  # no server is asked: it never heard of it
        assert (status.status, status.total, status.completed) == ("cancelled", 2, 0)
        assert store.journal.batch(record.id).status == "cancelled"  # type: ignore[union-attr]


async def test_batch_api_results_are_filtered_by_their_batch(
    client: ImagesClient, tmp_path: Path
) -> None:
    draft = BatchDraft("a {red|blue} kite", base=BASE)
    with GalleryStore(tmp_path) as store:
        runner = BatchRunner(client, store, "Local")
        record = await runner.submit(draft.expanded(), draft.recipe())
        await runner.wait(record.id, every=0.05)
        await runner.fetch(record.id)
        await runner.run_live(BatchDraft("a green kite", base=BASE).expanded())
        shown = store.query(Query(batch=record.id)).images
        assert sorted(image.prompt for image in shown) == ["a blue kite", "a red kite"]
        assert store.query(Query(batch="batch_nothing")).images == ()


async def test_a_batch_is_run_again_with_changes(
    client: ImagesClient, tmp_path: Path, local_server: LocalServer
) -> None:
    draft = BatchDraft(
        "a {colour} {thing}",
        "colour,thing\nred,kite\ngreen,boat\n",
        table=True,
        matrix="quality=low,medium",
        base=BASE,
    )
    with GalleryStore(tmp_path) as store:
        runner = BatchRunner(client, store, "Local")
        record = await runner.submit(draft.expanded(), draft.recipe())
        loaded = draft_of(store, store.journal.batch(record.id))  # type: ignore[arg-type]
        assert loaded == draft
        changed = loaded.changed(quality="high", model="gpt-image-2.6-sunburst")
        assert changed.matrix == ""  # the quality no longer varies
        items = changed.expanded()
        assert [item.prompt for item in items] == ["a red kite", "a green boat"]
        assert {(i.request.model, i.request.quality) for i in items} == {
            ("gpt-image-2.6-sunburst", "high")
        }
        received = requests_from_now(local_server)
        report = await runner.run_live(items, recipe=changed.recipe())
        assert report.failed == ()
        assert received() == 2
        again = store.journal.batch(report.batch_id)
        assert again is not None
        assert again.recipe["params"]["quality"] == "high"


async def test_a_batch_recorded_without_a_recipe_runs_again_line_by_line(
    client: ImagesClient, tmp_path: Path
) -> None:
    with GalleryStore(tmp_path) as store:
        runner = BatchRunner(client, store, "Local")
        record = await runner.submit(BatchDraft("a {fox|owl}", base=BASE).expanded())
        loaded = draft_of(store, store.journal.batch(record.id))  # type: ignore[arg-type]
        assert [item.prompt for item in loaded.expanded()] == ["a fox", "a owl"]
        assert loaded.expanded()[0].request.quality == "low"


async def test_an_edit_batch_keeps_its_inputs_and_runs_again_with_them(
    client: ImagesClient, tmp_path: Path, local_server: LocalServer
) -> None:
    picture = ImageFile(png(64, 64, (200, 40, 40, 255)), "picture.png", "png")
    base = replace(BASE, endpoint=Endpoint.EDITS, images=(picture,))
    draft = BatchDraft("make the {thing} blue", "wall\nfloor", base=base)
    with GalleryStore(tmp_path) as store:
        runner = BatchRunner(client, store, "Local")
        record = await runner.submit(draft.expanded(), draft.recipe(store.keep_inputs(draft.base)))
        assert record.endpoint == "edits"
        status = await runner.wait(record.id, every=0.05)
        assert status.counts["completed"] == 2, status
        loaded = draft_of(store, store.journal.batch(record.id))  # type: ignore[arg-type]
        assert loaded.base.endpoint is Endpoint.EDITS
        assert [image.data for image in loaded.base.images] == [picture.data]


async def test_an_interrupted_edit_is_sent_again_with_its_kept_inputs(
    client: ImagesClient, tmp_path: Path
) -> None:
    picture = ImageFile(png(64, 64, (10, 120, 200, 255)), "picture.png", "png")
    mask = ImageFile(png(64, 64, (0, 0, 0, 0)), "mask.png", "png")
    request = replace(
        BASE, endpoint=Endpoint.EDITS, prompt="a boat", images=(picture,), mask=mask, size=None
    )
    with GalleryStore(tmp_path) as store:
        entry = store.journal.begin(
            provider="Local",
            model=request.model_name,
            endpoint=request.endpoint.value,
            prompt=request.prompt,
            params=request.parameters(),
            estimate=0.01,
            inputs=store.keep_inputs(request),
        )
        store.journal.failed(entry, "The connection broke.", may_be_billed=True)
    with GalleryStore(tmp_path) as store:  # another session: a restart
        (kept,) = store.journal.entries()
        again = store.journalled_request(kept)
        assert again.images[0].data == picture.data
        assert again.mask is not None
        assert again.mask.data == mask.data
        assert again.prompt == "a boat"
        assert again.quality == "low"
        result = await client.send(again)
        (saved,) = store.save(Outcome.of(again, result, provider="Local"))
        assert [role for role, _ in store.inputs_of(saved.generation.id)] == ["image", "mask"]
