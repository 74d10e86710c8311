import pytest

from studio.api import Endpoint, capabilities_for, known_models

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
    assert capabilities_for(model).deprecated


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
    assert not capabilities_for("gpt-image-1.5").allows_size("1536x864")


def test_input_fidelity_and_markup_per_model() -> None:
    assert capabilities_for("gpt-image-1.5").input_fidelity == ("low", "high")
    assert capabilities_for("gpt-image-1-mini").input_fidelity == ("low",)
    assert capabilities_for("gpt-image-2").input_fidelity == ()
    assert capabilities_for("gpt-image-2.5-flare").markup
    assert not capabilities_for("gpt-image-2").markup


def test_an_unknown_model_gets_what_the_protocol_allows() -> None:
    caps = capabilities_for("my-server-model")
    assert not caps.known
    assert caps.streaming
    assert set(caps.endpoints) == set(Endpoint)
