"""The parameter table: it covers every request field, and ``applies`` says why not."""

from __future__ import annotations

from dataclasses import fields

import pytest

from studio.api import Endpoint, ImageRequest, SvgOptions, capabilities_for
from studio.api.params import PARAMS, ParamKind, applies, param, request_values, values_of

G, E, V = Endpoint.GENERATIONS, Endpoint.EDITS, Endpoint.VARIATIONS


def test_every_request_field_has_a_spec() -> None:
    """A new ImageRequest field fails here until the table describes it."""
    covered = {spec.field for spec in PARAMS}
    missing = {f.name for f in fields(ImageRequest)} - covered - {"endpoint"}
    assert not missing, f"ImageRequest fields with no ParamSpec: {missing}"


def test_names_flags_and_settings_are_unique() -> None:
    names = [spec.name for spec in PARAMS]
    flags = [flag for spec in PARAMS for flag in spec.flags]
    settings = [spec.setting for spec in PARAMS if spec.setting]
    assert len(names) == len(set(names))
    assert len(flags) == len(set(flags))
    assert len(settings) == len(set(settings))


def test_every_parameter_but_the_prompt_has_a_flag_and_every_setting_a_kind() -> None:
    assert [spec.name for spec in PARAMS if not spec.flags] == ["prompt"]
    for spec in PARAMS:
        if spec.kind is ParamKind.CHOICE:
            assert spec.choices is not None, spec.name
        if spec.kind is ParamKind.INT:
            assert spec.bounds is not None, spec.name


@pytest.mark.parametrize(
    ("name", "model", "endpoint", "fmt", "why"),
    [
        # gif and svg: the 2.6 models only, and no streaming
        ("stream", "gpt-image-2.6-flare", G, "gif", "GIF images cannot stream."),
        ("stream", "gpt-image-2.6-sunburst", E, "svg", "SVG images cannot stream."),
        ("partial_images", "gpt-image-2.6-flare", G, "gif", "GIF images cannot stream."),
        ("stream", "dall-e-3", G, "png", "dall-e-3 cannot stream partial images."),
        ("frame_count", "gpt-image-2.6-flare", G, "png", "Only for GIF output."),
        ("frame_duration_ms", "gpt-image-2.5-flare", G, "png", "gpt-image-2.5-flare makes no GIFs"),
        ("svg_model", "gpt-image-2.6-flare", G, "webp", "Only for SVG output."),
        ("svg_effort", "gpt-image-2", G, "png", "gpt-image-2 makes no SVGs"),
        ("n", "gpt-image-2.6-flare", G, "svg", "SVG output makes one image per request"),
        ("mask", "gpt-image-2.6-flare", E, "gif", "GIF output cannot be combined with a mask."),
        # complexity came with 2.6, not 2
        ("complexity", "gpt-image-2", G, "png", "gpt-image-2 has no complexity setting"),
        ("complexity", "gpt-image-2.5-sunburst", E, "png", "has no complexity setting"),
        ("markup", "gpt-image-2.5-flare", E, "png", "gpt-image-2.5-flare takes no markup"),
        ("input_fidelity", "dall-e-2", E, "png", "dall-e-2 has no input fidelity."),
        ("input_fidelity", "gpt-image-2", E, "png", "by itself"),
        ("input_fidelity", "gpt-image-1.5", G, "png", "Only for edits."),
        ("moderation", "gpt-image-2.6-flare", E, "png", "Only for generations."),
        ("quality", "dall-e-2", V, "png", "A variation takes no quality."),
        ("style", "gpt-image-2.6-flare", G, "png", "describe it in the prompt"),
        ("response_format", "gpt-image-2", G, "png", "always returns the image itself"),
        ("output_compression", "gpt-image-2", G, "png", "PNG output takes no compression"),
        ("output_format", "dall-e-3", G, "png", "dall-e-3 returns PNG only"),
        ("safety_identifier", "dall-e-3", G, "png", "use the user field"),
        ("images", "gpt-image-2", G, "png", "Only for edits and variations."),
        ("prompt", "dall-e-2", V, "png", "A variation takes no prompt."),
    ],
)
def test_applies_says_why_not(
    name: str, model: str, endpoint: Endpoint, fmt: str, why: str
) -> None:
    sentence = applies(name, capabilities_for(model), endpoint, fmt)
    assert sentence is not None
    assert why in sentence


@pytest.mark.parametrize(
    ("name", "model", "endpoint", "fmt"),
    [
        ("complexity", "gpt-image-2.6-sunburst", G, "png"),
        ("complexity", "gpt-image-2.6-flare", E, "gif"),
        ("markup", "gpt-image-2.6-flare", E, "png"),
        ("frame_count", "gpt-image-2.6-flare", G, "gif"),
        ("frame_duration_ms", "gpt-image-2.6-sunburst", E, "gif"),
        ("svg_model", "gpt-image-2.6-flare", G, "svg"),
        ("svg_effort", "gpt-image-2.6-flare", E, "svg"),
        ("mask", "gpt-image-2.6-flare", E, "svg"),
        ("stream", "gpt-image-2.5-flare", E, "webp"),
        ("input_fidelity", "gpt-image-1.5", E, "png"),
        ("style", "dall-e-3", G, "png"),
        ("user", "dall-e-2", V, "png"),
        ("n", "dall-e-2", V, "png"),
        ("output_compression", "gpt-image-2", G, "jpeg"),
        ("quality", "my-own-model", G, "png"),
    ],
)
def test_applies_is_none_where_the_parameter_means_something(
    name: str, model: str, endpoint: Endpoint, fmt: str
) -> None:
    assert applies(param(name), capabilities_for(model), endpoint, fmt) is None


def test_partials_need_streaming_only_when_the_caller_knows() -> None:
    caps = capabilities_for("gpt-image-2.6-flare")
    assert applies("partial_images", caps, G, "png") is None
    assert applies("partial_images", caps, G, "png", stream=True) is None
    assert applies("partial_images", caps, G, "png", stream=False) == (
        "Partial images come only while streaming."
    )


def test_values_go_into_a_request_and_come_back_out() -> None:
    values = {
        "quality": "max",
        "complexity": "low",
        "svg_model": "svg-author",
        "svg_effort": "high",
        "user": "u-1",
        "n": None,
    }
    request = ImageRequest(G, "x", **request_values(values))
    assert request.svg == SvgOptions("svg-author", "high")
    assert request.n is None
    assert values_of(request) == {
        "prompt": "x",
        "stream": False,
        **{k: v for k, v in values.items() if v is not None},
    }
