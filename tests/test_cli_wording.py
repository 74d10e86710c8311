"""What the command line says: how to give a key there, warnings worded as warnings, an SVG
refused for what it is, ``gallery show`` as aligned lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio import cli
from studio.localapi import LocalServer
from tests.images import png


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_without_a_key_it_says_how_to_give_one_here(
    capsys: pytest.CaptureFixture[str],
    local_server: LocalServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    code, _, err = run(
        capsys, "generate", "a fox", "--out", str(tmp_path), "--base-url", local_server.base_url
    )
    assert code != 0
    assert "OPENAI_API_KEY" in err
    assert "--provider" in err
    assert "Settings → Providers" not in err.split("--provider")[0]
    with pytest.raises(SystemExit):
        cli.main(["generate", "--help"])
    assert "OPENAI_API_KEY" in capsys.readouterr().out


def test_a_warning_is_worded_as_one(
    capsys: pytest.CaptureFixture[str],
    local_server: LocalServer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-studiotest-cli")
    _, _, err = run(
        capsys,
        "generate",
        "a fox",
        "--model",
        "dall-e-3",
        "--out",
        str(tmp_path),
        "--base-url",
        local_server.base_url,
    )
    warnings = [line for line in err.splitlines() if line.startswith("studio: warning: ")]
    assert any("dall-e-3" in line for line in warnings), err  # said before the request is sent


def test_an_svg_to_edit_is_refused_for_being_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    badge = tmp_path / "badge.svg"
    badge.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
        '<circle cx="32" cy="32" r="20" fill="red"/></svg>'
    )
    code, _, err = run(
        capsys, "edit", "add a hat", "--image", str(badge), "--base-url", "http://127.0.0.1:9"
    )
    assert code == 2
    assert "badge.svg is an SVG" in err
    assert "cannot be edited" in err
    assert "not a PNG" not in err


def test_gallery_show_prints_aligned_lines_and_export_counts_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "fox.png").write_bytes(png(30, 20))
    code, out, err = run(capsys, "gallery", "import", str(tmp_path / "fox.png"))
    assert code == 0, err
    code, out, err = run(capsys, "gallery", "show", "1")
    assert code == 0, err
    assert "{" not in out  # no Python dict
    lines = out.splitlines()
    params = lines.index(next(line for line in lines if line.strip() == "params:"))
    nested = lines[params + 1]
    assert nested.strip() == "file: fox.png"
    assert nested.index("file") > lines[params].index("params")
    colons = {line.index(":") for line in lines[:params] + lines[params + 2 :]}
    assert len(colons) == 1  # the names are aligned
