"""What was spent today and this month, and whether a request's estimate passes the caps."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from studio.api import InvalidParameters
from studio.config import CapAction, CapPeriod, SpendingCap, words
from studio.gallery.estimates import Estimate, Total

if TYPE_CHECKING:  # the window shows spending before it opens the gallery's database
    from studio.gallery._journal import Journal

__all__ = [
    "CapCheck",
    "SpendingCapReached",
    "Spent",
    "check_caps",
    "spent",
    "start_of_day",
    "start_of_month",
]


def start_of_day(now: float | None = None) -> float:
    return time.mktime((*time.localtime(now)[:3], 0, 0, 0, 0, 0, -1))


def start_of_month(now: float | None = None) -> float:
    year, month = time.localtime(now)[:2]
    return time.mktime((year, month, 1, 0, 0, 0, 0, 0, -1))


class SpendingCapReached(InvalidParameters):
    """A spending cap set to refuse would be passed: refused before anything was sent."""

    def __init__(self, message: str) -> None:
        super().__init__(message, param="cost")


@dataclass(frozen=True)
class Spent:
    """USD spent (kept images' cost, plus requests that may have been billed)."""

    today: float
    month: float

    @property
    def text(self) -> str:
        return words("Spending", "${today:.2f} today, ${month:.2f} this month").format(
            today=self.today, month=self.month
        )


def spent(journal: Journal, provider: str | None = None) -> Spent:
    return Spent(journal.spent(start_of_day(), provider), journal.spent(start_of_month(), provider))


@dataclass(frozen=True)
class CapCheck:
    """What the caps say about spending ``cost`` more: sentences to warn with, and a refusal."""

    warnings: tuple[str, ...] = ()
    refusal: str | None = None


def check_caps(
    journal: Journal,
    caps: Sequence[SpendingCap],
    provider: str,
    cost: Estimate | Total,
) -> CapCheck:
    """Each cap that applies to ``provider``, against what was spent plus the estimate's upper
    figure. An unknown estimate counts as nothing more, but a cap already reached still holds."""
    extra = _upper(cost)
    warnings, refusals = [], []
    for cap in caps:
        if cap.provider and cap.provider.casefold() != provider.casefold():
            continue
        since = start_of_day() if cap.period is CapPeriod.DAY else start_of_month()
        already = journal.spent(since, cap.provider or None)
        if already + extra <= cap.limit and not (extra == 0 and already >= cap.limit > 0):
            continue
        sentence = words(
            "Spending",
            "This would pass {cap}: ${spent:.2f} spent, this request up to ${extra:.2f}.",
        ).format(cap=cap.label, spent=already, extra=extra)
        (refusals if cap.action is CapAction.REFUSE else warnings).append(sentence)
    return CapCheck(tuple(warnings), refusals[0] if refusals else None)


def _upper(cost: Estimate | Total) -> float:
    if isinstance(cost, Total):
        return cost.cost.high
    return 0.0 if cost.cost is None else cost.cost.high
