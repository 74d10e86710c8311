"""What ``studio generate`` does with what comes back from a server that misbehaves: no junk
saved under an image's name, no file replaced, no paid image lost, and messages that say
exactly what was kept where."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio import cli
from studio.api import sniff
from studio.config import Paths
from studio.gallery import GalleryStore, Query, Status
from studio.localapi import Fault, FaultKind, FaultPlan, LocalServer


@pytest.fixture(autouse=True)
def key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-studiotest-cli")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def gallery(trashed: bool = False) -> list:
    with GalleryStore(Paths.from_environment().data) as store:
        return list(store.query(Query(trashed=trashed), limit=100).images)


@pytest.mark.parametrize("kind", [FaultKind.BMP_IMAGE, FaultKind.JUNK_IMAGE, FaultKind.NO_IMAGES])
@pytest.mark.parametrize("stream", [False, True])
def test_no_image_or_an_unusable_one_is_an_error_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str],
    local_server: LocalServer,
    faults: FaultPlan,
    tmp_path: Path,
    kind: FaultKind,
    stream: bool,
) -> None:
    faults.add(Fault(kind))
    out = tmp_path / "out"
    argv = ["generate", "a fox", "--out", str(out), "--base-url", local_server.base_url]
    code, stdout, err = run(capsys, *argv, *(["--stream", "--partials", "0"] if stream else []))
    assert code == 1, err
    assert stdout == ""
    assert err.count("\n") == 1
    assert err.startswith("studio: ")
    assert "Traceback" not in err
    assert not out.exists() or list(out.iterdir()) == []
    assert gallery() == []


def test_existing_files_are_never_replaced(
    capsys: pytest.CaptureFixture[str],
    local_server: LocalServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("time.strftime", lambda *_: "20261201-120000")
    taken = tmp_path / "studio-20261201-120000-1.png"
    taken.write_bytes(b"the user's own file")
    (tmp_path / "studio-20261201-120000-1-2.png").mkdir()  # a folder holds the next name
    (tmp_path / "studio-20261201-120000-1-3.png").symlink_to(tmp_path / "elsewhere.png")
    code, out, err = run(
        capsys, "generate", "a fox", "--out", str(tmp_path), "--base-url", local_server.base_url
    )
    assert code == 0, err
    assert taken.read_bytes() == b"the user's own file"
    assert not (tmp_path / "elsewhere.png").exists()  # a planted link is not followed
    written = Path(out.strip())
    assert written.name == "studio-20261201-120000-1-4.png"
    assert sniff(written.read_bytes()) == "png"


def test_many_runs_in_one_second_each_get_their_own_file(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    names = set()
    for _ in range(3):
        code, out, _ = run(
            capsys, "generate", "a fox", "--out", str(tmp_path), "--base-url", local_server.base_url
        )
        assert code == 0
        names.add(out.strip())
    assert len(names) == 3
    assert all(Path(name).is_file() for name in names)


@pytest.mark.parametrize("no_save", [False, True])
def test_an_unwritable_out_folder_says_where_the_image_is_kept(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path, no_save: bool
) -> None:
    (tmp_path / "afile").write_text("x")
    out = tmp_path / "afile" / "images"  # cannot be made, even by root
    code, stdout, err = run(
        capsys,
        "generate",
        "a fox",
        "--out",
        str(out),
        "--json",
        *(["--no-save"] if no_save else []),
        "--base-url",
        local_server.base_url,
    )
    assert code == 1
    (image,) = gallery()  # paid for: kept in the gallery, even with --no-save
    assert f"kept in the gallery as image {image.id} at {image.path}" in err
    assert str(out) in err
    assert "Traceback" not in err
    assert json.loads(stdout)["gallery_ids"] == [image.id]
    assert image.path.is_file()


@pytest.mark.parametrize("out", [True, False])
def test_a_cut_stream_keeps_its_last_preview_as_the_message_says(
    capsys: pytest.CaptureFixture[str],
    local_server: LocalServer,
    faults: FaultPlan,
    tmp_path: Path,
    out: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=2))
    folder = tmp_path / "out"
    code, stdout, err = run(
        capsys,
        "generate",
        "a lighthouse",
        "--stream",
        "--partials",
        "3",
        *(["--out", str(folder)] if out else []),
        "--base-url",
        local_server.base_url,
    )
    assert code == 1
    assert stdout == ""
    (kept,) = gallery()
    assert kept.generation.status is Status.PARTIAL
    line = err.splitlines()[-1]
    assert line.startswith("studio: The stream ended before the final image arrived.")
    assert f"kept in the gallery as image {kept.id} (marked partial)" in line
    if out:
        (written,) = folder.iterdir()
        assert f"written to {written}" in line
        assert written.read_bytes() == kept.path.read_bytes()
        assert "-partial" in written.name
    else:
        assert "written to" not in line
        assert list(tmp_path.glob("studio-*.png")) == []


def test_a_cut_stream_with_no_save_still_keeps_the_preview_somewhere(
    capsys: pytest.CaptureFixture[str],
    local_server: LocalServer,
    faults: FaultPlan,
    tmp_path: Path,
) -> None:
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=1))
    code, _, err = run(
        capsys,
        "generate",
        "a lighthouse",
        "--stream",
        "--partials",
        "2",
        "--no-save",
        "--out",
        str(tmp_path),
        "--base-url",
        local_server.base_url,
    )
    assert code == 1
    (written,) = tmp_path.glob("studio-*-partial.png")
    assert f"The last preview was written to {written}." in err
    assert gallery() == []


def test_a_drip_that_never_ends_stops_at_the_timeout(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.DRIP, seconds=0.2))
    code, _, err = run(
        capsys,
        "generate",
        "x",
        "--stream",
        "--timeout",
        "1.5",
        "--base-url",
        local_server.base_url,
    )
    assert code == 1
    assert "stopped after 1.5 s" in err
    assert err.count("\n") == 1


def test_the_timeout_setting_is_the_default(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, faults: FaultPlan
) -> None:
    settings = Paths.from_environment().settings_file
    settings.parent.mkdir(parents=True)
    settings.write_text('{"schema_version": 3, "request_timeout": 5}')
    faults.add(Fault(FaultKind.DRIP, seconds=0.2))
    code, _, err = run(capsys, "generate", "x", "--base-url", local_server.base_url)
    assert code == 1
    assert "stopped after 5 s" in err
    assert run(capsys, "generate", "x", "--timeout", "0", "--base-url", "http://h")[0] == 2


@pytest.mark.parametrize(
    "url", ["https://me:hunter2@images.example.com/v1", "http://token-hunter2@127.0.0.1:9/v1"]
)
def test_a_base_url_with_credentials_is_refused_without_echoing_them(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    code, _, err = run(capsys, "generate", "x", "--base-url", url)
    assert code == 2
    assert "credentials belong in the key field" in err
    assert "hunter2" not in err
    log = Paths.from_environment().log_file
    assert not log.exists() or "hunter2" not in log.read_text()


def test_a_hostile_error_reaches_the_terminal_as_one_clean_line(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.HOSTILE_ERROR))
    code, _, err = run(capsys, "generate", "x", "--base-url", local_server.base_url)
    assert code == 1
    assert err.count("\n") == 1
    assert not set(err[:-1]) & {"\x1b", "\x07", "\r", "\x00", "\n"}
    assert "sk-studiotest-cli" not in err
    assert "…-cli" in err
    assert len(err) < 600


def test_an_html_error_page_is_told_by_its_title(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.HTML_ERROR, times=3))  # retried twice, like any 5xx
    code, _, err = run(capsys, "generate", "x", "--base-url", local_server.base_url)
    assert code == 1
    assert "The server said: 502 Bad Gateway." in err
    assert "<" not in err
    assert "tracking" not in err


def test_the_gallery_is_consistent_after_every_fault(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, faults: FaultPlan
) -> None:
    base = ("--base-url", local_server.base_url, "--out", str(Paths.from_environment().cache))
    for kind in (FaultKind.BMP_IMAGE, FaultKind.JUNK_IMAGE, FaultKind.NO_IMAGES):
        faults.add(Fault(kind))
        assert run(capsys, "generate", "x", *base)[0] == 1
    faults.add(Fault(FaultKind.CUT_STREAM, after_events=1))
    assert run(capsys, "generate", "x", "--stream", "--partials", "2", *base)[0] == 1
    faults.add(Fault(FaultKind.DRIP, seconds=0.2))
    assert run(capsys, "generate", "x", "--timeout", "1", *base)[0] == 1
    assert run(capsys, "generate", "x", *base)[0] == 0
    code, out, _ = run(capsys, "gallery", "check")
    assert (code, out.strip()) == (0, "The gallery is consistent.")
    assert len(gallery()) == 2  # the kept preview and the good image
