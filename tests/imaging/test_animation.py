"""Animated GIFs: every frame, composed and timed, within a memory budget."""

from __future__ import annotations

from studio.imaging import animation_frames, display_pixels, thumbnail
from studio.localapi import render
from tests.images import opened


def _gif(frames: int = 4, frame_ms: int = 120) -> bytes:
    return render.encode(render.picture("a kite", 96, 64), "gif", frames=frames, frame_ms=frame_ms)


def test_every_frame_with_its_duration() -> None:
    frames = animation_frames(_gif())
    assert [f.duration_ms for f in frames] == [120] * 4
    assert {(f.pixels.width, f.pixels.height) for f in frames} == {(96, 64)}
    assert len({f.pixels.rgba for f in frames}) == 4  # the hues turn: frames differ


def test_the_display_copy_is_the_first_frame_with_the_original_bytes() -> None:
    data = _gif()
    pixels = display_pixels(data)
    assert pixels.animated
    assert pixels.frame_count == 4
    assert pixels.source == data
    assert pixels.rgba == animation_frames(data)[0].pixels.rgba


def test_frames_shrink_to_fit_the_memory_budget() -> None:
    frames = animation_frames(_gif(), budget=4 * 4 * 48 * 32)
    assert max(frames[0].pixels.width, frames[0].pixels.height) <= 48
    assert frames[0].pixels.full_width == 96


def test_a_gif_thumbnail_is_its_first_frame() -> None:
    assert opened(thumbnail(_gif())).size == (96, 64)
