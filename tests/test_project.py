"""Promises about the project itself: what CI runs, what the layers may import."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import studio

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    test_command = next(c for c in commands if "pytest" in c)
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert test_command in ci_lines


def test_core_uses_qtcore_but_no_widgets() -> None:
    allowed = {"PySide6", "PySide6.QtCore"}
    for path in (ROOT / "studio" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.startswith("PySide6"):
                    assert name in allowed, f"{path.name} imports {name}"


def test_version_is_printed() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "studio", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"Studio {studio.__version__}"
