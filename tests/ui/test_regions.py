"""Several regions, each with its own instruction, painted with the mouse and sent to the local
server both ways: merged into one request, or one after another from each result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.config import Paths
from studio.core import JobState
from studio.core.edit_session import RegionRun
from studio.gallery import GalleryStore
from studio.ui import MainWindow
from studio.ui.paint_canvas import Tool
from tests.images import opened
from tests.inbox import RecordingServer
from tests.ui.conftest import Workspace, choose, finished, type_prompt, until
from tests.ui.test_editing import at, drag, image_file, open_for_editing


async def paint_two_regions(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    choose(window.params.model, "gpt-image-2.6-flare")
    canvas = await open_for_editing(window, image_file(tmp_path, size=(512, 384)))
    editor = window.editor
    editor.set_tool(Tool.RECTANGLE)
    drag(qtbot, canvas, at(canvas, 10, 10), at(canvas, 120, 100))  # top left
    panel = editor.regions_panel
    assert not panel.isVisible()  # one region: nothing to tell apart yet
    add = editor.options.widgetForAction(editor.add_region_action)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert editor.session.active_region == 2
    assert panel.run.isVisible()
    drag(qtbot, canvas, at(canvas, 400, 300), at(canvas, 500, 370))  # bottom right
    qtbot.keyClicks(panel.row(1).instruction, "a red door")
    qtbot.keyClicks(panel.row(2).instruction, "a snowman")
    assert [r.instruction for r in editor.session.regions] == ["a red door", "a snowman"]
    type_prompt(window, qtbot, "a winter morning")


async def test_regions_merged_go_in_one_request_naming_each_region(
    recorded: Workspace, recording_server: RecordingServer, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = recorded
    await paint_two_regions(window, qtbot, tmp_path)
    assert "in 2 regions, in one request" in window.prompt.mode.text()
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    await until(lambda: queue.jobs)
    await finished(queue)
    (job,) = queue.jobs
    assert job.state is JobState.DONE, job.message
    (sent,) = recording_server.received
    assert sent.fields["prompt"].splitlines() == [
        "a winter morning",
        "In region 1 (pink, at the top left): a red door",
        "In region 2 (blue, at the bottom right): a snowman",
    ]
    alpha = opened(sent.files["mask"][0]).convert("RGBA").getchannel("A")
    assert alpha.getpixel((60, 50)) == 0
    assert alpha.getpixel((450, 330)) == 0
    assert alpha.getpixel((300, 200)) == 255


async def test_regions_one_after_another_each_from_the_last_result(
    recorded: Workspace, recording_server: RecordingServer, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = recorded
    await paint_two_regions(window, qtbot, tmp_path)
    panel = window.editor.regions_panel
    panel.run.setCurrentIndex(panel.run.findData(RegionRun.ONE_AFTER_ANOTHER))
    assert window.editor.session.region_run is RegionRun.ONE_AFTER_ANOTHER
    assert "one after another" in window.prompt.mode.text()
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    await until(lambda: len(queue.jobs) == 2 and all(j.state.finished for j in queue.jobs))
    await finished(queue)
    first, second = queue.jobs
    assert first.state is second.state is JobState.DONE, (first.message, second.message)
    one, two = recording_server.received
    assert one.fields["prompt"] == "a winter morning\na red door"
    assert two.fields["prompt"] == "a winter morning\na snowman"
    first_mask = opened(one.files["mask"][0]).convert("RGBA").getchannel("A")
    second_mask = opened(two.files["mask"][0]).convert("RGBA").getchannel("A")
    assert first_mask.getpixel((60, 50)) == 0
    assert first_mask.getpixel((450, 330)) == 255
    assert second_mask.getpixel((60, 50)) == 255
    assert second_mask.getpixel((450, 330)) == 0
    assert second.parents == (first.image_ids[0],)
    with GalleryStore(Paths.from_environment().data) as store:
        first_kept = store.get(first.image_ids[0])
        assert first_kept is not None
        # The second edit started from the first one's kept result, byte for byte.
        assert two.files["image"][0] == first_kept.path.read_bytes()
        ancestors = [record.id for record, _ in store.lineage(second.image_ids[0]).ancestors]
    assert first.image_ids[0] in ancestors
    await until(lambda: "All 2 regions were edited" in window.notices.label.text())
