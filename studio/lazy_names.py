"""Names a package gives from its modules on first use (PEP 562), so importing the package does
not import the modules: what the window does not need to show itself loads when it is used."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(package: str, homes: Mapping[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: ``homes`` maps a module of it to the names it gives.
    The first use of one name imports that module and keeps all its names in the package. No
    name may also be a submodule's: importing the submodule would replace it."""
    home_of = {name: module for module, names in homes.items() for name in names}

    def __getattr__(name: str) -> Any:
        home = home_of.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = importlib.import_module(f"{package}.{home}")
        kept = vars(sys.modules[package])
        for each in homes[home]:
            kept[each] = getattr(module, each)
        return kept[name]

    return __getattr__
