"""Pixels cross from the worker to the app in files of their own: read once, never left behind."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from studio.imaging import DisplayPixels
from studio.worker import protocol
from studio.worker.protocol import (
    HEADER,
    Done,
    FinalImage,
    Partial,
    decode,
    encode,
    encode_news,
    put_frame,
    sweep_frames,
)


def _frame(source: bytes = b"", source_format: str = "") -> DisplayPixels:
    return DisplayPixels(4, 3, os.urandom(4 * 3 * 4), 8, 6, source, source_format, 1)


def _frames_on_disk() -> set[str]:
    folder = protocol._frames_folder()
    return {name for name in os.listdir(folder) if name.startswith(protocol._FRAME_PREFIX)}


def test_a_partial_crosses_whole_and_its_file_is_gone() -> None:
    before = _frames_on_disk()
    frame = _frame()
    sent = encode(Partial(7, 2, frame, 12.5))
    assert len(_frames_on_disk() - before) == 1  # written, waiting for the app
    received = decode(sent[HEADER.size :])
    assert isinstance(received, Partial)
    assert received.frame == frame
    assert (received.job, received.index, received.received_at) == (7, 2, 12.5)
    assert _frames_on_disk() == before


def test_an_animation_keeps_its_own_bytes_after_the_pixels() -> None:
    frame = _frame(b"GIF89a" + os.urandom(500), "gif")
    received = decode(encode(Partial(1, 0, frame))[HEADER.size :])
    assert isinstance(received, Partial)
    assert received.frame.rgba == frame.rgba
    assert received.frame.source == frame.source
    assert received.frame.source_format == "gif"


def test_a_frame_cut_short_is_refused_not_painted() -> None:
    described = put_frame(_frame())
    path = Path(described["path"])
    path.write_bytes(path.read_bytes()[:-1])
    with pytest.raises(ValueError, match="47 bytes, not 48"):
        protocol.take_frame(described)
    assert not path.exists()


def _full(fd: int, data: object) -> int:
    raise OSError(28, "No space left on device")


def test_a_full_disk_leaves_no_file_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    before = _frames_on_disk()
    monkeypatch.setattr(protocol.os, "write", _full)
    with pytest.raises(OSError, match="No space"):
        put_frame(_frame())
    assert _frames_on_disk() == before


def test_with_no_room_for_pixels_the_news_goes_without_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A final image is saved already: the app hears of it, unpainted; a preview is skipped."""
    monkeypatch.setattr(protocol.os, "write", _full)
    assert encode_news(Partial(3, 0, _frame())) is None
    sent = encode_news(FinalImage(3, 0, _frame(), image_id=12, heat=_frame()))
    assert sent is not None
    final = decode(sent[HEADER.size :])
    assert final == FinalImage(3, 0, None, image_id=12)
    done = encode_news(Done(3, cost=0.04))
    assert done is not None
    assert decode(done[HEADER.size :]) == Done(3, cost=0.04)


def test_frames_nobody_read_are_swept_and_others_are_not() -> None:
    folder = Path(protocol._frames_folder())
    left_over = Path(put_frame(_frame())["path"])
    hour_ago = time.time() - 3700
    os.utime(left_over, (hour_ago, hour_ago))
    waiting = Path(put_frame(_frame())["path"])
    not_ours = folder / f"other-{os.getpid()}"
    not_ours.write_bytes(b"x")
    os.utime(not_ours, (hour_ago, hour_ago))
    try:
        sweep_frames()
        assert not left_over.exists()
        assert waiting.exists()
        assert not_ours.exists()
    finally:
        for path in (left_over, waiting, not_ours):
            path.unlink(missing_ok=True)
