"""When to retry and how long to wait, as the official SDK decides — except a resend that could
be billed twice.

The SDK retries every connection error and timeout. Studio retries a POST only when the server
cannot have started it (``resend_is_safe``): the connection was never made (refused, no route,
connect or pool timeout), or the body was not all written (write error or timeout: a server acts
on a whole request only). An error status (429, 5xx, …) with its ``x-should-retry`` verdict is
retried as the SDK does: the server answered that it did not do the work. A read timeout or a
connection that broke after the body was sent may have been billed: never resent on its own.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping

import httpx2

__all__ = [
    "MAX_RETRY_AFTER",
    "RETRY_STATUSES",
    "resend_is_safe",
    "retry_after",
    "retry_delay",
    "should_retry",
]

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


#: Failures that leave the server without a whole request to act on.
_NOTHING_STARTED = (
    httpx2.ConnectError,
    httpx2.ConnectTimeout,
    httpx2.PoolTimeout,
    httpx2.WriteError,
    httpx2.WriteTimeout,
    httpx2.UnsupportedProtocol,
    httpx2.ProxyError,
)


def resend_is_safe(method: str, error: httpx2.TransportError) -> bool:
    """Whether repeating a request that failed with ``error`` cannot make it billed twice."""
    return method in ("GET", "HEAD") or isinstance(error, _NOTHING_STARTED)
