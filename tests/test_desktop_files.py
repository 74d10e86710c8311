"""The desktop entry, AppStream metadata and icon a packager installs: valid and found."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studio.app import DESKTOP_ID
from studio.config import resource
from studio.ui.app_icon import app_icon

RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:  # .ci/run installs both; a developer's machine may lack them
        pytest.skip(f"{name} is not installed")
    return found


def test_the_desktop_entry_validates() -> None:
    entry = RESOURCES / f"{DESKTOP_ID}.desktop"
    done = subprocess.run(
        [validator("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Icon={DESKTOP_ID}" in entry.read_text()


def test_the_appstream_metadata_validates() -> None:
    metainfo = RESOURCES / f"{DESKTOP_ID}.metainfo.xml"
    done = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f'<launchable type="desktop-id">{DESKTOP_ID}.desktop</launchable>' in (
        metainfo.read_text()
    )


def test_the_icon_is_found_in_every_size(qtbot: QtBot) -> None:
    assert resource("icons/studio.svg").is_file()
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
