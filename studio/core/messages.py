"""One path for what the app tells the user: notices, errors and status lines, and the helper
that turns an expected failure of an action into one of them (the unexpected still reaches the
crash dialog through ``sys.excepthook``)."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from studio.api import ApiError
from studio.gallery import GalleryError
from studio.imaging import NotAnImage

__all__ = ["EXPECTED", "Kind", "Message", "Messages", "reports", "sentence"]

#: Failures an action may meet in ordinary use: said in a sentence, never a crash dialog.
EXPECTED: tuple[type[BaseException], ...] = (ApiError, GalleryError, OSError, NotAnImage)

#: How long a status line stays, in milliseconds, unless the caller says otherwise.
STATUS_MS = 5000

F = TypeVar("F", bound=Callable[..., Any])


class Kind(StrEnum):
    NOTICE = "notice"
    ERROR = "error"
    STATUS = "status"


@dataclass(frozen=True)
class Message:
    kind: Kind
    text: str


def sentence(error: BaseException) -> str:
    """The words for an expected error: an OS error's own reason, not its errno and path."""
    if isinstance(error, OSError):
        return str(error.strerror or error)
    return str(error)


class Messages(QObject):
    """What the user is told, in order; widgets show ``notice`` and ``error`` in the notice
    bar and ``status`` in the status bar. ``records`` keeps the recent ones (for tests and
    the log of what was said)."""

    notice = Signal(str)
    error = Signal(str)
    status = Signal(str, int)

    _KEEP = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records: list[Message] = []

    def _record(self, kind: Kind, text: str) -> None:
        self.records.append(Message(kind, text))
        del self.records[: -self._KEEP]

    def tell(self, text: str) -> None:
        self._record(Kind.NOTICE, text)
        self.notice.emit(text)

    def fail(self, text: str) -> None:
        self._record(Kind.ERROR, text)
        self.error.emit(text)

    def show_status(self, text: str, ms: int = STATUS_MS) -> None:
        self._record(Kind.STATUS, text)
        self.status.emit(text, ms)

    def clear_status(self) -> None:
        """End a lasting status line (one shown with ``ms=0`` while work runs)."""
        self.status.emit("", 0)

    @contextmanager
    def reporting(self, what: str = "{why}") -> Iterator[None]:
        """Run the block; an expected error ends it and is said as ``what`` with ``{why}``
        filled in (``"{name} could not be opened: {why}."``)."""
        try:
            yield
        except EXPECTED as error:
            self.fail(what.replace("{why}", sentence(error)))


def reports(what: str = "{why}") -> Callable[[F], F]:
    """Decorate a method (plain or ``async``) of an object with a ``messages`` attribute: an
    expected error it raises is said there as ``what`` and the method returns None. Mark
    ``what`` with ``QT_TRANSLATE_NOOP`` in the class's context: a QObject says it translated."""

    def decorate(method: F) -> F:
        if inspect.iscoroutinefunction(method):

            @functools.wraps(method)
            async def run_async(self: Any, *args: Any, **kwargs: Any) -> Any:
                with self.messages.reporting(_translated(self, what)):
                    return await method(self, *args, **kwargs)
                return None

            return run_async  # type: ignore[return-value]

        @functools.wraps(method)
        def run(self: Any, *args: Any, **kwargs: Any) -> Any:
            with self.messages.reporting(_translated(self, what)):
                return method(self, *args, **kwargs)
            return None

        return run  # type: ignore[return-value]

    return decorate


def _translated(owner: Any, text: str) -> str:
    return owner.tr(text) if isinstance(owner, QObject) else text
