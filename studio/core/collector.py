"""Python's runtime tuned for the GUI thread: garbage collected there only, and the GIL handed
over often.

Left alone, the collector runs in whichever thread happens to allocate — a keychain, gallery or
decoding thread — and when a cycle it frees holds Qt objects, they are destroyed in that thread,
which crashes Qt. So automatic collection is switched off and a timer on the GUI thread runs the
same generational collection instead.

Painting calls into Python for every cell, and each call needs the GIL; while a gallery or
decoding thread holds it, the GUI thread waits up to the switch interval each time (5 ms by
default). A 1 ms interval keeps scrolling a grid under a frame (see bench/gallery_ui.py).

Once the window is up, ``freeze_start_up`` moves everything start-up made (modules, widgets and
their wrappers, tables: some 65,000 objects) out of the collector's sight with ``gc.freeze()``.
A full collection walked all of them — 35 ms on the GUI thread, the intermittent 39-60 ms hitch
while a stream landed (docs/performance.md); afterwards it walks only what came since (< 1 ms).
Modules imported later (the keychain's, the HTTP client's, Pillow's, a page's) are start-up too,
only deferred: 17,000-30,000 objects that the next young collection walked, 6-17 ms in the first
stream. When modules were imported since the last look, what is new is frozen the same way.
The cost is what garbage happens to be young at that moment: kept, once per import.
"""

from __future__ import annotations

import gc
import sys
import time

from PySide6.QtCore import QObject, QTimer

__all__ = ["GuiThreadCollector"]


#: A full collection walks every object (tens of milliseconds with a large gallery loaded):
#: at most this often, as CPython itself holds full collections back.
FULL_COLLECTION_SECONDS = 60.0
GIL_SWITCH_SECONDS = 0.001


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        self._modules = len(sys.modules)
        gc.disable()
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def freeze_start_up(self) -> None:
        """Keep what exists now out of every later collection (it lives as long as the app)."""
        gc.freeze()
        self._modules = len(sys.modules)

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as gc would (or
        freeze what modules imported since the last look made)."""
        if len(sys.modules) > self._modules:
            self.freeze_start_up()
            return
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] <= self._thresholds[generation]:
                continue
            if generation == 2:
                if time.monotonic() - self._last_full < FULL_COLLECTION_SECONDS:
                    continue
                self._last_full = time.monotonic()
            gc.collect(generation)
            return
