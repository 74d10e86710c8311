"""Model lifecycle: states by date, what a model list shows, replacements and the cache."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from studio.api import (
    DEFAULT_MODEL,
    Lifecycle,
    ModelCache,
    ModelGone,
    ModelInfo,
    ProviderModel,
    lifecycle_for,
    lifecycle_note,
    model_choices,
    model_gone,
    replacement_for,
)

TODAY = date(2026, 12, 1)


def names(infos: tuple[ModelInfo, ...]) -> list[str]:
    return [info.name for info in infos]


@pytest.mark.parametrize(
    ("model", "day", "state"),
    [
        ("gpt-image-1.5", date(2026, 11, 30), Lifecycle.DEPRECATED),
        ("gpt-image-1.5", date(2026, 12, 1), Lifecycle.SHUT_DOWN),  # shut down that very day
        ("gpt-image-1.5-2025-12-16", date(2026, 12, 1), Lifecycle.SHUT_DOWN),
        ("gpt-image-1-mini", date(2026, 12, 1), Lifecycle.SHUT_DOWN),
        ("chatgpt-image-latest", date(2026, 12, 1), Lifecycle.SHUT_DOWN),
        ("gpt-image-1", date(2026, 10, 22), Lifecycle.DEPRECATED),
        ("gpt-image-1", date(2026, 10, 23), Lifecycle.SHUT_DOWN),
        ("dall-e-3", date(2026, 5, 12), Lifecycle.SHUT_DOWN),
        ("gpt-image-2", TODAY, Lifecycle.LIVE),
        ("gpt-image-2.5-flare-2026-09-08", TODAY, Lifecycle.LIVE),
        ("gpt-image-2.6-sunburst", TODAY, Lifecycle.LIVE),
    ],
)
def test_states_by_date(model: str, day: date, state: Lifecycle) -> None:
    assert lifecycle_for(model).state(day) is state


def test_the_table_gives_release_dates_and_replacements() -> None:
    old = lifecycle_for("gpt-image-1.5")
    assert old.known
    assert old.released == date(2025, 12, 16)
    assert old.shutdown == date(2026, 12, 1)
    assert old.replacement == "gpt-image-2.6-sunburst"
    assert old.replacements == ("gpt-image-2.6-sunburst", "gpt-image-2.6-flare")
    assert lifecycle_for("gpt-image-2.6-flare").released == date(2026, 11, 4)
    assert lifecycle_for("gpt-image-2.6-flare").replacement is None


def test_an_unknown_name_is_live_and_not_known() -> None:
    info = lifecycle_for("my-own-model")
    assert not info.known
    assert info.state(TODAY) is Lifecycle.LIVE
    assert replacement_for("my-own-model", TODAY) is None


def test_an_undated_alias_of_a_known_model_takes_its_lifecycle() -> None:
    info = lifecycle_for("gpt-image-1.5-2099-01-01")
    assert info.name == "gpt-image-1.5-2099-01-01"
    assert info.shutdown == date(2026, 12, 1)


def test_the_default_model_is_live_and_known() -> None:
    info = lifecycle_for(DEFAULT_MODEL)
    assert info.known
    assert info.state(TODAY) is Lifecycle.LIVE
    assert DEFAULT_MODEL.startswith("gpt-image-2.6")


def test_openai_without_a_list_shows_the_table_live_newest_first_and_hides_the_shut_down() -> None:
    shown = names(model_choices(None, openai=True, today=TODAY))
    assert shown[:2] == ["gpt-image-2.6-sunburst", "gpt-image-2.6-flare"]
    assert shown.index("gpt-image-2.5-sunburst") < shown.index("gpt-image-2")
    for gone in ("gpt-image-1.5", "gpt-image-1-mini", "chatgpt-image-latest", "dall-e-2"):
        assert gone not in shown


def test_deprecated_models_come_after_live_ones_with_their_date() -> None:
    shown = model_choices(None, openai=True, today=date(2026, 11, 20))
    states = [info.state(date(2026, 11, 20)) for info in shown]
    first_deprecated = states.index(Lifecycle.DEPRECATED)
    assert Lifecycle.LIVE not in states[first_deprecated:]
    deprecated = {info.name: info.shutdown for info in shown[first_deprecated:]}
    assert deprecated["gpt-image-1.5"] == date(2026, 12, 1)


def test_openai_with_a_list_shows_only_the_image_models_it_offers() -> None:
    offered = (
        ProviderModel("gpt-4o", owned_by="system"),
        ProviderModel("gpt-4o-mini-image-understanding"),  # an image word, not an image model
        ProviderModel("gpt-image-2"),
        ProviderModel("gpt-image-2.6-flare"),
        ProviderModel("gpt-image-1.5", shutdown_date=date(2026, 12, 1)),
        ProviderModel("gpt-image-2.7-ember", created=1796000000),
    )
    shown = model_choices(offered, openai=True, today=TODAY)
    assert names(shown) == ["gpt-image-2.7-ember", "gpt-image-2.6-flare", "gpt-image-2"]
    assert all(info.offered for info in shown)
    assert not shown[0].known  # a newer model than the table knows is shown, newest first


def test_the_providers_shutdown_date_wins_over_the_tables() -> None:
    offered = (
        ProviderModel("gpt-image-2", shutdown_date=date(2027, 3, 1)),
        ProviderModel("gpt-image-2.6-flare"),
    )
    shown = {info.name: info for info in model_choices(offered, openai=True, today=TODAY)}
    assert shown["gpt-image-2"].state(TODAY) is Lifecycle.DEPRECATED
    assert shown["gpt-image-2"].shutdown == date(2027, 3, 1)
    assert names(model_choices(offered, openai=True, today=TODAY))[-1] == "gpt-image-2"
    later = (ProviderModel("gpt-image-2", shutdown_date=date(2026, 11, 1)),)
    assert model_choices(later, openai=True, today=TODAY) == ()


def test_a_compatible_servers_list_is_shown_as_it_gives_it() -> None:
    offered = (
        ProviderModel("flux-dev"),
        ProviderModel("llama-3-70b"),
        ProviderModel("dall-e-3"),
        ProviderModel("gpt-image-1.5"),
    )
    shown = model_choices(offered, openai=False, today=TODAY)
    assert names(shown) == ["flux-dev", "dall-e-3", "gpt-image-1.5"]
    assert [info.known for info in shown] == [False, True, True]


def test_a_compatible_server_decides_its_own_shutdowns() -> None:
    # The table's dates are OpenAI's: a server still listing DALL·E without a date serves it.
    offered = (
        ProviderModel("dall-e-3"),
        ProviderModel("gpt-image-2", shutdown_date=date(2026, 11, 1)),
    )
    shown = {i.name: i for i in model_choices(offered, openai=False, today=TODAY)}
    assert shown["dall-e-3"].state(TODAY) is Lifecycle.LIVE
    assert shown["gpt-image-2"].state(TODAY) is Lifecycle.SHUT_DOWN  # shown all the same
    assert replacement_for("dall-e-3", TODAY, offered, openai=False) is None
    assert replacement_for("dall-e-3", TODAY, offered) is None  # nothing live offered instead
    with_new = (*offered, ProviderModel("gpt-image-2.6-flare"))
    assert replacement_for("dall-e-3", TODAY, with_new) == "gpt-image-2.6-flare"


def test_a_compatible_server_whose_names_say_nothing_shows_them_all() -> None:
    offered = (ProviderModel("alpha"), ProviderModel("beta"))
    assert names(model_choices(offered, openai=False, today=TODAY)) == ["alpha", "beta"]


def test_replacements() -> None:
    assert replacement_for("gpt-image-1.5", TODAY) == "gpt-image-2.6-sunburst"
    assert replacement_for("gpt-image-1.5", date(2026, 11, 30)) is None  # not gone yet
    assert replacement_for("gpt-image-2", TODAY) is None
    # The table names none for gpt-image-1: the newest live models stand in.
    assert replacement_for("gpt-image-1", TODAY) == "gpt-image-2.6-sunburst"
    # A key without sunburst gets flare.
    offered = (ProviderModel("gpt-image-2.6-flare"), ProviderModel("gpt-image-1.5"))
    assert replacement_for("gpt-image-1.5", TODAY, offered) == "gpt-image-2.6-flare"


def test_the_gone_sentence_names_both_replacements() -> None:
    error = model_gone("gpt-image-1.5", TODAY)
    assert isinstance(error, ModelGone)
    assert str(error) == (
        "gpt-image-1.5 was shut down on 2026-12-01. Use gpt-image-2.6-sunburst (detailed) or "
        "gpt-image-2.6-flare (fast) instead."
    )
    assert (error.model, error.replacement) == ("gpt-image-1.5", "gpt-image-2.6-sunburst")
    assert (error.status, error.code, error.param) == (404, "model_not_found", "model")


def test_the_gone_sentence_for_a_model_the_table_thinks_live() -> None:
    error = model_gone("someone-elses-model", TODAY)
    assert "does not offer someone-elses-model" in str(error)
    assert error.replacement is None


def test_the_cache_keeps_a_list_for_a_day(tmp_path: Path) -> None:
    cache = ModelCache(tmp_path / "models")
    assert cache.load("p1") is None
    models = (ProviderModel("gpt-image-1.5", date(2026, 12, 1), "openai", 1765843200),)
    fetched = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    cache.save("p1", models, fetched)
    assert cache.load("p1") == (models, fetched)
    assert cache.fresh("p1", now=fetched + timedelta(hours=23)) == models
    assert cache.fresh("p1", now=fetched + timedelta(hours=25)) is None
    assert cache.fresh("p1", timedelta(hours=1), now=fetched + timedelta(hours=2)) is None
    assert cache.fresh("p2", now=fetched) is None


@pytest.mark.parametrize(
    "damage",
    [b"", b"{not json", b"[]", b'{"fetched_at": "yesterday", "models": []}', b"\xff\xfe"],
)
def test_a_damaged_cache_file_counts_as_absent(tmp_path: Path, damage: bytes) -> None:
    cache = ModelCache(tmp_path)
    cache.save("p1", (ProviderModel("gpt-image-2"),))
    (tmp_path / "p1.json").write_bytes(damage)
    assert cache.load("p1") is None
    assert cache.fresh("p1") is None


def test_a_cache_entry_with_a_bad_model_counts_as_absent(tmp_path: Path) -> None:
    cache = ModelCache(tmp_path)
    document = {"fetched_at": "2026-12-01T00:00:00+00:00", "models": [{"no id": 1}]}
    (tmp_path / "p1.json").write_text(json.dumps(document))
    assert cache.load("p1") is None


def test_the_cache_lives_under_the_cache_dir(studio_home: Path) -> None:
    cache = ModelCache()
    cache.save("a/b", (ProviderModel("gpt-image-2"),))
    assert cache.load("a/b") is not None
    assert list((studio_home / "cache" / "models").iterdir())


def test_provider_entries_read_openai_and_azure_forms() -> None:
    openai = ProviderModel.from_json(
        {"id": "gpt-image-1", "object": "model", "created": 1, "owned_by": "openai",
         "shutdown_date": "2026-10-23"}
    )  # fmt: skip
    assert openai == ProviderModel("gpt-image-1", date(2026, 10, 23), "openai", 1)
    azure = ProviderModel.from_json(
        {"id": "gpt-image-1", "created_at": 5, "deprecation": {"inference": 1792713600}}
    )
    assert azure.shutdown_date == date(2026, 10, 23)
    assert ProviderModel.from_json({"id": "x", "shutdown_date": "soon"}).shutdown_date is None


def test_a_note_for_warnings_and_tooltips() -> None:
    assert lifecycle_note("gpt-image-1.5", date(2026, 11, 20)) == (
        "gpt-image-1.5 shuts down at OpenAI on 2026-12-01."
    )
    assert lifecycle_note("gpt-image-1.5", TODAY) == (
        "gpt-image-1.5 was shut down at OpenAI on 2026-12-01. Use gpt-image-2.6-sunburst "
        "(detailed) or gpt-image-2.6-flare (fast) there; some compatible servers still serve it."
    )
    assert lifecycle_note("dall-e-2", TODAY).startswith("dall-e-2 was shut down at OpenAI on 2026")
    assert lifecycle_note("gpt-image-2.6-flare", TODAY) == ""
    assert lifecycle_note("my-own-model", TODAY) == ""
