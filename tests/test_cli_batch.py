"""``studio batch`` against the local server, as a shell user runs it."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from studio import cli
from studio.config import Paths
from studio.gallery import GalleryStore, RequestState
from studio.localapi import LocalServer
from tests.conftest import requests_from_now
from tests.images import png


@pytest.fixture(autouse=True)
def key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-studiotest-cli")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def subjects(tmp_path: Path) -> Path:
    path = tmp_path / "subjects.txt"
    path.write_text("fox\nowl\n", encoding="utf-8")
    return path


def test_estimate_previews_the_expansion_and_sends_nothing(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, subjects: Path
) -> None:
    received, batches = requests_from_now(local_server), len(local_server.batches.batches)
    code, out, err = run(
        capsys,
        "batch", "run", "a {red|blue} {subject}", "--values", str(subjects),
        "--matrix", "size=1024x1024,1536x1024", "--quality", "low",
        "--estimate", "--json", "--base-url", local_server.base_url,
    )  # fmt: skip
    assert code == 0, err
    summary = json.loads(out)
    assert summary["requests"] == 2 * 2 * 2
    assert summary["batch_api"] is True
    assert summary["lines"][0]["prompt"] == "a red fox"
    assert summary["cost_usd"]["low"] > 0
    assert received() == 0
    assert len(local_server.batches.batches) == batches


def test_max_cost_refuses_a_batch(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, subjects: Path
) -> None:
    batches = len(local_server.batches.batches)
    code, _, err = run(
        capsys,
        "batch", "run", "a {subject}", "--values", str(subjects), "--quality", "high",
        "--max-cost", "0.05", "--base-url", local_server.base_url,
    )  # fmt: skip
    assert code == 1
    assert "--max-cost" in err
    assert len(local_server.batches.batches) == batches


def test_submit_status_fetch_and_list_through_the_batch_api(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    table = tmp_path / "things.csv"
    table.write_text("colour,thing\nred,kite\ngreen,boat\n", encoding="utf-8")
    url = local_server.base_url
    code, out, err = run(
        capsys, "batch", "submit", str(table), "--template", "a {colour} {thing}",
        "--quality", "low", "--json", "--base-url", url,
    )  # fmt: skip
    assert code == 0, err
    (submitted,) = lines(out)
    batch_id = submitted["batch_id"]
    assert submitted["requests"] == 2
    for _ in range(200):
        code, out, err = run(capsys, "batch", "status", batch_id, "--json", "--base-url", url)
        assert code == 0, err
        (status,) = lines(out)
        if status["status"] == "completed":
            break
        time.sleep(0.05)
    assert status["completed"] == 2
    code, out, err = run(capsys, "batch", "fetch", batch_id, "--json", "--base-url", url)
    assert code == 0, err
    kept = lines(out)
    assert [line["custom_id"] for line in kept] == ["line-1", "line-2"]
    assert all(Path(line["path"]).is_file() for line in kept)
    code, out, _ = run(capsys, "gallery", "show", str(kept[0]["id"]), "--json")
    assert json.loads(out)["prompt"] == "a red kite"
    code, out, _ = run(capsys, "batch", "list", "--json")
    (listed,) = lines(out)
    assert listed["id"] == batch_id
    assert listed["fetched"] is True


def test_cancel_and_an_unknown_batch(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, subjects: Path
) -> None:
    url = local_server.base_url
    local_server.batches.running.clear()
    try:
        code, out, err = run(
            capsys, "batch", "run", "a {subject}", "--values", str(subjects), "--json",
            "--base-url", url,
        )  # fmt: skip
        assert code == 0, err
        batch_id = lines(out)[0]["batch_id"]
        code, out, err = run(capsys, "batch", "cancel", batch_id, "--json", "--base-url", url)
        assert code == 0, err
        assert lines(out)[0]["status"] in ("cancelling", "cancelled")
    finally:
        local_server.batches.running.set()
    code, _, err = run(capsys, "batch", "fetch", "batch_nope", "--base-url", url)
    assert code == 2
    assert "no batch batch_nope" in err


def test_a_live_run_saves_each_line(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, subjects: Path
) -> None:
    sent = requests_from_now(local_server)
    code, out, err = run(
        capsys, "batch", "submit", str(subjects), "--via", "live", "--quality", "low",
        "--json", "--base-url", local_server.base_url,
    )  # fmt: skip
    assert code == 0, err
    assert [line["custom_id"] for line in lines(out)] == ["line-1", "line-2"]
    assert sent() == 2


def test_the_gallery_lists_a_batchs_images(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, subjects: Path, tmp_path: Path
) -> None:
    url = local_server.base_url
    code, _, err = run(
        capsys, "generate", "a lone hare", "--quality", "low", "--out", str(tmp_path),
        "--base-url", url,
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(
        capsys, "batch", "submit", str(subjects), "--via", "live", "--quality", "low",
        "--json", "--base-url", url,
    )  # fmt: skip
    assert code == 0, err
    made = {line["id"] for line in lines(out)}
    batch_id = err.rsplit("kept as batch ", 1)[1].split()[0]
    code, out, err = run(capsys, "gallery", "list", "--batch", batch_id, "--json")
    assert code == 0, err
    listed = lines(out)
    assert {line["id"] for line in listed} == made
    assert sorted(line["prompt"] for line in listed) == ["fox", "owl"]
    code, out, _ = run(capsys, "gallery", "list", "--json")
    assert len(lines(out)) == 3  # the lone hare is in no batch
    code, out, err = run(capsys, "batch", "status", batch_id, "--json", "--base-url", url)
    assert code == 0, err
    assert lines(out)[0] | {"id": ""} == {
        "id": "", "status": "completed", "total": 2, "completed": 2, "failed": 0,
    }  # fmt: skip
    code, out, err = run(capsys, "batch", "fetch", batch_id, "--base-url", url)
    assert code == 0, err
    assert out == ""
    assert "kept as each line came back" in err


def test_a_batch_is_run_again_with_a_change(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, subjects: Path
) -> None:
    url = local_server.base_url
    code, out, err = run(
        capsys, "batch", "run", "a {subject}", "--values", str(subjects), "--quality", "low",
        "--matrix", "size=1024x1024,1536x1024", "--via", "live", "--json", "--base-url", url,
    )  # fmt: skip
    assert code == 0, err
    assert len(lines(out)) == 4
    batch_id = err.rsplit("kept as batch ", 1)[1].split()[0]
    code, out, err = run(
        capsys, "batch", "rerun", batch_id, "--size", "1024x1536", "--quality", "medium",
        "--estimate", "--json", "--base-url", url,
    )  # fmt: skip
    assert code == 0, err
    planned = json.loads(out)
    assert planned["batch_api"] is False  # as the batch was sent
    assert [(line["prompt"], line["size"], line["quality"]) for line in planned["lines"]] == [
        ("a fox", "1024x1536", "medium"),
        ("a owl", "1024x1536", "medium"),
    ]
    sent = requests_from_now(local_server)
    code, out, err = run(
        capsys, "batch", "rerun", batch_id, "--model", "gpt-image-2.6-sunburst", "--json",
        "--base-url", url,
    )  # fmt: skip
    assert code == 0, err
    assert len(lines(out)) == 4  # the matrix still varies the size
    assert sent() == 4
    code, _, err = run(capsys, "batch", "rerun", "batch_nope", "--base-url", url)
    assert code == 2
    assert "no batch batch_nope" in err


def test_expand_is_journalled_and_honours_max_cost(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    (tmp_path / "in.png").write_bytes(png(64, 64))
    base = [
        "expand", "wider", "--image", str(tmp_path / "in.png"), "--size", "1536x1024",
        "--quality", "high", "--out", str(tmp_path / "out"), "--base-url", local_server.base_url,
    ]  # fmt: skip
    sent = requests_from_now(local_server)
    code, out, err = run(capsys, *base, "--estimate", "--json")
    assert code == 0, err
    assert json.loads(out)["cost_usd"]["high"] > 0.01
    code, _, err = run(capsys, *base, "--max-cost", "0.01")
    assert code == 1
    assert "--max-cost" in err
    assert sent() == 0
    code, _, err = run(capsys, *base, "--quality", "low")
    assert code == 0, err
    assert sent() == 1
    with GalleryStore(Paths.from_environment().data) as store:
        (entry,) = store.journal.entries()
    assert entry.state is RequestState.DONE
    assert entry.endpoint == "edits"
    assert [kept.role for kept in entry.inputs] == ["image", "mask"]
