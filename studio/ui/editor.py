"""The editor: the base image to paint a mask or markup over, its tools, and the input strip;
or the base on a larger canvas to expand it.

The window sends what the editor holds; the editor prepares it: inputs converted for the model
(and the user told what changed), the layer exported in a worker thread to match the base, or
the expanded canvas and its mask made at the nearest size the model accepts. What the edit is
made of (layer kind, feather, keeping the unmasked area, the expansion) lives in its
``EditSession``; the widgets here show it and change it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.api import Endpoint, ImageFile, ModelCapabilities, applies
from studio.core.edit_chain import ChainStep
from studio.core.edit_session import (
    ColourPick,
    EditSession,
    ExpansionChoice,
    LayerKind,
    Region,
    RegionRun,
    merged_prompt,
    place_of,
    step_prompt,
)
from studio.core.messages import say, sentence
from studio.imaging import (
    Combine,
    DisplayPixels,
    Expansion,
    NotAnImage,
    PreparedInput,
    coverage_box,
    display_pixels,
    expanded_image,
    expansion_mask,
    plan_expansion,
    prepare_input,
    resized_mask,
)
from studio.ui.expand_view import ExpandPanel, ExpandView, initial_choice
from studio.ui.input_strip import EditInput, InputStrip
from studio.ui.mask_selection import MaskSelection
from studio.ui.paint_canvas import (
    TOOLS,
    PaintCanvas,
    Tool,
    export_layer,
    united,
)
from studio.ui.regions_panel import RegionsPanel
from studio.ui.toolbars import ToolRow, add_action

__all__ = ["EditorPage", "PreparedEdit", "RegionEdit"]

#: Longest edge of the base as painted over: enough for the largest image a model makes.
_BASE_EDGE = 4096

# Translated where shown (self.tr); marked here for lupdate.
_TOOL_TEXT = {
    Tool.BRUSH: (
        QT_TRANSLATE_NOOP("EditorPage", "Brush"),
        "B",
        QT_TRANSLATE_NOOP("EditorPage", "Paint (left button); the right button erases"),
    ),
    Tool.ERASER: (
        QT_TRANSLATE_NOOP("EditorPage", "Eraser"),
        "E",
        QT_TRANSLATE_NOOP("EditorPage", "Erase what was painted"),
    ),
    Tool.RECTANGLE: (
        QT_TRANSLATE_NOOP("EditorPage", "Rectangle"),
        "R",
        QT_TRANSLATE_NOOP("EditorPage", "Drag a rectangle; the right button clears it"),
    ),
    Tool.LASSO: (
        QT_TRANSLATE_NOOP("EditorPage", "Lasso"),
        "L",
        QT_TRANSLATE_NOOP(
            "EditorPage", "Draw round an area to fill it; the right button clears it"
        ),
    ),
    Tool.ARROW: (
        QT_TRANSLATE_NOOP("EditorPage", "Arrow"),
        "A",
        QT_TRANSLATE_NOOP("EditorPage", "Drag an arrow"),
    ),
    Tool.ELLIPSE: (
        QT_TRANSLATE_NOOP("EditorPage", "Ellipse"),
        "O",
        QT_TRANSLATE_NOOP("EditorPage", "Drag an ellipse outline"),
    ),
    Tool.SELECT_COLOUR: (
        QT_TRANSLATE_NOOP("EditorPage", "Colour"),
        "W",
        QT_TRANSLATE_NOOP(
            "EditorPage",
            "Click a colour to select its area (Shift adds to the mask, Alt cuts from it)",
        ),
    ),
}
_COMBINE_TEXT = (
    (Combine.REPLACE, QT_TRANSLATE_NOOP("EditorPage", "Replace")),
    (Combine.ADD, QT_TRANSLATE_NOOP("EditorPage", "Add")),
    (Combine.CUT, QT_TRANSLATE_NOOP("EditorPage", "Cut")),
)


@dataclass(frozen=True)
class RegionEdit:
    region: Region
    #: Where it lies in the picture, in words ("top left").
    place: str
    #: Its own mask, when the regions are edited one after another.
    mask: ImageFile | None = None


@dataclass(frozen=True)
class PreparedEdit:
    """What the editor holds, as the chosen model takes it."""

    images: tuple[ImageFile, ...]
    mask: ImageFile | None = None
    markup: ImageFile | None = None
    #: What was changed to make the model accept the inputs, as sentences.
    changes: tuple[str, ...] = ()
    parents: tuple[int, ...] = field(default=())
    #: The size to ask for (an expanded canvas's); None to leave the request's as it is.
    size: str | None = None
    #: Several painted regions: merged into ``mask``, or each with its own mask.
    regions: tuple[RegionEdit, ...] = ()
    run: RegionRun = RegionRun.MERGED

    @property
    def one_after_another(self) -> bool:
        return self.run is RegionRun.ONE_AFTER_ANOTHER and len(self.regions) > 1

    def prompt_for(self, prompt: str) -> str:
        """The prompt to send first: naming each region when merged, else the first one's."""
        if self.one_after_another:
            return step_prompt(prompt, self.regions[0].region)
        if self.regions:
            places = {each.region.number: each.place for each in self.regions}
            return merged_prompt(prompt, tuple(each.region for each in self.regions), places)
        return prompt

    def steps(self, prompt: str) -> tuple[ChainStep, ...]:
        """Each region's prompt and mask, in order, when run one after another."""
        return tuple(
            ChainStep(step_prompt(prompt, each.region), each.mask)
            for each in self.regions
            if each.mask is not None
        )


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
        self.session = EditSession(self)
        self._caps: ModelCapabilities | None = None
        #: The base's pixels as shown (the expand view paints them too).
        self._base_frame: DisplayPixels | None = None
        self._plan: Expansion | None = None
        self._planning = 0
        self.canvas = PaintCanvas()
        self.canvas.set_placeholder("")
        self.canvas.setMinimumHeight(100)  # room for the toolbars and the strip on small screens
        self.strip = InputStrip(self.session)
        self.keep_unmasked = QCheckBox(self.tr("Keep unmasked area"))
        self.keep_unmasked.setChecked(self.session.keep_unmasked)
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

        self.selection = MaskSelection(
            self.canvas, self.session, lambda: self._base_frame, start, self
        )
        self.selection.notice.connect(self.notice)
        self.toolbar = self._build_toolbar()
        self.options = self._build_options()
        self.empty = self._build_empty_state()
        self.expand_view = ExpandView(self.session)
        self.expand_panel = ExpandPanel(self.session)
        self.expand_panel.hide()
        self.expand_panel.closed.connect(lambda: self.set_expanding(False))
        self.regions_panel = RegionsPanel(self.session)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.canvas)
        self.pages.addWidget(self.expand_view)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.toolbar)
        column.addWidget(self.options)
        column.addWidget(self.expand_panel)
        column.addWidget(self.regions_panel)
        column.addWidget(self.pages, 1)
        column.addWidget(self.strip)

        self._bind_session()
        self.session.inputs_changed.connect(self._inputs_changed)
        self.strip.add_requested.connect(self.open_requested)
        self.canvas.edited.connect(self._painted)
        self.canvas.brush_changed.connect(self._show_brush)
        self._show_kind()
        self._show_regions()
        self._inputs_changed()

    # -- building ---------------------------------------------------------------------------

    def _build_toolbar(self) -> ToolRow:
        bar = ToolRow(self.tr("Painting"))
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
        self._size_actions = [bar.addLabelled(self.tr("Size"), self.size)]
        self.hardness = QSpinBox(suffix=" %")
        self.hardness.setRange(0, 100)
        self.hardness.setAccessibleName(self.tr("Hardness"))
        self.hardness.setToolTip(self.tr("How hard the brush's edge is ({ and })"))
        self.hardness.valueChanged.connect(self._hardness_edited)
        self.hardness_action = bar.addLabelled(self.tr("Hardness"), self.hardness)
        self.tolerance = QSpinBox(prefix="± ")
        self.tolerance.setRange(0, 255)
        self.tolerance.setAccessibleName(self.tr("Tolerance"))
        self.tolerance.setToolTip(
            self.tr("How far a colour may be from the one clicked and still be selected")
        )
        self.contiguous = QCheckBox(self.tr("Contiguous"))
        self.contiguous.setToolTip(
            self.tr("Only the area joined to the click; off: that colour everywhere")
        )
        self.combine = QComboBox()
        self.combine.setAccessibleName(self.tr("Selection mode"))
        for how, text in _COMBINE_TEXT:
            self.combine.addItem(self.tr(text), how)
        self._pick_actions = [
            bar.addWidget(self.tolerance),
            bar.addWidget(self.contiguous),
            bar.addWidget(self.combine),
        ]
        self.colour = QToolButton()
        self.colour.setAccessibleName(self.tr("Colour"))
        self.colour.clicked.connect(self._pick_colour)
        self.colour_action = bar.addWidget(self.colour)
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

    def _build_options(self) -> ToolRow:
        bar = ToolRow(self.tr("Layer"))
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
        self.expand_action = add_action(
            bar,
            self.tr("Expand canvas"),
            self.tr(
                "Extend the picture beyond its edges: choose a larger canvas and where the "
                "picture goes on it; the model paints the new area"
            ),
            lambda: self.set_expanding(not self.expanding),
        )
        self.expand_action.setCheckable(True)
        bar.addSeparator()
        add_action(
            bar, self.tr("Undo"), self.tr("Take back the last stroke (Ctrl+Z)"), self.canvas.undo
        )
        add_action(bar, self.tr("Redo"), self.tr("Do it again (Ctrl+Shift+Z)"), self.canvas.redo)
        bar.addSeparator()
        self.add_region_action = add_action(
            bar,
            self.tr("Add region"),
            self.tr("Paint another area in another colour, with its own instruction"),
            lambda: self.session.add_region(),
        )
        self.selection_button = self.selection.menu_button()
        self.mask_options = [
            bar.addLabelled(self.tr("Feather"), self.feather),
            bar.addWidget(self.keep_unmasked),
            self.add_region_action,
            bar.addWidget(self.selection_button),
        ]
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
        open_button.setToolTip(self.tr("Choose image files to edit (Ctrl+O)"))
        open_button.clicked.connect(self.open_requested)
        paste_button = QPushButton(self.tr("Paste"))
        paste_button.setToolTip(self.tr("Edit the image on the clipboard (Ctrl+V)"))
        paste_button.clicked.connect(self.paste_requested)
        buttons.addWidget(open_button)
        buttons.addWidget(paste_button)
        buttons.addStretch()
        column.addWidget(title)
        column.addWidget(hint)
        column.addLayout(buttons)
        column.addStretch()
        return page

    # -- the session ------------------------------------------------------------------------

    def _bind_session(self) -> None:
        session = self.session
        self.keep_unmasked.toggled.connect(lambda on: setattr(session, "keep_unmasked", on))
        session.keep_unmasked_changed.connect(self.keep_unmasked.setChecked)
        self.feather.valueChanged.connect(lambda value: setattr(session, "feather", value))
        session.feather_changed.connect(self.feather.setValue)
        session.kind_changed.connect(self._kind_changed)
        session.expansion_changed.connect(self._expansion_changed)
        session.active_region_changed.connect(self._region_chosen)
        session.regions_changed.connect(self._regions_changed)
        session.region_run_changed.connect(lambda _: self.changed.emit())
        self._show_colour_pick(session.colour_pick)
        session.colour_pick_changed.connect(self._show_colour_pick)
        for signal in (
            self.tolerance.valueChanged,
            self.contiguous.toggled,
            self.combine.currentIndexChanged,
        ):
            signal.connect(self._colour_pick_edited)

    def _show_colour_pick(self, pick: ColourPick) -> None:
        for widget in (self.tolerance, self.contiguous, self.combine):
            widget.blockSignals(True)
        self.tolerance.setValue(pick.tolerance)
        self.contiguous.setChecked(pick.contiguous)
        self.combine.setCurrentIndex(self.combine.findData(pick.how))
        for widget in (self.tolerance, self.contiguous, self.combine):
            widget.blockSignals(False)

    def _colour_pick_edited(self) -> None:
        self.session.colour_pick = ColourPick(
            self.tolerance.value(),
            self.contiguous.isChecked(),
            Combine(self.combine.currentData()),
        )

    def _region_chosen(self, number: int) -> None:
        region = self.session.region(number)
        if region is not None:
            self.canvas.set_region(number, QColor(*region.colour))
            self._show_brush()

    def _show_regions(self) -> None:
        """The regions' rows only while there are several to tell apart (and a mask)."""
        session = self.session
        self.regions_panel.setVisible(
            session.several_regions and session.kind is LayerKind.MASK and not self.expanding
        )
        self.add_region_action.setEnabled(not self.expanding)

    def _regions_changed(self, regions: tuple[Region, ...]) -> None:
        self._show_regions()
        numbers = {region.number for region in regions}
        for number in list(self.canvas.regions):
            if number not in numbers:
                self.canvas.drop_region(number)
        self.changed.emit()

    # -- expanding the canvas ---------------------------------------------------------------

    @property
    def expanding(self) -> bool:
        return self.session.expansion is not None

    def set_expanding(self, on: bool) -> None:
        """Show the base on a larger canvas to expand it, or go back to painting."""
        base = self._base
        if on and base is not None:
            if self.session.expansion is None:
                self.session.expansion = initial_choice(base.width, base.height)
        else:
            self.session.expansion = None

    def _expansion_changed(self, choice: ExpansionChoice | None) -> None:
        expanding = choice is not None
        self.expand_action.setChecked(expanding)
        self.expand_panel.setVisible(expanding)
        self._show_regions()
        self.toolbar.setEnabled(self.editing and not expanding)
        for action in self.mask_options[:1]:  # the feather: an expansion has its own seam
            action.setEnabled(not expanding)
        if self._base_frame is not None:
            self.pages.setCurrentWidget(self.expand_view if expanding else self.canvas)
        if expanding:
            self._start(self._replan())
        else:
            self._plan = None
        self.changed.emit()

    def _plan_for(self, caps: ModelCapabilities) -> Expansion | None:
        """Where the base goes on the canvas ``caps`` accepts; None when not expanding or the
        choice cannot work (the reason is shown in the panel)."""
        choice, base = self.session.expansion, self._base
        if choice is None or base is None:
            return None
        return plan_expansion(
            caps,
            (base.width, base.height),
            (choice.width, choice.height),
            choice.anchor,
            seam=choice.seam,
            offset=choice.offset,
        )

    async def _replan(self) -> None:
        """Work out what the model will get, off the GUI thread (an odd shape takes a search)."""
        caps = self._caps
        if caps is None:
            return
        self._planning += 1
        ticket = self._planning
        try:
            plan = await asyncio.to_thread(self._plan_for, caps)
            problem = ""
        except ValueError as error:
            plan, problem = None, sentence(error)
        if ticket != self._planning:
            return
        self._plan = plan
        self.expand_view.set_plan(plan)
        self.expand_panel.set_sent(
            problem[:1].upper() + problem[1:] + "." if problem else self.expand_view.summary()
        )
        self.changed.emit()

    # -- state ------------------------------------------------------------------------------

    @property
    def inputs(self) -> list[EditInput]:
        return list(self.session.inputs)

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
        images = self.tr("%n image(s)", None, count)
        choice = self.session.expansion
        if choice is not None:
            plan = self._plan
            width, height = plan.canvas if plan is not None else (choice.width, choice.height)
            return self.tr("Expanding the picture to {w}x{h}: describe the new area").format(
                w=width, h=height
            )
        if not self.painted:
            return self.tr("Editing {images}, nothing painted (the whole image may change)").format(
                images=images
            )
        several = len(self.canvas.painted_regions()) > 1 and self.session.several_regions
        if self.kind is LayerKind.MASK and several:
            how = (
                self.tr("one after another")
                if self.session.region_run is RegionRun.ONE_AFTER_ANOTHER
                else self.tr("in one request")
            )
            return self.tr("Editing {images} in {n} regions, {how}").format(
                images=images, n=len(self.canvas.painted_regions()), how=how
            )
        layer = self.tr("a mask") if self.kind is LayerKind.MASK else self.tr("a markup")
        return self.tr("Editing {images} with {layer}").format(images=images, layer=layer)

    def set_capabilities(self, caps: ModelCapabilities) -> None:
        changed = caps != self._caps
        self._caps = caps
        if changed and self.expanding:
            self._start(self._replan())
        self.strip.set_limit(caps.max_images)
        markup = self.kind_buttons[LayerKind.MARKUP]
        markup.setEnabled(caps.markup or not caps.known)
        markup.setToolTip(
            self.tr("Draw strokes, arrows and outlines that guide the edit")
            if markup.isEnabled()
            else say(applies("markup", caps, Endpoint.EDITS) or "")
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
        self.session.kind = kind
        self._show_kind()

    def _kind_changed(self, kind: LayerKind) -> None:
        self._show_regions()
        other = LayerKind.MARKUP if kind is LayerKind.MASK else LayerKind.MASK
        other_layer = self.canvas.layers.get(other)
        self.canvas.set_kind(kind)
        self._show_kind()
        if other_layer is not None and other_layer.touched:
            self.notice.emit(
                self.tr(
                    "Only the {kind} is sent: an edit takes a mask or a markup, not both. The "
                    "{other} is kept; switch back to use it."
                ).format(kind=self._layer_name(kind), other=self._layer_name(other))
            )

    def _layer_name(self, kind: LayerKind) -> str:
        return self.tr("mask") if kind is LayerKind.MASK else self.tr("markup")

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
        picking = canvas.tool is Tool.SELECT_COLOUR
        mask = canvas.kind is LayerKind.MASK
        for action in self._size_actions:
            action.setVisible(not picking)
        self.hardness_action.setVisible(mask and not picking)
        for action in self._pick_actions:
            action.setVisible(picking)
        self.colour_action.setVisible(not picking)
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
                self.tr(
                    "This model takes at most %n input image(s); remove one first.",
                    None,
                    self.strip.limit,
                )
            )
            return False
        self.session.add_input(edit_input, as_base=as_base)
        return True

    def set_base_input(self, edit_input: EditInput, mask: bytes | None = None) -> None:
        """Make ``edit_input`` the base in place of the current one; the painting stays when
        the size is the same (to try again on a result, say). ``mask``, the mask of an earlier
        edit, is painted into the mask layer once the base is shown."""
        self._pending_mask = mask
        self.session.replace_base(edit_input)

    def stop(self) -> None:
        self.session.inputs = ()
        self.stop_requested.emit()

    def _inputs_changed(self, _: object = None) -> None:
        inputs = self.inputs
        if not inputs:
            self._base = None
            self._base_frame = None
            self.session.expansion = None
            self.canvas.clear_base()
            self.pages.setCurrentWidget(self.empty)
            self.toolbar.setEnabled(False)
            self.options.setEnabled(False)
            self.changed.emit()
            return
        self.toolbar.setEnabled(not self.expanding)
        self.options.setEnabled(True)
        base = inputs[0]
        if base is not self._base:
            self._base = base
            self.session.expansion = None  # sized for the picture it was chosen for
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
        self._base_frame = frame
        self.expand_view.set_picture(frame)
        self.expand_panel.set_picture(base.width, base.height)
        self.pages.setCurrentWidget(self.expand_view if self.expanding else self.canvas)
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

        def convert(chosen: list[tuple[bytes, str]]) -> list[PreparedInput]:
            return [
                prepare_input(
                    data,
                    formats=caps.image_formats,
                    max_bytes=caps.image_max_bytes,
                    square_png=caps.square_png_input,
                    name=name,
                )
                for data, name in chosen
            ]

        if self.expanding:
            return await self._prepare_expansion(caps, convert)
        prepared = await asyncio.to_thread(convert, [(each.data, each.name) for each in inputs])
        images = tuple(
            ImageFile.from_bytes(each.data, source.name)
            for each, source in zip(prepared, inputs, strict=True)
        )
        changes = tuple(change for each in prepared for change in each.changes)
        parents = tuple(each.image_id for each in inputs if each.image_id is not None)
        layer = self.canvas.layer
        if with_layer and self.kind is LayerKind.MASK and self.session.several_regions:
            return await self._prepare_regions(
                PreparedEdit(images, changes=changes, parents=parents), prepared[0]
            )
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

    async def _prepare_expansion(
        self,
        caps: ModelCapabilities,
        convert: Callable[[list[tuple[bytes, str]]], list[PreparedInput]],
    ) -> PreparedEdit:
        """The base on the canvas ``caps`` accepts with the mask of the new area and seam; any
        other inputs as the model takes them. Raises NotAnImage (with a sentence)."""
        base, rest = self.inputs[0], [(each.data, each.name) for each in self.inputs[1:]]

        def build() -> tuple[Expansion, PreparedInput, bytes, list[PreparedInput]]:
            try:
                plan = self._plan_for(caps)
            except ValueError as error:
                raise NotAnImage(sentence(error)) from error
            assert plan is not None
            # The canvas too must be under the model's byte limit; a smaller one takes the
            # mask along.
            (canvas,) = convert([(expanded_image(base.data, plan), self.tr("The expanded canvas"))])
            mask = resized_mask(expansion_mask(plan), (canvas.width, canvas.height))
            return plan, canvas, mask, convert(rest)

        plan, canvas, mask, others = await asyncio.to_thread(build)
        images = (
            ImageFile.from_bytes(canvas.data, "expanded.png"),
            *(
                ImageFile.from_bytes(each.data, source.name)
                for each, source in zip(others, self.inputs[1:], strict=True)
            ),
        )
        return PreparedEdit(
            images,
            mask=ImageFile(mask, "mask.png", "png"),
            changes=plan.changes
            + canvas.changes
            + tuple(change for each in others for change in each.changes),
            parents=tuple(each.image_id for each in self.inputs if each.image_id is not None),
            size=f"{plan.canvas[0]}x{plan.canvas[1]}",
        )

    async def _prepare_regions(self, edit: PreparedEdit, fit: PreparedInput) -> PreparedEdit:
        """The painted regions, each named by its place: merged into one mask, or each with
        its own mask to be run one after another."""
        painted = self.canvas.painted_regions()
        regions = [r for r in self.session.regions if r.number in painted]
        run, feather = self.session.region_run, self.session.feather

        def build() -> tuple[dict[int, str], dict[int, bytes | None], bytes | None]:
            places = {}
            for number, image in painted.items():
                alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
                size = (alpha.width(), alpha.height())
                box = coverage_box(memoryview(alpha.constBits()), size, alpha.bytesPerLine())
                if box is not None:
                    places[number] = place_of(box, size)
            if run is RegionRun.MERGED or len(painted) < 2:
                union = united(list(painted.values()))
                return places, {}, export_layer(union, LayerKind.MASK, feather=feather, fit=fit)
            masks = {
                number: export_layer(image, LayerKind.MASK, feather=feather, fit=fit)
                for number, image in painted.items()
            }
            return places, masks, None

        if not regions:
            return edit
        places, masks, merged = await asyncio.to_thread(build)
        kept = [r for r in regions if r.number in places]
        if masks:
            steps = tuple(
                RegionEdit(r, places[r.number], ImageFile(data, f"mask-{r.number}.png", "png"))
                for r in kept
                if (data := masks.get(r.number)) is not None
            )
            return replace(edit, mask=steps[0].mask if steps else None, regions=steps, run=run)
        mask = None if merged is None else ImageFile(merged, "mask.png", "png")
        named = tuple(RegionEdit(r, places[r.number]) for r in kept)
        return replace(edit, mask=mask, regions=named, run=RegionRun.MERGED)
