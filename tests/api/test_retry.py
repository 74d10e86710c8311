"""The retry rules of the official SDK, as ``api-now.md`` states them."""

import email.utils
import time

import pytest

from studio.api._retry import retry_after, retry_delay, should_retry


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_these_statuses_are_retried(status: int) -> None:
    assert should_retry(status, {})


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_these_are_not(status: int) -> None:
    assert not should_retry(status, {})


def test_the_server_can_say_yes_or_no() -> None:
    assert should_retry(400, {"x-should-retry": "true"})
    assert not should_retry(500, {"x-should-retry": "false"})


def test_a_wait_over_two_minutes_is_not_retried() -> None:
    assert not should_retry(429, {"retry-after": "121"})
    assert should_retry(429, {"retry-after": "120"})


def test_retry_after_ms_wins_over_seconds_and_dates_are_understood() -> None:
    assert retry_after({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5
    assert retry_after({"retry-after": "3"}) == 3
    soon = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 28 <= (retry_after({"retry-after": soon}) or 0) <= 31
    assert retry_after({"retry-after": "whenever"}) is None


def test_the_delay_obeys_the_server_when_it_is_reasonable() -> None:
    assert retry_delay(0, {"retry-after": "7"}) == 7


@pytest.mark.parametrize(("done", "base"), [(0, 0.5), (1, 1.0), (2, 2.0), (5, 8.0), (50, 8.0)])
def test_backoff_doubles_to_eight_seconds_with_up_to_a_quarter_off(done: int, base: float) -> None:
    delays = [retry_delay(done, {}) for _ in range(200)]
    assert all(base * 0.75 <= d <= base for d in delays)
    assert max(delays) - min(delays) > 0
