"""``studio gallery ...`` on a damaged database, and importing files that are not what they seem:
a sentence and a sensible exit code, never a traceback."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from studio import cli
from studio.config import Paths
from tests.gallery.damage import damage_page, gallery_of
from tests.images import png


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["search", "fox"],
        ["show", "12"],
        ["export", "12", "--out", "{tmp}/out"],
        ["import", "{tmp}/new.png"],
        ["stats"],
        ["check"],
    ],
)
def test_no_gallery_command_dies_of_a_damaged_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    root = Paths.from_environment().data
    gallery_of(root, 30)
    damage_page(root)
    (tmp_path / "new.png").write_bytes(png(40, 40, (1, 2, 3, 255)))
    argv = [part.format(tmp=tmp_path) for part in command]
    code, out, err = run(capsys, "gallery", *argv)
    assert "Traceback" not in out + err
    assert code == 0, err  # the command was done on the rebuilt gallery, if it met the damage
    said = out + err
    code, out, err = run(capsys, "gallery", "check")  # finds what the command did not meet
    assert code == 0, out + err
    assert out.splitlines()[-1].startswith(
        ("The gallery is consistent.", "The gallery was repaired and is consistent now")
    )
    assert "set aside as gallery.db.damaged-" in said + out + err
    code, out, _ = run(capsys, "gallery", "list", "--json", "--limit", "100")
    assert len(out.splitlines()) >= 30


def test_check_reports_the_damage_it_repairs_and_exits_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = Paths.from_environment().data
    gallery_of(root, 30)
    damage_page(root, "thumbnails")
    code, out, err = run(capsys, "gallery", "check")
    assert code == 0, out + err
    assert "rebuilt from the image files: 30 image(s) recovered" in out
    assert err == ""  # said once, on stdout
    assert out.count("set aside as") == 1
    assert out.splitlines()[-1] == (
        "The gallery was repaired and is consistent now; nothing was lost."
    )


def test_check_says_what_a_repair_lost(capsys: pytest.CaptureFixture[str]) -> None:
    root = Paths.from_environment().data
    gallery_of(root, 30)
    damage_page(root)  # a page of image rows: their prompts and settings are gone
    code, out, err = run(capsys, "gallery", "check")
    assert code == 0, out + err
    assert err == ""
    assert out.count("set aside as") == 1
    verdict = re.fullmatch(
        r"The gallery was repaired and is consistent now; (\d+) images kept their pixels but "
        r"lost their prompt and settings\.",
        out.splitlines()[-1],
    )
    assert verdict is not None, out
    code, out, _ = run(capsys, "gallery", "search", "fox", "--json")
    assert len(out.splitlines()) == 30 - int(verdict[1])
    code, out, err = run(capsys, "gallery", "check")
    assert (code, out, err) == (0, "The gallery is consistent.\n", "")


def test_import_gives_each_file_its_own_outcome_and_exits_1_when_any_failed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.png"
    good.write_bytes(png(30, 30, (5, 6, 7, 255)))
    pipe = tmp_path / "pipe.png"
    os.mkfifo(pipe)
    huge = tmp_path / "huge.png"
    with huge.open("wb") as stream:
        stream.truncate(400 * 1024 * 1024)  # sparse: 400 MB on paper, nothing on disk
    code, out, err = run(
        capsys, "gallery", "import", str(good), str(pipe), str(huge), "/dev/zero", str(good)
    )
    assert code == 1
    assert f"imported {good} as image 1" in out
    assert f"already in the gallery: {good}" in out
    assert f"skipped {pipe}: it is a named pipe, not a file" in err
    assert f"skipped {huge}: it is 419 MB, more than the 134 MB" in err
    assert "skipped /dev/zero: it is a device, not a file" in err
    code, out, _ = run(capsys, "gallery", "import", str(good))
    assert (code, out.strip()) == (0, f"already in the gallery: {good}")
    code, out, _ = run(capsys, "gallery", "list", "--json")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1]
