"""``studio.imaging`` loads Pillow on first use of a name that needs it: every name it offers
still resolves, to the object its module defines."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import studio.imaging as imaging


def test_every_name_offered_resolves_to_its_modules_object() -> None:
    for name in imaging.__all__:
        value = getattr(imaging, name)
        home = getattr(value, "__module__", None)
        if home is not None and home.startswith("studio.imaging."):
            assert getattr(importlib.import_module(home), name) is value


def test_importing_the_package_and_its_plain_names_loads_no_pillow(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from studio.imaging import DisplayPixels, NotAnImage, read_image_file; "
            "print('PIL' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    ).stdout.strip()
    assert loaded == "False"
