"""The one error imaging raises for bytes it cannot show."""

from __future__ import annotations

__all__ = ["NotAnImage"]


class NotAnImage(ValueError):
    """The bytes are not an image Studio can read; the message says why."""
