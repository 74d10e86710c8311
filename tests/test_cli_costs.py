"""``--estimate``, ``--max-cost``, spending caps and the journal, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio import cli
from studio.config import CapAction, CapPeriod, Paths, Settings, SettingsFile, SpendingCap
from studio.gallery import GalleryStore
from studio.gallery._journal import RequestState
from studio.localapi import LocalServer
from tests.conftest import requests_from_now


@pytest.fixture(autouse=True)
def key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-studiotest-cli")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def generate(server: LocalServer, out: Path, *more: str) -> list[str]:
    return [
        "generate",
        "a fox",
        "--model",
        "gpt-image-2.6-flare",
        "--size",
        "1024x1024",
        "--quality",
        "high",
        "--out",
        str(out),
        "--base-url",
        server.base_url,
        *more,
    ]


def set_caps(*caps: SpendingCap) -> None:
    SettingsFile(Paths.from_environment().settings_file).save(Settings(spending_caps=caps))


def test_estimate_prints_the_cost_and_sends_nothing(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    sent = requests_from_now(local_server)
    code, out, err = run(capsys, *generate(local_server, tmp_path, "--n", "2", "--estimate"))
    assert code == 0, err
    assert "estimated cost: $0.250" in out  # 2 x 4160 output tokens at $30 per million
    code, out, err = run(capsys, *generate(local_server, tmp_path, "--estimate", "--json"))
    assert code == 0, err
    summary = json.loads(out)
    assert summary["cost_usd"]["high"] == pytest.approx(0.125, abs=1e-3)
    assert summary["spent_usd"] == {"today": 0, "month": 0}
    assert sent() == 0
    assert not list(tmp_path.glob("studio-*.png"))


def test_an_unknown_price_is_said_so(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    argv = generate(local_server, tmp_path, "--estimate", "--json")
    argv[argv.index("gpt-image-2.6-flare")] = "my-own-model"
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert json.loads(out)["cost_usd"] is None


def test_max_cost_refuses_a_request_whose_estimate_passes_it(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    sent = requests_from_now(local_server)
    code, _, err = run(capsys, *generate(local_server, tmp_path, "--max-cost", "0.10"))
    assert code == 1
    assert "--max-cost $0.10" in err
    assert sent() == 0
    code, _, err = run(capsys, *generate(local_server, tmp_path, "--max-cost", "0.50"))
    assert code == 0, err
    assert sent() == 1


def test_a_sent_request_is_journalled_and_counts_towards_the_caps(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    code, _, err = run(capsys, *generate(local_server, tmp_path))
    assert code == 0, err
    with GalleryStore(Paths.from_environment().data) as store:
        (entry,) = store.journal.entries()
        assert entry.state is RequestState.DONE
        first = store.journal.spent(0)
    assert first > 0

    set_caps(SpendingCap(CapPeriod.DAY, first + 0.01, CapAction.WARN))
    code, _, err = run(capsys, *generate(local_server, tmp_path))
    assert code == 0, err
    assert "would pass the overall daily cap of" in err

    set_caps(
        SpendingCap(CapPeriod.MONTH, 100, CapAction.REFUSE, provider="someone else"),
        # A --base-url provider is named by its URL.
        SpendingCap(
            CapPeriod.MONTH, first * 2 + 0.01, CapAction.REFUSE, provider=local_server.base_url
        ),
    )
    sent = requests_from_now(local_server)
    code, _, err = run(capsys, *generate(local_server, tmp_path))
    assert code == 1
    assert f"{local_server.base_url}'s monthly cap" in err
    assert "Nothing was sent" in err
    assert sent() == 0
