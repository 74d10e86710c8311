"""Where Studio keeps its data, settings, cache and logs.

platformdirs gives each OS its usual places; ``STUDIO_HOME`` puts all four under one folder, which
is what tests and portable installs want.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

__all__ = ["APP_NAME", "Paths"]

APP_NAME = "Studio"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    cache: Path
    logs: Path

    @classmethod
    def from_environment(cls, environ: os._Environ[str] | dict[str, str] = os.environ) -> Paths:
        home = environ.get("STUDIO_HOME")
        if home:
            root = Path(home).expanduser()
            return cls(root / "data", root / "config", root / "cache", root / "logs")
        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "studio.log"
