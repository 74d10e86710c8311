"""The parameter panel, built from the parameter table (``studio.api.PARAMS``): one row per
parameter, its choices from the capability table. A parameter that does not apply stays in its
place, disabled, with the reason under it; a combination the model refuses is explained under
its control before anything is sent."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from studio.api import (
    DEFAULT_MODEL,
    PARAMS,
    Endpoint,
    ImageFile,
    ImageRequest,
    InvalidParameters,
    ModelCapabilities,
    ParamKind,
    ParamSpec,
    applies,
    capabilities_for,
    choice_name,
    parse_size,
    request_values,
    validate,
)
from studio.core.messages import say
from studio.ui.model_picker import OTHER_MODEL, ModelPicker

__all__ = ["ParamsPanel"]

_OTHER_MODEL = OTHER_MODEL
_CUSTOM_SIZE = "__custom__"
#: What the live check puts in place of the inputs of an edit or variation: the inputs
#: themselves are checked when they are prepared and sent.
_SOME_INPUT = ImageFile(b"", "input.png", "png")
#: The table's parameters with a control of their own (model and size have their own rows).
_SPECS = tuple(
    spec for spec in PARAMS if spec.setting and spec.kind not in (ParamKind.MODEL, ParamKind.SIZE)
)
#: The format decides what else applies (a GIF cannot stream), and streaming decides whether
#: partial images do: their rows are settled first.
_SETTLING_ORDER = sorted(_SPECS, key=lambda s: {"output_format": 0, "stream": 1}.get(s.name, 2))
#: A refusal's ``param`` → the row that explains it (svg errors are about its reasoning effort).
#: The row labels of the ParamSpec table (plain Python, English), for lupdate: the panel
#: shows them through self.tr. tests/ui/test_translations.py checks none is missing.
SPEC_LABELS = (
    QT_TRANSLATE_NOOP("ParamsPanel", "Background"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Complexity"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Compression %"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Fidelity"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Format"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Frame ms"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Frames"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Images"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Partial images"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Moderation"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Quality"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Returned as"),
    QT_TRANSLATE_NOOP("ParamsPanel", "SVG effort"),
    QT_TRANSLATE_NOOP("ParamsPanel", "SVG model"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Safety id"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Streaming"),
    QT_TRANSLATE_NOOP("ParamsPanel", "Style"),
    QT_TRANSLATE_NOOP("ParamsPanel", "User"),
)
_ROW_OF_PARAM = {spec.api_name: spec.name for spec in reversed(_SPECS)} | {"svg": "svg_effort"}


def _control(spec: ParamSpec) -> QWidget:
    """The widget a parameter of ``spec.kind`` is edited with."""
    control: QWidget
    if spec.kind is ParamKind.CHOICE:
        control = QComboBox()
    elif spec.kind is ParamKind.INT:
        control = QSpinBox()
    elif spec.kind is ParamKind.BOOL:
        help_text = say(spec.help)
        control = QCheckBox(help_text[:1].upper() + help_text[1:])
    else:
        control = QLineEdit()
    control.setAccessibleName(say(spec.label))
    control.setToolTip(say(spec.help))
    return control


class _Note(QLabel):
    """A sentence under a control, wrapped, never given fewer lines than its text takes at the
    width it has: a minimum of one line let a narrow panel squash the control above it."""

    def __init__(self) -> None:
        super().__init__(wordWrap=True)
        self._lines_height = 0

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._lines_height))

    def setText(self, text: str) -> None:
        super().setText(text)
        self._measure()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._measure()

    def _measure(self) -> None:
        height = self.heightForWidth(self.width()) if self.text() and self.width() > 0 else 0
        if height != self._lines_height:
            self._lines_height = height
            self.updateGeometry()


class ParamsPanel(QWidget):
    """``changed`` fires on every edit; ``request(prompt)`` builds what would be sent."""

    changed = Signal()

    def __init__(self, state: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        #: Per row: the note under the control saying why it does not apply, and the one
        #: saying what the model would refuse.
        self._reasons: dict[str, QLabel] = {}
        self._notes: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self._refreshing = False
        #: The user's tick of each box shown unticked because it does not apply now.
        self._kept_ticks: dict[str, bool] = {}
        #: What the panel builds requests for; set by the window as the user edits or varies.
        self.endpoint = Endpoint.GENERATIONS

        # Filled (and refilled as the provider's list arrives) by the picker itself.
        self.model = ModelPicker()
        self.custom_model = QLineEdit(placeholderText=self.tr("model name on your server"))
        self.custom_model.setAccessibleName(self.tr("Custom model"))
        self.size = QComboBox()
        self.size.setAccessibleName(self.tr("Size"))
        self.size.setAccessibleDescription(self.tr("The image's width and height in pixels"))
        self.width_box = self._spin(self.tr("Width"))
        self.height_box = self._spin(self.tr("Height"))
        self.aspect = QLabel()
        self.controls: dict[str, QWidget] = {spec.name: _control(spec) for spec in _SPECS}
        for control in self.controls.values():
            if isinstance(control, QLineEdit):
                control.setPlaceholderText(self.tr("optional"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        custom_size = QHBoxLayout()
        for widget in (self.width_box, QLabel("\N{MULTIPLICATION SIGN}"), self.height_box):
            custom_size.addWidget(widget, 1)
        custom_size.addWidget(self.aspect)
        self._add(form, "model", self.tr("Model"), self.model)
        self._add(form, "custom_model", "", self.custom_model)
        self._add(form, "size", self.tr("Size"), self.size)
        self._add(form, "custom_size", "", custom_size)
        for spec in _SPECS:
            self._add(form, spec.name, say(spec.label), self.controls[spec.name])
        self.warning = QLabel(wordWrap=True)
        self.warning.hide()
        form.addRow(self.warning)

        for combo in self.findChildren(QComboBox):
            # Long entries ("Other model (compatible server)…") must not widen the dock.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        # ...but its list opens as wide as its longest entry, and the entry cut short in the
        # box is whole in its tooltip.
        self.model.view().setMinimumWidth(
            max(
                self.model.view().fontMetrics().horizontalAdvance(self.model.itemText(n))
                for n in range(self.model.count())
            )
            + self.model.view().style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        self.model.currentIndexChanged.connect(self._show_model_name)
        self.model.currentIndexChanged.connect(self._edited)
        self.size.currentIndexChanged.connect(self._edited)
        self.custom_model.textChanged.connect(self._edited)
        for spin in (self.width_box, self.height_box):
            spin.valueChanged.connect(self._edited)
        for control in self.controls.values():
            if isinstance(control, QComboBox):
                control.currentIndexChanged.connect(self._edited)
            elif isinstance(control, QSpinBox):
                control.valueChanged.connect(self._edited)
            elif isinstance(control, QCheckBox):
                control.toggled.connect(self._edited)
            elif isinstance(control, QLineEdit):
                control.textChanged.connect(self._edited)
        self._restore()

    @staticmethod
    def _spin(name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(16, 3840)
        spin.setSingleStep(16)
        spin.setAccessibleName(name)
        return spin

    def _add(self, form: QFormLayout, name: str, label: str, field: QWidget | QHBoxLayout) -> None:
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        reason = _Note()
        reason.setAccessibleName(self.tr("Why not"))
        reason.setEnabled(False)  # drawn in the palette's muted colour, like the control above it
        font = reason.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        reason.setFont(font)
        reason.hide()
        note = _Note()
        note.setProperty("role", "problem")
        note.hide()
        column.addWidget(reason)
        column.addWidget(note)
        self._reasons[name] = reason
        self._notes[name] = note
        self._rows[name] = row
        form.addRow(label, row)

    # the controls older code and tests know by name

    @property
    def quality(self) -> QComboBox:
        return cast(QComboBox, self.controls["quality"])

    @property
    def background(self) -> QComboBox:
        return cast(QComboBox, self.controls["background"])

    @property
    def output_format(self) -> QComboBox:
        return cast(QComboBox, self.controls["output_format"])

    @property
    def count(self) -> QSpinBox:
        return cast(QSpinBox, self.controls["n"])

    @property
    def stream(self) -> QCheckBox:
        return cast(QCheckBox, self.controls["stream"])

    @property
    def partials(self) -> QSpinBox:
        return cast(QSpinBox, self.controls["partial_images"])

    # -- what the model takes ---------------------------------------------------------------

    @property
    def model_name(self) -> str:
        chosen = self.model.currentData()
        if chosen == _OTHER_MODEL:
            return self.custom_model.text().strip() or DEFAULT_MODEL
        return str(chosen or DEFAULT_MODEL)

    @property
    def capabilities(self) -> ModelCapabilities:
        return capabilities_for(self.model_name)

    def _refill(
        self, combo: QComboBox, values: tuple[str, ...], preferred: Any, *, optional: bool = False
    ) -> None:
        keep = combo.currentData() if preferred is None else preferred
        combo.blockSignals(True)
        combo.clear()
        if optional and values:
            combo.addItem(self.tr("model's default"), "")
        for value in values:
            combo.addItem(say(choice_name(value)), value)
        index = combo.findData(keep)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _apply_capabilities(self, remembered: dict[str, Any] | None = None) -> None:
        """Fill the controls with what the model allows, keeping (or restoring) the choices."""
        caps = self.capabilities
        wanted = remembered or {}
        self._refreshing = True
        sizes = caps.sizes + ((_CUSTOM_SIZE,) if caps.free_size else ())
        self._refill(self.size, sizes, wanted.get("size"))
        index = self.size.findData(_CUSTOM_SIZE)
        if index >= 0:
            self.size.setItemText(index, self.tr("Custom size…"))
        for spec in _SPECS:
            control = self.controls[spec.name]
            if isinstance(control, QComboBox) and spec.choices is not None:
                preferred = wanted.get(spec.name)
                if preferred is None and control.count() == 0:
                    preferred = spec.default
                self._refill(control, spec.choices(caps), preferred, optional=spec.optional)
            elif isinstance(control, QSpinBox) and spec.bounds is not None:
                low, high = spec.bounds(caps)
                control.setRange(low, max(low, high))
                control.setSingleStep(10 if high >= 1000 else 1)
        self._refreshing = False
        self._show_rows()

    def _why_not(self, spec: ParamSpec) -> str | None:
        fmt = self.output_format.currentData() if self.output_format.isEnabled() else None
        stream = self.stream.isChecked() and self.stream.isEnabled()
        return applies(spec, self.capabilities, self.endpoint, fmt, stream=stream)

    def _show_rows(self) -> None:
        reasons: dict[str, str | None] = {}
        for spec in _SETTLING_ORDER:
            reasons[spec.name] = self._why_not(spec)
            self.controls[spec.name].setEnabled(reasons[spec.name] is None)
            self._show_tick(spec.name)
        # Neighbours that do not apply for the same reason (a GIF's frames and frame time) say
        # it once, under the last of them.
        for spec, following in zip(_SPECS, (*_SPECS[1:], None), strict=True):
            why = reasons[spec.name]
            repeated = following is not None and reasons[following.name] == why
            self._reasons[spec.name].setText(say(why or ""))
            self._reasons[spec.name].setVisible(why is not None and not repeated)
        custom_size = self.size.currentData() == _CUSTOM_SIZE
        self._set_row_visible("custom_model", self.model.currentData() == _OTHER_MODEL)
        self._set_row_visible("custom_size", custom_size)
        size_why = applies("size", self.capabilities, self.endpoint)
        self.size.setEnabled(size_why is None)
        self._reasons["size"].setText(say(size_why or ""))
        self._reasons["size"].setVisible(size_why is not None)
        if custom_size:
            width, height = self.width_box.value(), self.height_box.value()
            divisor = math.gcd(width, height) or 1
            self.aspect.setText(f"{width // divisor}:{height // divisor}")

    def _show_tick(self, name: str) -> None:
        """A box that does not apply shows unticked, not as if it would take effect; the
        user's tick is kept and comes back when it applies again."""
        box = self.controls[name]
        if not isinstance(box, QCheckBox):
            return
        box.blockSignals(True)
        if not box.isEnabled() and name not in self._kept_ticks:
            self._kept_ticks[name] = box.isChecked()
            box.setChecked(False)
        elif box.isEnabled() and name in self._kept_ticks:
            box.setChecked(self._kept_ticks.pop(name))
        box.blockSignals(False)

    def _show_model_name(self) -> None:
        self.model.setToolTip(self.model.currentText())

    def _set_row_visible(self, name: str, shown: bool) -> None:
        """Rows that are pure noise when unused (a custom size while a fixed size is chosen)."""
        row = self._rows[name]
        row.setVisible(shown)
        label = self.layout().labelForField(row)  # type: ignore[attr-defined]
        if label is not None:
            label.setVisible(shown)

    # -- building the request ---------------------------------------------------------------

    def set_endpoint(self, endpoint: Endpoint) -> None:
        """Show what ``endpoint`` takes (a variation takes no prompt, quality or format)."""
        if endpoint is not self.endpoint:
            self.endpoint = endpoint
            self._show_rows()
            self.changed.emit()

    def _value(self, spec: ParamSpec) -> Any:
        """The control's value when it applies, else None (not sent)."""
        control = self.controls[spec.name]
        if not control.isEnabled():
            return None
        if isinstance(control, QComboBox):
            return control.currentData() or None
        if isinstance(control, QSpinBox):
            return control.value()
        if isinstance(control, QCheckBox):
            return control.isChecked()
        if isinstance(control, QLineEdit):
            return control.text().strip() or None
        return None

    def _size_value(self) -> str | None:
        if not self.size.isEnabled():
            return None
        if self.size.currentData() == _CUSTOM_SIZE:
            return f"{self.width_box.value()}x{self.height_box.value()}"
        return self.size.currentData()

    def request(self, prompt: str) -> ImageRequest:
        """What would be sent for ``prompt``; an edit's or variation's inputs are added later."""
        values = {spec.name: self._value(spec) for spec in _SPECS}
        values["stream"] = bool(values["stream"])
        values["size"] = self._size_value()
        return ImageRequest(self.endpoint, prompt, model=self.model_name, **request_values(values))

    def variation_request(self, image: ImageFile) -> ImageRequest:
        """A variation of ``image``: only what a variation takes of the panel's values."""
        caps = self.capabilities
        values: dict[str, Any] = {}
        for spec in _SPECS:
            if applies(spec, caps, Endpoint.VARIATIONS) is None:
                values[spec.name] = self._value(spec)
        size = self.size.currentData()
        values["size"] = size if size in caps.sizes else None
        return ImageRequest(
            Endpoint.VARIATIONS, model=self.model_name, images=(image,), **request_values(values)
        )

    def check(self, prompt: str) -> str | None:
        """Explain what the model would refuse, next to its control; None when all is well."""
        for note in self._notes.values():
            note.hide()
        self.warning.hide()
        request = self.request(prompt or "x")
        if self.endpoint is not Endpoint.GENERATIONS:
            request = replace(request, images=(_SOME_INPUT,))
        try:
            warnings = validate(request)
        except InvalidParameters as error:
            if error.param == "prompt":
                return say(error.message)
            row = _ROW_OF_PARAM.get(error.param or "", error.param or "")
            note = self._notes.get(row, self._notes["model"])
            note.setText("⚠ " + say(error.message))
            note.show()
            return say(error.message)
        if warnings:
            self.warning.setText(" ".join(say(warning) for warning in warnings))
            self.warning.show()
        return None

    # -- remembering ------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._refreshing:
            return
        sender = self.sender()
        if sender is self.model or sender is self.custom_model:
            self._apply_capabilities()
        self._show_rows()
        self._remember()
        self.changed.emit()

    def _current(self, spec: ParamSpec) -> Any:
        """The control's value, whether or not it applies now (what is remembered)."""
        control = self.controls[spec.name]
        if isinstance(control, QComboBox):
            return control.currentData()
        if isinstance(control, QSpinBox):
            return control.value()
        if isinstance(control, QCheckBox):
            return self._kept_ticks.get(spec.name, control.isChecked())
        return control.text() if isinstance(control, QLineEdit) else None

    def _remember(self) -> None:
        values = {
            "model": self.model.currentData(),
            "custom_model": self.custom_model.text(),
            "size": self.size.currentData(),
            "width": self.width_box.value(),
            "height": self.height_box.value(),
        }
        values |= {spec.setting: self._current(spec) for spec in _SPECS}
        for key, value in values.items():
            self._state.setValue(f"params/{key}", value)

    def apply(self, params: dict[str, Any]) -> None:
        """Take the settings of a past request (its parameters as sent), e.g. from the
        gallery; what it does not say stays as it is."""
        model = str(params.get("model") or self.model_name)
        known = self.model.findData(model) >= 0
        values: dict[str, Any] = {
            "model": model if known else _OTHER_MODEL,
            "custom_model": "" if known else model,
        }
        size = params.get("size")
        if isinstance(size, str):
            parsed = parse_size(size)
            custom = parsed is not None and size not in capabilities_for(model).sizes
            values["size"] = _CUSTOM_SIZE if custom else size
            if custom and parsed is not None:
                values["width"], values["height"] = parsed
        svg = params.get("svg") if isinstance(params.get("svg"), dict) else {}
        for spec in _SPECS:
            value = svg.get(spec.part) if spec.part else params.get(spec.field)
            if value is not None:
                values[spec.setting] = value
        if "partial_images" in params or "stream" in params:
            values["stream"] = bool(params.get("stream") or params.get("partial_images"))
        for key, value in values.items():
            self._state.setValue(f"params/{key}", value)
        self._restore()
        self.changed.emit()

    def _setting(self, key: str, default: Any) -> Any:
        value = self._state.value(f"params/{key}", default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return value

    def _restore(self) -> None:
        index = self.model.findData(self._setting("model", DEFAULT_MODEL))
        self.model.blockSignals(True)
        self.model.setCurrentIndex(index if index >= 0 else self.model.findData(DEFAULT_MODEL))
        self.model.blockSignals(False)
        self._show_model_name()
        self.custom_model.setText(str(self._setting("custom_model", "")))
        self._refreshing = True
        self.width_box.setValue(self._setting("width", 1536))
        self.height_box.setValue(self._setting("height", 864))
        remembered: dict[str, Any] = {"size": self._setting("size", None)}
        for spec in _SPECS:
            control = self.controls[spec.name]
            if isinstance(control, QComboBox):
                remembered[spec.name] = self._setting(spec.setting, None) or spec.default
            elif isinstance(control, QSpinBox):
                if spec.bounds is not None:  # the widest range first, so no value is clipped
                    control.setRange(0, 1_000_000)
                control.setValue(self._setting(spec.setting, spec.default or 0))
            elif isinstance(control, QCheckBox):
                self._kept_ticks.pop(spec.name, None)
                control.setChecked(self._setting(spec.setting, bool(spec.default)))
            elif isinstance(control, QLineEdit):
                control.setText(str(self._setting(spec.setting, "") or ""))
        self._refreshing = False
        self._apply_capabilities(remembered)
