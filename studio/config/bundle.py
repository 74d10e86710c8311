"""Where Studio's own files and processes come from, in a source checkout, an installed package
or a frozen bundle alike: one lookup for resources, one way to start a module as a process."""

from __future__ import annotations

import sys
from importlib.resources import files
from importlib.resources.abc import Traversable

__all__ = ["RUN_MODULE", "frozen", "module_command", "resource"]

#: The bundle's one executable runs Studio's other processes when given this and a module.
RUN_MODULE = "--run-module"


def frozen() -> bool:
    """Running from a bundle (PyInstaller), where ``sys.executable`` is Studio itself."""
    return bool(getattr(sys, "frozen", False))


def module_command(module: str, *args: str) -> list[str]:
    """The command line that runs ``python -m module args`` — or the bundle's equivalent."""
    if frozen():
        return [sys.executable, RUN_MODULE, module, *args]
    return [sys.executable, "-m", module, *args]


def resource(name: str) -> Traversable:
    """A file of the top-level resources/ folder (the package ``studio.resources``)."""
    return files("studio.resources").joinpath(name)
