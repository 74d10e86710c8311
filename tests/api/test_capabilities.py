import pytest

from studio.api import Endpoint, capabilities_for, known_models, lifecycle_for

ORIGINAL_PAGES = ["gpt-image-1.5", "gpt-image-1", "gpt-image-1-mini", "dall-e-2", "dall-e-3"]
CURRENT_SDK = [
    "gpt-image-1.5",
    "gpt-image-2",
    "gpt-image-2-2026-04-21",
    "gpt-image-2.5-sunburst",
    "gpt-image-2.5-sunburst-2026-09-08",
    "gpt-image-2.5-flare",
    "gpt-image-2.5-flare-2026-09-08",
    "gpt-image-2.6-sunburst",
    "gpt-image-2.6-flare",
    "gpt-image-1-mini",
    "chatgpt-image-latest",
]


def test_every_documented_model_is_in_the_table() -> None:
    names = {caps.name for caps in known_models()}
    assert set(ORIGINAL_PAGES + CURRENT_SDK) <= names


@pytest.mark.parametrize("model", ["gpt-image-1", "dall-e-2", "dall-e-3"])
def test_retired_models_say_so(model: str) -> None:
    assert lifecycle_for(model).shutdown is not None


def test_only_dall_e_2_makes_variations() -> None:
    makers = [c.name for c in known_models() if Endpoint.VARIATIONS in c.endpoints]
    assert makers == ["dall-e-2"]


def test_free_sizes_follow_the_gpt_image_2_rule() -> None:
    caps = capabilities_for("gpt-image-2")
    assert caps.allows_size("1536x864")
    assert caps.allows_size("3840x2160")
    assert caps.allows_size("2160x3840")
    assert not caps.allows_size("1000x1000")  # not multiples of 16
    assert not caps.allows_size("3200x1056")  # wider than 3:1
    assert not caps.allows_size("4096x2048")  # beyond 3840x2160
    assert not capabilities_for("gpt-image-2").allows_size("512x512")  # too few pixels
    assert not capabilities_for("gpt-image-1.5").allows_size("1536x864")


def test_input_fidelity_and_markup_per_model() -> None:
    assert capabilities_for("gpt-image-1.5").input_fidelity == ("low", "high")
    assert capabilities_for("gpt-image-1-mini").input_fidelity == ("low",)
    assert capabilities_for("gpt-image-2").input_fidelity == ()
    assert capabilities_for("gpt-image-2.6-flare").markup
    assert not capabilities_for("gpt-image-2.5-flare").markup
    assert not capabilities_for("gpt-image-2").markup


@pytest.mark.parametrize(
    ("model", "qualities", "formats", "complexity", "transparent_preview"),
    [
        ("gpt-image-1.5", 4, ("png", "jpeg", "webp"), (), False),
        ("gpt-image-2", 4, ("png", "jpeg", "webp"), (), True),
        ("gpt-image-2-2026-04-21", 4, ("png", "jpeg", "webp"), (), True),
        ("gpt-image-2.5-sunburst", 6, ("png", "jpeg", "webp"), (), False),
        ("gpt-image-2.5-flare-2026-09-08", 6, ("png", "jpeg", "webp"), (), False),
        (
            "gpt-image-2.6-sunburst",
            6,
            ("png", "jpeg", "webp", "gif", "svg"),
            ("low", "medium", "high"),
            False,
        ),
        (
            "gpt-image-2.6-flare",
            6,
            ("png", "jpeg", "webp", "gif", "svg"),
            ("low", "medium", "high"),
            False,
        ),
    ],
)
def test_each_family_has_what_its_model_page_says(
    model: str,
    qualities: int,
    formats: tuple[str, ...],
    complexity: tuple[str, ...],
    transparent_preview: bool,
) -> None:
    """2 added free sizes, 2.5 xhigh/max, 2.6 complexity, markup, gif and svg."""
    caps = capabilities_for(model)
    assert len(caps.qualities) == qualities
    assert caps.output_formats == formats
    assert caps.complexity == complexity
    assert "transparent" in caps.backgrounds
    assert caps.transparent_preview is transparent_preview
    assert caps.markup is ("gif" in formats)
    assert bool(caps.svg_reasoning) is ("svg" in formats)


def test_gif_frames_and_their_duration() -> None:
    caps = capabilities_for("gpt-image-2.6-flare")
    assert caps.gif_frames == (2, 16)
    assert caps.gif_frame_ms[0] == 20


def test_free_sizes_have_pixel_bounds() -> None:
    rule = capabilities_for("gpt-image-2.5-flare").free_size
    assert rule is not None
    assert rule.problem(2880, 2880) is None  # 8,294,400 pixels: the most, in a square
    assert rule.problem(1024, 640) is None  # 655,360: the fewest
    assert "fewer than the 655,360" in (rule.problem(1008, 640) or "")
    assert "more than the 8,294,400" in (rule.problem(2896, 2880) or "")
    assert "long side" in (rule.problem(3856, 1440) or "")
    assert rule.experimental(2576, 1440)
    assert not rule.experimental(2560, 1440)


def test_an_unknown_model_gets_what_the_protocol_allows() -> None:
    caps = capabilities_for("my-server-model")
    assert not caps.known
    assert caps.streaming
    assert set(caps.endpoints) == set(Endpoint)
    assert {"gif", "svg"} <= set(caps.output_formats)
    assert caps.complexity
    assert "hd" in caps.qualities
