"""A watchdog that logs the GUI thread's Python stack whenever its event loop stops turning.

A timer on the GUI thread stamps a heartbeat every few milliseconds; a daemon thread checks the
stamp and, once it is older than the threshold, samples ``sys._current_frames()`` for the GUI
thread — the stack of whatever is holding the loop at that moment — and logs it when the loop
turns again, with how long the stall lasted. Switched on by ``STUDIO_TRACE_STALLS=1`` or
``studio --trace-stalls``; off, nothing of it runs.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

__all__ = ["Stall", "StallTracer", "stall_tracing_wanted"]

log = logging.getLogger(__name__)

ENVIRONMENT_SWITCH = "STUDIO_TRACE_STALLS"
THRESHOLD_MS = 12.0
HEARTBEAT_MS = 2
#: Each sample takes the GIL from the stalled thread for a moment: a few per stall are enough.
SAMPLES_PER_STALL = 4


def stall_tracing_wanted(flag: bool = False) -> bool:
    return flag or os.environ.get(ENVIRONMENT_SWITCH, "") not in ("", "0")


@dataclass(frozen=True)
class Stall:
    """One stretch in which the GUI loop did not turn, with the stacks seen during it."""

    duration_ms: float
    stacks: tuple[str, ...]

    def describe(self) -> str:
        return f"GUI thread stalled {self.duration_ms:.0f} ms in:\n" + "\n---\n".join(self.stacks)


class StallTracer(QObject):
    """Start on the GUI thread; ``stalls`` keeps the latest few, and each is logged."""

    def __init__(self, parent: QObject | None = None, threshold_ms: float = THRESHOLD_MS) -> None:
        super().__init__(parent)
        self.threshold_ms = threshold_ms
        self.stalls: list[Stall] = []
        self._gui_thread_id = threading.get_ident()
        self._beat = time.monotonic()
        self._samples: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._heartbeat)
        self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)

    def start(self) -> StallTracer:
        self._beat = time.monotonic()
        self._timer.start()
        self._watchdog.start()
        log.info("Tracing GUI stalls over %.0f ms", self.threshold_ms)
        return self

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._watchdog.is_alive():
            self._watchdog.join(timeout=1)

    def _heartbeat(self) -> None:
        now = time.monotonic()
        with self._lock:
            late_ms = (now - self._beat) * 1000
            samples, self._samples = self._samples, []
            self._beat = now
        if samples and late_ms >= self.threshold_ms:
            stall = Stall(round(late_ms, 1), tuple(samples))
            self.stalls = [*self.stalls[-31:], stall]
            log.warning("%s", stall.describe())

    def _watch(self) -> None:
        period = self.threshold_ms / 1000 / 2
        while not self._stop.wait(period):
            with self._lock:
                beat = self._beat
                late_ms = (time.monotonic() - beat) * 1000
                wanted = late_ms >= self.threshold_ms and len(self._samples) < SAMPLES_PER_STALL
            if not wanted:
                continue
            frame = sys._current_frames().get(self._gui_thread_id)
            if frame is None:
                continue
            stack = "".join(traceback.format_stack(frame))
            with self._lock:
                if self._beat == beat:  # the loop has not turned since: still the same stall
                    self._samples.append(f"(at {late_ms:.0f} ms)\n{stack}")
