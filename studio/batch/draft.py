"""A batch before it is sent: template, values, matrix and parameters, kept as its recipe.

The recipe is what a batch record keeps (``BatchRecord.recipe``), so a batch can be loaded back
into the Batch page or ``studio batch rerun`` and sent again with changes. An edit batch's input
images are kept by content in the gallery and named in the recipe, not copied into it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from studio.api import Endpoint, ImageRequest
from studio.batch.expansion import (
    BatchItem,
    Template,
    expand,
    parse_matrix,
    rows_from_lines,
    rows_from_table,
)
from studio.gallery import BatchLine, BatchRecord, GalleryStore, KeptInput

__all__ = ["BatchDraft", "draft_of", "recipe_inputs"]


@dataclass(frozen=True)
class BatchDraft:
    """What the Batch page holds before anything is sent."""

    template: str
    values: str = ""
    #: ``values`` is a CSV or TSV table whose header names the variables.
    table: bool = False
    matrix: str = ""
    #: The parameters every line shares; an edit batch's input images and mask too.
    base: ImageRequest = field(default_factory=lambda: ImageRequest(Endpoint.GENERATIONS))
    batch_api: bool = True

    def expanded(self) -> tuple[BatchItem, ...]:
        template = Template(self.template)
        rows: list[dict[str, str]] = []
        if self.values.strip():
            rows = (
                rows_from_table(self.values)
                if self.table
                else rows_from_lines(self.values, template)
            )
        return expand(template, rows, self.base, parse_matrix([self.matrix] if self.matrix else []))

    def recipe(self, inputs: Sequence[KeptInput] = ()) -> dict[str, Any]:
        """The draft as JSON, its input files named by where the gallery keeps them."""
        return {
            "template": self.template,
            "values": self.values,
            "table": self.table,
            "matrix": self.matrix,
            "batch_api": self.batch_api,
            "endpoint": self.base.endpoint.value,
            "params": self.base.parameters(),
            "inputs": [vars(kept) for kept in inputs],
        }

    @classmethod
    def from_recipe(cls, recipe: dict[str, Any]) -> BatchDraft:
        """The draft a recipe describes, without its input files (``recipe_inputs`` names
        them; the caller reads them back from the gallery)."""
        base = ImageRequest.from_parameters(
            Endpoint(recipe.get("endpoint", Endpoint.GENERATIONS.value)),
            dict(recipe.get("params", {})),
            prompt="",
        )
        return cls(
            str(recipe.get("template", "")),
            str(recipe.get("values", "")),
            bool(recipe.get("table", False)),
            str(recipe.get("matrix", "")),
            base,
            bool(recipe.get("batch_api", True)),
        )

    @classmethod
    def from_lines(
        cls, endpoint: Endpoint, lines: Sequence[BatchLine], batch_api: bool
    ) -> BatchDraft:
        """A batch recorded before recipes were kept: one prompt a line, the first line's
        parameters for all."""
        params = dict(lines[0].body) if lines else {}
        base = ImageRequest.from_parameters(endpoint, params, prompt="")
        prompts = "\n".join(line.prompt for line in lines)
        return cls("{prompt}", prompts, False, "", base, batch_api)

    def changed(self, **parameters: Any) -> BatchDraft:
        """The draft with these parameters set for every line (None leaves one as it is); a
        parameter the matrix varied is now fixed, so the matrix no longer varies it."""
        given = {name: value for name, value in parameters.items() if value is not None}
        if not given:
            return self
        kept = [
            part
            for part in (p.strip() for p in self.matrix.split(";"))
            if part and part.partition("=")[0].strip() not in given
        ]
        return replace(self, base=replace(self.base, **given), matrix="; ".join(kept))


def recipe_inputs(recipe: dict[str, Any]) -> tuple[KeptInput, ...]:
    return tuple(KeptInput(**kept) for kept in recipe.get("inputs", ()))


def draft_of(store: GalleryStore, record: BatchRecord) -> BatchDraft:
    """The draft a recorded batch was made from (one prompt a line for a batch recorded
    before recipes were kept), its input images read back from the gallery (``OSError`` when
    one is gone)."""
    if record.recipe:
        draft = BatchDraft.from_recipe(record.recipe)
        base = store.with_inputs(draft.base, recipe_inputs(record.recipe))
        return replace(draft, base=base)
    lines = store.journal.batch_lines(record.id)
    return BatchDraft.from_lines(Endpoint(record.endpoint), lines, not record.live)
