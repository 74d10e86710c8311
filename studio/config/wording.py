"""Sentences the plain-Python layers hand to the window, marked for translation without Qt.

A ``Words`` is the English text itself (a ``str``: the command line, the log and every
comparison see exactly that) which also remembers where ``pyside6-lupdate`` found it: its
``context``, its ``template`` and the ``values`` filled into it. The window translates one
with ``studio.core.messages.say``. lupdate reads the marks with
``-tr-function-alias QT_TRANSLATE_NOOP+=words``, and reads only calls of exactly two string
literals: ``words("Params", "Only for edits.")``, then ``.format(model=name)`` for the
values. Placeholders are named (a translation may reorder them). Joining two ``Words`` with
``+`` or an f-string gives a plain ``str`` that no longer translates: write one template
whose values are the parts (``"{what} {hint}"``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

__all__ = ["Words", "from_plain", "to_plain", "words"]

_NO_VALUES: Mapping[str, Any] = MappingProxyType({})


class Words(str):
    """English text that remembers its catalogue ``context``, ``template`` and ``values``.

    Without values the text is the template as written; with values it is
    ``template.format(**values)`` (a value may itself be ``Words``, translated in its turn).
    """

    __slots__ = ("context", "lowered", "template", "values")

    context: str
    template: str
    values: Mapping[str, Any]
    #: A label used inside a sentence ("A variation takes no quality."): the English is in
    #: lower case, a translation keeps the case its language gives the word.
    lowered: bool

    def __new__(
        cls,
        context: str,
        template: str,
        values: Mapping[str, Any] | None = None,
        *,
        lowered: bool = False,
    ) -> Words:
        text = template.format(**values) if values else template
        made = super().__new__(cls, text.lower() if lowered else text)
        made.context = context
        made.template = template
        made.values = MappingProxyType(dict(values)) if values else _NO_VALUES
        made.lowered = lowered
        return made

    def format(self, *args: object, **values: Any) -> Words:  # type: ignore[override]
        """The template filled with ``values`` (named only), still translatable."""
        if args:
            raise TypeError("Words.format takes named values only: translations reorder them")
        return Words(self.context, self.template, values, lowered=self.lowered)

    def lower(self) -> Words:  # type: ignore[override]
        """The English in lower case, for use inside a sentence; still translatable."""
        return Words(self.context, self.template, self.values, lowered=True)

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuilt, (self.context, self.template, dict(self.values), self.lowered)


def _rebuilt(context: str, template: str, values: dict[str, Any], lowered: bool) -> Words:
    return Words(context, template, values, lowered=lowered)


def words(context: str, template: str) -> Words:
    """Mark ``template`` for translation in ``context``; keep both arguments string literals
    so that lupdate finds them."""
    return Words(context, template)


def to_plain(text: str) -> Any:
    """``text`` as JSON can carry it between processes: ``Words`` as an object with their
    context, template, values (themselves made plain; a path becomes its text) and case; any
    other text as it is."""
    if not isinstance(text, Words):
        return text
    values = {name: _plain_value(value) for name, value in text.values.items()}
    return {"words": [text.context, text.template, values, text.lowered]}


def _plain_value(value: Any) -> Any:
    if isinstance(value, Words):
        return to_plain(value)
    if value is None or isinstance(value, (str, int, float)):
        return value
    return str(value)


def from_plain(value: Any) -> Any:
    """The text ``to_plain`` made: ``Words`` again, with their values."""
    if not (isinstance(value, dict) and isinstance(value.get("words"), list)):
        return value
    context, template, values, lowered = value["words"]
    values = {name: from_plain(inner) for name, inner in values.items()}
    return Words(context, template, values, lowered=lowered)
