"""Variations in the window: the variations endpoint where the model makes them, otherwise an
edit with a built-in instruction, labelled as a variation in the jobs and the gallery."""

from __future__ import annotations

from pathlib import Path

from studio.api import Endpoint
from studio.config import Paths
from studio.core import VARIATION_INSTRUCTION, JobState
from studio.gallery import GalleryStore, Kind
from tests.images import png
from tests.ui.conftest import Workspace, choose, finished, until


async def test_variations_on_openai_are_an_edit_labelled_as_variations(
    openai_workspace: Workspace, tmp_path: Path
) -> None:
    window, _, queue = openai_workspace
    (tmp_path / "cat.png").write_bytes(png(400, 300))
    with GalleryStore(Paths.from_environment().data) as store:
        (source,) = store.import_files([tmp_path / "cat.png"]).imported
    await window._show_gallery_image(source.id)
    choose(window.params.model, "gpt-image-2.6-flare")
    window.params.count.setValue(1)
    assert window.vary_action.isEnabled()
    assert "made by an edit with gpt-image-2.6-flare" in window.vary_action.toolTip()
    window.vary_action.trigger()
    await until(lambda: queue.jobs)
    (job,) = queue.jobs
    # What goes to the server: an edit of the image with the instruction, on the chosen model
    # (the server would refuse a variation from a GPT image model).
    assert job.request.endpoint is Endpoint.EDITS
    assert job.request.model == "gpt-image-2.6-flare"
    assert job.request.prompt == VARIATION_INSTRUCTION
    assert job.request.images[0].dimensions == (400, 300)
    row = window.jobs.row(job)
    assert row.title.text() == f"Variation of image {source.id}"
    await finished(queue)
    assert job.state is JobState.DONE, job.message
    with GalleryStore(Paths.from_environment().data) as store:
        record = store.get(job.image_ids[0])
        assert record is not None
        assert record.generation.kind is Kind.VARIATION
        assert record.generation.params["endpoint"] == "edits"
        assert record.generation.cost  # the edit was priced like any request
        assert source.id in [parent.id for parent, _ in store.lineage(record.id).ancestors]
    assert window.prompt.recent.findData(VARIATION_INSTRUCTION) < 0  # not a prompt of theirs


async def test_a_true_variation_is_titled_by_its_source_in_jobs_and_details(
    retired_workspace: Workspace, tmp_path: Path
) -> None:
    window, _, queue = retired_workspace
    (tmp_path / "dog.png").write_bytes(png(256, 256))
    await window._open_file(tmp_path / "dog.png")
    choose(window.params.model, "dall-e-2")
    choose(window.params.size, "256x256")
    window.params.count.setValue(1)
    window.vary_action.trigger()
    await until(lambda: queue.jobs)
    (job,) = queue.jobs
    assert job.request.endpoint is Endpoint.VARIATIONS
    assert window.jobs.row(job).title.text() == "Variation of dog.png"
    await finished(queue)
    assert job.state is JobState.DONE, job.message
    window.show_gallery()
    window.gallery.select_image(job.image_ids[0])
    details = window.gallery.details
    await until(lambda: details.record is not None and details.record.id == job.image_ids[0])
    assert details.prompt.text() == "A variation (variations take no prompt)"
