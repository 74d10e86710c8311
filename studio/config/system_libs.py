"""The system libraries Qt needs on Linux, checked before Qt is loaded.

Qt's own message for a missing one is a bare "could not load the Qt platform plugin", and then
it aborts. Studio looks first and says which library is missing and how to install it.
"""

from __future__ import annotations

import ctypes
import os
import sys

__all__ = ["missing_libraries", "missing_libraries_message", "offscreen_without_display"]

#: Library (its soname) → the Debian/Ubuntu package that has it.
ALWAYS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libstdc++.so.6": "libstdc++6",
}
#: What the xcb platform plugin (a desktop under X11) needs besides.
XCB = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
}


def _platform() -> str:
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen:
        return chosen
    return "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb"


def offscreen_without_display() -> None:
    """With no display to show a window on (a build machine, CI), draw offscreen."""
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def loads(soname: str) -> bool:
    """The dynamic loader finds ``soname`` as Qt's would (no guessing from ldconfig's cache)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries() -> dict[str, str]:
    """Library → package, for each one this machine lacks (nothing off Linux)."""
    if not sys.platform.startswith("linux"):
        return {}
    wanted = dict(ALWAYS)
    if _platform() == "xcb":
        wanted |= XCB
    return {lib: package for lib, package in wanted.items() if not loads(lib)}


def missing_libraries_message(missing: dict[str, str]) -> str:
    names = ", ".join(missing)
    packages = " ".join(dict.fromkeys(missing.values()))
    return (
        f"Studio cannot start: Qt needs system libraries this machine lacks ({names}).\n"
        f"On Debian or Ubuntu: sudo apt-get install {packages}\n"
        "(Other systems have them under similar names.)"
    )
