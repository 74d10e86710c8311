"""The one error imaging raises for bytes it cannot show."""

from __future__ import annotations

__all__ = ["NotAnImage"]


class NotAnImage(ValueError):
    """The bytes are not an image Studio can read; ``reason`` says why, as given (``Words``,
    which the window translates)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
