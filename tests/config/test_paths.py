import subprocess
import sys
from pathlib import Path

import pytest

from studio.config import RUN_MODULE, Paths, frozen, module_command, resource


def test_studio_home_puts_every_folder_under_it(tmp_path: Path) -> None:
    paths = Paths.from_environment({"STUDIO_HOME": str(tmp_path)})
    for folder in (paths.data, paths.config, paths.cache, paths.logs):
        assert folder.parent == tmp_path
    assert len({paths.data, paths.config, paths.cache, paths.logs}) == 4
    assert paths.settings_file.parent == paths.config


def test_without_studio_home_the_os_places_are_used() -> None:
    paths = Paths.from_environment({})
    assert "Studio" in str(paths.config)
    assert paths.data != paths.config


def test_studio_starts_its_own_processes_from_a_bundle_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert module_command("studio.worker") == [sys.executable, "-m", "studio.worker"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert frozen()
    assert module_command("studio.localapi", "--pace", "0.4") == [
        sys.executable,
        RUN_MODULE,
        "studio.localapi",
        "--pace",
        "0.4",
    ]


def test_the_bundle_entry_point_runs_a_module_given_to_it() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "studio", RUN_MODULE, "studio.localapi", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "usage: python -m studio.localapi" in done.stdout


def test_resources_are_found_through_one_lookup() -> None:
    assert resource("models.json").is_file()
    assert resource("pricing.json").is_file()


def test_a_missing_qt_library_is_named_with_its_package(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from studio import __main__ as entry
    from studio.config import system_libs

    monkeypatch.setattr(system_libs, "loads", lambda soname: "xcb-cursor" not in soname)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(sys, "platform", "linux")
    assert entry.main([]) == 1
    said = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in said
    assert "sudo apt-get install libxcb-cursor0" in said
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # offscreen needs no xcb libraries
    assert system_libs.missing_libraries() == {}
