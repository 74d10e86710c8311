"""What each model accepts, loaded from ``resources/models.json`` into frozen dataclasses.

This is the only place that knows a model's limits: validation, the local server and the
parameter panel all ask ``capabilities_for(model)``. A model name the table does not know (a
compatible server's own) gets ``UNKNOWN``-style capabilities that allow what the protocol allows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from functools import cache
from typing import Any

from studio.config import resource

__all__ = [
    "Endpoint",
    "ModelCapabilities",
    "SizeRule",
    "capabilities_for",
    "known_models",
    "parse_size",
]


class Endpoint(StrEnum):
    GENERATIONS = "generations"
    EDITS = "edits"
    VARIATIONS = "variations"

    @property
    def path(self) -> str:
        return f"images/{self.value}"


def parse_size(size: str) -> tuple[int, int] | None:
    """``"1536x1024"`` → ``(1536, 1024)``; None for ``auto`` or anything malformed."""
    width, sep, height = size.partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        return None
    return int(width), int(height)


@dataclass(frozen=True)
class SizeRule:
    """Free sizes (gpt-image-2 and later): any WxH within these limits."""

    multiple: int
    min_ratio: float
    max_ratio: float
    max_long_edge: int
    min_pixels: int
    max_pixels: int
    #: Sizes with more pixels than this (2560x1440) work but are experimental.
    experimental_above: int

    def problem(self, width: int, height: int) -> str | None:
        """Why ``width``x``height`` breaks the rule, or None."""
        if width % self.multiple or height % self.multiple:
            return f"both sides must be multiples of {self.multiple}"
        ratio = width / height
        if not self.min_ratio - 1e-9 <= ratio <= self.max_ratio + 1e-9:
            return "the aspect ratio must be between 1:3 and 3:1"
        if max(width, height) > self.max_long_edge:
            return f"the long side can be at most {self.max_long_edge}"
        pixels = width * height
        if pixels > self.max_pixels:
            return f"{pixels:,} pixels is more than the {self.max_pixels:,} (3840x2160) allowed"
        if pixels < self.min_pixels:
            return f"{pixels:,} pixels is fewer than the {self.min_pixels:,} (1024x640) needed"
        return None

    def experimental(self, width: int, height: int) -> bool:
        return width * height > self.experimental_above


@dataclass(frozen=True)
class ModelCapabilities:
    name: str
    family: str = ""
    #: False for a model the table does not know: only protocol-level checks apply.
    known: bool = True
    endpoints: frozenset[Endpoint] = frozenset(Endpoint)
    sizes: tuple[str, ...] = ()
    free_size: SizeRule | None = None
    qualities: tuple[str, ...] = ()
    backgrounds: tuple[str, ...] = ()
    output_formats: tuple[str, ...] = ()
    compression: bool = False
    moderation: tuple[str, ...] = ()
    n_max: int = 10
    prompt_max: int = 32000
    max_images: int = 16
    image_max_bytes: int = 50 * 1024 * 1024
    image_formats: tuple[str, ...] = ("png", "jpeg", "webp")
    #: dall-e-2: one square PNG as input.
    square_png_input: bool = False
    mask: bool = False
    markup: bool = False
    input_fidelity: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()
    response_formats: tuple[str, ...] = ()
    streaming: bool = False
    partial_images_max: int = 0
    complexity: tuple[str, ...] = ()
    #: (fewest, most) frames of an animated gif, when gif is an output format.
    gif_frames: tuple[int, int] = (2, 16)
    #: (shortest, longest) time each gif frame is shown, in milliseconds.
    gif_frame_ms: tuple[int, int] = (20, 655_350)
    svg_reasoning: tuple[str, ...] = ()
    safety_identifier: bool = False
    #: Transparent backgrounds are a preview on this model: some deployments refuse them.
    transparent_preview: bool = False

    def allows_size(self, size: str) -> bool:
        if size in self.sizes:
            return True
        parsed = parse_size(size)
        return bool(self.free_size and parsed and self.free_size.problem(*parsed) is None)

    @property
    def gpt_image(self) -> bool:
        return self.family == "GPT Image"


_TUPLE_FIELDS = {f.name for f in fields(ModelCapabilities) if f.type.startswith("tuple")}


def _build(name: str, entry: dict[str, Any]) -> ModelCapabilities:
    values: dict[str, Any] = {"name": name}
    for key, value in entry.items():
        if key == "endpoints":
            values[key] = frozenset(Endpoint(v) for v in value)
        elif key == "free_size":
            values[key] = SizeRule(**value)
        elif key in _TUPLE_FIELDS:
            values[key] = tuple(value)
        else:
            values[key] = value
    return ModelCapabilities(**values)


@cache
def _table() -> dict[str, ModelCapabilities]:
    raw = json.loads(resource("models.json").read_text("utf-8"))
    entries: dict[str, dict[str, Any]] = raw["models"]

    def flattened(name: str) -> dict[str, Any]:
        entry = dict(entries[name])
        parent = entry.pop("extends", None)
        if parent is None:
            return entry
        return {**flattened(parent), **entry}

    return {name: _build(name, flattened(name)) for name in entries}


def known_models() -> tuple[ModelCapabilities, ...]:
    """Every model in the table, in the table's order."""
    return tuple(_table().values())


def capabilities_for(model: str) -> ModelCapabilities:
    """The model's capabilities; for a name the table lacks, what the protocol allows."""
    known = _table().get(model)
    if known is not None:
        return known
    return _unknown(model)


def _unknown(model: str) -> ModelCapabilities:
    """Everything the protocol knows, from the newest models' entries and DALL·E's extras."""
    gpt = _table()["gpt-image-2.6-sunburst"]
    return replace(
        gpt,
        name=model,
        family="",
        known=False,
        endpoints=frozenset(Endpoint),
        sizes=tuple(dict.fromkeys((*gpt.sizes, "256x256", "512x512", "1792x1024", "1024x1792"))),
        qualities=tuple(dict.fromkeys((*gpt.qualities, "standard", "hd"))),
        input_fidelity=("low", "high"),
        styles=("vivid", "natural"),
        response_formats=("url", "b64_json"),
    )
