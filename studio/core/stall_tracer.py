"""A watchdog that logs the GUI thread's Python stack whenever its event loop stops turning.

A timer on the GUI thread stamps a heartbeat every few milliseconds; a daemon thread checks the
stamp and, once it is older than the threshold, samples the GUI thread's stack — whatever is
holding the loop at that moment — and logs it when the loop turns again, with how long the stall
lasted and, on Linux, how much of it the GUI thread ran on a CPU and how much it waited for one
(a stall spent waiting is the machine's load, not Studio's code). Switched on by
``STUDIO_TRACE_STALLS=1`` or ``studio --trace-stalls``; off, nothing of it runs.
"""

from __future__ import annotations

import faulthandler
import linecache
import logging
import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

__all__ = ["Stall", "StallTracer", "stall_tracing_wanted"]

log = logging.getLogger(__name__)

ENVIRONMENT_SWITCH = "STUDIO_TRACE_STALLS"
THRESHOLD_MS = 12.0
HEARTBEAT_MS = 2
#: Each sample takes the GIL from the stalled thread for a moment: a few per stall are enough.
SAMPLES_PER_STALL = 4

_THREAD_HEADER = re.compile(r"^(?:Current thread|Thread) (0x[0-9a-f]+)", re.MULTILINE)
_FRAME_LINE = re.compile(r'^\s+File "(.*)", line (\d+) in (.*)$')


def stall_tracing_wanted(flag: bool = False) -> bool:
    return flag or os.environ.get(ENVIRONMENT_SWITCH, "") not in ("", "0")


@dataclass(frozen=True)
class Stall:
    """One stretch in which the GUI loop did not turn, with the stacks seen during it."""

    duration_ms: float
    stacks: tuple[str, ...]
    #: How long the GUI thread ran on a CPU and waited in the run queue (None: not measured).
    on_cpu_ms: float | None = None
    waiting_ms: float | None = None

    def describe(self) -> str:
        scheduling = (
            ""
            if self.on_cpu_ms is None
            else f" (on a CPU {self.on_cpu_ms:.0f} ms, waiting for one {self.waiting_ms:.0f} ms)"
        )
        return f"GUI thread stalled {self.duration_ms:.0f} ms{scheduling} in:\n" + "\n---\n".join(
            self.stacks
        )


class StallTracer(QObject):
    """Start on the GUI thread; ``stalls`` keeps the latest few, and each is logged."""

    def __init__(self, parent: QObject | None = None, threshold_ms: float = THRESHOLD_MS) -> None:
        super().__init__(parent)
        self.threshold_ms = threshold_ms
        self.stalls: list[Stall] = []
        self._gui_thread = threading.get_ident()
        self._schedstat = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
        self._beat = time.monotonic()
        self._beat_schedule = self._scheduling()
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

    def _scheduling(self) -> tuple[int, int] | None:
        """Nanoseconds the GUI thread has run, and waited to run, so far (Linux only)."""
        try:
            ran, waited = self._schedstat.read_text().split()[:2]
        except (OSError, ValueError):
            return None
        return int(ran), int(waited)

    def _heartbeat(self) -> None:
        now = time.monotonic()
        schedule = self._scheduling()
        with self._lock:
            late_ms = (now - self._beat) * 1000
            samples, self._samples = self._samples, []
            self._beat = now
            before, self._beat_schedule = self._beat_schedule, schedule
        if samples and late_ms >= self.threshold_ms:
            on_cpu = waiting = None
            if before is not None and schedule is not None:
                on_cpu = round((schedule[0] - before[0]) / 1e6, 1)
                waiting = round((schedule[1] - before[1]) / 1e6, 1)
            stall = Stall(round(late_ms, 1), tuple(samples), on_cpu, waiting)
            self.stalls = [*self.stalls[-31:], stall]
            log.warning("%s", stall.describe())

    def _watch(self) -> None:
        period = self.threshold_ms / 1000 / 2
        with tempfile.TemporaryFile() as dump:
            while not self._stop.wait(period):
                with self._lock:
                    beat = self._beat
                    late_ms = (time.monotonic() - beat) * 1000
                    wanted = late_ms >= self.threshold_ms and len(self._samples) < SAMPLES_PER_STALL
                if not wanted:
                    continue
                stack = self._gui_stack(dump)
                with self._lock:
                    if self._beat == beat:  # the loop has not turned since: still the same stall
                        self._samples.append(f"(at {late_ms:.0f} ms)\n{stack}")

    def _gui_stack(self, dump: tempfile._TemporaryFileWrapper[bytes]) -> str:
        """The GUI thread's stack, oldest call first, as a traceback prints it.

        faulthandler reads every thread's frames in one C call; walking another running thread's
        frame objects from Python is not safe on every CPython this runs on.
        """
        dump.seek(0)
        dump.truncate()
        faulthandler.dump_traceback(dump, all_threads=True)
        dump.seek(0)
        text = dump.read().decode("utf-8", "replace")
        sections = _THREAD_HEADER.split(text)
        for ident, body in zip(sections[1::2], sections[2::2], strict=True):
            if int(ident, 16) != self._gui_thread:
                continue
            lines = []
            for line in reversed(body.splitlines()):
                match = _FRAME_LINE.match(line)
                if match is None:
                    continue
                filename, lineno, name = match[1], int(match[2]), match[3]
                source = linecache.getline(filename, lineno).strip()
                lines.append(f'  File "{filename}", line {lineno}, in {name}\n    {source}\n')
            return "".join(lines)
        return "(the GUI thread's stack was not found)\n"
