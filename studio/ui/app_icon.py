"""Studio's icon, from the PNG sizes rendered from resources/icons/studio.svg."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from studio.config import resource

__all__ = ["app_icon"]

_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(resource(f"icons/studio-{size}.png").read_bytes()):
            icon.addPixmap(pixmap)
    return icon
