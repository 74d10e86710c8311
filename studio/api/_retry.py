"""When to retry and how long to wait, exactly as the official SDK decides."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping

__all__ = ["MAX_RETRY_AFTER", "RETRY_STATUSES", "retry_after", "retry_delay", "should_retry"]

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
#: A server asking to wait longer than this is not retried at all.
MAX_RETRY_AFTER = 120.0
RETRY_STATUSES = frozenset({408, 409, 429})


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds the server asked to wait (``retry-after-ms``, ``retry-after`` as seconds or date)."""
    for name, divisor in (("retry-after-ms", 1000), ("retry-after", 1)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            delay = float(value)
        except ValueError:
            continue
        if math.isinf(delay):
            return MAX_RETRY_AFTER + 1
        return delay / divisor
    when = headers.get("retry-after")
    if not when:
        return None
    try:
        parsed = email.utils.parsedate_tz(when)
        if parsed is None:
            return None
        return email.utils.mktime_tz(parsed) - time.time()
    except (TypeError, ValueError, OverflowError):
        return None


def should_retry(status: int, headers: Mapping[str, str]) -> bool:
    wait = retry_after(headers)
    if wait is not None and math.isfinite(wait) and wait > MAX_RETRY_AFTER:
        return False
    verdict = headers.get("x-should-retry")
    if verdict in ("true", "false"):
        return verdict == "true"
    return status in RETRY_STATUSES or status >= 500


def retry_delay(retries_done: int, headers: Mapping[str, str] | None = None) -> float:
    wait = retry_after(headers) if headers is not None else None
    if wait is not None and math.isfinite(wait) and 0 < wait <= MAX_RETRY_AFTER:
        return wait
    backoff = min(INITIAL_DELAY * 2.0 ** min(retries_done, 1000), MAX_DELAY)
    return backoff * (1 - 0.25 * random.random())
