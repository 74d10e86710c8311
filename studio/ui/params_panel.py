"""The parameter panel, built from the capability table: only what the chosen model takes is
shown, and a combination it refuses is explained under the control before anything is sent."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.api import (
    DEFAULT_MODEL,
    Endpoint,
    ImageFile,
    ImageRequest,
    InvalidParameters,
    ModelCapabilities,
    SvgOptions,
    capabilities_for,
    parse_size,
    validate,
)
from studio.ui.model_picker import OTHER_MODEL, ModelPicker

__all__ = ["ParamsPanel"]

_OTHER_MODEL = OTHER_MODEL
_CUSTOM_SIZE = "__custom__"
#: What the live check puts in place of the inputs of an edit or variation: the inputs
#: themselves are checked when they are prepared and sent.
_SOME_INPUT = ImageFile(b"", "input.png", "png")
#: A request's parameter → the panel's remembered setting holding it.
_SETTINGS_OF_PARAMS = {
    "quality": "quality",
    "background": "background",
    "output_format": "output_format",
    "output_compression": "compression",
    "n": "n",
    "partial_images": "partials",
    "moderation": "moderation",
    "input_fidelity": "input_fidelity",
    "style": "style",
    "response_format": "response_format",
    "complexity": "complexity",
    "frame_count": "frames",
    "frame_duration_ms": "frame_ms",
}
#: What a variation takes besides its image (the API has no other parameters for it).
_VARIATION_PARAMS = {"model", "custom_model", "n", "size", "response_format"}


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    return combo


def _spin(name: str, low: int, high: int, step: int = 1) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setAccessibleName(name)
    return spin


class ParamsPanel(QWidget):
    """``changed`` fires on every edit; ``request(prompt)`` builds what would be sent."""

    changed = Signal()

    def __init__(self, state: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._notes: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        self._refreshing = False
        #: What the panel builds requests for; set by the window as the user edits or varies.
        self.endpoint = Endpoint.GENERATIONS

        # Filled (and refilled as the provider's list arrives) by the picker itself.
        self.model = ModelPicker()
        self.custom_model = QLineEdit(placeholderText=self.tr("model name on your server"))
        self.custom_model.setAccessibleName(self.tr("Custom model"))
        self.size = _combo(self.tr("Size"))
        self.width_box = _spin(self.tr("Width"), 16, 3840, 16)
        self.height_box = _spin(self.tr("Height"), 16, 3840, 16)
        self.aspect = QLabel()
        self.quality = _combo(self.tr("Quality"))
        self.background = _combo(self.tr("Background"))
        self.output_format = _combo(self.tr("Format"))
        self.compression = _spin(self.tr("Compression"), 0, 100)
        self.count = _spin(self.tr("Images"), 1, 10)
        self.stream = QCheckBox(self.tr("Show partial images while it works"))
        self.stream.setAccessibleName(self.tr("Stream partial images"))
        self.partials = _spin(self.tr("Partial images"), 1, 3)
        self.moderation = _combo(self.tr("Moderation"))
        self.fidelity = _combo(self.tr("Input fidelity"))
        self.fidelity.setToolTip(
            self.tr("High keeps faces and details of the input images closer, at a higher cost")
        )
        self.style = _combo(self.tr("Style"))
        self.response_format = _combo(self.tr("Response format"))
        self.complexity = _combo(self.tr("Complexity"))
        self.frames = _spin(self.tr("Frames"), 2, 16)
        self.frame_ms = _spin(self.tr("Frame duration (ms)"), 10, 10_000, 10)
        self.svg_effort = _combo(self.tr("SVG reasoning"))
        self.safety_id = QLineEdit(placeholderText=self.tr("optional, a hashed user id"))
        self.safety_id.setAccessibleName(self.tr("Safety identifier"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        custom_size = QHBoxLayout()
        for widget in (
            self.width_box,
            QLabel("\N{MULTIPLICATION SIGN}"),
            self.height_box,
            self.aspect,
        ):
            custom_size.addWidget(widget)
        custom_size.addStretch()
        self._add(form, "model", self.tr("Model"), self.model)
        self._add(form, "custom_model", "", self.custom_model)
        self._add(form, "size", self.tr("Size"), self.size)
        self._add(form, "custom_size", "", custom_size)
        self._add(form, "quality", self.tr("Quality"), self.quality)
        self._add(form, "n", self.tr("Images"), self.count)
        self._add(form, "stream", "", self.stream)
        self._add(form, "partial_images", self.tr("Partial images"), self.partials)
        self._add(form, "output_format", self.tr("Format"), self.output_format)
        self._add(form, "output_compression", self.tr("Quality %"), self.compression)
        self._add(form, "background", self.tr("Background"), self.background)
        self._add(form, "frame_count", self.tr("Frames"), self.frames)
        self._add(form, "frame_duration_ms", self.tr("Frame ms"), self.frame_ms)
        self._add(form, "svg", self.tr("SVG effort"), self.svg_effort)
        self._add(form, "complexity", self.tr("Complexity"), self.complexity)
        self._add(form, "style", self.tr("Style"), self.style)
        self._add(form, "response_format", self.tr("Returned as"), self.response_format)
        self._add(form, "moderation", self.tr("Moderation"), self.moderation)
        self._add(form, "input_fidelity", self.tr("Fidelity"), self.fidelity)
        self._add(form, "safety_identifier", self.tr("Safety id"), self.safety_id)
        self.problem = QLabel(wordWrap=True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.warning = QLabel(wordWrap=True)
        self.warning.hide()
        form.addRow(self.warning)

        for combo in (
            self.model,
            self.size,
            self.quality,
            self.background,
            self.output_format,
            self.moderation,
            self.fidelity,
            self.style,
            self.response_format,
            self.complexity,
            self.svg_effort,
        ):
            combo.currentIndexChanged.connect(self._edited)
        for spin in (
            self.width_box,
            self.height_box,
            self.compression,
            self.count,
            self.partials,
            self.frames,
            self.frame_ms,
        ):
            spin.valueChanged.connect(self._edited)
        self.stream.toggled.connect(self._edited)
        self.custom_model.textChanged.connect(self._edited)
        self.safety_id.textChanged.connect(self._edited)
        self._restore()

    def _add(self, form: QFormLayout, param: str, label: str, field: Any) -> None:
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
        else:
            column.addLayout(field)
        note = QLabel(wordWrap=True)
        note.setProperty("role", "problem")
        note.hide()
        column.addWidget(note)
        self._notes[param] = note
        self._rows[param] = row
        form.addRow(label, row)

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

    def _refill(self, combo: QComboBox, values: tuple[str, ...], preferred: str | None) -> None:
        keep = combo.currentData() if preferred is None else preferred
        combo.blockSignals(True)
        combo.clear()
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(keep)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _apply_capabilities(self, remembered: dict[str, Any] | None = None) -> None:
        caps = self.capabilities
        wanted = remembered or {}
        self._refreshing = True
        sizes = caps.sizes + ((_CUSTOM_SIZE,) if caps.free_size else ())
        self._refill(self.size, sizes, wanted.get("size"))
        index = self.size.findData(_CUSTOM_SIZE)
        if index >= 0:
            self.size.setItemText(index, self.tr("Custom size…"))
        for combo, values, key in (
            (self.quality, caps.qualities, "quality"),
            (self.background, caps.backgrounds, "background"),
            (self.output_format, caps.output_formats, "output_format"),
            (self.moderation, caps.moderation, "moderation"),
            (self.fidelity, caps.input_fidelity, "input_fidelity"),
            (self.style, caps.styles, "style"),
            (self.response_format, tuple(reversed(caps.response_formats)), "response_format"),
            (self.complexity, caps.complexity, "complexity"),
            (self.svg_effort, caps.svg_reasoning, "svg"),
        ):
            self._refill(combo, values, wanted.get(key))
        self.count.setMaximum(caps.n_max)
        self.partials.setMaximum(max(1, caps.partial_images_max))
        low, high = caps.gif_frames
        self.frames.setRange(low, high)
        self._refreshing = False
        self._show_rows()

    def _show_rows(self) -> None:
        caps = self.capabilities
        fmt = self.output_format.currentData() or "png"
        custom_size = self.size.currentData() == _CUSTOM_SIZE
        visible = {
            "custom_model": self.model.currentData() == _OTHER_MODEL,
            "size": bool(caps.sizes or caps.free_size),
            "custom_size": custom_size,
            "quality": bool(caps.qualities),
            "n": fmt != "svg",
            "stream": caps.streaming and fmt not in ("gif", "svg"),
            "partial_images": caps.streaming
            and self.stream.isChecked()
            and fmt not in ("gif", "svg"),
            "output_format": bool(caps.output_formats),
            "output_compression": caps.compression and fmt in ("jpeg", "webp"),
            "background": bool(caps.backgrounds),
            "frame_count": fmt == "gif",
            "frame_duration_ms": fmt == "gif",
            "svg": fmt == "svg" and bool(caps.svg_reasoning),
            "complexity": bool(caps.complexity),
            "style": bool(caps.styles),
            "response_format": bool(caps.response_formats),
            "moderation": bool(caps.moderation) and self.endpoint is Endpoint.GENERATIONS,
            "input_fidelity": bool(caps.input_fidelity) and self.endpoint is Endpoint.EDITS,
            "safety_identifier": caps.safety_identifier,
        }
        for param, row in self._rows.items():
            shown = visible.get(param, True)
            if self.endpoint is Endpoint.VARIATIONS and param not in _VARIATION_PARAMS:
                shown = False
            row.setVisible(shown)
            label = self.layout().labelForField(row)  # type: ignore[attr-defined]
            if label is not None:
                label.setVisible(shown)
        if custom_size:
            width, height = self.width_box.value(), self.height_box.value()
            divisor = math.gcd(width, height) or 1
            self.aspect.setText(f"{width // divisor}:{height // divisor}")

    # -- building the request ---------------------------------------------------------------

    def set_endpoint(self, endpoint: Endpoint) -> None:
        """Show what ``endpoint`` takes (a variation takes no prompt, quality or format)."""
        if endpoint is not self.endpoint:
            self.endpoint = endpoint
            self._show_rows()
            self.changed.emit()

    def request(self, prompt: str) -> ImageRequest:
        """What would be sent for ``prompt``; an edit's or variation's inputs are added later."""
        row = self._rows
        endpoint = self.endpoint

        def shown(param: str) -> bool:
            return not row[param].isHidden()

        fmt = self.output_format.currentData() if shown("output_format") else None
        if self.size.currentData() == _CUSTOM_SIZE:
            size = f"{self.width_box.value()}x{self.height_box.value()}"
        else:
            size = self.size.currentData() if shown("size") else None
        streaming = shown("stream") and self.stream.isChecked()
        return ImageRequest(
            endpoint,
            prompt,
            model=self.model_name,
            n=self.count.value() if shown("n") else None,
            size=size,
            quality=self.quality.currentData() if shown("quality") else None,
            background=self.background.currentData() if shown("background") else None,
            output_format=fmt,
            output_compression=self.compression.value() if shown("output_compression") else None,
            moderation=self.moderation.currentData() if shown("moderation") else None,
            input_fidelity=self.fidelity.currentData() if shown("input_fidelity") else None,
            partial_images=self.partials.value() if streaming else None,
            response_format=self.response_format.currentData()
            if shown("response_format")
            else None,
            style=self.style.currentData() if shown("style") else None,
            complexity=self.complexity.currentData() if shown("complexity") else None,
            frame_count=self.frames.value() if shown("frame_count") else None,
            frame_duration_ms=self.frame_ms.value() if shown("frame_duration_ms") else None,
            svg=SvgOptions(reasoning_effort=self.svg_effort.currentData())
            if shown("svg")
            else None,
            safety_identifier=(self.safety_id.text().strip() or None)
            if shown("safety_identifier")
            else None,
            stream=streaming,
        )

    def variation_request(self, image: ImageFile) -> ImageRequest:
        """A variation of ``image``: it takes only the model, count, size and response format."""
        caps = self.capabilities
        size = self.size.currentData()
        return ImageRequest(
            Endpoint.VARIATIONS,
            model=self.model_name,
            images=(image,),
            n=self.count.value(),
            size=size if size in caps.sizes else None,
            response_format=self.response_format.currentData() if caps.response_formats else None,
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
            note = self._notes.get(error.param or "", self._notes["model"])
            if error.param == "prompt":
                return error.message
            note.setText("⚠ " + error.message)
            note.show()
            return error.message
        if warnings:
            self.warning.setText(" ".join(warnings))
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

    def _remember(self) -> None:
        values = {
            "model": self.model.currentData(),
            "custom_model": self.custom_model.text(),
            "size": self.size.currentData(),
            "width": self.width_box.value(),
            "height": self.height_box.value(),
            "quality": self.quality.currentData(),
            "background": self.background.currentData(),
            "output_format": self.output_format.currentData(),
            "compression": self.compression.value(),
            "n": self.count.value(),
            "stream": self.stream.isChecked(),
            "partials": self.partials.value(),
            "moderation": self.moderation.currentData(),
            "input_fidelity": self.fidelity.currentData(),
            "style": self.style.currentData(),
            "response_format": self.response_format.currentData(),
            "complexity": self.complexity.currentData(),
            "frames": self.frames.value(),
            "frame_ms": self.frame_ms.value(),
            "svg": self.svg_effort.currentData(),
        }
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
        for key, setting in _SETTINGS_OF_PARAMS.items():
            if params.get(key) is not None:
                values[setting] = params[key]
        if isinstance(params.get("svg"), dict):
            values["svg"] = params["svg"].get("reasoning_effort")
        if "partial_images" in params or "stream" in params:
            values["stream"] = bool(params.get("stream") or params.get("partial_images"))
        for key, value in values.items():
            self._state.setValue(f"params/{key}", value)
        self._restore()
        self.changed.emit()

    def _restore(self) -> None:
        def get(key: str, default: Any) -> Any:
            value = self._state.value(f"params/{key}", default)
            if isinstance(default, bool):
                return value in (True, "true", "1", 1)
            if isinstance(default, int):
                try:
                    return int(value)
                except (TypeError, ValueError):
                    return default
            return value

        index = self.model.findData(get("model", DEFAULT_MODEL))
        self.model.blockSignals(True)
        self.model.setCurrentIndex(index if index >= 0 else self.model.findData(DEFAULT_MODEL))
        self.model.blockSignals(False)
        self.custom_model.setText(str(get("custom_model", "")))
        self._refreshing = True
        self.width_box.setValue(get("width", 1536))
        self.height_box.setValue(get("height", 864))
        self.compression.setValue(get("compression", 85))
        self.count.setValue(get("n", 1))
        self.stream.setChecked(get("stream", True))
        self.partials.setValue(get("partials", 2))
        self.frames.setValue(get("frames", 9))
        self.frame_ms.setValue(get("frame_ms", 200))
        self._refreshing = False
        remembered = {
            key: get(key, None)
            for key in (
                "size",
                "quality",
                "background",
                "output_format",
                "moderation",
                "input_fidelity",
                "style",
                "response_format",
                "complexity",
                "svg",
            )
        }
        self._apply_capabilities(remembered)
