"""The parameter panel on its own: one control per parameter of the table, disabled with the
reason where it does not apply, and remembered across restarts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from studio.api import PARAMS, Endpoint, ParamKind, SvgOptions
from studio.ui.params_panel import ParamsPanel
from tests.ui.conftest import choose


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def panel(qtbot: QtBot, settings: QSettings) -> ParamsPanel:
    widget = ParamsPanel(settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def reason(panel: ParamsPanel, name: str) -> str | None:
    """The sentence shown under a row, or None when none is shown."""
    label = panel._reasons[name]
    return label.text() if label.isVisibleTo(panel) else None


def test_every_parameter_of_the_table_has_its_control(panel: ParamsPanel) -> None:
    kinds = {
        ParamKind.CHOICE: QComboBox,
        ParamKind.INT: QSpinBox,
        ParamKind.BOOL: QCheckBox,
        ParamKind.TEXT: QLineEdit,
    }
    for spec in PARAMS:
        if spec.kind in kinds:
            assert isinstance(panel.controls[spec.name], kinds[spec.kind]), spec.name
    assert {"svg_model", "user", "safety_identifier", "complexity"} <= set(panel.controls)


def test_what_does_not_apply_stays_disabled_with_the_reason_under_it(panel: ParamsPanel) -> None:
    choose(panel.model, "gpt-image-2.6-sunburst")
    choose(panel.output_format, "png")
    frames, frame_ms = panel.controls["frame_count"], panel.controls["frame_duration_ms"]
    assert frames.isVisibleTo(panel)
    assert not frames.isEnabled()
    assert not frame_ms.isEnabled()
    # the two GIF rows say it once, under the second
    assert (reason(panel, "frame_count"), reason(panel, "frame_duration_ms")) == (
        None,
        "Only for GIF output.",
    )
    assert reason(panel, "output_compression") == (
        "PNG output takes no compression; only JPEG and WebP do."
    )
    assert reason(panel, "complexity") is None
    assert panel.controls["complexity"].isEnabled()

    choose(panel.output_format, "gif")
    assert frames.isEnabled()
    assert reason(panel, "frame_duration_ms") is None
    assert not panel.stream.isEnabled()
    assert reason(panel, "partial_images") == "GIF images cannot stream."
    assert panel.request("x").stream is False

    panel.set_endpoint(Endpoint.EDITS)
    assert reason(panel, "moderation") == "Only for generations."
    choose(panel.model, "gpt-image-2")
    assert reason(panel, "complexity") == (
        "gpt-image-2 has no complexity setting (the 2.6 models do)."
    )
    assert reason(panel, "input_fidelity") == (
        "gpt-image-2 matches its inputs at high fidelity by itself."
    )


def test_partial_images_follow_the_stream_box(panel: ParamsPanel) -> None:
    choose(panel.model, "gpt-image-2.6-flare")
    choose(panel.output_format, "png")
    panel.stream.setChecked(False)
    assert not panel.partials.isEnabled()
    assert reason(panel, "partial_images") == "Partial images come only while streaming."
    assert panel.request("x").partial_images is None
    panel.stream.setChecked(True)
    assert panel.partials.isEnabled()
    assert panel.request("x").partial_images == panel.partials.value()


def test_the_request_carries_what_applies_and_nothing_else(panel: ParamsPanel) -> None:
    choose(panel.model, "gpt-image-2.6-flare")
    choose(panel.output_format, "svg")
    panel.controls["svg_model"].setText("svg-author")  # type: ignore[attr-defined]
    choose(panel.controls["svg_effort"], "high")
    choose(panel.controls["complexity"], "low")
    panel.controls["user"].setText("u-5")  # type: ignore[attr-defined]
    panel.controls["safety_identifier"].setText("hash-5")  # type: ignore[attr-defined]
    request = panel.request("a logo")
    assert request.svg == SvgOptions("svg-author", "high")
    assert (request.complexity, request.user, request.safety_identifier) == ("low", "u-5", "hash-5")
    assert (request.n, request.frame_count, request.stream) == (None, None, False)
    assert panel.check("a logo") is None

    choose(panel.controls["svg_effort"], "")  # the model's own default: not sent
    assert panel.request("a logo").svg == SvgOptions("svg-author", None)
    choose(panel.output_format, "gif")
    request = panel.request("a coin")
    assert (request.svg, request.frame_count, request.frame_duration_ms) == (None, 9, 200)


def test_a_refusal_is_explained_under_its_own_row(panel: ParamsPanel) -> None:
    choose(panel.model, "gpt-image-2")
    choose(panel.size, "__custom__")
    panel.width_box.setValue(512)
    panel.height_box.setValue(512)
    problem = panel.check("x")
    assert problem is not None
    assert "262,144 pixels is fewer than the 655,360" in problem
    assert panel._notes["size"].isVisibleTo(panel)
    assert "fewer than" in panel._notes["size"].text()
    panel.width_box.setValue(1024)
    panel.height_box.setValue(640)
    assert panel.check("x") is None
    assert not panel._notes["size"].isVisibleTo(panel)
    choose(panel.background, "transparent")
    assert panel.check("x") is None  # a preview on gpt-image-2: a warning, not a refusal
    assert "preview on gpt-image-2" in panel.warning.text()


def test_everything_is_remembered_across_restarts(
    qtbot: QtBot, panel: ParamsPanel, settings: QSettings
) -> None:
    choose(panel.model, "gpt-image-2.6-sunburst")
    choose(panel.output_format, "gif")
    choose(panel.controls["complexity"], "medium")
    choose(panel.quality, "max")
    panel.controls["frame_count"].setValue(5)  # type: ignore[attr-defined]
    panel.controls["frame_duration_ms"].setValue(90)  # type: ignore[attr-defined]
    panel.controls["svg_model"].setText("svg-author")  # type: ignore[attr-defined]
    panel.controls["user"].setText("u-9")  # type: ignore[attr-defined]
    panel.count.setValue(3)
    before = panel.request("x")
    settings.sync()

    again = ParamsPanel(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.request("x") == before
    assert again.controls["svg_model"].text() == "svg-author"  # type: ignore[attr-defined]
    # the keys stay those earlier versions wrote
    assert settings.value("params/frames") in (5, "5")
    assert settings.value("params/frame_ms") in (90, "90")


def test_settings_from_an_earlier_version_are_read(qtbot: QtBot, settings: QSettings) -> None:
    for key, value in {
        "model": "gpt-image-2.6-flare",
        "output_format": "webp",
        "compression": 40,
        "partials": 3,
        "stream": True,
        "svg": "low",
    }.items():
        settings.setValue(f"params/{key}", value)
    panel = ParamsPanel(settings)
    qtbot.addWidget(panel)
    request = panel.request("x")
    assert (request.output_compression, request.partial_images) == (40, 3)
    assert panel.controls["svg_effort"].currentData() == "low"  # type: ignore[attr-defined]


def test_reusing_settings_takes_the_new_models_limits_not_the_old(panel: ParamsPanel) -> None:
    choose(panel.model, "dall-e-3")  # n at most 1, no streaming
    panel.apply(
        {
            "model": "gpt-image-2.6-flare",
            "n": 4,
            "partial_images": 3,
            "output_format": "svg",
            "svg": {"model": "svg-author", "reasoning_effort": "minimal"},
            "complexity": "low",
        }
    )
    assert panel.model_name == "gpt-image-2.6-flare"
    assert (panel.count.value(), panel.partials.value()) == (4, 3)
    assert panel.request("x").svg == SvgOptions("svg-author", "minimal")
    assert panel.request("x").complexity == "low"


def test_a_reason_under_a_row_never_squashes_its_control(panel: ParamsPanel, qtbot: QtBot) -> None:
    choose(panel.model, "dall-e-2")
    panel.set_endpoint(Endpoint.EDITS)
    for width in (600, 260):  # a narrow dock wraps the reasons onto more lines
        panel.resize(width, panel.height())
        qtbot.wait(20)
        panel.resize(width, panel.minimumSizeHint().height())  # all the height it asks for
        qtbot.wait(20)
        for name in ("partial_images", "output_format", "output_compression"):
            control, why = panel.controls[name], panel._reasons[name]
            assert control.height() >= control.minimumSizeHint().height(), (width, name)
            if why.isVisible():
                assert why.y() >= control.geometry().bottom(), (width, name)
                assert why.height() >= why.heightForWidth(why.width()), (width, name)


def test_a_box_that_does_not_apply_shows_unticked_and_keeps_the_choice(
    panel: ParamsPanel, settings: QSettings
) -> None:
    choose(panel.model, "gpt-image-2.6-flare")
    panel.stream.setChecked(True)
    choose(panel.model, "dall-e-2")
    assert not panel.stream.isEnabled()
    assert not panel.stream.isChecked()  # it does not apply: not shown as if it would
    assert settings.value("params/stream") in (True, "true")  # the choice is kept
    choose(panel.model, "gpt-image-2.6-flare")
    assert panel.stream.isEnabled()
    assert panel.stream.isChecked()


def test_the_model_list_shows_whole_names(panel: ParamsPanel) -> None:
    view = panel.model.view()
    widest = max(
        view.fontMetrics().horizontalAdvance(panel.model.itemText(n))
        for n in range(panel.model.count())
    )
    assert view.minimumWidth() >= widest  # the list pops up as wide as its longest entry
    choose(panel.model, "dall-e-2")
    assert panel.model.toolTip() == panel.model.currentText()
