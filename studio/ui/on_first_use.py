"""A part of the window made the first time it is needed (a page the first screen does not show,
the batches' session), so that the window shows sooner: its modules load then too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["OnFirstUse"]

T = TypeVar("T")


class OnFirstUse(Generic[T]):
    """``get()`` makes the part once and returns it; ``made`` is the part, or None while it
    has not been needed (what only acts on a part that exists asks ``made``)."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self.made: T | None = None

    def get(self) -> T:
        if self.made is None:
            self.made = self._make()
        return self.made
