"""The editor: the base image to paint a mask or markup over, its tools, and the input strip.

The window sends what the editor holds; the editor prepares it: inputs converted for the model
(and the user told what changed), the layer exported in a worker thread to match the base.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.api import Endpoint, ImageFile, ModelCapabilities, applies
from studio.imaging import NotAnImage, PreparedInput, display_pixels, prepare_input
from studio.ui.input_strip import EditInput, InputStrip
from studio.ui.paint_canvas import TOOLS, LayerKind, PaintCanvas, Tool, export_layer
from studio.ui.toolbars import add_action

__all__ = ["EditorPage", "PreparedEdit"]

#: Longest edge of the base as painted over: enough for the largest image a model makes.
_BASE_EDGE = 4096

_TOOL_TEXT = {
    Tool.BRUSH: ("Brush", "B", "Paint (left button); the right button erases"),
    Tool.ERASER: ("Eraser", "E", "Erase what was painted"),
    Tool.RECTANGLE: ("Rectangle", "R", "Drag a rectangle; the right button clears it"),
    Tool.LASSO: ("Lasso", "L", "Draw round an area to fill it; the right button clears it"),
    Tool.ARROW: ("Arrow", "A", "Drag an arrow"),
    Tool.ELLIPSE: ("Ellipse", "O", "Drag an ellipse outline"),
}


@dataclass(frozen=True)
class PreparedEdit:
    """What the editor holds, as the chosen model takes it."""

    images: tuple[ImageFile, ...]
    mask: ImageFile | None = None
    markup: ImageFile | None = None
    #: What was changed to make the model accept the inputs, as sentences.
    changes: tuple[str, ...] = ()
    parents: tuple[int, ...] = field(default=())


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(colour)
    return QIcon(pixmap)


class EditorPage(QWidget):
    """``changed`` fires when the inputs, the layer kind or the painting changed;
    ``notice`` carries a sentence the user must read; ``open_requested`` asks for a file."""

    changed = Signal()
    notice = Signal(str)
    open_requested = Signal()
    paste_requested = Signal()
    stop_requested = Signal()

    def __init__(
        self, start: Callable[[Coroutine[Any, Any, Any]], None], parent: QWidget | None = None
    ) -> None:
        """``start`` runs a coroutine for the editor (the window's, which cancels its work
        when it closes)."""
        super().__init__(parent)
        self._start = start
        self.setAccessibleName(self.tr("Editor"))
        self.canvas = PaintCanvas()
        self.canvas.set_placeholder("")
        self.canvas.setMinimumHeight(100)  # room for the toolbars and the strip on small screens
        self.strip = InputStrip()
        self.keep_unmasked = QCheckBox(self.tr("Keep unmasked area"))
        self.keep_unmasked.setChecked(True)
        self.keep_unmasked.setToolTip(
            self.tr(
                "Models also change pixels outside the mask. Put the original pixels back "
                "there (with a soft seam); the model's own result is kept in the gallery too."
            )
        )
        self.feather = QSpinBox(suffix=" px")
        self.feather.setRange(0, 64)
        self.feather.setAccessibleName(self.tr("Feather mask edges"))
        self.feather.setToolTip(self.tr("Soften the mask's edges by this many pixels when sent"))
        self._base_loading = 0
        self._pending_mask: bytes | None = None
        #: The input shown as the base (held, so a new one is told from it by identity).
        self._base: EditInput | None = None

        self.toolbar = self._build_toolbar()
        self.options = self._build_options()
        self.empty = self._build_empty_state()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.canvas)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.toolbar)
        column.addWidget(self.options)
        column.addWidget(self.pages, 1)
        column.addWidget(self.strip)

        self.strip.changed.connect(self._inputs_changed)
        self.strip.add_requested.connect(self.open_requested)
        self.canvas.edited.connect(self._painted)
        self.canvas.brush_changed.connect(self._show_brush)
        self._show_kind()
        self._inputs_changed()

    # -- building ---------------------------------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self.tr("Painting"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[LayerKind, QToolButton] = {}
        for kind, text, tip in (
            (LayerKind.MASK, self.tr("Mask"), self.tr("Paint where the image may change")),
            (
                LayerKind.MARKUP,
                self.tr("Markup"),
                self.tr("Draw strokes, arrows and outlines that guide the edit"),
            ),
        ):
            button = QToolButton(text=text, checkable=True)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            bar.addWidget(button)
        self.kind_buttons[LayerKind.MASK].setChecked(True)
        bar.addSeparator()
        self.tools = QButtonGroup(self)
        self.tool_buttons: dict[Tool, QToolButton] = {}
        #: A toolbar shows or hides a widget through the action that holds it.
        self._tool_actions: dict[Tool, QAction] = {}
        for tool, (text, key, tip) in _TOOL_TEXT.items():
            button = QToolButton(text=self.tr(text), checkable=True)
            button.setToolTip(f"{self.tr(tip)} ({key})")
            button.setAccessibleName(self.tr(text))
            button.clicked.connect(lambda _=False, t=tool: self.set_tool(t))
            self.tools.addButton(button)
            self.tool_buttons[tool] = button
            self._tool_actions[tool] = bar.addWidget(button)
        bar.addSeparator()
        self.size = QSpinBox(suffix=" px")
        self.size.setRange(1, 2000)
        self.size.setAccessibleName(self.tr("Brush size"))
        self.size.setToolTip(self.tr("Brush size in image pixels ([ and ])"))
        self.size.valueChanged.connect(self._size_edited)
        bar.addWidget(QLabel(self.tr(" Size ")))
        bar.addWidget(self.size)
        self.hardness = QSpinBox(suffix=" %")
        self.hardness.setRange(0, 100)
        self.hardness.setAccessibleName(self.tr("Hardness"))
        self.hardness.setToolTip(self.tr("How hard the brush's edge is ({ and })"))
        self.hardness.valueChanged.connect(self._hardness_edited)
        self.hardness_label = QLabel(self.tr(" Hardness "))
        self.hardness_action = bar.addWidget(self.hardness_label)
        self.hardness_box_action = bar.addWidget(self.hardness)
        self.colour = QToolButton()
        self.colour.setAccessibleName(self.tr("Colour"))
        self.colour.clicked.connect(self._pick_colour)
        bar.addWidget(self.colour)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(10, 90)
        self.opacity.setValue(round(self.canvas.overlay_opacity * 100))
        self.opacity.setFixedWidth(80)
        self.opacity.setAccessibleName(self.tr("Mask opacity"))
        self.opacity.setToolTip(self.tr("How strongly the mask is shown"))
        self.opacity.valueChanged.connect(self._overlay_edited)
        self.opacity_action = bar.addWidget(self.opacity)
        self.show_layer = QCheckBox(self.tr("Show"))
        self.show_layer.setChecked(True)
        self.show_layer.setToolTip(self.tr("Show or hide the mask over the image"))
        self.show_layer.toggled.connect(self._overlay_edited)
        bar.addWidget(self.show_layer)
        return bar

    def _build_options(self) -> QToolBar:
        bar = QToolBar(self.tr("Layer"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.fill_action = add_action(
            bar, self.tr("Fill"), self.tr("Mask the whole image"), self.canvas.fill_all
        )
        add_action(bar, self.tr("Clear"), self.tr("Clear the layer"), self.canvas.clear_all)
        self.invert_action = add_action(
            bar,
            self.tr("Invert"),
            self.tr("Mask what is not masked, and unmask what is"),
            self.canvas.invert,
        )
        bar.addSeparator()
        add_action(
            bar, self.tr("Undo"), self.tr("Take back the last stroke (Ctrl+Z)"), self.canvas.undo
        )
        add_action(bar, self.tr("Redo"), self.tr("Do it again (Ctrl+Shift+Z)"), self.canvas.redo)
        bar.addSeparator()
        self.mask_options = [
            bar.addWidget(QLabel(self.tr(" Feather "))),
            bar.addWidget(self.feather),
            bar.addWidget(self.keep_unmasked),
        ]
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        bar.addWidget(spacer)
        self.stop_action = add_action(
            bar,
            self.tr("Stop editing"),
            self.tr("Put the inputs away and go back to generating"),
            self.stop,
        )
        return bar

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch()
        title = QLabel(self.tr("<h3>Edit an image</h3>"), alignment=Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr(
                "Open an image, drop one here or paste it — or press Edit image (Ctrl+E) on "
                "a result. Then paint where it should change and describe the change."
            ),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        buttons = QHBoxLayout()
        buttons.addStretch()
        open_button = QPushButton(self.tr("Open image…"))
        open_button.clicked.connect(self.open_requested)
        paste_button = QPushButton(self.tr("Paste"))
        paste_button.clicked.connect(self.paste_requested)
        buttons.addWidget(open_button)
        buttons.addWidget(paste_button)
        buttons.addStretch()
        column.addWidget(title)
        column.addWidget(hint)
        column.addLayout(buttons)
        column.addStretch()
        return page

    # -- state ------------------------------------------------------------------------------

    @property
    def inputs(self) -> list[EditInput]:
        return self.strip.inputs

    @property
    def editing(self) -> bool:
        return bool(self.inputs)

    @property
    def kind(self) -> LayerKind:
        return self.canvas.kind

    @property
    def painted(self) -> bool:
        """Something was painted on the layer that would be sent."""
        layer = self.canvas.layer
        return layer is not None and layer.touched

    def describe(self) -> str:
        """A line for the prompt panel: what an edit would send."""
        count = len(self.inputs)
        images = self.tr("1 image") if count == 1 else self.tr("{n} images").format(n=count)
        if not self.painted:
            return self.tr("Editing {images}, nothing painted (the whole image may change)").format(
                images=images
            )
        layer = self.tr("a mask") if self.kind is LayerKind.MASK else self.tr("a markup")
        return self.tr("Editing {images} with {layer}").format(images=images, layer=layer)

    def set_capabilities(self, caps: ModelCapabilities) -> None:
        self.strip.set_limit(caps.max_images)
        markup = self.kind_buttons[LayerKind.MARKUP]
        markup.setEnabled(caps.markup or not caps.known)
        markup.setToolTip(
            self.tr("Draw strokes, arrows and outlines that guide the edit")
            if markup.isEnabled()
            else applies("markup", caps, Endpoint.EDITS) or ""
        )
        if not markup.isEnabled() and self.kind is LayerKind.MARKUP:
            self.set_kind(LayerKind.MASK)
            self.notice.emit(
                self.tr("{model} takes no markup, so the mask is used; the markup is kept.").format(
                    model=caps.name
                )
            )

    def set_kind(self, kind: LayerKind) -> None:
        """Mask or markup: the API takes one or the other, so only the chosen one is sent."""
        other = LayerKind.MARKUP if kind is LayerKind.MASK else LayerKind.MASK
        other_layer = self.canvas.layers.get(other)
        self.canvas.set_kind(kind)
        self._show_kind()
        if other_layer is not None and other_layer.touched:
            self.notice.emit(
                self.tr(
                    "Only the {kind} is sent: an edit takes a mask or a markup, not both. The "
                    "{other} is kept; switch back to use it."
                ).format(kind=kind.value, other=other.value)
            )

    def set_tool(self, tool: Tool) -> None:
        self.canvas.tool = tool
        self._show_brush()

    def _show_kind(self) -> None:
        kind = self.canvas.kind
        self.kind_buttons[kind].setChecked(True)
        mask = kind is LayerKind.MASK
        for tool, action in self._tool_actions.items():
            action.setVisible(tool in TOOLS[kind])
        self.tool_buttons[Tool.BRUSH].setText(self.tr("Brush") if mask else self.tr("Pen"))
        self.tool_buttons[Tool.RECTANGLE].setToolTip(
            self.tr("Drag a rectangle; the right button clears it (R)")
            if mask
            else self.tr("Drag a rectangle outline (R)")
        )
        for action in (
            self.hardness_action,
            self.hardness_box_action,
            self.opacity_action,
            *self.mask_options,
        ):
            action.setVisible(mask)
        self.fill_action.setVisible(mask)
        self.invert_action.setVisible(mask)
        self.show_layer.setToolTip(
            self.tr("Show or hide the mask") if mask else self.tr("Show or hide the markup")
        )
        self._show_brush()

    def _show_brush(self) -> None:
        canvas = self.canvas
        self.tool_buttons[canvas.tool].setChecked(True)
        for box, value in ((self.size, canvas.brush_size), (self.hardness, canvas.hardness * 100)):
            box.blockSignals(True)
            box.setValue(round(value))
            box.blockSignals(False)
        colour = canvas.mask_colour if canvas.kind is LayerKind.MASK else canvas.markup_colour
        self.colour.setIcon(_swatch(colour))
        self.colour.setToolTip(
            self.tr("Mask colour (how it is shown; the mask itself has none)")
            if canvas.kind is LayerKind.MASK
            else self.tr("Markup colour")
        )

    def _size_edited(self, value: int) -> None:
        self.canvas.brush_size = value

    def _hardness_edited(self, value: int) -> None:
        self.canvas.hardness = value / 100

    def _overlay_edited(self) -> None:
        self.canvas.show_layer(self.show_layer.isChecked(), self.opacity.value() / 100)

    def _pick_colour(self) -> None:
        canvas = self.canvas
        mask = canvas.kind is LayerKind.MASK
        current = canvas.mask_colour if mask else canvas.markup_colour
        colour = QColorDialog.getColor(current, self, self.tr("Choose a colour"))
        if not colour.isValid():
            return
        if mask:
            canvas.set_mask_colour(colour)
        else:
            canvas.markup_colour = colour
        self._show_brush()

    def _painted(self) -> None:
        self.show_layer.blockSignals(True)
        self.show_layer.setChecked(self.canvas.overlay_visible)
        self.show_layer.blockSignals(False)
        self.changed.emit()

    # -- inputs -----------------------------------------------------------------------------

    def add_input(self, edit_input: EditInput, *, as_base: bool = False) -> bool:
        """Add an input (the new base when ``as_base``); False, with a notice, at the limit."""
        if len(self.inputs) >= self.strip.limit and not as_base:
            self.notice.emit(
                self.tr("This model takes at most {n} input image(s); remove one first.").format(
                    n=self.strip.limit
                )
            )
            return False
        self.strip.add(edit_input, as_base=as_base)
        return True

    def set_base_input(self, edit_input: EditInput, mask: bytes | None = None) -> None:
        """Make ``edit_input`` the base in place of the current one; the painting stays when
        the size is the same (to try again on a result, say). ``mask``, the mask of an earlier
        edit, is painted into the mask layer once the base is shown."""
        self._pending_mask = mask
        if self.inputs:
            self.strip.list.takeItem(0)
        self.strip.add(edit_input, as_base=True)

    def stop(self) -> None:
        self.strip.clear()
        self.stop_requested.emit()

    def _inputs_changed(self) -> None:
        inputs = self.inputs
        if not inputs:
            self._base = None
            self.canvas.clear_base()
            self.pages.setCurrentWidget(self.empty)
            self.toolbar.setEnabled(False)
            self.options.setEnabled(False)
            self.changed.emit()
            return
        self.toolbar.setEnabled(True)
        self.options.setEnabled(True)
        base = inputs[0]
        if base is not self._base:
            self._base = base
            self._start(self._load_base(base))
        self.changed.emit()

    async def _load_base(self, base: EditInput) -> None:
        self._base_loading += 1
        ticket = self._base_loading
        try:
            frame = await asyncio.to_thread(display_pixels, base.data, _BASE_EDGE)
        except NotAnImage:
            return  # it was read once when added; nothing to show instead
        if ticket != self._base_loading:
            return  # another base was chosen meanwhile
        had_painting = any(layer.touched for layer in self.canvas.layers.values())
        kept = self.canvas.set_base(frame)
        self.pages.setCurrentWidget(self.canvas)
        mask, self._pending_mask = self._pending_mask, None
        if mask is not None:
            try:
                self.canvas.load_mask(await asyncio.to_thread(display_pixels, mask, _BASE_EDGE))
            except NotAnImage:
                self.notice.emit(self.tr("The earlier edit's mask could not be read."))
            self.set_kind(LayerKind.MASK)
        if had_painting and not kept:
            self.notice.emit(
                self.tr(
                    "The new base image is {w}x{h}, another size than before, so the painting "
                    "was cleared."
                ).format(w=base.width, h=base.height)
            )
        self.changed.emit()

    # -- sending ----------------------------------------------------------------------------

    async def prepare(self, caps: ModelCapabilities, *, with_layer: bool = True) -> PreparedEdit:
        """The inputs and the chosen layer as ``caps`` takes them, built off the GUI thread.
        Raises NotAnImage (with a sentence) for an input that cannot be converted."""
        inputs = self.inputs

        def convert() -> list[PreparedInput]:
            return [
                prepare_input(
                    each.data,
                    formats=caps.image_formats,
                    max_bytes=caps.image_max_bytes,
                    square_png=caps.square_png_input,
                    name=each.name,
                )
                for each in inputs
            ]

        prepared = await asyncio.to_thread(convert)
        images = tuple(
            ImageFile.from_bytes(each.data, source.name)
            for each, source in zip(prepared, inputs, strict=True)
        )
        changes = tuple(change for each in prepared for change in each.changes)
        parents = tuple(each.image_id for each in inputs if each.image_id is not None)
        layer = self.canvas.layer
        if not with_layer or layer is None or not layer.touched:
            return PreparedEdit(images, changes=changes, parents=parents)
        kind = self.kind
        data = await asyncio.to_thread(
            export_layer,
            layer.snapshot(),
            kind,
            feather=self.feather.value(),
            fit=prepared[0],
        )
        if data is None:
            return PreparedEdit(images, changes=changes, parents=parents)
        file = ImageFile(data, f"{kind.value}.png", "png")
        if kind is LayerKind.MASK:
            return PreparedEdit(images, mask=file, changes=changes, parents=parents)
        return PreparedEdit(images, markup=file, changes=changes, parents=parents)
