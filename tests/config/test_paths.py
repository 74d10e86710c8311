from pathlib import Path

from studio.config import Paths


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
