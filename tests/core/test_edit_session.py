"""The editor's session: observable properties that say when, and only when, they change."""

from __future__ import annotations

from typing import Any

from studio.core.edit_session import (
    REGION_COLOURS,
    EditInput,
    EditSession,
    ExpansionChoice,
    LayerKind,
    RegionRun,
    merged_prompt,
)
from studio.imaging import Anchor, display_pixels
from tests.images import png


def recorded(session: EditSession, name: str) -> list[Any]:
    seen: list[Any] = []
    getattr(session, f"{name}_changed").connect(seen.append)
    return seen


def test_each_property_signals_a_real_change_once() -> None:
    session = EditSession()
    changes = {
        "kind": LayerKind.MARKUP,
        "feather": 6,
        "keep_unmasked": False,
        "expansion": ExpansionChoice(1536, 1024, Anchor.LEFT),
        "region_run": RegionRun.ONE_AFTER_ANOTHER,
    }
    for name, value in changes.items():
        seen = recorded(session, name)
        setattr(session, name, value)
        setattr(session, name, value)  # the same again: no signal
        assert seen == [value], name
        assert getattr(session, name) == value


def test_regions_get_their_own_colours_and_instructions() -> None:
    session = EditSession()
    seen = recorded(session, "regions")
    active = recorded(session, "active_region")
    second = session.add_region()
    assert second is not None
    assert second.colour == REGION_COLOURS[1][1]
    assert active == [2]
    session.set_instruction(2, "a cat")
    session.set_instruction(2, "a cat")
    assert len(seen) == 2  # added, then the instruction once
    assert session.region(2) is not None
    assert session.region(2).instruction == "a cat"  # type: ignore[union-attr]
    session.remove_region(2)
    assert session.active_region == 1
    session.remove_region(1)  # the last region stays
    assert len(session.regions) == 1
    while session.add_region() is not None:
        pass
    assert len(session.regions) == len(REGION_COLOURS)


def test_the_merged_prompt_names_each_region() -> None:
    session = EditSession()
    session.set_instruction(1, "a red door")
    session.add_region()
    session.set_instruction(2, "snow on the roof")
    session.add_region()  # no instruction: not named
    prompt = merged_prompt("Keep the light of a winter morning.", session.regions)
    assert prompt.splitlines() == [
        "Keep the light of a winter morning.",
        "In region 1 (pink): a red door",
        "In region 2 (blue): snow on the roof",
    ]


def test_inputs_are_the_sessions_and_the_first_is_the_base() -> None:
    def made(name: str) -> EditInput:
        data = png(8, 8)
        return EditInput(data, name, 8, 8, display_pixels(data, 8))

    session = EditSession()
    seen = recorded(session, "inputs")
    first, second, third = made("a"), made("b"), made("c")
    session.add_input(first)
    session.add_input(second)
    session.add_input(third, as_base=True)
    assert [each.name for each in session.inputs] == ["c", "a", "b"]
    session.replace_base(second)
    assert [each.name for each in session.inputs] == ["b", "a", "b"]
    session.inputs = session.inputs  # the same: no signal
    assert len(seen) == 4
