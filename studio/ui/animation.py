"""An animated GIF playing: its frames decoded off the GUI thread, each shown for its own time.

QMovie would decode each frame on the GUI thread as it is due (for a 1536x1024 GIF, 8 to 9 ms a
frame on an idle machine here and 12 to 22 ms on a busy one: bench/media.py), so the frames are
decoded once, in a thread, by imaging; until they are ready the first frame (the display pixels
the view already has) stands still.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage

from studio import imaging
from studio.core import spawn
from studio.imaging import DisplayPixels, NotAnImage
from studio.ui.pixels import frame_image

if TYPE_CHECKING:
    from studio.imaging import AnimationFrame

__all__ = ["Animation"]


class Animation(QObject):
    """``changed`` when another frame shows, or playing starts or stops."""

    changed = Signal()

    def __init__(self, first: DisplayPixels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first = first
        self.frame_count = first.frame_count
        self.index = 0
        #: The frame to show once the frames are decoded.
        self._resume_at = 0
        self.playing = True
        self._frames: list[AnimationFrame] = []
        self._images: list[QImage] = [frame_image(first)]
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._advance)
        self._decoding = spawn(self._decode(max(first.width, first.height)))

    @property
    def image(self) -> QImage:
        return self._images[self.index]

    def take_over(self, earlier: Animation) -> None:
        """Go on where ``earlier`` (the same GIF, a less sharp copy) was: same frame, playing
        or paused as it was."""
        self._resume_at = earlier.index
        self.set_playing(earlier.playing)

    @property
    def ready(self) -> bool:
        return bool(self._frames)

    async def _decode(self, edge: int) -> None:
        try:
            frames = await asyncio.to_thread(imaging.animation_frames, self.first.source, edge)
        except NotAnImage:
            return  # the first frame stays: a still picture rather than an error
        if not shiboken6.isValid(self):
            return  # its view closed meanwhile
        self._frames = frames
        self._images = [frame_image(frame.pixels) for frame in frames]
        self.frame_count = len(frames)
        self.index = self._resume_at % len(frames)
        self.changed.emit()
        if self.playing:
            self._timer.start(frames[0].duration_ms)

    def _advance(self) -> None:
        if not self._frames:
            return
        self.index = (self.index + 1) % len(self._frames)
        self._timer.start(self._frames[self.index].duration_ms)
        self.changed.emit()

    def set_playing(self, playing: bool) -> None:
        if playing == self.playing:
            return
        self.playing = playing
        if playing and self._frames:
            self._timer.start(self._frames[self.index].duration_ms)
        else:
            self._timer.stop()
        self.changed.emit()

    def toggle(self) -> None:
        self.set_playing(not self.playing)

    def stop(self) -> None:
        """No more frames: the view that showed it moved on."""
        self._timer.stop()
        self._decoding.cancel()
