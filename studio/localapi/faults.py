"""Switchable faults, so tests can see every way a real server fails.

Each image request takes the next planned fault, if any; ``times`` says for how many requests it
stays. Set them in-process (``LocalServer.faults.add``) or over HTTP (``POST /_local/faults``).
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

__all__ = ["Fault", "FaultKind", "FaultPlan"]


class FaultKind(StrEnum):
    LATENCY = "latency"  # wait ``seconds`` before answering
    RATE_LIMIT = "rate_limit"  # 429 with retry-after ``seconds``
    SERVER_ERROR = "server_error"  # 500
    MODERATION = "moderation"  # refused by the safety system
    CUT_STREAM = "cut_stream"  # close the stream after ``after_events`` events
    MALFORMED_EVENT = "malformed_event"  # one event's data is not JSON
    BAD_BASE64 = "bad_base64"  # one image is not valid base64
    HUGE_EVENT = "huge_event"  # every event padded to tens of MB
    STREAM_ERROR = "stream_error"  # an error object mid-stream
    NO_IMAGES = "no_images"  # a successful answer holding no images
    BMP_IMAGE = "bmp_image"  # every image is a BMP, whatever format was asked for
    JUNK_IMAGE = "junk_image"  # every image is a PNG signature followed by junk
    URL = "url"  # every result links to ``url`` (response_format=url)
    HUGE_DOWNLOAD = "huge_download"  # the result links serve bytes without end
    SLOW_DOWNLOAD = "slow_download"  # the result links drip a byte every ``seconds``
    DRIP = "drip"  # the answer drips a byte every ``seconds`` and never ends
    HTML_ERROR = "html_error"  # a 502 from a proxy: an HTML page, not JSON
    HOSTILE_ERROR = "hostile_error"  # an error message with terminal escapes and the key


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    times: int = 1
    seconds: float = 1.0
    after_events: int = 1
    url: str = ""

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> Fault:
        return cls(
            kind=FaultKind(body["kind"]),
            times=int(body.get("times", 1)),
            seconds=float(body.get("seconds", 1.0)),
            after_events=int(body.get("after_events", 1)),
            url=str(body.get("url", "")),
        )


class FaultPlan:
    """Faults waiting for the next image requests; safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[Fault] = deque()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._queue.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    def take(self) -> Fault | None:
        with self._lock:
            if not self._queue:
                return None
            fault = self._queue.popleft()
            if fault.times > 1:
                self._queue.appendleft(replace(fault, times=fault.times - 1))
            return fault
