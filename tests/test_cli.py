"""``studio generate|edit|vary`` against the local server, as a shell user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from studio import cli
from studio.api import SvgOptions, dimensions, sniff
from studio.config import Paths
from studio.gallery import GalleryStore, Kind, Query
from studio.localapi import Fault, FaultKind, FaultPlan, LocalServer
from tests.images import mask, opened, png
from tests.inbox import RecordingServer


@pytest.fixture(autouse=True)
def key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-studiotest-cli")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_generate_writes_images_and_prints_json(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        "generate",
        "a fox",
        "--n",
        "2",
        "--size",
        "1536x1024",
        "--format",
        "webp",
        "--out",
        str(tmp_path),
        "--json",
        "--base-url",
        local_server.base_url,
    )
    assert code == 0, err
    summary = json.loads(out)
    assert len(summary["files"]) == 2
    for name in summary["files"]:
        data = Path(name).read_bytes()
        assert Path(name).suffix == ".webp"
        assert sniff(data) == "webp"
        assert dimensions(data) == (1536, 1024)
    assert summary["request_id"].startswith("req_")
    assert summary["usage"]["output_tokens"] > 0


def test_streaming_prints_progress_to_stderr(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        "generate",
        "a fox",
        "--stream",
        "--partials",
        "2",
        "--out",
        str(tmp_path),
        "--base-url",
        local_server.base_url,
    )
    assert code == 0
    assert "partial image 1 received" in err
    assert "partial image 2 received" in err
    assert Path(out.strip()).is_file()


def test_edit_with_a_mask_and_vary(
    capsys: pytest.CaptureFixture[str],
    local_server: LocalServer,
    retired_server: LocalServer,
    tmp_path: Path,
) -> None:
    (tmp_path / "in.png").write_bytes(png(64, 64))
    (tmp_path / "mask.png").write_bytes(mask(64, 64, (0, 0, 32, 32)))
    code, out, _ = run(
        capsys,
        "edit",
        "a hat",
        "--image",
        str(tmp_path / "in.png"),
        "--mask",
        str(tmp_path / "mask.png"),
        "--out",
        str(tmp_path / "edits"),
        "--base-url",
        local_server.base_url,
    )
    assert code == 0
    assert Path(out.strip()).parent == tmp_path / "edits"
    code, out, _ = run(
        capsys,
        "vary",
        "--image",
        str(tmp_path / "in.png"),
        "--n",
        "2",
        "--size",
        "256x256",
        "--out",
        str(tmp_path / "vary"),
        "--base-url",
        retired_server.base_url,  # dall-e-2, which OpenAI has shut down
    )
    assert code == 0
    assert len(out.split()) == 2


def test_invalid_arguments_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer
) -> None:
    code, _, err = run(
        capsys,
        "generate",
        "x",
        "--model",
        "gpt-image-2",
        "--size",
        "1000x1000",
        "--base-url",
        local_server.base_url,
    )
    assert code == 2
    assert err == "studio: size 1000x1000: both sides must be multiples of 16 for gpt-image-2.\n"
    code, _, err = run(capsys, "edit", "x", "--image", "/no/such.png", "--base-url", "http://x")
    assert code == 2
    assert "Cannot read /no/such.png" in err


def test_api_errors_exit_1_with_the_request_id(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, faults: FaultPlan
) -> None:
    faults.add(Fault(FaultKind.MODERATION))
    code, _, err = run(capsys, "generate", "x", "--base-url", local_server.base_url)
    assert code == 1
    assert "safety system" in err
    assert "request id req_" in err
    assert "Traceback" not in err


def test_an_unreachable_server_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "generate", "x", "--base-url", "http://127.0.0.1:9/v1")
    assert code == 1
    assert err.startswith("studio: Could not reach 127.0.0.1:9")


def test_bad_usage_exits_2_from_a_real_shell() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "studio", "generate"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_results_are_kept_in_the_gallery_unless_told_not_to(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    base = ("--out", str(tmp_path), "--base-url", local_server.base_url)
    assert run(capsys, "generate", "a kept fox", *base)[0] == 0
    assert run(capsys, "generate", "an unkept owl", "--no-save", *base)[0] == 0
    code, out, _ = run(capsys, "gallery", "list", "--json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["prompt"] for line in lines] == ["a kept fox"]
    assert {"id", "path", "prompt", "model", "created"} <= set(lines[0])
    assert Path(lines[0]["path"]).is_file()


def test_gallery_search_show_export_import_stats_and_check(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    for prompt in ("a red fox", "a grey owl"):
        run(capsys, "generate", prompt, "--out", str(tmp_path), "--base-url", local_server.base_url)
    code, out, _ = run(capsys, "gallery", "search", "owl", "--json")
    (owl,) = [json.loads(line) for line in out.splitlines()]
    assert owl["prompt"] == "a grey owl"
    code, out, _ = run(capsys, "gallery", "show", str(owl["id"]), "--json")
    assert json.loads(out)["model"] == "gpt-image-2.6-flare"  # no --model: a live model
    code, out, _ = run(capsys, "gallery", "export", str(owl["id"]), "--out", str(tmp_path / "x"))
    assert Path(out.strip()).is_file()
    code, out, _ = run(capsys, "gallery", "import", str(tmp_path / "x"))
    assert (code, "already in the gallery") == (0, out.split(":")[0])
    code, out, _ = run(capsys, "gallery", "stats", "--json")
    assert json.loads(out)["images"] == 2
    code, out, _ = run(capsys, "gallery", "check")
    assert (code, out.strip()) == (0, "The gallery is consistent.")
    Path(owl["path"]).unlink()
    code, out, _ = run(capsys, "gallery", "check")
    assert code == 1
    assert f"image {owl['id']}'s file" in out
    code, _, err = run(capsys, "gallery", "show", "999")
    assert (code, err) == (2, "studio: there is no image 999 in the gallery\n")


def test_price_overrides_from_the_settings_set_the_cost(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    from studio.config import Paths, Settings, SettingsFile

    prices = {"gpt-image-2": {"text_input": 0.0, "image_input": 0.0, "image_output": 1000.0}}
    SettingsFile(Paths.from_environment().settings_file).save(Settings(pricing_overrides=prices))
    run(
        capsys,
        "generate",
        "x",
        "--model",
        "gpt-image-2",
        "--size",
        "1024x1024",
        "--out",
        str(tmp_path),
        "--base-url",
        local_server.base_url,
    )
    _, out, _ = run(capsys, "gallery", "stats", "--json")
    assert json.loads(out)["cost"] > 1.0  # 1056 output tokens at $1000 per 1M


def test_models_json_from_the_local_server(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer
) -> None:
    code, out, err = run(capsys, "models", "--json", "--base-url", local_server.base_url)
    assert code == 0, err
    listed = json.loads(out)
    assert listed["source"] == "provider"
    models = {entry["id"]: entry for entry in listed["models"]}
    flare = models["gpt-image-2.6-flare"]
    assert (flare["state"], flare["shutdown"], flare["note"]) == ("live", None, "fast")
    assert flare["endpoints"] == ["edits", "generations"]
    assert flare["offered"] is True
    assert "png" in flare["capabilities"]["output_formats"]
    assert "long side up to 3840" in flare["capabilities"]["free_size"]
    assert flare["capabilities"]["complexity"] == ["low", "medium", "high"]
    # A compatible server's list is shown as it is: its shut-down models too, with what
    # replaces them.
    old = models["gpt-image-1.5"]
    assert (old["state"], old["shutdown"]) == ("shut down", "2026-12-01")
    assert old["replacement"] == "gpt-image-2.6-sunburst"


def test_models_from_the_table_when_the_server_cannot_be_reached(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, out, _ = run(capsys, "models", "--json", "--base-url", f"http://127.0.0.1:{port}/v1")
    assert code == 0
    listed = json.loads(out)
    assert listed["source"] == "table"
    assert "could not be asked" in listed["said"]
    assert "gpt-image-2.6-sunburst" in {entry["id"] for entry in listed["models"]}


def test_models_use_the_kept_list_when_the_server_is_gone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with LocalServer() as server:
        url = server.base_url
        assert run(capsys, "models", "--json", "--base-url", url)[0] == 0
    code, out, _ = run(capsys, "models", "--base-url", url)
    assert code == 0
    first, *lines = out.splitlines()
    assert "could not be asked" in first
    assert "its list from" in first
    flare = next(line for line in lines if line.startswith("gpt-image-2.6-flare"))
    assert "live" in flare
    assert "generations" in flare


def test_generate_without_a_model_sends_a_live_one(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    # The local server, like the API, would fall back on gpt-image-1.5 (gone) if no model
    # were sent; the gallery records the one that was.
    code, _, err = run(
        capsys, "generate", "a fox", "--out", str(tmp_path), "--base-url", local_server.base_url
    )
    assert code == 0, err
    assert local_server.received[-1].model == "gpt-image-2.6-flare"
    _, out, _ = run(capsys, "gallery", "list", "--json")
    assert json.loads(out.splitlines()[0])["model"] == "gpt-image-2.6-flare"


def test_a_gone_model_names_its_replacement(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys,
        "generate",
        "a fox",
        "--model",
        "gpt-image-1.5",
        "--out",
        str(tmp_path),
        "--base-url",
        local_server.base_url,
    )
    assert code == 1
    assert out == ""
    # First the warning that it is sent anyway (a compatible server may still serve it) …
    warning, failure = err.splitlines()
    assert "some compatible servers still serve it" in warning
    # … then what this server said, naming the replacement.
    assert failure.startswith(
        "studio: gpt-image-1.5 was shut down on 2026-12-01. Use gpt-image-2.6-sunburst "
        "(detailed) or gpt-image-2.6-flare (fast) instead."
    )
    assert "Traceback" not in err


def test_every_new_flag_reaches_the_server(
    capsys: pytest.CaptureFixture[str],
    local_server: LocalServer,
    retired_server: LocalServer,
    tmp_path: Path,
) -> None:
    base = ("--out", str(tmp_path), "--base-url", local_server.base_url)
    # gpt-image-1.5 and DALL·E, shut down at OpenAI, on a server that still serves them.
    old = ("--out", str(tmp_path), "--base-url", retired_server.base_url)
    code, _, err = run(
        capsys,
        "generate",
        "a fox",
        "--model",
        "gpt-image-2.6-flare",
        "--complexity",
        "low",
        "--moderation",
        "low",
        "--safety-identifier",
        "hash-1",
        "--user",
        "u-1",
        "--format",
        "gif",
        "--frame-count",
        "4",
        "--frame-duration-ms",
        "120",
        *base,
    )
    assert code == 0, err
    sent = local_server.received[-1]
    assert (sent.complexity, sent.moderation, sent.safety_identifier, sent.user) == (
        "low",
        "low",
        "hash-1",
        "u-1",
    )
    assert (sent.output_format, sent.frame_count, sent.frame_duration_ms) == ("gif", 4, 120)

    code, _, err = run(
        capsys,
        "generate",
        "a logo",
        "--model",
        "gpt-image-2.6-sunburst",
        "--output-format",
        "svg",
        "--svg-model",
        "svg-author",
        "--svg-effort",
        "high",
        *base,
    )
    assert code == 0, err
    assert local_server.received[-1].svg == SvgOptions("svg-author", "high")

    (tmp_path / "in.png").write_bytes(png(64, 64))
    code, _, err = run(
        capsys,
        "edit",
        "a hat",
        "--image",
        str(tmp_path / "in.png"),
        "--input-fidelity",
        "high",
        "--svg-effort",
        "low",
        "--format",
        "svg",
        "--model",
        "gpt-image-2.6-flare",
        *base,
    )
    assert code == 2  # gpt-image-2.6 has no input fidelity to choose
    assert err.startswith("studio: --input-fidelity: gpt-image-2.6-flare matches its inputs")
    code, _, err = run(
        capsys,
        "edit",
        "a hat",
        "--image",
        str(tmp_path / "in.png"),
        "--input-fidelity",
        "high",
        "--model",
        "gpt-image-1.5",
        *old,
    )
    assert code == 0, err
    assert retired_server.received[-1].input_fidelity == "high"

    code, _, err = run(
        capsys,
        "generate",
        "a kite",
        "--model",
        "dall-e-3",
        "--style",
        "natural",
        "--response-format",
        "url",
        *old,
    )
    assert code == 0, err
    assert (retired_server.received[-1].style, retired_server.received[-1].response_format) == (
        "natural",
        "url",
    )


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["generate", "x", "--model", "gpt-image-2", "--complexity", "low"],
            "--complexity: gpt-image-2 has no complexity setting (the 2.6 models do).",
        ),
        (
            ["generate", "x", "--model", "gpt-image-2.6-flare", "--format", "gif", "--stream"],
            "--stream: GIF images cannot stream.",
        ),
        (
            ["generate", "x", "--model", "gpt-image-2.6-flare", "--frame-count", "4"],
            "--frame-count: Only for GIF output.",
        ),
        (
            ["generate", "x", "--model", "gpt-image-2.6-flare", "--partials", "2"],
            "--partial-images: Partial images come only while streaming.",
        ),
        (
            ["generate", "x", "--model", "dall-e-3", "--input-fidelity", "low"],
            "--input-fidelity: Only for edits.",
        ),
        (
            ["generate", "x", "--model", "gpt-image-2.5-flare", "--svg-model", "m"],
            "--svg-model: gpt-image-2.5-flare makes no SVGs (the 2.6 models do).",
        ),
        (
            ["vary", "--image", "in.png", "--quality", "hd"],
            "--quality: A variation takes no quality.",
        ),
        (
            ["generate", "x", "--model", "gpt-image-2.6-flare", "--complexity", "extreme"],
            "complexity extreme: gpt-image-2.6-flare accepts low, medium or high.",
        ),
    ],
)
def test_a_flag_that_does_not_apply_says_why_and_exits_2(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, argv: list[str], said: str
) -> None:
    newest = local_server.received[-1] if local_server.received else None
    code, _, err = run(capsys, *argv, "--base-url", local_server.base_url)
    assert (code, err) == (2, f"studio: {said}\n")
    assert (local_server.received[-1] if local_server.received else None) is newest  # not sent


def test_the_old_flag_spellings_still_work() -> None:
    args = cli.parse(
        ["generate", "x", "--format", "webp", "--compression", "50", "--partials", "1"]
    )
    assert (args.output_format, args.output_compression, args.partial_images) == ("webp", 50, 1)


def test_gallery_export_keeps_credentials_unless_asked_to_embed(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    run(
        capsys,
        "generate",
        "a signed fox",
        "--out",
        str(tmp_path),
        "--base-url",
        local_server.base_url,
    )
    code, out, _ = run(capsys, "gallery", "list", "--json")
    image_id = str(json.loads(out.splitlines()[0])["id"])
    code, out, _ = run(capsys, "gallery", "show", image_id)
    assert "Valid, signed by Studio local test signer (not a trusted authority)." in out
    code, out, err = run(capsys, "gallery", "export", image_id, "--out", str(tmp_path / "kept"))
    copy = Path(out.strip())
    assert (code, err) == (0, "")
    assert copy.with_name(copy.name + ".json").is_file()
    assert copy.with_suffix(".xmp").is_file()
    code, out, err = run(
        capsys, "gallery", "export", image_id, "--out", str(tmp_path / "inside"), "--embed"
    )
    assert code == 0
    assert "content credentials no longer hold" in err
    assert not Path(out.strip()).with_suffix(".xmp").exists()


def test_models_of_an_openai_provider_hide_the_shut_down_ones(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer
) -> None:
    from studio.config import Paths, Provider, ProviderKind, Settings, SettingsFile

    openai = Provider("o1", "Work", ProviderKind.OPENAI, base_url=local_server.base_url)
    settings = Settings().with_providers((openai,), openai.id)
    SettingsFile(Paths.from_environment().settings_file).save(settings)
    code, out, err = run(capsys, "models", "--json", "--provider", "work")
    assert code == 0, err
    listed = json.loads(out)
    assert (listed["source"], listed["provider"]) == ("provider", "Work")
    names = [entry["id"] for entry in listed["models"]]
    assert names[:2] == ["gpt-image-2.6-sunburst", "gpt-image-2.6-flare"]
    assert "gpt-image-1.5" not in names
    assert "dall-e-3" not in names
    assert all(entry["state"] == "live" for entry in listed["models"])


@pytest.mark.parametrize(
    ("anchor", "box"),
    [
        ("center", (320, 160, 640, 480)),
        ("top-left", (0, 0, 640, 480)),
        ("right", (640, 160, 640, 480)),
    ],
)
def test_expand_sends_the_picture_on_a_larger_canvas_with_the_new_area_masked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, anchor: str, box: tuple[int, ...]
) -> None:
    picture = Image.new("RGBA", (640, 480), (20, 160, 40, 255))
    picture.putpixel((0, 0), (255, 0, 0, 255))  # a corner to find again
    picture.save(tmp_path / "in.png")
    seam = 8
    with RecordingServer() as server:
        code, out, err = run(
            capsys,
            "expand",
            "more meadow",
            "--image",
            str(tmp_path / "in.png"),
            "--size",
            "1280x800",
            "--anchor",
            anchor,
            "--seam",
            str(seam),
            "--model",
            "gpt-image-2",
            "--out",
            str(tmp_path / "out"),
            "--json",
            "--base-url",
            server.base_url,
        )
        assert code == 0, err
        (sent,) = server.received
    assert sent.fields["size"] == "1280x800"
    (image,) = sent.files["image"]
    (mask_file,) = sent.files["mask"]
    canvas, alpha = opened(image), opened(mask_file).convert("RGBA").getchannel("A")
    assert canvas.size == alpha.size == (1280, 800)
    left, top, width, height = box
    assert canvas.getpixel((left, top)) == (255, 0, 0, 255)
    assert canvas.getpixel((left + width // 2, top + height // 2)) == (20, 160, 40, 255)
    corners = ((0, 799), (1279, 0), (1279, 799)) if anchor == "top-left" else ((0, 0), (1279, 799))
    for x, y in corners:
        assert canvas.getpixel((x, y))[3] == 0
        assert alpha.getpixel((x, y)) == 0  # new area: to be painted
    assert alpha.getpixel((left + width // 2, top + height // 2)) == 255  # kept
    meets_right = left + width < 1280
    edge = (left + width - 1, top + height // 2)
    assert (alpha.getpixel(edge) < 255) == meets_right  # the seam, only where new area is
    summary = json.loads(out)
    assert summary["size"] == "1280x800"
    assert summary["box"] == list(box)
    result = opened(Path(summary["files"][0]).read_bytes()).convert("RGBA")
    # The picture's pixels are back beyond the seam (the local server drifts everywhere).
    assert result.getpixel((left + width // 2, top + height // 2)) == (20, 160, 40, 255)
    assert "kept in the gallery as" in err


def test_expand_keeps_lineage_from_the_original_and_says_the_size_it_chose(
    capsys: pytest.CaptureFixture[str], retired_server: LocalServer, tmp_path: Path
) -> None:
    # A model of fixed sizes, on a server that still serves one.
    (tmp_path / "in.png").write_bytes(png(1024, 1024))
    code, out, err = run(
        capsys,
        "expand",
        "wider",
        "--image",
        str(tmp_path / "in.png"),
        "--size",
        "2048x1024",
        "--model",
        "gpt-image-1.5",
        "--out",
        str(tmp_path / "out"),
        "--base-url",
        retired_server.base_url,
    )
    assert code == 0, err
    assert "1536x1024, the nearest size the model accepts to 2048x1024" in err
    assert dimensions(Path(out.strip()).read_bytes()) == (1536, 1024)
    kept_id = int(err.rsplit("kept in the gallery as ", 1)[1].split()[0])
    with GalleryStore(Paths.from_environment().data) as store:
        ancestors = [record.id for record, _ in store.lineage(kept_id).ancestors]
        original = store.query(Query(kinds=(Kind.IMPORT,))).images
    assert [r.id for r in original] == [ancestors[-1]]
    assert len(ancestors) == 2  # the model's own result, then the original


def test_expand_refuses_what_cannot_work(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    (tmp_path / "in.png").write_bytes(png(64, 64))
    base = ["expand", "x", "--image", str(tmp_path / "in.png"), "--base-url", local_server.base_url]
    code, _, err = run(capsys, *base, "--size", "32x64")
    assert code == 2
    assert "would cut" in err
    code, _, err = run(capsys, *base, "--size", "128x128", "--model", "dall-e-3")
    assert code == 2
    assert "does not edit" in err
    code, _, err = run(capsys, *base)
    assert code == 2
    assert "--size" in err


def test_expand_says_why_a_path_is_no_picture(
    capsys: pytest.CaptureFixture[str], local_server: LocalServer, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys,
        "expand",
        "x",
        "--image",
        str(tmp_path),
        "--size",
        "2048x1024",
        "--base-url",
        local_server.base_url,
    )
    assert code == 2
    assert "cannot be expanded: it is a folder" in err
