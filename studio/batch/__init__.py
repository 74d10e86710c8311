"""Batches: prompt templates expanded over values and a parameter matrix, sent live or through
the Batch API at half price, their results kept in the gallery by batch and line (no Qt)."""

from studio.batch.draft import BatchDraft, draft_of, recipe_inputs
from studio.batch.expansion import (
    MATRIX_PARAMS,
    BatchItem,
    ExpansionError,
    Preview,
    Template,
    expand,
    parse_matrix,
    preview,
    rows_from_file,
    rows_from_lines,
    rows_from_table,
)
from studio.batch.runner import BatchRunner, FetchReport, LiveReport

__all__ = [
    "MATRIX_PARAMS",
    "BatchDraft",
    "BatchItem",
    "BatchRunner",
    "ExpansionError",
    "FetchReport",
    "LiveReport",
    "Preview",
    "Template",
    "draft_of",
    "expand",
    "parse_matrix",
    "preview",
    "recipe_inputs",
    "rows_from_file",
    "rows_from_lines",
    "rows_from_table",
]
