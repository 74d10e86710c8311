import json
from pathlib import Path

from studio.config import SCHEMA_VERSION, Provider, ProviderKind, Settings, SettingsFile


def _file(tmp_path: Path) -> SettingsFile:
    return SettingsFile(tmp_path / "config" / "settings.json")


def test_a_missing_file_gives_defaults_with_openai_active(tmp_path: Path) -> None:
    loaded = _file(tmp_path).load()
    assert loaded.notice is None
    assert loaded.settings.active_provider is not None
    assert loaded.settings.active_provider.kind is ProviderKind.OPENAI


def test_settings_round_trip(tmp_path: Path) -> None:
    azure = Provider.new(
        ProviderKind.AZURE,
        "Work",
        base_url="https://work.openai.azure.com",
        deployment="img",
        api_version="2025-04-01-preview",
    )
    local = Provider.new(ProviderKind.COMPATIBLE, "Local", base_url="http://127.0.0.1:9/v1")
    settings = Settings().with_providers((azure, local), local.id)
    file = _file(tmp_path)
    file.save(settings)
    document = json.loads(file.path.read_text())
    assert document["schema_version"] == SCHEMA_VERSION
    assert file.load().settings == settings


def test_a_corrupt_file_is_kept_aside_and_defaults_are_used(tmp_path: Path) -> None:
    file = _file(tmp_path)
    file.path.parent.mkdir(parents=True)
    file.path.write_text('{"schema_version": 1, "providers": [{"kind": "openai"')
    loaded = file.load()
    assert loaded.settings == Settings()
    assert loaded.notice is not None
    assert "damaged" in loaded.notice
    kept = list(file.path.parent.glob("settings.json.bad-*"))
    assert len(kept) == 1
    assert kept[0].read_text().startswith('{"schema_version": 1')
    assert not file.path.exists()


def test_well_formed_json_of_the_wrong_shape_counts_as_corrupt(tmp_path: Path) -> None:
    file = _file(tmp_path)
    file.path.parent.mkdir(parents=True)
    for bad in (
        "[1, 2]",
        '{"schema_version": 1, "providers": [{"kind": "gopher", "id": "x"}]}',
        '{"providers": []}',
        '{"schema_version": 1, "concurrent_jobs": 0}',
    ):
        file.path.write_text(bad)
        loaded = file.load()
        assert loaded.settings == Settings(), bad
        assert loaded.notice, bad


def test_an_unreadable_file_gives_defaults_and_a_notice(tmp_path: Path) -> None:
    file = _file(tmp_path)
    file.path.mkdir(parents=True)  # a folder where the file should be: reading fails
    loaded = file.load()
    assert loaded.settings == Settings()
    assert loaded.notice is not None
    assert str(file.path) in loaded.notice


def test_a_newer_file_is_read_for_what_is_known_and_kept(tmp_path: Path) -> None:
    file = _file(tmp_path)
    file.path.parent.mkdir(parents=True)
    document = {
        "schema_version": SCHEMA_VERSION + 1,
        "providers": [{"id": "a", "name": "A", "kind": "openai", "colour": "blue"}],
        "active_provider_id": "a",
        "future_setting": True,
    }
    file.path.write_text(json.dumps(document))
    loaded = file.load()
    assert loaded.notice is None
    assert loaded.settings.active_provider == Provider("a", "A", ProviderKind.OPENAI)
    kept = file.path.with_name(f"settings.json.from-v{SCHEMA_VERSION + 1}")
    assert json.loads(kept.read_text()) == document


def test_saving_where_it_cannot_write_raises_and_keeps_the_old_file(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    file = SettingsFile(blocker / "settings.json")
    try:
        file.save(Settings())
    except OSError:
        pass
    else:
        raise AssertionError("save should have failed")
    assert blocker.read_text() == "a file where the folder should be"


def test_an_active_id_that_names_no_provider_falls_back_to_the_first() -> None:
    provider = Provider("p1", "One", ProviderKind.OPENAI)
    settings = Settings().with_providers((provider,), "missing")
    assert settings.active_provider == provider


def test_a_version_1_file_is_migrated_and_keeps_its_providers(tmp_path: Path) -> None:
    file = _file(tmp_path)
    file.path.parent.mkdir(parents=True)
    version_1 = {
        "schema_version": 1,
        "providers": [{"id": "a", "name": "Mine", "kind": "compatible", "base_url": "http://h/v1"}],
        "active_provider_id": "a",
        "concurrent_jobs": 3,
    }
    file.path.write_text(json.dumps(version_1))
    loaded = file.load()
    assert loaded.notice is None
    assert loaded.settings.active_provider == Provider(
        "a", "Mine", ProviderKind.COMPATIBLE, base_url="http://h/v1"
    )
    assert loaded.settings.concurrent_jobs == 3
    assert loaded.settings.pricing_overrides == {}
    file.save(loaded.settings)
    assert loaded.settings.spending_caps == ()
    assert (loaded.settings.theme, loaded.settings.language) == ("system", "system")
    assert json.loads(file.path.read_text())["schema_version"] == SCHEMA_VERSION == 5


def test_price_overrides_round_trip(tmp_path: Path) -> None:
    prices = {"gpt-image-2": {"text_input": 1.0, "image_input": 2.0, "image_output": 30.0}}
    file = _file(tmp_path)
    file.save(Settings(pricing_overrides=prices))
    assert file.load().settings.pricing_overrides == prices


def test_a_version_2_file_gains_the_request_timeout(tmp_path: Path) -> None:
    file = _file(tmp_path)
    file.path.parent.mkdir(parents=True)
    file.path.write_text('{"schema_version": 2, "concurrent_jobs": 3, "pricing_overrides": {}}')
    loaded = file.load()
    assert loaded.notice is None
    assert loaded.settings.concurrent_jobs == 3
    assert loaded.settings.request_timeout == 600.0
    file.path.write_text('{"schema_version": 3, "request_timeout": 0.001}')
    assert file.load().settings == Settings()  # out of range: kept aside, defaults used


def test_a_base_url_with_a_password_is_refused_and_forgotten(tmp_path: Path) -> None:
    file = _file(tmp_path)
    file.path.parent.mkdir(parents=True)
    password = "hunter2-secret-pw"
    provider = {
        "id": "mine",
        "name": "Mine",
        "kind": "compatible",
        "base_url": f"https://me:{password}@images.example.com/v1",
    }
    file.path.write_text(json.dumps({"schema_version": 3, "providers": [provider]}))
    loaded = file.load()
    assert loaded.notice is not None
    assert "Mine" in loaded.notice
    assert "Credentials belong in the key field" in loaded.notice
    (kept,) = loaded.settings.providers
    assert kept.base_url == "https://images.example.com/v1"
    assert kept.problem() is None
    assert password not in file.path.read_text()  # nothing derived from it stays stored
    assert file.load().notice is None


def test_theme_and_language_round_trip_and_unknown_ones_are_refused(tmp_path: Path) -> None:
    file = _file(tmp_path)
    file.save(Settings(theme="dark", language="de"))
    assert (file.load().settings.theme, file.load().settings.language) == ("dark", "de")
    document = json.loads(file.path.read_text())
    file.path.write_text(json.dumps({**document, "theme": "purple"}))
    loaded = file.load()
    assert loaded.settings.theme == "system"
    assert loaded.notice is not None
