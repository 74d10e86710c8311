"""Build the one-folder bundle with PyInstaller and say where it is and how big.

    python packaging/build.py

Installs PyInstaller if it is missing. The bundle is dist/studio/ (dist/Studio.app on macOS).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def size_mb(folder: Path) -> float:
    files = (f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 2**20


def main() -> int:
    if importlib.util.find_spec("PyInstaller") is None:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.10"], check=True
        )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "packaging" / "studio.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = ROOT / "dist" / "studio"
    print(f"bundle: {bundle} ({size_mb(bundle):.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
