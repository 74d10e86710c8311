"""Files opened in the window to edit: pipes, devices and huge files refused with a reason;
a phone's HEIC photo opened and sent as JPEG, the conversion said."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.api import Endpoint
from tests.imaging.test_reading import heic
from tests.ui.conftest import Workspace, choose, finished, type_prompt, until


async def test_a_pipe_a_device_and_a_huge_file_are_refused_with_a_reason(
    workspace: Workspace, tmp_path: Path
) -> None:
    window = workspace[0]
    pipe = tmp_path / "pipe.png"
    os.mkfifo(pipe)
    huge = tmp_path / "huge.png"
    with huge.open("wb") as stream:
        stream.truncate(400 * 1024 * 1024)
    for path, reason in (
        (pipe, "it is a named pipe, not a file"),
        (Path("/dev/zero"), "it is a device, not a file"),
        (huge, "it is 419 MB, more than the 134 MB Studio reads"),
    ):
        await window._add_files([path])
        assert f"{path.name} could not be opened: {reason}" in window.notices.label.text()
        await window._open_file(path)
        assert f"{path.name} could not be opened: {reason}" in window.notices.label.text()
    assert not window.editor.editing


async def test_a_heic_photo_is_edited_as_a_jpeg(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    window, _, queue = workspace
    choose(window.params.model, "gpt-image-1.5")
    photo = tmp_path / "IMG_0007.HEIC"
    photo.write_bytes(heic(320, 240))
    await window._add_files([photo])
    assert window.editor.editing
    assert (window.editor.inputs[0].width, window.editor.inputs[0].height) == (320, 240)
    type_prompt(window, qtbot, "add a hat")
    qtbot.mouseClick(window.prompt.generate, Qt.MouseButton.LeftButton)
    await until(lambda: queue.jobs)
    (job,) = queue.jobs
    assert job.request.endpoint is Endpoint.EDITS
    assert job.request.images[0].format == "jpeg"
    assert job.request.images[0].filename == "IMG_0007.jpg"
    assert "IMG_0007.HEIC was converted from HEIF to JPEG." in window.notices.label.text()
    await finished(queue)
    assert job.state.finished
