"""One path for what the app tells the user: notices, errors and status lines, and the helper
that turns an expected failure of an action into one of them (the unexpected still reaches the
crash dialog through ``sys.excepthook``)."""

from __future__ import annotations

import functools
import inspect
import re
import string
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from studio.api import ApiError
from studio.config import Words
from studio.core.locale_format import format_count, format_money, format_number
from studio.gallery import GalleryError
from studio.imaging import NotAnImage

__all__ = ["EXPECTED", "Kind", "Message", "Messages", "reports", "say", "sentence"]

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


def say(text: str) -> str:
    """``text`` in the user's language: a ``Words`` from a plain-Python layer translated in its
    context, its ``Words`` values in theirs; any other text as it is."""
    if not isinstance(text, Words):
        return text
    translated = QCoreApplication.translate(text.context, text.template)
    if text.lowered and translated == text.template:
        translated = translated.lower()  # untranslated: English in a sentence, like str(text)
    if not text.values:
        return translated
    values = {
        name: say(value) if isinstance(value, str) else value for name, value in text.values.items()
    }
    try:
        return _LOCALE_FORMATTER.format(translated, **values)
    except (KeyError, IndexError, ValueError):
        # A translation whose placeholders do not match its source: the English is still right.
        return str(text)


_FIXED = re.compile(r",?\.(\d+)f")


class _LocaleFormatter(string.Formatter):
    """``str.format`` with the figures a template formats written as the locale writes them:
    ``{n:,}`` a count, ``{x:.1f}`` a measure, ``${x:.2f}`` money (the "$" placed by the
    locale). A number with no format of its own (an image's id) stays as it is."""

    def parse(self, format_string: str) -> Any:
        for literal, field, spec, conversion in super().parse(format_string):
            if field is not None and literal.endswith("$") and _FIXED.fullmatch(spec or ""):
                yield literal[:-1], field, "$" + (spec or ""), conversion
            else:
                yield literal, field, spec, conversion

    def format_field(self, value: Any, format_spec: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return super().format_field(value, format_spec)
        fixed = _FIXED.fullmatch(format_spec.removeprefix("$"))
        if format_spec.startswith("$") and fixed:
            return format_money(value, int(fixed[1]))
        if fixed:
            return format_number(value, int(fixed[1]))
        if format_spec == "," and float(value).is_integer():
            return format_count(int(value))
        return super().format_field(value, format_spec)


_LOCALE_FORMATTER = _LocaleFormatter()


def sentence(error: BaseException) -> str:
    """The words for an expected error, in the user's language: an OS error's own reason, not
    its errno and path."""
    if isinstance(error, OSError):
        return str(error.strerror or error)
    said = getattr(error, "message", None)
    if not isinstance(said, Words) and error.args:
        said = error.args[0]
    if isinstance(said, Words):
        return say(said)
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

    # A plain layer's Words handed over as they are (a store's notice) are said translated.

    def tell(self, text: str) -> None:
        text = say(text)
        self._record(Kind.NOTICE, text)
        self.notice.emit(text)

    def fail(self, text: str) -> None:
        text = say(text)
        self._record(Kind.ERROR, text)
        self.error.emit(text)

    def show_status(self, text: str, ms: int = STATUS_MS) -> None:
        text = say(text)
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
