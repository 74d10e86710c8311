"""From a prompt template, values and a parameter matrix to the list of requests a batch sends.

A template names variables in braces (``a {colour} {subject}``) and may hold inline alternatives
(``{red|green|blue}``: one request per choice); ``{{`` and ``}}`` are literal braces. Values come
one per line (the template's single variable, or the whole prompt when it has none) or from a
CSV/TSV file whose header names the variables. A matrix multiplies every prompt by each
combination of parameters (every size with every quality and model). Nothing is sent here.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from studio.api import ImageRequest
from studio.config import words
from studio.gallery import Pricing
from studio.gallery.estimates import Estimate, Total, estimate, total

__all__ = [
    "MATRIX_PARAMS",
    "BatchItem",
    "ExpansionError",
    "Preview",
    "Template",
    "expand",
    "parse_matrix",
    "preview",
    "rows_from_file",
    "rows_from_lines",
    "rows_from_table",
]

#: Parameters a matrix may vary, as their request fields.
MATRIX_PARAMS = {"size": "size", "quality": "quality", "model": "model", "background": "background"}
_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


class ExpansionError(ValueError):
    """A template, values or matrix that cannot make requests; ``message`` says why, as given
    (``Words``, which the window translates)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Template:
    text: str

    @property
    def variables(self) -> tuple[str, ...]:
        """The variables named, in order of first use (alternatives are not variables)."""
        names: list[str] = []
        for match in _FIELD.finditer(self.text):
            name = match.group(1)
            if name is not None and "|" not in name and name.strip() not in names:
                names.append(name.strip())
        return tuple(names)

    def fill(self, values: Mapping[str, str]) -> list[str]:
        """Every prompt these values make: one per combination of inline alternatives."""
        pieces: list[list[str]] = []
        last = 0
        for match in _FIELD.finditer(self.text):
            pieces.append([self.text[last : match.start()]])
            last = match.end()
            token, name = match.group(0), match.group(1)
            if token in ("{{", "}}"):
                pieces.append([token[0]])
            elif "|" in name:
                pieces.append([choice.strip() for choice in name.split("|")])
            elif name.strip() in values:
                pieces.append([str(values[name.strip()])])
            else:
                raise ExpansionError(
                    words("Batch", "no value for {{{name}}}").format(name=name.strip())
                )
        pieces.append([self.text[last:]])
        return ["".join(combination).strip() for combination in itertools.product(*pieces)]


@dataclass(frozen=True)
class BatchItem:
    """One request of a batch, with the line id the Batch API gives back with its result."""

    custom_id: str
    request: ImageRequest
    variables: dict[str, str] = field(default_factory=dict)

    @property
    def prompt(self) -> str:
        return self.request.prompt


@dataclass(frozen=True)
class Preview:
    """The expanded list, its count and total estimate: what the user sees before sending."""

    items: tuple[BatchItem, ...]
    estimates: tuple[Estimate, ...]
    total: Total

    @property
    def count(self) -> int:
        return len(self.items)


def rows_from_lines(text: str, template: Template) -> list[dict[str, str]]:
    """One value per non-empty line: the template's one variable, or the whole prompt."""
    names = template.variables
    if len(names) > 1:
        raise ExpansionError(
            words(
                "Batch",
                "the template names {count} variables ({names}): "
                "give a CSV or TSV file whose header names them",
            ).format(count=len(names), names=", ".join(names))
        )
    name = names[0] if names else "prompt"
    return [{name: line.strip()} for line in text.splitlines() if line.strip()]


def rows_from_table(text: str, delimiter: str | None = None) -> list[dict[str, str]]:
    """CSV or TSV with a header; the delimiter is a tab when the header holds one."""
    if not text.strip():
        return []
    header = text.splitlines()[0]
    delimiter = delimiter or ("\t" if "\t" in header else ",")
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames:
        raise ExpansionError(words("Batch", "the table has no header"))
    rows = []
    for row in reader:
        if not any((value or "").strip() for value in row.values()):
            continue
        rows.append({str(k).strip(): (v or "").strip() for k, v in row.items() if k is not None})
    return rows


def rows_from_file(path: Path, template: Template) -> list[dict[str, str]]:
    """A ``.csv`` or ``.tsv`` file as a table, anything else one value per line."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() in (".csv", ".tsv"):
        return rows_from_table(text, "\t" if path.suffix.lower() == ".tsv" else ",")
    return rows_from_lines(text, template)


def parse_matrix(specs: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """``size=1024x1024,1536x1024`` (repeatable, or joined with ``;``) as field → values."""
    matrix: dict[str, tuple[str, ...]] = {}
    for spec in specs:
        for part in filter(None, (p.strip() for p in spec.split(";"))):
            name, sep, values = part.partition("=")
            name = name.strip()
            if not sep or name not in MATRIX_PARAMS:
                known = ", ".join(MATRIX_PARAMS)
                raise ExpansionError(
                    words("Batch", "{part}: a matrix varies one of {known}, as NAME=A,B").format(
                        part=repr(part), known=known
                    )
                )
            choices = tuple(v.strip() for v in values.split(",") if v.strip())
            if not choices:
                raise ExpansionError(words("Batch", "{part}: no values").format(part=repr(part)))
            matrix[MATRIX_PARAMS[name]] = choices
    return matrix


def expand(
    template: Template,
    rows: Sequence[Mapping[str, str]],
    base: ImageRequest,
    matrix: Mapping[str, Sequence[str]] | None = None,
) -> tuple[BatchItem, ...]:
    """Every request: each row, each inline alternative, each matrix combination."""
    rows = list(rows) or [{}]
    if not template.text.strip():
        template = Template("{prompt}")
    if not template.variables and any(rows):
        raise ExpansionError(
            words(
                "Batch",
                "the template names no {variable} for the values to fill; "
                "use {prompt} for one prompt per line",
            )
        )
    names = list((matrix or {}).keys())
    combinations = list(itertools.product(*((matrix or {})[name] for name in names)))
    items: list[BatchItem] = []
    for number, row in enumerate(rows, start=1):
        try:
            prompts = template.fill(row)
        except ExpansionError as error:
            raise ExpansionError(
                words("Batch", "row {number}: {reason}").format(number=number, reason=error.message)
            ) from None
        for prompt in prompts:
            if not prompt:
                raise ExpansionError(
                    words("Batch", "row {number} makes an empty prompt").format(number=number)
                )
            for combination in combinations:
                request = replace(base, prompt=prompt, **dict(zip(names, combination, strict=True)))
                items.append(BatchItem(f"line-{len(items) + 1}", request, dict(row)))
    return tuple(items)


def preview(items: Sequence[BatchItem], pricing: Pricing, *, batch_api: bool = False) -> Preview:
    estimates = tuple(estimate(item.request, pricing, batch=batch_api) for item in items)
    return Preview(tuple(items), estimates, total(estimates))
