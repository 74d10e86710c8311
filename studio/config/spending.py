"""Spending caps as the settings hold them: per day or month, per provider or overall."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from studio.config.wording import words

__all__ = ["CapAction", "CapPeriod", "SpendingCap", "caps_from_json"]


class CapPeriod(StrEnum):
    DAY = "day"
    MONTH = "month"


class CapAction(StrEnum):
    WARN = "warn"
    REFUSE = "refuse"


@dataclass(frozen=True)
class SpendingCap:
    period: CapPeriod
    #: USD.
    limit: float
    action: CapAction = CapAction.WARN
    #: A provider's name; empty for all providers together.
    provider: str = ""

    @property
    def label(self) -> str:
        daily = self.period is CapPeriod.DAY
        if self.provider:
            said = (
                words("Spending", "{provider}'s daily cap of ${limit:.2f}")
                if daily
                else words("Spending", "{provider}'s monthly cap of ${limit:.2f}")
            )
        else:
            said = (
                words("Spending", "the overall daily cap of ${limit:.2f}")
                if daily
                else words("Spending", "the overall monthly cap of ${limit:.2f}")
            )
        return said.format(provider=self.provider, limit=self.limit)

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.period.value,
            "limit": self.limit,
            "action": self.action.value,
            "provider": self.provider,
        }


def caps_from_json(entries: Any) -> tuple[SpendingCap, ...]:
    """The caps of a settings document; raises ValueError when one is malformed."""
    if not isinstance(entries, list):
        raise ValueError("spending_caps must be a list")
    caps = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise ValueError("each spending cap must be an object")
        cap = SpendingCap(
            CapPeriod(entry["period"]),
            float(entry["limit"]),
            CapAction(entry.get("action", "warn")),
            str(entry.get("provider", "")),
        )
        if not cap.limit >= 0:
            raise ValueError("a spending cap's limit must be 0 or more")
        caps.append(cap)
    return tuple(caps)
