"""An animated GIF's frames as display pixels, each with how long it stays on screen.

Decoded with Pillow off the GUI thread (QMovie decodes each frame on the thread that shows it:
about 9 ms a frame for a 1536x1024 GIF here, half a frame's budget). Frames are scaled like the
first one, and further when all of them would take more memory than ``budget`` bytes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PIL import ImageSequence

from studio.imaging.display import DisplayPixels, reduced
from studio.imaging.thumbnails import open_image

__all__ = ["AnimationFrame", "animation_frames"]

#: Browsers show a GIF frame that asks for less than this for 100 ms; so does Studio.
_SHORTEST_MS = 20
_DEFAULT_MS = 100


@dataclass(frozen=True)
class AnimationFrame:
    pixels: DisplayPixels = field(repr=False)
    duration_ms: int


def animation_frames(
    data: bytes, max_edge: int = 2048, budget: int = 384 * 1024 * 1024
) -> list[AnimationFrame]:
    """Every frame of the GIF in ``data``, composed as a viewer shows it (RGBA)."""
    image = open_image(data)
    count = getattr(image, "n_frames", 1)
    full = image.size
    # The edge that keeps count frames of RGBA within the budget.
    fitting = math.sqrt(budget / (4 * count) * max(full) / max(1, min(full)))
    edge = max(1, min(max_edge, int(fitting)))
    frames = []
    for frame in ImageSequence.Iterator(image):
        duration = int(frame.info.get("duration") or 0)
        pixels = reduced(frame.convert("RGBA"), edge)
        frames.append(
            AnimationFrame(
                DisplayPixels(pixels.width, pixels.height, pixels.tobytes(), *full),
                duration if duration >= _SHORTEST_MS else _DEFAULT_MS,
            )
        )
    return frames
