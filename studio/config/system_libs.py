"""The system libraries Qt needs on Linux, checked before Qt is loaded.

Qt's own message for a missing one is a bare "could not load the Qt platform plugin", and then
it aborts. Studio looks first and says which library is missing and how to install it.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

__all__ = ["missing_libraries", "missing_libraries_message"]

#: Library (as ``find_library`` names it) → the Debian/Ubuntu package that has it.
ALWAYS = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "xkbcommon": "libxkbcommon0",
    "dbus-1": "libdbus-1-3",
}
#: What the xcb platform plugin (a desktop under X11) needs besides.
XCB = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
}


def _platform() -> str:
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen:
        return chosen
    return "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb"


def missing_libraries() -> dict[str, str]:
    """Library → package, for each one this machine lacks (nothing off Linux)."""
    if not sys.platform.startswith("linux"):
        return {}
    wanted = dict(ALWAYS)
    if _platform() == "xcb":
        wanted |= XCB
    return {lib: package for lib, package in wanted.items() if not ctypes.util.find_library(lib)}


def missing_libraries_message(missing: dict[str, str]) -> str:
    names = ", ".join(f"lib{lib}" for lib in missing)
    packages = " ".join(dict.fromkeys(missing.values()))
    return (
        f"Studio cannot start: Qt needs system libraries this machine lacks ({names}).\n"
        f"On Debian or Ubuntu: sudo apt-get install {packages}\n"
        "(Other systems have them under similar names.)"
    )
