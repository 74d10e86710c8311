"""Spending caps as the settings hold them: per day or month, per provider or overall."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

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
        whose = f"{self.provider}'s" if self.provider else "the overall"
        every = "daily" if self.period is CapPeriod.DAY else "monthly"
        return f"{whose} {every} cap of ${self.limit:.2f}"

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
