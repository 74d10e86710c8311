"""Studio's own helper processes give way to the window when cores are scarce.

The request worker decodes images on every core it can get; at the same priority as the
window, a paint woken while it decodes waits its turn for a core — 5 to 12 ms on two cores
while a grid of four streams lands (docs/performance.md). A little lower, the window runs
first when it has something to do, and the worker still has every core the window leaves idle.
"""

from __future__ import annotations

import contextlib
import os

__all__ = ["BACKGROUND_NICENESS", "give_way_to_window"]

#: How much lower than the window a helper process runs (on systems with ``nice``).
BACKGROUND_NICENESS = 5


def give_way_to_window() -> None:
    """Lower this process's scheduling priority (where the system has one to lower)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(BACKGROUND_NICENESS)
