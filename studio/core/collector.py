"""Python's cyclic garbage collector, run on the GUI thread only.

Left alone, the collector runs in whichever thread happens to allocate — a keychain, gallery or
decoding thread — and when a cycle it frees holds Qt objects, they are destroyed in that thread,
which crashes Qt. So automatic collection is switched off and a timer on the GUI thread runs the
same generational collection instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

__all__ = ["GuiThreadCollector"]


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as gc would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
