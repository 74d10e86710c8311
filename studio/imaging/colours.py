"""The colours imaging paints into the images it makes, which the views' legends show too
(plain values, without Pillow: the window names them before any image is made)."""

from __future__ import annotations

__all__ = ["HEAT"]

#: The colour of the pixels an edit changed outside its mask, in ``KeptResult.heat``.
HEAT = (230, 30, 30)
