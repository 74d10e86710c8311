"""The painting surface of the editor: the base image with a mask or a markup layer over it.

Layers live in the base image's own pixel grid (whatever the zoom or the screen's scale); a
brush dab changes and repaints only its rectangle. The left button paints, the right button
(or the eraser tool, or a tablet's eraser end) clears; the middle button or space-drag pans.

The keyboard does the same (see ``KEYBOARD``): the arrows move a brush cursor, Space paints a dab
where it is (held, the arrows paint a stroke), Enter starts and finishes a shape.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QLineF,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPointingDevice,
    QPolygonF,
    QRadialGradient,
    QTabletEvent,
)
from PySide6.QtWidgets import QApplication, QWidget

from studio.core.edit_session import LayerKind
from studio.imaging import DisplayPixels, PreparedInput, markup_png, mask_png
from studio.ui.canvas import Canvas, frame_image
from studio.ui.paint_layer import PaintLayer
from studio.ui.theme import colours

__all__ = [
    "TOOLS",
    "LayerKind",
    "PaintCanvas",
    "Tool",
    "coverage_layer",
    "export_layer",
    "layer_coverage",
    "united",
]


class Tool(StrEnum):
    BRUSH = "brush"
    ERASER = "eraser"
    RECTANGLE = "rectangle"
    LASSO = "lasso"
    ELLIPSE = "ellipse"
    ARROW = "arrow"
    #: Click a colour: its area is selected (see the editor's selection options).
    SELECT_COLOUR = "select-colour"


TOOLS = {
    LayerKind.MASK: (Tool.BRUSH, Tool.ERASER, Tool.RECTANGLE, Tool.LASSO, Tool.SELECT_COLOUR),
    LayerKind.MARKUP: (Tool.BRUSH, Tool.ERASER, Tool.ARROW, Tool.RECTANGLE, Tool.ELLIPSE),
}
TOOL_KEYS = {
    Qt.Key.Key_B: Tool.BRUSH,
    Qt.Key.Key_E: Tool.ERASER,
    Qt.Key.Key_R: Tool.RECTANGLE,
    Qt.Key.Key_L: Tool.LASSO,
    Qt.Key.Key_O: Tool.ELLIPSE,
    Qt.Key.Key_A: Tool.ARROW,
    Qt.Key.Key_W: Tool.SELECT_COLOUR,
}
#: Shapes made corner to corner (or point by point, the lasso), from the keyboard with Enter.
SHAPES = (Tool.RECTANGLE, Tool.LASSO, Tool.ELLIPSE, Tool.ARROW)
#: How far an arrow moves the brush cursor, in brush diameters (with no modifier, Shift, Ctrl).
KEY_STEPS = {"": 0.25, "shift": 1.0, "ctrl": 4.0}
ARROWS = {
    Qt.Key.Key_Left: QPointF(-1, 0),
    Qt.Key.Key_Right: QPointF(1, 0),
    Qt.Key.Key_Up: QPointF(0, -1),
    Qt.Key.Key_Down: QPointF(0, 1),
}
#: What the keys do on the painting canvas (shown in Help ▸ Keyboard shortcuts).
KEYBOARD = (
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "Arrows"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Move the brush cursor (a quarter of the brush)"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "Shift+Arrows"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Move the brush cursor a whole brush"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "Ctrl+Arrows"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Move the brush cursor four brushes"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "Space"),
        QT_TRANSLATE_NOOP(
            "PaintCanvas", "Paint a dab at the brush cursor (held, the arrows paint)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "Shift+Space"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Erase a dab at the brush cursor"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "X"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Swap brush and eraser"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "Enter"),
        QT_TRANSLATE_NOOP(
            "PaintCanvas",
            "Start a shape at the brush cursor; again to finish it",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "Shift+Enter"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Start a shape that clears"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "Esc"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Drop the shape being made"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "B, E, R, L, W"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Brush, eraser, rectangle, lasso, select colour (mask)"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "B, E, A, R, O"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Brush, eraser, arrow, rectangle, ellipse (markup)"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "[ and ]"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Smaller or larger brush"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "{ and }"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Softer or harder brush"),
    ),
    (
        QT_TRANSLATE_NOOP("PaintCanvas", "Space+drag, middle drag"),
        QT_TRANSLATE_NOOP("PaintCanvas", "Pan"),
    ),
)
SIZE_STEP = 1.25
#: Longest edge of a layer: the largest image a model makes, and 64 MB of layer at most.
MAX_LAYER_EDGE = 4096
MAX_SIZE = 2000.0


class PaintCanvas(Canvas):
    """``edited`` fires after each finished stroke or operation, undo and redo;
    ``brush_changed`` when the size, hardness or tool changed from the keyboard."""

    drags_out = False  # a drag paints here
    plays_animations = False  # an edit sends a GIF's first frame: that is what is painted over

    edited = Signal()
    brush_changed = Signal()
    #: The colour tool was clicked at this layer point (QPointF), with these modifiers.
    colour_clicked = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_name = self.image_name = self.tr("Painting canvas")
        self.key_hint = self.tr(
            "The image to paint the mask or markup on. Arrow keys move a brush cursor, "
            "Space paints a dab, Shift+Space erases, Enter starts and finishes a shape; "
            "Help, Keyboard shortcuts lists every key."
        )
        self._announce()
        self.setMouseTracking(True)
        self.setTabletTracking(True)
        self.layers: dict[LayerKind, PaintLayer] = {}
        #: The mask's regions by number, each its own layer painted in its own colour; the
        #: mask layer is the active region's.
        self.regions: dict[int, PaintLayer] = {}
        self.region = 1
        self.kind = LayerKind.MASK
        self.tool = Tool.BRUSH
        self._sizes = {LayerKind.MASK: 64.0, LayerKind.MARKUP: 8.0}
        self.hardness = 0.8
        self.mask_colour = QColor(colours(self.palette()).mask)
        self.markup_colour = QColor(colours(self.palette()).markup)
        self.overlay_opacity = 0.5
        self.overlay_visible = True
        self._painting = False
        self._erasing = False
        self._pressure = 1.0
        self._last: QPointF | None = None
        #: Image points of the selection or shape being dragged.
        self._shape: list[QPointF] = []
        self._space = False
        self._hover: QPointF | None = None
        #: The brush cursor the arrow keys move, in layer pixels (None: the mouse leads).
        self._key_point: QPointF | None = None
        #: The stroke or shape being made was started from the keyboard.
        self._key_stroke = False

    # -- the base and its layers ------------------------------------------------------------

    def set_base(self, frame: DisplayPixels) -> bool:
        """Show ``frame`` to paint over; returns True when the layers fit it and were kept."""
        self.show_frame(frame)
        width, height = frame.full_width or frame.width, frame.full_height or frame.height
        # A photo of 50 megapixels needs no mask as fine as itself: the exported mask is
        # scaled to the base image's size (see export_layer's ``fit``).
        scale = min(1.0, MAX_LAYER_EDGE / max(width, height))
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        layer = self.layers.get(LayerKind.MASK)
        if layer is not None and (layer.width, layer.height) == size:
            return True
        self.layers = {kind: PaintLayer(*size) for kind in LayerKind}
        self.regions = {self.region: self.layers[LayerKind.MASK]}
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.edited.emit()
        return False

    def set_region(self, number: int, colour: QColor) -> None:
        """Paint the mask's region ``number`` (in ``colour``) from now on; a new region starts
        empty. The other regions stay, shown under it."""
        self.region = number
        self.mask_colour = QColor(colour.red(), colour.green(), colour.blue())
        mask = self.layers.get(LayerKind.MASK)
        if mask is not None:
            layer = self.regions.get(number)
            if layer is None:
                layer = self.regions[number] = PaintLayer(mask.width, mask.height)
            self.layers[LayerKind.MASK] = layer
        self.update()
        self.edited.emit()

    def replace_pixels(self, layer: PaintLayer, image: QImage, rect: QRect) -> None:
        """Put ``image``'s pixels (the whole layer's, made in a thread) into ``layer`` within
        ``rect``, as one step that can be undone."""
        if layer not in self.layers.values() and layer not in self.regions.values():
            return  # the base changed meanwhile: the result is for another picture
        self.overlay_visible = True
        changed = layer.replace(image, rect)
        if layer is self.layer:
            self._repaint_image_rect(changed)
        self.edited.emit()

    def drop_region(self, number: int) -> None:
        """Forget a region and what was painted in it (not the active one)."""
        if number != self.region and self.regions.pop(number, None) is not None:
            self.update()
            self.edited.emit()

    def painted_regions(self) -> dict[int, QImage]:
        """Snapshots of the regions painted in, by number (for another thread)."""
        return {n: layer.snapshot() for n, layer in sorted(self.regions.items()) if layer.touched}

    def load_mask(self, mask: DisplayPixels) -> None:
        """Paint the mask of an earlier edit (transparent where it was to change) into the
        mask layer, as one step that can be undone."""
        layer = self.layers.get(LayerKind.MASK)
        if layer is None:
            return
        image = frame_image(mask).scaled(
            layer.width,
            layer.height,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        colour = self.mask_colour

        def draw(painter: QPainter) -> None:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            painter.fillRect(layer.rect, colour)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
            painter.drawImage(0, 0, image)

        self._repaint_image_rect(layer.change(layer.rect, draw))
        self.edited.emit()

    def clear_base(self) -> None:
        self.layers = {}
        self.regions = {}
        self.show_cells(0)
        self.unsetCursor()
        self.edited.emit()

    @property
    def layer(self) -> PaintLayer | None:
        return self.layers.get(self.kind)

    def set_kind(self, kind: LayerKind) -> None:
        self.kind = kind
        if self.tool not in TOOLS[kind]:
            self.tool = Tool.BRUSH
        self.update()
        self.edited.emit()

    @property
    def brush_size(self) -> float:
        """Diameter of the brush (or width of the pen) in image pixels."""
        return self._sizes[self.kind]

    @brush_size.setter
    def brush_size(self, size: float) -> None:
        self._sizes[self.kind] = max(1.0, min(size, MAX_SIZE))
        self._update_hover()

    def set_mask_colour(self, colour: QColor) -> None:
        self.mask_colour = QColor(colour.red(), colour.green(), colour.blue())
        mask = self.layers.get(LayerKind.MASK)
        if mask is not None:
            mask.recolour(self.mask_colour)
        self.update()

    def show_layer(self, visible: bool, opacity: float | None = None) -> None:
        """Show or hide the layer being painted (the mask at ``opacity``)."""
        self.overlay_visible = visible
        if opacity is not None:
            self.overlay_opacity = opacity
        self.update()

    # -- whole-layer operations -------------------------------------------------------------

    def fill_all(self) -> None:
        self._whole(lambda layer: layer.fill(self._colour))

    def clear_all(self) -> None:
        self._whole(PaintLayer.clear)

    def invert(self) -> None:
        self._whole(lambda layer: layer.invert(self._colour))

    def undo(self) -> None:
        self._whole(PaintLayer.undo)

    def redo(self) -> None:
        self._whole(PaintLayer.redo)

    def _whole(self, operation: Callable[[PaintLayer], QRect]) -> None:
        layer = self.layer
        if layer is None:
            return
        changed = operation(layer)
        self.overlay_visible = True
        self._repaint_image_rect(changed)
        self.edited.emit()

    @property
    def _colour(self) -> QColor:
        return self.mask_colour if self.kind is LayerKind.MASK else self.markup_colour

    # -- mapping ----------------------------------------------------------------------------

    def _to_image(self, position: QPointF) -> QPointF | None:
        shown, layer = self.shown_rect(), self.layer
        if shown is None or layer is None or shown.width() <= 0:
            return None
        return QPointF(
            (position.x() - shown.x()) * layer.width / shown.width(),
            (position.y() - shown.y()) * layer.height / shown.height(),
        )

    def _to_widget(self, rect: QRectF) -> QRectF:
        shown, layer = self.shown_rect(), self.layer
        if shown is None or layer is None:
            return QRectF()
        sx, sy = shown.width() / layer.width, shown.height() / layer.height
        return QRectF(
            shown.x() + rect.x() * sx,
            shown.y() + rect.y() * sy,
            rect.width() * sx,
            rect.height() * sy,
        )

    @property
    def key_point(self) -> QPointF | None:
        """Where the keyboard's brush cursor is, in layer pixels (None until an arrow is
        pressed, and again once the mouse moves over the canvas)."""
        return None if self._key_point is None else QPointF(self._key_point)

    def widget_point(self, x: float, y: float) -> QPoint:
        """Where layer pixel (``x``, ``y``) is on the widget (for tests and scripts)."""
        return self._to_widget(QRectF(x, y, 0, 0)).topLeft().toPoint()

    def _repaint_image_rect(self, rect: QRect | QRectF) -> None:
        if not rect.isEmpty():
            self.update(self._to_widget(QRectF(rect)).toAlignedRect().adjusted(-2, -2, 2, 2))

    # -- input ------------------------------------------------------------------------------

    def _pans(self, event: QMouseEvent) -> bool:
        button = event.button()
        return (
            self.layer is None
            or button == Qt.MouseButton.MiddleButton
            or (self._space and button == Qt.MouseButton.LeftButton)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._pans(event):
            super().mousePressEvent(event)
        elif event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self._pressure = 1.0
            self._press(event.position(), erase=event.button() == Qt.MouseButton.RightButton)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._key_stroke:
            self._set_key_point(None)  # the mouse leads again
        self._set_hover(event.position())
        if self._painting:
            self._move(event.position())
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._painting:
            self._release()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        if self.layer is None or self._space:
            event.ignore()  # arrives again as a mouse event: pans
            return
        self._pressure = max(0.05, event.pressure()) if event.pressure() > 0 else 1.0
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            eraser = event.pointerType() == QPointingDevice.PointerType.Eraser
            self._press(event.position(), erase=eraser)
        elif kind == QEvent.Type.TabletMove:
            self._set_hover(event.position())
            if self._painting:
                self._move(event.position())
        elif kind == QEvent.Type.TabletRelease and self._painting:
            self._release()
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        self._set_hover(None)
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        # Esc drops a shape made from the keyboard before the window's Esc shortcut sees it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self._key_stroke
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key_press(event):
            self._other_key(event)

    def _key_press(self, event: QKeyEvent) -> bool:
        """The keys that paint: True when ``event`` was one of them."""
        key, layer = event.key(), self.layer
        if layer is None:
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in ARROWS:
            self._move_key_point(ARROWS[key], event.modifiers())
        elif (
            key == Qt.Key.Key_Space
            and self._key_point is not None
            and self.tool in (Tool.BRUSH, Tool.ERASER)
        ):
            if not event.isAutoRepeat() and not self._painting:
                self._key_stroke = True
                self._begin(self._key_point, erase=shift)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._key_point is not None:
            if self._key_stroke and self._shape:
                self._key_stroke = False
                self._release()
            elif self.tool is Tool.SELECT_COLOUR or (self.tool in SHAPES and not self._painting):
                self._key_stroke = self.tool is not Tool.SELECT_COLOUR
                self._begin(self._key_point, erase=shift)
        elif key == Qt.Key.Key_Escape and self._key_stroke and self._shape:
            self._repaint_shape()
            self._shape = []
            self._key_stroke = False
            self._release()
        elif key == Qt.Key.Key_X and not event.modifiers() and not self._painting:
            self.tool = Tool.ERASER if self.tool is Tool.BRUSH else Tool.BRUSH
            self.brush_changed.emit()
        else:
            return False
        return True

    def _other_key(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        elif key == Qt.Key.Key_BracketRight:
            self.brush_size *= SIZE_STEP
            self.brush_changed.emit()
        elif key == Qt.Key.Key_BracketLeft:
            self.brush_size /= SIZE_STEP
            self.brush_changed.emit()
        elif key in (Qt.Key.Key_BraceRight, Qt.Key.Key_BraceLeft):
            step = 0.1 if key == Qt.Key.Key_BraceRight else -0.1
            self.hardness = round(max(0.0, min(1.0, self.hardness + step)), 2)
            self.brush_changed.emit()
        elif key in TOOL_KEYS and TOOL_KEYS[key] in TOOLS[self.kind] and not event.modifiers():
            self.tool = TOOL_KEYS[key]
            self.brush_changed.emit()
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and event.isAutoRepeat():
            return
        if event.key() == Qt.Key.Key_Space and self._key_stroke and not self._shape:
            self._key_stroke = False
            self._release()
        elif event.key() == Qt.Key.Key_Space:
            self._space = False
            self.setCursor(
                Qt.CursorShape.CrossCursor if self.layers else Qt.CursorShape.ArrowCursor
            )
        else:
            super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._key_stroke:  # a key held when focus left will not be seen released here
            self._key_stroke = False
            self._release()
        super().focusOutEvent(event)

    # -- the keyboard's brush cursor --------------------------------------------------------

    def _move_key_point(self, direction: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        layer = self.layer
        assert layer is not None
        if self._key_point is None:
            # It appears where the pointer is over the image, else at the middle of the view.
            start = self._to_image(self._hover or QRectF(self.rect()).center())
            self._set_key_point(start if start is not None else QPointF(0, 0))
            self._set_hover(None)
            return
        speed = (
            "ctrl"
            if modifiers & Qt.KeyboardModifier.ControlModifier
            else "shift"
            if modifiers & Qt.KeyboardModifier.ShiftModifier
            else ""
        )
        step = max(1.0, self.brush_size * KEY_STEPS[speed])
        self._set_key_point(self._key_point + direction * step)
        self._keep_key_point_in_view()
        if self._painting and self._key_stroke:
            self._extend(self._key_point)

    def _set_key_point(self, point: QPointF | None) -> None:
        layer = self.layer
        if point is not None and layer is not None:
            point = QPointF(
                max(0.0, min(point.x(), layer.width - 1.0)),
                max(0.0, min(point.y(), layer.height - 1.0)),
            )
        self._update_key_cursor()
        self._key_point = point
        self._update_key_cursor()

    def _keep_key_point_in_view(self) -> None:
        """Zoomed in, the view follows the cursor past its edge."""
        if self._key_point is None or self._zoom is None:
            return
        spot = self._to_widget(QRectF(self._key_point, QSizeF(0, 0))).topLeft()
        margin = min(40.0, self.width() / 4, self.height() / 4)
        inner = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        shift = QPointF(
            min(0.0, inner.right() - spot.x()) + max(0.0, inner.left() - spot.x()),
            min(0.0, inner.bottom() - spot.y()) + max(0.0, inner.top() - spot.y()),
        )
        if not shift.isNull():
            self._pan += shift
            self.update()

    def _update_key_cursor(self) -> None:
        if self._key_point is not None and self.layer is not None:
            spot = self._to_widget(QRectF(self._key_point, QSizeF(0, 0))).topLeft()
            radius = max(self._hover_radius(), 8.0) + 4
            self.update(
                QRectF(spot.x() - radius, spot.y() - radius, 2 * radius, 2 * radius).toAlignedRect()
            )

    # -- strokes and shapes -----------------------------------------------------------------

    def _press(self, position: QPointF, *, erase: bool) -> None:
        point = self._to_image(position)
        if point is not None:
            self._begin(point, erase=erase)

    def _begin(self, point: QPointF, *, erase: bool) -> None:
        """Start a stroke or a shape at layer point ``point`` (or pick the colour there)."""
        layer = self.layer
        if layer is None:
            return
        if self.tool is Tool.SELECT_COLOUR:
            if 0 <= point.x() < layer.width and 0 <= point.y() < layer.height:
                self.colour_clicked.emit(point, QApplication.keyboardModifiers())
            return
        self._painting = True
        self._erasing = erase or self.tool is Tool.ERASER
        self.overlay_visible = True
        layer.begin()
        if self.tool in (Tool.BRUSH, Tool.ERASER):
            self._last = point
            self._stroke_to(point)
        else:
            self._shape = [point, point]
            self._repaint_shape()

    def _move(self, position: QPointF) -> None:
        point = self._to_image(position)
        if point is not None:
            self._extend(point)

    def _extend(self, point: QPointF) -> None:
        """Carry the stroke or shape being made on to layer point ``point``."""
        if self.tool in (Tool.BRUSH, Tool.ERASER):
            self._stroke_to(point)
            return
        self._repaint_shape()
        if self.tool is Tool.LASSO:
            self._shape.append(point)
        else:
            self._shape[-1] = point
        self._repaint_shape()

    def _release(self) -> None:
        layer = self.layer
        self._painting = False
        if layer is None:
            return
        if self._shape:
            self._repaint_shape()
            self._commit_shape(layer)
            self._shape = []
        layer.end()
        self._last = None
        self.edited.emit()

    def _stroke_to(self, point: QPointF) -> None:
        layer = self.layer
        assert layer is not None
        assert self._last is not None
        start, self._last = self._last, point
        radius = max(0.5, self.brush_size * self._pressure / 2)
        reach = radius + 2
        bounds = QRectF(start, point).normalized().adjusted(-reach, -reach, reach, reach)
        erase, colour = self._erasing, self._colour
        if self.kind is LayerKind.MARKUP and not erase:

            def draw(painter: QPainter) -> None:
                painter.setPen(_pen(colour, radius * 2))
                if start == point:
                    painter.drawPoint(point)
                else:
                    painter.drawLine(start, point)

        else:
            dabs = _dabs(start, point, spacing=max(0.5, radius * 0.2))
            hardness = self.hardness if self.kind is LayerKind.MASK else 1.0

            def draw(painter: QPainter) -> None:
                if erase:
                    painter.setCompositionMode(
                        QPainter.CompositionMode.CompositionMode_DestinationOut
                    )
                painter.setPen(Qt.PenStyle.NoPen)
                for centre in dabs:
                    painter.setBrush(_dab_brush(centre, radius, hardness, colour))
                    painter.drawEllipse(centre, radius, radius)

        self._repaint_image_rect(layer.change(bounds.toAlignedRect(), draw))

    def _shape_path(self) -> QPainterPath:
        path = QPainterPath()
        first, last = self._shape[0], self._shape[-1]
        if self.tool is Tool.LASSO:
            path.addPolygon(QPolygonF(self._shape))
            path.closeSubpath()
        elif self.tool is Tool.RECTANGLE:
            path.addRect(QRectF(first, last).normalized())
        elif self.tool is Tool.ELLIPSE:
            path.addEllipse(QRectF(first, last).normalized())
        elif self.tool is Tool.ARROW:
            path.moveTo(first)
            path.lineTo(last)
            line = QLineF(last, first)
            if line.length() > 0:
                head = max(14.0, self.brush_size * 3)
                for turn in (-28, 28):
                    wing = QLineF(line)
                    wing.setAngle(line.angle() + turn)
                    wing.setLength(min(head, line.length()))
                    path.moveTo(last)
                    path.lineTo(wing.p2())
        return path

    def _commit_shape(self, layer: PaintLayer) -> None:
        path = self._shape_path()
        filled = self.kind is LayerKind.MASK
        if filled and self.tool is Tool.LASSO and len(self._shape) < 3:
            return
        width = 0.0 if filled else self.brush_size
        reach = width + 2
        bounds = path.boundingRect().adjusted(-reach, -reach, reach, reach)
        erase, colour = self._erasing, self._colour

        def draw(painter: QPainter) -> None:
            if erase:
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOut)
            if filled:
                painter.fillPath(path, colour)
            else:
                painter.strokePath(path, _pen(colour, width))

        self._repaint_image_rect(layer.change(bounds.toAlignedRect(), draw))

    def _repaint_shape(self) -> None:
        if self._shape:
            reach = 0.0 if self.kind is LayerKind.MASK else self.brush_size
            bounds = self._shape_path().boundingRect().adjusted(-reach, -reach, reach, reach)
            self._repaint_image_rect(bounds)

    # -- hover outline ----------------------------------------------------------------------

    def _set_hover(self, position: QPointF | None) -> None:
        self._update_hover()
        self._hover = position
        self._update_hover()

    def _update_hover(self) -> None:
        if self._hover is not None and self.layer is not None:
            radius = self._hover_radius() + 3
            self.update(
                QRectF(
                    self._hover.x() - radius, self._hover.y() - radius, 2 * radius, 2 * radius
                ).toAlignedRect()
            )

    def _hover_radius(self) -> float:
        shown, layer = self.shown_rect(), self.layer
        if shown is None or layer is None:
            return 0.0
        return self.brush_size / 2 * shown.width() / layer.width

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        shown, layer = self.shown_rect(), self.layer
        if shown is None or layer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.zoom < 2)
        if self.overlay_visible:
            mask = self.kind is LayerKind.MASK
            painter.setOpacity(self.overlay_opacity if mask else 1.0)
            for other in self.regions.values() if mask else ():
                if other is not layer and other.touched:
                    painter.drawImage(shown, other.image)
            painter.drawImage(shown, layer.image)
            painter.setOpacity(1.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._shape:
            self._paint_shape(painter, shown, layer)
        if self._hover is not None and self.tool in (Tool.BRUSH, Tool.ERASER):
            radius = self._hover_radius()
            table = colours(self.palette())
            for colour, width in ((table.outline_under, 3.0), (table.outline_over, 1.0)):
                painter.setPen(QPen(colour, width))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(self._hover, radius, radius)
        if self._key_point is not None:
            self._paint_key_cursor(painter)

    def _paint_key_cursor(self, painter: QPainter) -> None:
        """The keyboard's brush cursor: the brush's outline (for the brush and eraser) and a
        cross marking its centre, dark under light so it shows on any image."""
        assert self._key_point is not None
        spot = self._to_widget(QRectF(self._key_point, QSizeF(0, 0))).topLeft()
        radius = self._hover_radius()
        arm = 8.0
        for colour, width in ((QColor(0, 0, 0, 180), 3.0), (QColor(255, 255, 255), 1.5)):
            painter.setPen(QPen(colour, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if self.tool in (Tool.BRUSH, Tool.ERASER) and radius > arm / 2:
                painter.drawEllipse(spot, radius, radius)
            painter.drawLine(spot - QPointF(arm, 0), spot + QPointF(arm, 0))
            painter.drawLine(spot - QPointF(0, arm), spot + QPointF(0, arm))

    def _paint_shape(self, painter: QPainter, shown: QRectF, layer: PaintLayer) -> None:
        painter.save()
        painter.translate(shown.topLeft())
        painter.scale(shown.width() / layer.width, shown.height() / layer.height)
        path = self._shape_path()
        if self.kind is LayerKind.MASK:
            # Dashes over a solid dark line: visible on light and dark pictures alike.
            table = colours(self.palette())
            painter.setPen(QPen(table.outline_under, 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(QPen(table.outline_over, 0, Qt.PenStyle.DashLine))
            painter.setBrush(
                QBrush(
                    QColor(
                        self.mask_colour.red(),
                        self.mask_colour.green(),
                        self.mask_colour.blue(),
                        70,
                    )
                )
            )
            painter.drawPath(path)
        else:
            painter.strokePath(path, _pen(self.markup_colour, self.brush_size))
        painter.restore()


def _pen(colour: QColor, width: float) -> QPen:
    return QPen(
        colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )


def _dabs(start: QPointF, end: QPointF, spacing: float) -> list[QPointF]:
    """Dab centres from ``start`` to ``end``, ``spacing`` apart (``start`` itself only once)."""
    distance = math.hypot(end.x() - start.x(), end.y() - start.y())
    if distance == 0:
        return [start]
    steps = max(1, math.ceil(distance / spacing))
    return [start + (end - start) * (i / steps) for i in range(1, steps + 1)]


def _dab_brush(centre: QPointF, radius: float, hardness: float, colour: QColor) -> QBrush:
    if hardness >= 0.99:
        return QBrush(colour)
    gradient = QRadialGradient(centre, radius)
    clear = QColor(colour)
    clear.setAlpha(0)
    gradient.setColorAt(0, colour)
    gradient.setColorAt(max(0.0, hardness), colour)
    gradient.setColorAt(1, clear)
    return QBrush(gradient)


def export_layer(
    image: QImage, kind: LayerKind, *, feather: float = 0.0, fit: PreparedInput | None = None
) -> bytes | None:
    """The layer as the API takes it (see ``mask_png`` and ``markup_png``); None if it is empty.
    Call it in a worker thread with a ``PaintLayer.snapshot()``: Qt converts the pixels (fast,
    vectorised), imaging writes the PNG."""
    size = (image.width(), image.height())
    if kind is LayerKind.MARKUP:
        rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
        return markup_png(memoryview(rgba.constBits()), size, stride=rgba.bytesPerLine(), fit=fit)
    coverage = image.convertToFormat(QImage.Format.Format_Alpha8)
    grey = QImage(
        coverage.constBits(), *size, coverage.bytesPerLine(), QImage.Format.Format_Grayscale8
    ).copy()
    grey.invertPixels()  # 255 where the image is to stay
    # Sixteen bits of v are two bytes of v: the grey and alpha of each pixel, in either order.
    pairs = grey.convertToFormat(QImage.Format.Format_Grayscale16)
    return mask_png(
        memoryview(pairs.constBits()), size, stride=pairs.bytesPerLine(), feather=feather, fit=fit
    )


def united(images: list[QImage]) -> QImage:
    """One layer covering what any of ``images`` covers (the regions of a merged edit). Safe in
    a worker thread: QPainter may paint on a QImage there."""
    union = QImage(images[0].size(), QImage.Format.Format_ARGB32_Premultiplied)
    union.fill(0)
    painter = QPainter(union)
    for image in images:
        painter.drawImage(0, 0, image)
    painter.end()
    return union


def layer_coverage(image: QImage) -> bytes:
    """A layer's coverage, a byte a pixel with rows packed (imaging's selection format).
    Safe in a worker thread."""
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    width, height, stride = alpha.width(), alpha.height(), alpha.bytesPerLine()
    data = bytes(alpha.constBits())
    if stride == width:
        return data
    return b"".join(data[y * stride : y * stride + width] for y in range(height))


def coverage_layer(coverage: bytes, size: tuple[int, int], colour: QColor) -> QImage:
    """Layer pixels in ``colour`` covering as ``coverage`` says. Safe in a worker thread."""
    width, height = size
    alpha = QImage(coverage, width, height, width, QImage.Format.Format_Alpha8)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(colour)
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    painter.drawImage(0, 0, alpha)
    painter.end()
    return image
