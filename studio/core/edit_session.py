"""What an edit in the editor is made of, as observable properties the editor's widgets bind to:
the input images (the first is the base), the layer sent (mask or markup), its feather, keeping
the unmasked area, an expanded canvas, and the regions with their own instructions.

Each property has a ``<name>_changed`` signal emitted only when the value really changes, so a
widget set from the session and a session set from the widget do not echo each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, Signal

from studio.imaging import Anchor, Combine, DisplayPixels

__all__ = [
    "REGION_COLOURS",
    "ColourPick",
    "EditInput",
    "EditSession",
    "ExpansionChoice",
    "LayerKind",
    "Region",
    "RegionRun",
    "merged_prompt",
    "place_of",
    "step_prompt",
]


@dataclass(frozen=True)
class EditInput:
    """One input as it was given (converted for a model only when sent)."""

    data: bytes = field(repr=False)
    name: str
    width: int
    height: int
    icon: DisplayPixels = field(repr=False)
    #: The gallery image it came from, so the result links to it.
    image_id: int | None = None


class LayerKind(StrEnum):
    #: Where the image may change: sent as the ``mask`` (transparent where painted).
    MASK = "mask"
    #: Strokes, arrows and outlines that guide the edit: sent as the ``markup``.
    MARKUP = "markup"


@dataclass(frozen=True)
class ExpansionChoice:
    """The canvas asked for, and where the picture goes on it (``offset``, the picture's
    top-left corner on the wanted canvas, wins over ``anchor`` once the picture is dragged)."""

    width: int
    height: int
    anchor: Anchor = Anchor.CENTER
    offset: tuple[int, int] | None = None
    seam: int = 32


@dataclass(frozen=True)
class ColourPick:
    """How a click of the colour tool selects: colours within ``tolerance`` (0-255 on every
    channel), only those joined to the click when ``contiguous``, replacing, added to or cut
    from the mask."""

    tolerance: int = 32
    contiguous: bool = True
    how: Combine = Combine.REPLACE


#: The colours regions are painted in (RGB), in the order they are added; named for prompts.
REGION_COLOURS: tuple[tuple[str, tuple[int, int, int]], ...] = (
    ("pink", (255, 40, 110)),
    ("blue", (40, 130, 255)),
    ("green", (40, 200, 90)),
    ("orange", (255, 150, 20)),
    ("violet", (160, 70, 230)),
    ("cyan", (20, 200, 210)),
)


@dataclass(frozen=True)
class Region:
    """One painted area of the mask and what should happen there."""

    number: int
    colour: tuple[int, int, int]
    name: str
    instruction: str = ""


class RegionRun(StrEnum):
    #: One request: the regions' masks together, one prompt naming each region.
    MERGED = "merged"
    #: One request per region, each result the next one's base.
    ONE_AFTER_ANOTHER = "one-after-another"


_PLACES = (
    ("top left", "top", "top right"),
    ("left", "middle", "right"),
    ("bottom left", "bottom", "bottom right"),
)


def place_of(box: tuple[int, int, int, int], size: tuple[int, int]) -> str:
    """Where ``box`` (left, top, right, bottom) lies in a picture of ``size``, in words: the
    model sees one mask, not colours, so a merged prompt names each region by its place."""
    column = min(2, 3 * (box[0] + box[2]) // (2 * max(1, size[0])))
    row = min(2, 3 * (box[1] + box[3]) // (2 * max(1, size[1])))
    return _PLACES[row][column]


def merged_prompt(
    prompt: str, regions: tuple[Region, ...], places: Mapping[int, str] | None = None
) -> str:
    """One prompt naming each region's instruction, by its colour in the mask the user saw and
    (when ``places`` knows it) its place in the picture."""
    lines = [prompt.strip()] if prompt.strip() else []
    for region in regions:
        if not region.instruction.strip():
            continue
        place = (places or {}).get(region.number)
        where = f"region {region.number} ({region.name}" + (f", at the {place})" if place else ")")
        lines.append(f"In {where}: {region.instruction.strip()}")
    return "\n".join(lines)


def step_prompt(prompt: str, region: Region) -> str:
    """The prompt of one region's own edit: the general one, then the region's instruction."""
    return "\n".join(part.strip() for part in (prompt, region.instruction) if part.strip())


class EditSession(QObject):
    inputs_changed = Signal(object)  # tuple[EditInput, ...]
    kind_changed = Signal(object)  # LayerKind
    feather_changed = Signal(int)
    keep_unmasked_changed = Signal(bool)
    #: ExpansionChoice, or None when the canvas is not expanded.
    expansion_changed = Signal(object)
    regions_changed = Signal(object)  # tuple[Region, ...]
    active_region_changed = Signal(int)
    region_run_changed = Signal(object)  # RegionRun
    colour_pick_changed = Signal(object)  # ColourPick

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inputs: tuple[EditInput, ...] = ()
        self._kind = LayerKind.MASK
        self._feather = 0
        self._keep_unmasked = True
        self._expansion: ExpansionChoice | None = None
        first = REGION_COLOURS[0]
        self._regions: tuple[Region, ...] = (Region(1, first[1], first[0]),)
        self._active_region = 1
        self._region_run = RegionRun.MERGED
        self._colour_pick = ColourPick()

    def _set(self, name: str, value: Any) -> None:
        if getattr(self, f"_{name}") == value:
            return
        setattr(self, f"_{name}", value)
        getattr(self, f"{name}_changed").emit(value)

    @property
    def inputs(self) -> tuple[EditInput, ...]:
        """The input images in order; the first is the base painted over."""
        return self._inputs

    @inputs.setter
    def inputs(self, inputs: tuple[EditInput, ...]) -> None:
        self._set("inputs", tuple(inputs))

    def add_input(self, edit_input: EditInput, *, as_base: bool = False) -> None:
        self.inputs = (edit_input, *self._inputs) if as_base else (*self._inputs, edit_input)

    def replace_base(self, edit_input: EditInput) -> None:
        """``edit_input`` in place of the base (the first input); the others stay."""
        self.inputs = (edit_input, *self._inputs[1:])

    @property
    def kind(self) -> LayerKind:
        return self._kind

    @kind.setter
    def kind(self, kind: LayerKind) -> None:
        self._set("kind", kind)

    @property
    def feather(self) -> int:
        return self._feather

    @feather.setter
    def feather(self, pixels: int) -> None:
        self._set("feather", max(0, pixels))

    @property
    def keep_unmasked(self) -> bool:
        return self._keep_unmasked

    @keep_unmasked.setter
    def keep_unmasked(self, keep: bool) -> None:
        self._set("keep_unmasked", bool(keep))

    @property
    def expansion(self) -> ExpansionChoice | None:
        return self._expansion

    @expansion.setter
    def expansion(self, choice: ExpansionChoice | None) -> None:
        self._set("expansion", choice)

    @property
    def colour_pick(self) -> ColourPick:
        return self._colour_pick

    @colour_pick.setter
    def colour_pick(self, pick: ColourPick) -> None:
        self._set("colour_pick", pick)

    # -- regions ----------------------------------------------------------------------------

    @property
    def regions(self) -> tuple[Region, ...]:
        return self._regions

    @property
    def active_region(self) -> int:
        """The number of the region being painted."""
        return self._active_region

    @active_region.setter
    def active_region(self, number: int) -> None:
        if any(region.number == number for region in self._regions):
            self._set("active_region", number)

    @property
    def region_run(self) -> RegionRun:
        return self._region_run

    @region_run.setter
    def region_run(self, run: RegionRun | str) -> None:
        self._set("region_run", RegionRun(run))

    @property
    def several_regions(self) -> bool:
        return len(self._regions) > 1

    def add_region(self) -> Region | None:
        """A new region in the next unused colour, made active; None when all are used."""
        used = {region.colour for region in self._regions}
        free = [(name, rgb) for name, rgb in REGION_COLOURS if rgb not in used]
        if not free:
            return None
        number = max(region.number for region in self._regions) + 1
        region = Region(number, free[0][1], free[0][0])
        self._set("regions", (*self._regions, region))
        self.active_region = number
        return region

    def remove_region(self, number: int) -> None:
        """Forget a region (the last one stays: there is always one to paint)."""
        kept = tuple(region for region in self._regions if region.number != number)
        if not kept or kept == self._regions:
            return
        self._set("regions", kept)
        if self._active_region == number:
            self.active_region = kept[-1].number

    def set_instruction(self, number: int, instruction: str) -> None:
        self._set(
            "regions",
            tuple(
                replace(region, instruction=instruction) if region.number == number else region
                for region in self._regions
            ),
        )

    def region(self, number: int) -> Region | None:
        return next((region for region in self._regions if region.number == number), None)
