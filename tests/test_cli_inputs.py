"""``studio edit|vary`` inputs: checked before they are read, phone photos converted."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from studio import cli
from studio.localapi import LocalServer
from tests.imaging.test_reading import heic


@pytest.fixture(autouse=True)
def key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-studiotest-cli")


def test_a_heic_photo_is_sent_as_jpeg_and_the_conversion_said(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    photo = tmp_path / "IMG_0042.HEIC"
    photo.write_bytes(heic(96, 64))
    out = str(tmp_path / "out")
    code = cli.main(
        [
            "edit",
            "add a hat",
            "--image",
            str(photo),
            "--out",
            out,
            "--base-url",
            local_server.base_url,
        ]
    )
    err = capsys.readouterr().err
    assert code == 0, err
    assert "studio: IMG_0042.HEIC was converted from HEIF to JPEG." in err
    assert len(list((tmp_path / "out").iterdir())) == 1


@pytest.mark.parametrize("kind", ["device", "pipe", "huge"])
def test_an_input_that_is_no_regular_file_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path, kind: str
) -> None:
    path = Path("/dev/zero")
    if kind == "pipe":
        path = tmp_path / "pipe.png"
        os.mkfifo(path)
    elif kind == "huge":
        path = tmp_path / "huge.png"
        with path.open("wb") as stream:
            stream.truncate(400 * 1024 * 1024)
    started = time.monotonic()
    code = cli.main(["vary", "--image", str(path), "--base-url", local_server.base_url])
    err = capsys.readouterr().err
    assert time.monotonic() - started < 5
    assert code == 2
    reason = {"device": "a device", "pipe": "a named pipe", "huge": "419 MB"}[kind]
    assert err.startswith(f"studio: Cannot read {path}: it is ")
    assert reason in err
