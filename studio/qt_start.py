"""PySide6 loaded with one start-up cost cut: its scan of every imported module's source.

PySide6 asks of each module imported after it whether the module's source mentions "PySide6"
(to know which modules may switch its ``__feature__`` options). It asks through
``inspect.getsource``, which tokenises the file through ``linecache``: 35-40 ms over the ~250
modules the window imports, a tenth of its start. Reading the file's bytes answers the same
question; anything that is not a plain ``.py`` file (a frozen bundle's modules, extensions)
still goes to PySide's own check. Imported by ``studio.app`` before anything else it imports.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 - loads shiboken's support modules, patched below

__all__: list[str] = []


def _faster_scan() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "studio_fast", False):
        return  # another PySide, whose internals differ: leave it as it is

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    mod_uses_pyside.studio_fast = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]


_faster_scan()
